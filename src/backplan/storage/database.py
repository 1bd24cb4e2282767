"""Opening the database: the file, its permissions, its pragmas and its migrations.

The data folder is private (0700) and the database file 0600 before SQLite first
writes to it; SQLite gives its -wal and -shm files the same mode. WAL with
``synchronous=FULL`` makes a commit durable once it returns, which is what the crash
test holds us to.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only where a migration is looked at or run: loading it costs
# about a quarter of a second, and a normal start finds the database already at the
# head (see ``migrate``).

DB_FILENAME = "backplan.sqlite3"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseError(RuntimeError):
    """The database cannot be used (corrupt, too new, not a backplan database)."""


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):  # e.g. a folder owned by someone else
        os.chmod(path, 0o700)
    return path


def ensure_private_file(path: Path) -> None:
    """Creates the file 0600 if missing, so it never exists with looser rights."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def _alembic_config(connection: Any | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock at once, so a check-then-write (the dose guard)
        # cannot interleave with another process's write.
        if conn.get_execution_options().get("immediate"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


class Database:
    """An open database: hands out sessions, one transaction each."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(immediate=True), expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read.begin() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: all of it commits, or none of it."""
        with self._write.begin() as session:
            yield session

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def dispose(self) -> None:
        self.engine.dispose()


class ChangeProbe:
    """Tells whether someone else committed to the database since the last look.

    For the window, to show what ``backplan record`` wrote from a terminal: poll
    ``changed()`` (it costs one ``PRAGMA data_version`` on a connection of its own) and
    reload when it says so. SQLite counts every commit made through any other
    connection, so the window's own writes (through its engine) count too: a reload
    after them is harmless, only one more than needed.
    """

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA busy_timeout=10000")
        self._last = self._version()

    def _version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        version = self._version()
        changed, self._last = version != self._last, version
        return changed

    def close(self) -> None:
        self._conn.close()


def open_database(
    data_dir: Path, *, before_migration: Callable[[Path, str | None], None] | None = None
) -> Database:
    """Opens (creating if needed) the data folder's database and brings it to the head.

    ``before_migration(path, from_revision)`` runs before an existing database is
    migrated, so the caller can take a backup first.
    """
    ensure_private_dir(data_dir)
    path = data_dir / DB_FILENAME
    existed = path.exists() and path.stat().st_size > 0
    ensure_private_file(path)
    engine = sqlite_engine(path)
    db = Database(engine, path)
    try:
        migrate(db, before_migration if existed else None)
    except Exception:
        engine.dispose()
        raise
    return db


def migrate(db: Database, before_migration: Callable[[Path, str | None], None] | None = None) -> None:
    head_in_files = _head_from_files()
    if head_in_files is not None and _stored_revision(db) == head_in_files:
        return  # the usual start: nothing to migrate, and no need to load Alembic
    from alembic import command

    current = db.current_revision()
    head = head_revision()
    if current == head:
        return
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            f"the database was made by a newer backplan (schema {current}); update backplan to open it"
        )
    if current is None and _has_tables(db):
        raise DatabaseError("this file is not a backplan database")
    if before_migration is not None and db.path is not None and current is not None:
        before_migration(db.path, current)
    # SQLite changes most table definitions by copying the table and dropping the old
    # one (Alembic's batch mode); with foreign keys on, dropping the patient table would
    # cascade-delete every plan, log entry and event. The pragma is ignored inside a
    # transaction, so it is turned off on the raw connection first, and the keys are
    # checked before the migration commits.
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.upgrade(_alembic_config(conn), "head")
                if conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                    raise DatabaseError("the migration left rows that point at nothing; nothing was changed")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


_REVISION_LINE = re.compile(r"""^revision(?:\s*:[^=]*)?\s*=\s*["']([^"']+)["']\s*$""", re.MULTILINE)
_DOWN_LINE = re.compile(r"""^down_revision(?:\s*:[^=]*)?\s*=\s*(?:None|["']([^"']+)["'])\s*$""", re.MULTILINE)


def _head_from_files() -> str | None:
    """The head revision as the migration files state it, read without Alembic.

    Only for the quick check at start: None (ask Alembic) unless every file states
    exactly one plain ``revision`` and ``down_revision`` and they form one head. A
    file written any other way (a merge, a tuple) sends the caller to Alembic.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION_LINE.findall(source)
        down = _DOWN_LINE.findall(source)
        if len(revision) != 1 or len(down) != 1:
            return None
        revisions.add(revision[0])
        if down[0]:
            parents.add(down[0])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(db: Database) -> str | None:
    """The revision the database records (Alembic's table), None if it records none."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def _has_tables(db: Database) -> bool:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    return bool(rows)
