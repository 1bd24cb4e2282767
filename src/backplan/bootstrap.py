"""Builds the services over a data folder; shared by the window and the command line.

``open_services`` opens the folder as it is. ``open_services_or_recover`` is the
window's way in: it checks the database first, moves a damaged one aside (never
overwriting or deleting it), starts on a fresh database and says which backup it
could restore; on a sound database it takes the day's automatic backup.

Clinic mode: with a database URL (``--database-url``, else ``BACKPLAN_DATABASE_URL``)
both open the services on that PostgreSQL server instead of the data folder's SQLite
file; the data folder still holds the settings and the backups taken before risky
changes. The password never travels in the URL (see ``database_url``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from backplan.domain.clock import Clock
from backplan.domain.clock import SystemClock as SystemClock  # re-exported: tests pin it
from backplan.services.backplan_service import Backplan
from backplan.services.errors import UsageError
from backplan.storage.backup import backup_database, backup_dir
from backplan.storage.database import (
    DATABASE_URL_ENV,
    DatabaseUrlError,
    ensure_private_dir,
    open_database,
    open_url_database,
    validate_database_url,
)
from backplan.storage.recovery import (
    database_path,
    fault_at_start,
    is_damage,
    move_aside,
    newest_good_backup,
)


def _backup_before_migration(db_path: Path, from_revision: str | None) -> None:
    dest = backup_dir(db_path.parent) / f"backplan-before-migration-from-{from_revision}.sqlite3"
    backup_database(db_path, dest)


def database_url(explicit: str | None = None) -> str | None:
    """The clinic database URL to use, checked; None for the data folder's own database.

    ``explicit`` (the ``--database-url`` option) wins over the ``BACKPLAN_DATABASE_URL``
    environment variable; an empty value means "no URL". A URL backplan will not use
    (another engine, a password inside it) is a usage error whose message says where
    the password belongs instead.
    """
    text = explicit if explicit is not None else os.environ.get(DATABASE_URL_ENV)
    if text is None or not text.strip():
        return None
    try:
        return validate_database_url(text)
    except DatabaseUrlError as exc:
        source = "--database-url" if explicit is not None else DATABASE_URL_ENV
        raise UsageError(f"{source}: {exc}") from None


def open_url_services(url: str, data_dir: Path, clock: Clock | None = None) -> Backplan:
    """The services over a clinic's PostgreSQL database (migrated to this version's schema).

    ``data_dir`` keeps its other roles (settings, the backups taken before a replace,
    delete or restore). A server that cannot be reached, or refuses the login, raises
    ``storage.database.DatabaseError`` saying so in the server's words.
    """
    ensure_private_dir(data_dir)
    try:
        db = open_url_database(url)
    except DatabaseUrlError as exc:
        raise UsageError(f"database URL: {exc}") from None
    return Backplan(db=db, clock=clock or SystemClock(), data_dir=data_dir)


def open_services(
    data_dir: Path, clock: Clock | None = None, database_url_text: str | None = None
) -> Backplan:
    """The services on the data folder's database, or on the clinic's server when a URL is set."""
    url = database_url(database_url_text)
    if url is not None:
        return open_url_services(url, data_dir, clock)
    db = open_database(data_dir, before_migration=_backup_before_migration)
    return Backplan(db=db, clock=clock or SystemClock(), data_dir=data_dir)


@dataclass
class OpenResult:
    """The services, and what the window must tell the user about how they were opened.

    ``recovered_from`` is the damaged database as it was moved aside (None when the
    database was sound); ``problem`` says what was wrong with it, in SQLite's words.
    ``newest_good_backup`` is the backup to offer, with the time it was written,
    checked with ``verify_backup``; ``restore_offered_backup`` puts it in place.
    ``automatic_backup`` is the day's backup if one was taken now, and
    ``backup_problem`` why it could not be (the app still starts: a full disk must
    not keep someone from their plan).
    """

    services: Backplan
    recovered_from: Path | None = None
    problem: str | None = None
    newest_good_backup: tuple[datetime, Path] | None = None
    automatic_backup: Path | None = None
    backup_problem: str | None = None

    def restore_offered_backup(self) -> Path:
        """Restores ``newest_good_backup`` into the open database; returns the safety copy.

        ``Backplan.restore_from`` checks the file again, backs up the current (fresh)
        database first and migrates the restored one to this version's schema, and
        tells the listeners ("all") so every view reloads.
        """
        if self.newest_good_backup is None:
            raise UsageError("there is no checked backup to restore")
        return self.services.restore_from(self.newest_good_backup[1])


def open_services_or_recover(
    data_dir: Path, clock: Clock | None = None, database_url_text: str | None = None
) -> OpenResult:
    """Opens the data folder for the window, recovering from a damaged database.

    A database SQLite reports as damaged (``quick_check`` fails, the file is not a
    database, or the first read while opening finds it malformed) is moved aside to
    ``backplan-corrupt-<UTC timestamp>.sqlite3`` with its -wal and -shm; the services
    then open on a new, empty database. Anything else (a database from a newer
    backplan, a folder without permission, a lock held too long) is raised as it is,
    for the window to report: moving such a file aside would hide the real cause.
    """
    clock = clock or SystemClock()
    ensure_private_dir(data_dir)
    url = database_url(database_url_text)
    if url is not None:
        # A server keeps its own data safe (its backups, its checks): nothing to move
        # aside here, and no daily copy of every patient on each workstation.
        return OpenResult(services=open_url_services(url, data_dir, clock))
    db_path = database_path(data_dir)
    problem = fault_at_start(data_dir)
    recovered: Path | None = None
    if problem is not None:
        recovered = move_aside(db_path, clock.now())
    try:
        services = open_services(data_dir, clock)
    except Exception as exc:
        # sqlite3's own error, or SQLAlchemy's wrapping one (``orig``) once it is loaded
        # (for a migration): opening reads the database without SQLAlchemy if it can.
        cause = getattr(exc, "orig", None) or exc
        if recovered is not None or not is_damage(cause):
            raise
        problem = f"cannot be opened ({cause})"
        recovered = move_aside(db_path, clock.now())
        services = open_services(data_dir, clock)
    if recovered is not None:
        return OpenResult(
            services=services,
            recovered_from=recovered,
            problem=problem,
            newest_good_backup=newest_good_backup(data_dir),
        )
    result = OpenResult(services=services)
    if services.patient_names():  # a backup of an empty folder would restore nothing
        try:
            result.automatic_backup = services.automatic_backup()
        except (UsageError, OSError) as exc:
            result.backup_problem = str(exc)
    return result
