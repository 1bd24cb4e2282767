"""Backups: daily at start with 7 daily and 4 weekly kept, before every risky change,
and a restore that checks the file before it replaces anything."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backplan.bootstrap import open_services, open_services_or_recover
from backplan.cli import main
from backplan.domain.clock import FixedClock
from backplan.domain.model import LogEntry, PlanDocument
from backplan.services.backplan_service import Backplan
from backplan.services.errors import UsageError
from backplan.storage.backup import BACKUP_DIRNAME, list_backups, verify_backup
from backplan.storage.database import DB_FILENAME

from .dbtools import copy_database, counts, dump, garble_pages, integrity, loose_modes, set_revision

START = datetime(2026, 11, 1, 13, 30, tzinfo=UTC)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def svc(folder: Path, acute_doc: PlanDocument) -> Iterator[tuple[Backplan, FixedClock, int]]:
    clock = FixedClock(START)
    services = open_services(folder, clock)
    pid = services.import_document(acute_doc).patient_id
    yield services, clock, pid
    services.db.dispose()


def backup_names(folder: Path) -> list[str]:
    return sorted(p.name for p in (folder / BACKUP_DIRNAME).glob("*.sqlite3"))


def log_pain(services: Backplan, pid: int, note: str) -> None:
    services.record_log(pid, LogEntry(at=services.now(), pain=4, note=note))


# --- the automatic backup ------------------------------------------------------------


def test_the_first_start_of_a_day_takes_one_backup(
    svc: tuple[Backplan, FixedClock, int], folder: Path
) -> None:
    _, clock, _ = svc
    first = open_services_or_recover(folder, clock)
    first.services.db.dispose()
    assert first.automatic_backup == folder / BACKUP_DIRNAME / "backplan-2026-11-01-daily.sqlite3"
    assert verify_backup(first.automatic_backup).patients == 1

    clock.advance(timedelta(hours=6))
    again = open_services_or_recover(folder, clock)
    again.services.db.dispose()
    assert again.automatic_backup is None, "a second start on the same day must not back up again"
    assert backup_names(folder) == ["backplan-2026-11-01-daily.sqlite3"]

    clock.advance(timedelta(days=1))
    next_day = open_services_or_recover(folder, clock)
    next_day.services.db.dispose()
    assert next_day.automatic_backup is not None
    assert backup_names(folder) == [
        "backplan-2026-11-01-daily.sqlite3",
        "backplan-2026-11-02-daily.sqlite3",
    ]


def test_an_empty_folder_is_not_backed_up(folder: Path) -> None:
    result = open_services_or_recover(folder, FixedClock(START))
    result.services.db.dispose()
    assert result.automatic_backup is None
    assert not (folder / BACKUP_DIRNAME).exists() or backup_names(folder) == []


def test_the_backup_is_a_consistent_copy_while_another_writer_is_mid_transaction(
    svc: tuple[Backplan, FixedClock, int], folder: Path
) -> None:
    """The online backup API copies the last commit; a byte copy could catch half a write."""
    services, _, pid = svc
    log_pain(services, pid, "committed")
    other = sqlite3.connect(folder / DB_FILENAME, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO meta (key, value) VALUES ('uncommitted', 'x')")
        backup = services.automatic_backup()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert backup is not None
    assert integrity(backup) == "ok"
    assert counts(backup)["log_entry"] == counts(folder / DB_FILENAME)["log_entry"]
    # The committed meta rows (when the plan was made) are in it; the uncommitted one is not.
    assert counts(backup)["meta"] == counts(folder / DB_FILENAME)["meta"]
    copy = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert copy.execute("SELECT count(*) FROM meta WHERE key = 'uncommitted'").fetchone()[0] == 0
    finally:
        copy.close()


def test_forty_days_of_daily_backups_keep_seven_daily_and_four_weekly(
    svc: tuple[Backplan, FixedClock, int], folder: Path
) -> None:
    services, clock, pid = svc
    manual = services.backup_now("before-replace")
    for day in range(40):  # 2026-11-01 (a Sunday) to 2026-12-10 (a Thursday)
        clock.set(START + timedelta(days=day))
        log_pain(services, pid, f"day {day}")
        assert services.automatic_backup() is not None
    dailies = [n for n in backup_names(folder) if n.endswith("-daily.sqlite3")]
    assert dailies == [
        # the newest of each of the four ISO weeks before the last seven days
        "backplan-2026-11-15-daily.sqlite3",  # Sunday, week 46
        "backplan-2026-11-22-daily.sqlite3",  # Sunday, week 47
        "backplan-2026-11-29-daily.sqlite3",  # Sunday, week 48
        "backplan-2026-12-03-daily.sqlite3",  # Thursday, week 49
        # the last seven days
        *(f"backplan-2026-12-{d:02d}-daily.sqlite3" for d in range(4, 11)),
    ]
    assert manual.exists(), "pruning must leave the backups taken before risky changes alone"
    newest = folder / BACKUP_DIRNAME / "backplan-2026-12-10-daily.sqlite3"
    assert verify_backup(newest).patients == 1
    # each backup holds the log as it was on its day (a copy of that day, not the last one)
    oldest_kept = folder / BACKUP_DIRNAME / "backplan-2026-11-15-daily.sqlite3"
    assert counts(oldest_kept)["log_entry"] == 15
    assert counts(newest)["log_entry"] == 40


# --- backups before risky changes --------------------------------------------------------


def test_replace_import_backs_up_the_data_it_replaces(
    svc: tuple[Backplan, FixedClock, int], acute_doc: PlanDocument
) -> None:
    services, _, pid = svc
    log_pain(services, pid, "before the replace")
    result = services.import_document(acute_doc, replace=True)
    assert result.replaced and result.backup is not None
    assert verify_backup(result.backup).patients == 1
    assert counts(result.backup)["log_entry"] == 1
    assert services.log_entries(result.patient_id) == []


def test_restore_backs_up_the_current_data_first_then_puts_the_backup_back(
    svc: tuple[Backplan, FixedClock, int], folder: Path, tmp_path: Path
) -> None:
    services, _, pid = svc
    log_pain(services, pid, "kept in the backup")
    saved = services.backup_to(tmp_path / "saved.sqlite3")
    snapshot = dump(saved)
    log_pain(services, pid, "after the backup")
    safety = services.restore_from(saved)
    assert counts(safety)["log_entry"] == 2, "the safety copy holds the data as it was before"
    assert dump(folder / DB_FILENAME) == snapshot
    assert [e.note for _, e in services.log_entries(pid)] == ["kept in the backup"]


def test_a_migration_is_preceded_by_a_backup(
    svc: tuple[Backplan, FixedClock, int], folder: Path, next_revision: str
) -> None:
    services, clock, pid = svc
    older = services.db.current_revision()
    log_pain(services, pid, "written by the older version")
    services.db.dispose()
    newer = open_services(folder, clock)  # the update's first start
    try:
        assert newer.db.current_revision() == next_revision != older
        before = folder / BACKUP_DIRNAME / f"backplan-before-migration-from-{older}.sqlite3"
        info = verify_backup(before)
        assert info.revision == older and info.patients == 1
        assert counts(before)["log_entry"] == 1
    finally:
        newer.db.dispose()


# --- restore refuses what it must not put in place ---------------------------------------


def _corrupt(source: Path, dest: Path) -> None:
    copy_database(source, dest)
    garble_pages(dest)


def _not_sqlite(_: Path, dest: Path) -> None:
    dest.write_text('{"format": "backplan", "version": 1}\n', "utf-8")


def _other_app(_: Path, dest: Path) -> None:
    conn = sqlite3.connect(dest)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('shopping list')")
    conn.commit()
    conn.close()


def _newer_schema(source: Path, dest: Path) -> None:
    copy_database(source, dest)
    set_revision(dest, "0999_from_a_newer_backplan")


def _empty(_: Path, dest: Path) -> None:
    dest.write_bytes(b"")


BAD_FILES: dict[str, tuple[Callable[[Path, Path], None], str]] = {
    "corrupt": (_corrupt, "integrity check|not a usable database"),
    "not-sqlite": (_not_sqlite, "not an SQLite file"),
    "another-app": (_other_app, "not a backplan database"),
    "newer-schema": (_newer_schema, "newer or unknown backplan"),
    "empty": (_empty, "not an SQLite file"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_restore_checks_the_file_before_replacing_anything(
    svc: tuple[Backplan, FixedClock, int], folder: Path, tmp_path: Path, kind: str
) -> None:
    services, _, pid = svc
    log_pain(services, pid, "must survive the refused restore")
    good = services.backup_to(tmp_path / "good.sqlite3")
    make, message = BAD_FILES[kind]
    bad = tmp_path / f"{kind}.sqlite3"
    make(good, bad)
    before_data, before_backups = dump(folder / DB_FILENAME), backup_names(folder)
    with pytest.raises(UsageError, match=message):
        services.restore_from(bad)
    assert dump(folder / DB_FILENAME) == before_data
    assert backup_names(folder) == before_backups, "nothing is written for a refused restore"
    assert [e.note for _, e in services.log_entries(pid)] == ["must survive the refused restore"]


def test_the_command_line_refuses_a_bad_restore_with_exit_code_2(
    svc: tuple[Backplan, FixedClock, int], folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services, _, _ = svc
    services.db.dispose()
    bad = tmp_path / "notes.sqlite3"
    _other_app(bad, bad)
    code = main(["--data-dir", str(folder), "restore", str(bad)])
    err = capsys.readouterr().err
    assert code == 2
    assert "not a backplan database" in err and "Traceback" not in err


def test_the_command_line_backs_up_and_restores(
    svc: tuple[Backplan, FixedClock, int], folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services, _, pid = svc
    services.db.dispose()
    out = tmp_path / "by-hand.sqlite3"
    assert main(["--data-dir", str(folder), "backup", "--out", str(out)]) == 0
    assert main(["--data-dir", str(folder), "record", "pain", "6", "--note", "later"]) == 0
    assert main(["--data-dir", str(folder), "restore", str(out)]) == 0
    capsys.readouterr()
    reopened = open_services(folder, FixedClock(START))
    try:
        assert reopened.log_entries(pid) == []
        assert any(p.name.endswith("-before-restore.sqlite3") for _, p in list_backups(folder))
    finally:
        reopened.db.dispose()


# --- private files -------------------------------------------------------------------------


def test_backups_and_the_data_folder_are_private_even_with_an_open_umask(
    folder: Path, tmp_path: Path, acute_doc: PlanDocument
) -> None:
    old = os.umask(0)
    try:
        clock = FixedClock(START)
        services = open_services(folder, clock)
        pid = services.import_document(acute_doc).patient_id
        log_pain(services, pid, "private")
        services.import_document(acute_doc, replace=True)
        saved = services.backup_to(tmp_path / "saved.sqlite3")
        services.restore_from(saved)
        services.db.dispose()
        clock.advance(timedelta(days=1))
        result = open_services_or_recover(folder, clock)
        assert result.automatic_backup is not None
        result.services.db.dispose()
    finally:
        os.umask(old)
    assert len(backup_names(folder)) >= 3
    assert loose_modes(folder) == []
    assert loose_modes(tmp_path / "saved.sqlite3") == []
