"""Documents for the report tests: the examples, and long synthetic histories."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from backplan.domain.codec import document_from_json
from backplan.domain.model import (
    Event,
    EventStatus,
    LogEntry,
    PainLocation,
    PlanDocument,
    SideEffect,
)
from backplan.schedule.agenda import day_bounds
from backplan.schedule.expand import expand

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"


def example_json(name: str) -> dict[str, Any]:
    with (EXAMPLES / name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def example(name: str) -> PlanDocument:
    return document_from_json(example_json(name))


def long_history(days: int = 365, seed: int = 7, first: date = date(2025, 1, 6)) -> PlanDocument:
    """A plan followed for ``days`` days: a log entry a day, most occurrences done.

    Built through the codec (so it is a valid file) and then filled with a log and
    events drawn from the plan's own occurrences.
    """
    last = first + timedelta(days=days - 1)
    data: dict[str, Any] = {
        "format": "backplan",
        "version": 1,
        "patient": {"name": "Alex Long", "timezone": "Europe/Berlin"},
        "plan": {
            "title": "A year of recovery",
            "start": first.isoformat(),
            "end": last.isoformat(),
            "clinician": {"name": "Dr. K. Weber", "role": "Physiotherapist"},
            "psfs_activities": ["Gardening", "Cycling"],
        },
        "medications": [
            {
                "id": "naproxen",
                "name": "Naproxen 250 mg",
                "ingredients": [{"substance": "naproxen", "mg": 250}],
                "dose": "1 tablet",
                "schedule": {"times": ["08:00", "20:00"]},
                "start": first.isoformat(),
                "days": min(days, 60),
            },
            {
                "id": "paracetamol",
                "name": "Paracetamol 500 mg",
                "ingredients": [{"substance": "acetaminophen", "mg": 500}],
                "dose": "1 tablet",
                "schedule": {"as_needed": True, "min_interval_hours": 4, "max_doses_per_day": 4},
                "start": first.isoformat(),
                "end": last.isoformat(),
            },
        ],
        "activities": [
            {
                "id": "pt",
                "kind": "physical_therapy",
                "title": "Physiotherapy",
                "schedule": {"rrule": "FREQ=WEEKLY;BYDAY=TH", "time": "15:00"},
                "duration_minutes": 45,
                "start": first.isoformat(),
                "heat_before_minutes": 15,
                "cold_after_minutes": 15,
            },
            {
                "id": "home",
                "kind": "exercise",
                "title": "Home exercises",
                "schedule": {"times": ["07:30"]},
                "duration_minutes": 20,
                "start": first.isoformat(),
                "heat_before_minutes": 10,
                "exercises": [{"exercise": "bridge", "reps": 10}],
            },
            {
                "id": "walk",
                "kind": "walk",
                "title": "Walk",
                "schedule": {"times": ["18:00"], "weekdays": ["mon", "wed", "fri"]},
                "duration_minutes": 30,
                "start": first.isoformat(),
                "cold_after_minutes": 10,
            },
        ],
    }
    doc = document_from_json(data)
    rng = random.Random(seed)
    tz = ZoneInfo(doc.patient.timezone)
    lo, hi = day_bounds(doc.patient.timezone, first, days)
    events: list[Event] = []
    for occ in expand(doc, lo, hi):
        roll = rng.random()
        if roll < 0.8:
            at = occ.start + timedelta(minutes=rng.randint(0, 20))
            events.append(Event(occ.item, EventStatus.DONE, occ.start, at))
        elif roll < 0.9:
            events.append(Event(occ.item, EventStatus.SKIPPED, occ.start, None))
    log: list[LogEntry] = []
    for k in range(days):
        day = first + timedelta(days=k)
        pain = max(0, min(10, round(8 - 5 * k / days + rng.uniform(-1.5, 1.5))))
        at = datetime.combine(day, time(21, 0), tz)
        log.append(
            LogEntry(
                at=at,
                pain=pain,
                pain_worst=min(10, pain + 1),
                locations=(PainLocation.LOWER_BACK,),
                spasm=max(0, pain - 2),
                walking_minutes=10 + k * 50 // days,
                psfs=(("Gardening", min(10, 2 + k * 6 // days)), ("Cycling", 3)),
                sleep=6,
                side_effects=(SideEffect.HEADACHE,) if k % 10 == 0 else None,
                note=f"Day {k + 1}: felt about the same." if k % 3 == 0 else None,
            )
        )
        if k % 2 == 0:
            events.append(Event("paracetamol", EventStatus.DONE, None, at.replace(hour=13).astimezone(UTC)))
    events.sort(key=lambda e: e.sort_key)
    return replace(doc, log=tuple(log), events=tuple(events))
