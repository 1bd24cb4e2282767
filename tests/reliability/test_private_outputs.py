"""Every file backplan writes is private and atomic; every file it reads is a regular file.

shared/spec/cli.md: files backplan writes hold health data. They are created 0600, written
to a temporary file in the same folder and renamed into place, so a symbolic link already
at the path is replaced, never followed. Here an attacker has planted, at each ``--out``
path, a link to a world-writable file of their own; after the command the link must be
gone (a private regular file in its place) and their file untouched. With umask 022, a
plain ``open(out, "w")`` would make 0644 files; each output must be 0600 regardless.

And a file given to read (``import``, ``restore``) that is a named pipe, a device or a
folder is refused at once with exit code 2: opening a FIFO for reading used to wait
forever for a writer.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from backplan.cli import main
from backplan.domain.files import NotARegularFile, read_regular_file, write_private_bytes

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"
HISTORY = EXAMPLES / "with-history.backplan.json"

# Each command that writes a file, with explicit dates (the suite never depends on today).
OUTPUTS: dict[str, tuple[str, list[str]]] = {
    "report": ("report.pdf", ["report", "--from", "2026-11-01", "--to", "2026-11-30"]),
    "sheet": ("sheet.pdf", ["sheet", "--week", "2026-11-02"]),
    "chart-pdf": ("chart.pdf", ["chart", "--from", "2026-11-01", "--to", "2026-11-30"]),
    "chart-png": ("chart.png", ["chart", "--from", "2026-11-01", "--to", "2026-11-30"]),
    "chart-svg": ("chart.svg", ["chart", "--from", "2026-11-01", "--to", "2026-11-30"]),
    "export": ("plan.backplan.json", ["export"]),
    "export-fhir": ("plan.fhir.json", ["export", "--fhir"]),
    "export-csv": ("log.csv", ["export", "--csv", "log"]),
    "calendar": ("plan.ics", ["calendar", "--from", "2026-11-02", "--days", "7"]),
    "backup": ("copy.sqlite3", ["backup"]),
    "backup-bundle": ("copy.zip", ["backup"]),
}


@pytest.fixture()
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("outputs") / "data"
    assert main(["--data-dir", str(folder), "import", str(HISTORY)]) == 0
    return folder


def _private_regular_file(path: Path) -> None:
    st = path.lstat()
    assert stat.S_ISREG(st.st_mode), f"{path} is not a regular file"
    assert st.st_mode & 0o777 == 0o600, f"{path} is {oct(st.st_mode & 0o777)}"
    assert st.st_size > 0


@pytest.mark.parametrize("name", list(OUTPUTS))
def test_an_output_replaces_a_planted_link_and_is_private(
    name: str, data: Path, tmp_path: Path, umask_022: None, capsys: pytest.CaptureFixture[str]
) -> None:
    filename, command = OUTPUTS[name]
    victim = tmp_path / "elsewhere" / "victim.txt"
    victim.parent.mkdir()
    victim.write_text("someone else's file\n", "utf-8")
    victim.chmod(0o666)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / filename
    out.symlink_to(victim)

    code = main(["--data-dir", str(data), *command, "--out", str(out)])
    assert code == 0, capsys.readouterr().err

    assert victim.read_text("utf-8") == "someone else's file\n"
    assert victim.stat().st_mode & 0o777 == 0o666
    assert not out.is_symlink()
    _private_regular_file(out)
    assert sorted(p.name for p in out_dir.iterdir()) == [filename], "a temporary file was left behind"


@pytest.mark.parametrize("name", ["report", "export", "backup"])
def test_a_new_output_is_private_whatever_the_umask(
    name: str, data: Path, tmp_path: Path, umask_022: None, capsys: pytest.CaptureFixture[str]
) -> None:
    filename, command = OUTPUTS[name]
    out = tmp_path / filename
    assert main(["--data-dir", str(data), *command, "--out", str(out)]) == 0, capsys.readouterr().err
    _private_regular_file(out)


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    class Boom(Exception):
        pass

    from backplan.domain.files import private_temp_file

    with pytest.raises(Boom), private_temp_file(target) as tmp:
        tmp.write_bytes(b"half a new fi")
        raise Boom
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    write_private_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    _private_regular_file(target)


def test_settings_ini_is_private_from_its_first_write(tmp_path: Path, umask_022: None) -> None:
    """QSettings writes the file itself (on its own schedule, with the umask's mode):
    the window's settings must be 0600 before the window's own sync ever runs."""
    from backplan.ui.shell.settings import Settings

    settings = Settings.for_data_dir(tmp_path)
    settings._q.setValue("window/section", "log")
    settings._q.sync()  # what Qt's autosave does, without our sync()'s chmod
    assert "section=log" in settings.path.read_text("utf-8")
    assert settings.path.stat().st_mode & 0o777 == 0o600


# --- reading: only regular files ---------------------------------------------------


def _special(kind: str, tmp_path: Path) -> Path:
    if kind == "fifo":
        path = tmp_path / "plan.backplan.json"
        os.mkfifo(path)
        return path
    if kind == "device":
        return Path(os.devnull)
    path = tmp_path / "folder.backplan.json"
    path.mkdir()
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
@pytest.mark.parametrize("command", ["import", "restore"])
def test_a_file_that_is_not_regular_is_refused_at_once(kind: str, command: str, tmp_path: Path) -> None:
    path = _special(kind, tmp_path)
    # A child process with a time limit: the failure this guards against is a hang.
    done = subprocess.run(
        [sys.executable, "-m", "backplan", "--data-dir", str(tmp_path / "data"), command, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert str(path) in done.stderr and "Traceback" not in done.stderr
    expected = {"fifo": "named pipe", "device": "device", "folder": "folder"}[kind]
    assert expected in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_reading_a_fifo_returns_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFile, match="named pipe"):
        read_regular_file(fifo, 100)
