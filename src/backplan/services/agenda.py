"""The schedule: a patient's occurrences over a span, and what "today" is for them (in
the patient's own time zone, not the computer's)."""

from __future__ import annotations

from datetime import date, datetime

from backplan.domain.model import PlanDocument
from backplan.schedule.agenda import day_bounds
from backplan.schedule.expand import expand
from backplan.schedule.occurrence import Occurrence
from backplan.schedule.wallclock import zone

from .context import ServiceContext
from .errors import UsageError
from .flare_ups import flare_up_windows
from .patients import patient
from .plan import document


def occurrences(ctx: ServiceContext, patient_id: int, start: datetime, end: datetime) -> list[Occurrence]:
    doc = document(ctx, patient_id, with_history=False)
    return expand(doc, start, end, flare_up_windows(ctx, patient_id, doc))


def agenda(
    ctx: ServiceContext,
    patient_id: int,
    day: date | None = None,
    days: int = 1,
    *,
    doc: PlanDocument | None = None,
) -> list[Occurrence]:
    """The day's occurrences; ``doc``: the patient's document the caller just read
    (the Today view reads it once for all it shows), else it is read here."""
    if days < 1:
        raise UsageError(f"--days: expected a whole number of 1 or more, got {days}")
    doc = doc or document(ctx, patient_id, with_history=False)
    tz = zone(doc.patient.timezone)
    if day is None:
        day = ctx.now().astimezone(tz).date()
    start, end = day_bounds(doc.patient.timezone, day, days)
    return expand(doc, start, end, flare_up_windows(ctx, patient_id, doc))


def today(ctx: ServiceContext, patient_id: int) -> date:
    tz = zone(patient(ctx, patient_id).timezone)
    return ctx.now().astimezone(tz).date()
