"""Tablets on hand, and when they will run out.

The file format's ``stock`` says how many units were on hand at the start of the
``as_of`` day; every dose recorded from then on uses ``units_per_dose`` of them. A
recount ("count my tablets") is stored in the same terms (see
:func:`stock_after_count`), so the plan file alone always tells the whole story.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from backplan.domain.model import AsNeededSchedule, Event, EventStatus, Medication, PlanDocument, Stock

from .expand import expand
from .wallclock import as_utc, start_of_day, zone

RECENT_USE_DAYS = 7
PROJECTION_LIMIT_DAYS = 366


@dataclass(frozen=True)
class StockStatus:
    med_id: str
    units_left: float
    daily_use: float  # units a day, as planned (scheduled) or as recently used (as needed)
    remind_below: float
    needs_refill: bool
    runs_out_on: date | None  # the local day of the first dose the units left cannot cover
    runs_out_before_course_end: bool


def _doses_since(med: Medication, events: Sequence[Event], start: datetime, end: datetime) -> int:
    return sum(
        1
        for e in events
        if e.item == med.id
        and e.status is EventStatus.DONE
        and e.counts
        and e.at is not None
        and start <= as_utc(e.at) <= end
    )


def units_left(doc: PlanDocument, med: Medication, events: Sequence[Event], now: datetime) -> float | None:
    if med.stock is None:
        return None
    tz = zone(doc.patient.timezone)
    since = start_of_day(med.stock.as_of, tz)
    used = _doses_since(med, events, since, as_utc(now)) * float(med.effective_units_per_dose)
    return float(med.stock.on_hand) - used


def stock_after_count(
    doc: PlanDocument, med: Medication, events: Sequence[Event], units: float, at: datetime
) -> Stock:
    """The stock object that says "``units`` on hand at ``at``".

    ``on_hand`` counts from the start of the local day, so the doses already taken
    earlier that day are added back in.
    """
    tz = zone(doc.patient.timezone)
    day = as_utc(at).astimezone(tz).date()
    taken_today = _doses_since(med, events, start_of_day(day, tz), as_utc(at))
    on_hand = units + taken_today * float(med.effective_units_per_dose)
    remind = med.stock.remind_below if med.stock is not None else None
    return Stock(on_hand=_tidy(on_hand), as_of=day, remind_below=remind)


def _tidy(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def stock_status(
    doc: PlanDocument, med: Medication, events: Sequence[Event], now: datetime
) -> StockStatus | None:
    left = units_left(doc, med, events, now)
    if left is None or med.stock is None:
        return None
    tz = zone(doc.patient.timezone)
    per_dose = float(med.effective_units_per_dose)
    now_utc = as_utc(now)
    last_day = med.last_day
    course_end = start_of_day(last_day + timedelta(days=1), tz) if last_day else None
    runs_out_on: date | None = None
    if isinstance(med.schedule, AsNeededSchedule):
        recent_start = now_utc - timedelta(days=RECENT_USE_DAYS)
        if med.start is not None:
            recent_start = max(recent_start, start_of_day(med.start, tz))
        span_days = max((now_utc - recent_start).total_seconds() / 86400, 1.0)
        recent = _doses_since(med, events, recent_start, now_utc) * per_dose / span_days
        daily_use = recent
        plan_day = med.schedule.max_doses_per_day * per_dose
        default_remind = 3 * plan_day
        if daily_use > 0:
            days_left = max(left, 0.0) / daily_use
            runs_out_on = (now_utc + timedelta(days=days_left)).astimezone(tz).date()
        runs_out_early = bool(runs_out_on and last_day and runs_out_on < last_day)
    else:
        horizon = course_end or now_utc + timedelta(days=PROJECTION_LIMIT_DAYS)
        horizon = min(horizon, now_utc + timedelta(days=PROJECTION_LIMIT_DAYS))
        # Only this medicine's doses: expand a document that holds nothing else.
        solo = PlanDocument(patient=doc.patient, plan=doc.plan, medications=(med,))
        future = [o for o in expand(solo, now_utc, horizon) if o.item == med.id]
        week = [o for o in future if o.start < now_utc + timedelta(days=7)]
        daily_use = len(week) * per_dose / 7 if week else 0.0
        remaining = left
        for occ in future:
            remaining -= per_dose
            if remaining < 0:
                runs_out_on = occ.start.astimezone(tz).date()
                break
        runs_out_early = runs_out_on is not None
        default_remind = 3 * daily_use
    remind_below = float(med.stock.remind_below) if med.stock.remind_below is not None else default_remind
    return StockStatus(
        med_id=med.id,
        units_left=left,
        daily_use=daily_use,
        remind_below=remind_below,
        needs_refill=left < remind_below,
        runs_out_on=runs_out_on,
        runs_out_before_course_end=runs_out_early,
    )
