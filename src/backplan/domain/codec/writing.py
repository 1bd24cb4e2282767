"""Writing domain objects back as the plain JSON values of the plan format.

Each writer is the inverse of a reader in this package: optional values the file left out
(``None``) stay out, and 350.0 is written as 350, so a file read and written again is the
same file.
"""

from __future__ import annotations

from typing import Any

from ..model import (
    Activity,
    Event,
    ExercisePrescription,
    LogEntry,
    Medication,
    Number,
    OnceSchedule,
    Patient,
    Plan,
    RRuleSchedule,
    Schedule,
    TimesSchedule,
)


def schedule_to_json(schedule: Schedule) -> dict[str, Any]:
    if isinstance(schedule, TimesSchedule):
        out: dict[str, Any] = {"times": [t.strftime("%H:%M") for t in schedule.times]}
        if schedule.weekdays is not None:
            out["weekdays"] = [d.value for d in schedule.weekdays]
        return out
    if isinstance(schedule, RRuleSchedule):
        return {"rrule": schedule.rrule, "time": schedule.time.strftime("%H:%M")}
    if isinstance(schedule, OnceSchedule):
        fmt = "%Y-%m-%dT%H:%M:%S" if schedule.at.second else "%Y-%m-%dT%H:%M"
        return {"once": schedule.at.strftime(fmt)}
    return {
        "as_needed": True,
        "min_interval_hours": schedule.min_interval_hours,
        "max_doses_per_day": schedule.max_doses_per_day,
    }


def medication_to_json(med: Medication) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": med.id,
        "name": med.name,
        "ingredients": [{"substance": i.substance, "mg": _num(i.mg)} for i in med.ingredients],
        "dose": med.dose,
        "schedule": schedule_to_json(med.schedule),
    }
    if med.start is not None:
        out["start"] = med.start.isoformat()
    if med.days is not None:
        out["days"] = med.days
    if med.end is not None:
        out["end"] = med.end.isoformat()
    _put(out, "instructions", med.instructions)
    _put(out, "prescriber", med.prescriber)
    if med.units_per_dose is not None:
        out["units_per_dose"] = _num(med.units_per_dose)
    if med.stock is not None:
        stock: dict[str, Any] = {"on_hand": _num(med.stock.on_hand), "as_of": med.stock.as_of.isoformat()}
        if med.stock.remind_below is not None:
            stock["remind_below"] = _num(med.stock.remind_below)
        out["stock"] = stock
    return out


def exercise_to_json(ex: ExercisePrescription) -> dict[str, Any]:
    out: dict[str, Any] = {"exercise": ex.exercise}
    if ex.custom is not None:
        out["custom"] = {"name": ex.custom.name, "instructions": ex.custom.instructions}
        _put(out["custom"], "image", ex.custom.image)
    for key in ("sets", "reps", "hold_seconds"):
        _put(out, key, getattr(ex, key))
    if ex.side is not None:
        out["side"] = ex.side.value
    _put(out, "notes", ex.notes)
    return out


def activity_to_json(act: Activity) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": act.id,
        "kind": act.kind.value,
        "title": act.title,
        "schedule": schedule_to_json(act.schedule),
        "duration_minutes": act.duration_minutes,
    }
    if act.start is not None:
        out["start"] = act.start.isoformat()
    if act.end is not None:
        out["end"] = act.end.isoformat()
    _put(out, "location", act.location)
    if act.exercises:
        out["exercises"] = [exercise_to_json(e) for e in act.exercises]
    _put(out, "heat_before_minutes", act.heat_before_minutes)
    _put(out, "cold_after_minutes", act.cold_after_minutes)
    _put(out, "notes", act.notes)
    return out


def plan_to_json(plan: Plan) -> dict[str, Any]:
    out: dict[str, Any] = {"title": plan.title, "start": plan.start.isoformat()}
    if plan.end is not None:
        out["end"] = plan.end.isoformat()
    if plan.clinician is not None:
        c: dict[str, Any] = {"name": plan.clinician.name}
        _put(c, "role", plan.clinician.role)
        _put(c, "contact", plan.clinician.contact)
        out["clinician"] = c
    if plan.goals is not None:
        out["goals"] = list(plan.goals)
    if plan.psfs_activities is not None:
        out["psfs_activities"] = list(plan.psfs_activities)
    if plan.flare_up is not None:
        fu = plan.flare_up
        f: dict[str, Any] = {"advice": fu.advice, "days": fu.days}
        if fu.medications:
            f["medications"] = [medication_to_json(m) for m in fu.medications]
        if fu.activities:
            f["activities"] = [activity_to_json(a) for a in fu.activities]
        out["flare_up"] = f
    _put(out, "notes", plan.notes)
    return out


def patient_to_json(patient: Patient) -> dict[str, Any]:
    out: dict[str, Any] = {"name": patient.name, "timezone": patient.timezone}
    _put(out, "notes", patient.notes)
    _put(out, "identifier", patient.identifier)
    if patient.birth_date is not None:
        out["birth_date"] = patient.birth_date.isoformat()
    return out


def log_entry_to_json(entry: LogEntry) -> dict[str, Any]:
    out: dict[str, Any] = {"at": entry.at.isoformat(), "pain": entry.pain}
    _put(out, "pain_worst", entry.pain_worst)
    if entry.locations is not None:
        out["locations"] = [x.value for x in entry.locations]
    _put(out, "spasm", entry.spasm)
    _put(out, "walking_minutes", entry.walking_minutes)
    if entry.psfs is not None:
        out["psfs"] = dict(entry.psfs)
    _put(out, "sleep", entry.sleep)
    if entry.side_effects is not None:
        out["side_effects"] = [x.value for x in entry.side_effects]
    if entry.red_flags is not None:
        out["red_flags"] = [x.value for x in entry.red_flags]
    _put(out, "note", entry.note)
    return out


def event_to_json(event: Event) -> dict[str, Any]:
    out: dict[str, Any] = {
        "item": event.item,
        "status": event.status.value,
        "scheduled_for": None if event.scheduled_for is None else event.scheduled_for.isoformat(),
    }
    if event.at is not None:
        out["at"] = event.at.isoformat()
    _put(out, "override_reason", event.override_reason)
    _put(out, "pain_before", event.pain_before)
    _put(out, "pain_after", event.pain_after)
    _put(out, "note", event.note)
    if event.removed is not None:
        out["removed"] = {"at": event.removed.at.isoformat(), "reason": event.removed.reason}
    return out


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        out[key] = value


def _num(value: Number) -> Number:
    """Writes 350.0 as 350 so numbers read back as they were written."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
