"""The window registers backplan's fonts at start, so Hindi shows without system fonts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backplan import app as app_module
from backplan.cli import main as cli_main
from backplan.reports import fonts
from backplan.ui.shell.main_window import MainWindow

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "examples" / "acute-3-weeks.backplan.json"


def test_the_window_registers_the_bundled_fonts_before_it_shows(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    data = tmp_path / "data"
    assert cli_main(["--data-dir", str(data), "import", str(EXAMPLE)]) == 0
    calls: list[str] = []
    real = fonts.register_qt_fonts

    def register() -> None:
        calls.append("fonts")
        real()

    monkeypatch.setattr(fonts, "register_qt_fonts", register)
    shown: list[list[str]] = []

    def quit_when_shown() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                shown.append(list(calls))
                widget.quit()
                return
        QTimer.singleShot(100, quit_when_shown)

    QTimer.singleShot(300, quit_when_shown)
    assert app_module.run_gui(str(data), demo=False, debug=False) == 0
    assert shown and shown[0][:1] == ["fonts"]
    assert set(fonts.registered_families()) == set(fonts.FONT_FAMILIES)
