"""Builds the services over a data folder; shared by the window and the command line."""

from __future__ import annotations

from pathlib import Path

from backplan.domain.clock import Clock, SystemClock
from backplan.services.backplan_service import Backplan
from backplan.storage.backup import backup_database, backup_dir
from backplan.storage.database import open_database


def _backup_before_migration(db_path: Path, from_revision: str | None) -> None:
    dest = backup_dir(db_path.parent) / f"backplan-before-migration-from-{from_revision}.sqlite3"
    backup_database(db_path, dest)


def open_services(data_dir: Path, clock: Clock | None = None) -> Backplan:
    db = open_database(data_dir, before_migration=_backup_before_migration)
    return Backplan(db=db, clock=clock or SystemClock(), data_dir=data_dir)
