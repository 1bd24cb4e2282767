"""One data folder, several writers: the command line writes while the window runs.

The window keeps its database open for hours; a script or a second terminal runs
``backplan record pain`` meanwhile. WAL lets readers and a writer work at once,
``BEGIN IMMEDIATE`` makes each writer take the lock before it reads what it checks,
and ``busy_timeout`` makes a writer wait its turn instead of failing with "database is
locked". Each test here would fail without one of those.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.domain.model import LogEntry, PlanDocument
from backplan.services.backplan_service import Backplan
from backplan.storage.database import DB_FILENAME, ChangeProbe

NOW = datetime(2026, 12, 1, 13, 30, tzinfo=UTC)


@pytest.fixture
def window(tmp_path: Path, acute_doc: PlanDocument) -> Iterator[tuple[Backplan, int]]:
    """The services the window would hold open, with a patient imported."""
    services = open_services(tmp_path / "data", FixedClock(NOW))
    pid = services.import_document(acute_doc).patient_id
    yield services, pid
    services.db.dispose()


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "backplan", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def notes(services: Backplan, pid: int) -> list[str | None]:
    return [e.note for _, e in services.log_entries(pid)]


def test_a_second_process_writes_while_the_window_holds_the_database(
    window: tuple[Backplan, int],
) -> None:
    services, pid = window
    probe = ChangeProbe(services.db.path)  # type: ignore[arg-type]
    try:
        assert notes(services, pid) == []  # the window has read: its connections are open
        assert not probe.changed()
        # The command line runs on the real clock: give it the time, so the order of the
        # two entries does not depend on the day the suite runs.
        done = cli(
            services.data_dir, "record", "pain", "5", "--note", "from the command line",
            "--at", (NOW - timedelta(hours=1)).isoformat(),
        )
        assert done.returncode == 0, done.stderr
        assert probe.changed(), "the window's probe must notice a commit from outside"
        assert not probe.changed(), "and only once"
        assert notes(services, pid) == ["from the command line"]
        services.record_log(pid, LogEntry(at=NOW, pain=3, note="from the window"))
        assert notes(services, pid) == ["from the command line", "from the window"]
    finally:
        probe.close()


def test_two_service_objects_in_one_process_see_each_others_writes(
    window: tuple[Backplan, int],
) -> None:
    first, pid = window
    second = open_services(first.data_dir, FixedClock(NOW))
    try:
        first.record_log(pid, LogEntry(at=NOW, pain=2, note="first"))
        assert notes(second, pid) == ["first"]
        second.record_log(pid, LogEntry(at=NOW + timedelta(minutes=1), pain=3, note="second"))
        assert notes(first, pid) == ["first", "second"]
    finally:
        second.db.dispose()


def test_a_writer_waits_for_a_held_write_lock_instead_of_failing(
    window: tuple[Backplan, int],
) -> None:
    """busy_timeout: a second writer waits while another holds the lock, then writes."""
    services, pid = window
    other = open_services(services.data_dir, FixedClock(NOW))
    holder = sqlite3.connect(
        services.db.path,  # type: ignore[arg-type]
        isolation_level=None,
        check_same_thread=False,  # committed from the timer's thread
    )
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO meta (key, value) VALUES ('held', 'by another writer')")
    release = threading.Timer(1.5, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        started = time.monotonic()
        other.record_log(pid, LogEntry(at=NOW, pain=4, note="waited"))
        waited = time.monotonic() - started
    finally:
        release.join()
        holder.close()
        other.db.dispose()
    assert waited >= 1.0, "the writer must have waited for the lock, not slipped past it"
    assert notes(services, pid) == ["waited"]
    assert services.get_meta("held") == "by another writer"


def test_the_window_and_the_command_line_writing_at_once_lose_nothing(
    window: tuple[Backplan, int],
) -> None:
    services, pid = window
    errors: list[BaseException] = []
    stop = threading.Event()
    written: list[str] = []

    def keep_writing() -> None:
        n = 0
        try:
            while not stop.is_set():
                n += 1
                services.record_log(pid, LogEntry(at=NOW, pain=n % 11, note=f"window {n}"))
                written.append(f"window {n}")
                stop.wait(0.01)  # a busy window, though no person clicks 100 times a second
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        results = [cli(services.data_dir, "record", "pain", "6", "--note", "cli")]
    finally:
        stop.set()
        writer.join()
    assert not errors, errors
    for done in results:
        assert done.returncode == 0, done.stderr
    found = notes(services, pid)
    assert [n for n in found if n == "cli"] == ["cli"]
    assert [n for n in found if n and n.startswith("window")] == written
    assert len(written) > 0


def test_a_restore_from_the_command_line_reaches_the_open_window(
    window: tuple[Backplan, int], tmp_path: Path
) -> None:
    """Restore writes into the live database, so the window sees it and keeps its writes.

    Replacing the file under an open connection would leave the window writing to a
    file that no longer has a name: everything it recorded afterwards would be lost.
    """
    services, pid = window
    services.record_log(pid, LogEntry(at=NOW, pain=2, note="in the backup"))
    saved = services.backup_to(tmp_path / "saved.sqlite3")
    services.record_log(pid, LogEntry(at=NOW, pain=7, note="after the backup"))
    assert notes(services, pid) == ["in the backup", "after the backup"]

    done = cli(services.data_dir, "restore", str(saved))
    assert done.returncode == 0, done.stderr
    assert notes(services, pid) == ["in the backup"]
    services.record_log(pid, LogEntry(at=NOW, pain=3, note="after the restore"))
    services.db.dispose()
    conn = sqlite3.connect(services.data_dir / DB_FILENAME)
    try:
        stored = [r[0] for r in conn.execute("SELECT note FROM log_entry ORDER BY id")]
    finally:
        conn.close()
    assert stored == ["in the backup", "after the restore"]
