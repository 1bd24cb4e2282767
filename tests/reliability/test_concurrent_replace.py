"""Two risky changes at once: each keeps its own safety backup, and they run one after the other.

Two ``import --replace`` started together used to write their backups under one name
(the second overwrote the first) through one shared ``.partial`` file, or both failed.
Now a lock in the data folder (``storage.backup.risky_change_lock``) makes the second
wait; each backup gets a name of its own and its own temporary file. Backups taken
before a change are pruned like the daily ones (the newest 10 kept, the rest once 30
days old, never more than 30), never the one just written.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.domain.model import PlanDocument
from backplan.storage.backup import (
    BEFORE_CHANGE_MAX,
    KEEP_BEFORE_CHANGE,
    risky_change_lock,
    verify_backup,
)

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"
ACUTE = EXAMPLES / "acute-3-weeks.backplan.json"


def _before_replace(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups").glob("backplan-*-before-replace*.sqlite3"))


def _leftovers(data_dir: Path) -> list[str]:
    return [p.name for p in (data_dir / "backups").iterdir() if p.name.startswith(".backplan")]


def test_two_replaces_in_the_same_second_keep_two_backups(data_dir: Path, acute_doc: PlanDocument) -> None:
    services = open_services(data_dir, FixedClock(NOW))
    try:
        services.import_document(acute_doc)
        first = services.import_document(acute_doc, replace=True).backup
        second = services.import_document(acute_doc, replace=True).backup
    finally:
        services.db.dispose()
    assert first is not None and second is not None and first != second
    assert _before_replace(data_dir) == sorted([first, second])
    for path in (first, second):
        assert verify_backup(path).patients == 1


def test_a_replace_waits_for_the_change_under_way(data_dir: Path, acute_doc: PlanDocument) -> None:
    services = open_services(data_dir, FixedClock(NOW))
    services.import_document(acute_doc)
    done = threading.Event()

    def replace_it() -> None:
        services.import_document(acute_doc, replace=True)
        done.set()

    try:
        with risky_change_lock(data_dir):  # another process's replace, under way
            worker = threading.Thread(target=replace_it)
            worker.start()
            time.sleep(0.5)
            assert not done.is_set(), "the replace did not wait for the change under way"
            assert _before_replace(data_dir) == []
        worker.join(30)
        assert done.is_set()
        assert len(_before_replace(data_dir)) == 1
    finally:
        services.db.dispose()


def test_two_replaces_on_two_threads_each_keep_their_backup(data_dir: Path, acute_doc: PlanDocument) -> None:
    setup = open_services(data_dir, FixedClock(NOW))
    setup.import_document(acute_doc)
    setup.db.dispose()
    titles = ("first replace", "second replace")
    start = threading.Barrier(2)
    errors: list[BaseException] = []
    backups: list[Path] = []

    def replace_with(title: str) -> None:
        services = open_services(data_dir, FixedClock(NOW))
        try:
            start.wait()
            doc = replace(acute_doc, plan=replace(acute_doc.plan, title=title))
            result = services.import_document(doc, replace=True)
            assert result.backup is not None
            backups.append(result.backup)
        except BaseException as exc:
            errors.append(exc)
        finally:
            services.db.dispose()

    threads = [threading.Thread(target=replace_with, args=(t,)) for t in titles]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert len(set(backups)) == 2 and sorted(backups) == _before_replace(data_dir)
    assert _leftovers(data_dir) == []
    # One after the other: the second backup holds what the first replace wrote.
    import sqlite3

    seen = set()
    for path in backups:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        seen.add(conn.execute("SELECT title FROM plan").fetchone()[0])
        conn.close()
    assert len(seen & set(titles)) == 1, seen


def test_two_command_line_replaces_started_together(tmp_path: Path) -> None:
    data = tmp_path / "data"
    command = [sys.executable, "-m", "backplan", "--data-dir", str(data), "import"]
    subprocess.run([*command, str(ACUTE)], check=True, capture_output=True, timeout=120)
    procs = [
        subprocess.Popen([*command, "--replace", str(ACUTE)], stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [(p.wait(timeout=120), p.communicate()[1]) for p in procs]
    assert [code for code, _ in results] == [0, 0], results
    backups = _before_replace(data)
    assert len(backups) == 2, [b.name for b in backups]
    for path in backups:
        verify_backup(path)
    assert _leftovers(data) == []


def test_before_change_backups_are_pruned_keeping_the_newest_and_the_recent(
    data_dir: Path, acute_doc: PlanDocument
) -> None:
    services = open_services(data_dir, FixedClock(NOW))
    try:
        services.import_document(acute_doc)
        folder = data_dir / "backups"
        folder.mkdir(exist_ok=True)
        # 50 older backups: one every 2 days, back to 100 days ago, of every reason.
        planted = []
        for n in range(1, 51):
            stamp = (NOW - timedelta(days=2 * n)).strftime("%Y%m%dT%H%M%S")
            reason = ("before-replace", "before-restore", "before-delete")[n % 3]
            path = folder / f"backplan-{stamp}-{reason}.sqlite3"
            path.write_bytes(b"old")
            planted.append(path)
        daily = folder / "backplan-2026-08-01-daily.sqlite3"
        daily.write_bytes(b"daily")
        migration = folder / "backplan-before-migration-from-0001.sqlite3"
        migration.write_bytes(b"migration")
        source = _sound_backup(services, folder, NOW - timedelta(days=400))
        safety = services.restore_from(source)
    finally:
        services.db.dispose()
    remaining = {p.name for p in folder.glob("backplan-*-before-*") if "migration" not in p.name}
    # Kept: everything under 30 days old (15 planted, and the new safety copy; more than
    # the newest 10, fewer than 30), and the backup the restore read; nothing older.
    recent = {p.name for p in planted[:15]}
    assert remaining == recent | {safety.name, source.name}
    assert KEEP_BEFORE_CHANGE <= len(recent) + 1 <= BEFORE_CHANGE_MAX
    assert daily.exists() and migration.exists(), "pruning reached backups it does not own"


def test_the_newest_ten_are_kept_whatever_their_age(data_dir: Path, acute_doc: PlanDocument) -> None:
    services = open_services(data_dir, FixedClock(NOW))
    try:
        services.import_document(acute_doc)
        folder = data_dir / "backups"
        for n in range(1, 21):  # 20 backups, all a year old or more
            stamp = (NOW - timedelta(days=365 + n)).strftime("%Y%m%dT%H%M%S")
            (folder / f"backplan-{stamp}-before-replace.sqlite3").write_bytes(b"old")
        services.import_document(acute_doc, replace=True)
    finally:
        services.db.dispose()
    assert len(_before_replace(data_dir)) == KEEP_BEFORE_CHANGE


def _sound_backup(services: object, folder: Path, written: datetime) -> Path:
    """A real, old before-change backup to restore from: pruning must spare it."""
    from backplan.storage.backup import backup_database

    assert hasattr(services, "db")
    path = folder / f"backplan-{written.strftime('%Y%m%dT%H%M%S')}-before-replace.sqlite3"
    backup_database(services.db.path, path)
    return path


@pytest.mark.parametrize("count", [3])
def test_the_backup_a_restore_reads_is_never_pruned(
    count: int, data_dir: Path, acute_doc: PlanDocument
) -> None:
    services = open_services(data_dir, FixedClock(NOW))
    try:
        services.import_document(acute_doc)
        source = _sound_backup(services, data_dir / "backups", NOW - timedelta(days=365))
        for _ in range(KEEP_BEFORE_CHANGE + count):
            services.import_document(acute_doc, replace=True)
        assert source.exists() is False  # old and beyond the newest 10: pruned
        source = _sound_backup(services, data_dir / "backups", NOW - timedelta(days=365))
        services.restore_from(source)
        assert source.exists()
    finally:
        services.db.dispose()
