"""What was taken is visible (issue 20, point 4): on Today and in the Log, each removable.

Real window over the acute example (ibuprofen as needed, carisoprodol at set times),
a fixed clock; doses recorded through the services as the buttons do.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from backplan.domain.clock import FixedClock
from backplan.ui.log.view import LogView
from backplan.ui.shell.main_window import MainWindow


def _texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]


def test_when_needed_card_lists_todays_doses_with_times(
    qtbot: QtBot, acute_window: MainWindow, clock: FixedClock
) -> None:
    window = acute_window
    pid = window.patient_id
    assert pid is not None
    window.services.record_dose(pid, "ibuprofen")  # 07:30 in Chicago
    window.show_section("today")
    view = window.today_view
    view.refresh()
    assert "Taken today: 07:30" in _texts(view.as_needed_card)
    clock.advance(timedelta(hours=6, minutes=15))
    window.services.record_dose(pid, "ibuprofen")  # 13:45
    view.refresh()
    assert "Taken today: 07:30, 13:45" in _texts(view.as_needed_card)


def test_the_log_shows_doses_and_activities_and_removes_them(
    qtbot: QtBot, acute_window: MainWindow
) -> None:
    window = acute_window
    pid = window.patient_id
    assert pid is not None
    services = window.services
    services.record_dose(pid, "ibuprofen")
    window.show_section("today")
    row = window.today_view.row_for("morning-stretch")
    assert row is not None
    window.recorder.record_done(pid, row.occurrence, 5, 3)
    window.show_section("log")
    view = window.views["log"]
    assert isinstance(view, LogView)
    qtbot.waitUntil(lambda: view.records.model.rowCount() == 2)
    shown = [(r[3], r[4]) for r in view.records.model.rows]
    assert ("Morning stretches", "Done, pain 5 → 3") in shown
    assert ("Ibuprofen 200 mg", "Taken") in [(w, t) for w, t in shown]
    # Remove the dose: it stays in the records, marked removed, and counts for nothing.
    dose_row = next(i for i, r in enumerate(view.records.model.rows) if r[3] == "Ibuprofen 200 mg")
    view.records.confirm = lambda title, text: True
    view.records.table.selectRow(dose_row)
    assert view.records.remove_selected()
    (dose,) = [e for _, e in services.events(pid) if e.item == "ibuprofen"]
    assert dose.removed is not None
    qtbot.waitUntil(lambda: view.records.model.rowCount() == 1)
    window.show_section("today")
    window.today_view.refresh()
    assert not any(t.startswith("Taken today") for t in _texts(window.today_view.as_needed_card))
    # Edit > Undo records it again.
    window.undo_action.trigger()
    assert [e.counts for _, e in services.events(pid) if e.item == "ibuprofen"].count(True) == 1
