"""The one read path (``reading.SqlReader``), in a read transaction and inside a write.

The window and the commands read through ``Database.reading`` (sqlite3 alone on a
SQLite file, so that a start need not load SQLAlchemy); a write reads through the same
``SqlReader`` on its own connection (``repository.reader``, SQLAlchemy's connection).
These tests hold both to the same answers on a real file holding two patients, years
of history and a flare-up, check the reads against what was imported, and check
that a start's opening and reading really leaves SQLAlchemy unloaded.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from backplan.bootstrap import open_services, open_services_or_recover
from backplan.domain.clock import FixedClock
from backplan.domain.model import FLARE_UP_ITEM, PlanDocument
from backplan.services.backplan_service import Backplan
from backplan.storage import repository as repo
from backplan.storage.database import DB_FILENAME, Database
from backplan.storage.reading import Reader, SqlReader
from backplan.storage.values import NotFound

FIXED = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def two_patients(
    tmp_path: Path, clock: FixedClock, acute_doc: PlanDocument, history_doc: PlanDocument
) -> Iterator[tuple[Backplan, int, int]]:
    services = open_services(tmp_path / "data", clock)
    try:
        history = services.import_document(history_doc).patient_id
        acute = services.import_document(acute_doc).patient_id
        started = services.start_flare_up(history, note="lifting")
        assert started
        services.set_meta("refill-reminded:1:x", "2026-11-01:20")
        yield services, history, acute
    finally:
        services.db.dispose()


def _both(db: Database, read: Callable[[Reader], Any]) -> tuple[Any, Any]:
    with db.reading() as fast:
        assert isinstance(fast, SqlReader)
        quick = read(fast)
    with db.write() as session:
        in_write = read(repo.reader(session))
    return quick, in_write


def test_the_reads_answer_what_was_imported(
    two_patients: tuple[Backplan, int, int], history_doc: PlanDocument, acute_doc: PlanDocument
) -> None:
    services, history, acute = two_patients
    with services.db.reading() as reader:
        stored = reader.read_document(history)
        acute_stored = reader.read_document(acute)
        assert reader.patient_names() == sorted([history_doc.patient.name, acute_doc.patient.name])
    # The history as imported (by time), plus the flare-up's start recorded since.
    assert list(stored.log) == sorted(history_doc.log, key=lambda e: e.at)
    added = Counter(stored.events) - Counter(history_doc.events)
    assert not Counter(history_doc.events) - Counter(stored.events)
    assert [e.item for e in added.elements()] == [FLARE_UP_ITEM]
    for got, doc in ((stored, history_doc), (acute_stored, acute_doc)):
        assert (got.patient, got.medications, got.activities) == (
            doc.patient,
            doc.medications,
            doc.activities,
        )
        assert (got.plan.title, got.plan.start, got.plan.end) == (
            doc.plan.title,
            doc.plan.start,
            doc.plan.end,
        )


def test_a_read_and_a_write_read_alike(two_patients: tuple[Backplan, int, int]) -> None:
    services, history, acute = two_patients
    db = services.db
    log = services.log_entries(history)
    events = services.events(history)
    assert len(log) >= 3 and len(events) >= 3
    middle_log = log[len(log) // 2][1].at
    middle_event = events[len(events) // 2][1]
    moment = middle_event.at or middle_event.scheduled_for
    assert moment is not None
    reads: list[Callable[[Reader], Any]] = [
        lambda r: r.patient_names(),
        lambda r: r.find_patient_id("Nobody"),
        lambda r: r.get_meta("refill-reminded:1:x"),
        lambda r: r.get_meta("missing"),
    ]
    for pid in (history, acute):
        reads += [
            lambda r, pid=pid: r.find_patient_id(r.get_patient(pid).name),
            lambda r, pid=pid: r.get_patient(pid),
            lambda r, pid=pid: r.patient_revision(pid),
            lambda r, pid=pid: r.read_document(pid),
            lambda r, pid=pid: r.read_document(pid, with_history=False),
            lambda r, pid=pid: r.log_entries(pid),
            lambda r, pid=pid: r.log_entries(pid, middle_log),
            lambda r, pid=pid: r.log_entries(pid, None, middle_log),
            lambda r, pid=pid: r.log_entries(pid, middle_log - timedelta(days=30), middle_log),
            lambda r, pid=pid: r.last_log_entry(pid),
            lambda r, pid=pid: r.events(pid),
            lambda r, pid=pid: r.events(pid, moment),
            lambda r, pid=pid: r.events(pid, None, moment),
            lambda r, pid=pid: r.events(pid, moment - timedelta(days=3), moment, items=[middle_event.item]),
            lambda r, pid=pid: r.events(pid, items=[FLARE_UP_ITEM]),
            lambda r, pid=pid: r.events(pid, items=[]),
        ]
    for read in reads:
        quick, orm = _both(db, read)
        assert quick == orm
    # The boundaries are those of the session's queries: start inside, end outside.
    assert middle_event in [e for _, e in _both(db, lambda r: r.events(history, moment))[0]]
    assert middle_event not in [e for _, e in _both(db, lambda r: r.events(history, None, moment))[0]]
    assert _both(db, lambda r: r.events(history, items=[FLARE_UP_ITEM]))[0]  # the flare-up is there


def test_both_readers_say_not_found_alike(two_patients: tuple[Backplan, int, int]) -> None:
    services, _, _ = two_patients
    for read in (
        lambda r: r.get_patient(999),
        lambda r: r.patient_revision(999),
        lambda r: r.read_document(999),
    ):
        with pytest.raises(NotFound), services.db.reading() as fast:
            read(fast)
        with pytest.raises(NotFound), services.db.write() as session:
            read(repo.reader(session))


def test_a_read_after_a_restore_sees_the_restored_file(two_patients: tuple[Backplan, int, int]) -> None:
    services, history, _ = two_patients
    backup = services.backup_now("test")
    services.delete_patient(history)
    assert len(services.patient_names()) == 1  # a reader connection is now kept for reuse
    services.restore_from(backup)
    assert len(services.patient_names()) == 2


def test_damage_found_only_by_the_first_read_is_still_moved_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """quick_check passes a file that the first read then finds to be no database (say it
    was replaced in between): that read is sqlite3's, not SQLAlchemy's, and is damage too."""
    import backplan.bootstrap as bootstrap

    data = tmp_path / "data"
    data.mkdir()
    (data / DB_FILENAME).write_bytes(b"this is not a database" * 400)
    monkeypatch.setattr(bootstrap, "fault_at_start", lambda _folder: None)
    opened = open_services_or_recover(data, FixedClock(FIXED))
    try:
        assert opened.recovered_from is not None and opened.recovered_from.exists()
        assert opened.problem is not None and opened.problem.startswith("cannot be opened")
        assert opened.services.patient_names() == []
    finally:
        opened.services.db.dispose()


def test_opening_reading_and_writing_a_database_at_the_head_leaves_sqlalchemy_unloaded(
    two_patients: tuple[Backplan, int, int],
) -> None:
    """What a start or a command does, in a fresh process: open, check, read, then write.

    Neither the reads nor the writes load SQLAlchemy (nor Alembic): it is loaded only
    when a migration is looked at or run, or for a server."""
    services, history, _ = two_patients
    folder = services.db.path.parent  # type: ignore[union-attr]
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from backplan.bootstrap import open_services_or_recover
        opened = open_services_or_recover(Path({str(folder)!r}))
        services = opened.services
        pid = services.resolve_patient({services.patient(history).name!r})
        services.document(pid)
        services.agenda(pid)
        services.stock_statuses(pid)
        services.last_log_entry(pid)
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))
        print(loaded)
        services.record_log(pid, services.last_log_entry(pid))
        services.set_meta("k", "v")
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic")))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "[]"]


def test_readers_on_several_threads_at_once_each_read_on_a_connection_of_their_own(
    two_patients: tuple[Backplan, int, int],
) -> None:
    """The window reads on worker threads too (the Progress charts) while it reads and
    writes on its own: every reader holds its own sqlite3 connection while it reads."""
    import threading

    services, history, _ = two_patients
    expected = services.document(history)
    together = threading.Barrier(4)
    seen: list[tuple[int, PlanDocument]] = []
    errors: list[BaseException] = []

    def read() -> None:
        try:
            with services.db.reading() as reader:
                assert isinstance(reader, SqlReader)
                together.wait(timeout=30)  # all four inside a read at once
                seen.append((id(reader.conn), reader.read_document(history)))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert len({conn for conn, _ in seen}) == 4
    assert all(doc == expected for _, doc in seen)
    # The connections kept for the next reads see what is written after.
    services.record_log(history, services.log_entries(history)[-1][1])
    assert len(services.log_entries(history)) == len(expected.log) + 1
