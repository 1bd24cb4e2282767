"""Helpers for the storage and reliability tests: look at a database file as SQLite sees it.

They read with the plain ``sqlite3`` module, not through our repository, so a test
checks the file rather than our own reading of it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

COUNTED_TABLES = ("patient", "plan", "plan_item", "log_entry", "event", "meta")
PAGE = 4096


def counts(db: Path) -> dict[str, int]:
    """Rows per table: enough to see that nothing was added, lost or half-written."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED_TABLES}
    finally:
        conn.close()


def dump(db: Path) -> list[str]:
    """Every row of the user tables as SQL text, for 'exactly the same data' checks."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [line for line in conn.iterdump() if not line.startswith("INSERT INTO \"alembic")]
    finally:
        conn.close()


def integrity(db: Path) -> str:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def checkpoint(db: Path) -> None:
    """Folds the write-ahead log into the file, so byte-level damage hits real data."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def garble_pages(db: Path, first_page: int = 2) -> None:
    """Writes garbage over every page from ``first_page`` (1-based) on, keeping the header.

    The file still starts like an SQLite database, so only reading its pages shows the
    damage: what a failing disk or a torn copy leaves behind.
    """
    checkpoint(db)
    for side in ("-wal", "-shm"):
        Path(str(db) + side).unlink(missing_ok=True)
    size = db.stat().st_size
    start = (first_page - 1) * PAGE
    assert size > start, "the database is too small to garble"
    pattern = bytes((i * 37 + 11) % 251 for i in range(PAGE))
    with open(db, "r+b") as fh:
        fh.seek(start)
        for _ in range((size - start) // PAGE):
            fh.write(pattern)


def truncate_half(db: Path) -> None:
    checkpoint(db)
    for side in ("-wal", "-shm"):
        Path(str(db) + side).unlink(missing_ok=True)
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        fh.truncate(size // 2)


def copy_database(source: Path, dest: Path) -> Path:
    """A byte copy of a closed database (checkpointed first, so the copy is whole)."""
    checkpoint(source)
    shutil.copyfile(source, dest)
    return dest


def set_revision(db: Path, revision: str) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
    finally:
        conn.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def loose_modes(folder: Path) -> list[str]:
    """Everything under ``folder`` (itself included) not 0700 for folders or 0600 for files."""
    found = []
    for path in [folder, *sorted(folder.rglob("*"))]:
        want = 0o700 if path.is_dir() else 0o600
        if mode(path) != want:
            found.append(f"{path.relative_to(folder.parent)}: {oct(mode(path))}, expected {oct(want)}")
    return found
