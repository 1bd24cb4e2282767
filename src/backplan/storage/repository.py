"""The writes: plain SQL in one transaction, on either engine's driver connection.

``Database.write`` hands out a :class:`Transaction`: the one read path
(``reading.SqlReader``) on the write's own connection, so what a write checks (the plan
a dose is decided against, the doses already taken) it reads inside the transaction,
seeing its own writes and holding its locks; and the statements below, which take
that transaction as their first argument so that a use case of several steps, such as
replacing a patient's plan, commits as one.

The same statements run on SQLite (sqlite3) and on a server (psycopg): the values go
in as ``reading.Dialect`` says each engine stores them, the same text and types
SQLAlchemy's ORM wrote here before (the tables themselves are still made and changed
by the migrations, from ``tables.py``). Why not the ORM, measured in
docs/benchmarks.md: loading it costs more than a whole ``backplan record`` does
without it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

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

from .reading import SqlReader
from .values import EVENT_COLUMNS, LOG_COLUMNS, to_utc_parts
from .values import (
    NotFound as NotFound,  # raised here, caught by callers as repo.NotFound
)


class StaleRevision(RuntimeError):
    """The plan was changed by someone else since the revision the caller read."""

    def __init__(self, patient_id: int, expected: int) -> None:
        super().__init__(f"patient {patient_id}: the plan is no longer at revision {expected}")
        self.patient_id = patient_id
        self.expected = expected


class Transaction(SqlReader):
    """One write transaction (``Database.write``): its reads, and statements to send.

    The transaction is begun and ended by ``Database.write``; nothing here commits.
    """

    def execute(self, statement: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self.dialect.sql(statement), tuple(params))

    def execute_many(self, statement: str, rows: Sequence[Sequence[Any]]) -> None:
        cursor = self.conn.cursor()
        try:
            cursor.executemany(self.dialect.sql(statement), rows)
        finally:
            cursor.close()

    def insert(self, table: str, columns: Sequence[str], values: Sequence[Any]) -> int:
        """Inserts one row and returns its id: sqlite3's ``lastrowid`` (any SQLite a
        Python links to; ``RETURNING`` needs 3.35), a server's ``RETURNING id``."""
        if self.dialect.sqlite:
            return int(self.execute(_insert_sql(table, columns), values).lastrowid)
        row = self.execute(_insert_sql(table, columns) + " RETURNING id", values).fetchone()
        return int(row[0])


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"


def reader(tx: Transaction) -> SqlReader:
    """The reads inside this write transaction (the transaction is its own reader)."""
    return tx


# --- patients --------------------------------------------------------------------

_PATIENT_COLUMNS = ("name", "timezone", "notes", "identifier", "birth_date")


def _patient_values(tx: Transaction, patient: Patient) -> tuple[Any, ...]:
    d = tx.dialect
    return (patient.name, patient.timezone, patient.notes, patient.identifier, d.day(patient.birth_date))


def lock_patient(tx: Transaction, patient_id: int) -> None:
    """Holds the patient's row until the transaction ends, so check-then-write is safe.

    On PostgreSQL this is ``SELECT ... FOR UPDATE``: a second writer for the same
    patient (another workstation recording the same dose) waits here until the first
    commits, then reads what it wrote. SQLite has no row locks; there the write
    transaction itself (``BEGIN IMMEDIATE``) already keeps every other writer out.
    """
    query = "SELECT id FROM patient WHERE id = ?" + tx.dialect.for_update
    if tx.execute(query, (patient_id,)).fetchone() is None:
        raise NotFound(f"no patient {patient_id}")


def delete_patient(tx: Transaction, patient_id: int) -> None:
    """Deletes the patient; the plan, log and events follow (ON DELETE CASCADE)."""
    tx.execute("DELETE FROM patient WHERE id = ?", (patient_id,))


def delete_all_patients(tx: Transaction) -> None:
    tx.execute("DELETE FROM patient")


def create_patient(tx: Transaction, patient: Patient) -> int:
    return tx.insert("patient", (*_PATIENT_COLUMNS, "revision"), (*_patient_values(tx, patient), 0))


def update_patient(tx: Transaction, patient_id: int, patient: Patient) -> None:
    sets = ", ".join(f"{c} = ?" for c in _PATIENT_COLUMNS)
    done = tx.execute(f"UPDATE patient SET {sets} WHERE id = ?", (*_patient_values(tx, patient), patient_id))
    if done.rowcount != 1:
        raise NotFound(f"no patient {patient_id}")


# --- the plan --------------------------------------------------------------------


def _plan_details(plan: Plan) -> dict[str, Any]:
    data = codec.plan_to_json(plan)
    for key in ("title", "start", "end"):
        data.pop(key, None)
    if "flare_up" in data:
        # Flare-up items live in plan_item rows; keep only advice and days here.
        data["flare_up"] = {"advice": plan.flare_up.advice, "days": plan.flare_up.days}  # type: ignore[union-attr]
    return data


def bump_revision(tx: Transaction, patient_id: int, expected: int | None = None) -> None:
    """Moves the patient's plan to its next revision; with ``expected``, only from that one.

    One ``UPDATE ... SET revision = revision + 1 WHERE revision = expected``: the
    comparison and the write are a single statement, so of two editors who opened the
    same revision exactly one gets a row back; the other (on PostgreSQL it waits for
    the first to commit, then sees the new revision) gets ``StaleRevision``.
    """
    statement = "UPDATE patient SET revision = coalesce(revision, 0) + 1 WHERE id = ?"
    params: list[Any] = [patient_id]
    if expected is not None:
        statement += " AND revision = ?"
        params.append(expected)
    if tx.execute(statement, params).rowcount == 1 or expected is None:
        return
    try:
        tx.patient_revision(patient_id)
    except NotFound:
        return  # no such patient: nothing to be stale against
    raise StaleRevision(patient_id, expected)


def write_plan(
    tx: Transaction,
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
    bump_revision(tx, patient_id, expected_revision)
    tx.execute("DELETE FROM plan_item WHERE patient_id = ?", (patient_id,))
    tx.execute("DELETE FROM plan WHERE patient_id = ?", (patient_id,))
    d = tx.dialect
    tx.insert(
        "plan",
        ("patient_id", "title", "start", "end", "details"),
        (patient_id, plan.title, d.day(plan.start), d.day(plan.end), d.json(_plan_details(plan))),
    )
    flare = plan.flare_up
    items: list[tuple[str, bool, dict[str, Any]]] = []
    items += [("medication", False, codec.medication_to_json(m)) for m in medications]
    items += [("activity", False, codec.activity_to_json(a)) for a in activities]
    if flare is not None:
        items += [("medication", True, codec.medication_to_json(m)) for m in flare.medications]
        items += [("activity", True, codec.activity_to_json(a)) for a in flare.activities]
    rows = [
        (patient_id, data["id"], category, is_flare, position, d.json(data))
        for position, (category, is_flare, data) in enumerate(items)
    ]
    if rows:
        columns = ("patient_id", "item_id", "category", "flare_up", "position", "data")
        tx.execute_many(_insert_sql("plan_item", columns), rows)


# --- log -------------------------------------------------------------------------

_LOG_INSERT_COLUMNS = ("patient_id", *LOG_COLUMNS)


def _log_values(tx: Transaction, patient_id: int, entry: LogEntry) -> tuple[Any, ...]:
    """The row's values in ``_LOG_INSERT_COLUMNS``' order."""
    d = tx.dialect
    at_utc, offset = to_utc_parts(entry.at)

    def listed(values: Iterable[Any] | None) -> Any:
        return d.json(None if values is None else list(values))

    return (
        patient_id,
        d.naive(at_utc),
        offset,
        entry.pain,
        entry.pain_worst,
        listed(None if entry.locations is None else (x.value for x in entry.locations)),
        entry.spasm,
        entry.walking_minutes,
        listed(None if entry.psfs is None else ([k, v] for k, v in entry.psfs)),
        entry.sleep,
        listed(None if entry.side_effects is None else (x.value for x in entry.side_effects)),
        listed(None if entry.red_flags is None else (x.value for x in entry.red_flags)),
        entry.note,
    )


def add_log_entries(tx: Transaction, patient_id: int, entries: Iterable[LogEntry]) -> list[int]:
    return [tx.insert("log_entry", _LOG_INSERT_COLUMNS, _log_values(tx, patient_id, e)) for e in entries]


def update_log_entry(tx: Transaction, entry_id: int, entry: LogEntry) -> None:
    values = _log_values(tx, 0, entry)[1:]  # every column but the patient's
    sets = ", ".join(f"{c} = ?" for c in LOG_COLUMNS)
    if tx.execute(f"UPDATE log_entry SET {sets} WHERE id = ?", (*values, entry_id)).rowcount != 1:
        raise NotFound(f"no log entry {entry_id}")


def delete_log_entry(tx: Transaction, entry_id: int) -> LogEntry:
    entry = tx.log_entry(entry_id)
    tx.execute("DELETE FROM log_entry WHERE id = ?", (entry_id,))
    return entry


# --- events ----------------------------------------------------------------------

_EVENT_INSERT_COLUMNS = ("patient_id", *EVENT_COLUMNS)


def _event_values(tx: Transaction, patient_id: int, event: Event) -> tuple[Any, ...]:
    """The row's values in ``_EVENT_INSERT_COLUMNS``' order."""
    d = tx.dialect
    sched_utc = sched_off = at_utc = at_off = removed_utc = removed_off = None
    if event.scheduled_for is not None:
        sched, sched_off = to_utc_parts(event.scheduled_for)
        sched_utc = d.naive(sched)
    if event.at is not None:
        at, at_off = to_utc_parts(event.at)
        at_utc = d.naive(at)
    if event.removed is not None:
        removed, removed_off = to_utc_parts(event.removed.at)
        removed_utc = d.naive(removed)
    return (
        patient_id,
        event.item,
        event.status.value,
        sched_utc,
        sched_off,
        at_utc,
        at_off,
        event.override_reason,
        event.pain_before,
        event.pain_after,
        event.note,
        removed_utc,
        removed_off,
        None if event.removed is None else event.removed.reason,
    )


def add_events(tx: Transaction, patient_id: int, events: Iterable[Event]) -> list[int]:
    return [tx.insert("event", _EVENT_INSERT_COLUMNS, _event_values(tx, patient_id, e)) for e in events]


def remove_event(tx: Transaction, event_id: int, at: datetime, reason: str | None = None) -> Event:
    """Marks an event taken back (``events[].removed``) and returns it as it stood.

    Records are never deleted outright: the row stays, with when (and why) it was
    removed, so exports and the clinician report still show it. Removing a record
    already removed is refused (NotFound): there is nothing left to take back.
    """
    event = tx.event(event_id)
    if event.removed is not None:
        raise NotFound(f"no event {event_id}")
    removed, offset = to_utc_parts(at)
    tx.execute(
        "UPDATE event SET removed_utc = ?, removed_offset_min = ?, removed_reason = ? WHERE id = ?",
        (tx.dialect.naive(removed), offset, reason, event_id),
    )
    return event


# --- whole documents -------------------------------------------------------------


def write_document(tx: Transaction, doc: PlanDocument, patient_id: int | None = None) -> int:
    """Stores a whole document; with ``patient_id`` it replaces that patient's data."""
    if patient_id is None:
        patient_id = create_patient(tx, doc.patient)
    else:
        update_patient(tx, patient_id, doc.patient)
        tx.execute("DELETE FROM log_entry WHERE patient_id = ?", (patient_id,))
        tx.execute("DELETE FROM event WHERE patient_id = ?", (patient_id,))
    write_plan(tx, patient_id, doc.plan, doc.medications, doc.activities)
    # One executemany per table: years of history are tens of thousands of rows.
    if doc.log:
        rows = [_log_values(tx, patient_id, e) for e in doc.log]
        tx.execute_many(_insert_sql("log_entry", _LOG_INSERT_COLUMNS), rows)
    if doc.events:
        rows = [_event_values(tx, patient_id, e) for e in doc.events]
        tx.execute_many(_insert_sql("event", _EVENT_INSERT_COLUMNS), rows)
    return patient_id


# --- meta ------------------------------------------------------------------------


def set_meta(tx: Transaction, key: str, value: str) -> None:
    tx.execute(
        'INSERT INTO meta ("key", value) VALUES (?, ?) '
        'ON CONFLICT ("key") DO UPDATE SET value = excluded.value',
        (key, value),
    )
