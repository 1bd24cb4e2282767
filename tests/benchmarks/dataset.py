"""A five-year history for the benchmarks: one patient, their plan and everything they did.

The benchmarks must measure the app on what a patient with chronic back pain really
accumulates (issue 10: "years of data"), and every run must measure the same thing, so
the data are generated from a fixed seed and fixed dates: the same arguments give the
same file, byte for byte.

What the file holds (dates are defaults; ``generate`` takes others):

* one patient in America/Chicago (daylight-saving changes twice a year, so offsets in
  the file vary as they do in life);
* a plan from 26 Nov 2021 to 31 Dec 2026: five years of history up to 25 Nov 2026
  and a few weeks still ahead, so the window opens on a live plan;
* four medicines: two scheduled anti-inflammatories whose courses run back to back
  (naproxen, then diclofenac after a switch) and two taken as needed over the whole
  plan (acetaminophen for pain, methocarbamol for spasm);
* three activities: weekly physical therapy (an RFC 5545 rule) with heat before and
  cold after, daily stretching with five library exercises, and walks on weekdays;
* one to three log entries a day whose pain drifts down over the years, with
  flare-ups, walking minutes that grow, weekly PSFS scores, sleep, occasional side
  effects, a handful of red flags and notes;
* an event for every scheduled occurrence in the history (most done, some skipped,
  some missed) and the as-needed doses, every dose one that the safety guard allows
  (course dates, one dose per scheduled time, interval, daily count, label maximum).

The occurrences come from ``backplan.schedule.expand`` itself, so each event's
``scheduled_for`` is exactly a time the app schedules, across DST changes too.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from backplan.domain.clock import FixedClock
from backplan.domain.codec import document_from_json, document_to_json
from backplan.domain.model import (
    Activity,
    ActivityKind,
    AsNeededSchedule,
    Clinician,
    Event,
    EventStatus,
    ExercisePrescription,
    Ingredient,
    LogEntry,
    Medication,
    PainLocation,
    Patient,
    Plan,
    PlanDocument,
    RedFlag,
    RRuleSchedule,
    Side,
    SideEffect,
    Stock,
    TimesSchedule,
    Weekday,
)
from backplan.schedule.agenda import day_bounds
from backplan.schedule.expand import MEDICATION_KIND, expand
from backplan.services.backplan_service import Backplan

TIMEZONE = "America/Chicago"
PATIENT_NAME = "Robin Okafor"
SEED = 20211126
# The history ends the evening before "today" of the benchmarks (26 Nov 2026).
HISTORY_END = date(2026, 11, 25)
YEARS = 5
PLAN_END = date(2026, 12, 31)
# The benchmarks' "now": midday of the first day after the history, in Chicago.
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=ZoneInfo(TIMEZONE)).astimezone(UTC)

PSFS = ("Sitting through a film", "Lifting a laundry basket", "Gardening for an hour")
NAPROXEN = "naproxen"
DICLOFENAC = "diclofenac"
ACETAMINOPHEN = "acetaminophen"
METHOCARBAMOL = "methocarbamol"
PT, STRETCH, WALK = "physical-therapy", "morning-stretches", "weekday-walk"

_NOTES = (
    "Long drive today",
    "Slept badly, stiff in the morning",
    "Good day, did the garden",
    "Sat at the desk too long",
    "Weather change, back achy",
    "Carried shopping upstairs",
    "Felt loose after the stretches",
)
# When in the day each kind of entry is made: first hour and spread in hours.
_SLOTS = {"morning": (7, 2), "midday": (11, 1), "afternoon": (13, 3), "evening": (20, 2)}
_SKIP_NOTES = ("Too busy", "Felt fine, skipped it", "Away from home", "Too sore today")


@dataclass(frozen=True)
class Counts:
    """What a generated document holds, for the benchmarks' correctness checks."""

    log_entries: int
    events: int
    days: int


@dataclass(frozen=True)
class FiveYears:
    """The file the benchmarks use, the document the app reads from it, and its counts."""

    path: Path
    doc: PlanDocument
    counts: Counts


def plan_start(history_end: date = HISTORY_END, years: int = YEARS) -> date:
    """The first day of ``years`` years of history ending on ``history_end``."""
    return history_end.replace(year=history_end.year - years) + timedelta(days=1)


def _more_medicines(first: date, plan_end: date) -> tuple[Medication, ...]:
    """Four more scheduled medicines for the harsher data set (none an NSAID: the plan's two
    would not allow it), each within its label's daily maximum (FACTS.md's catalogue)."""

    def nightly(med_id: str, name: str, ingredient: str, mg: float, at: tuple[time, ...]) -> Medication:
        return Medication(
            id=med_id,
            name=name,
            ingredients=(Ingredient(ingredient, mg),),
            dose="1 tablet",
            schedule=TimesSchedule(at),
            start=first,
            end=plan_end,
            prescriber="Dr. Mara Lindqvist",
        )

    return (
        nightly("gabapentin", "Gabapentin 300 mg", "gabapentin", 300, (time(21, 0),)),
        nightly("amitriptyline", "Amitriptyline 10 mg", "amitriptyline", 10, (time(21, 30),)),
        nightly("baclofen", "Baclofen 5 mg", "baclofen", 5, (time(9, 0), time(17, 0))),
        nightly("tizanidine", "Tizanidine 2 mg", "tizanidine", 2, (time(22, 0),)),
    )


def build_plan(
    history_end: date = HISTORY_END, years: int = YEARS, plan_end: date = PLAN_END, medicines: int = 4
) -> PlanDocument:
    """The plan alone (no log, no events): patient, four medicines (up to eight), three activities."""
    first = plan_start(history_end, years)
    switch = first + (plan_end - first) // 2  # the day diclofenac takes over from naproxen
    medications = (
        Medication(
            id=NAPROXEN,
            name="Naproxen 250 mg",
            ingredients=(Ingredient("naproxen", 250),),
            dose="1 tablet with food",
            schedule=TimesSchedule((time(8, 0), time(20, 0))),
            start=first,
            end=switch - timedelta(days=1),
            instructions="With food or milk.",
            prescriber="Dr. Mara Lindqvist",
        ),
        Medication(
            id=DICLOFENAC,
            name="Diclofenac 50 mg",
            ingredients=(Ingredient("diclofenac", 50),),
            dose="1 tablet with food",
            schedule=TimesSchedule((time(8, 0), time(20, 0))),
            start=switch,
            end=plan_end,
            instructions="With food. Replaces naproxen.",
            prescriber="Dr. Mara Lindqvist",
        ),
        Medication(
            id=ACETAMINOPHEN,
            name="Acetaminophen 500 mg",
            ingredients=(Ingredient("acetaminophen", 1000),),
            dose="2 tablets",
            schedule=AsNeededSchedule(min_interval_hours=6, max_doses_per_day=3),
            start=first,
            end=plan_end,
            units_per_dose=2,
            # Counted at the last refill: the Today view shows the units left.
            stock=Stock(on_hand=200, as_of=history_end - timedelta(days=40), remind_below=24),
        ),
        Medication(
            id=METHOCARBAMOL,
            name="Methocarbamol 750 mg",
            ingredients=(Ingredient("methocarbamol", 750),),
            dose="1 tablet",
            schedule=AsNeededSchedule(min_interval_hours=6, max_doses_per_day=3),
            start=first,
            end=plan_end,
            instructions="For spasm. May cause drowsiness.",
            prescriber="Dr. Mara Lindqvist",
        ),
        *_more_medicines(first, plan_end)[: max(0, medicines - 4)],
    )
    activities = (
        Activity(
            id=PT,
            kind=ActivityKind.PHYSICAL_THERAPY,
            title="Physical therapy at Lakeside Physio",
            schedule=RRuleSchedule("FREQ=WEEKLY;BYDAY=WE", time(10, 0)),
            duration_minutes=45,
            start=first,
            location="Lakeside Physio, 40 Harbor Road",
            heat_before_minutes=15,
            cold_after_minutes=15,
        ),
        Activity(
            id=STRETCH,
            kind=ActivityKind.STRETCHING,
            title="Morning stretches",
            schedule=TimesSchedule((time(7, 15),)),
            duration_minutes=20,
            start=first,
            exercises=(
                ExercisePrescription("knee-to-chest", reps=3, hold_seconds=20, side=Side.EACH),
                ExercisePrescription("pelvic-tilt", sets=2, reps=10),
                ExercisePrescription("cat-cow", reps=10),
                ExercisePrescription("bird-dog", reps=8, hold_seconds=5, side=Side.EACH),
                ExercisePrescription("bridge", sets=2, reps=10),
            ),
        ),
        Activity(
            id=WALK,
            kind=ActivityKind.WALK,
            title="Walk after work",
            schedule=TimesSchedule(
                (time(18, 0),), (Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI)
            ),
            duration_minutes=30,
            start=first,
        ),
    )
    plan = Plan(
        title="Chronic low back pain: long-term plan",
        start=first,
        end=plan_end,
        clinician=Clinician("Alex Moreau", "Physiotherapist", "Lakeside Physio, 555-0199"),
        goals=("Walk 45 minutes without stopping", "Garden for an hour", "Sit through a film"),
        psfs_activities=PSFS,
        notes="Keep moving within comfort; review every six months.",
    )
    return PlanDocument(
        patient=Patient(PATIENT_NAME, TIMEZONE, notes="Warehouse work; back pain since 2019."),
        plan=plan,
        medications=medications,
        activities=activities,
        present_sections=frozenset({"medications", "activities", "log", "events"}),
    )


class _Dosing:
    """The doses of one as-needed medicine so far, to keep each new one within its limits."""

    def __init__(self, min_interval: timedelta, max_per_24h: int) -> None:
        self.min_interval = min_interval
        self.max_per_24h = max_per_24h
        self.taken: list[datetime] = []  # UTC, in order

    def allows(self, at: datetime) -> bool:
        if self.taken and at - self.taken[-1] < self.min_interval:
            return False
        # "In 24 hours" as the guard counts it: doses in (at - 24 h, at], plus this one.
        recent = [t for t in self.taken[-self.max_per_24h :] if at - timedelta(hours=24) < t <= at]
        return len(recent) + 1 <= self.max_per_24h

    def take(self, at: datetime) -> None:
        self.taken.append(at)


def _clamp(value: float, lo: int = 0, hi: int = 10) -> int:
    return max(lo, min(hi, round(value)))


def _flare_days(rng: random.Random, first: date, last: date) -> dict[date, float]:
    """Extra pain on flare-up days: three or four flare-ups a year, each 3-10 days."""
    extra: dict[date, float] = {}
    day = first + timedelta(days=rng.randint(20, 60))
    while day <= last:
        length = rng.randint(3, 10)
        peak = rng.uniform(2.0, 3.5)
        for k in range(length):
            extra[day + timedelta(days=k)] = peak * (1 - k / (length + 1))
        day += timedelta(days=rng.randint(70, 140))
    return extra


def generate(
    seed: int = SEED,
    history_end: date = HISTORY_END,
    years: int = YEARS,
    plan_end: date = PLAN_END,
    entries_per_day: int | None = None,
    medicines: int = 4,
) -> PlanDocument:
    """The whole document: the plan, the log and the events, from ``seed``.

    ``entries_per_day`` fixed (up to four: morning, midday, afternoon, evening) instead
    of one to three; ``medicines`` up to eight (see :func:`_more_medicines`).
    """
    rng = random.Random(seed)
    doc = build_plan(history_end, years, plan_end, medicines)
    tz = ZoneInfo(TIMEZONE)
    first, last = doc.plan.start, history_end
    total_days = (last - first).days + 1
    flare = _flare_days(rng, first, last)
    red_flag_days = {first + timedelta(days=rng.randrange(total_days)) for _ in range(4)}

    # --- the log: pain that eases over the years, with flare-ups ---------------------
    log: list[LogEntry] = []
    daily_pain: dict[date, float] = {}
    for index in range(total_days):
        day = first + timedelta(days=index)
        progress = index / total_days
        base = 6.2 - 3.0 * progress + 0.6 * rng.gauss(0, 1) + flare.get(day, 0.0)
        daily_pain[day] = base
        if entries_per_day is None:
            n = rng.choices((1, 2, 3), weights=(0.45, 0.35, 0.20))[0]
            slots = sorted(rng.sample(("morning", "afternoon", "evening"), n))
        else:
            slots = ["morning", "midday", "afternoon", "evening"][:entries_per_day]
        for slot in slots:
            hour, spread = _SLOTS[slot]
            local = datetime.combine(day, time(hour, rng.randrange(60)), tz) + timedelta(
                minutes=rng.randrange(spread * 60)
            )
            pain = _clamp(base + rng.gauss(0, 0.8))
            locations = [PainLocation.LOWER_BACK]
            if base > 5.5 and rng.random() < 0.5:
                locations.append(PainLocation.LEG_LEFT)
            if rng.random() < 0.1:
                locations.append(PainLocation.BUTTOCK_LEFT)
            entry = LogEntry(
                at=local,
                pain=pain,
                pain_worst=_clamp(pain + rng.uniform(0.5, 2.5)) if slot == "evening" else None,
                locations=tuple(locations),
                spasm=_clamp(base - 1 + rng.gauss(0, 1)) if rng.random() < 0.6 else None,
                walking_minutes=(
                    max(0, round(10 + 40 * progress - 3 * flare.get(day, 0) + rng.gauss(0, 6)))
                    if slot == "evening"
                    else None
                ),
                psfs=(
                    tuple(
                        (name, _clamp(3 + 5 * progress - flare.get(day, 0) + rng.gauss(0, 0.7)))
                        for name in PSFS
                    )
                    if slot == slots[-1] and day.weekday() == 6
                    else None
                ),
                sleep=_clamp(7 - 0.5 * base + rng.gauss(0, 1)) if slot == "morning" else None,
                side_effects=(SideEffect.DROWSINESS,) if rng.random() < 0.03 else None,
                red_flags=(RedFlag.NIGHT_PAIN,) if day in red_flag_days and slot == slots[0] else None,
                note=rng.choice(_NOTES) if rng.random() < 0.05 else None,
            )
            log.append(entry)

    # --- scheduled occurrences, as the app expands them --------------------------------
    lo, _ = day_bounds(TIMEZONE, first)
    _, hi = day_bounds(TIMEZONE, last)
    events: list[Event] = []
    for occ in expand(doc, lo, hi):
        day = occ.start.date()
        roll = rng.random()
        if occ.kind == MEDICATION_KIND:
            done_share, skip_share = 0.9, 0.06
        elif occ.item == PT:
            done_share, skip_share = 0.93, 0.04
        elif occ.item.startswith(PT + ":") or occ.item == STRETCH:
            done_share, skip_share = 0.8, 0.12
        else:
            done_share, skip_share = 0.72, 0.16
        if roll < done_share:
            if occ.kind == MEDICATION_KIND:
                late = timedelta(minutes=max(-30, min(45, round(rng.gauss(8, 12)))))
            else:
                late = timedelta(minutes=rng.randrange(0, 6))
            pain_before = pain_after = None
            if occ.kind not in (MEDICATION_KIND, "heat", "cold") and rng.random() < 0.5:
                pain_before = _clamp(daily_pain[day] + rng.gauss(0, 0.6))
                pain_after = _clamp(pain_before - rng.uniform(0, 2))
            events.append(
                Event(
                    item=occ.item,
                    status=EventStatus.DONE,
                    scheduled_for=occ.start,
                    at=occ.start + late,
                    pain_before=pain_before,
                    pain_after=pain_after,
                )
            )
        elif roll < done_share + skip_share:
            note = rng.choice(_SKIP_NOTES) if rng.random() < 0.4 else None
            events.append(Event(occ.item, EventStatus.SKIPPED, occ.start, note=note))
        else:
            events.append(Event(occ.item, EventStatus.MISSED, occ.start))

    # --- as-needed doses: more on worse days, always within the label's limits ---------
    for med_id, per_pain in ((ACETAMINOPHEN, 0.35), (METHOCARBAMOL, 0.18)):
        med = next(m for m in doc.medications if m.id == med_id)
        assert isinstance(med.schedule, AsNeededSchedule)
        dosing = _Dosing(timedelta(hours=med.schedule.min_interval_hours), med.schedule.max_doses_per_day)
        for index in range(total_days):
            day = first + timedelta(days=index)
            wanted = max(0.0, (daily_pain[day] - 3.0) * per_pain)
            count = int(wanted) + (1 if rng.random() < wanted - int(wanted) else 0)
            for _ in range(min(count, 3)):
                local = datetime.combine(day, time(9), tz) + timedelta(minutes=rng.randrange(13 * 60))
                at = local.astimezone(UTC)
                if dosing.allows(at):
                    dosing.take(at)
                    events.append(Event(med_id, EventStatus.DONE, None, at=local))

    events.sort(key=lambda e: e.sort_key)
    log.sort(key=lambda e: e.at)
    return PlanDocument(
        patient=doc.patient,
        plan=doc.plan,
        medications=doc.medications,
        activities=doc.activities,
        log=tuple(log),
        events=tuple(events),
        present_sections=doc.present_sections,
    )


def ten_years() -> PlanDocument:
    """The harsher data set (issue 23): ten years, four entries a day, eight medicines."""
    return generate(years=10, entries_per_day=4, medicines=8)


def to_json_text(doc: PlanDocument) -> str:
    """The document as the ``.backplan.json`` text the app imports."""
    return json.dumps(document_to_json(doc), ensure_ascii=False, indent=1) + "\n"


def write(path: Path, doc: PlanDocument | None = None) -> Counts:
    """Writes the five-year file (the default document unless given) and checks it reads back."""
    doc = doc or generate()
    text = to_json_text(doc)
    # Valid by the app's own codec, or the benchmarks would measure a refusal.
    document_from_json(json.loads(text))
    path.write_text(text, encoding="utf-8")
    return counts(doc)


def counts(doc: PlanDocument) -> Counts:
    days = len({e.at.astimezone(ZoneInfo(TIMEZONE)).date() for e in doc.log})
    return Counts(len(doc.log), len(doc.events), days)


def open_folder(folder: Path) -> Backplan:
    """Services over ``folder`` on the benchmarks' fixed clock (``NOW``)."""
    from backplan.bootstrap import open_services

    return open_services(folder, FixedClock(NOW))


def imported_folder(folder: Path, path: Path) -> Path:
    """``folder`` as a data folder with the file at ``path`` imported (its services closed)."""
    services = open_folder(folder)
    try:
        services.import_file(path)
    finally:
        services.db.dispose()
    return folder


def doses(doc: PlanDocument) -> Sequence[Event]:
    meds = {m.id for m in doc.medications}
    return [e for e in doc.events if e.item in meds and e.status is EventStatus.DONE]


def main(argv: Sequence[str] | None = None) -> int:
    """``python tests/benchmarks/dataset.py OUT.backplan.json``: write the file to look at."""
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    out = Path(args[0] if args else "five-years.backplan.json")
    c = write(out)
    print(f"{out}: {c.log_entries} log entries on {c.days} days, {c.events} events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
