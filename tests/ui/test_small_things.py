"""Small things seen (issue 20, point 10): a plan made in the afternoon, a heat timer
across a quit, a Take that must not scroll the page; and the timeline updated in place.

Real window, real services on a SQLite file, a fixed clock moved by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backplan.domain.clock import FixedClock
from backplan.domain.model import EventStatus, PlanDocument
from backplan.schedule.status import OccurrenceState
from backplan.services.backplan_service import Backplan
from backplan.ui.shell.main_window import MainWindow

CHICAGO = ZoneInfo("America/Chicago")


def test_a_plan_made_at_14_54_has_no_missed_morning(
    qtbot: QtBot,
    services: Backplan,
    acute_doc: PlanDocument,
    clock: FixedClock,
    window_factory: Callable[..., MainWindow],
) -> None:
    clock.set(datetime(2026, 12, 1, 14, 54, tzinfo=CHICAGO))
    services.import_document(acute_doc)
    window = window_factory(services)
    view = window.today_view
    window.show_section("today")
    morning = view.row_for("carisoprodol", datetime(2026, 12, 1, 8, 0, tzinfo=CHICAGO))
    assert morning is not None and morning.state is OccurrenceState.MISSED
    assert morning.status_label.text() == "Before the plan was made"
    # One still due when the plan was made (14:00, within the grace) is missed later.
    clock.set(datetime(2026, 12, 1, 16, 30, tzinfo=CHICAGO))
    view.refresh()
    two = view.row_for("carisoprodol", datetime(2026, 12, 1, 14, 0, tzinfo=CHICAGO))
    assert two is not None and two.status_label.text() == "Missed"


def test_a_running_heat_timer_survives_quitting(
    qtbot: QtBot,
    services: Backplan,
    acute_doc: PlanDocument,
    clock: FixedClock,
    window_factory: Callable[..., MainWindow],
) -> None:
    clock.set(datetime(2026, 12, 1, 7, 1, tzinfo=CHICAGO))
    pid = services.import_document(acute_doc).patient_id
    window = window_factory(services)
    window.show_section("today")
    heat = window.today_view.row_for("morning-stretch:heat")
    assert heat is not None
    qtbot.mouseClick(heat.buttons["start"], Qt.MouseButton.LeftButton)
    window.quit_action.trigger()  # quits with 15 minutes to go
    clock.advance(timedelta(minutes=5))
    again = window_factory(services)  # the next start
    row = again.today_view.row_for("morning-stretch:heat")
    assert row is not None and row.status_label.text() == "10:00 left"
    again.close()
    clock.advance(timedelta(minutes=20))  # it ended while the app was closed
    window_factory(services)
    (done,) = [e for _, e in services.events(pid) if e.item == "morning-stretch:heat"]
    assert done.status is EventStatus.DONE
    assert done.at == datetime(2026, 12, 1, 7, 16, tzinfo=CHICAGO)  # recorded at its end


def test_take_updates_the_timeline_in_place_and_keeps_the_page_still(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    window = acute_window
    window.resize(1000, 420)  # short: the page scrolls
    clock.set(datetime(2026, 12, 1, 8, 2, tzinfo=CHICAGO))
    view = window.today_view
    window.show_section("today")
    view.refresh()
    rows_before = list(view.rows)
    row = view.row_for("carisoprodol", datetime(2026, 12, 1, 8, 0, tzinfo=CHICAGO))
    assert row is not None
    bar = view.page_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    skip = row.buttons["skip"]
    take = row.buttons["take"]
    skip.setFocus()
    qtbot.mouseClick(take, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert view.rows == rows_before  # the same rows: updated, not rebuilt
    assert row.state is OccurrenceState.DONE and "take" not in row.buttons
    assert bar.value() == scrolled
    # A minute's tick changes no row and moves no focus.
    later = view.row_for("ibuprofen") or view.rows[-1]
    button = next(iter(later.buttons.values()), None) or view.pain_spin
    button.setFocus()
    clock.advance(timedelta(minutes=1))
    view.refresh()
    assert view.rows == rows_before and window.focusWidget() is button


def test_take_says_which_dose_before_recording_another_one(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    """'Take ... 14:00' pressed at 10:16 with the 08:00 dose open: asked first, not recorded."""
    from PySide6.QtWidgets import QMessageBox

    services, pid = imported
    clock.set(datetime(2026, 12, 1, 10, 16, tzinfo=CHICAGO))
    window = acute_window
    window.show_section("today")
    view = window.today_view
    view.refresh()
    two = view.row_for("carisoprodol", datetime(2026, 12, 1, 14, 0, tzinfo=CHICAGO))
    assert two is not None
    qtbot.mouseClick(two.buttons["take"], Qt.MouseButton.LeftButton)
    box = window.recorder.dialog
    assert isinstance(box, QMessageBox) and "08:00" in box.text() and "14:00" in box.text()
    assert services.events(pid) == []  # nothing recorded before the answer
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    (event,) = [e for _, e in services.events(pid)]
    assert event.scheduled_for == datetime(2026, 12, 1, 8, 0, tzinfo=CHICAGO)
    assert window.confirmation.text().startswith("Carisoprodol 350 mg recorded as taken at 10:16")
    # The confirmation stays readable (a label, not a passing status message).
    clock.advance(timedelta(minutes=5))
    view.refresh()
    assert window.confirmation.text().startswith("Carisoprodol 350 mg recorded as taken")
    assert window.confirmation.announced[-1] == window.confirmation.text()


def test_a_minute_of_reminder_ticks_moves_no_focus_and_rebuilds_no_row(
    qtbot: QtBot, acute_window: MainWindow, clock: FixedClock
) -> None:
    """Three ticks of 20 s across the 14:00 dose's reminder: focus and rows stay put."""
    window = acute_window
    clock.set(datetime(2026, 12, 1, 13, 59, 30, tzinfo=CHICAGO))
    window.reminders.tick()  # watching from here
    window.show_section("today")
    view = window.today_view
    view.refresh()
    rows = list(view.rows)
    walk = view.row_for("evening-walk")
    target = next(iter(walk.buttons.values())) if walk is not None and walk.buttons else view.pain_spin
    target.setFocus()
    assert window.focusWidget() is target  # the window's focus (offscreen, it may not be active)
    for _ in range(3):
        clock.advance(timedelta(seconds=20))
        window.reminders.tick()
        qtbot.wait(10)
        assert window.focusWidget() is target
    assert window.banner.isVisible()  # the 14:00 reminder came
    assert view.rows == rows
    assert all(not row.isHidden() for row in rows)
