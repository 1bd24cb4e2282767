"""The menu entry a pip or pipx install adds, and removes again."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from backplan.cli import main


def test_install_and_uninstall(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["--install-desktop-entry"]) == 0
    desktop = tmp_path / "applications" / "org.backplan.Backplan.desktop"
    assert desktop.exists()
    exec_line = next(line for line in desktop.read_text("utf-8").splitlines() if line.startswith("Exec="))
    assert "backplan" in exec_line and exec_line != "Exec=backplan-gui %f"
    assert (tmp_path / "icons" / "hicolor" / "256x256" / "apps" / "org.backplan.Backplan.png").exists()
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "org.backplan.Backplan.svg").exists()
    assert (tmp_path / "metainfo" / "org.backplan.Backplan.metainfo.xml").exists()
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    assert main(["--uninstall-desktop-entry"]) == 0
    assert not desktop.exists()
    assert not list((tmp_path / "icons").rglob("*.png"))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    from importlib.metadata import version

    assert out.strip() == f"backplan {version('backplan')}"
