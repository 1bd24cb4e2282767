"""The plan and its record as a FHIR R4 Bundle, for the clinic's systems.

``backplan export --fhir --out FILE.json`` writes one Bundle of type ``collection``,
built and checked with the ``fhir.resources`` package's R4B models
(``fhir.resources.R4B``: version 8 of the package keeps R4B there and R5 at its top
level; R4B is R4 plus fixes, and its resources below are the R4 ones). Every
resource is validated by the library before anything is written, so a file this
module writes is one the library reads back.

What is in the bundle:

* **Patient**: the name, the record number (``identifier``) and ``birthDate`` where
  the plan has them, and the IANA time zone (the ``timezone`` extension) that every
  local time of the plan is in.
* **CarePlan** (``intent: plan``): the plan's title, period, notes, goals and
  clinician; one ``activity`` per activity (flare-up ones included) with its kind,
  status, schedule (``scheduledTiming``, its ``boundsPeriod`` being the activity's
  dates), location and a description that lists duration, heat, cold and exercises;
  and one ``activity`` referring to each MedicationRequest.
* **MedicationRequest**, one per medicine (flare-up ones included):
  ``medicationCodeableConcept.text`` is the name as on the pack; ``dosageInstruction``
  has the dose as written in ``text`` (FHIR's ``doseAndRate`` has no free-text
  field), the mg per dose in ``doseAndRate.doseQuantity`` when the medicine has one
  ingredient, the instructions in ``patientInstruction``, ``asNeededBoolean``, and
  the ``timing``: ``repeat`` with ``timeOfDay``, ``dayOfWeek`` and ``boundsPeriod``
  (the course) for a times schedule; the RFC 5545 rule as ``timing.code.text`` plus
  ``timeOfDay``, and ``frequency``/``period``/``dayOfWeek`` where Timing says the rule
  exactly (``rule_repeat``), for a rule; ``event`` for a single time; for an as-needed medicine
  "at most once per ``min_interval_hours``" and ``maxDosePerPeriod``
  (``max_doses_per_day`` doses per 24 hours, which the plan counts rolling).
* **MedicationStatement**, one per dose recorded as taken (a ``done`` event of a
  medicine): ``effectiveDateTime`` when it was taken, the scheduled time and any
  override reason of a safety guard as notes.
* **Observation**, one per pain score: pain now with LOINC 72514-3 (0-10 numeric
  rating) and ``valueQuantity`` in UCUM ``{score}``; worst pain in 24 hours and each Patient-Specific
  Functional Scale score (``code.text`` "Patient-Specific Functional Scale:
  <activity>") as text-coded observations, all at the log entry's time.
* **Procedure**, one per completed physical-therapy session (a ``done`` event of a
  ``physical_therapy`` activity).

Times keep the offset they were recorded with. Resource ids are UUIDs derived from
the patient (``patient_key``: never the name alone) and the thing they describe, so
exporting twice gives the same ids. With ``transaction=True`` the Bundle is a
``transaction`` of conditional creates by identifier (``_transaction_entry``) that a
FHIR server imports, again and again without duplicates.

Without ``now`` the statuses describe the plan as written (``active``,
``scheduled``); given ``now``, courses and activities that ended before that day
are ``completed`` and those not begun are ``not-started``.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fhir.resources.R4B.bundle import Bundle

from backplan.domain.model import (
    Activity,
    ActivityKind,
    AsNeededSchedule,
    Event,
    EventStatus,
    ExercisePrescription,
    LogEntry,
    Medication,
    OnceSchedule,
    PlanDocument,
    RRuleSchedule,
    Schedule,
    Side,
    TimesSchedule,
)
from backplan.interchange.planfile import atomic_write_text
from backplan.schedule.wallclock import to_utc, zone

LOINC = "http://loinc.org"
PAIN_LOINC = "72514-3"
UCUM = "http://unitsofmeasure.org"
TIMEZONE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/timezone"
ITEM_SYSTEM = "urn:backplan:item"
# The clinic's record number (plan-format.md, ``patient.identifier``).
PATIENT_SYSTEM = "urn:backplan:patient"
# A URI as an identifier (FHIR's own convention): each resource's stable urn:uuid, so
# that a transaction's conditional create finds what an earlier import created.
URI_SYSTEM = "urn:ietf:rfc:3986"
PSFS_PREFIX = "Patient-Specific Functional Scale: "
WORST_PAIN_TEXT = "Worst pain in the last 24 hours (0-10 numeric rating)"
PAIN_TEXT = "Pain now (0-10 numeric rating)"

# Names are this project's own; uuid5 of them keeps ids stable across exports.
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:backplan:fhir")


class _Ids:
    """Stable ``urn:uuid`` references, one per (patient, thing) pair."""

    def __init__(self, patient: str) -> None:
        self.patient = patient

    def id(self, *parts: object) -> str:
        return str(uuid.uuid5(_NAMESPACE, "/".join([self.patient, *map(str, parts)])))

    def ref(self, *parts: object) -> dict[str, str]:
        return {"reference": f"urn:uuid:{self.id(*parts)}"}


def _survey() -> list[dict[str, Any]]:
    return [
        {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                    "code": "survey",
                }
            ]
        }
    ]


def _local_iso(doc: PlanDocument, naive: datetime) -> str:
    """A plan's local wall time as an ISO instant with the zone's offset at that moment."""
    tz = zone(doc.patient.timezone)
    if naive.tzinfo is not None:
        return naive.isoformat()
    return to_utc(naive, tz).astimezone(tz).isoformat()


def _period(start: date | None, end: date | None) -> dict[str, str] | None:
    period = {}
    if start is not None:
        period["start"] = start.isoformat()
    if end is not None:
        period["end"] = end.isoformat()
    return period or None


def _timing(
    doc: PlanDocument, schedule: Schedule, start: date | None, end: date | None
) -> dict[str, Any]:
    bounds = _period(start, end)
    repeat: dict[str, Any] = {}
    timing: dict[str, Any] = {}
    if isinstance(schedule, TimesSchedule):
        repeat["frequency"] = len(schedule.times)
        repeat["period"] = 1
        repeat["periodUnit"] = "d"
        repeat["timeOfDay"] = [t.replace(tzinfo=None).isoformat() for t in schedule.times]
        if schedule.weekdays is not None:
            # The plan's weekday names are FHIR's days-of-week codes.
            repeat["dayOfWeek"] = [w.value for w in schedule.weekdays]
    elif isinstance(schedule, RRuleSchedule):
        timing["code"] = {"text": f"RRULE:{schedule.rrule}"}
        repeat.update(rule_repeat(schedule.rrule))
        repeat["timeOfDay"] = [schedule.time.replace(tzinfo=None).isoformat()]
    elif isinstance(schedule, OnceSchedule):
        timing["event"] = [_local_iso(doc, schedule.at)]
    elif isinstance(schedule, AsNeededSchedule):
        repeat["frequency"] = 1
        repeat["period"] = schedule.min_interval_hours
        repeat["periodUnit"] = "h"
    if bounds is not None and not isinstance(schedule, OnceSchedule):
        repeat["boundsPeriod"] = bounds
    if repeat:
        timing["repeat"] = repeat
    return timing


# RFC 5545's weekday codes to FHIR's days-of-week codes.
_DAY_CODES = {"MO": "mon", "TU": "tue", "WE": "wed", "TH": "thu", "FR": "fri", "SA": "sat", "SU": "sun"}
# Rule parts that Timing.repeat cannot say (a month day, a set position, an end date
# other than the course's): a rule that has one keeps only ``code.text``.
_REPEATABLE_PARTS = frozenset({"FREQ", "INTERVAL", "BYDAY", "WKST", "COUNT"})


def rule_repeat(rule: str) -> dict[str, Any]:
    """``Timing.repeat`` elements (frequency, period, dayOfWeek, count) for a plan's rule.

    Only where the rule says exactly that and nothing more: every n days; every n weeks
    on the start's weekday; weekly on some weekdays (``dayOfWeek`` with once a day, as
    a times schedule with weekdays is written). Every other rule (every other week on
    Tuesdays and Fridays, the first Monday of a month, an UNTIL) returns ``{}``: its
    ``timing.code.text`` stays the one exact statement, rather than a repeat that a
    receiving system would read as more doses than the plan holds.
    """
    parts: dict[str, str] = {}
    for chunk in rule.strip().split(";"):
        key, _, value = chunk.partition("=")
        if key.strip():
            parts[key.strip().upper()] = value.strip().upper()
    if not set(parts) <= _REPEATABLE_PARTS:
        return {}
    try:
        interval = int(parts.get("INTERVAL", "1"))
        count = int(parts["COUNT"]) if "COUNT" in parts else None
    except ValueError:
        return {}
    freq = parts.get("FREQ")
    days = [d for d in parts.get("BYDAY", "").split(",") if d]
    repeat: dict[str, Any] = {}
    if freq == "DAILY" and not days:
        repeat.update(frequency=1, period=interval, periodUnit="d")
    elif freq == "WEEKLY" and not days:
        repeat.update(frequency=1, period=interval, periodUnit="wk")
    elif freq == "WEEKLY" and interval == 1 and all(d in _DAY_CODES for d in days):
        repeat.update(frequency=1, period=1, periodUnit="d", dayOfWeek=[_DAY_CODES[d] for d in days])
    else:
        return {}
    if count is not None:
        repeat["count"] = count
    return repeat


def _schedule_text(schedule: Schedule) -> str:
    if isinstance(schedule, TimesSchedule):
        times = ", ".join(t.strftime("%H:%M") for t in schedule.times)
        if schedule.weekdays is None:
            return f"every day at {times}"
        days = ", ".join(w.value for w in schedule.weekdays)
        return f"on {days} at {times}"
    if isinstance(schedule, RRuleSchedule):
        return f"at {schedule.time.strftime('%H:%M')} by the rule {schedule.rrule}"
    if isinstance(schedule, OnceSchedule):
        return f"once, at {schedule.at.strftime('%Y-%m-%d %H:%M')}"
    return (
        f"when needed, at least {schedule.min_interval_hours:g} hours apart, "
        f"at most {schedule.max_doses_per_day} doses in any 24 hours"
    )


def _status(now_day: date | None, start: date | None, end: date | None, flare_up: bool) -> str:
    """A CarePlan activity's status on ``now_day`` (``scheduled`` when not asked)."""
    if now_day is None or flare_up:
        return "scheduled"
    if start is not None and now_day < start:
        return "not-started"
    if end is not None and now_day > end:
        return "completed"
    return "in-progress"


# --- resources --------------------------------------------------------------------


def patient_key(doc: PlanDocument) -> str:
    """What the bundle's ids are derived from: the clinic's record number where the
    plan has one, else the name with the birth date and the zone.

    Never the name alone: two patients of one name (told apart by their record
    numbers, plan-format.md) must not get one Patient id, which in a server would
    merge their records.
    """
    identifier = doc.patient.identifier
    if identifier is not None:
        return f"identifier:{identifier}"
    birth_date = doc.patient.birth_date
    born = birth_date.isoformat() if birth_date is not None else ""
    return f"name:{doc.patient.name}|born:{born}|zone:{doc.patient.timezone}"


def _patient(doc: PlanDocument, ids: _Ids) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "id": ids.id("patient"),
        "name": [{"text": doc.patient.name}],
        "extension": [{"url": TIMEZONE_EXTENSION, "valueCode": doc.patient.timezone}],
    }
    identifier = doc.patient.identifier
    if identifier is not None:
        resource["identifier"] = [{"system": PATIENT_SYSTEM, "value": identifier}]
    birth_date = doc.patient.birth_date
    if birth_date is not None:
        resource["birthDate"] = birth_date.isoformat()
    return resource


def _medication_request(
    doc: PlanDocument, med: Medication, ids: _Ids, flare_up: bool, now_day: date | None
) -> dict[str, Any]:
    dosage: dict[str, Any] = {
        "text": f"{med.dose}, {_schedule_text(med.schedule)}",
        "timing": _timing(doc, med.schedule, med.start, med.last_day),
        "asNeededBoolean": med.as_needed,
    }
    if med.instructions:
        dosage["patientInstruction"] = med.instructions
    if len(med.ingredients) == 1:
        dosage["doseAndRate"] = [
            {
                "doseQuantity": {
                    "value": med.ingredients[0].mg,
                    "unit": "mg",
                    "system": UCUM,
                    "code": "mg",
                }
            }
        ]
    if isinstance(med.schedule, AsNeededSchedule):
        dosage["maxDosePerPeriod"] = {
            "numerator": {"value": med.schedule.max_doses_per_day, "unit": "dose"},
            "denominator": {"value": 24, "unit": "h", "system": UCUM, "code": "h"},
        }
    notes = [
        "Per dose: "
        + ", ".join(f"{i.substance} {i.mg:g} mg" for i in med.ingredients)
        + (f" ({med.units_per_dose:g} units)" if med.units_per_dose is not None else "")
    ]
    if flare_up and doc.plan.flare_up is not None:
        notes.append(
            f"From the flare-up plan: for use while a flare-up runs "
            f"({doc.plan.flare_up.days} days from its start)."
        )
    status = "active"
    last = med.last_day
    if now_day is not None and last is not None and now_day > last:
        status = "completed"
    resource: dict[str, Any] = {
        "resourceType": "MedicationRequest",
        "id": ids.id("medication", med.id),
        "identifier": [{"system": ITEM_SYSTEM, "value": med.id}],
        "status": status,
        "intent": "order" if med.prescriber else "plan",
        "medicationCodeableConcept": {"text": med.name},
        "subject": ids.ref("patient"),
        "dosageInstruction": [dosage],
        "note": [{"text": text} for text in notes],
    }
    if med.prescriber:
        resource["requester"] = {"display": med.prescriber}
    return resource


def _exercise_text(ex: ExercisePrescription) -> str:
    name = ex.custom.name if ex.custom is not None else ex.exercise.replace("-", " ")
    parts = []
    if ex.reps is not None:
        parts.append(f"{ex.reps} reps" if ex.sets is None else f"{ex.sets} x {ex.reps} reps")
    if ex.hold_seconds is not None:
        parts.append(f"hold {ex.hold_seconds} s")
    if ex.side is not None and ex.side is not Side.BOTH:
        parts.append("each side" if ex.side is Side.EACH else f"{ex.side.value} side")
    return name + (f" ({', '.join(parts)})" if parts else "")


def _activity_description(doc: PlanDocument, act: Activity, flare_up: bool) -> str:
    parts = [f"{act.title}: {act.duration_minutes} minutes, {_schedule_text(act.schedule)}."]
    if act.heat_before_minutes:
        parts.append(f"Heat for {act.heat_before_minutes} minutes, ending when it starts.")
    if act.cold_after_minutes:
        parts.append(f"Cold for {act.cold_after_minutes} minutes, starting when it ends.")
    if act.exercises:
        parts.append("Exercises: " + "; ".join(_exercise_text(e) for e in act.exercises) + ".")
    if act.notes:
        parts.append(act.notes)
    if flare_up and doc.plan.flare_up is not None:
        parts.append(
            f"From the flare-up plan: runs while a flare-up does "
            f"({doc.plan.flare_up.days} days from its start)."
        )
    return " ".join(parts)


def _care_plan(
    doc: PlanDocument, ids: _Ids, flare_ids: frozenset[str], now_day: date | None
) -> dict[str, Any]:
    plan = doc.plan
    activities: list[dict[str, Any]] = []
    for act in doc.all_activities():
        flare_up = act.id in flare_ids
        end = None if flare_up else doc.activity_end(act)
        detail: dict[str, Any] = {
            "code": {"text": act.kind.value},
            "status": _status(now_day, act.start, end, flare_up),
            "description": _activity_description(doc, act, flare_up),
            "scheduledTiming": _timing(doc, act.schedule, act.start, end),
        }
        if act.location:
            detail["location"] = {"display": act.location}
        activities.append({"detail": detail})
    for med in doc.all_medications():
        activities.append({"reference": ids.ref("medication", med.id)})
    status = "active"
    if now_day is not None and plan.end is not None and now_day > plan.end:
        status = "completed"
    resource: dict[str, Any] = {
        "resourceType": "CarePlan",
        "id": ids.id("careplan"),
        "status": status,
        "intent": "plan",
        "title": plan.title,
        "subject": ids.ref("patient"),
        "period": _period(plan.start, plan.end),
        "activity": activities,
    }
    if plan.notes:
        resource["description"] = plan.notes
    if plan.clinician is not None:
        who = plan.clinician.name + (f" ({plan.clinician.role})" if plan.clinician.role else "")
        resource["author"] = {"display": who}
    notes = [f"Goal: {goal}" for goal in plan.goals or ()]
    if plan.flare_up is not None:
        notes.append(f"In a flare-up: {plan.flare_up.advice}")
    if notes:
        resource["note"] = [{"text": text} for text in notes]
    return resource


def _removal_notes(event: Event) -> list[str]:
    """A record taken back is kept (plan-format.md) as ``entered-in-error``, saying when."""
    if event.removed is None:
        return []
    why = f"; reason given: {event.removed.reason}" if event.removed.reason else ""
    return [f"Taken back in backplan at {event.removed.at.isoformat()}{why}."]


def _statement(
    doc: PlanDocument, event: Event, med: Medication, index: int, ids: _Ids
) -> dict[str, Any]:
    assert event.at is not None  # a done event always has its time
    notes = []
    if event.scheduled_for is not None:
        notes.append(f"The dose scheduled for {event.scheduled_for.isoformat()}.")
    if event.override_reason:
        notes.append(f"Recorded over a safety guard's refusal; reason given: {event.override_reason}")
    if event.note:
        notes.append(event.note)
    notes.extend(_removal_notes(event))
    resource: dict[str, Any] = {
        "resourceType": "MedicationStatement",
        "id": ids.id("dose", index),
        "status": "completed" if event.removed is None else "entered-in-error",
        "basedOn": [ids.ref("medication", med.id)],
        "medicationCodeableConcept": {"text": med.name},
        "subject": ids.ref("patient"),
        "effectiveDateTime": event.at.isoformat(),
        "dosage": [{"text": med.dose}],
    }
    if notes:
        resource["note"] = [{"text": text} for text in notes]
    return resource


def _observation(
    ids: _Ids, key: str, entry: LogEntry, code: dict[str, Any], value: int
) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": ids.id("observation", key),
        "status": "final",
        "category": _survey(),
        "code": code,
        "subject": ids.ref("patient"),
        "effectiveDateTime": entry.at.isoformat(),
        "valueQuantity": score_quantity(value),
    }


def score_quantity(value: int) -> dict[str, Any]:
    """A 0-10 score as a Quantity with UCUM's unitless ``{score}``.

    LOINC 72514-3 is a quantitative observation whose example unit is ``{score}``;
    receiving systems that chart observations read ``valueQuantity``, not an integer.
    """
    return {"value": value, "unit": "score", "system": UCUM, "code": "{score}"}


def _observations(entry: LogEntry, index: int, ids: _Ids) -> list[dict[str, Any]]:
    pain_code = {"coding": [{"system": LOINC, "code": PAIN_LOINC}], "text": PAIN_TEXT}
    pain = _observation(ids, f"{index}/pain", entry, pain_code, entry.pain)
    notes = []
    if entry.locations:
        notes.append("Where: " + ", ".join(loc.value.replace("_", " ") for loc in entry.locations))
    if entry.note:
        notes.append(entry.note)
    if notes:
        pain["note"] = [{"text": text} for text in notes]
    found = [pain]
    if entry.pain_worst is not None:
        worst = {"text": WORST_PAIN_TEXT}
        found.append(_observation(ids, f"{index}/worst", entry, worst, entry.pain_worst))
    for number, (activity, score) in enumerate(entry.psfs or ()):
        code = {"text": PSFS_PREFIX + activity}
        found.append(_observation(ids, f"{index}/psfs/{number}", entry, code, score))
    return found


def _procedure(event: Event, act: Activity, index: int, ids: _Ids) -> dict[str, Any]:
    assert event.at is not None
    notes = []
    if event.pain_before is not None or event.pain_after is not None:
        before = "-" if event.pain_before is None else event.pain_before
        after = "-" if event.pain_after is None else event.pain_after
        notes.append(f"Pain (0-10) before: {before}; after: {after}.")
    if event.note:
        notes.append(event.note)
    notes.extend(_removal_notes(event))
    resource: dict[str, Any] = {
        "resourceType": "Procedure",
        "id": ids.id("session", index),
        "basedOn": [ids.ref("careplan")],
        "status": "completed" if event.removed is None else "entered-in-error",
        "category": {"text": "Physical therapy"},
        "code": {"text": act.title},
        "subject": ids.ref("patient"),
        "performedDateTime": event.at.isoformat(),
    }
    if act.location:
        resource["location"] = {"display": act.location}
    if notes:
        resource["note"] = [{"text": text} for text in notes]
    return resource


# --- the bundle -------------------------------------------------------------------


def _transaction_entry(resource: dict[str, Any]) -> dict[str, Any]:
    """An entry that creates ``resource`` unless the server has it already.

    Conditional create (``ifNoneExist``) by an identifier: the Patient's record number
    where it has one, else the resource's own stable urn:uuid, added as an identifier.
    Importing the same export twice thus creates nothing the second time, and the
    ``urn:uuid`` references between entries point at what the server found or made.
    """
    full_url = f"urn:uuid:{resource['id']}"
    body = {k: v for k, v in resource.items() if k != "id"}  # the server assigns ids
    identifiers = list(body.get("identifier", []))
    match = next((i for i in identifiers if i["system"] == PATIENT_SYSTEM), None)
    if match is None:
        match = {"system": URI_SYSTEM, "value": full_url}
        identifiers.append(match)
    body["identifier"] = identifiers
    search = quote(f"{match['system']}|{match['value']}", safe=":/|")
    return {
        "fullUrl": full_url,
        "resource": body,
        "request": {
            "method": "POST",
            "url": str(resource["resourceType"]),
            "ifNoneExist": f"identifier={search}",
        },
    }


def bundle_dict(
    doc: PlanDocument, *, now: datetime | None = None, transaction: bool = False
) -> dict[str, Any]:
    """The bundle as plain JSON values (not yet checked by the library).

    ``transaction``: a ``transaction`` Bundle that a FHIR server imports (conditional
    creates, see ``_transaction_entry``), instead of a ``collection``.
    """
    ids = _Ids(patient_key(doc))
    now_day = None
    if now is not None:
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError(f"now must be an aware datetime, got {now!r}")
        now_day = now.astimezone(zone(doc.patient.timezone)).date()
    flare_ids = doc.flare_up_ids()
    resources: list[dict[str, Any]] = [
        _patient(doc, ids),
        _care_plan(doc, ids, flare_ids, now_day),
    ]
    meds = {m.id: m for m in doc.all_medications()}
    for med in doc.all_medications():
        resources.append(_medication_request(doc, med, ids, med.id in flare_ids, now_day))
    therapy = {
        a.id: a for a in doc.all_activities() if a.kind is ActivityKind.PHYSICAL_THERAPY
    }
    for index, event in enumerate(doc.events):
        if event.status is not EventStatus.DONE or event.at is None:
            continue
        if event.item in meds:
            resources.append(_statement(doc, event, meds[event.item], index, ids))
        elif event.item in therapy:
            resources.append(_procedure(event, therapy[event.item], index, ids))
    for index, entry in enumerate(doc.log):
        resources.extend(_observations(entry, index, ids))

    bundle: dict[str, Any] = {
        "resourceType": "Bundle",
        "id": ids.id("bundle"),
        "type": "transaction" if transaction else "collection",
        "entry": [
            _transaction_entry(resource)
            if transaction
            else {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}
            for resource in resources
        ],
    }
    if now is not None:
        bundle["timestamp"] = now.isoformat()
    return bundle


def build_bundle(
    doc: PlanDocument, *, now: datetime | None = None, transaction: bool = False
) -> Bundle:
    """The bundle as validated ``fhir.resources.R4B`` models (raises if it is not valid)."""
    return Bundle.model_validate(bundle_dict(doc, now=now, transaction=transaction))


def bundle_json(doc: PlanDocument, *, now: datetime | None = None, transaction: bool = False) -> str:
    """The bundle's JSON text, as the library writes it."""
    text = build_bundle(doc, now=now, transaction=transaction).model_dump_json(exclude_none=True)
    # Re-indented for people who open the file; the values are the library's.
    return json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


def write_fhir_bundle(
    doc: PlanDocument, out: Path, *, now: datetime | None = None, transaction: bool = False
) -> None:
    """Writes the bundle to ``out`` atomically (UTF-8 JSON)."""
    atomic_write_text(Path(out), bundle_json(doc, now=now, transaction=transaction))


__all__ = [
    "PAIN_LOINC",
    "PSFS_PREFIX",
    "build_bundle",
    "bundle_dict",
    "bundle_json",
    "patient_key",
    "rule_repeat",
    "score_quantity",
    "write_fhir_bundle",
]
