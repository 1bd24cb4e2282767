"""Consistent copies of the database, and putting one back.

Copies use SQLite's online backup API, never a file copy: a live WAL database copied
byte by byte can be torn. A file is checked (integrity, schema, that it is ours)
before it may replace anything.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: one change at a time is not enforced there
    fcntl = None  # type: ignore[assignment]

from backplan.domain.files import NotARegularFile, private_temp_file, read_regular_file

from .database import ensure_private_dir, known_revisions

BACKUP_DIRNAME = "backups"
_REQUIRED_TABLES = {"patient", "plan", "plan_item", "log_entry", "event", "alembic_version"}


class BackupError(RuntimeError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str
    patients: int


def backup_database(source: Path, dest: Path) -> Path:
    """Writes a consistent copy of ``source`` to ``dest`` (0600), atomically.

    The copy goes to a temporary file of its own next to ``dest`` (``domain.files``):
    two backups written at once never share one, and a link at ``dest`` is replaced.
    """
    ensure_private_dir(dest.parent) if dest.parent != Path(".") else None
    with private_temp_file(dest) as tmp:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                dst.commit()
            finally:
                dst.close()
        finally:
            src.close()
    return dest


def verify_backup(path: Path) -> BackupInfo:
    """Checks that ``path`` is a sound backplan database this version can open."""
    try:
        # Opened without blocking and checked: a named pipe here must not hang a restore.
        header = read_regular_file(path, 15)
    except NotARegularFile as exc:
        raise BackupError(f"{path}: this is {exc.kind}, not a backup file") from None
    except FileNotFoundError:
        raise BackupError(f"{path}: no such file") from None
    except OSError as exc:
        raise BackupError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if header != b"SQLite format 3\x00":
        raise BackupError(f"{path}: not a backplan database (not an SQLite file)")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"{path}: cannot be opened ({exc})") from None
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok":
            raise BackupError(f"{path}: failed its integrity check ({result[0] if result else '?'})")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = _REQUIRED_TABLES - tables
        if missing:
            raise BackupError(f"{path}: not a backplan database (missing {', '.join(sorted(missing))})")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] not in known_revisions():
            raise BackupError(
                f"{path}: made by a newer or unknown backplan (schema {row[0] if row else 'none'})"
            )
        patients = conn.execute("SELECT count(*) FROM patient").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path}: not a usable database ({exc})") from None
    finally:
        conn.close()
    return BackupInfo(path=path, revision=row[0], patients=int(patients))


def check_integrity(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("PRAGMA integrity_check").fetchone()
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return bool(row) and row[0] == "ok"


def restore_database(backup: Path, target: Path) -> None:
    """Replaces the contents of ``target`` with a verified ``backup`` (the caller backs up first).

    The pages are copied into the live database with the online backup API, as one
    write transaction, rather than by replacing the file: a window that has the
    database open (while ``backplan restore`` runs in a terminal) then sees the
    restored data on its next read, and what it writes afterwards lands in the file
    that has the name. Replacing the file would leave it writing to a deleted one.
    """
    verify_backup(backup)
    if target.exists() and target.stat().st_size > 0 and _page_size(backup) == _page_size(target):
        src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(target, timeout=10)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        return
    # A new (or empty) target, or a backup with pages of another size (made outside
    # backplan), which SQLite cannot copy into a WAL database: write a new file instead.
    for suffix in ("-wal", "-shm"):
        side = Path(str(target) + suffix)
        if side.exists():
            side.unlink()
    backup_database(backup, target)


def _page_size(path: Path) -> int:
    with open(path, "rb") as fh:
        header = fh.read(18)
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


# --- backups before a risky change: one at a time, each its own, pruned -------------

# Kept: the newest KEEP_BEFORE_CHANGE whatever their age; beyond those, the ones younger
# than BEFORE_CHANGE_MAX_AGE_DAYS; never more than BEFORE_CHANGE_MAX in all. A backup
# before a migration is not pruned (one per schema revision, so few).
KEEP_BEFORE_CHANGE = 10
BEFORE_CHANGE_MAX_AGE_DAYS = 30
BEFORE_CHANGE_MAX = 30
_BEFORE_CHANGE = re.compile(
    r"^backplan-(\d{8}T\d{6})-before-(?:replace|restore|delete)(?:-\d+)?\.(?:sqlite3|zip)$"
)
LOCK_FILENAME = ".risky-change.lock"


@contextmanager
def risky_change_lock(data_dir: Path) -> Iterator[None]:
    """Holds the data folder's lock for a change that takes a backup first.

    Two ``import --replace`` (or a restore and a delete) started together run one after
    the other: each backup then holds the state just before its own change, and the
    second change starts from the first one's result. ``flock`` is released by the
    system when the process ends, so a killed process never leaves the folder locked.
    """
    folder = backup_dir(data_dir)
    fd = os.open(folder / LOCK_FILENAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def before_change_path(data_dir: Path, stamp: str, reason: str, suffix: str) -> Path:
    """A name no backup has yet: ``backplan-<stamp>-<reason>[-N]<suffix>``.

    Called with ``risky_change_lock`` held, so two changes in the same second (or with
    the same fixed clock) get two names and two backups, never one overwriting the other.
    """
    folder = backup_dir(data_dir)
    candidate = folder / f"backplan-{stamp}-{reason}{suffix}"
    n = 2
    while candidate.exists():
        candidate = folder / f"backplan-{stamp}-{reason}-{n}{suffix}"
        n += 1
    return candidate


def prune_before_change_backups(
    data_dir: Path, now: datetime, keep: tuple[Path | None, ...] = ()
) -> list[Path]:
    """Removes the before-change backups beyond what is kept (see KEEP_BEFORE_CHANGE).

    ``keep`` are never removed: the backup just written, the one a restore reads.
    """
    spared = {p.resolve() for p in keep if p is not None}
    folder = data_dir / BACKUP_DIRNAME
    found: list[tuple[datetime, str, Path]] = []
    for p in folder.glob("backplan-*-before-*"):
        match = _BEFORE_CHANGE.match(p.name)
        if match and p.is_file():
            found.append((datetime.strptime(match.group(1), "%Y%m%dT%H%M%S"), p.name, p))
    found.sort(reverse=True)
    cutoff = now.replace(tzinfo=None) - timedelta(days=BEFORE_CHANGE_MAX_AGE_DAYS)
    removed = []
    for index, (written, _, path) in enumerate(found):
        if index < KEEP_BEFORE_CHANGE or (index < BEFORE_CHANGE_MAX and written >= cutoff):
            continue
        if path.resolve() in spared:
            continue
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


# --- automatic backups: 7 daily, 4 weekly -----------------------------------------


def backup_dir(data_dir: Path) -> Path:
    return ensure_private_dir(data_dir / BACKUP_DIRNAME)


def automatic_backup_name(day: date, reason: str = "daily") -> str:
    return f"backplan-{day.isoformat()}-{reason}.sqlite3"


def list_backups(data_dir: Path) -> list[tuple[datetime, Path]]:
    """Backups in the folder, newest first, with the time they were written."""
    folder = data_dir / BACKUP_DIRNAME
    if not folder.is_dir():
        return []
    found = [
        (datetime.fromtimestamp(p.stat().st_mtime), p)
        for p in folder.glob("backplan-*.sqlite3")
        if p.is_file()
    ]
    return sorted(found, reverse=True)


def prune_daily_backups(data_dir: Path, keep_daily: int = 7, keep_weekly: int = 4) -> list[Path]:
    """Keeps the newest daily backups and one per ISO week for the weeks before."""
    folder = data_dir / BACKUP_DIRNAME
    dailies: list[tuple[date, Path]] = []
    for p in folder.glob("backplan-*-daily.sqlite3"):
        try:
            dailies.append((date.fromisoformat(p.name[9:19]), p))
        except ValueError:
            continue
    dailies.sort(reverse=True)
    keep = {p for _, p in dailies[:keep_daily]}
    weeks: set[tuple[int, int]] = set()
    for day, p in dailies[keep_daily:]:
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            keep.add(p)
    removed = []
    for _, p in dailies:
        if p not in keep:
            p.unlink()
            removed.append(p)
    return removed
