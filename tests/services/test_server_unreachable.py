"""Which errors mean "the server cannot be reached" (the window's banner) and which do not."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest
from sqlalchemy.exc import OperationalError

from backplan.services.errors import server_unreachable


@pytest.mark.parametrize(
    ("exc", "unreachable"),
    [
        (psycopg.OperationalError("connection failed: Connection refused"), True),
        (psycopg.InterfaceError("the connection is closed"), True),
        (psycopg.errors.AdminShutdown("terminating connection due to administrator command"), True),
        (psycopg.errors.CannotConnectNow("the database system is starting up"), True),
        (OperationalError("SELECT 1", {}, psycopg.OperationalError("server closed the connection")), True),
        # Real errors, not a lost line: shown as they are.
        (psycopg.errors.DeadlockDetected("deadlock detected"), False),
        (psycopg.errors.UniqueViolation("duplicate key"), False),
        (OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")), False),
        (ValueError("bad value"), False),
    ],
)
def test_server_unreachable(exc: BaseException, unreachable: bool) -> None:
    assert server_unreachable(exc) is unreachable


def test_a_wrapped_cause_counts() -> None:
    try:
        try:
            raise psycopg.OperationalError("connection failed")
        except psycopg.OperationalError as inner:
            raise RuntimeError("reading the plan failed") from inner
    except RuntimeError as outer:
        assert server_unreachable(outer)
