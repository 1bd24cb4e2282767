"""When reminders tick by themselves: at start, and when the app becomes active again,
but not twice in a row (at a start the app becomes active right after the first tick)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backplan.domain.clock import FixedClock
from backplan.services.backplan_service import Backplan
from backplan.ui import reminders as reminders_module
from backplan.ui.reminders import Reminders


def test_start_ticks_once_and_coming_back_ticks_unless_it_just_did(
    qtbot: QtBot, qapp: QApplication, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    reminders = Reminders(services, clock)
    reminders.set_patient(pid)
    ticks: list[None] = []
    reminders.ticked.connect(lambda: ticks.append(None))
    reminders.start()
    try:
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # the start's activation
        qtbot.waitUntil(lambda: len(ticks) == 1)
        qtbot.wait(50)
        assert len(ticks) == 1
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
        assert len(ticks) == 1  # going away: nothing to check
        assert reminders._ticked_at is not None
        reminders._ticked_at -= reminders_module.RECENT_TICK_S  # as if that tick was a while ago
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # back, a while later
        assert len(ticks) == 2
    finally:
        reminders.stop()
