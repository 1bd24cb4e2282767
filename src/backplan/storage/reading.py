"""Every read of the data, in plain SQL on a DB-API connection, for both engines.

This is the one read path (issue 23): the window, the command line and the services
read through :class:`SqlReader`, whichever engine holds the data. The queries are
plain SQL that SQLite and PostgreSQL both understand, sent on the driver's own
connection (sqlite3, or psycopg under SQLAlchemy's pool on a server); only the
parameter marker and the form of a compared instant differ (:class:`Dialect`). The
rows become objects through the conversions the writes use too (``values``).

Why plain SQL and not SQLAlchemy's query builder, measured (docs/benchmarks.md):
loading SQLAlchemy with its ORM costs 0.3-0.5 s, more than a whole ``backplan
agenda`` and most of a start. The writes (``repository.Transaction``) are plain SQL
on the same connections for the same reason, so on a SQLite file nothing at all
loads SQLAlchemy but a migration; on a server it comes with the engine's pool.

What the drivers hand back, which the conversions below accept both of: SQLite keeps
what SQLAlchemy wrote as text (DATETIME as ``YYYY-MM-DD HH:MM:SS.ffffff``, so comparing
two such strings compares the times; DATE as ``YYYY-MM-DD``; BOOLEAN as 0/1; JSON as
its text, a None written as ``null``); psycopg returns datetimes, dates, booleans and
parsed JSON.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
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
    """The reads of the services, in a read transaction or inside a write."""

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


class Connection(Protocol):
    """A DB-API connection with ``execute`` (sqlite3's and psycopg's both have it)."""

    def execute(self, sql: Any, parameters: Any = ..., /) -> Any: ...

    def cursor(self) -> Any: ...


@dataclass(frozen=True)
class Dialect:
    """What differs between the engines for the same statement.

    ``marker`` is the driver's parameter marker (the statements are written with
    ``?``). Values go in as SQLAlchemy's migrations made the columns and as it wrote
    them before: on SQLite an instant as its naive UTC text, a day as ISO text and
    JSON as ``json.dumps`` text; on a server as timestamps, dates and ``json``.
    """

    name: str
    marker: str

    @property
    def sqlite(self) -> bool:
        return self.name == "sqlite"

    def sql(self, query: str) -> str:
        return query if self.marker == "?" else query.replace("?", self.marker)

    def naive(self, utc: datetime) -> Any:
        """A naive UTC time as the column stores it."""
        return utc.isoformat(" ", "microseconds") if self.sqlite else utc

    def instant(self, moment: datetime) -> Any:
        """An aware instant as the column stores it (naive UTC), to compare or store."""
        return self.naive(utc_naive(moment))

    def day(self, value: date | None) -> Any:
        return value.isoformat() if value is not None and self.sqlite else value

    def json(self, value: Any) -> Any:
        """A JSON value for a JSON column (None is stored as JSON's null, as before)."""
        if self.sqlite:
            return json.dumps(value)
        from psycopg.types.json import Json  # a server's driver, loaded with it

        return Json(value)

    @property
    def for_update(self) -> str:
        """The clause that locks the rows read (SQLite's write transaction already does)."""
        return "" if self.sqlite else " FOR UPDATE"


SQLITE = Dialect("sqlite", "?")
POSTGRESQL = Dialect("postgresql", "%s")


def dialect_named(name: str) -> Dialect:
    """The dialect for SQLAlchemy's name of an engine (``sqlite``, ``postgresql``)."""
    if name == "sqlite":
        return SQLITE
    if name == "postgresql":
        return POSTGRESQL
    raise ValueError(f"backplan reads SQLite or PostgreSQL, not {name!r}")


def _instant(value: str | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def _day(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _json(value: Any) -> Any:
    # Our JSON columns hold lists, objects or null, never a bare string: a string is
    # SQLite's text of the value, anything else psycopg's parsed value.
    return json.loads(value) if isinstance(value, str | bytes) else value


_LOG_SELECT = "SELECT id, " + ", ".join(LOG_COLUMNS) + " FROM log_entry WHERE patient_id = ?"
_EVENT_SELECT = "SELECT id, " + ", ".join(EVENT_COLUMNS) + " FROM event WHERE patient_id = ?"
_EVENT_MOMENT = "coalesce(at_utc, scheduled_utc)"
_PATIENT_COLUMNS = "name, timezone, notes, identifier, birth_date"


def _log_entry(row: Sequence[Any]) -> tuple[int, LogEntry]:
    (entry_id, at_utc, offset, pain, worst, locations, spasm, walking, psfs, sleep, effects, flags, note) = (
        row
    )
    at = _instant(at_utc)
    assert at is not None  # NOT NULL
    entry = log_entry_from_values(
        at,
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
    return int(entry_id), entry


def _event(row: Sequence[Any]) -> tuple[int, Event]:
    (event_id, item, status, sched, sched_off, at, at_off, reason, before, after, note, *gone) = row
    removed_at, removed_off, removed_reason = gone
    event = event_from_values(
        item, status, _instant(sched), sched_off, _instant(at), at_off, reason, before, after, note,
        _instant(removed_at), removed_off, removed_reason,
    )
    return int(event_id), event


def _patient(row: Sequence[Any]) -> Patient:
    name, zone, notes, identifier, born = row
    return Patient(name=name, timezone=zone, notes=notes, identifier=identifier, birth_date=_day(born))


class SqlReader:
    """``Reader`` on a DB-API connection inside one transaction (``Database.reading``,
    or a write's own, so that its reads see what it wrote and hold its locks)."""

    def __init__(self, conn: Connection, dialect: Dialect = SQLITE) -> None:
        self.conn = conn
        self.dialect = dialect

    def _rows(self, query: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self.dialect.sql(query), tuple(params))

    def _one(self, query: str, params: Sequence[Any] = ()) -> Any:
        return self._rows(query, params).fetchone()

    def patient_names(self) -> list[str]:
        return [row[0] for row in self._rows("SELECT name FROM patient ORDER BY name")]

    def find_patient_id(self, name: str) -> int | None:
        row = self._one("SELECT id FROM patient WHERE name = ?", (name,))
        return None if row is None else int(row[0])

    def get_patient(self, patient_id: int) -> Patient:
        row = self._one(f"SELECT {_PATIENT_COLUMNS} FROM patient WHERE id = ?", (patient_id,))
        if row is None:
            raise NotFound(f"no patient {patient_id}")
        return _patient(row)

    def patients(self) -> list[tuple[int, Patient]]:
        """Every patient with its row id, by name (then by id, for shared names)."""
        query = f"SELECT id, {_PATIENT_COLUMNS} FROM patient ORDER BY name, id"
        return [(int(row[0]), _patient(row[1:])) for row in self._rows(query)]

    def patient_revision(self, patient_id: int) -> int:
        row = self._one("SELECT revision FROM patient WHERE id = ?", (patient_id,))
        if row is None:
            raise NotFound(f"no patient {patient_id}")
        return int(row[0] or 0)

    def read_document(self, patient_id: int, *, with_history: bool = True) -> PlanDocument:
        patient = self.get_patient(patient_id)
        found = self._one('SELECT title, start, "end", details FROM plan WHERE patient_id = ?', (patient_id,))
        if found is None:
            raise NotFound(f"patient {patient_id} has no plan")
        title, start, end, details = found
        # The flag as 0/1 on both engines (a server's BOOLEAN, SQLite's integer).
        items = [
            (category, bool(flare_up), _json(data))
            for category, flare_up, data in self._rows(
                "SELECT category, CASE WHEN flare_up THEN 1 ELSE 0 END, data FROM plan_item "
                "WHERE patient_id = ? ORDER BY position",
                (patient_id,),
            )
        ]
        first = _day(start)
        assert first is not None  # NOT NULL
        plan, meds, acts = plan_from_values(title, first, _day(end), _json(details), items)
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
            params.append(self.dialect.instant(start))
        if end is not None:
            query += " AND at_utc < ?"
            params.append(self.dialect.instant(end))
        query += " ORDER BY at_utc, id"
        return [_log_entry(row) for row in self._rows(query, params)]

    def last_log_entry(self, patient_id: int) -> LogEntry | None:
        row = self._one(_LOG_SELECT + " ORDER BY at_utc DESC, id DESC LIMIT 1", (patient_id,))
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
            params.append(self.dialect.instant(start))
        if end is not None:
            query += f" AND {_EVENT_MOMENT} < ?"
            params.append(self.dialect.instant(end))
        if items is not None:
            wanted = list(items)
            if not wanted:
                return []  # an empty IN: nothing matches
            query += " AND item IN (" + ", ".join("?" * len(wanted)) + ")"
            params += wanted
        query += f" ORDER BY {_EVENT_MOMENT}, id"
        return [_event(row) for row in self._rows(query, params)]

    def events_for_occurrence(
        self, patient_id: int, item: str, scheduled_for: datetime
    ) -> list[tuple[int, Event]]:
        """The events recorded against one scheduled time of one item, whenever taken."""
        query = _EVENT_SELECT + " AND item = ? AND scheduled_utc = ? ORDER BY id"
        params = (patient_id, item, self.dialect.instant(scheduled_for))
        return [_event(row) for row in self._rows(query, params)]

    def log_entry(self, entry_id: int) -> LogEntry:
        row = self._one("SELECT id, " + ", ".join(LOG_COLUMNS) + " FROM log_entry WHERE id = ?", (entry_id,))
        if row is None:
            raise NotFound(f"no log entry {entry_id}")
        return _log_entry(row)[1]

    def event(self, event_id: int) -> Event:
        row = self._one("SELECT id, " + ", ".join(EVENT_COLUMNS) + " FROM event WHERE id = ?", (event_id,))
        if row is None:
            raise NotFound(f"no event {event_id}")
        return _event(row)[1]

    def get_meta(self, key: str) -> str | None:
        row = self._one('SELECT value FROM meta WHERE "key" = ?', (key,))
        return None if row is None else str(row[0])
