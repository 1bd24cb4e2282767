"""Reading the pain log and the events (doses taken, activities done, records taken back).

An event must name an item of the same file; :func:`event_items` lists the ids it may
name, heat and cold halves and the flare-up included.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..model import (
    COLD_SUFFIX,
    FLARE_UP_ITEM,
    HEAT_SUFFIX,
    Activity,
    Event,
    EventStatus,
    LogEntry,
    Medication,
    PainLocation,
    RedFlag,
    Removal,
    SideEffect,
)
from .values import enum_list, enum_value, fail, integer, join, obj, optional, parse_aware_datetime, string

_LOG_OPTIONAL = (
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


def _score(value: Any, path: str) -> int:
    return integer(value, path, 0, 10)


def parse_log_entry(value: Any, path: str, psfs_activities: Sequence[str] | None) -> LogEntry:
    data = obj(value, path, ("at", "pain"), _LOG_OPTIONAL)
    psfs: tuple[tuple[str, int], ...] | None = None
    if "psfs" in data:
        p_path = join(path, "psfs")
        raw = data["psfs"]
        if not isinstance(raw, dict):
            raise fail(p_path, "an object of PSFS activity -> score 0-10", raw)
        allowed = list(psfs_activities or ())
        pairs: list[tuple[str, int]] = []
        for key, score in raw.items():
            if key not in allowed:
                listed = "; ".join(allowed) if allowed else "none: the plan has no psfs_activities"
                raise fail(join(p_path, key), f"a PSFS activity of the plan ({listed})")
            pairs.append((key, _score(score, join(p_path, key))))
        psfs = tuple(pairs)
    return LogEntry(
        at=parse_aware_datetime(data["at"], join(path, "at")),
        pain=_score(data["pain"], join(path, "pain")),
        pain_worst=optional(data, "pain_worst", path, _score),
        locations=optional(data, "locations", path, lambda v, p: enum_list(PainLocation, v, p)),
        spasm=optional(data, "spasm", path, _score),
        walking_minutes=optional(data, "walking_minutes", path, lambda v, p: integer(v, p, 0, 1440)),
        psfs=psfs,
        sleep=optional(data, "sleep", path, _score),
        side_effects=optional(data, "side_effects", path, lambda v, p: enum_list(SideEffect, v, p)),
        red_flags=optional(data, "red_flags", path, lambda v, p: enum_list(RedFlag, v, p)),
        note=optional(data, "note", path, string),
    )


def event_items(medications: Iterable[Medication], activities: Iterable[Activity]) -> dict[str, str]:
    """Every id an event may name, with what it is ('medication', 'activity', 'heat', ...)."""
    items: dict[str, str] = {FLARE_UP_ITEM: "flare-up"}
    for med in medications:
        items[med.id] = "medication"
    for act in activities:
        items[act.id] = "activity"
        if act.heat_before_minutes is not None:
            items[act.id + HEAT_SUFFIX] = "heat"
        if act.cold_after_minutes is not None:
            items[act.id + COLD_SUFFIX] = "cold"
    return items


def parse_event(value: Any, path: str, known_items: Mapping[str, str]) -> Event:
    data = obj(
        value,
        path,
        ("item", "status", "scheduled_for"),
        ("at", "override_reason", "pain_before", "pain_after", "note", "removed"),
    )
    item = data["item"]
    item_path = join(path, "item")
    if not isinstance(item, str) or item not in known_items:
        raise fail(
            item_path,
            "a medication or activity id of this file, '<activity id>:heat' or ':cold' for an "
            "activity with heat or cold, or 'flare-up'",
            item,
        )
    status = enum_value(EventStatus, data["status"], join(path, "status"))
    scheduled = data["scheduled_for"]
    scheduled_for = (
        None if scheduled is None else parse_aware_datetime(scheduled, join(path, "scheduled_for"))
    )
    at = optional(data, "at", path, parse_aware_datetime)
    if status is EventStatus.DONE and at is None:
        raise fail(join(path, "at"), "this key is required when status is 'done'")
    if at is None and scheduled_for is None:
        raise fail(
            join(path, "scheduled_for"), "a date-time: an event that was not done needs the time it was due"
        )
    return Event(
        item=item,
        status=status,
        scheduled_for=scheduled_for,
        at=at,
        override_reason=optional(data, "override_reason", path, string),
        pain_before=optional(data, "pain_before", path, _score),
        pain_after=optional(data, "pain_after", path, _score),
        note=optional(data, "note", path, string),
        removed=optional(data, "removed", path, parse_removal),
    )


def parse_removal(value: Any, path: str) -> Removal:
    """``{"at": ..., "reason": string or null}``: when a record was taken back."""
    data = obj(value, path, ("at",), ("reason",))
    reason = data.get("reason")
    return Removal(
        at=parse_aware_datetime(data["at"], join(path, "at")),
        reason=None if reason is None else string(reason, join(path, "reason")),
    )
