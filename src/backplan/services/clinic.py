"""Clinic mode as the window sees it: checking a database URL without touching storage.

The preferences dialog checks the URL as it is typed, but ``ui/`` may not import
``storage/``; this thin wrapper gives it the storage layer's own check (the same one
the command line and ``bootstrap`` use), with the refusal as a ``UsageError``.
"""

from __future__ import annotations

from backplan.services.errors import UsageError
from backplan.storage.database import DatabaseUrlError, validate_database_url


def check_database_url(text: str) -> str:
    """Returns the URL in its canonical form, or raises ``UsageError`` saying why not.

    Refuses anything but PostgreSQL through psycopg 3, and any URL that carries a
    password: whatever stores the URL (the settings file) must never hold one.
    """
    try:
        return validate_database_url(text)
    except DatabaseUrlError as exc:
        raise UsageError(str(exc)) from None
