"""The single-instance socket is private: in a 0700 folder of the user's, and the peer is checked.

It used to live in /tmp under a name anyone could work out (a hash of the user name and
the folder): someone else listening there first kept the window from opening.
"""

from __future__ import annotations

import os
import socket
import stat
import tempfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backplan.ui.shell import single_instance
from backplan.ui.shell.single_instance import SingleInstance, server_name


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_socket_lives_in_the_private_runtime_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    name = Path(server_name(tmp_path / "data"))
    assert name.parent == runtime / "backplan"
    assert _mode(name.parent) == 0o700
    assert not str(name).startswith(tempfile.gettempdir() + "/backplan-")


@pytest.mark.parametrize("problem", ["unset", "shared", "relative"])
def test_without_a_private_runtime_folder_the_socket_goes_in_the_data_folder(
    problem: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if problem == "unset":
        monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    elif problem == "shared":
        shared = tmp_path / "shared"
        shared.mkdir()
        shared.chmod(0o1777)
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    else:
        monkeypatch.setenv("XDG_RUNTIME_DIR", "run")
    data = tmp_path / "data"
    name = Path(server_name(data))
    assert name.parent == data.resolve() / ".run"
    assert _mode(name.parent) == 0o700


def test_the_window_listens_in_the_private_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    first = SingleInstance(tmp_path / "data")
    assert first.listen()
    try:
        socket_file = Path(first.name)
        assert stat.S_ISSOCK(socket_file.stat().st_mode)
        assert socket_file.parent == (tmp_path / "data").resolve() / ".run"
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert SingleInstance(tmp_path / "data").notify_running()
    finally:
        first.close()


def test_a_socket_of_another_user_is_not_our_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kernel's word on the peer (SO_PEERCRED): another uid neither raises nor is raised."""
    if not hasattr(socket, "SO_PEERCRED"):
        pytest.skip("SO_PEERCRED is Linux's; elsewhere the private folder is the protection")
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    first = SingleInstance(tmp_path / "data")
    second = SingleInstance(tmp_path / "data")
    assert first.listen()
    activated: list[int] = []
    first.activated.connect(lambda: activated.append(1))
    try:
        assert single_instance.peer_is_us(-1) is False
        # Both ends now run "as another user": to each, the peer's real uid is a stranger's.
        real_uid = os.getuid()
        monkeypatch.setattr(single_instance, "_own_uid", lambda: real_uid + 1)
        assert not second.notify_running()  # the client will not talk to a stranger's socket
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as stranger:
            stranger.connect(first.name)
            stranger.sendall(b"raise\n")
            qtbot.wait(500)
        assert activated == []  # nor does the server obey one
        monkeypatch.setattr(single_instance, "_own_uid", lambda: real_uid)
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert second.notify_running()
    finally:
        first.close()
