"""Recording what happened: doses through the safety guard, other events (skipped,
missed, done), and taking a record back without erasing it.

A dose is decided inside its write transaction, from the plan and only the doses that
can matter (those within the guard's reach and those of its scheduled time), so two
processes cannot both pass and the cost stays flat as the history grows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from backplan.domain.model import Event, EventStatus, PlanDocument
from backplan.safety import dose_guard
from backplan.safety.dose_guard import DoseDecision, history_reach, next_allowed_at, scheduled_time_for
from backplan.schedule.wallclock import zone
from backplan.storage.reading import Reader

from .context import ServiceContext
from .errors import SafetyRefusal, UsageError
from .flare_ups import flare_up_windows
from .patients import patient
from .plan import document

# How far past the clock's now a dose may say it was taken: clocks on two devices
# differ by a little; more than this is a slip (FACTS.md: bad input).
FUTURE_TOLERANCE = timedelta(minutes=5)


@dataclass(frozen=True)
class DoseResult:
    event_id: int
    event: Event
    decision: DoseDecision
    overridden: bool


def events(
    ctx: ServiceContext, patient_id: int, start: datetime | None = None, end: datetime | None = None
) -> list[tuple[int, Event]]:
    with ctx.reading() as r:
        return r.events(patient_id, start, end)


def check_dose(ctx: ServiceContext, patient_id: int, med_id: str, at: datetime | None = None) -> DoseDecision:
    at = at or ctx.now()
    _not_in_future(ctx, at)
    with ctx.reading() as r:
        doc = r.read_document(patient_id, with_history=False)
        return _decide(ctx, r, doc, patient_id, med_id, at)


def record_dose(
    ctx: ServiceContext,
    patient_id: int,
    med_id: str,
    at: datetime | None = None,
    override: str | None = None,
    note: str | None = None,
) -> DoseResult:
    """Records a dose as taken, through the safety guard; an override needs a reason."""
    if override is not None and not override.strip():
        raise UsageError("--override: give the reason for overriding the safety guard")
    tz = zone(patient(ctx, patient_id).timezone)
    at = (at or ctx.now()).astimezone(tz)
    _not_in_future(ctx, at)
    with ctx.writing() as w:
        # Decide inside the write transaction, so two processes cannot both pass:
        # on a server the patient's row lock makes the second wait for the first.
        w.lock_patient(patient_id)
        doc = w.read_document(patient_id, with_history=False)
        decision = _decide(ctx, w.reader(), doc, patient_id, med_id, at)
        if not decision.allowed and override is None:
            raise SafetyRefusal(decision.refusals)
        scheduled = decision.scheduled_for.astimezone(tz) if decision.scheduled_for else None
        event = Event(
            item=med_id,
            status=EventStatus.DONE,
            scheduled_for=scheduled,
            at=at,
            override_reason=override if not decision.allowed else None,
            note=note,
        )
        (event_id,) = w.add_events(patient_id, [event])
    ctx.changed("events")
    return DoseResult(event_id, event, decision, overridden=not decision.allowed)


def next_allowed(
    ctx: ServiceContext, patient_id: int, med_id: str, *, doc: PlanDocument | None = None
) -> datetime | None:
    """When the next dose is allowed (``doc`` as in ``agenda``)."""
    doc = doc or document(ctx, patient_id, with_history=False)
    now = ctx.now()
    # Only doses that can still hold back a dose at ``now`` or later count: those in
    # the last 24 hours or the longest minimum interval. Reading just those keeps
    # the Today view quick with years of history.
    since = now - history_reach(doc) - timedelta(hours=1)
    recent = [event for _, event in events(ctx, patient_id, since)]
    return next_allowed_at(doc, ctx.catalogue, med_id, recent, now, flare_up_windows(ctx, patient_id, doc))


def record_event(ctx: ServiceContext, patient_id: int, event: Event) -> int:
    """Records what happened to an occurrence (skip, missed, activity or heat done)."""
    doc = document(ctx, patient_id, with_history=False)
    if event.status is EventStatus.DONE and event.item in {m.id for m in doc.all_medications()}:
        raise UsageError("a dose goes through record_dose, so the safety guard sees it")
    tz = zone(doc.patient.timezone)
    event = replace(
        event,
        scheduled_for=event.scheduled_for.astimezone(tz) if event.scheduled_for else None,
        at=event.at.astimezone(tz) if event.at else None,
    )
    with ctx.writing() as w:
        # The same outcome for the same occurrence twice (the clock jumped back and
        # the view offered it again, or two windows) is refused, not doubled.
        w.lock_patient(patient_id)
        if event.scheduled_for is not None:
            for _, earlier in w.events_for_occurrence(patient_id, event.item, event.scheduled_for):
                if earlier.status is event.status:
                    when = event.scheduled_for.strftime("%Y-%m-%d %H:%M")
                    status = event.status.value
                    raise UsageError(f"{event.item} at {when} is already recorded as {status}")
        (event_id,) = w.add_events(patient_id, [event])
    ctx.changed("events")
    return event_id


def remove_event(ctx: ServiceContext, event_id: int, reason: str | None = None) -> Event:
    """Takes a record back (an undo, a deletion) without erasing it.

    The event is marked removed now (``events[].removed``): it counts for nothing
    from then on (not for the guard, not for adherence or stock) but stays in
    exports and in the clinician report. Returns the event as it stood, so that a
    redo can record it again.
    """
    with ctx.writing() as w:
        event = w.remove_event(event_id, ctx.now(), reason)
    ctx.changed("events")
    return event


def restore_event(ctx: ServiceContext, patient_id: int, event: Event) -> int:
    """Records again an event that undo took back (no guard: it was allowed once).

    The taken-back record stays as it is, marked removed; this is a new record.
    """
    with ctx.writing() as w:
        (event_id,) = w.add_events(patient_id, [event])
    ctx.changed("events")
    return event_id


def _not_in_future(ctx: ServiceContext, at: datetime) -> None:
    """A dose "taken" more than 5 minutes from now is a typing slip, not a dose:
    bad input (FACTS.md), refused before the guard and before anything is written."""
    now = ctx.now()
    if at > now + FUTURE_TOLERANCE:
        tz = at.tzinfo
        shown = at.strftime("%Y-%m-%d %H:%M")
        now_shown = now.astimezone(tz).strftime("%Y-%m-%d %H:%M")
        raise UsageError(
            f"--at: {shown} is in the future (it is now {now_shown}); a dose can be "
            "recorded only once it has been taken"
        )


def _decide(
    ctx: ServiceContext, r: Reader, doc: PlanDocument, patient_id: int, med_id: str, at: datetime
) -> DoseDecision:
    """The guard's answer, from the plan and the few doses that can matter: those
    within the guard's reach of ``at`` and those recorded for its scheduled time."""
    if med_id not in {m.id for m in doc.all_medications()}:
        known = ", ".join(m.id for m in doc.all_medications()) or "none"
        raise UsageError(f"MED_ID: no medication {med_id!r} in the plan (medications: {known})")
    windows = flare_up_windows(ctx, patient_id, doc)
    reach = history_reach(doc)
    found = dict(r.events(patient_id, at - reach, at + reach + timedelta(seconds=1)))
    due = scheduled_time_for(doc, ctx.catalogue, med_id, at, windows)
    if due is not None:
        found.update(r.events_for_occurrence(patient_id, med_id, due))
    recorded = [event for _, event in sorted(found.items())]
    return dose_guard.check_dose(doc, ctx.catalogue, med_id, at, recorded, windows)
