"""The first schema: patients, plans, plan items, log, events, meta.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "patient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("timezone", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_patient"),
        sa.UniqueConstraint("name", name="uq_patient_name"),
    )
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name="fk_plan_patient_id_patient", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_plan"),
        sa.UniqueConstraint("patient_id", name="uq_plan_patient_id"),
    )
    op.create_table(
        "plan_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("flare_up", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name="fk_plan_item_patient_id_patient", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_plan_item"),
        sa.UniqueConstraint("patient_id", "item_id", name="uq_plan_item_patient_item"),
    )
    op.create_index("ix_plan_item_patient_position", "plan_item", ["patient_id", "position"])
    op.create_table(
        "log_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("at_utc", sa.DateTime(), nullable=False),
        sa.Column("at_offset_min", sa.Integer(), nullable=False),
        sa.Column("pain", sa.Integer(), nullable=False),
        sa.Column("pain_worst", sa.Integer(), nullable=True),
        sa.Column("spasm", sa.Integer(), nullable=True),
        sa.Column("walking_minutes", sa.Integer(), nullable=True),
        sa.Column("sleep", sa.Integer(), nullable=True),
        sa.Column("locations", sa.JSON(), nullable=True),
        sa.Column("psfs", sa.JSON(), nullable=True),
        sa.Column("side_effects", sa.JSON(), nullable=True),
        sa.Column("red_flags", sa.JSON(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name="fk_log_entry_patient_id_patient", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_log_entry"),
    )
    op.create_index("ix_log_entry_patient_at", "log_entry", ["patient_id", "at_utc"])
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=210), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("scheduled_utc", sa.DateTime(), nullable=True),
        sa.Column("scheduled_offset_min", sa.Integer(), nullable=True),
        sa.Column("at_utc", sa.DateTime(), nullable=True),
        sa.Column("at_offset_min", sa.Integer(), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("pain_before", sa.Integer(), nullable=True),
        sa.Column("pain_after", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name="fk_event_patient_id_patient", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_event"),
    )
    op.create_index("ix_event_patient_item_scheduled", "event", ["patient_id", "item", "scheduled_utc"])
    op.create_index("ix_event_patient_at", "event", ["patient_id", "at_utc"])
    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )


def downgrade() -> None:
    for table in ("meta", "event", "log_entry", "plan_item", "plan", "patient"):
        op.drop_table(table)
