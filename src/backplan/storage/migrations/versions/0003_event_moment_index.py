"""An index on an event's moment, so the dose guard reads only the days it needs.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07

The guard, the Today view and a range of the Progress chart ask for the events whose
moment (``at``, else ``scheduled_for``) lies in a few days: ``coalesce(at_utc,
scheduled_utc)``, which no index served, so every dose read through all the patient's
events (issue 23: 4.3 ms with one year stored, 20 ms with ten). Both engines index the
expression itself; the query (storage/reading.py) names it the same way.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEX = "ix_event_patient_moment"


def upgrade() -> None:
    op.create_index(INDEX, "event", ["patient_id", sa.text("coalesce(at_utc, scheduled_utc)")])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="event")
