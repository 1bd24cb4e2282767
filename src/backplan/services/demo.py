"""The demo patient: the bundled three-week example, moved so that it is happening now.

The plan is shifted so that it started six weeks ago and runs on for two more weeks,
and six weeks of plausible history are made up to go with it (pain easing from 7 to
about 2, most doses and sessions done, a few skipped). The randomness is seeded, so
the demo looks the same every time it is created for the same day.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date, datetime, timedelta

from backplan.domain.codec import document_from_json
from backplan.domain.model import (
    AsNeededSchedule,
    Event,
    EventStatus,
    FlareUpPlan,
    Ingredient,
    LogEntry,
    Medication,
    PainLocation,
    PlanDocument,
    SideEffect,
)
from backplan.resources_path import resources_dir
from backplan.schedule.expand import expand
from backplan.schedule.wallclock import start_of_day, zone

from .backplan_service import Backplan

DEMO_PATIENT = "Sam Rivera (demo)"
HISTORY_DAYS = 42
AHEAD_DAYS = 14


def demo_document(today: date, now: datetime) -> PlanDocument:
    """The example plan re-dated around ``today``, with history up to ``now``."""
    raw = json.loads((resources_dir() / "demo" / "acute-3-weeks.backplan.json").read_text("utf-8"))
    base = document_from_json(raw)
    old_start = base.plan.start
    new_start = today - timedelta(days=HISTORY_DAYS - 1)
    shift = new_start - old_start

    def moved(day: date | None) -> date | None:
        return None if day is None else day + shift

    new_end = today + timedelta(days=AHEAD_DAYS)
    # The medicine courses run now (carisoprodol on "day 9 of 14"), so the Today view
    # shows doses to take; the rest of the plan started six weeks ago.
    course_starts = {"carisoprodol": today - timedelta(days=8), "ibuprofen": today - timedelta(days=4)}
    meds = tuple(
        replace(m, start=course_starts.get(m.id, moved(m.start)), end=moved(m.end)) for m in base.medications
    )
    acts = tuple(replace(a, start=moved(a.start), end=None) for a in base.activities)
    flare = FlareUpPlan(
        advice=(
            "Keep moving gently: short walks every two hours, heat before the stretches. "
            "Call the clinic if it is not easing after three days."
        ),
        days=3,
        medications=(
            Medication(
                id="flare-paracetamol",
                name="Paracetamol 500 mg",
                ingredients=(Ingredient("acetaminophen", 1000),),
                dose="2 tablets",
                schedule=AsNeededSchedule(min_interval_hours=4, max_doses_per_day=4),
            ),
        ),
    )
    plan = replace(
        base.plan,
        start=new_start,
        end=new_end,
        flare_up=flare,
        title=base.plan.title.replace("3-week", "8-week"),
    )
    doc = replace(
        base,
        patient=replace(base.patient, name=DEMO_PATIENT),
        plan=plan,
        medications=meds,
        activities=acts,
    )
    return replace(doc, log=_history_log(doc, today, now), events=_history_events(doc, today, now))


def _within_course(med: Medication, day: date) -> bool:
    last = med.last_day
    return med.start is not None and med.start <= day and (last is None or day <= last)


def _history_log(doc: PlanDocument, today: date, now: datetime) -> tuple[LogEntry, ...]:
    rng = random.Random(today.toordinal())
    tz = zone(doc.patient.timezone)
    psfs_names = doc.plan.psfs_activities or ()
    entries: list[LogEntry] = []
    for offset in range(HISTORY_DAYS):
        day = doc.plan.start + timedelta(days=offset)
        at = (start_of_day(day, tz) + timedelta(hours=20, minutes=rng.randint(0, 50))).astimezone(tz)
        if at > now or rng.random() < 0.12:  # some evenings nobody logs
            continue
        progress = offset / HISTORY_DAYS
        pain = max(0, min(10, round(7 - 5 * progress + rng.uniform(-1.2, 1.2))))
        locations = [PainLocation.LOWER_BACK]
        if progress < 0.35:
            locations.append(PainLocation.LEG_LEFT)
        side_effects = (SideEffect.DROWSINESS,) if offset < 14 and rng.random() < 0.3 else None
        entries.append(
            LogEntry(
                at=at,
                pain=pain,
                pain_worst=min(10, pain + rng.randint(0, 2)),
                locations=tuple(locations),
                spasm=max(0, min(10, round(6 - 6 * progress + rng.uniform(-1, 1)))),
                walking_minutes=int(5 + 40 * progress + rng.randint(0, 8)),
                psfs=tuple(
                    (name, max(0, min(10, round(2 + 7 * progress + rng.uniform(-1, 1)))))
                    for name in psfs_names
                )
                if offset % 7 == 0
                else None,
                sleep=max(0, min(10, round(4 + 4 * progress + rng.uniform(-1, 1)))),
                side_effects=side_effects,
            )
        )
    return tuple(entries)


def _history_events(doc: PlanDocument, today: date, now: datetime) -> tuple[Event, ...]:
    rng = random.Random(today.toordinal() + 1)
    tz = zone(doc.patient.timezone)
    start = start_of_day(doc.plan.start, tz)
    events: list[Event] = []
    for occ in expand(doc, start, now):
        if occ.start > now - timedelta(hours=3):
            continue  # leave today's recent items for the person to act on
        roll = rng.random()
        if roll < 0.82:
            delay = timedelta(minutes=rng.randint(0, 25))
            events.append(
                Event(
                    item=occ.item,
                    status=EventStatus.DONE,
                    scheduled_for=occ.start,
                    at=(occ.start + delay).astimezone(tz),
                    pain_before=rng.randint(3, 6) if occ.kind == "physical_therapy" else None,
                    pain_after=rng.randint(1, 4) if occ.kind == "physical_therapy" else None,
                )
            )
        elif roll < 0.92:
            events.append(Event(item=occ.item, status=EventStatus.SKIPPED, scheduled_for=occ.start))
        else:
            events.append(Event(item=occ.item, status=EventStatus.MISSED, scheduled_for=occ.start))
    # A few as-needed ibuprofen doses in the first ten days, well within the limits.
    ibuprofen = next((m for m in doc.medications if m.as_needed), None)
    if ibuprofen is not None and ibuprofen.start is not None:
        for offset in range(0, 10, 2):
            day = ibuprofen.start + timedelta(days=offset)
            if not _within_course(ibuprofen, day):
                continue
            at = (start_of_day(day, tz) + timedelta(hours=12, minutes=30)).astimezone(tz)
            if at < now:
                events.append(Event(item=ibuprofen.id, status=EventStatus.DONE, scheduled_for=None, at=at))
    return tuple(sorted(events, key=lambda e: e.sort_key))


def ensure_demo(services: Backplan) -> int:
    """Creates the demo patient if the folder does not have it; returns its id."""
    if DEMO_PATIENT in services.patient_names():
        return services.resolve_patient(DEMO_PATIENT)
    tz_name = json.loads((resources_dir() / "demo" / "acute-3-weeks.backplan.json").read_text("utf-8"))[
        "patient"
    ]["timezone"]
    now = services.now()
    today = now.astimezone(zone(tz_name)).date()
    doc = demo_document(today, now)
    return services.import_document(doc).patient_id
