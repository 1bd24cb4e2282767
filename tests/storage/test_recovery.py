"""Recovery at start: a damaged database is kept aside, never overwritten, and the newest
good backup is offered with its date and can be restored into the fresh database."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backplan.bootstrap import open_services, open_services_or_recover
from backplan.domain.clock import FixedClock
from backplan.domain.model import LogEntry, PlanDocument
from backplan.services.errors import UsageError
from backplan.storage.backup import BACKUP_DIRNAME
from backplan.storage.database import DB_FILENAME, DatabaseError
from backplan.storage.recovery import corrupt_files, database_fault

from .dbtools import garble_pages, integrity, loose_modes, set_revision, truncate_half

START = datetime(2026, 11, 1, 13, 30, tzinfo=UTC)
STAMP = "20261102T133000Z"  # the day after START, when the damage is found


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_with_history(folder: Path, doc: PlanDocument, entries: int = 3) -> FixedClock:
    """A data folder used for a day: a plan, a few log entries, the day's backup."""
    clock = FixedClock(START)
    services = open_services(folder, clock)
    pid = services.import_document(doc).patient_id
    for n in range(entries):
        services.record_log(pid, LogEntry(at=START + timedelta(minutes=n), pain=n, note=f"entry {n}"))
    services.db.dispose()
    first = open_services_or_recover(folder, clock)  # the day's backup, with the entries
    assert first.automatic_backup is not None
    first.services.db.dispose()
    clock.advance(timedelta(days=1))
    return clock


def _zero_length(db: Path) -> None:
    for side in ("-wal", "-shm"):
        Path(str(db) + side).unlink(missing_ok=True)
    db.write_bytes(b"")


def _not_a_database(db: Path) -> None:
    for side in ("-wal", "-shm"):
        Path(str(db) + side).unlink(missing_ok=True)
    db.write_bytes(b"these are not the pages you are looking for\n" * 200)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": truncate_half,
    "garbage-after-the-header": garble_pages,
    "zero-length": _zero_length,
    "not-a-database": _not_a_database,
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_a_damaged_database_is_moved_aside_and_the_backup_restores_everything(
    tmp_path: Path, acute_doc: PlanDocument, kind: str
) -> None:
    folder = tmp_path / "data"
    clock = folder_with_history(folder, acute_doc)
    db = folder / DB_FILENAME
    DAMAGE[kind](db)
    if kind != "zero-length":  # an empty file is sound to SQLite; only the backups betray it
        assert database_fault(db) is not None, "the damage must be visible to SQLite"
    damaged = sha(db)

    result = open_services_or_recover(folder, clock)
    services = result.services
    try:
        assert result.recovered_from == folder / f"backplan-corrupt-{STAMP}.sqlite3"
        assert sha(result.recovered_from) == damaged, "the damaged file is kept exactly as it was"
        assert result.problem
        assert services.patient_names() == [], "the app starts on a fresh database"
        assert result.newest_good_backup is not None
        written, backup = result.newest_good_backup
        assert backup == folder / BACKUP_DIRNAME / "backplan-2026-11-01-daily.sqlite3"
        assert isinstance(written, datetime)
        assert result.automatic_backup is None, "no backup is taken of the fresh, empty database"

        changes: list[str] = []
        services.listeners.append(changes.append)
        result.restore_offered_backup()
        assert changes == ["all"]
        pid = services.resolve_patient(None)
        assert [e.note for _, e in services.log_entries(pid)] == ["entry 0", "entry 1", "entry 2"]
        assert services.document(pid, with_history=False).plan == acute_doc.plan
        services.record_log(pid, LogEntry(at=clock.now(), pain=2, note="after the recovery"))
    finally:
        services.db.dispose()
    assert integrity(db) == "ok"
    assert loose_modes(folder) == []

    # The next start is an ordinary one: nothing to recover, the day's backup taken.
    again = open_services_or_recover(folder, clock)
    again.services.db.dispose()
    assert again.recovered_from is None and again.automatic_backup is not None
    assert corrupt_files(folder) == [result.recovered_from]


def test_the_write_ahead_log_goes_with_the_damaged_file(tmp_path: Path, acute_doc: PlanDocument) -> None:
    folder = tmp_path / "data"
    clock = folder_with_history(folder, acute_doc)
    db = folder / DB_FILENAME
    db.write_bytes(b"not a database any more" * 100)
    wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
    wal.write_bytes(b"w" * 1000)  # what a crashed writer leaves next to the file
    shm.write_bytes(b"s" * 1000)
    result = open_services_or_recover(folder, clock)
    result.services.db.dispose()
    assert result.recovered_from is not None
    assert Path(f"{result.recovered_from}-wal").read_bytes() == b"w" * 1000
    # The -shm is only SQLite's index of the -wal, rebuilt by any reader (our check
    # too); it moves along so that the pair stays together.
    assert Path(f"{result.recovered_from}-shm").exists()
    assert not wal.exists() and not shm.exists()


def test_an_earlier_damaged_file_is_never_overwritten(tmp_path: Path, acute_doc: PlanDocument) -> None:
    folder = tmp_path / "data"
    clock = folder_with_history(folder, acute_doc)
    earlier = folder / f"backplan-corrupt-{STAMP}.sqlite3"
    earlier.write_bytes(b"kept from an earlier failure")
    _not_a_database(folder / DB_FILENAME)
    result = open_services_or_recover(folder, clock)
    result.services.db.dispose()
    assert result.recovered_from == folder / f"backplan-corrupt-{STAMP}-2.sqlite3"
    assert earlier.read_bytes() == b"kept from an earlier failure"


def test_a_damaged_backup_is_never_the_one_offered(tmp_path: Path, acute_doc: PlanDocument) -> None:
    folder = tmp_path / "data"
    clock = folder_with_history(folder, acute_doc)
    good = folder / BACKUP_DIRNAME / "backplan-2026-11-01-daily.sqlite3"
    newer = open_services_or_recover(folder, clock)  # 2026-11-02's backup
    newer.services.db.dispose()
    assert newer.automatic_backup is not None
    garble_pages(newer.automatic_backup)
    os.utime(good, (1_000_000_000, 1_000_000_000))  # the damaged one is clearly the newest
    clock.advance(timedelta(hours=1))
    truncate_half(folder / DB_FILENAME)
    result = open_services_or_recover(folder, clock)
    result.services.db.dispose()
    assert result.newest_good_backup is not None
    assert result.newest_good_backup == (datetime.fromtimestamp(1_000_000_000), good)


def test_without_a_good_backup_the_app_starts_fresh_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    _not_a_database(folder / DB_FILENAME)
    result = open_services_or_recover(folder, FixedClock(START))
    try:
        assert result.recovered_from is not None and result.newest_good_backup is None
        with pytest.raises(UsageError, match="no checked backup"):
            result.restore_offered_backup()
        assert result.services.patient_names() == []
    finally:
        result.services.db.dispose()


def test_an_empty_file_from_an_interrupted_first_start_is_simply_new(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    (folder / DB_FILENAME).write_bytes(b"")
    result = open_services_or_recover(folder, FixedClock(START))
    result.services.db.dispose()
    assert result.recovered_from is None and corrupt_files(folder) == []


def test_a_database_from_a_newer_backplan_is_not_mistaken_for_damage(
    tmp_path: Path, acute_doc: PlanDocument
) -> None:
    folder = tmp_path / "data"
    clock = folder_with_history(folder, acute_doc)
    set_revision(folder / DB_FILENAME, "0999_from_a_newer_backplan")
    before = sha(folder / DB_FILENAME)
    with pytest.raises(DatabaseError, match="newer backplan"):
        open_services_or_recover(folder, clock)
    assert sha(folder / DB_FILENAME) == before and corrupt_files(folder) == []


def test_a_sound_database_is_left_where_it_is(tmp_path: Path, acute_doc: PlanDocument) -> None:
    folder = tmp_path / "data"
    clock = folder_with_history(folder, acute_doc)
    result = open_services_or_recover(folder, clock)
    try:
        assert result.recovered_from is None and result.problem is None
        assert result.newest_good_backup is None, "nothing to offer when nothing went wrong"
        assert len(result.services.log_entries(result.services.resolve_patient(None))) == 3
    finally:
        result.services.db.dispose()
