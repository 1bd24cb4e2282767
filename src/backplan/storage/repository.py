"""The writes, through SQLAlchemy's ORM; the reads are ``reading.SqlReader``'s.

Callers pass a session (one transaction) so that a use case made of several steps,
such as replacing a patient's plan, commits as one. What a write needs to read (the
plan it checks a dose against, the doses already taken) it reads through
:func:`reader`: the one read path, on this session's own connection, so it sees the
transaction's writes and locks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from backplan.domain import codec
from backplan.domain.model import (
    Activity,
    Event,
    LogEntry,
    Medication,
    Patient,
    Plan,
    PlanDocument,
)

from .reading import SqlReader, dialect_named
from .tables import EventRow, LogEntryRow, MetaRow, PatientRow, PlanItemRow, PlanRow
from .values import (
    EVENT_COLUMNS,
    LOG_COLUMNS,
    event_from_values,
    log_entry_from_values,
    to_utc_parts,
)
from .values import (
    NotFound as NotFound,  # raised here, caught by callers as repo.NotFound
)


class StaleRevision(RuntimeError):
    """The plan was changed by someone else since the revision the caller read."""

    def __init__(self, patient_id: int, expected: int) -> None:
        super().__init__(f"patient {patient_id}: the plan is no longer at revision {expected}")
        self.patient_id = patient_id
        self.expected = expected


# --- the one read path, inside a write ------------------------------------------------


def reader(session: Session) -> SqlReader:
    """The reads (``reading.SqlReader``) on this session's connection and transaction.

    Pending changes are flushed first, so the reads see everything written so far.
    """
    session.flush()
    connection = session.connection()
    driver = connection.connection.driver_connection
    assert driver is not None  # a live connection: the session has just used it
    return SqlReader(driver, dialect_named(connection.dialect.name))


# --- patients --------------------------------------------------------------------


def lock_patient(session: Session, patient_id: int) -> None:
    """Holds the patient's row until the transaction ends, so check-then-write is safe.

    On PostgreSQL this is ``SELECT ... FOR UPDATE``: a second writer for the same
    patient (another workstation recording the same dose) waits here until the first
    commits, then reads what it wrote. SQLite has no row locks and SQLAlchemy leaves
    the clause out; there the write transaction itself (``BEGIN IMMEDIATE``) already
    keeps every other writer out.
    """
    found = session.execute(
        select(PatientRow.id).where(PatientRow.id == patient_id).with_for_update()
    ).first()
    if found is None:
        raise NotFound(f"no patient {patient_id}")


def delete_patient(session: Session, patient_id: int) -> None:
    session.execute(delete(PatientRow).where(PatientRow.id == patient_id))


# --- the plan --------------------------------------------------------------------


def _plan_details(plan: Plan) -> dict[str, Any]:
    data = codec.plan_to_json(plan)
    for key in ("title", "start", "end"):
        data.pop(key, None)
    if "flare_up" in data:
        # Flare-up items live in plan_item rows; keep only advice and days here.
        data["flare_up"] = {"advice": plan.flare_up.advice, "days": plan.flare_up.days}  # type: ignore[union-attr]
    return data


def bump_revision(session: Session, patient_id: int, expected: int | None = None) -> None:
    """Moves the patient's plan to its next revision; with ``expected``, only from that one.

    One ``UPDATE ... SET revision = revision + 1 WHERE revision = expected``: the
    comparison and the write are a single statement, so of two editors who opened the
    same revision exactly one gets a row back; the other (on PostgreSQL it waits for
    the first to commit, then sees the new revision) gets ``StaleRevision``.
    """
    query = update(PatientRow).where(PatientRow.id == patient_id)
    if expected is not None:
        query = query.where(PatientRow.revision == expected)
    # The default "auto" synchronisation updates a patient object already in the
    # session, so nothing later in the transaction reads the old revision.
    result = session.execute(query.values(revision=func.coalesce(PatientRow.revision, 0) + 1))
    if result.rowcount == 1:  # type: ignore[attr-defined]
        return
    if expected is None:
        return  # no patient to move: nothing was asked to match
    try:
        reader(session).patient_revision(patient_id)
    except NotFound:
        return  # no such patient: the caller's next statement says so
    raise StaleRevision(patient_id, expected)


def write_plan(
    session: Session,
    patient_id: int,
    plan: Plan,
    medications: Sequence[Medication],
    activities: Sequence[Activity],
    *,
    expected_revision: int | None = None,
) -> None:
    """Replaces the patient's plan and all its items in the current transaction.

    The revision moves first, so that on a server the patient's row is locked before
    anything is deleted, and a stale ``expected_revision`` stops the write before it
    begins (``StaleRevision``).
    """
    bump_revision(session, patient_id, expected_revision)
    session.execute(delete(PlanItemRow).where(PlanItemRow.patient_id == patient_id))
    session.execute(delete(PlanRow).where(PlanRow.patient_id == patient_id))
    session.flush()
    session.add(
        PlanRow(
            patient_id=patient_id,
            title=plan.title,
            start=plan.start,
            end=plan.end,
            details=_plan_details(plan),
        )
    )
    flare = plan.flare_up
    items: list[tuple[str, bool, dict[str, Any]]] = []
    items += [("medication", False, codec.medication_to_json(m)) for m in medications]
    items += [("activity", False, codec.activity_to_json(a)) for a in activities]
    if flare is not None:
        items += [("medication", True, codec.medication_to_json(m)) for m in flare.medications]
        items += [("activity", True, codec.activity_to_json(a)) for a in flare.activities]
    for position, (category, is_flare, data) in enumerate(items):
        session.add(
            PlanItemRow(
                patient_id=patient_id,
                item_id=data["id"],
                category=category,
                flare_up=is_flare,
                position=position,
                data=data,
            )
        )


# --- log -------------------------------------------------------------------------


def _log_values(patient_id: int, entry: LogEntry) -> dict[str, Any]:
    at_utc, offset = to_utc_parts(entry.at)
    return {
        "patient_id": patient_id,
        "at_utc": at_utc,
        "at_offset_min": offset,
        "pain": entry.pain,
        "pain_worst": entry.pain_worst,
        "spasm": entry.spasm,
        "walking_minutes": entry.walking_minutes,
        "sleep": entry.sleep,
        "locations": None if entry.locations is None else [x.value for x in entry.locations],
        "psfs": None if entry.psfs is None else [[k, v] for k, v in entry.psfs],
        "side_effects": None if entry.side_effects is None else [x.value for x in entry.side_effects],
        "red_flags": None if entry.red_flags is None else [x.value for x in entry.red_flags],
        "note": entry.note,
    }


def _log_row(patient_id: int, entry: LogEntry) -> LogEntryRow:
    return LogEntryRow(**_log_values(patient_id, entry))


def row_to_log_entry(row: LogEntryRow) -> LogEntry:
    return log_entry_from_values(*(getattr(row, name) for name in LOG_COLUMNS))


def add_log_entries(session: Session, patient_id: int, entries: Iterable[LogEntry]) -> list[int]:
    rows = [_log_row(patient_id, e) for e in entries]
    session.add_all(rows)
    session.flush()
    return [r.id for r in rows]


def update_log_entry(session: Session, entry_id: int, entry: LogEntry) -> None:
    row = session.get(LogEntryRow, entry_id)
    if row is None:
        raise NotFound(f"no log entry {entry_id}")
    fresh = _log_row(row.patient_id, entry)
    for column in [c.key for c in LogEntryRow.__table__.columns]:
        if column not in ("id", "patient_id"):
            setattr(row, column, getattr(fresh, column))


def delete_log_entry(session: Session, entry_id: int) -> LogEntry:
    row = session.get(LogEntryRow, entry_id)
    if row is None:
        raise NotFound(f"no log entry {entry_id}")
    entry = row_to_log_entry(row)
    session.delete(row)
    return entry


# --- events ----------------------------------------------------------------------


def _event_values(patient_id: int, event: Event) -> dict[str, Any]:
    sched_utc = sched_off = at_utc = at_off = None
    if event.scheduled_for is not None:
        sched_utc, sched_off = to_utc_parts(event.scheduled_for)
    if event.at is not None:
        at_utc, at_off = to_utc_parts(event.at)
    removed_utc = removed_off = None
    if event.removed is not None:
        removed_utc, removed_off = to_utc_parts(event.removed.at)
    return {
        "patient_id": patient_id,
        "item": event.item,
        "status": event.status.value,
        "scheduled_utc": sched_utc,
        "scheduled_offset_min": sched_off,
        "at_utc": at_utc,
        "at_offset_min": at_off,
        "override_reason": event.override_reason,
        "pain_before": event.pain_before,
        "pain_after": event.pain_after,
        "note": event.note,
        "removed_utc": removed_utc,
        "removed_offset_min": removed_off,
        "removed_reason": None if event.removed is None else event.removed.reason,
    }


def _event_row(patient_id: int, event: Event) -> EventRow:
    return EventRow(**_event_values(patient_id, event))


def row_to_event(row: EventRow) -> Event:
    return event_from_values(*(getattr(row, name) for name in EVENT_COLUMNS))


def add_events(session: Session, patient_id: int, events: Iterable[Event]) -> list[int]:
    rows = [_event_row(patient_id, e) for e in events]
    session.add_all(rows)
    session.flush()
    return [r.id for r in rows]


def remove_event(session: Session, event_id: int, at: datetime, reason: str | None = None) -> Event:
    """Marks an event taken back (``events[].removed``) and returns it as it stood.

    Records are never deleted outright: the row stays, with when (and why) it was
    removed, so exports and the clinician report still show it. Removing a record
    already removed is refused (NotFound): there is nothing left to take back.
    """
    row = session.get(EventRow, event_id)
    if row is None or row.removed_utc is not None:
        raise NotFound(f"no event {event_id}")
    event = row_to_event(row)
    row.removed_utc, row.removed_offset_min = to_utc_parts(at)
    row.removed_reason = reason
    session.flush()
    return event


# --- whole documents -------------------------------------------------------------


def create_patient(session: Session, patient: Patient) -> int:
    row = PatientRow(
        name=patient.name,
        timezone=patient.timezone,
        notes=patient.notes,
        identifier=patient.identifier,
        birth_date=patient.birth_date,
        revision=0,
    )
    session.add(row)
    session.flush()
    return row.id


def update_patient(session: Session, patient_id: int, patient: Patient) -> None:
    row = session.get(PatientRow, patient_id)
    if row is None:
        raise NotFound(f"no patient {patient_id}")
    row.name = patient.name
    row.timezone = patient.timezone
    row.notes = patient.notes
    row.identifier = patient.identifier
    row.birth_date = patient.birth_date


def _table(mapped: type[LogEntryRow] | type[EventRow]) -> Table:
    return mapped.metadata.tables[mapped.__tablename__]


def write_document(session: Session, doc: PlanDocument, patient_id: int | None = None) -> int:
    """Stores a whole document; with ``patient_id`` it replaces that patient's data."""
    if patient_id is None:
        patient_id = create_patient(session, doc.patient)
    else:
        update_patient(session, patient_id, doc.patient)
        session.execute(delete(LogEntryRow).where(LogEntryRow.patient_id == patient_id))
        session.execute(delete(EventRow).where(EventRow.patient_id == patient_id))
    write_plan(session, patient_id, doc.plan, doc.medications, doc.activities)
    session.flush()
    # One executemany per table (Core, every row with the same keys), not an ORM object
    # per row: years of history are tens of thousands of rows.
    if doc.log:
        session.execute(insert(_table(LogEntryRow)), [_log_values(patient_id, e) for e in doc.log])
    if doc.events:
        session.execute(insert(_table(EventRow)), [_event_values(patient_id, e) for e in doc.events])
    return patient_id


# --- meta ------------------------------------------------------------------------


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(MetaRow, key)
    if row is None:
        session.add(MetaRow(key=key, value=value))
    else:
        row.value = value
