"""Opening the database: the file, its permissions, its pragmas and its migrations.

The data folder is private (0700) and the database file 0600 before SQLite first
writes to it; SQLite gives its -wal and -shm files the same mode. WAL with
``synchronous=FULL`` makes a commit durable once it returns, which is what the crash
test holds us to.

Clinic mode (docs/clinic.md) puts the same tables on a PostgreSQL server instead:
``open_url_database`` with a ``postgresql+psycopg://`` URL. Everything that only
SQLite understands (the pragmas, ``BEGIN IMMEDIATE``, ``sqlite_master``) stays in this
module behind a check of the dialect; the models, the migrations and the repository
are the same for both engines.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

    from .reading import Connection, Dialect, Reader
    from .repository import Transaction

# Alembic is imported only where a migration is looked at or run: loading it costs
# about a quarter of a second, and a normal start finds the database already at the
# head (see ``migrate``). SQLAlchemy itself (about half a second with its ORM) is
# imported when an engine is first needed, for a migration or a server: a SQLite
# database is opened, checked, read and written without it (``Database.reading`` and
# ``Database.write``, plain SQL on sqlite3), so neither a start nor a command waits
# for it.

DB_FILENAME = "backplan.sqlite3"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseError(RuntimeError):
    """The database cannot be used (corrupt, too new, not a backplan database)."""


class DatabaseUrlError(ValueError):
    """A database URL backplan will not use; the message says why and what to do."""


# The environment variable that names the clinic's database (the --database-url option
# wins over it). Read by bootstrap, named here so the settings dialog can show it.
DATABASE_URL_ENV = "BACKPLAN_DATABASE_URL"
# Where a password is looked up in the system keyring (when the optional ``keyring``
# package is installed): this service name, and the URL without password as user name.
KEYRING_SERVICE = "backplan"
# Any number both sides agree on: the key of the advisory lock that keeps two
# workstations from migrating the same server at once.
_MIGRATION_LOCK_KEY = 0x6261636B706C616E  # "backplan"

_PASSWORD_HELP = (
    "put the password in the PGPASSWORD environment variable, in a ~/.pgpass file "
    "(see docs/clinic.md), or in the system keyring, never in the URL or the settings"
)


def validate_database_url(text: str) -> str:
    """Checks a clinic database URL and returns it in its canonical form.

    For the settings dialog and the command line alike: raises ``DatabaseUrlError``
    with a message fit to show as it is. Only PostgreSQL through psycopg 3 is accepted
    (``postgresql://`` is read as ``postgresql+psycopg://``); a URL with a password is
    refused, since whatever holds the URL (settings, shell history, process list) would
    then hold the password too. The query may carry libpq options such as
    ``sslmode=verify-full&sslrootcert=/path/ca.pem``.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    text = text.strip()
    if not text:
        raise DatabaseUrlError(
            "the database URL is empty (leave it unset to use the data folder's own database)"
        )
    try:
        url = make_url(text)
    except ArgumentError:
        raise DatabaseUrlError(
            f"{text!r} is not a database URL; expected postgresql+psycopg://USER@HOST[:PORT]/DATABASE"
        ) from None
    if url.get_backend_name() != "postgresql":
        raise DatabaseUrlError(
            f"only PostgreSQL servers are supported (postgresql+psycopg://USER@HOST/DATABASE), "
            f"not {url.drivername!r}; without a URL backplan uses the data folder's own database"
        )
    if url.get_driver_name() not in ("psycopg", "postgresql", ""):
        raise DatabaseUrlError(
            f"backplan talks to PostgreSQL through psycopg 3: use postgresql+psycopg://, not {url.drivername}://"
        )
    if url.password is not None:
        raise DatabaseUrlError(f"the database URL contains a password: remove it, and {_PASSWORD_HELP}")
    if not url.database:
        raise DatabaseUrlError("the database URL names no database: add /DATABASE after the host")
    return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def _keyring_password(url: URL) -> str | None:
    """The password the system keyring holds for this URL, if ``keyring`` is installed."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        password = keyring.get_password(KEYRING_SERVICE, url.render_as_string(hide_password=False))
    except Exception:  # no keyring backend, a locked keyring: fall back to libpq's own sources
        return None
    return password if isinstance(password, str) and password else None


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


def _sqlite_pragmas(conn: sqlite3.Connection) -> None:
    """What every connection that may write to the data folder's file sets first.

    Foreign keys on (deleting a patient deletes their plan, log and events); a lock
    held by another process waited for, not failed at once; the write-ahead log with
    ``synchronous=FULL``, so a commit is durable once it returns (the crash test).
    """
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")


def sqlite_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        _sqlite_pragmas(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock at once, so a check-then-write (the dose guard)
        # cannot interleave with another process's write.
        if conn.get_execution_options().get("immediate"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes: ``mode=ro``, else ``immutable=1``.

    A WAL database read with ``mode=ro`` still needs its ``-shm`` file, which SQLite
    cannot make in a read-only folder (nor on a full disk); ``immutable=1`` then reads
    the file as it is, which is right when nothing can write to that folder anyway.
    A damaged file raises ``sqlite3.DatabaseError`` here, from the first read.
    """
    uri = f"file:{urllib.parse.quote(str(path))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout=10000")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
    conn = sqlite3.connect(f"{uri}&immutable=1", uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def read_only_sqlite_engine(path: Path) -> Engine:
    """An engine whose connections are ``connect_read_only``'s: its writes fail as read-only."""
    from sqlalchemy import create_engine

    return create_engine("sqlite://", creator=lambda: connect_read_only(path), future=True)


def open_database_read_only(data_dir: Path) -> Database:
    """The data folder's database for a command that only reads, in a folder it may not write.

    Nothing is created, migrated or changed; a database that would need migrating to
    this version raises ``DatabaseError`` saying so (that needs a writable folder).
    """
    path = data_dir / DB_FILENAME
    if not path.is_file() or path.stat().st_size == 0:
        raise DatabaseError(f"{path}: there is no database to read")
    db = Database(None, path, read_only=True)
    try:
        stored = _stored_revision(db)
        if stored != (_head_from_files() or head_revision()):
            raise DatabaseError(
                f"{path}: the database is at schema {stored}, and bringing it to this version's "
                "needs a folder backplan can write"
            )
    except BaseException:
        db.dispose()
        raise
    return db


def postgres_engine(url_text: str) -> Engine:
    """An engine on a clinic's PostgreSQL server (``url_text`` checked first).

    The password is never in the URL: libpq reads ``PGPASSWORD`` and ``~/.pgpass`` by
    itself; only when neither is set is the system keyring asked (the keyring's
    password would otherwise win over .pgpass, which libpq reads last). Connections
    are checked before use, since a server restart or a dropped VPN must not surface
    as an error in the middle of an edit.
    """
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    url = make_url(validate_database_url(url_text))
    connect_args: dict[str, Any] = {"application_name": "backplan"}
    if not os.environ.get("PGPASSWORD") and not os.environ.get("PGPASSFILE") and not _has_pgpass():
        password = _keyring_password(url)
        if password is not None:
            connect_args["password"] = password
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def _has_pgpass() -> bool:
    return (Path.home() / ".pgpass").is_file()


class Database:
    """An open database: hands out transactions, to read (``reading``) or write (``write``).

    ``path`` is the SQLite file, None on a server (``url`` then names it, without
    password). On a SQLite file both go through sqlite3 alone; the engine (and with it
    SQLAlchemy) is made only when a migration is looked at or run, so a start or a
    command never waits for SQLAlchemy to load.
    """

    def __init__(self, engine: Engine | None, path: Path | None = None, *, read_only: bool = False) -> None:
        if engine is None and path is None:
            raise ValueError("a database needs an engine or a SQLite file")
        self._engine = engine
        self.path = path
        # Read-only (``open_database_read_only``): every connection opens the file with
        # mode=ro, so a command that only reads works in a folder it cannot write.
        self.read_only = read_only
        # One lock for making the engine (which imports SQLAlchemy), another for the
        # idle connections, so a read never waits for the engine.
        self._engine_lock = threading.Lock()
        self._pool_lock = threading.Lock()
        # Idle sqlite3 connections of ``reading`` and ``write``, and how many times they
        # were all closed (one opened before a ``dispose`` is never handed out again).
        self._idle: list[sqlite3.Connection] = []
        self._generation = 0

    @property
    def engine(self) -> Engine:
        engine = self._engine
        if engine is None:
            with self._engine_lock:
                if self._engine is None:
                    assert self.path is not None
                    self._engine = (
                        read_only_sqlite_engine(self.path) if self.read_only else sqlite_engine(self.path)
                    )
                engine = self._engine
        return engine

    @contextmanager
    def write(self) -> Iterator[Transaction]:
        """One write transaction: all of it commits, or none of it.

        On a SQLite file, ``BEGIN IMMEDIATE`` on a connection of the pool ``reading``
        uses: the write lock is taken at once, so a check-then-write (the dose guard)
        cannot interleave with another process's write. On a server, a transaction on
        a connection of the engine's pool (the dose guard locks the patient's row).
        """
        from .reading import SQLITE
        from .repository import Transaction

        if self.path is None:
            with self._server_transaction() as (driver, dialect):
                yield Transaction(driver, dialect)
            return
        conn, generation = self._connection()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield Transaction(conn, SQLITE)
            except BaseException:
                if conn.in_transaction:  # SQLite may have ended it already (a full disk)
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except BaseException:
            conn.close()
            raise
        self._keep(conn, generation)

    @contextmanager
    def reading(self, *, snapshot: bool = False) -> Iterator[Reader]:
        """One read transaction through the one read path (``reading.SqlReader``).

        On a SQLite file the reads go through sqlite3 alone, in one snapshot; its
        connections are kept for the next read or write (one per concurrent reader,
        any thread) and closed by ``dispose``. On a server the same queries go to
        psycopg's connection, taken from the engine's pool; there each statement sees
        its own snapshot (READ COMMITTED) unless ``snapshot`` asks for one for the
        whole transaction (REPEATABLE READ: a many-patient export must not mix them).
        """
        from .reading import SqlReader

        if self.path is None:
            with self._server_transaction(snapshot=snapshot) as (driver, dialect):
                yield SqlReader(driver, dialect)
            return
        conn, generation = self._connection()
        try:
            conn.execute("BEGIN")
            try:
                yield SqlReader(conn)
            finally:
                conn.execute("COMMIT")  # nothing was written: ends the snapshot
        except BaseException:
            conn.close()
            raise
        self._keep(conn, generation)

    @contextmanager
    def _server_transaction(self, *, snapshot: bool = False) -> Iterator[tuple[Connection, Dialect]]:
        """A transaction on a connection of the server's pool: psycopg's connection in it."""
        from .reading import dialect_named

        engine = self.engine
        if snapshot:
            engine = engine.execution_options(isolation_level="REPEATABLE READ")
        with engine.connect() as connection, connection.begin():
            driver = connection.connection.driver_connection
            assert driver is not None  # checked out of the pool just now
            yield driver, dialect_named(self.engine.dialect.name)

    def _keep(self, conn: sqlite3.Connection, generation: int) -> None:
        """Back to the idle connections, unless ``dispose`` closed them all meanwhile."""
        with self._pool_lock:
            if generation == self._generation:
                self._idle.append(conn)
                return
        conn.close()

    def _connection(self) -> tuple[sqlite3.Connection, int]:
        """An idle sqlite3 connection, else a new one, and the pool's generation."""
        with self._pool_lock:
            generation = self._generation
            if self._idle:
                return self._idle.pop(), generation
        assert self.path is not None
        if self.read_only:
            return connect_read_only(self.path), generation
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            _sqlite_pragmas(conn)
        except BaseException:
            conn.close()
            raise
        return conn, generation

    @property
    def is_sqlite(self) -> bool:
        if self._engine is None:
            return True
        return self._engine.dialect.name == "sqlite"

    @property
    def url(self) -> str:
        """Where the data is, fit to show (never with a password)."""
        if self._engine is None:
            return f"sqlite:///{self.path}"
        return self._engine.url.render_as_string(hide_password=True)

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def dispose(self) -> None:
        with self._pool_lock:
            self._generation += 1
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()
        if self._engine is not None:
            self._engine.dispose()


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


# Counted per table: the number of rows (a delete) and the newest row version's
# transaction id (an insert or an update: PostgreSQL gives every new row version the
# id of the transaction that wrote it). Plan edits show in ``patient`` because every
# one bumps the patient's revision.
_SERVER_VERSION_SQL = " , ".join(
    f"(SELECT count(*) FROM {table}), (SELECT coalesce(max(xmin::text::bigint), 0) FROM {table})"
    for table in ("patient", "event", "log_entry")
)


class ServerChangeProbe:
    """``ChangeProbe`` for a database on a PostgreSQL server: same ``changed()`` and ``close()``.

    Other workstations write to the server, not to a file this one can watch, so the
    window polls a "data version": one query (``data_version``) that reads, for the
    patients, events and log entries, how many rows there are and the newest
    transaction that wrote one. Any commit that adds, changes or removes a row changes
    it; a reload after a change that did not matter (or after our own write) is
    harmless. It scans those three tables, a few milliseconds for a clinic's years of
    history: poll it every few seconds and on focus, not in a tight loop.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._last = self.data_version()

    def data_version(self) -> tuple[int, ...]:
        from sqlalchemy import text

        with self._db.engine.connect() as conn:
            row = conn.execute(text(f"SELECT {_SERVER_VERSION_SQL}")).one()
        return tuple(int(v) for v in row)

    def changed(self) -> bool:
        version = self.data_version()
        changed, self._last = version != self._last, version
        return changed

    def close(self) -> None:
        """Nothing to close: the probe borrows the database's connection pool."""


def change_probe(db: Database) -> ChangeProbe | ServerChangeProbe:
    """The right probe for the database: SQLite's data_version, or the server's query."""
    if db.path is not None:
        return ChangeProbe(db.path)
    return ServerChangeProbe(db)


def open_url_database(url_text: str) -> Database:
    """Opens the clinic's database on a PostgreSQL server and brings it to the head.

    Raises ``DatabaseUrlError`` for a URL backplan will not use, and ``DatabaseError``
    when the server cannot be reached or refuses the login (with the server's reason).
    """
    engine = postgres_engine(url_text)
    db = Database(engine, None)
    try:
        migrate(db)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        from sqlalchemy.exc import OperationalError  # loaded already: the engine uses it

        if isinstance(exc, OperationalError):
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise DatabaseError(f"cannot use the database at {db.url}: {reason}") from exc
        raise
    return db


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
    db = Database(None, path)  # the engine comes with the first write (see Database)
    try:
        migrate(db, before_migration if existed else None)
    except Exception:
        db.dispose()
        raise
    return db


def migrate(db: Database, before_migration: Callable[[Path, str | None], None] | None = None) -> None:
    head_in_files = _head_from_files()
    if head_in_files is not None and _stored_revision(db) == head_in_files:
        return  # the usual start: nothing to migrate, and no need to load Alembic

    current = db.current_revision()
    head = head_revision()
    if current == head:
        return
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            f"the database was made by a newer backplan (schema {current}); update backplan to open it"
        )
    if current is None and _has_tables(db):
        if not db.is_sqlite:
            raise DatabaseError(
                f"the database at {db.url} already holds tables that are not backplan's; "
                "give backplan a database of its own (docs/clinic.md)"
            )
        raise DatabaseError("this file is not a backplan database")
    if before_migration is not None and db.path is not None and current is not None:
        before_migration(db.path, current)
    if not db.is_sqlite:
        _migrate_server(db)
        return
    upgrade_sqlite(db.engine, "head")


def sql_error_detail(exc: BaseException) -> str | None:
    """The driver's own words when ``exc`` is SQLAlchemy's DatabaseError, else None.

    Lets the command line name a database it cannot read without importing SQLAlchemy
    (only storage may): if ``sqlalchemy.exc`` was never loaded, no error can be one of
    its classes, so nothing is imported to find out.
    """
    import sys

    module = sys.modules.get("sqlalchemy.exc")
    if module is None or not isinstance(exc, module.DatabaseError):
        return None
    return str(exc.orig)


def integrity_error_detail(exc: BaseException) -> str | None:
    """The driver's own words when ``exc`` is an integrity error (a unique key taken
    meanwhile), else None: sqlite3's or psycopg's, from the writes (plain SQL on the
    driver), or SQLAlchemy's; for layers that may not import the drivers' modules."""
    import sys

    if isinstance(exc, sqlite3.IntegrityError):
        return str(exc)
    for name in ("psycopg", "sqlalchemy.exc"):
        module = sys.modules.get(name)
        if module is not None and isinstance(exc, module.IntegrityError):
            return str(getattr(exc, "orig", None) or exc)
    return None


def upgrade_sqlite(engine: Engine, target: str) -> None:
    """Brings a SQLite database to revision ``target`` in one transaction.

    SQLite changes most table definitions by copying the table and dropping the old
    one (Alembic's batch mode); with foreign keys on, dropping the patient table would
    cascade-delete every plan, log entry and event (revision 0002 rebuilds it). The
    pragma is ignored inside a transaction, so it is turned off on the raw connection
    first, and the keys are checked before the migration commits.
    """
    from alembic import command

    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.upgrade(_alembic_config(conn), target)
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
    """The revision the database records (Alembic's table), None if it records none.

    On SQLite through sqlite3 (a connection of ``Database.reading``), so that a
    database already at the head is opened without loading SQLAlchemy or Alembic; a
    damaged file raises sqlite3's ``DatabaseError`` here.
    """
    if db.path is not None:
        from .reading import SqlReader

        with db.reading() as reader:
            assert isinstance(reader, SqlReader)
            raw = reader.conn
            found = raw.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            if found is None:
                return None
            stored = raw.execute("SELECT version_num FROM alembic_version").fetchall()
        return str(stored[0][0]) if len(stored) == 1 else None
    from sqlalchemy import inspect, text

    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def _migrate_server(db: Database) -> None:
    """Runs the migrations on a server, one workstation at a time.

    PostgreSQL changes tables in place and inside the transaction, so none of SQLite's
    care is needed; but two workstations updated together would both start the same
    migration. The advisory lock makes the second wait, and Alembic, which reads the
    stored revision only once the lock is held, then finds nothing left to do.
    """
    from alembic import command
    from sqlalchemy import text

    with db.engine.connect() as conn, conn.begin():
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
        command.upgrade(_alembic_config(conn), "head")


def _has_tables(db: Database) -> bool:
    if not db.is_sqlite:
        from sqlalchemy import inspect

        with db.engine.connect() as conn:
            return bool(inspect(conn).get_table_names())
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    return bool(rows)
