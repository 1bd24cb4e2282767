"""Patient identity (identifier, birth date) and removed records.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07

Two patients may now share a name when their identifiers differ (plan-format.md,
revised 2026-12-07), so the name loses its unique constraint and the identifier gains
one. Events gain the columns of ``events[].removed``: an undo or a deletion marks a
record taken back instead of deleting it. SQLite cannot drop a constraint in place, so
the patient table is rebuilt in batch mode (Alembic copies it inside the migration's
transaction).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("patient") as batch:
        batch.drop_constraint("uq_patient_name", type_="unique")
        batch.add_column(sa.Column("identifier", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("birth_date", sa.Date(), nullable=True))
        batch.create_unique_constraint("uq_patient_identifier", ["identifier"])
        batch.create_index("ix_patient_name", ["name"])
    with op.batch_alter_table("event") as batch:
        batch.add_column(sa.Column("removed_utc", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("removed_offset_min", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("removed_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.drop_column("removed_reason")
        batch.drop_column("removed_offset_min")
        batch.drop_column("removed_utc")
    with op.batch_alter_table("patient") as batch:
        batch.drop_index("ix_patient_name")
        batch.drop_constraint("uq_patient_identifier", type_="unique")
        batch.drop_column("birth_date")
        batch.drop_column("identifier")
        batch.create_unique_constraint("uq_patient_name", ["name"])
