"""Small builders for plans in tests: only what a schedule test cares about."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from backplan.domain.model import (
    Activity,
    ActivityKind,
    FlareUpPlan,
    Ingredient,
    Medication,
    Patient,
    Plan,
    PlanDocument,
    Schedule,
    TimesSchedule,
    Weekday,
)


def hm(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def times(*values: str, weekdays: tuple[Weekday, ...] | None = None) -> TimesSchedule:
    return TimesSchedule(tuple(hm(v) for v in values), weekdays)


def med(
    id: str,
    schedule: Schedule,
    start: date | None = date(2026, 1, 1),
    days: int | None = None,
    end: date | None = None,
) -> Medication:
    return Medication(
        id=id,
        name=f"{id} tablets",
        ingredients=(Ingredient("ibuprofen", 200),),
        dose="1 tablet",
        schedule=schedule,
        start=start,
        days=days,
        end=end,
    )


def act(
    id: str,
    schedule: Schedule,
    duration: int = 30,
    start: date | None = date(2026, 1, 1),
    end: date | None = None,
    heat: int | None = None,
    cold: int | None = None,
    kind: ActivityKind = ActivityKind.EXERCISE,
) -> Activity:
    return Activity(
        id=id,
        kind=kind,
        title=f"{id} session",
        schedule=schedule,
        duration_minutes=duration,
        start=start,
        end=end,
        heat_before_minutes=heat,
        cold_after_minutes=cold,
    )


def doc(
    tz: str,
    meds: tuple[Medication, ...] = (),
    acts: tuple[Activity, ...] = (),
    flare: FlareUpPlan | None = None,
    plan_start: date = date(2026, 1, 1),
    plan_end: date | None = None,
) -> PlanDocument:
    return PlanDocument(
        patient=Patient(name="Test Patient", timezone=tz),
        plan=Plan(title="Test plan", start=plan_start, end=plan_end, flare_up=flare),
        medications=meds,
        activities=acts,
    )


def local(
    tz: str, year: int, month: int, day: int, hour: int = 0, minute: int = 0, *, fold: int = 0
) -> datetime:
    """An aware local datetime (fold=0: the first of a repeated time)."""
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(tz), fold=fold)


def iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()
