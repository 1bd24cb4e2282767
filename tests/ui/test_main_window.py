"""The main window as a whole: keyboard path, accessible names, menus, About, settings."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backplan import __version__
from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.domain.codec import document_to_json
from backplan.domain.model import EventStatus, PlanDocument
from backplan.services.backplan_service import Backplan
from backplan.ui.common.dialogs import NOTICE, AboutDialog
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.shell.settings import Settings
from backplan.ui.shell.zone_notice import differs

CHICAGO = ZoneInfo("America/Chicago")


def _tab_stop(widget: QWidget) -> bool:
    policy = widget.focusPolicy()
    return (
        widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
        and (policy.value & Qt.FocusPolicy.TabFocus.value) == Qt.FocusPolicy.TabFocus.value
    )


def _chain(window: MainWindow) -> list[QWidget]:
    """The tab stops in focus-chain order, from the first one round to itself again."""
    QTest.qWait(30)  # widgets added to a shown layout appear once queued events have run
    stops = [w for w in window.findChildren(QWidget) if _tab_stop(w) and w.window() is window]
    assert stops, "the window has nothing to tab to"
    widget: QWidget = window
    first: QWidget | None = None
    order: list[QWidget] = []
    for _ in range(10_000):
        widget = widget.nextInFocusChain()
        if not _tab_stop(widget) or widget.window() is not window:
            continue
        if widget is first:
            return order
        first = first or widget
        order.append(widget)
    pytest.fail("the focus chain never came back to its first widget")


def _walk_and_check(qtbot: QtBot, window: MainWindow) -> list[QWidget]:
    order = _chain(window)
    everything = {w for w in window.findChildren(QWidget) if _tab_stop(w) and w.window() is window}
    missing = everything - set(order)
    assert not missing, f"not reachable with Tab: {[w.accessibleName() or type(w).__name__ for w in missing]}"
    # Press Tab as a person would: focus moves every time and comes back round.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    order[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is order[0])
    seen = []
    for _ in range(len(order)):
        before = QApplication.focusWidget()
        assert before is not None
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        assert after is not before, f"Tab is stuck on {before.accessibleName() or type(before).__name__}"
        seen.append(after)
    assert QApplication.focusWidget() is order[0]
    return order


def _unnamed(window: QWidget) -> list[str]:
    QTest.qWait(30)
    interactive = (
        QAbstractButton,
        QLineEdit,
        QAbstractSpinBox,
        QComboBox,
        QAbstractItemView,
        QTextEdit,
        QPlainTextEdit,
    )
    problems = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, interactive) or not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit) and widget.focusProxy() is not None:
            continue  # the edit inside a spin box or combo box: its owner carries the name
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName().strip() or text.replace("&", "").strip()):
            problems.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
            )
    return problems


def test_tab_walks_the_today_section_without_a_dead_end(qtbot: QtBot, acute_window: MainWindow) -> None:
    acute_window.show_section("today")
    order = _walk_and_check(qtbot, acute_window)
    names = [w.accessibleName() for w in order]
    assert "Today" in names and "Pain now, 0 to 10" in names
    assert any(n.startswith("Take Carisoprodol 350 mg") for n in names)


def test_tab_walks_the_plan_section_and_the_first_run_screen(
    qtbot: QtBot, acute_window: MainWindow, window_factory: Callable[..., MainWindow], tmp_path: Path
) -> None:
    acute_window.show_section("plan")
    order = _walk_and_check(qtbot, acute_window)
    assert acute_window.plan_view.medications_view in order
    acute_window.close()
    empty = window_factory(open_services(tmp_path / "empty", acute_window.clock))
    order = _walk_and_check(qtbot, empty)
    assert empty.first_run.new_button in order and empty.first_run.demo_button in order
    empty.services.db.dispose()


def test_every_interactive_widget_has_a_name(
    qtbot: QtBot, acute_window: MainWindow, clock: FixedClock, window: MainWindow
) -> None:
    assert _unnamed(window) == []  # the first-run screen
    for section in ("today", "plan"):
        acute_window.show_section(section)
        assert _unnamed(acute_window) == [], section
    clock.set(datetime(2026, 12, 1, 8, 0, tzinfo=CHICAGO))
    acute_window.reminders.tick()  # starts watching at 08:00 (nothing new)
    clock.set(datetime(2026, 12, 1, 14, 0, tzinfo=CHICAGO))
    acute_window.reminders.tick()  # the 14:00 dose: the banner and its buttons
    assert acute_window.banner.isVisible()
    acute_window.show_section("today")
    assert _unnamed(acute_window) == []
    about = acute_window.show_about()
    assert _unnamed(about) == []
    prefs = acute_window.show_preferences()
    assert _unnamed(prefs) == []


def test_sections_by_keyboard_and_by_mnemonic(qtbot: QtBot, acute_window: MainWindow) -> None:
    acute_window.section_actions["plan"].trigger()
    assert acute_window.current_section() == "plan"
    assert acute_window.section_actions["plan"].shortcut() == QKeySequence("Ctrl+2")
    acute_window.section_actions["today"].trigger()
    assert acute_window.current_section() == "today"
    for key in ("log", "progress", "print"):
        acute_window.section_actions[key].trigger()
        assert acute_window.current_section() == key
        view = acute_window.views[key]
        assert acute_window.sections.currentWidget() is view
    texts = [b.text() for b in acute_window.nav_buttons.values()]
    assert texts == ["&Today", "&Plan", "&Log", "P&rogress", "Pr&int"]
    assert acute_window.settings.last_section == "print"


def test_file_menu_shortcuts(acute_window: MainWindow) -> None:
    assert acute_window.import_action.shortcut() == QKeySequence("Ctrl+O")
    assert QKeySequence("Ctrl+E") in acute_window.export_action.shortcuts()
    assert acute_window.print_action.shortcut() == QKeySequence("Ctrl+P")
    assert acute_window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert acute_window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)


def test_about_names_version_licence_notice_and_sources(
    acute_window: MainWindow, imported: tuple[Backplan, int]
) -> None:
    services, _ = imported
    dialog = acute_window.show_about()
    assert isinstance(dialog, AboutDialog)
    text = dialog.text()
    assert __version__ in text
    assert "GPL-3.0-or-later" in text
    assert NOTICE in text
    for substance in services.catalogue.substances:
        assert substance.source in text
    library = json.loads(
        (Path(__file__).resolve().parents[2] / "resources" / "exercises" / "library.json").read_text()
    )
    for entry in library["exercises"]:
        assert entry["source"] in text
    dialog.reject()


def test_a_different_system_time_zone_is_shown_plainly(
    imported: tuple[Backplan, int], window_factory: Callable[..., MainWindow]
) -> None:
    services, _ = imported
    berlin = window_factory(services, "Europe/Berlin")
    assert berlin.zone_label.text() == (
        "Times are shown in America/Chicago, the plan's time zone; this computer is set to Europe/Berlin"
    )
    berlin.close()
    same = window_factory(services, "America/Chicago")
    assert same.zone_label.text() == "" and not same.zone_label.isVisibleTo(same)
    now = datetime(2026, 12, 1, 12, 0, tzinfo=CHICAGO)
    assert not differs("America/Chicago", "America/Winnipeg", now)  # same clocks all year
    assert differs("America/Chicago", "America/Regina", now)  # same in winter, not in summer


def test_window_size_and_section_are_remembered(
    qtbot: QtBot, imported: tuple[Backplan, int], window_factory: Callable[..., MainWindow], data_dir: Path
) -> None:
    services, _ = imported
    first = window_factory(services)
    first.resize(760, 600)  # the offscreen screen is 800 x 800
    first.show_section("plan")
    first.close()
    assert Settings.for_data_dir(data_dir).geometry is not None
    second = window_factory(services)
    assert second.size() == QSize(760, 600)
    assert second.current_section() == "plan"
    # Settings never hold medical data: no patient name, medicine or plan in the file.
    text = (data_dir / "settings.ini").read_text(encoding="utf-8", errors="replace")
    for word in ("Sam Rivera", "Carisoprodol", "carisoprodol", "Acute"):
        assert word not in text


def test_the_patient_switcher(
    imported: tuple[Backplan, int], history_doc: PlanDocument, window_factory: Callable[..., MainWindow]
) -> None:
    services, _ = imported
    window = window_factory(services)
    assert not window.toolbar.isVisibleTo(window)  # one patient: no switcher
    services.import_document(history_doc)
    window.refresh()
    assert window.toolbar.isVisibleTo(window)
    names = [window.patient_combo.itemText(i) for i in range(window.patient_combo.count())]
    assert names == sorted(["Sam Rivera", "Priya Nair"]) or set(names) == {"Sam Rivera", "Priya Nair"}
    window.patient_combo.setCurrentText("Priya Nair")
    window.show_section("plan")
    assert window.plan_view.title.text() == "Priya Nair"
    window.patient_combo.setCurrentText("Sam Rivera")
    assert window.plan_view.title.text() == "Sam Rivera"


def test_the_command_line_writing_shows_on_activation(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock, data_dir: Path
) -> None:
    _, pid = imported
    clock.set(datetime(2026, 12, 1, 8, 1, tzinfo=CHICAGO))
    acute_window.show_section("today")
    qtbot.waitUntil(acute_window.isActiveWindow)  # activated once shown: it has just read everything
    # The person goes to a terminal, where `backplan record dose` writes in its own process.
    terminal = QWidget()
    qtbot.addWidget(terminal)
    terminal.show()
    terminal.activateWindow()
    qtbot.waitUntil(terminal.isActiveWindow)
    other = open_services(data_dir, clock)
    try:
        other.record_dose(pid, "carisoprodol")
    finally:
        other.db.dispose()
    row = acute_window.today_view.row_for("carisoprodol")
    assert row is not None and "take" in row.buttons  # the window does not know yet
    acute_window.activation_reads.last = None  # as after a while: not within 2 s of the last read
    acute_window.activateWindow()  # back to the window
    qtbot.waitUntil(acute_window.isActiveWindow)
    qtbot.waitUntil(
        lambda: (r := acute_window.today_view.row_for("carisoprodol")) is not None and "take" not in r.buttons
    )


def test_export_writes_the_plan_file(
    acute_window: MainWindow, imported: tuple[Backplan, int], tmp_path: Path
) -> None:
    services, pid = imported
    services.record_dose(pid, "ibuprofen")
    out = tmp_path / "out.backplan.json"
    assert acute_window.export_to(out)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written == document_to_json(services.document(pid))
    assert written["events"][0]["item"] == "ibuprofen"
    assert acute_window.export_to(tmp_path / "missing-folder" / "x.backplan.json") is False


def test_backup_and_restore_from_the_window(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int], tmp_path: Path, clock: FixedClock
) -> None:
    services, pid = imported
    backup = services.backup_to(tmp_path / "before.sqlite3")
    services.record_dose(pid, "ibuprofen")
    assert len(services.events(pid)) == 1
    assert acute_window.restore_path(backup)
    pid = services.resolve_patient("Sam Rivera")
    assert services.events(pid) == []
    assert acute_window.patient_id == pid


def test_import_from_the_menu_replaces_after_asking(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    services, pid = imported
    services.record_dose(pid, "ibuprofen")
    example = Path(__file__).resolve().parents[1] / "data" / "examples" / "acute-3-weeks.backplan.json"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    acute_window.import_path(example)
    assert len(services.events(pid)) == 1  # declined: nothing replaced
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    acute_window.import_path(example)
    new_pid = services.resolve_patient("Sam Rivera")
    assert services.events(new_pid) == []
    assert acute_window.current_section() == "plan"


def test_undo_of_a_dose_from_the_edit_menu(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    clock.set(datetime(2026, 12, 1, 8, 0, tzinfo=CHICAGO) + timedelta(minutes=3))
    acute_window.recorder.take(pid, "carisoprodol", "Carisoprodol 350 mg")
    assert acute_window.undo_action.text() == "&Undo Take Carisoprodol 350 mg"
    acute_window.undo_action.trigger()
    [(_, undone)] = services.events(pid)
    assert not undone.counts  # kept, marked removed
    acute_window.redo_action.trigger()
    [event] = [e for _, e in services.events(pid) if e.counts]
    assert event.status is EventStatus.DONE


def test_text_size_reaches_headings_and_buttons_at_once(
    qtbot: QtBot, acute_window: MainWindow, qapp: QApplication
) -> None:
    from backplan.ui.common.theme import apply_text_scale

    original = qapp.font()
    try:
        base = apply_text_scale(qapp, 100)
        qtbot.wait(10)
        view = acute_window.today_view
        heading_before = view.date_heading.font().pointSizeF()
        nav_before = acute_window.nav_buttons["today"].font().pointSizeF()
        assert heading_before == pytest.approx(base * 1.6)
        apply_text_scale(qapp, 175)
        qtbot.waitUntil(lambda: view.date_heading.font().pointSizeF() > heading_before)
        assert view.date_heading.font().pointSizeF() == pytest.approx(heading_before * 1.75)
        assert view.date_heading.font().bold()
        assert acute_window.nav_buttons["today"].font().pointSizeF() == pytest.approx(nav_before * 1.75)
        assert view.pain_spin.font().pointSizeF() == pytest.approx(base * 1.75 * 1.4)
    finally:
        apply_text_scale(qapp, 100)
        qapp.setFont(original)


def test_preferences_apply_to_settings_and_autostart(
    qtbot: QtBot,
    acute_window: MainWindow,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data_dir / "config"))
    original = qapp.font()
    dialog = acute_window.show_preferences()
    assert not dialog.on_close.isEnabled()  # no tray, no notifications: the app cannot remind closed
    dialog.grace.setValue(60)
    dialog.login.setChecked(True)
    dialog.scale.setValue(150)
    try:
        dialog.apply()
        settings = Settings.for_data_dir(data_dir)
        assert (settings.grace_minutes, settings.start_at_login, settings.text_scale) == (60, True, 150)
        assert acute_window.grace() == timedelta(minutes=60)
        entry = data_dir / "config" / "autostart" / "org.backplan.Backplan.desktop"
        assert entry.is_file() and "Exec=" in entry.read_text(encoding="utf-8")
        again = acute_window.show_preferences()
        again.login.setChecked(False)
        again.scale.setValue(100)
        again.apply()
        assert not entry.exists()
    finally:
        qapp.setFont(original)


def test_alt_letters_and_arrows_move_between_sections(qtbot: QtBot, acute_window: MainWindow) -> None:
    acute_window.activateWindow()
    qtbot.waitUntil(acute_window.isActiveWindow)
    today = acute_window.nav_buttons["today"]
    today.setFocus()
    qtbot.waitUntil(today.hasFocus)
    qtbot.keyClick(today, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: acute_window.current_section() == "plan")
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: acute_window.current_section() == "progress")
    # Arrow keys walk the navigation like a group of radio buttons.
    progress = acute_window.nav_buttons["progress"]
    progress.setFocus()
    qtbot.waitUntil(progress.hasFocus)
    qtbot.keyClick(progress, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: acute_window.current_section() == "log")


def test_a_start_reads_the_shown_section_once_and_the_plan_checks_when_shown(
    qtbot: QtBot,
    imported: tuple[Backplan, int],
    window_factory: Callable[..., MainWindow],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Today view's day is read once at a start (not once per caller, nor again on the
    activation right after the first show), and the hidden Plan section's safety checks
    only when the section is shown."""
    services, pid = imported
    calls: dict[str, int] = {"agenda": 0, "plan_findings": 0}
    for name in calls:
        method = getattr(services, name)

        def counted(
            *args: object, _name: str = name, _method: Callable[..., object] = method, **kwargs: object
        ) -> object:
            calls[_name] += 1
            return _method(*args, **kwargs)

        monkeypatch.setattr(services, name, counted)
    Settings.for_data_dir(data_dir).last_section = "today"
    window = window_factory(services)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.wait(50)  # whatever the activation queued has run
    assert window.current_section() == "today" and window.today_view.rows
    assert calls == {"agenda": 1, "plan_findings": 0}
    window.show_section("plan")
    assert calls["plan_findings"] == 1
    assert window.plan_view.findings == services.plan_findings(pid)
