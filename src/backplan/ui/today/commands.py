"""Undo commands for what the Today section records: doses, skips, activities, pain, flare-ups.

The service call is made first, outside the command, so that a refusal from the
safety guard (or any other error) reaches the caller as an exception instead of
vanishing inside ``QUndoStack.push``; the command is pushed only once the record
exists, and its first ``redo`` does nothing. Undo takes the record back through
the service (an event is marked removed, never erased: FACTS.md); redo records it
again. A record the command line removed meanwhile is reported
through ``on_error`` rather than raised out of a Qt callback (the plumbing is
:class:`~backplan.ui.common.undo.ServiceCommand`'s).
"""

from __future__ import annotations

from backplan.domain.model import Event, LogEntry
from backplan.services.backplan_service import Backplan

from ..common.undo import ErrorHandler, ServiceCommand


class _Recorded(ServiceCommand):
    """A record made before the push; it keeps the record's id, which a redo renews."""

    def __init__(
        self,
        services: Backplan,
        patient_id: int,
        record_id: int,
        text: str,
        on_error: ErrorHandler | None = None,
    ) -> None:
        super().__init__(text, patient_id, on_error)
        self.services = services
        self.record_id: int | None = record_id

    def apply(self) -> None:
        self.record_id = None  # stays None if the record cannot be put back
        self.record_id = self._put_back()

    def revert(self) -> None:
        record_id, self.record_id = self.record_id, None
        if record_id is not None:
            self._take_away(record_id)

    def _put_back(self) -> int:
        raise NotImplementedError

    def _take_away(self, record_id: int) -> None:
        raise NotImplementedError


class EventRecorded(_Recorded):
    """A dose, skip, activity, heat or cold, or flare-up event already stored."""

    def __init__(
        self,
        services: Backplan,
        patient_id: int,
        event_id: int,
        event: Event,
        text: str,
        on_error: ErrorHandler | None = None,
    ) -> None:
        super().__init__(services, patient_id, event_id, text, on_error)
        self.event = event

    def _put_back(self) -> int:
        return self.services.restore_event(self.patient_id, self.event)

    def _take_away(self, record_id: int) -> None:
        self.event = self.services.remove_event(record_id)


class LogRecorded(_Recorded):
    """A pain entry already stored."""

    def __init__(
        self,
        services: Backplan,
        patient_id: int,
        entry_id: int,
        entry: LogEntry,
        text: str,
        on_error: ErrorHandler | None = None,
    ) -> None:
        super().__init__(services, patient_id, entry_id, text, on_error)
        self.entry = entry

    def _put_back(self) -> int:
        return self.services.record_log(self.patient_id, self.entry)

    def _take_away(self, record_id: int) -> None:
        self.entry = self.services.delete_log(record_id)
