"""Clinic set-up (Edit menu): the clinic database URL is checked as it is typed and stored only when sound.

The dialog runs over the real window and its real settings file; the check is the
services' own (the same one the command line uses), so a URL with a password in it
must never reach ``settings.ini``.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from backplan.app import _stored_database_url
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.shell.settings import Settings

GOOD = "postgresql+psycopg://user@host/db"


def test_a_url_with_a_password_is_refused_and_not_stored(
    qtbot: QtBot, acute_window: MainWindow, data_dir: Path
) -> None:
    dialog = acute_window.show_clinic_setup()
    dialog.database_url.setText("postgresql+psycopg://user:secret@host/db")
    assert dialog.database_url_problem.text()
    assert "password" in dialog.ok_button.accessibleDescription()
    assert "password" in dialog.database_url_problem.text()
    assert not dialog.ok_button.isEnabled()
    dialog.apply()
    ini = data_dir / "settings.ini"
    assert not ini.exists() or "secret" not in ini.read_text(encoding="utf-8")
    assert Settings.for_data_dir(data_dir).database_url == ""


def test_a_sound_url_is_accepted_and_saved(qtbot: QtBot, acute_window: MainWindow, data_dir: Path) -> None:
    dialog = acute_window.show_clinic_setup()
    dialog.database_url.setText(GOOD)
    assert not dialog.database_url_problem.text()
    assert dialog.ok_button.isEnabled()
    dialog.apply()
    assert Settings.for_data_dir(data_dir).database_url == GOOD
    again = acute_window.show_clinic_setup()
    assert again.database_url.text() == GOOD
    again.database_url.setText("")  # empty: back to the embedded database file
    assert again.ok_button.isEnabled()
    again.apply()
    prefs = acute_window.show_preferences()  # not among the patient's preferences any more
    assert not hasattr(prefs, "database_url")
    assert not [w for w in prefs.findChildren(QLineEdit) if w.objectName() != "qt_spinbox_lineedit"]
    assert Settings.for_data_dir(data_dir).database_url == ""


def test_the_stored_url_is_used_at_start_unless_the_environment_or_demo_says_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    monkeypatch.delenv("BACKPLAN_DATABASE_URL", raising=False)
    assert _stored_database_url(settings, demo=False) is None
    settings.database_url = GOOD
    assert _stored_database_url(settings, demo=False) == GOOD
    assert _stored_database_url(settings, demo=True) is None
    monkeypatch.setenv("BACKPLAN_DATABASE_URL", "postgresql+psycopg://other@server/db")
    assert _stored_database_url(settings, demo=False) is None
