"""The reads the window and the commands make, on a SQLite file through sqlite3 alone.

Loading SQLAlchemy and its ORM costs about half a second, most of a start; the
first window needs only reads (the patients, the plan, the recent events). For a
data folder's SQLite file ``SqliteReader`` makes those reads with the standard
library's sqlite3, on the same tables and with the same queries the repository
sends, and turns the values into objects with the repository's own conversions
(``values``). SQLAlchemy is loaded for the first write, or for a server, where
``repository.SessionReader`` does the same reads in a session.

How SQLAlchemy stores values in SQLite, which this module reads: DATETIME as
``YYYY-MM-DD HH:MM:SS.ffffff`` text (so comparing two such strings compares the
times), DATE as ``YYYY-MM-DD``, BOOLEAN as 0/1 and JSON as its text, where a None
was written as the text ``null``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Protocol

from backplan.domain.model import Event, LogEntry, Patient, PlanDocument

from .values import (
    EVENT_COLUMNS,
    LOG_COLUMNS,
    NotFound,
    event_from_values,
    log_entry_from_values,
    plan_from_values,
    utc_naive,
)


class Reader(Protocol):
    """The reads made outside a write transaction, whichever engine holds the data."""

    def patient_names(self) -> list[str]: ...

    def find_patient_id(self, name: str) -> int | None: ...

    def get_patient(self, patient_id: int) -> Patient: ...

    def patients(self) -> list[tuple[int, Patient]]: ...

    def patient_revision(self, patient_id: int) -> int: ...

    def read_document(self, patient_id: int, *, with_history: bool = True) -> PlanDocument: ...

    def log_entries(
        self, patient_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[int, LogEntry]]: ...

    def last_log_entry(self, patient_id: int) -> LogEntry | None: ...

    def events(
        self,
        patient_id: int,
        start: datetime | None = None,
        end: datetime | None = None,
        items: Sequence[str] | None = None,
    ) -> list[tuple[int, Event]]: ...

    def events_for_occurrence(
        self, patient_id: int, item: str, scheduled_for: datetime
    ) -> list[tuple[int, Event]]: ...

    def get_meta(self, key: str) -> str | None: ...


def _instant(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _bound(moment: datetime) -> str:
    """An aware instant as SQLAlchemy writes the naive UTC column, for comparing with it."""
    return utc_naive(moment).isoformat(" ", "microseconds")


def _json(text: str | None) -> Any:
    return None if text is None else json.loads(text)


_LOG_SELECT = "SELECT id, " + ", ".join(LOG_COLUMNS) + " FROM log_entry WHERE patient_id = ?"
_EVENT_SELECT = "SELECT id, " + ", ".join(EVENT_COLUMNS) + " FROM event WHERE patient_id = ?"
_EVENT_MOMENT = "coalesce(at_utc, scheduled_utc)"


def _log_entry(row: tuple[Any, ...]) -> tuple[int, LogEntry]:
    (entry_id, at_utc, offset, pain, worst, locations, spasm, walking, psfs, sleep, effects, flags, note) = (
        row
    )
    entry = log_entry_from_values(
        datetime.fromisoformat(at_utc),
        offset,
        pain,
        worst,
        _json(locations),
        spasm,
        walking,
        _json(psfs),
        sleep,
        _json(effects),
        _json(flags),
        note,
    )
    return entry_id, entry


def _event(row: tuple[Any, ...]) -> tuple[int, Event]:
    (event_id, item, status, sched, sched_off, at, at_off, reason, before, after, note, *gone) = row
    removed_at, removed_off, removed_reason = gone
    event = event_from_values(
        item, status, _instant(sched), sched_off, _instant(at), at_off, reason, before, after, note,
        _instant(removed_at), removed_off, removed_reason,
    )
    return event_id, event


def _patient(row: tuple[Any, ...]) -> Patient:
    name, zone, notes, identifier, born = row
    return Patient(
        name=name,
        timezone=zone,
        notes=notes,
        identifier=identifier,
        birth_date=None if born is None else date.fromisoformat(str(born)[:10]),
    )


class SqliteReader:
    """``Reader`` on a sqlite3 connection inside one read transaction (``Database.reading``)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def patient_names(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT name FROM patient ORDER BY name")]

    def find_patient_id(self, name: str) -> int | None:
        row = self.conn.execute("SELECT id FROM patient WHERE name = ?", (name,)).fetchone()
        return None if row is None else int(row[0])

    def get_patient(self, patient_id: int) -> Patient:
        query = "SELECT name, timezone, notes, identifier, birth_date FROM patient WHERE id = ?"
        row = self.conn.execute(query, (patient_id,)).fetchone()
        if row is None:
            raise NotFound(f"no patient {patient_id}")
        return _patient(row)

    def patients(self) -> list[tuple[int, Patient]]:
        query = "SELECT id, name, timezone, notes, identifier, birth_date FROM patient ORDER BY name, id"
        return [(int(row[0]), _patient(row[1:])) for row in self.conn.execute(query)]

    def patient_revision(self, patient_id: int) -> int:
        row = self.conn.execute("SELECT revision FROM patient WHERE id = ?", (patient_id,)).fetchone()
        if row is None:
            raise NotFound(f"no patient {patient_id}")
        return int(row[0])

    def read_document(self, patient_id: int, *, with_history: bool = True) -> PlanDocument:
        patient = self.get_patient(patient_id)
        query = 'SELECT title, start, "end", details FROM plan WHERE patient_id = ?'
        found = self.conn.execute(query, (patient_id,)).fetchone()
        if found is None:
            raise NotFound(f"patient {patient_id} has no plan")
        title, start, end, details = found
        items = [
            (category, bool(flare_up), json.loads(data))
            for category, flare_up, data in self.conn.execute(
                "SELECT category, flare_up, data FROM plan_item WHERE patient_id = ? ORDER BY position",
                (patient_id,),
            )
        ]
        plan, meds, acts = plan_from_values(
            title,
            date.fromisoformat(start),
            None if end is None else date.fromisoformat(end),
            _json(details),
            items,
        )
        log: tuple[LogEntry, ...] = ()
        evs: tuple[Event, ...] = ()
        if with_history:
            log = tuple(e for _, e in self.log_entries(patient_id))
            evs = tuple(e for _, e in self.events(patient_id))
        return PlanDocument(
            patient=patient, plan=plan, medications=meds, activities=acts, log=log, events=evs
        )

    def log_entries(
        self, patient_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[int, LogEntry]]:
        query, params = _LOG_SELECT, list[Any]([patient_id])
        if start is not None:
            query += " AND at_utc >= ?"
            params.append(_bound(start))
        if end is not None:
            query += " AND at_utc < ?"
            params.append(_bound(end))
        query += " ORDER BY at_utc, id"
        return [_log_entry(row) for row in self.conn.execute(query, params)]

    def last_log_entry(self, patient_id: int) -> LogEntry | None:
        query = _LOG_SELECT + " ORDER BY at_utc DESC, id DESC LIMIT 1"
        row = self.conn.execute(query, (patient_id,)).fetchone()
        return None if row is None else _log_entry(row)[1]

    def events(
        self,
        patient_id: int,
        start: datetime | None = None,
        end: datetime | None = None,
        items: Sequence[str] | None = None,
    ) -> list[tuple[int, Event]]:
        """Events whose time (``at``, else ``scheduled_for``) lies in [start, end)."""
        query, params = _EVENT_SELECT, list[Any]([patient_id])
        if start is not None:
            query += f" AND {_EVENT_MOMENT} >= ?"
            params.append(_bound(start))
        if end is not None:
            query += f" AND {_EVENT_MOMENT} < ?"
            params.append(_bound(end))
        if items is not None:
            wanted = list(items)
            if not wanted:
                return []  # SQLAlchemy's empty IN matches nothing
            query += " AND item IN (" + ", ".join("?" * len(wanted)) + ")"
            params += wanted
        query += f" ORDER BY {_EVENT_MOMENT}, id"
        return [_event(row) for row in self.conn.execute(query, params)]

    def events_for_occurrence(
        self, patient_id: int, item: str, scheduled_for: datetime
    ) -> list[tuple[int, Event]]:
        """The events recorded against one scheduled time of one item, whenever taken."""
        query = _EVENT_SELECT + " AND item = ? AND scheduled_utc = ? ORDER BY id"
        return [_event(row) for row in self.conn.execute(query, (patient_id, item, _bound(scheduled_for)))]

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute('SELECT value FROM meta WHERE "key" = ?', (key,)).fetchone()
        return None if row is None else str(row[0])

    def stored_revision(self) -> str | None:
        """The schema revision Alembic's table records, None if it records none (or several)."""
        found = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if found is None:
            return None
        rows = self.conn.execute("SELECT version_num FROM alembic_version").fetchall()
        return str(rows[0][0]) if len(rows) == 1 else None
