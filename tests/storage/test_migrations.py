"""Migrations: a database made at any revision, filled, upgraded to the head, loses nothing;
and the tables the code declares are the tables the migrations build.

The walk follows Alembic's own ScriptDirectory from base to head, so a new revision is
tested the day it is added, and the test fails until it has a filler in ``FILLERS``:
plain SQL that writes, at that revision, the kind of data the revision holds. Plain
SQL on purpose: the models describe the head, not the schema of an old revision.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.storage import database
from backplan.storage.tables import Base

from .conftest import NEXT_REVISION

Rows = dict[str, list[dict[str, Any]]]
CLOCK = FixedClock(datetime(2026, 11, 4, 12, 0, tzinfo=UTC))


def _fill_0001(conn: Connection, tag: str) -> Rows:
    """A patient with a plan, one item of each kind, a log entry, two events, a meta row."""
    plan_details = {"clinician": {"name": "Dr. Test"}, "goals": ["walk 30 minutes"]}
    medication = {
        "id": "paracetamol",
        "name": "Paracetamol 500 mg",
        "ingredients": [{"substance": "paracetamol", "mg": 500}],
        "dose": "1 tablet",
        "schedule": {"times": ["08:00", "20:00"]},
        "start": "2026-11-02",
        "days": 7,
    }
    activity = {
        "id": "walk",
        "kind": "walk",
        "title": "Walk",
        "schedule": {"times": ["10:00"]},
        "duration_minutes": 20,
        "start": "2026-11-02",
    }
    rows: Rows = {
        "patient": [
            {"id": 1, "name": f"Patient {tag}", "timezone": "Europe/Paris", "notes": "é ✓", "revision": 1}
        ],
        "plan": [
            {
                "id": 1,
                "patient_id": 1,
                "title": "Plan",
                "start": "2026-11-02",
                "end": "2026-11-30",
                "details": json.dumps(plan_details),
            }
        ],
        "plan_item": [
            {"id": 1, "patient_id": 1, "item_id": "paracetamol", "category": "medication",
             "flare_up": 0, "position": 0, "data": json.dumps(medication)},
            {"id": 2, "patient_id": 1, "item_id": "walk", "category": "activity",
             "flare_up": 0, "position": 1, "data": json.dumps(activity)},
        ],
        "log_entry": [
            {"id": 1, "patient_id": 1, "at_utc": "2026-11-03 07:00:00.000000", "at_offset_min": 60,
             "pain": 6, "pain_worst": 8, "spasm": 3, "walking_minutes": 15, "sleep": 5,
             "locations": json.dumps(["lower_back"]), "psfs": None, "side_effects": None,
             "red_flags": None, "note": f"written at {tag}"},
        ],
        "event": [
            {"id": 1, "patient_id": 1, "item": "paracetamol", "status": "done",
             "scheduled_utc": "2026-11-03 07:00:00.000000", "scheduled_offset_min": 60,
             "at_utc": "2026-11-03 07:05:00.000000", "at_offset_min": 60, "override_reason": None,
             "pain_before": None, "pain_after": None, "note": None},
            {"id": 2, "patient_id": 1, "item": "walk", "status": "skipped",
             "scheduled_utc": "2026-11-03 09:00:00.000000", "scheduled_offset_min": 60,
             "at_utc": None, "at_offset_min": None, "override_reason": None,
             "pain_before": 5, "pain_after": 4, "note": "rain"},
        ],
        "meta": [{"key": "last_seen", "value": "2026-11-03T08:00:00+01:00"}],
    }
    _insert(conn, rows)
    return rows


def _fill_0002(conn: Connection, tag: str) -> Rows:
    """A second patient with the first one's name but an identifier and a birth date (the
    name is no longer unique), and a dose taken back (a removed event)."""
    rows: Rows = {
        "patient": [
            {"id": 2, "name": "Patient 0001", "timezone": "Asia/Kolkata", "notes": None, "revision": 1,
             "identifier": "MRN-0002", "birth_date": "1961-02-28"}
        ],
        "plan": [
            {"id": 2, "patient_id": 2, "title": "Second plan", "start": "2026-11-02", "end": None,
             "details": json.dumps({})}
        ],
        "event": [
            {"id": 3, "patient_id": 2, "item": "paracetamol", "status": "done",
             "scheduled_utc": None, "scheduled_offset_min": None,
             "at_utc": "2026-11-03 02:30:00.000000", "at_offset_min": 330, "override_reason": "pain",
             "pain_before": None, "pain_after": None, "note": f"written at {tag}",
             "removed_utc": "2026-11-03 02:32:00.000000", "removed_offset_min": 330,
             "removed_reason": "pressed by mistake"},
        ],
    }
    _insert(conn, rows)
    return rows


def _fill_0003(conn: Connection, tag: str) -> Rows:
    """A third patient's events, found by their moment through the new index: one taken,
    one only scheduled (a missed dose: no ``at``)."""
    rows: Rows = {
        "patient": [
            {"id": 3, "name": "Patient 0003", "timezone": "Asia/Kolkata", "notes": None, "revision": 1,
             "identifier": "MRN-0003", "birth_date": None}
        ],
        "plan": [
            {"id": 3, "patient_id": 3, "title": "Third plan", "start": "2026-11-02", "end": None,
             "details": json.dumps({})}
        ],
        "event": [
            {"id": 4, "patient_id": 3, "item": "paracetamol", "status": "done",
             "scheduled_utc": None, "scheduled_offset_min": None,
             "at_utc": "2026-11-04 02:30:00.000000", "at_offset_min": 330, "override_reason": None,
             "pain_before": None, "pain_after": None, "note": f"written at {tag}",
             "removed_utc": None, "removed_offset_min": None, "removed_reason": None},
            {"id": 5, "patient_id": 3, "item": "paracetamol", "status": "missed",
             "scheduled_utc": "2026-11-04 14:30:00.000000", "scheduled_offset_min": 330,
             "at_utc": None, "at_offset_min": None, "override_reason": None,
             "pain_before": None, "pain_after": None, "note": f"written at {tag}",
             "removed_utc": None, "removed_offset_min": None, "removed_reason": None},
        ],
    }
    _insert(conn, rows)
    plan = conn.exec_driver_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM event WHERE patient_id = 3 "
        "AND coalesce(at_utc, scheduled_utc) >= '2026-11-04' "
        "AND coalesce(at_utc, scheduled_utc) < '2026-11-05'"
    ).fetchall()
    assert "ix_event_patient_moment" in str(plan)  # the moment's range is an index search
    return rows


def _fill_later(conn: Connection, tag: str) -> Rows:
    rows: Rows = {"test_later_table": [{"id": 1, "value": f"written at {tag}"}]}
    _insert(conn, rows)
    return rows


# One filler per revision; a new migration needs its own (see the module docstring).
FILLERS: dict[str, Callable[[Connection, str], Rows]] = {
    "0001": _fill_0001,
    "0002": _fill_0002,
    "0003": _fill_0003,
    NEXT_REVISION: _fill_later,  # only with the made-up later revision of conftest.py
}


def _insert(conn: Connection, rows: Rows) -> None:
    for table, records in rows.items():
        for record in records:
            columns = ", ".join(f'"{c}"' for c in record)
            values = ", ".join(f":{c}" for c in record)
            conn.execute(text(f'INSERT INTO "{table}" ({columns}) VALUES ({values})'), record)


def _missing(conn: Connection, rows: Rows) -> list[str]:
    lost = []
    for table, records in rows.items():
        for record in records:
            columns = list(record)
            quoted = ", ".join(f'"{c}"' for c in columns)
            found = conn.execute(text(f'SELECT {quoted} FROM "{table}"')).mappings()
            if not any(all(row[c] == record[c] for c in columns) for row in found):
                lost.append(f"{table}: {record}")
    return lost


def _config(conn: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(database.MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def _revisions() -> list[str]:
    """Every revision, from the first to the head (one line of history, no branches)."""
    script = ScriptDirectory.from_config(_config(None))  # type: ignore[arg-type]
    assert len(script.get_heads()) == 1, "the migrations must have a single head"
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _walk(data_dir: Path, start: str) -> tuple[list[str], Rows]:
    """Builds a database at ``start``, fills it there and at every later step to the head."""
    db_path = data_dir / database.DB_FILENAME
    data_dir.mkdir(mode=0o700)
    engine = database.sqlite_engine(db_path)
    revisions = _revisions()
    filled: Rows = {}
    visited = []
    try:
        for rev in revisions:
            database.upgrade_sqlite(engine, rev)  # as the app migrates: foreign keys off
            if revisions.index(rev) < revisions.index(start):
                continue
            assert rev in FILLERS, f"revision {rev} has no filler in FILLERS: add one"
            with engine.begin() as conn:
                for table, records in FILLERS[rev](conn, rev).items():
                    filled.setdefault(table, []).extend(records)
            visited.append(rev)
            with engine.connect() as conn:  # nothing written so far has gone missing
                assert _missing(conn, filled) == [], f"lost at {rev}"
    finally:
        engine.dispose()
    return visited, filled


def _check_at_head(data_dir: Path, filled: Rows) -> None:
    engine = database.sqlite_engine(data_dir / database.DB_FILENAME)
    try:
        with engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == database.head_revision()
            assert _missing(conn, filled) == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        engine.dispose()
    # The app itself opens it without migrating again and reads every record back.
    services = open_services(data_dir, CLOCK)
    try:
        first = services.document(1) if "plan_item" in filled else None
        second = services.document(2) if any(r["id"] == 2 for r in filled.get("patient", [])) else None
        third = None
        if any(r["id"] == 3 for r in filled.get("patient", [])):
            third = services.events(3, datetime(2026, 11, 4, tzinfo=UTC), datetime(2026, 11, 5, tzinfo=UTC))
    finally:
        services.db.dispose()
    if second is not None:
        assert (second.patient.identifier, str(second.patient.birth_date)) == ("MRN-0002", "1961-02-28")
        (removed,) = second.events
        assert removed.removed is not None and removed.removed.reason == "pressed by mistake"
        assert removed.removed.at.isoformat() == "2026-11-03T08:02:00+05:30"
    if third is not None:  # by their moment: the dose taken, then the one missed
        assert [(e.status.value, e.note) for _, e in third] == [
            ("done", "written at 0003"),
            ("missed", "written at 0003"),
        ]
    if first is None:
        return
    doc = first
    assert [m.id for m in doc.medications] == ["paracetamol"]
    assert [a.id for a in doc.activities] == ["walk"]
    assert [e.note for e in doc.log] == ["written at 0001"]
    assert [(e.item, e.status.value) for e in doc.events] == [("paracetamol", "done"), ("walk", "skipped")]
    assert doc.log[0].at.isoformat() == "2026-11-03T08:00:00+01:00"


@pytest.mark.parametrize("start", _revisions())
def test_a_database_from_every_revision_upgrades_to_the_head_without_loss(
    tmp_path: Path, start: str
) -> None:
    visited, filled = _walk(tmp_path / "data", start)
    assert visited[-1] == database.head_revision()
    _check_at_head(tmp_path / "data", filled)


def test_the_walk_covers_a_chain_of_revisions(tmp_path: Path, next_revision: str) -> None:
    """With a made-up later revision, the same walk steps 0001 -> 0002 and keeps both fills."""
    visited, filled = _walk(tmp_path / "data", _revisions()[0])
    assert visited == [*_revisions()] and visited[-2:] == [visited[-2], next_revision]
    assert visited[:2] == ["0001", "0002"]
    assert set(filled) >= {"patient", "log_entry", "test_later_table"}
    _check_at_head(tmp_path / "data", filled)


# SQLite's reflection cannot see an index on an expression (0003's), so autogenerate
# leaves it out of the comparison and says so; _fill_0003 checks that index instead.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_the_models_and_the_migrations_agree(tmp_path: Path) -> None:
    """Autogenerate, run against a migrated database, finds nothing to add or change."""
    engine = database.sqlite_engine(tmp_path / "db.sqlite3")
    try:
        with engine.begin() as conn:
            command.upgrade(_config(conn), "head")
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_the_head_is_what_the_app_migrates_to(tmp_path: Path) -> None:
    services = open_services(tmp_path / "data", CLOCK)
    try:
        assert services.db.current_revision() == database.head_revision() == _revisions()[-1]
    finally:
        services.db.dispose()
