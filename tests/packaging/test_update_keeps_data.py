"""Updates keep data: a data folder written by this backplan opens in the next one.

tests/storage covers the database on its own: test_migrations.py walks a database from
every revision to the head without loss, and test_backup.py's
``test_a_migration_is_preceded_by_a_backup`` sees the before-migration backup (with a
made-up later revision that adds a table). This file checks the update the way a user
meets it: a whole data folder, made through the command line (a plan with six weeks of
history imported, a pain entry recorded, the day's backup taken), opened by a "newer
backplan" whose migration rebuilds tables the way SQLite migrations have to (Alembic's
batch mode: copy into a new table, drop the old one, rename). It rebuilds the patient
table too, which every plan, log entry and event points to with a cascading foreign
key: dropping it with the foreign keys on would take the whole record with it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backplan.bootstrap import open_services
from backplan.cli import main
from backplan.domain.clock import FixedClock
from backplan.domain.codec import document_to_json
from backplan.storage import database
from backplan.storage.backup import BACKUP_DIRNAME, verify_backup

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "examples" / "with-history.backplan.json"
NEXT = "9001"  # far from the real revisions, so a real 0002 never collides with it
CLOCK = FixedClock(datetime(2026, 11, 20, 18, 0, tzinfo=UTC))

_NEXT_MIGRATION = '''"""A made-up later revision: a new column on the patient and on the log, added the
way SQLite needs for most changes (a rebuilt table), as a real update might.

Revision ID: {rev}
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "{rev}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("patient", recreate="always") as batch:
        batch.add_column(sa.Column("preferred_units", sa.Text(), nullable=True))
    with op.batch_alter_table("log_entry", recreate="always") as batch:
        batch.add_column(sa.Column("mood", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("log_entry", recreate="always") as batch:
        batch.drop_column("mood")
    with op.batch_alter_table("patient", recreate="always") as batch:
        batch.drop_column("preferred_units")
'''


@pytest.fixture
def install_update(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], str]:
    """Returns a function that turns this backplan into the next one; it returns the
    old head revision. Until it is called, the data folder is written by the real
    migrations as they are today."""

    def update() -> str:
        old_head = database.head_revision()
        folder = tmp_path / "newer-migrations"
        shutil.copytree(database.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
        script = _NEXT_MIGRATION.format(rev=NEXT, down=old_head)
        (folder / "versions" / f"{NEXT}_newer_backplan.py").write_text(script, "utf-8")
        monkeypatch.setattr(database, "MIGRATIONS_DIR", folder)
        return old_head

    return update


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def _snapshot(folder: Path) -> dict[str, object]:
    """Every patient's whole document (plan, log, events), as the file format writes it."""
    services = open_services(folder, CLOCK)
    try:
        return {
            name: document_to_json(services.document(services.resolve_patient(name)))
            for name in services.patient_names()
        }
    finally:
        services.db.dispose()


def _rows(db: Path) -> list[str]:
    """The user tables' rows as SQL, read with plain sqlite3 (not through backplan)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [line for line in conn.iterdump() if line.startswith("INSERT") and "alembic" not in line]
    finally:
        conn.close()


def _columns(db: Path, table: str) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def test_a_data_folder_from_this_version_opens_in_the_next_with_nothing_lost(
    tmp_path: Path, install_update: Callable[[], str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    example = json.loads(EXAMPLE.read_text("utf-8"))
    start = example["plan"]["start"]
    # --- this version: the folder as a user has it --------------------------------------
    _cli(capsys, "--data-dir", str(folder), "import", str(EXAMPLE))
    _cli(capsys, "--data-dir", str(folder), "record", "pain", "4", "--at", f"{start}T19:30", "--note", "kept")
    services = open_services(folder, CLOCK)
    try:
        daily = services.automatic_backup()
    finally:
        services.db.dispose()
    assert daily is not None
    before = _snapshot(folder)
    week = ("agenda", "--date", start, "--days", "7", "--json")
    agenda_before = _cli(capsys, "--data-dir", str(folder), *week)
    db_file = folder / database.DB_FILENAME
    rows_before = _rows(db_file)
    logged = [row for row in rows_before if row.startswith('INSERT INTO "log_entry"')]
    events = [row for row in rows_before if row.startswith('INSERT INTO "event"')]
    assert (len(logged), len(events)) == (len(example["log"]) + 1, len(example["events"]))
    assert any("kept" in row for row in logged)

    # --- the next version starts on it ----------------------------------------------------
    old_head = install_update()
    newer = open_services(folder, CLOCK)
    try:
        assert newer.db.current_revision() == NEXT
    finally:
        newer.db.dispose()
    assert "preferred_units" in _columns(db_file, "patient"), "the migration did not run"
    assert "mood" in _columns(db_file, "log_entry")

    backup = folder / BACKUP_DIRNAME / f"backplan-before-migration-from-{old_head}.sqlite3"
    info = verify_backup(backup)
    assert (info.revision, info.patients) == (old_head, 1)
    assert _rows(backup) == rows_before, "the backup is not the folder as it was before the update"
    assert daily.exists(), "the update removed an earlier backup"

    assert _snapshot(folder) == before, "the update changed or lost part of the record"
    agenda_after = _cli(capsys, "--data-dir", str(folder), *week)
    assert json.loads(agenda_after) == json.loads(agenda_before)
    conn = sqlite3.connect(db_file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()

    # --- later starts of the same version migrate nothing and back up nothing more -------
    backups = sorted(p.name for p in (folder / BACKUP_DIRNAME).iterdir())
    assert _snapshot(folder) == before
    assert sorted(p.name for p in (folder / BACKUP_DIRNAME).iterdir()) == backups


def test_a_folder_that_needs_no_migration_gets_no_migration_backup(tmp_path: Path) -> None:
    """Opening a folder at the head takes no before-migration backup: only real updates do."""
    folder = tmp_path / "data"
    for _ in range(2):
        services = open_services(folder, CLOCK)
        services.db.dispose()
    backups = folder / BACKUP_DIRNAME
    names = [p.name for p in backups.iterdir()] if backups.exists() else []
    assert not [n for n in names if "before-migration" in n]
