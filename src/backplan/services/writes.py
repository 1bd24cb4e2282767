"""One write transaction with the repository's operations bound to it: the unit of work.

Only :meth:`ServiceContext.writing` makes one, on the transaction ``Database.write``
hands out (plain SQL on the driver's connection, no SQLAlchemy: see
storage/repository.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from backplan.domain.model import Activity, Event, LogEntry, Medication, Patient, Plan, PlanDocument
from backplan.storage import repository as repo
from backplan.storage.database import integrity_error_detail
from backplan.storage.reading import Reader

from .errors import ConflictError, UsageError


class Writes:
    """What a use case may do inside one write transaction (all of it commits, or none).

    Each operation looks the repository's function up when called, so a test that
    replaces one of them sees every use case call it.
    """

    def __init__(self, tx: repo.Transaction) -> None:
        self.tx = tx

    def reader(self) -> Reader:
        """Reads inside this transaction (the one read path, on this transaction's
        connection): they see its writes and its locks."""
        return repo.reader(self.tx)

    # --- patients and plans --------------------------------------------------------

    def lock_patient(self, patient_id: int) -> None:
        """Holds the patient's row until the commit: a second writer waits (on a server)."""
        repo.lock_patient(self.tx, patient_id)

    def read_document(self, patient_id: int, *, with_history: bool = True) -> PlanDocument:
        return self.reader().read_document(patient_id, with_history=with_history)

    def write_document(self, doc: PlanDocument, patient_id: int | None = None) -> int:
        try:
            return repo.write_document(self.tx, doc, patient_id)
        except Exception as exc:  # pragma: no cover - a concurrent import of the same identifier
            detail = integrity_error_detail(exc)
            if detail is None:
                raise
            raise UsageError(f"patient {doc.patient.name!r} could not be stored: {detail}") from None

    def write_plan(
        self,
        patient_id: int,
        plan: Plan,
        medications: Sequence[Medication],
        activities: Sequence[Activity],
        *,
        expected_revision: int | None = None,
    ) -> None:
        """The revision is compared and moved in the write's first statement (a
        compare-and-set), so two editors of the same revision cannot both save."""
        try:
            repo.write_plan(
                self.tx, patient_id, plan, medications, activities, expected_revision=expected_revision
            )
        except repo.StaleRevision:
            raise ConflictError(
                "the plan was changed elsewhere since you opened it; reload it and make your change again"
            ) from None

    def find_patient_id(self, name: str) -> int | None:
        return self.reader().find_patient_id(name)

    def update_patient(self, patient_id: int, patient: Patient) -> None:
        repo.update_patient(self.tx, patient_id, patient)

    def delete_patient(self, patient_id: int) -> None:
        repo.delete_patient(self.tx, patient_id)

    # --- events and the log ----------------------------------------------------------

    def add_events(self, patient_id: int, events: Iterable[Event]) -> list[int]:
        return repo.add_events(self.tx, patient_id, events)

    def events_for_occurrence(
        self, patient_id: int, item: str, scheduled_for: datetime
    ) -> list[tuple[int, Event]]:
        return self.reader().events_for_occurrence(patient_id, item, scheduled_for)

    def remove_event(self, event_id: int, at: datetime, reason: str | None = None) -> Event:
        return repo.remove_event(self.tx, event_id, at, reason)

    def add_log_entries(self, patient_id: int, entries: Iterable[LogEntry]) -> list[int]:
        return repo.add_log_entries(self.tx, patient_id, entries)

    def update_log_entry(self, entry_id: int, entry: LogEntry) -> None:
        repo.update_log_entry(self.tx, entry_id, entry)

    def delete_log_entry(self, entry_id: int) -> LogEntry:
        return repo.delete_log_entry(self.tx, entry_id)

    # --- settings ------------------------------------------------------------------

    def set_meta(self, key: str, value: str) -> None:
        repo.set_meta(self.tx, key, value)
