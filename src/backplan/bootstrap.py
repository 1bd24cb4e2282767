"""Builds the services over a data folder; shared by the window and the command line.

``open_services`` opens the folder as it is. ``open_services_or_recover`` is the
window's way in: it checks the database first, moves a damaged one aside (never
overwriting or deleting it), starts on a fresh database and says which backup it
could restore; on a sound database it takes the day's automatic backup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from backplan.domain.clock import Clock, SystemClock
from backplan.services.backplan_service import Backplan
from backplan.services.errors import UsageError
from backplan.storage.backup import backup_database, backup_dir
from backplan.storage.database import ensure_private_dir, open_database
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


def open_services(data_dir: Path, clock: Clock | None = None) -> Backplan:
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


def open_services_or_recover(data_dir: Path, clock: Clock | None = None) -> OpenResult:
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
    db_path = database_path(data_dir)
    problem = fault_at_start(data_dir)
    recovered: Path | None = None
    if problem is not None:
        recovered = move_aside(db_path, clock.now())
    try:
        services = open_services(data_dir, clock)
    except SQLAlchemyDatabaseError as exc:
        if recovered is not None or not is_damage(exc.orig):
            raise
        problem = f"cannot be opened ({exc.orig})"
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
