"""Fixtures for the storage tests: a newer backplan's migrations, made up for the test, and
a second workstation on the same database."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.services.backplan_service import Backplan
from backplan.storage import database

# Far above the real revisions, so a new real migration never collides with it.
NEXT_REVISION = "0900"
_NEXT_MIGRATION = '''"""A made-up later revision: one new table, as a newer backplan might add.

Revision ID: {rev}
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "{rev}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "test_later_table",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("value", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("test_later_table")
'''


@pytest.fixture
def next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Points the app at the real migrations plus a later revision, until the test ends.

    This lets the tests see a migration from the real head run (and its backup) the way
    the next update will.
    """
    folder = tmp_path / "later-migrations"
    shutil.copytree(database.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = database.head_revision()
    text = _NEXT_MIGRATION.format(rev=NEXT_REVISION, down=head)
    (folder / "versions" / f"{NEXT_REVISION}_test_later.py").write_text(text, "utf-8")
    monkeypatch.setattr(database, "MIGRATIONS_DIR", folder)
    return NEXT_REVISION


@pytest.fixture
def workstation(
    data_dir: Path, clock: FixedClock, database_url: str | None, tmp_path: Path
) -> Iterator[Callable[[], Backplan]]:
    """Opens another ``Backplan`` on the same database, as a second workstation would."""
    opened: list[Backplan] = []

    def open_other() -> Backplan:
        folder = data_dir if database_url is None else tmp_path / f"workstation-{len(opened) + 2}"
        svc = open_services(folder, clock, database_url)
        opened.append(svc)
        return svc

    yield open_other
    for svc in opened:
        svc.db.dispose()
