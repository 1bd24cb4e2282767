"""Preferences: the colour theme (system / light / dark) and what closing the window does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backplan.ui.common.theme import apply_theme, palette_is_dark
from backplan.ui.shell.autostart import desktop_entry
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.shell.settings import Settings


def test_the_theme_applies_at_once_and_is_remembered(
    qtbot: QtBot, acute_window: MainWindow, data_dir: Path, qapp: QApplication
) -> None:
    try:
        dialog = acute_window.show_preferences()
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.apply()
        assert palette_is_dark(QApplication.palette())
        assert Settings.for_data_dir(data_dir).theme == "dark"
        again = acute_window.show_preferences()
        assert again.theme.currentData() == "dark"
        again.theme.setCurrentIndex(again.theme.findData("light"))
        again.apply()
        assert not palette_is_dark(QApplication.palette())
        assert Settings.for_data_dir(data_dir).theme == "light"
    finally:
        apply_theme(qapp, "system")


def test_a_stray_theme_in_the_file_reads_as_system(data_dir: Path) -> None:
    (data_dir / "settings.ini").write_text("[appearance]\ntheme=purple\n", encoding="utf-8")
    assert Settings.for_data_dir(data_dir).theme == "system"
    with pytest.raises(ValueError, match="purple"):
        Settings.for_data_dir(data_dir).theme = "purple"


def test_without_a_way_to_remind_closing_the_window_quits(acute_window: MainWindow) -> None:
    acute_window.settings.keep_in_tray = True  # chosen on another desktop
    assert acute_window.notifier is None and acute_window.tray is None
    assert not acute_window.reminds_in_background()


def test_the_login_entry_starts_in_the_background_only_when_reminding() -> None:
    assert "Exec=/usr/bin/backplan-gui --background\n" in desktop_entry("/usr/bin/backplan-gui", True)
    assert "Exec=/usr/bin/backplan-gui\n" in desktop_entry("/usr/bin/backplan-gui", False)
    # The command line's module does not know the option: it is never given one.
    assert "--background" not in desktop_entry("/usr/bin/python3 -m backplan.cli", True)


def test_a_background_start_opens_the_window_when_it_cannot_remind_without_it(
    qtbot: QtBot, acute_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backplan import app
    from backplan.ui.shell.desktop_notifications import DesktopNotifications

    acute_window.settings.keep_in_tray = True
    acute_window.hide()
    monkeypatch.setattr(DesktopNotifications, "connect", classmethod(lambda cls, *a, **k: None))
    app._connect_notifications(acute_window, show_if_needed=True)
    assert acute_window.isVisible()  # no server, no tray: hidden, it could never remind
    assert not acute_window.reminds_in_background()
