"""Clinic mode: the same schema, services and guarantees on SQLite and on PostgreSQL.

Every test here runs once per engine (the ``engine`` parameter from tests/conftest.py):
on SQLite over a file in the test's folder, on PostgreSQL over an emptied database on
the server BACKPLAN_TEST_POSTGRES_URL names. "Two workstations" are two ``Backplan``
objects with engines of their own on the same database.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from backplan.bootstrap import database_url, open_services
from backplan.domain.clock import FixedClock
from backplan.domain.codec import document_from_json, document_to_json
from backplan.domain.model import LogEntry, PlanDocument
from backplan.services.backplan_service import Backplan
from backplan.services.errors import ConflictError, SafetyRefusal, UsageError
from backplan.storage import repository as repo
from backplan.storage.database import (
    DatabaseError,
    DatabaseUrlError,
    change_probe,
    open_url_database,
    validate_database_url,
)
from backplan.storage.reading import POSTGRESQL, SQLITE, SqlReader
from backplan.storage.tables import Base

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"
HISTORY = EXAMPLES / "with-history.backplan.json"
CHICAGO = ZoneInfo("America/Chicago")
EIGHT = datetime(2026, 12, 1, 8, 0, tzinfo=CHICAGO)


def _edit(doc: PlanDocument, title: str) -> dict[str, Any]:
    return {
        "patient": doc.patient,
        "plan": doc.plan.__class__(**{**doc.plan.__dict__, "title": title}),
        "medications": doc.medications,
        "activities": doc.activities,
    }


# --- one schema ------------------------------------------------------------------------


# SQLite's reflection cannot see 0003's index on an expression (autogenerate says so and
# leaves it out); PostgreSQL's can, and there it is compared.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_the_migrated_schema_is_the_models_on_both_engines(services: Backplan, engine: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    assert services.db.is_sqlite == (engine == "sqlite")
    with services.db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_a_history_document_comes_back_the_same(services: Backplan) -> None:
    original = document_from_json(json.loads(HISTORY.read_text("utf-8")))
    pid = services.import_file(HISTORY).patient_id
    stored = services.document(pid)
    # Through JSON, the form a user sees: naive UTC columns, offsets, JSON items, "end".
    assert document_to_json(stored) == document_to_json(original)
    assert stored.plan.end == original.plan.end
    assert [e.at for _, e in services.log_entries(pid)] == sorted(e.at for e in original.log)


def test_only_the_engines_own_sql_is_sent(
    services: Backplan, engine: str, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = services.import_file(EXAMPLES / "acute-3-weeks.backplan.json").patient_id
    clock.set(EIGHT)
    sent: list[str] = []

    def remember(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement.upper())

    # The reads and writes go to the driver's connection (reading.SqlReader and
    # repository.Transaction): what they send is noted where it leaves them.
    def spied(original: Any) -> Any:
        def send(self: SqlReader, query: str, params: Any = ()) -> Any:
            sent.append(self.dialect.sql(query).upper())
            return original(self, query, params)

        return send

    monkeypatch.setattr(SqlReader, "_rows", spied(SqlReader._rows))
    monkeypatch.setattr(repo.Transaction, "execute", spied(repo.Transaction.execute))
    event.listen(services.db.engine, "before_cursor_execute", remember)
    try:
        services.record_dose(pid, "carisoprodol")
    finally:
        event.remove(services.db.engine, "before_cursor_execute", remember)
    text = "\n".join(sent)
    assert "INSERT INTO EVENT" in text and "FROM EVENT" in text  # the guard read, the dose written
    if engine == "postgresql":
        assert "FOR UPDATE" in text  # the guard's check-then-write holds the patient row
        assert "PRAGMA" not in text and "IMMEDIATE" not in text and "SQLITE_" not in text
        assert "?" not in text  # psycopg's markers
    else:
        assert "FOR UPDATE" not in text


def test_lock_patient_asks_for_row_locks_only_on_postgresql() -> None:
    assert POSTGRESQL.for_update == " FOR UPDATE"
    assert SQLITE.for_update == ""
    assert POSTGRESQL.sql("SELECT id FROM patient WHERE id = ?") == "SELECT id FROM patient WHERE id = %s"


# --- concurrent use ---------------------------------------------------------------------


def test_the_second_editor_of_a_plan_is_told_not_overwritten(
    services: Backplan, workstation: Callable[[], Backplan]
) -> None:
    pid = services.import_file(HISTORY).patient_id
    other = workstation()
    revision = services.plan_revision(pid)
    assert other.plan_revision(pid) == revision
    doc = services.document(pid, with_history=False)

    services.save_plan(pid, **_edit(doc, "Room 1's change"), expected_revision=revision)
    with pytest.raises(ConflictError, match="changed elsewhere"):
        other.save_plan(pid, **_edit(doc, "Room 2's change"), expected_revision=revision)
    assert other.document(pid).plan.title == "Room 1's change"
    # Reloaded, the second editor saves on the new revision.
    fresh = other.plan_revision(pid)
    assert fresh == revision + 1
    other.save_plan(pid, **_edit(doc, "Room 2's change"), expected_revision=fresh)
    assert services.document(pid).plan.title == "Room 2's change"


def test_two_editors_saving_at_the_same_moment_one_wins(
    services: Backplan, workstation: Callable[[], Backplan]
) -> None:
    pid = services.import_file(HISTORY).patient_id
    editors = [workstation(), workstation()]
    revision = services.plan_revision(pid)
    doc = services.document(pid, with_history=False)
    start = threading.Barrier(2)
    outcome: dict[str, str] = {}

    def save(svc: Backplan, title: str) -> None:
        start.wait()
        try:
            svc.save_plan(pid, **_edit(doc, title), expected_revision=revision)
            outcome[title] = "saved"
        except ConflictError:
            outcome[title] = "conflict"

    threads = [threading.Thread(target=save, args=(svc, f"edit {i}")) for i, svc in enumerate(editors)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(outcome.values()) == ["conflict", "saved"]
    (winner,) = [title for title, result in outcome.items() if result == "saved"]
    assert services.document(pid).plan.title == winner
    assert services.plan_revision(pid) == revision + 1


def test_the_same_dose_from_two_workstations_at_once_is_recorded_once(
    services: Backplan, workstation: Callable[[], Backplan], clock: FixedClock
) -> None:
    pid = services.import_file(EXAMPLES / "acute-3-weeks.backplan.json").patient_id
    clock.set(EIGHT)
    rooms = [workstation(), workstation()]
    start = threading.Barrier(2)
    results: list[str] = []

    def take(svc: Backplan) -> None:
        start.wait()
        try:
            svc.record_dose(pid, "carisoprodol")
            results.append("recorded")
        except SafetyRefusal:
            results.append("refused")

    threads = [threading.Thread(target=take, args=(svc,)) for svc in rooms]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(results) == ["recorded", "refused"]
    assert [e.item for _, e in services.events(pid)].count("carisoprodol") == 1


def test_the_change_probe_sees_another_workstations_writes(
    services: Backplan, workstation: Callable[[], Backplan], clock: FixedClock
) -> None:
    pid = services.import_file(HISTORY).patient_id
    other = workstation()
    probe = change_probe(services.db)
    try:
        assert not probe.changed()
        entry = LogEntry(at=clock.now(), pain=4)
        entry_id = other.record_log(pid, entry)
        assert probe.changed()
        assert not probe.changed()  # nothing new since the last look
        other.update_log(pid, entry_id, LogEntry(at=clock.now(), pain=5))
        assert probe.changed()
        other.delete_log(entry_id)
        assert probe.changed()
        doc = other.document(pid, with_history=False)
        other.save_plan(pid, **_edit(doc, "changed elsewhere"))
        assert probe.changed()
    finally:
        probe.close()


# --- backups ---------------------------------------------------------------------------


def _all_documents(services: Backplan) -> dict[str, Any]:
    names = services.patient_names()
    return {n: document_to_json(services.document(services.resolve_patient(n))) for n in names}


def test_a_bundle_backup_restores_every_patient(services: Backplan, tmp_path: Path) -> None:
    services.import_file(HISTORY)
    services.import_file(EXAMPLES / "acute-3-weeks.backplan.json")
    before = _all_documents(services)
    bundle = services.backup_to(tmp_path / "clinic.zip")
    assert bundle.stat().st_mode & 0o777 == 0o600

    services.delete_patient(services.resolve_patient(services.patient_names()[0]))
    safety = services.restore_from(bundle)
    assert safety.exists()
    after = _all_documents(services)
    assert after == before


def test_a_single_computers_data_moves_to_the_server(
    services: Backplan, tmp_path: Path, clock: FixedClock
) -> None:
    """The bundle is engine-neutral: SQLite's export restores on either engine."""
    laptop = open_services(tmp_path / "laptop", clock, None)
    try:
        pid = laptop.import_file(HISTORY).patient_id
        expected = document_to_json(laptop.document(pid))
        bundle = laptop.backup_to(tmp_path / "move.zip")
    finally:
        laptop.db.dispose()
    services.restore_from(bundle)
    assert document_to_json(services.document(services.resolve_patient(None))) == expected


def test_a_damaged_bundle_is_refused_and_nothing_changes(services: Backplan, tmp_path: Path) -> None:
    pid = services.import_file(HISTORY).patient_id
    bundle = services.backup_to(tmp_path / "b.zip")
    import zipfile

    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("patients/"):
                data = data.replace(b'"pain": ', b'"pain": 99, "x": ', 1)
            dst.writestr(info, data)
    with pytest.raises(UsageError, match=r"broken\.zip"):
        services.restore_from(broken)
    assert services.patient_names() == [services.patient(pid).name]


# --- the URL ---------------------------------------------------------------------------


def test_a_url_with_a_password_is_refused_with_where_to_put_it() -> None:
    with pytest.raises(DatabaseUrlError) as caught:
        validate_database_url("postgresql+psycopg://therapist:s3cret@db.clinic.example/backplan")
    message = str(caught.value)
    assert "PGPASSWORD" in message and ".pgpass" in message and "keyring" in message
    assert "s3cret" not in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("postgresql://therapist@db.example/backplan", "postgresql+psycopg://therapist@db.example/backplan"),
        (
            " postgresql+psycopg://t@db.example:5433/bp?sslmode=verify-full&sslrootcert=/etc/ca.pem ",
            "postgresql+psycopg://t@db.example:5433/bp?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem",
        ),
    ],
)
def test_urls_are_put_in_one_form(text: str, expected: str) -> None:
    canonical = validate_database_url(text)
    assert canonical == expected
    assert validate_database_url(canonical) == canonical


@pytest.mark.parametrize(
    "text", ["", "sqlite:///x.db", "postgresql+psycopg2://t@h/db", "postgresql+psycopg://t@h", "not a url"]
)
def test_urls_backplan_will_not_use(text: str) -> None:
    with pytest.raises(DatabaseUrlError):
        validate_database_url(text)


def test_the_option_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BACKPLAN_DATABASE_URL", "postgresql://env@h/db")
    assert database_url(None) == "postgresql+psycopg://env@h/db"
    assert database_url("postgresql://opt@h/db") == "postgresql+psycopg://opt@h/db"
    assert database_url("") is None  # an empty option: the data folder's own database
    monkeypatch.setenv("BACKPLAN_DATABASE_URL", "postgresql://u:pw@h/db")
    with pytest.raises(UsageError, match="BACKPLAN_DATABASE_URL: the database URL contains a password"):
        database_url(None)


def test_a_server_that_is_not_there_is_named_in_the_error() -> None:
    with pytest.raises(DatabaseError, match=r"cannot use the database at .*127\.0\.0\.1:1/backplan"):
        open_url_database("postgresql+psycopg://nobody@127.0.0.1:1/backplan?connect_timeout=3")


def test_revision_compare_and_set_in_the_repository(services: Backplan) -> None:
    pid = services.import_file(HISTORY).patient_id
    revision = services.plan_revision(pid)
    with pytest.raises(repo.StaleRevision), services.db.write() as s:
        repo.bump_revision(s, pid, revision - 1)
    with services.db.write() as s:
        repo.bump_revision(s, pid, revision)
    assert services.plan_revision(pid) == revision + 1
