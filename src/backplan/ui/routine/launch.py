"""Opening the guided routine player from the window (Today's card, the Plan page).

The player itself (``routine.player``) plays a run and records it; this module picks
which of today's occurrences the run counts for, opens the player without blocking the
window, and hands its record to the recorder (Today's ``RecordActions``) so Edit > Undo takes it back.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from backplan.domain.clock import Clock
from backplan.domain.model import Event
from backplan.schedule.agenda import day_bounds
from backplan.schedule.status import OccurrenceState, occurrence_states
from backplan.services.backplan_service import Backplan

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QDialog, QWidget

    from .player import RoutinePlayer


class _Grace(Protocol):
    @property
    def grace(self) -> timedelta: ...


class RoutineRecorder(Protocol):
    """What the launcher needs from whoever records for the window (Today's
    ``RecordActions``): a protocol, so the routine package does not import a section."""

    services: Backplan
    clock: Clock
    parent_widget: QWidget | None
    message: SignalInstance

    @property
    def reminders(self) -> _Grace | None: ...

    def now(self) -> datetime: ...

    def present(self, dialog: QDialog) -> None: ...

    def routine_recorded(self, patient_id: int, event_id: int, event: Event, title: str) -> None: ...


def open_occurrence_start(recorder: RoutineRecorder, patient_id: int, activity_id: str) -> datetime | None:
    """The start of today's occurrence of ``activity_id`` that a run now would settle.

    The one due now first, else the latest missed one (done late is still done), else
    the next one later today; None when today has no open occurrence of it (the run is
    then recorded without a scheduled time, as an extra session).
    """
    services = recorder.services
    doc = services.document(patient_id, with_history=False)
    today = services.today(patient_id)
    occurrences = [o for o in services.agenda(patient_id, today, doc=doc) if o.source_id == activity_id]
    if not occurrences:
        return None
    start, end = day_bounds(doc.patient.timezone, today)
    events = [e for _, e in services.events(patient_id, start - timedelta(days=1), end + timedelta(days=1))]
    grace = recorder.reminders.grace if recorder.reminders is not None else timedelta(minutes=30)
    states = occurrence_states(occurrences, events, recorder.now(), grace)
    for wanted in (OccurrenceState.DUE, OccurrenceState.MISSED, OccurrenceState.UPCOMING):
        found = [o for o, s in states if s is wanted]
        if found:
            chosen = found[-1] if wanted is OccurrenceState.MISSED else found[0]
            return chosen.start
    return None


def open_routine(
    recorder: RoutineRecorder, patient_id: int, activity_id: str, scheduled_for: datetime | None
) -> RoutinePlayer | None:
    """Opens the player (not modal: the reminders and the window keep working)."""
    from .player import RoutinePlayer

    if scheduled_for is None:
        scheduled_for = open_occurrence_start(recorder, patient_id, activity_id)
    try:
        player = RoutinePlayer(
            recorder.services, patient_id, activity_id, scheduled_for, recorder.clock, recorder.parent_widget
        )
    except LookupError as exc:
        recorder.message.emit(str(exc))
        return None
    title = player.activity.title

    def recorded(event_id: int) -> None:
        event = player.recorded_event
        if event is not None:
            recorder.routine_recorded(patient_id, event_id, event, title)

    player.recorded.connect(recorded)
    recorder.present(player)
    return player


__all__ = ["RoutineRecorder", "open_occurrence_start", "open_routine"]
