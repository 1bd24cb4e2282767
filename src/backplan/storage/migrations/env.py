"""Alembic environment: always run from code with a live connection (never a URL)."""

from __future__ import annotations

from alembic import context

from backplan.storage.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app never runs alembic from the shell
    raise RuntimeError("backplan runs its migrations from code: see storage/database.py")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only change tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
