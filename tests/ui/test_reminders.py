"""Reminders: once when due, one summary after a gap, nothing twice when the clock goes back.

The window has no tray offscreen, so every notice shows as the in-window banner.
The clock is a FixedClock moved by hand and the reminders are ticked by hand.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.domain.model import EventStatus
from backplan.safety.findings import ALREADY_TAKEN
from backplan.services.backplan_service import Backplan
from backplan.ui.common.dialogs import RefusalDialog
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.today.reminders import LAST_SEEN_KEY, Reminders

CHICAGO = ZoneInfo("America/Chicago")
EIGHT = datetime(2026, 12, 1, 8, 0, tzinfo=CHICAGO)


def _at_eight(window: MainWindow, clock: FixedClock) -> None:
    """Starts watching at 07:30 (nothing new yet), then moves to 08:00 and ticks."""
    assert window.reminders.tick() is None
    clock.set(EIGHT)
    notice = window.reminders.tick()
    assert notice is not None


def test_the_banner_appears_at_eight_and_take_records_the_dose(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    assert acute_window.reminders.tick() is None  # 07:30: the morning's items were shown in Today
    assert not acute_window.banner.isVisible()
    clock.set(EIGHT)
    notice = acute_window.reminders.tick()
    assert notice is not None
    assert [o.item for o in notice.due] == ["carisoprodol"]
    assert notice.title == "Time for your 08:00 dose"
    assert "Carisoprodol 350 mg (1 tablet) at 08:00" in notice.text
    assert acute_window.banner.isVisible()
    row = acute_window.banner.row_for("carisoprodol")
    assert row is not None
    qtbot.mouseClick(row.buttons["take"], Qt.MouseButton.LeftButton)
    events = [e for _, e in services.events(pid)]
    assert [(e.item, e.status, e.scheduled_for, e.at) for e in events] == [
        ("carisoprodol", EventStatus.DONE, EIGHT, EIGHT)
    ]
    assert not acute_window.banner.isVisible()
    acute_window.undo_action.trigger()
    assert [e.counts for _, e in services.events(pid)] == [False]  # kept, marked removed
    # A tick after the undo does not announce the 08:00 dose a second time.
    assert acute_window.reminders.tick() is None


def test_a_second_dose_for_the_same_time_opens_the_refusal(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock, data_dir: Path
) -> None:
    services, pid = imported
    _at_eight(acute_window, clock)
    # Meanwhile the command line (another process: other services, no listeners) records it.
    other = open_services(data_dir, clock)
    try:
        other.record_dose(pid, "carisoprodol")
    finally:
        other.db.dispose()
    row = acute_window.banner.row_for("carisoprodol")
    assert row is not None
    qtbot.mouseClick(row.buttons["take"], Qt.MouseButton.LeftButton)
    dialog = acute_window.recorder.dialog
    assert isinstance(dialog, RefusalDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert ALREADY_TAKEN in dialog.rules()
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"Not allowed now: {ALREADY_TAKEN}" in labels  # the rule's name, shown
    assert any(f.message in labels and f"Source: {f.source}" in labels for f in dialog.findings)
    assert not dialog.record_anyway.isEnabled()  # no reason typed yet
    qtbot.mouseClick(dialog.dont_take, Qt.MouseButton.LeftButton)
    assert len(services.events(pid)) == 1


def test_record_anyway_needs_a_reason_and_keeps_it(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    clock.set(EIGHT)
    acute_window.today_view.refresh()
    row = acute_window.today_view.row_for("carisoprodol", EIGHT)
    assert row is not None
    qtbot.mouseClick(row.buttons["take"], Qt.MouseButton.LeftButton)
    assert len(services.events(pid)) == 1
    # The same dose again, from the action the Today row and banner use.
    acute_window.recorder.take(pid, "carisoprodol", "Carisoprodol 350 mg")
    dialog = acute_window.recorder.dialog
    assert isinstance(dialog, RefusalDialog)
    qtbot.keyClicks(dialog.reason, "the first tablet was dropped")
    assert dialog.record_anyway.isEnabled()
    qtbot.mouseClick(dialog.record_anyway, Qt.MouseButton.LeftButton)
    reasons = [e.override_reason for _, e in services.events(pid)]
    assert reasons == [None, "the first tablet was dropped"]
    acute_window.undo_action.trigger()
    # The overridden dose and its reason are kept, marked removed: nothing is erased.
    kept = [(e.override_reason, e.counts) for _, e in services.events(pid)]
    assert kept == [(None, True), ("the first tablet was dropped", False)]


def test_after_five_hours_asleep_one_summary(
    acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    reminders = acute_window.reminders
    assert reminders.tick() is None  # 07:30
    clock.advance(timedelta(hours=5))  # 12:30: the laptop slept through the morning
    notice = reminders.tick()
    assert notice is not None
    # Missed (two hours' grace over, nothing recorded): heat 07:00, stretches 07:15,
    # carisoprodol 08:00, heat 09:45, therapy 10:00. The cold at 10:45 is still due.
    assert notice.missed == 5
    assert notice.text.splitlines()[0].startswith("5 reminders were missed while this computer was asleep.")
    assert [o.item for o in notice.due] == ["pt:cold"]
    assert len(reminders.notices) == 1
    # One message: the banner shows it once, and the next ticks add nothing.
    assert acute_window.banner.isVisible()
    assert reminders.tick() is None
    clock.advance(timedelta(seconds=20))
    assert reminders.tick() is None
    assert len(reminders.notices) == 1


def test_reopening_after_hours_closed_summarises_once(
    qtbot: QtBot, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    first = Reminders(services, clock)
    first.set_patient(pid)
    assert first.tick() is None  # 07:30, then backplan is closed
    clock.advance(timedelta(hours=5))
    reopened = Reminders(services, clock)
    reopened.set_patient(pid)
    notice = reopened.tick()
    assert notice is not None and notice.missed == 5
    assert notice.text.startswith("5 reminders were missed while backplan was closed.")
    assert reopened.tick() is None
    # Opened once more a minute later: last_seen moved on, nothing to repeat.
    clock.advance(timedelta(minutes=1))
    again = Reminders(services, clock)
    again.set_patient(pid)
    assert again.tick() is None


def test_a_clock_going_back_never_repeats(
    acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    reminders = acute_window.reminders
    _at_eight(acute_window, clock)
    assert len(reminders.notices) == 1
    seen = services.get_meta(LAST_SEEN_KEY)
    clock.set(EIGHT - timedelta(minutes=40))  # the clock is set back (NTP, a dead battery)
    assert reminders.tick() is None
    assert services.get_meta(LAST_SEEN_KEY) == seen  # last_seen never moves back
    clock.set(EIGHT)
    assert reminders.tick() is None
    clock.set(EIGHT + timedelta(minutes=1))
    assert reminders.tick() is None
    # A restart while the clock is behind announces nothing again either.
    clock.set(EIGHT - timedelta(minutes=10))
    restarted = Reminders(services, clock)
    restarted.set_patient(pid)
    assert restarted.tick() is None
    clock.set(EIGHT + timedelta(minutes=2))
    assert restarted.tick() is None
    assert len(reminders.notices) == 1


def test_snooze_reminds_once_more_ten_minutes_later(
    qtbot: QtBot, acute_window: MainWindow, clock: FixedClock
) -> None:
    _at_eight(acute_window, clock)
    row = acute_window.banner.row_for("carisoprodol")
    assert row is not None
    qtbot.mouseClick(row.buttons["snooze"], Qt.MouseButton.LeftButton)
    assert not acute_window.banner.isVisible()
    clock.set(EIGHT + timedelta(minutes=9))
    assert acute_window.reminders.tick() is None
    clock.set(EIGHT + timedelta(minutes=10, seconds=5))
    notice = acute_window.reminders.tick()
    assert notice is not None and [o.item for o in notice.due] == ["carisoprodol"]
    clock.set(EIGHT + timedelta(minutes=11))
    assert acute_window.reminders.tick() is None


def test_a_recorded_occurrence_is_not_announced(
    acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    assert acute_window.reminders.tick() is None
    clock.set(EIGHT - timedelta(minutes=5))
    services.record_dose(pid, "carisoprodol")  # taken a little early
    clock.set(EIGHT)
    assert acute_window.reminders.tick() is None
