"""Flare-ups: the windows in which the plan's flare-up part applies, and starting or
ending one (each an event of the ``FLARE_UP_ITEM``, kept like every other record)."""

from __future__ import annotations

from datetime import datetime

from backplan.domain.model import FLARE_UP_ITEM, Event, EventStatus, PlanDocument
from backplan.schedule.flare import active_flare_up as active_window
from backplan.schedule.flare import flare_up_windows as windows_of
from backplan.schedule.occurrence import FlareUpWindow
from backplan.schedule.wallclock import zone

from .context import ServiceContext
from .errors import UsageError
from .plan import document


def flare_up_windows(
    ctx: ServiceContext, patient_id: int, doc: PlanDocument | None = None
) -> list[FlareUpWindow]:
    doc = doc or document(ctx, patient_id, with_history=False)
    if doc.plan.flare_up is None:
        return []
    with ctx.reading() as r:
        flare_events = [e for _, e in r.events(patient_id, items=[FLARE_UP_ITEM])]
    return windows_of(flare_events, doc.plan.flare_up.days)


def active_flare_up(
    ctx: ServiceContext, patient_id: int, *, doc: PlanDocument | None = None
) -> FlareUpWindow | None:
    """The flare-up under way now, if any (``doc`` as in ``agenda``)."""
    return active_window(flare_up_windows(ctx, patient_id, doc), ctx.now())


def start_flare_up(
    ctx: ServiceContext, patient_id: int, at: datetime | None = None, note: str | None = None
) -> int:
    doc = document(ctx, patient_id, with_history=False)
    if doc.plan.flare_up is None:
        raise UsageError("this plan has no flare-up plan; ask your clinician to add one")
    tz = zone(doc.patient.timezone)
    at = (at or ctx.now()).astimezone(tz)
    if active_window(flare_up_windows(ctx, patient_id, doc), at) is not None:
        raise UsageError("a flare-up is already running")
    event = Event(item=FLARE_UP_ITEM, status=EventStatus.DONE, scheduled_for=None, at=at, note=note)
    with ctx.writing() as w:
        (event_id,) = w.add_events(patient_id, [event])
    ctx.changed("events")
    return event_id


def end_flare_up(ctx: ServiceContext, patient_id: int, at: datetime | None = None) -> int:
    doc = document(ctx, patient_id, with_history=False)
    tz = zone(doc.patient.timezone)
    at = (at or ctx.now()).astimezone(tz)
    window = active_window(flare_up_windows(ctx, patient_id, doc), at)
    if window is None:
        raise UsageError("no flare-up is running")
    event = Event(
        item=FLARE_UP_ITEM,
        status=EventStatus.SKIPPED,
        scheduled_for=window.start.astimezone(tz),
        at=at,
        note="ended early",
    )
    with ctx.writing() as w:
        (event_id,) = w.add_events(patient_id, [event])
    ctx.changed("events")
    return event_id
