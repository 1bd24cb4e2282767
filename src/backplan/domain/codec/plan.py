"""Reading the patient and the plan header: clinician, goals, PSFS activities, flare-up."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..model import (
    Activity,
    Clinician,
    FlareUpPlan,
    Medication,
    Patient,
    Plan,
)
from .items import parse_activity, parse_medication
from .values import (
    Warnings,
    array,
    fail,
    integer,
    join,
    name,
    obj,
    optional,
    parse_date,
    parse_timezone,
    string,
)

PATIENT_NAME_MAX = 120
IDENTIFIER_MAX = 64
# The earliest birth date the app works with (cli.md: dates before 1900 are bad input).
BIRTH_DATE_MIN = date(1900, 1, 1)


def parse_patient(value: Any, path: str = "patient") -> Patient:
    data = obj(value, path, ("name", "timezone"), ("notes", "identifier", "birth_date"))
    patient_name = string(data["name"], join(path, "name"), max_len=PATIENT_NAME_MAX, min_len=1)
    if not patient_name.strip():
        raise fail(join(path, "name"), "a name that is not blank")
    return Patient(
        name=patient_name,
        timezone=parse_timezone(data["timezone"], join(path, "timezone")),
        notes=optional(data, "notes", path, string),
        identifier=optional(data, "identifier", path, parse_identifier),
        birth_date=optional(data, "birth_date", path, parse_birth_date),
    )


def parse_identifier(value: Any, path: str) -> str:
    """The clinic's record number: 1-64 characters, not only blanks."""
    text = string(value, path, max_len=IDENTIFIER_MAX, min_len=1)
    if not text.strip():
        raise fail(path, "an identifier that is not blank")
    return text


def parse_birth_date(value: Any, path: str) -> date:
    born = parse_date(value, path)
    if born < BIRTH_DATE_MIN:
        raise fail(path, f"a birth date on or after {BIRTH_DATE_MIN.isoformat()}", value)
    return born


def parse_plan(value: Any, path: str = "plan", warnings: Warnings | None = None) -> Plan:
    data = obj(
        value,
        path,
        ("title", "start"),
        ("end", "clinician", "goals", "psfs_activities", "flare_up", "notes"),
    )
    title = name(data["title"], join(path, "title"))
    start = parse_date(data["start"], join(path, "start"))
    end = optional(data, "end", path, parse_date)
    if end is not None and end < start:
        raise fail(join(path, "end"), f"a last day on or after the plan's start {start.isoformat()}")
    clinician = optional(data, "clinician", path, parse_clinician)
    goals = optional(data, "goals", path, _string_list)
    psfs = optional(data, "psfs_activities", path, _psfs_list)
    flare = optional(data, "flare_up", path, lambda v, p: parse_flare_up(v, p, warnings))
    return Plan(
        title=title,
        start=start,
        end=end,
        clinician=clinician,
        goals=goals,
        psfs_activities=psfs,
        flare_up=flare,
        notes=optional(data, "notes", path, string),
    )


def parse_clinician(value: Any, path: str) -> Clinician:
    data = obj(value, path, ("name",), ("role", "contact"))
    return Clinician(
        name=name(data["name"], join(path, "name")),
        role=optional(data, "role", path, string),
        contact=optional(data, "contact", path, string),
    )


def _string_list(value: Any, path: str) -> tuple[str, ...]:
    return tuple(string(v, join(path, i), min_len=1) for i, v in enumerate(array(value, path)))


def _psfs_list(value: Any, path: str) -> tuple[str, ...]:
    items = array(value, path, min_len=1, max_len=5)
    out: list[str] = []
    for i, raw in enumerate(items):
        text = name(raw, join(path, i))
        if text in out:
            raise fail(join(path, i), f"{text!r} is listed twice")
        out.append(text)
    return tuple(out)


def parse_flare_up(value: Any, path: str, warnings: Warnings | None = None) -> FlareUpPlan:
    data = obj(value, path, ("advice", "days"), ("medications", "activities"))
    advice = string(data["advice"], join(path, "advice"), min_len=1)
    days = integer(data["days"], join(path, "days"), 1, 14)
    meds: tuple[Medication, ...] = ()
    acts: tuple[Activity, ...] = ()
    if "medications" in data:
        m_path = join(path, "medications")
        meds = tuple(
            parse_medication(raw, join(m_path, i), flare_up=True)
            for i, raw in enumerate(array(data["medications"], m_path))
        )
    if "activities" in data:
        a_path = join(path, "activities")
        acts = tuple(
            parse_activity(raw, join(a_path, i), flare_up=True, warnings=warnings)
            for i, raw in enumerate(array(data["activities"], a_path))
        )
    return FlareUpPlan(advice=advice, days=days, medications=meds, activities=acts)
