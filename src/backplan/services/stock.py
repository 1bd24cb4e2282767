"""Medicine stock: units left and refill reminders, and a tablet count that resets them.

Only the doses since the oldest count (or in the recent-use window) change the figures,
so only those are read: the Today view asks every minute.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from backplan.domain.model import PlanDocument
from backplan.schedule.stock import RECENT_USE_DAYS, StockStatus, stock_after_count, stock_status
from backplan.schedule.wallclock import start_of_day, zone

from .context import ServiceContext
from .errors import UsageError
from .plan import document
from .recording import events


def stock_statuses(
    ctx: ServiceContext, patient_id: int, *, doc: PlanDocument | None = None
) -> list[StockStatus]:
    """Units left and refill reminders for every medicine that tracks its stock
    (``doc`` as in ``agenda``)."""
    doc = doc or document(ctx, patient_id, with_history=False)
    tracked = [m for m in doc.all_medications() if m.stock is not None]
    if not tracked:
        return []
    now = ctx.now()
    # Only doses since the oldest count, or in the recent-use window, change the
    # figures; the Today view asks every minute, so only those are read.
    tz = zone(doc.patient.timezone)
    since = min(start_of_day(m.stock.as_of, tz) for m in tracked if m.stock is not None)
    since = min(since, now - timedelta(days=RECENT_USE_DAYS))
    taken = [event for _, event in events(ctx, patient_id, since - timedelta(days=1))]
    out = []
    for med in tracked:
        status = stock_status(doc, med, taken, now)
        if status is not None:
            out.append(status)
    return out


def refill_reminders_due(ctx: ServiceContext, patient_id: int) -> list[StockStatus]:
    """Medicines running low that have not been reminded of yet: each fires once.

    A reminder is remembered against the stock it was computed from, so it comes
    again only after a tablet count (a new stock object) that is still too low.
    """
    due = []
    doc = document(ctx, patient_id, with_history=False)
    stocks = {m.id: m.stock for m in doc.all_medications()}
    for status in stock_statuses(ctx, patient_id):
        if not status.needs_refill:
            continue
        stock = stocks.get(status.med_id)
        signature = f"{stock.as_of}:{stock.on_hand}" if stock is not None else ""
        key = f"refill-reminded:{patient_id}:{status.med_id}"
        if ctx.get_meta(key) == signature:
            continue
        ctx.set_meta(key, signature)
        due.append(status)
    return due


def record_stock(
    ctx: ServiceContext, patient_id: int, med_id: str, units: float, at: datetime | None = None
) -> None:
    """A tablet count: from now on the units left start from ``units``."""
    if not units >= 0 or units != units or units > 1_000_000:
        raise UsageError(f"UNITS: expected a number of units from 0 up, got {units}")
    at = at or ctx.now()
    with ctx.writing() as w:
        w.lock_patient(patient_id)
        doc = w.read_document(patient_id)
        meds = list(doc.medications)
        flare = doc.plan.flare_up
        flare_meds = list(flare.medications) if flare else []
        for group in (meds, flare_meds):
            for i, med in enumerate(group):
                if med.id == med_id:
                    group[i] = replace(med, stock=stock_after_count(doc, med, doc.events, units, at))
                    break
            else:
                continue
            break
        else:
            known = ", ".join(m.id for m in doc.all_medications()) or "none"
            raise UsageError(f"MED_ID: no medication {med_id!r} in the plan (medications: {known})")
        plan = (
            doc.plan
            if flare is None
            else replace(doc.plan, flare_up=replace(flare, medications=tuple(flare_meds)))
        )
        w.write_plan(patient_id, plan, meds, doc.activities)
    ctx.changed("plan")
