"""The Log section, driven as a person would: from the keyboard, against real services.

Each test imports the with-history example into a real SQLite file and pins the clock
to the morning after its last entry (12 Nov 2026 in Kolkata), so "now" is known.
"""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from backplan.domain.clock import FixedClock
from backplan.domain.model import LogEntry, PainLocation, RedFlag, SideEffect
from backplan.safety.red_flags import red_flag_text
from backplan.services.backplan_service import Backplan
from backplan.ui.log.model import Column, LogTableModel
from backplan.ui.log.view import LogView

HISTORY_FILE = Path(__file__).resolve().parents[1] / "data" / "examples" / "with-history.backplan.json"
KOLKATA = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 11, 12, 9, 15, tzinfo=KOLKATA)


@pytest.fixture
def history(services: Backplan, clock: FixedClock) -> tuple[Backplan, int]:
    clock.set(NOW)
    result = services.import_file(HISTORY_FILE)
    return services, result.patient_id


@pytest.fixture
def view(qtbot, history) -> LogView:  # type: ignore[no-untyped-def]
    services, pid = history
    widget = LogView(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.set_patient(pid)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def _entries(services: Backplan, pid: int) -> list[LogEntry]:
    return [entry for _, entry in services.log_entries(pid)]


def test_pain_in_two_keystrokes(qtbot, view: LogView, history) -> None:  # type: ignore[no-untyped-def]
    services, pid = history
    before = len(_entries(services, pid))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.form.pain)
    focused = QApplication.focusWidget()
    qtbot.keyClicks(focused, "6")
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    entries = _entries(services, pid)
    assert len(entries) == before + 1
    new = entries[-1]
    assert new.pain == 6
    # Logged at "now" in the patient's zone, not at some other default.
    assert new.at == NOW
    assert new.at.utcoffset() == timedelta(hours=5, minutes=30)
    # Blank optional scores stay blank rather than becoming 0.
    assert new.pain_worst is None and new.sleep is None and new.spasm is None
    # Where it hurt and the PSFS scores came over from the last entry (11 Nov).
    last = entries[-2]
    assert new.locations == last.locations == (PainLocation.LOWER_BACK,)
    assert view.model.rowCount() == before + 1


def test_every_field_from_the_keyboard(qtbot, view: LogView, history) -> None:  # type: ignore[no-untyped-def]
    services, pid = history
    form = view.form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.pain)

    def type_and_tab(text: str) -> None:
        widget = QApplication.focusWidget()
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)

    type_and_tab("5")  # pain
    type_and_tab("7")  # worst
    type_and_tab("3")  # spasm
    type_and_tab("6")  # sleep
    type_and_tab("20")  # walking
    # Where it hurts: the list has the focus; lower back is ticked from last time.
    assert QApplication.focusWidget() is form.locations
    qtbot.keyClick(form.locations, Qt.Key.Key_End)  # right leg
    qtbot.keyClick(form.locations, Qt.Key.Key_Space)
    qtbot.keyClick(form.locations, Qt.Key.Key_Tab)
    type_and_tab("4")  # PSFS: bending
    type_and_tab("3")  # PSFS: sitting in a car
    assert QApplication.focusWidget() is form.side_effects
    qtbot.keyClick(form.side_effects, Qt.Key.Key_Home)
    qtbot.keyClick(form.side_effects, Qt.Key.Key_Right)  # dizziness
    qtbot.keyClick(form.side_effects, Qt.Key.Key_Space)
    qtbot.keyClick(form.side_effects, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.red_flags
    qtbot.keyClick(form.red_flags, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.note
    qtbot.keyClicks(form.note, "Stiff after the bus")
    qtbot.keyClick(form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    new = _entries(services, pid)[-1]
    assert new == LogEntry(
        at=NOW,
        pain=5,
        pain_worst=7,
        locations=(PainLocation.LOWER_BACK, PainLocation.LEG_RIGHT),
        spasm=3,
        walking_minutes=20,
        psfs=(("Bending to pick up a bag", 4), ("Sitting in a car for 1 hour", 3)),
        sleep=6,
        side_effects=(SideEffect.DIZZINESS,),
        red_flags=None,
        note="Stiff after the bus",
    )


def test_validation_messages_next_to_the_fields(qtbot, view: LogView, history) -> None:  # type: ignore[no-untyped-def]
    services, pid = history
    before = len(_entries(services, pid))
    # No pain typed: nothing saved, the message sits by the pain field.
    qtbot.keyClick(view.form.pain, Qt.Key.Key_Return)
    assert len(_entries(services, pid)) == before
    assert view.form.pain_error.isVisible()
    assert "0 to 10" in view.form.pain_error.text()
    # Worst lower than now.
    view.form.pain.set_number(6)
    view.form.worst.set_number(3)
    view.save_button.click()
    assert len(_entries(services, pid)) == before
    assert view.form.worst_error.isVisible()
    assert not view.form.pain_error.isVisible()
    # A time in the future.
    view.form.worst.set_number(None)
    view.form.set_when(NOW + timedelta(days=1))
    view.form.when_edited.emit()
    view.save_button.click()
    assert len(_entries(services, pid)) == before
    assert view.form.when_error.isVisible()
    # Fixed: it saves, at the time typed.
    view.form.set_when(NOW - timedelta(hours=2))
    view.save_button.click()
    assert len(_entries(services, pid)) == before + 1
    assert _entries(services, pid)[-1].at == (NOW - timedelta(hours=2)).replace(second=0)


def test_a_red_flag_shows_the_advice_at_once(qtbot, view: LogView, history) -> None:  # type: ignore[no-untyped-def]
    services, pid = history
    wording = red_flag_text()
    # Saddle numbness: the emergency level, its headline the dialog's text (FACTS.md rule 10).
    title, body = wording.emergency_title, wording.emergency_body
    assert title == "Go to an emergency department now"
    assert not view.advice.isVisible()
    flags = view.form.red_flags
    flags.setFocus()
    qtbot.keyClick(flags, Qt.Key.Key_Home)
    qtbot.keyClick(flags, Qt.Key.Key_Down)  # saddle numbness
    qtbot.keyClick(flags, Qt.Key.Key_Space)
    # At once: before anything is saved, and without blocking the form.
    qtbot.waitUntil(view.advice.isVisible)
    assert not view.advice.isModal()
    assert title in view.advice.text()
    text = view.advice.informativeText()
    assert body in text
    assert "numbness around the genitals or bottom" in text
    assert view.form.red_flag_banner.isVisible()
    # The form still takes input, and the flag is saved with the entry.
    view.form.pain.set_number(7)
    view.save_button.click()
    assert _entries(services, pid)[-1].red_flags == (RedFlag.SADDLE_NUMBNESS,)
    view.advice.close()


def test_edit_delete_and_undo(qtbot, view: LogView, history) -> None:  # type: ignore[no-untyped-def]
    services, pid = history
    original = services.log_entries(pid)
    first_id, first = original[0]
    assert first.pain == 8

    # Edit the oldest entry (the table is newest first; select it by id).
    view.select_entry(first_id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.edit_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.form.pain.set_number(9)
    dialog.form.note.setPlainText("Worse than I first wrote")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    edited = dict(services.log_entries(pid))[first_id]
    assert edited.pain == 9 and edited.note == "Worse than I first wrote"
    assert edited.at == first.at  # the instant is kept to the second

    # Delete it, confirming first; Cancel keeps it.
    view.select_entry(first_id)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    box = view.confirm_box
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert first_id in dict(services.log_entries(pid))
    view.delete_button.click()
    box = view.confirm_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert first_id not in dict(services.log_entries(pid))
    assert view.model.rowCount() == len(original) - 1

    # Undo the delete: the edited entry is back (under a new id).
    view.undo_stack.undo()
    entries = _entries(services, pid)
    assert len(entries) == len(original)
    assert entries[0].pain == 9
    # Undo the edit: it reads as it was imported, although its id changed.
    view.undo_stack.undo()
    assert _entries(services, pid) == [e for _, e in original]
    # Redo both.
    view.undo_stack.redo()
    view.undo_stack.redo()
    assert len(_entries(services, pid)) == len(original) - 1
    assert all((e.pain != 8 and e.pain != 9) or e.at != first.at for e in _entries(services, pid))
    assert view.model.rowCount() == len(original) - 1


def test_undo_a_new_entry(qtbot, view: LogView, history) -> None:  # type: ignore[no-untyped-def]
    services, pid = history
    before = _entries(services, pid)
    view.form.pain.set_number(3)
    view.save_button.click()
    assert len(_entries(services, pid)) == len(before) + 1
    view.undo_stack.undo()
    assert _entries(services, pid) == before
    assert view.model.rowCount() == len(before)
    view.undo_stack.redo()
    assert _entries(services, pid)[-1].pain == 3


def test_empty_state_without_a_patient(qtbot, services: Backplan) -> None:  # type: ignore[no-untyped-def]
    view = LogView(services)
    qtbot.addWidget(view)
    view.set_patient(None)
    view.show()
    assert view.stack.currentWidget() is view.empty
    assert "Import" in view.empty.text() or "import" in view.empty.text()


def test_log_model_passes_the_model_tester(qtmodeltester, history) -> None:  # type: ignore[no-untyped-def]
    services, pid = history
    model = LogTableModel()
    model.set_rows(services.log_entries(pid), KOLKATA)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.data(model.index(0, Column.PAIN)) == "8"
    assert "Drowsiness" in model.data(model.index(1, Column.SIDE_EFFECTS))


def test_in_the_main_window_with_its_undo(qtbot, history, window_factory) -> None:  # type: ignore[no-untyped-def]
    """The window builds the section, shares its undo stack, and Edit > Undo undoes a log entry."""
    services, pid = history
    window = window_factory(services)
    window.set_patient(pid)
    window.show_section("log")
    view = window.views["log"]
    assert isinstance(view, LogView)
    assert view.undo_stack is window.undo_stack
    before = _entries(services, pid)
    view.focus_entry()
    qtbot.keyClicks(view.form.pain, "4")
    qtbot.keyClick(view.form.pain, Qt.Key.Key_Return)
    assert len(_entries(services, pid)) == len(before) + 1
    window.undo_action.trigger()
    assert _entries(services, pid) == before
    assert view.model.rowCount() == len(before)


def _unnamed_controls(root: QWidget) -> list[str]:
    """Visible controls a keyboard reaches that a screen reader could not name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if widget.focusProxy() is not None or isinstance(
            widget.parentWidget(), (QAbstractSpinBox, QComboBox)
        ):
            continue  # the inner line edit of a spin box or combo box speaks through it
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_an_accessible_name(view: LogView) -> None:
    assert _unnamed_controls(view) == []


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' (Alt + that letter), lower-case; None without one."""
    match = re.search(r"(?<!&)&([^&\s])", text)
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("section", ["log", "progress", "print"])
def test_mnemonics_are_unambiguous_in_the_window(qtbot, history, window_factory, section: str) -> None:  # type: ignore[no-untyped-def]
    """Alt + a letter in these sections reaches one control, not a menu or the navigation too."""
    services, pid = history
    window = window_factory(services)
    window.set_patient(pid)
    window.show_section(section)
    view = window.views[section]
    qtbot.wait(50)
    owners: dict[str, list[str]] = {}
    for action in window.menuBar().actions():
        if (key := _mnemonic(action.text())) is not None:
            owners.setdefault(key, []).append(f"menu {action.text()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        if (key := _mnemonic(widget.text())) is not None:
            mine = view.isAncestorOf(widget)
            owners.setdefault(key, []).append(("*" if mine else "") + widget.text())
    clashes = {k: v for k, v in owners.items() if len(v) > 1 and any(t.startswith("*") for t in v)}
    assert clashes == {}
    if hasattr(view, "shutdown"):
        view.shutdown()


def test_the_undo_buttons_keep_their_short_label(view: LogView) -> None:
    """The stack names the command ("Undo Take Carisoprodol 350 mg ..."); on the button that
    text widened the Log, and so the window, past a laptop's screen after an undo."""
    from PySide6.QtGui import QUndoCommand

    before = view.undo_button.sizeHint().width()
    view.undo_stack.push(QUndoCommand("Take Carisoprodol 350 mg, the dose of 08:00 on Tuesday 1 December"))
    assert view.undo_button.text() == "Undo"
    assert view.undo_button.sizeHint().width() == before
    assert "Take Carisoprodol 350 mg" in view.undo_button.toolTip()
    assert "Take Carisoprodol 350 mg" in view.undo_button.accessibleDescription()
    view.undo_stack.undo()
    assert view.redo_button.text() == "Redo" and "Take Carisoprodol" in view.redo_button.toolTip()
