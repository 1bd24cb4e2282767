"""Forms that stay still and speak the patient's language (issue 20, points 3 and 6).

On the real Plan section over imported services: the rows of a form never move while
a message comes and goes, messages are plain sentences, there is no Id field, the
iCalendar rule hides under Advanced, a disabled Save says why, counts read as people
write them, and no number is pre-filled that a tired patient could save by accident.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from backplan.services.backplan_service import Backplan
from backplan.ui.common.number_box import OptionalNumberBox
from backplan.ui.plan.activity_form import ActivityForm
from backplan.ui.plan.form_words import plain_message
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.today.count_dialog import CountDialog, count_text, tablets_text


def _row_positions(form: ActivityForm) -> list[tuple[str, int]]:
    return [(w.text(), w.mapTo(form, w.rect().topLeft()).y()) for w in form.findChildren(QLabel) if w.buddy()]


def test_rows_stay_put_while_a_message_comes_and_goes(qtbot: QtBot, acute_window: MainWindow) -> None:
    window = acute_window
    window.show_section("plan")
    form = window.plan_view.add_activity()
    assert isinstance(form, ActivityForm)
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.title_edit, "Evening stretches")
    qtbot.keyClicks(form.schedule.times, "18:00")
    qtbot.wait(10)
    assert form.save_button.isEnabled(), form.messages()
    before = _row_positions(form)
    form.schedule.times.setText("25:00")  # not a time: a message appears
    qtbot.wait(10)
    assert not form.save_button.isEnabled()
    assert form.messages() and "24-hour clock" in form.messages()[0]
    assert _row_positions(form) == before
    # The message is on the field and on the disabled Save, for a screen reader.
    assert "24-hour clock" in form.schedule.accessibleDescription()
    assert "24-hour clock" in form.save_button.accessibleDescription()
    assert form.save_button.toolTip().startswith("Not yet:")
    form.schedule.times.setText("18:00")
    qtbot.wait(10)
    assert form.messages() == [] and _row_positions(form) == before
    assert form.save_button.accessibleDescription() == ""
    form.reject()


def test_no_id_field_and_no_developer_words(qtbot: QtBot, acute_window: MainWindow) -> None:
    window = acute_window
    window.show_section("plan")
    form = window.plan_view.add_activity()
    assert isinstance(form, ActivityForm)
    labels = [w.text().replace("&", "") for w in form.findChildren(QLabel)]
    assert not any(t.startswith("Id") for t in labels)
    assert not any(e.accessibleName() == "Id" for e in form.findChildren(QLineEdit))
    # The id is made from the title, kebab-case and unique in the plan.
    qtbot.keyClicks(form.title_edit, "Morning Stretches!")
    assert form.item_id.text() == "morning-stretches"
    form.title_edit.setText("Evening walk")  # the plan has an "evening-walk" already
    assert form.item_id.text() not in ("evening-walk", "") and form.item_id.text().startswith("evening-walk")
    form.title_edit.setText("")
    qtbot.wait(10)
    shown = " ".join(form.messages())
    assert "non-empty string" not in shown and "expected" not in shown
    assert "Please fill this in." in shown
    # The iCalendar rule only under Advanced.
    shapes = [form.schedule.shape.itemText(i) for i in range(form.schedule.shape.count())]
    assert not any("RRULE" in s or "RFC" in s for s in shapes)
    form.schedule.advanced.setChecked(True)
    assert form.schedule.shape.currentData() == "rrule"
    form.schedule.advanced.setChecked(False)
    assert form.schedule.shape.findData("rrule") < 0 and form.schedule.shape.currentData() == "times"
    form.reject()


def test_plain_messages() -> None:
    assert plain_message("expected a non-empty string, got ''") == "Please fill this in."
    assert plain_message("a non-empty string") == "Please fill this in."
    assert plain_message("expected a whole number, got the text 'x'") == "Please write a whole number."
    kebab = "expected a kebab-case id (lower-case letters, digits and single hyphens)"
    assert plain_message(kebab).startswith("The name needs")
    assert plain_message("expected something odd, got 3") == "Please enter something odd."
    assert plain_message("Course too long for the label") == "Course too long for the label"


def test_counts_read_as_people_write_them(qtbot: QtBot, acute_window: MainWindow) -> None:
    assert (count_text(30.0), count_text(12.5), count_text(0.0)) == ("30", "12.5", "0")
    assert (tablets_text(1), tablets_text(0), tablets_text(2.5)) == ("1 tablet", "0 tablets", "2.5 tablets")
    window = acute_window
    window.show_section("log")
    view = window.views["log"]
    pid = window.patient_id
    assert pid is not None
    from backplan.domain.model import LogEntry

    window.services.record_log(pid, LogEntry(at=window.clock.now(), pain=4))
    view.set_patient(pid)  # type: ignore[attr-defined]
    assert view.history_count.text() == "1 entry"  # type: ignore[attr-defined]


def test_pain_now_starts_empty_and_enter_on_empty_records_nothing(
    qtbot: QtBot, acute_window: MainWindow
) -> None:
    window = acute_window
    window.show_section("today")
    view = window.today_view
    services: Backplan = window.services
    pid = window.patient_id
    assert pid is not None
    assert isinstance(view.pain_spin, OptionalNumberBox) and view.pain_spin.text() == ""
    qtbot.keyClick(view.pain_spin, Qt.Key.Key_Return)
    assert services.log_entries(pid) == []
    qtbot.keyClicks(view.pain_spin, "6")
    qtbot.keyClick(view.pain_spin, Qt.Key.Key_Return)
    assert [e.pain for _, e in services.log_entries(pid)] == [6]
    view.refresh()
    assert view.pain_spin.text() == ""  # not the last value
    qtbot.keyClick(view.pain_spin, Qt.Key.Key_Up)
    assert view.pain_spin.number() == 0


def test_count_my_tablets_starts_at_the_current_count(qtbot: QtBot, imported: tuple[Backplan, int]) -> None:
    services, pid = imported
    doc = services.document(pid)
    med = next(m for m in doc.medications if not m.as_needed)
    services.record_stock(pid, med.id, 30)
    expected = next(s.units_left for s in services.stock_statuses(pid) if s.med_id == med.id)
    dialog = CountDialog(med.name, expected)
    qtbot.addWidget(dialog)
    assert dialog.value() == expected and dialog.spin.text() == count_text(expected)
    assert ".0" not in dialog.spin.text()
