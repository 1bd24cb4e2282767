"""Fixtures shared by every test folder.

The environment variables are set at import time, before any test module imports Qt
or matplotlib: Qt reads the platform plugin name once, when the first QApplication
is built, and matplotlib picks its backend on first import. Setting them here keeps
the tests runnable without a display, sound or tray, exactly as CI runs them.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
# A developer's own clinic URL must never reach the tests: without it every test that
# opens a data folder uses that folder's SQLite file, and the PostgreSQL runs get their
# server from BACKPLAN_TEST_POSTGRES_URL below.
os.environ.pop("BACKPLAN_DATABASE_URL", None)

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backplan.domain.clock import FixedClock
from backplan.domain.codec import document_from_json
from backplan.domain.model import PlanDocument
from backplan.services.backplan_service import Backplan

EXAMPLES = Path(__file__).resolve().parent / "data" / "examples"
ACUTE_FILE = EXAMPLES / "acute-3-weeks.backplan.json"
HISTORY_FILE = EXAMPLES / "with-history.backplan.json"

# Inside the acute example's plan: 07:30 in Chicago on its first day, with the morning
# heat and stretches behind and the 08:00 dose ahead.
DEFAULT_NOW = datetime(2026, 12, 1, 13, 30, tzinfo=UTC)


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application() -> object:
    """A QApplication for the whole session, made before any test can make a lesser one.

    Qt allows one application object per process. Code that only draws documents
    creates a bare ``QGuiApplication`` when none exists; if a test of it ran first,
    every widget test after it would fail, since widgets need a ``QApplication``.
    """
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    return existing if existing is not None else QApplication(["backplan-tests"])


def _load(path: Path) -> PlanDocument:
    return document_from_json(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh data folder for one test (the services create what they need in it)."""
    return tmp_path


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(DEFAULT_NOW)


# --- the two engines ----------------------------------------------------------------
#
# Every test that uses the ``engine`` fixture (directly, or through ``database_url`` or
# ``services``) runs twice: on SQLite and on PostgreSQL. The PostgreSQL run needs a
# server: BACKPLAN_TEST_POSTGRES_URL names it (``eval "$(bash .ci/postgres.sh)"`` starts
# one); without it those runs are skipped with that reason, and with it set but the
# server unusable they fail, so a CI run cannot pass without having tested PostgreSQL.
# Each PostgreSQL test starts on empty tables at the schema's head: one database is
# migrated once per session and emptied (TRUNCATE) before each test, which takes a few
# milliseconds where copying a database takes a few hundred. A test that changes the
# schema itself asks ``postgres_server.new_database()`` for a database of its own.

POSTGRES_URL_ENV = "BACKPLAN_TEST_POSTGRES_URL"
ENGINES = ("sqlite", "postgresql")
_NO_SERVER = (
    f"PostgreSQL run: {POSTGRES_URL_ENV} is not set "
    '(eval "$(bash .ci/postgres.sh)" starts a throwaway server)'
)


_TABLES = "patient, plan, plan_item, log_entry, event, meta"
_KNOWN_TABLES = "'alembic_version', " + ", ".join(f"'{t}'" for t in _TABLES.split(", "))


@dataclass
class PostgresServer:
    """The test server: a template database at the schema's head, and the tests' database."""

    url: str
    prefix: str = field(default_factory=lambda: f"bp_test_{os.getpid()}")
    created: int = 0
    _work: str | None = None

    def __post_init__(self) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.pool import NullPool

        from backplan.storage.database import open_url_database, validate_database_url

        self._base = make_url(validate_database_url(self.url))
        self._admin = create_engine(self._base, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.template = f"{self.prefix}_template"
        with self._admin.connect() as conn:
            version = int(conn.exec_driver_sql("SHOW server_version_num").scalar_one())
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{self.template}"')
            conn.exec_driver_sql(f'CREATE DATABASE "{self.template}"')
        # FILE_COPY (PostgreSQL 15+) copies a small database faster than WAL_LOG.
        self._strategy = " STRATEGY FILE_COPY" if version >= 150000 else ""
        open_url_database(self.url_of(self.template)).dispose()

    def url_of(self, database: str) -> str:
        return self._base.set(database=database).render_as_string(hide_password=False)

    def new_database(self) -> str:
        self.created += 1
        name = f"{self.prefix}_{self.created}"
        with self._admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"{self._strategy}')
        return self.url_of(name)

    def fresh_database(self) -> str:
        """The tests' shared database, emptied: no rows, ids from 1, schema at the head.

        Connections a previous test left open are ended first, so a leaked session
        cannot hold a lock the TRUNCATE would wait for; should the database be unusable
        anyway (a test changed its tables), it is replaced by a new copy.
        """
        from sqlalchemy import create_engine, text
        from sqlalchemy.pool import NullPool

        if self._work is None:
            self._work = self.new_database()
        engine = create_engine(self._work, poolclass=NullPool)
        try:
            with self._admin.connect() as conn:
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :name AND pid <> pg_backend_pid()"
                    ),
                    {"name": self._name(self._work)},
                )
            with engine.begin() as conn:
                conn.exec_driver_sql("SET LOCAL lock_timeout = '5s'")
                conn.exec_driver_sql(f"TRUNCATE {_TABLES} RESTART IDENTITY CASCADE")
                extra = conn.exec_driver_sql(
                    "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                    f"AND tablename NOT IN ({_KNOWN_TABLES})"
                ).scalar_one()
            if extra:
                raise RuntimeError("a test left tables of its own")
        except Exception:
            self.drop(self._work)
            self._work = self.new_database()
        finally:
            engine.dispose()
        return self._work

    @staticmethod
    def _name(url: str) -> str:
        from sqlalchemy.engine import make_url

        return str(make_url(url).database)

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        with self._admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        if self._work is not None:
            self.drop(self._work)
        with self._admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self._admin.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The server named by BACKPLAN_TEST_POSTGRES_URL; a failure, not a skip, if unusable."""
    url = os.environ.get(POSTGRES_URL_ENV, "").strip()
    if not url:
        pytest.skip(_NO_SERVER)
    try:
        server = PostgresServer(url)
    except Exception as exc:
        pytest.fail(
            f"{POSTGRES_URL_ENV} is set, but the PostgreSQL server cannot be used: "
            f"{type(exc).__name__}: {exc}",
            pytrace=False,
        )
    yield server
    server.close()


# The window's tests use the services fixture too, but what they check is the window,
# and on a server they would add minutes to every run: they run on SQLite only unless
# BACKPLAN_TEST_POSTGRES_ALL=1 asks for everything on both engines.
_SQLITE_ONLY_FOLDERS = ("ui",)
_TESTS_DIR = Path(__file__).resolve().parent


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Runs every test that depends on ``engine`` once per engine (see above for the window's)."""
    marks = metafunc.definition.iter_markers("parametrize")
    if "engine" not in metafunc.fixturenames or any("engine" in str(m.args[0]) for m in marks):
        return
    try:
        folder = Path(metafunc.definition.path).resolve().relative_to(_TESTS_DIR).parts[0]
    except (ValueError, IndexError):
        folder = ""
    if folder in _SQLITE_ONLY_FOLDERS and not os.environ.get("BACKPLAN_TEST_POSTGRES_ALL"):
        return  # the engine fixture's default: SQLite
    metafunc.parametrize("engine", ENGINES, indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """"sqlite" or "postgresql"; the PostgreSQL run is skipped (with the reason) without a server."""
    name = str(getattr(request, "param", "sqlite"))
    if name == "postgresql" and not os.environ.get(POSTGRES_URL_ENV, "").strip():
        pytest.skip(_NO_SERVER)
    return name


@pytest.fixture
def database_url(
    engine: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> str | None:
    """None on SQLite (the data folder's file); on PostgreSQL the URL of an emptied database.

    In the PostgreSQL run the URL is also put in BACKPLAN_DATABASE_URL for the test, as
    on a clinic workstation: a second ``open_services(data_dir)`` in the test (the
    "other process"), or the command line run in-process, then reaches the same
    database, not a new SQLite file.
    """
    if engine == "sqlite":
        return None
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = server.fresh_database()
    monkeypatch.setenv("BACKPLAN_DATABASE_URL", url)
    return url


@pytest.fixture
def services(data_dir: Path, clock: FixedClock, database_url: str | None) -> Iterator[Backplan]:
    """Real services on the fixed clock: over a real SQLite file in the test's folder, or
    (the ``postgresql`` run) over a fresh database on the test server."""
    from backplan.bootstrap import open_services

    svc = open_services(data_dir, clock, database_url)
    try:
        yield svc
    finally:
        svc.listeners.clear()
        svc.db.dispose()


@pytest.fixture
def acute_doc() -> PlanDocument:
    return _load(ACUTE_FILE)


@pytest.fixture
def history_doc() -> PlanDocument:
    return _load(HISTORY_FILE)


@pytest.fixture
def imported(services: Backplan, acute_doc: PlanDocument) -> tuple[Backplan, int]:
    """The services with the acute example imported: ``(services, patient_id)``."""
    result = services.import_document(acute_doc)
    return services, result.patient_id
