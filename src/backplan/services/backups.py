"""Backups: a consistent copy on demand, one a day kept for a week, one before every
risky change, and a restore that first saves what it replaces.

On a database server the copy is a bundle (storage/bundle.py: every patient in the plan
format), which a workstation can write; a SQLite file is copied as it is.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from backplan.storage.backup import (
    BackupError,
    automatic_backup_name,
    backup_database,
    backup_dir,
    before_change_path,
    list_backups,
    prune_before_change_backups,
    prune_daily_backups,
    restore_database,
    risky_change_lock,
    verify_backup,
)
from backplan.storage.database import migrate

from .context import ServiceContext
from .errors import UsageError

# storage/bundle.py reads and writes through the repository (SQLAlchemy's ORM: half a
# second to load), so it is imported by the functions that handle bundles, not by
# a start that only reads (services/writes.py says the same of the repository).


def backup_to(ctx: ServiceContext, dest: Path) -> Path:
    """A consistent copy: of the SQLite file, or (on a server, or to a ``.zip``) a bundle.

    A bundle (storage/bundle.py) holds every patient in the plan format; it is what
    a database on a PostgreSQL server can be backed up to from a workstation.
    """
    try:
        if ctx.db.path is None or dest.suffix.lower() == ".zip":
            from backplan.storage.bundle import export_bundle

            export_bundle(ctx.db, dest, ctx.now())
            return dest
        return backup_database(ctx.db.path, dest)
    except OSError as exc:
        raise UsageError(f"{dest}: cannot write the backup ({exc.strerror or exc})") from None


def backup_now(ctx: ServiceContext, reason: str, *, keep: Path | None = None) -> Path:
    """A backup in the data folder's backups/ before a risky change (under its lock).

    Each gets a name of its own (``-2``, ``-3`` within one second); the older
    ones are then pruned (``prune_before_change_backups``: the newest 10 kept, the
    rest once 30 days old, 30 at most), never the one just written nor ``keep``
    (the backup a restore is about to read).
    """
    now = ctx.now()
    suffix = ".sqlite3" if ctx.db.path is not None else ".zip"
    dest = before_change_path(ctx.data_dir, now.strftime("%Y%m%dT%H%M%S"), reason, suffix)
    written = backup_to(ctx, dest)
    prune_before_change_backups(ctx.data_dir, now, keep=(written, keep))
    return written


def automatic_backup(ctx: ServiceContext) -> Path | None:
    """At most one a day, keeping 7 daily and 4 weekly.

    None on a server: the clinic's database backups cover it (docs/clinic.md), and
    a daily copy of every patient on every workstation would spread the records.
    """
    if ctx.db.path is None:
        return None
    today = ctx.now().date()
    dest = backup_dir(ctx.data_dir) / automatic_backup_name(today)
    if dest.exists():
        return None
    path = backup_to(ctx, dest)
    prune_daily_backups(ctx.data_dir)
    return path


def backups(ctx: ServiceContext) -> list[tuple[datetime, Path]]:
    return list_backups(ctx.data_dir)


def restore_from(ctx: ServiceContext, source: Path) -> Path:
    """Replaces the database with a checked backup; the current state is backed up first."""
    from backplan.storage.bundle import is_bundle

    if is_bundle(source):
        return _restore_bundle(ctx, source)
    if ctx.db.path is None:
        raise UsageError(
            f"{source}: not a bundle; on a database server restore a bundle that "
            "`backplan backup --out FILE.zip` wrote (a single computer's database file "
            "can be turned into one there with the same command)"
        )
    try:
        verify_backup(source)
    except BackupError as exc:
        raise UsageError(str(exc)) from None
    with risky_change_lock(ctx.data_dir):
        safety_copy = backup_now(ctx, "before-restore", keep=source)
        assert ctx.db.path is not None
        ctx.db.dispose()
        restore_database(source, ctx.db.path)
        migrate(ctx.db)
    ctx.changed("all")
    return safety_copy


def _restore_bundle(ctx: ServiceContext, source: Path) -> Path:
    """Replaces every patient with those of a bundle; the current state is saved first."""
    from backplan.storage.bundle import BundleError, read_bundle, restore_bundle

    try:
        docs = read_bundle(source)
    except BundleError as exc:
        raise UsageError(str(exc)) from None
    with risky_change_lock(ctx.data_dir):
        safety_copy = backup_now(ctx, "before-restore", keep=source)
        restore_bundle(ctx.db, docs)
    ctx.changed("all")
    return safety_copy
