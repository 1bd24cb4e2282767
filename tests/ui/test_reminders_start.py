"""When reminders tick by themselves: first a moment after the start, then when the app
becomes active again, but not twice in a row, and never before they were started."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backplan.domain.clock import FixedClock
from backplan.services.backplan_service import Backplan
from backplan.ui.today import reminders as reminders_module
from backplan.ui.today.reminders import Reminders

ACTIVE, INACTIVE = Qt.ApplicationState.ApplicationActive, Qt.ApplicationState.ApplicationInactive


def _counted(services: Backplan, clock: FixedClock, pid: int) -> tuple[Reminders, list[None]]:
    reminders = Reminders(services, clock)
    reminders.set_patient(pid)
    ticks: list[None] = []
    reminders.ticked.connect(lambda: ticks.append(None))
    return reminders, ticks


def test_start_ticks_once_and_coming_back_ticks_unless_it_just_did(
    qtbot: QtBot, qapp: QApplication, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    reminders, ticks = _counted(services, clock, pid)
    qapp.applicationStateChanged.emit(ACTIVE)
    assert ticks == []  # not started: only ticked by hand
    reminders.start(200)
    try:
        qapp.applicationStateChanged.emit(ACTIVE)  # the start's activation: the first tick covers it
        assert ticks == []
        qtbot.waitUntil(lambda: len(ticks) == 1)
        qapp.applicationStateChanged.emit(ACTIVE)  # again at once: nothing can have come due
        qtbot.wait(250)
        assert len(ticks) == 1
        qapp.applicationStateChanged.emit(INACTIVE)
        assert len(ticks) == 1  # going away: nothing to check
        assert reminders._ticked_at is not None
        reminders._ticked_at -= reminders_module.RECENT_TICK_S  # as if that tick was a while ago
        qapp.applicationStateChanged.emit(ACTIVE)  # back, a while later
        assert len(ticks) == 2
    finally:
        reminders.stop()


def test_stop_cancels_a_first_tick_still_to_come(
    qtbot: QtBot, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    reminders, ticks = _counted(services, clock, pid)
    reminders.start(100)
    reminders.stop()
    qtbot.wait(250)
    assert ticks == []


def test_the_first_tick_after_a_start_writes_at_once(
    qtbot: QtBot, imported: tuple[Backplan, int], data_dir: Path, clock: FixedClock
) -> None:
    """Services opened anew, as at a start, can write at once: writes, like reads, need
    no SQLAlchemy (issue 23), so the first tick has nothing to wait for."""
    from backplan.bootstrap import open_services

    services, pid = imported
    if services.db.path is None:
        pytest.skip("a server's database is opened with its engine")
    fresh = open_services(data_dir, clock, None)
    try:
        reminders, ticks = _counted(fresh, clock, pid)
        reminders.start(0)
        try:
            qtbot.waitUntil(lambda: len(ticks) == 1, timeout=2000)
            assert fresh.get_meta(reminders_module.LAST_SEEN_KEY) is not None
        finally:
            reminders.stop()
    finally:
        fresh.db.dispose()
