"""Column values to domain objects and back, without SQLAlchemy.

Shared by the writes (the repository, through SQLAlchemy) and the one read path
(``reading.SqlReader``, plain SQL on either engine's driver connection), so there is
one place that says how a column value becomes a domain value. Nothing here imports
SQLAlchemy, so the window and the command line read before that is loaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any

from backplan.domain import codec
from backplan.domain.model import (
    Activity,
    Event,
    EventStatus,
    LogEntry,
    Medication,
    PainLocation,
    Plan,
    RedFlag,
    Removal,
    SideEffect,
)


class NotFound(LookupError):
    """No such patient, plan, entry or event."""


# --- instants --------------------------------------------------------------------


def to_utc_parts(moment: datetime) -> tuple[datetime, int]:
    offset = moment.utcoffset()
    assert offset is not None, "instants must be aware"
    return moment.astimezone(UTC).replace(tzinfo=None), int(offset.total_seconds() // 60)


# One fixed-offset zone object per offset: years of history use only a handful.
_OFFSET_ZONES: dict[int, tzinfo] = {0: UTC}


def from_utc_parts(utc: datetime, offset_min: int) -> datetime:
    tz = _OFFSET_ZONES.get(offset_min)
    if tz is None:
        tz = _OFFSET_ZONES.setdefault(offset_min, timezone(timedelta(minutes=offset_min)))
    return utc.replace(tzinfo=UTC).astimezone(tz)


def utc_naive(moment: datetime) -> datetime:
    return to_utc_parts(moment)[0]


# --- the plan --------------------------------------------------------------------

# A plan item as stored: its category ("medication" or "activity"), whether it belongs
# to the flare-up plan, and its definition in the file format's shape.
PlanItemValues = tuple[str, bool, dict[str, Any]]


def plan_from_values(
    title: str, start: date, end: date | None, details: dict[str, Any] | None, items: Iterable[PlanItemValues]
) -> tuple[Plan, tuple[Medication, ...], tuple[Activity, ...]]:
    """The plan and its items from the plan row and the item rows (in their order)."""
    rows = list(items)
    meds = [(flare, data) for category, flare, data in rows if category == "medication"]
    acts = [(flare, data) for category, flare, data in rows if category == "activity"]
    plan_json: dict[str, Any] = {"title": title, "start": start.isoformat(), **dict(details or {})}
    if end is not None:
        plan_json["end"] = end.isoformat()
    if "flare_up" in plan_json:
        fu = dict(plan_json["flare_up"])
        flare_meds = [data for flare, data in meds if flare]
        flare_acts = [data for flare, data in acts if flare]
        if flare_meds:
            fu["medications"] = flare_meds
        if flare_acts:
            fu["activities"] = flare_acts
        plan_json["flare_up"] = fu
    plan = codec.parse_plan(plan_json)
    medications = tuple(
        codec.parse_medication(data, f"medications[{i}]")
        for i, data in enumerate(d for flare, d in meds if not flare)
    )
    activities = tuple(
        codec.parse_activity(data, f"activities[{i}]")
        for i, data in enumerate(d for flare, d in acts if not flare)
    )
    return plan, medications, activities


# --- log and events --------------------------------------------------------------

# Enum members by value: a dict lookup is several times cheaper than calling the enum,
# which counts when years of entries are read.
_LOCATIONS = {m.value: m for m in PainLocation}
_SIDE_EFFECTS = {m.value: m for m in SideEffect}
_RED_FLAGS = {m.value: m for m in RedFlag}
_STATUSES = {m.value: m for m in EventStatus}

# The log entry's columns in the order ``log_entry_from_values`` takes them.
LOG_COLUMNS = (
    "at_utc",
    "at_offset_min",
    "pain",
    "pain_worst",
    "locations",
    "spasm",
    "walking_minutes",
    "psfs",
    "sleep",
    "side_effects",
    "red_flags",
    "note",
)


def log_entry_from_values(
    at_utc: datetime,
    at_offset_min: int,
    pain: int,
    pain_worst: int | None,
    locations: list[str] | None,
    spasm: int | None,
    walking_minutes: int | None,
    psfs: list[list[Any]] | None,
    sleep: int | None,
    side_effects: list[str] | None,
    red_flags: list[str] | None,
    note: str | None,
) -> LogEntry:
    return LogEntry(
        at=from_utc_parts(at_utc, at_offset_min),
        pain=pain,
        pain_worst=pain_worst,
        locations=None if locations is None else tuple(_LOCATIONS[x] for x in locations),
        spasm=spasm,
        walking_minutes=walking_minutes,
        psfs=None if psfs is None else tuple((str(k), int(v)) for k, v in psfs),
        sleep=sleep,
        side_effects=None if side_effects is None else tuple(_SIDE_EFFECTS[x] for x in side_effects),
        red_flags=None if red_flags is None else tuple(_RED_FLAGS[x] for x in red_flags),
        note=note,
    )


# The event's columns in the order ``event_from_values`` takes them.
EVENT_COLUMNS = (
    "item",
    "status",
    "scheduled_utc",
    "scheduled_offset_min",
    "at_utc",
    "at_offset_min",
    "override_reason",
    "pain_before",
    "pain_after",
    "note",
    "removed_utc",
    "removed_offset_min",
    "removed_reason",
)


def event_from_values(
    item: str,
    status: str,
    scheduled_utc: datetime | None,
    scheduled_offset_min: int | None,
    at_utc: datetime | None,
    at_offset_min: int | None,
    override_reason: str | None,
    pain_before: int | None,
    pain_after: int | None,
    note: str | None,
    removed_utc: datetime | None = None,
    removed_offset_min: int | None = None,
    removed_reason: str | None = None,
) -> Event:
    scheduled_for = None
    if scheduled_utc is not None:
        scheduled_for = from_utc_parts(scheduled_utc, scheduled_offset_min or 0)
    return Event(
        item=item,
        status=_STATUSES[status],
        scheduled_for=scheduled_for,
        at=None if at_utc is None else from_utc_parts(at_utc, at_offset_min or 0),
        override_reason=override_reason,
        pain_before=pain_before,
        pain_after=pain_after,
        note=note,
        removed=(
            None
            if removed_utc is None
            else Removal(at=from_utc_parts(removed_utc, removed_offset_min or 0), reason=removed_reason)
        ),
    )
