"""A whole ``.backplan.json`` document: its header, its sections and the rules across them.

The sections are read in document order and the first broken rule is raised; the rules
that span sections (ids unique across the file, items within the plan's dates, events that
name an item of the file) are checked here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from ..model import (
    FLARE_UP_ITEM,
    Activity,
    Event,
    LogEntry,
    Medication,
    OnceSchedule,
    Plan,
    PlanDocument,
    Schedule,
)
from .items import parse_activity, parse_medication
from .log import event_items, parse_event, parse_log_entry
from .plan import parse_patient, parse_plan
from .values import Warnings, array, fail, join, obj
from .writing import (
    activity_to_json,
    event_to_json,
    log_entry_to_json,
    medication_to_json,
    patient_to_json,
    plan_to_json,
)

FORMAT_NAME = "backplan"
FORMAT_VERSION = 1
OPTIONAL_SECTIONS = ("medications", "activities", "log", "events")


def document_from_json(value: Any, warnings: Warnings | None = None) -> PlanDocument:
    """Reads and checks a whole plan document (already decoded from JSON)."""
    data = obj(value, "", ("format", "version", "patient", "plan"), OPTIONAL_SECTIONS)
    if data["format"] != FORMAT_NAME:
        raise fail("format", '"backplan"', data["format"])
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise fail("version", "the whole number 1", version)
    if version > FORMAT_VERSION:
        raise fail(
            "version",
            f"version {version} is newer than this backplan understands (it reads version "
            f"{FORMAT_VERSION}); update backplan to open this file",
        )
    if version != FORMAT_VERSION:
        raise fail("version", "the whole number 1", version)
    patient = parse_patient(data["patient"])
    plan = parse_plan(data["plan"], warnings=warnings)

    meds: tuple[Medication, ...] = ()
    if "medications" in data:
        meds = tuple(
            parse_medication(raw, join("medications", i))
            for i, raw in enumerate(array(data["medications"], "medications"))
        )
    acts: tuple[Activity, ...] = ()
    if "activities" in data:
        acts = tuple(
            parse_activity(raw, join("activities", i), warnings=warnings)
            for i, raw in enumerate(array(data["activities"], "activities"))
        )
    check_ids(plan, meds, acts)
    check_dates(plan, meds, acts)

    log: tuple[LogEntry, ...] = ()
    if "log" in data:
        log = tuple(
            parse_log_entry(raw, join("log", i), plan.psfs_activities)
            for i, raw in enumerate(array(data["log"], "log"))
        )
    events: tuple[Event, ...] = ()
    if "events" in data:
        flare = plan.flare_up
        known = event_items(
            meds + (flare.medications if flare else ()), acts + (flare.activities if flare else ())
        )
        events = tuple(
            parse_event(raw, join("events", i), known)
            for i, raw in enumerate(array(data["events"], "events"))
        )
    return PlanDocument(
        patient=patient,
        plan=plan,
        medications=meds,
        activities=acts,
        log=tuple(sorted(log, key=lambda e: e.at)),
        events=tuple(sorted(events, key=lambda e: e.sort_key)),
        present_sections=frozenset(k for k in OPTIONAL_SECTIONS if k in data),
    )


def _item_paths(plan: Plan, meds: Sequence[Medication], acts: Sequence[Activity]) -> list[tuple[str, str]]:
    paths = [(m.id, f"medications[{i}].id") for i, m in enumerate(meds)]
    paths += [(a.id, f"activities[{i}].id") for i, a in enumerate(acts)]
    if plan.flare_up is not None:
        paths += [
            (m.id, f"plan.flare_up.medications[{i}].id") for i, m in enumerate(plan.flare_up.medications)
        ]
        paths += [(a.id, f"plan.flare_up.activities[{i}].id") for i, a in enumerate(plan.flare_up.activities)]
    return paths


def check_ids(plan: Plan, meds: Sequence[Medication], acts: Sequence[Activity]) -> None:
    """Ids are unique across the whole file, flare-up items included; 'flare-up' is reserved."""
    seen: dict[str, str] = {}
    for item_id, path in _item_paths(plan, meds, acts):
        if item_id == FLARE_UP_ITEM:
            raise fail(path, "an id other than 'flare-up', which is reserved")
        if item_id in seen:
            raise fail(path, f"a unique id; {item_id!r} is already used at {seen[item_id]}")
        seen[item_id] = path


def check_dates(plan: Plan, meds: Sequence[Medication], acts: Sequence[Activity]) -> None:
    """Items may not start before the plan's start nor run past its end."""
    for i, med in enumerate(meds):
        path = f"medications[{i}]"
        assert med.start is not None
        _check_span(plan, path, med.start, med.last_day, "end" if med.end is not None else "days")
        _check_once(plan, path, med.schedule, med.start, med.last_day)
    for i, act in enumerate(acts):
        path = f"activities[{i}]"
        assert act.start is not None
        _check_span(plan, path, act.start, act.end, "end")
        _check_once(plan, path, act.schedule, act.start, act.end if act.end else plan.end)


def _check_span(plan: Plan, path: str, start: date, last: date | None, last_key: str) -> None:
    if start < plan.start:
        raise fail(join(path, "start"), f"a day on or after the plan's start {plan.start.isoformat()}")
    if plan.end is not None:
        if start > plan.end:
            raise fail(join(path, "start"), f"a day on or before the plan's end {plan.end.isoformat()}")
        if last is not None and last > plan.end:
            raise fail(
                join(path, last_key),
                f"a course that ends by the plan's end {plan.end.isoformat()} (this one runs to "
                f"{last.isoformat()})",
            )


def _check_once(plan: Plan, path: str, schedule: Schedule, start: date, last: date | None) -> None:
    if not isinstance(schedule, OnceSchedule):
        return
    day = schedule.at.date()
    if day < start or (last is not None and day > last):
        span = f"{start.isoformat()} to {last.isoformat()}" if last else f"from {start.isoformat()}"
        raise fail(join(join(path, "schedule"), "once"), f"a date-time within the item's dates ({span})")


def document_to_json(doc: PlanDocument, *, all_sections: bool = True) -> dict[str, Any]:
    """Writes the version-1 document: log and events in time order."""
    out: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "patient": patient_to_json(doc.patient),
        "plan": plan_to_json(doc.plan),
    }
    sections: dict[str, list[dict[str, Any]]] = {
        "medications": [medication_to_json(m) for m in doc.medications],
        "activities": [activity_to_json(a) for a in doc.activities],
        "log": [log_entry_to_json(e) for e in sorted(doc.log, key=lambda e: e.at)],
        "events": [event_to_json(e) for e in sorted(doc.events, key=lambda e: e.sort_key)],
    }
    for key, items in sections.items():
        if items or all_sections or key in doc.present_sections:
            out[key] = items
    return out


def validate_document(doc: PlanDocument) -> PlanDocument:
    """Re-checks a document built in code (the editor) by the file's own rules."""
    return document_from_json(document_to_json(doc))
