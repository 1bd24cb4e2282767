"""What happens at start when the database is damaged: keep it, start afresh, offer a backup.

A damaged file is never repaired in place, overwritten or deleted: it is renamed to
``backplan-corrupt-<timestamp>.sqlite3`` in the data folder, with its ``-wal`` and
``-shm`` files under the same new name, so that SQLite would still read it exactly as
it was and someone skilled can try to save more from it later. (The ``-shm`` file is
only SQLite's index of the ``-wal`` and any reader rebuilds it, our read-only check
included; the database file and its ``-wal`` are kept byte for byte.) The app then starts on
a fresh database and offers the newest backup that passes ``verify_backup``.

Only real damage leads here: SQLite saying the file is not a database or is malformed,
or ``PRAGMA quick_check`` finding a fault. A database made by a newer backplan, or a
folder we may not read, is not damage, and moving it aside would only hide the real
problem; those errors reach the caller unchanged.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from .backup import BackupError, list_backups, verify_backup
from .database import DB_FILENAME

CORRUPT_PREFIX = "backplan-corrupt-"
# SQLite's primary result codes for damage (the extended codes keep them in the low byte).
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
SIDE_SUFFIXES = ("-wal", "-shm")


class DamagedDatabase(RuntimeError):
    """The database file cannot be used as it is; ``reason`` says what SQLite found."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def database_fault(path: Path) -> str | None:
    """Why the database at ``path`` cannot be trusted, or None when it is sound (or absent).

    Opens the file read-only: a connection that can write would, on closing, checkpoint
    the write-ahead log into the damaged file and change what we are about to keep.
    ``quick_check`` rather than ``integrity_check`` because it runs at every start; it
    finds damaged pages and b-trees, which is what a crash or a bad disk leaves.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None  # nothing written yet: a fresh database, not a damaged one
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:  # pragma: no cover - connect itself reads nothing
        return f"cannot be opened ({exc})"
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
        # quick_check walks the pages; reading the schema checks it parses too.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise  # locked, no permission, unreadable folder: not the file's fault
        return f"cannot be read ({exc})"
    finally:
        conn.close()
    if rows != ["ok"]:
        shown = "; ".join(str(r) for r in rows[:3])
        more = f" (and {len(rows) - 3} more)" if len(rows) > 3 else ""
        return f"failed its integrity check: {shown}{more}"
    return None


def is_damage(exc: BaseException | None) -> bool:
    """Whether an sqlite3 error says the file itself is damaged or no database at all."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def fault_at_start(data_dir: Path) -> str | None:
    """Why the data folder's database must be moved aside before starting, or None.

    Beyond ``database_fault``: an empty (zero-byte) database file is what an
    interrupted first start leaves, and then it is simply new; but next to a backup
    that holds patients it means the data was lost (a full disk, a sync tool), and
    starting on it silently would hide that, so it is treated as damaged too.
    """
    path = database_path(data_dir)
    fault = database_fault(path)
    if fault is not None:
        return fault
    if path.exists() and path.stat().st_size == 0 and newest_good_backup(data_dir) is not None:
        return "the database file is empty, though backups of earlier data exist"
    return None


def _candidates(data_dir: Path, stamp: str) -> Iterator[Path]:
    yield data_dir / f"{CORRUPT_PREFIX}{stamp}.sqlite3"
    n = 2
    while True:
        yield data_dir / f"{CORRUPT_PREFIX}{stamp}-{n}.sqlite3"
        n += 1


def _taken(dest: Path) -> bool:
    return any(Path(str(dest) + s).exists() for s in ("", *SIDE_SUFFIXES))


def _move_no_clobber(source: Path, dest: Path) -> None:
    """Renames without ever replacing an existing file (``os.rename`` would replace it)."""
    try:
        os.link(source, dest)  # fails with FileExistsError rather than overwrite
    except FileExistsError:
        raise
    except OSError:  # pragma: no cover - a file system without hard links
        if dest.exists():
            raise FileExistsError(dest) from None
        os.rename(source, dest)
        return
    os.unlink(source)


def move_aside(db_path: Path, now: datetime) -> Path:
    """Renames a damaged database (and its -wal, -shm) to a name nothing else uses.

    Returns the new path of the database file. The timestamp is ``now`` in UTC; a
    second damaged file in the same second gets ``-2``, ``-3``... so none is lost.
    """
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    for dest in _candidates(db_path.parent, stamp):
        if _taken(dest):
            continue
        try:
            _move_no_clobber(db_path, dest)
        except FileExistsError:
            continue
        for suffix in SIDE_SUFFIXES:
            side = Path(str(db_path) + suffix)
            if side.exists():
                _move_no_clobber(side, Path(str(dest) + suffix))
        return dest
    raise AssertionError("unreachable")  # pragma: no cover - the candidates never end


def corrupt_files(data_dir: Path) -> list[Path]:
    """The damaged databases kept in the data folder, oldest first."""
    return sorted(
        p for p in data_dir.glob(f"{CORRUPT_PREFIX}*.sqlite3") if p.is_file()
    )


def newest_good_backup(data_dir: Path) -> tuple[datetime, Path] | None:
    """The newest backup that passes ``verify_backup`` and holds at least one patient.

    A backup of an empty database (taken before the first import) is no help to
    someone whose data was lost, so it is never the one offered.
    """
    for written, path in list_backups(data_dir):
        try:
            info = verify_backup(path)
        except BackupError:
            continue
        if info.patients > 0:
            return written, path
    return None


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME
