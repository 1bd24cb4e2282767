"""The database tables (SQLAlchemy 2 typed mappings): the schema the migrations make.

The app reads and writes them in plain SQL (``reading``, ``repository``); these
mappings describe them for Alembic and for the tests that compare the migrated
schema with them.

Plan items (medications, activities) keep their full definition as a JSON document in
the file format's own shape, next to the columns we query by: the plan is small, read
whole and edited as a unit, and one shape for file and database means nothing is lost
between them. The log and the events, which grow for years and are queried by time,
are proper columns with indexes. Instants are stored as naive UTC plus the UTC offset
they were written with, so an export gives back the offsets the user saw.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class PatientRow(Base):
    __tablename__ = "patient"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Not unique: two patients may share a name when their identifiers differ
    # (plan-format.md); the services keep a name unique among patients without one.
    name: Mapped[str] = mapped_column(String(120), index=True)
    timezone: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    identifier: Mapped[str | None] = mapped_column(String(64), unique=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    # Bumped by every plan change; lets a second writer find out it is stale.
    revision: Mapped[int] = mapped_column(Integer, default=1)


class PlanRow(Base):
    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    # The rest of the plan object (clinician, goals, psfs_activities, flare_up advice
    # and days, notes) in the file format's shape.
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class PlanItemRow(Base):
    """A medication or an activity, of the plan or of its flare-up plan."""

    __tablename__ = "plan_item"
    __table_args__ = (
        UniqueConstraint("patient_id", "item_id", name="uq_plan_item_patient_item"),
        Index("ix_plan_item_patient_position", "patient_id", "position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20))  # "medication" or "activity"
    flare_up: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class LogEntryRow(Base):
    __tablename__ = "log_entry"
    __table_args__ = (Index("ix_log_entry_patient_at", "patient_id", "at_utc"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    at_utc: Mapped[datetime] = mapped_column(DateTime)
    at_offset_min: Mapped[int] = mapped_column(Integer)
    pain: Mapped[int] = mapped_column(Integer)
    pain_worst: Mapped[int | None] = mapped_column(Integer)
    spasm: Mapped[int | None] = mapped_column(Integer)
    walking_minutes: Mapped[int | None] = mapped_column(Integer)
    sleep: Mapped[int | None] = mapped_column(Integer)
    locations: Mapped[list[str] | None] = mapped_column(JSON)
    psfs: Mapped[list[list[Any]] | None] = mapped_column(JSON)
    side_effects: Mapped[list[str] | None] = mapped_column(JSON)
    red_flags: Mapped[list[str] | None] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)


class EventRow(Base):
    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_patient_item_scheduled", "patient_id", "item", "scheduled_utc"),
        Index("ix_event_patient_at", "patient_id", "at_utc"),
        # The moment a range of events is asked by (reading.py), migration 0003.
        Index("ix_event_patient_moment", "patient_id", text("coalesce(at_utc, scheduled_utc)")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(210))
    status: Mapped[str] = mapped_column(String(10))
    scheduled_utc: Mapped[datetime | None] = mapped_column(DateTime)
    scheduled_offset_min: Mapped[int | None] = mapped_column(Integer)
    at_utc: Mapped[datetime | None] = mapped_column(DateTime)
    at_offset_min: Mapped[int | None] = mapped_column(Integer)
    override_reason: Mapped[str | None] = mapped_column(Text)
    pain_before: Mapped[int | None] = mapped_column(Integer)
    pain_after: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    # Set when the record was taken back (events[].removed): kept, never deleted.
    removed_utc: Mapped[datetime | None] = mapped_column(DateTime)
    removed_offset_min: Mapped[int | None] = mapped_column(Integer)
    removed_reason: Mapped[str | None] = mapped_column(Text)


class MetaRow(Base):
    """Small per-database facts: when the app last looked, the last backup day."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
