"""Faults the command line names: a full disk, a folder it cannot write, a damaged database.

shared/spec/cli.md: these are not "unexpected". The message says which fault it is and
what to do (free space; make the folder writable; restore from ``backups/``, naming the
newest good backup), the exit code is 2 (the one code for "something about your input or
your files", since 1 means a fault of backplan's own), and the commands that only read
keep working where the database can be read.

How each is recognised, whatever layer the error crossed (SQLAlchemy wraps sqlite3's
errors in ``orig``, our services turn an ``OSError`` into a ``UsageError`` with the
original as context):

* **disk full**: ``ENOSPC``/``EDQUOT``, or SQLite's ``SQLITE_FULL``; SQLite reports a
  full disk while it makes its ``-shm`` file as a plain I/O error, so an I/O error in a
  folder whose disk has no space left counts too;
* **cannot write**: ``EROFS``, ``EACCES``, ``EPERM``, SQLite's ``SQLITE_READONLY``; an
  I/O error or "cannot open" in a folder that refuses a new file counts too;
* **damaged database**: SQLite's ``SQLITE_CORRUPT`` and ``SQLITE_NOTADB``, or what
  ``storage.recovery.fault_at_start`` finds before anything opens the file (it also
  treats an empty database next to backups that hold patients as damage: data lost,
  not a first start).

Recovery works as the window's does: nothing is moved or replaced by a command that
merely met the damage; ``backplan restore FILE`` moves the damaged file aside (kept, never
overwritten) and restores the named backup, as the window's recovery offers at start.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from backplan.services.errors import ServiceError

# Commands that never write to the database (shared/spec/cli.md): they open it read-only
# when the folder cannot be written.
READ_ONLY_COMMANDS = frozenset({"agenda", "export", "sheet", "report", "chart", "calendar", "patients"})

DISK_FULL = "disk full"
NO_WRITE = "cannot write"
DAMAGED = "damaged database"

_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26
_LOW_SPACE = 64 * 1024  # less than this left on the disk: an I/O error there is a full disk


class Fault(ServiceError):
    """A named fault: the message says which and what to do; exit code 2."""

    exit_code = 2


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The error, what it wraps (``orig``), its cause and its context, each once."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)
        todo += [orig if isinstance(orig, BaseException) else None, current.__cause__, current.__context__]


def _folder_state(folder: Path | None) -> str | None:
    """DISK_FULL or NO_WRITE when ``folder``'s disk is full or it refuses a new file."""
    if folder is None:
        return None
    probe_dir = folder if folder.is_dir() else folder.parent
    with contextlib.suppress(OSError):
        if shutil.disk_usage(probe_dir).free < _LOW_SPACE:
            return DISK_FULL
    try:
        with tempfile.TemporaryFile(dir=probe_dir):
            pass
    except OSError as exc:
        return _os_kind(exc)
    return None


def _os_kind(exc: OSError) -> str | None:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DISK_FULL
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return NO_WRITE
    return None


def fault_kind(exc: BaseException, folder: Path | None = None) -> str | None:
    """Which named fault ``exc`` is (DISK_FULL, NO_WRITE, DAMAGED), or None."""
    from backplan.interchange.planfile import PlanFileError
    from backplan.storage.backup import BackupError

    unclear = False
    for current in _chain(exc):
        if isinstance(current, Fault):
            return None  # already named
        if isinstance(current, PlanFileError | BackupError):
            return None  # a file given to read: its own message names it and says why
        if isinstance(current, OSError) and not isinstance(current, sqlite3.Error):
            kind = _os_kind(current)
            if kind is not None:
                return kind
        code = getattr(current, "sqlite_errorcode", None)
        if isinstance(code, int):
            primary = code & 0xFF
            if primary == _SQLITE_FULL:
                return DISK_FULL
            if primary == _SQLITE_READONLY:
                return NO_WRITE
            if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
                return DAMAGED
            unclear = unclear or primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN)
    return _folder_state(folder) if unclear else None


def _where(exc: BaseException, folder: Path) -> str:
    for current in _chain(exc):
        if isinstance(current, OSError) and current.filename:
            return str(current.filename)
    return str(folder)


def _detail(exc: BaseException) -> str:
    for current in _chain(exc):
        if isinstance(current, OSError) and current.strerror:
            return current.strerror
        if isinstance(current, sqlite3.Error):
            return str(current)
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def describe(kind: str, exc: BaseException, data_dir: Path) -> str:
    """The message for a fault found while a command ran: which, where, what to do."""
    where = _where(exc, data_dir)
    if kind == DISK_FULL:
        return (
            f"the disk is full: {where} ({_detail(exc)})\n"
            "  nothing was changed; free some space on that disk, then run the command again"
        )
    if kind == NO_WRITE:
        return (
            f"cannot write to {where}: the folder or the file is read-only, or not yours "
            f"({_detail(exc)})\n"
            "  nothing was changed; make it writable (or use another --data-dir or --out); "
            f"the commands that only read ({', '.join(sorted(READ_ONLY_COMMANDS))}) still work here"
        )
    return damaged_message(data_dir, f"cannot be read ({_detail(exc)})")


def damaged_message(data_dir: Path, problem: str) -> str:
    """The database is damaged: say so, say nothing was changed, name the newest good backup."""
    from backplan.storage.recovery import database_path, newest_good_backup

    lines = [f"the database is damaged: {database_path(data_dir)} {problem}"]
    newest = newest_good_backup(data_dir)
    if newest is not None:
        written, path = newest
        lines.append(
            f"  nothing was changed; restore the newest good backup "
            f"(written {written:%Y-%m-%d %H:%M}) with: backplan restore {path}"
        )
        lines.append(
            "  restore keeps the damaged file aside (backplan-corrupt-<time>.sqlite3), never deletes it"
        )
    else:
        lines.append(
            f"  nothing was changed, and no good backup was found in {data_dir / 'backups'}; "
            "keep the file: opening the app moves it aside and starts afresh"
        )
    return "\n".join(lines)


def open_for_command(data_dir: Path, command: str, database_url: str | None) -> Any:
    """The services for one command, with the faults above named instead of raised raw.

    The database is checked read-only first (``fault_at_start``, as the window does):
    a damaged or emptied file is reported with the backup to restore, and left exactly
    as it is. A command that only reads, in a folder it cannot write (a read-only mount,
    a full disk), opens the database read-only instead.
    """
    from backplan.bootstrap import database_url as chosen_url
    from backplan.bootstrap import open_services
    from backplan.storage.recovery import fault_at_start

    if chosen_url(database_url) is None:
        try:
            problem = fault_at_start(data_dir)
        except sqlite3.Error:
            problem = None  # not damage (a lock, a permission): opening says what it is
        if problem is not None:
            raise Fault(damaged_message(data_dir, problem))
    try:
        return open_services(data_dir, database_url_text=database_url)
    except ServiceError:
        raise
    except Exception as exc:
        kind = fault_kind(exc, data_dir)
        if kind in (NO_WRITE, DISK_FULL) and command in READ_ONLY_COMMANDS:
            services = _open_read_only(data_dir)
            if services is not None:
                return services
        if kind is not None:
            raise Fault(describe(kind, exc, data_dir)) from exc
        raise


def _open_read_only(data_dir: Path) -> Any:
    from backplan import bootstrap  # its SystemClock, as every other command's (tests fix it there)
    from backplan.services.backplan_service import Backplan
    from backplan.storage.database import DatabaseError, open_database_read_only

    try:
        db = open_database_read_only(data_dir)
    except (DatabaseError, sqlite3.Error, OSError):
        return None
    return Backplan(db=db, clock=bootstrap.SystemClock(), data_dir=data_dir)


def named_fault(exc: BaseException, data_dir: Path | None) -> str | None:
    """The message for ``exc`` if it is one of the named faults, else None."""
    folder = data_dir if data_dir is not None else Path(os.getcwd())
    kind = fault_kind(exc, folder)
    return None if kind is None else describe(kind, exc, folder)


__all__ = [
    "DAMAGED",
    "DISK_FULL",
    "NO_WRITE",
    "READ_ONLY_COMMANDS",
    "Fault",
    "damaged_message",
    "describe",
    "fault_kind",
    "named_fault",
    "open_for_command",
]
