"""What a screen reader finds in the window (issue 20, point 11, the in-window part).

Through Qt's own accessibility interfaces (what the AT-SPI bridge exposes): the
sections and the Progress ranges are radio buttons of one exclusive group, no scroll
area is a tab stop, every combo box has a label pointing at it (Qt on Linux names a combo box by its value
and leaves its name to that label), and a
blank pain field exposes no number.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QComboBox, QDialog, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from backplan.ui.shell.main_window import MainWindow


def _roots(window: MainWindow) -> list[QWidget]:
    window.show_section("plan")
    plan = window.plan_view
    roots: list[QWidget] = [window]
    for open_form in (plan.add_medication, plan.add_activity, plan.edit_plan_details):
        form = open_form()
        assert form is not None
        roots.append(form)
    roots.append(window.show_preferences())
    roots.append(window.show_clinic_setup())
    return roots


def test_sections_and_ranges_are_one_choice_of_several(qtbot: QtBot, acute_window: MainWindow) -> None:
    window = acute_window
    assert window.nav_group.exclusive()
    for button in window.nav_buttons.values():
        assert QAccessible.queryAccessibleInterface(button).role() == QAccessible.Role.RadioButton
    window.show_section("progress")
    view = window.views["progress"]
    assert view.range_group.exclusive()  # type: ignore[attr-defined]
    for button in view.preset_buttons.values():  # type: ignore[attr-defined]
        assert QAccessible.queryAccessibleInterface(button).role() == QAccessible.Role.RadioButton


def test_no_scroll_area_is_a_tab_stop_and_combos_are_named_by_their_label(
    qtbot: QtBot, acute_window: MainWindow
) -> None:
    window = acute_window
    problems: list[str] = []
    for key in ("today", "plan", "log", "progress", "print"):
        window.show_section(key)
    for root in _roots(acute_window):
        for area in root.findChildren(QAbstractScrollArea):
            if type(area) is QScrollArea and area.focusPolicy() != Qt.FocusPolicy.NoFocus:
                where = type(root).__name__
                problems.append(f"scroll area {area.accessibleName()!r} in {where} is a tab stop")
        for combo in root.findChildren(QComboBox):
            # On Linux Qt names a combo box by its value and leaves its name to the label
            # that points at it (the "labelled by" relation Orca reads): each needs one.
            face = QAccessible.queryAccessibleInterface(combo)
            if not combo.isVisibleTo(root) or face.relations(QAccessible.RelationFlag.Label):
                continue
            problems.append(f"combo box {combo.currentText()!r} in {type(root).__name__} has no label")
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)
    assert problems == [], "\n".join(problems)


def test_a_blank_pain_field_exposes_no_number(qtbot: QtBot, acute_window: MainWindow) -> None:
    window = acute_window
    window.show_section("today")
    face = QAccessible.queryAccessibleInterface(window.today_view.pain_spin)
    assert face.valueInterface() is None
    assert "-1" not in face.text(QAccessible.Text.Value)
    window.show_section("log")
    form = window.views["log"].form  # type: ignore[attr-defined]
    for box in (form.pain, form.worst, form.spasm, form.sleep, form.walking):
        face = QAccessible.queryAccessibleInterface(box)
        assert face.valueInterface() is None and face.text(QAccessible.Text.Value) == ""


def test_no_label_name_hides_its_text(qtbot: QtBot, acute_window: MainWindow) -> None:
    """A label is read by its name: a fixed name ("Safety checks") must not hide the text
    shown ("Safety checks (2)", the red-flag banner, the week printed)."""
    from PySide6.QtWidgets import QLabel

    window = acute_window
    hidden: list[str] = []
    for key in ("today", "plan", "log", "progress", "print"):
        window.show_section(key)
        qtbot.wait(20)
        for label in window.findChildren(QLabel):
            name, text = label.accessibleName().strip(), label.text().strip()
            if label.isVisible() and name and text and "<" not in text and text not in name:
                hidden.append(f"{key}: {name!r} hides {text[:50]!r}")
    assert hidden == []
