"""What a use case can refuse, with the exit code the command line gives it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backplan.safety.findings import Finding


class ServiceError(Exception):
    exit_code = 1


class UsageError(ServiceError):
    """Bad input: a file, an argument, a form value. The message says what and where."""

    exit_code = 2


class SafetyRefusal(ServiceError):
    """A safety guard refused; the findings name the rules and say why."""

    exit_code = 3

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = tuple(findings)
        lines = [f"refused by {f.rule}: {f.message} (source: {f.source})" for f in self.findings]
        super().__init__("\n".join(lines))


class ConflictError(ServiceError):
    """Someone else changed the plan since it was read; nothing was overwritten."""

    exit_code = 1


class ServerUnreachable(ServiceError):
    """The database server could not be reached: nothing was written (see docs/clinic.md)."""

    exit_code = 1


_SERVER_GOING_AWAY = frozenset({"57P01", "57P02", "57P03"})


def server_unreachable(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) says the database server cannot be reached.

    For the window, which must tell "the server went away" (show it, keep what was
    typed, try again) from a real error. True for a connection refused, dropped or
    closed under a query (psycopg's OperationalError or InterfaceError, alone or
    inside SQLAlchemy's wrapper, or a connection SQLAlchemy marked invalid); never
    for SQLite, whose OperationalError means a locked, full or damaged file. Here, by
    the exceptions' own attributes and module names, so that the window can ask
    without importing SQLAlchemy or psycopg (and without depending on storage).
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if getattr(current, "connection_invalidated", False):
            return True
        module = type(current).__module__ or ""
        if module.startswith("psycopg"):
            # Without an SQLSTATE the client library itself lost or never had the line;
            # with one: class 08 (connection exception), or the server shutting down or
            # starting (57P01-57P03).
            state = str(getattr(current, "sqlstate", None) or "")
            if type(current).__name__ in ("OperationalError", "InterfaceError") and not state:
                return True
            if state.startswith("08") or state in _SERVER_GOING_AWAY:
                return True
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return False
