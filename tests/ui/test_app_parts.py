"""The pieces app.py puts together: settings, the single-instance guard, autostart, startup."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from backplan import app as app_module
from backplan.ui.common.theme import MIN_BASE_POINTS, apply_text_scale
from backplan.ui.shell import autostart
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.shell.settings import DEFAULT_GRACE_MINUTES, Settings
from backplan.ui.shell.single_instance import SingleInstance, server_name


def test_settings_defaults_round_trip_and_clamp(tmp_path: Path) -> None:
    settings = Settings.for_data_dir(tmp_path)
    assert settings.grace_minutes == DEFAULT_GRACE_MINUTES == 120
    assert (settings.keep_in_tray, settings.start_at_login) == (False, False)
    assert settings.text_scale == 100 and settings.language == "" and settings.last_section == "today"
    assert settings.geometry is None
    settings.grace_minutes = 45
    settings.keep_in_tray = True
    settings.text_scale = 175
    settings.language = "hi"
    settings.last_section = "progress"
    settings.geometry = QByteArray(b"\x01\x02geometry")
    settings.sync()
    assert (tmp_path / "settings.ini").stat().st_mode & 0o777 == 0o600
    again = Settings.for_data_dir(tmp_path)
    assert (again.grace_minutes, again.keep_in_tray, again.text_scale, again.language) == (
        45,
        True,
        175,
        "hi",
    )
    assert again.last_section == "progress"
    assert again.geometry == QByteArray(b"\x01\x02geometry")
    # A hand-edited file cannot set nonsense.
    (tmp_path / "settings.ini").write_text(
        "[reminders]\ngrace_minutes=-5\nkeep_in_tray=maybe\n[appearance]\ntext_scale=5000\n"
        "language=../../etc\n[window]\nsection=admin\n",
        encoding="utf-8",
    )
    odd = Settings.for_data_dir(tmp_path)
    assert odd.grace_minutes == 15 and odd.keep_in_tray is False
    assert odd.text_scale == 200 and odd.language == "" and odd.last_section == "today"
    with pytest.raises(ValueError):
        odd.last_section = "admin"


def test_text_scale_never_below_ten_points(qapp: QApplication) -> None:
    original = qapp.font()
    try:
        size = apply_text_scale(qapp, 100)
        assert size >= MIN_BASE_POINTS
        assert apply_text_scale(qapp, 200) == pytest.approx(size * 2)
        assert apply_text_scale(qapp, 150) == pytest.approx(size * 1.5)
        assert apply_text_scale(qapp, 100) == pytest.approx(size)  # scales from the base, not the last size
    finally:
        qapp.setFont(original)


def test_a_second_launch_on_the_same_folder_brings_the_first_forward(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert SingleInstance(tmp_path).notify_running()
        # Another folder (the demo's, say) is not "running".
        assert not SingleInstance(tmp_path / "demo").notify_running()
        assert server_name(tmp_path) != server_name(tmp_path / "demo")
    finally:
        first.close()
    assert not SingleInstance(tmp_path).notify_running()


def test_start_at_login_writes_and_removes_the_autostart_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = autostart.set_start_at_login(True, "/opt/backplan/backplan-gui")
    assert path == tmp_path / "config" / "autostart" / "org.backplan.Backplan.desktop"
    text = path.read_text(encoding="utf-8")
    assert "Exec=/opt/backplan/backplan-gui\n" in text and text.startswith("[Desktop Entry]\n")
    assert autostart.starts_at_login()
    autostart.set_start_at_login(False)
    assert not path.exists() and not autostart.starts_at_login()
    autostart.set_start_at_login(False)  # removing twice is fine


@pytest.fixture(autouse=True)
def _keep_the_locale() -> Iterator[None]:
    """run_gui sets the default locale for the app; the tests that follow expect theirs."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def _close_soon(seen: list[str]) -> None:
    """Answers whatever run_gui shows next, once its event loop is running."""

    def act() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            seen.append(f"{modal.text()}\n{modal.informativeText()}")
            modal.accept()
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.quit()
                return
        QTimer.singleShot(100, act)

    QTimer.singleShot(300, act)


def test_run_gui_opens_the_window_and_quits(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    data = tmp_path / "data"
    from backplan.cli import main as cli_main

    example = Path(__file__).resolve().parents[1] / "data" / "examples" / "acute-3-weeks.backplan.json"
    assert cli_main(["--data-dir", str(data), "import", str(example)]) == 0
    _close_soon([])
    assert app_module.run_gui(str(data), demo=False, debug=False) == 0
    assert (data / "backups").is_dir()  # the daily backup was taken at start
    assert any((data / "backups").iterdir())


def test_a_database_that_cannot_be_opened_gets_a_dialog_not_a_traceback(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    db = data / "backplan.sqlite3"
    with sqlite3.connect(db) as conn:  # a database, but not backplan's
        conn.execute("CREATE TABLE recipes (name TEXT)")
    shown: list[str] = []
    _close_soon(shown)
    assert app_module.run_gui(str(data), demo=False, debug=False) == 1
    assert "Traceback" not in capsys.readouterr().err
    [message] = shown
    assert f"backplan could not open its data in {data}." in message
    assert "not a backplan database" in message
    with sqlite3.connect(db) as conn:  # left as it was: no tables of ours added to it
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert tables == ["recipes"]


def test_run_gui_demo_opens_its_own_folder(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backplan.bootstrap import open_services
    from backplan.services.demo import DEMO_PATIENT

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    data = tmp_path / "data"
    _close_soon([])
    assert app_module.run_gui(str(data), demo=True, debug=False) == 0
    demo = open_services(data / "demo")
    try:
        assert demo.patient_names() == [DEMO_PATIENT]
    finally:
        demo.db.dispose()
    assert not (data / "backplan.sqlite3").exists()  # the real folder is never touched


def test_a_second_launch_returns_at_once(qapp: QApplication, tmp_path: Path) -> None:
    data = tmp_path / "data"
    running = SingleInstance(data)
    assert running.listen()
    try:
        assert app_module.run_gui(str(data), demo=False, debug=False) == 0
    finally:
        running.close()
    assert not (data / "backplan.sqlite3").exists()
