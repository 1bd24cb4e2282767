"""Plans without a patient: the file handed to a patient, and reusable templates.

A physiotherapist gives each patient their plan as a `.backplan.json` file, and keeps
plans they write often ("acute low back pain, three weeks") as templates. Both are the
plan alone: the patient's log and records are medical history that stay on this
computer, so :func:`plan_only` drops them. A template also forgets the stock counts
(they describe one person's packs) and is stored with the patient replaced by the
template's own name, so the file stays a valid plan file that any backplan can read.

Starting a plan from a template moves every date by the same number of days, so the
courses keep their lengths and their order relative to the plan's start.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from backplan.domain.model import (
    Activity,
    FlareUpPlan,
    Medication,
    OnceSchedule,
    Patient,
    PlanDocument,
    Schedule,
)
from backplan.interchange.planfile import PlanFileError, read_plan_file, write_plan_file

from .errors import UsageError

TEMPLATES_FOLDER = "templates"
SUFFIX = ".backplan.json"
ITEM_SECTIONS = frozenset({"medications", "activities"})


@dataclass(frozen=True)
class TemplateInfo:
    """A stored template as the "New plan from template" list shows it."""

    name: str
    title: str
    days: int | None  # the plan's length, when it has an end
    path: Path


# --- the plan alone ------------------------------------------------------------------


def plan_only(doc: PlanDocument) -> PlanDocument:
    """The document without its log and events (what a patient is handed)."""
    return replace(doc, log=(), events=(), present_sections=doc.present_sections & ITEM_SECTIONS)


def export_plan_for_patient(doc: PlanDocument, path: Path) -> Path:
    """Writes the plan (no log, no events) atomically; returns the path written."""
    write_plan_file(plan_only(doc), path)
    return path


# --- moving dates ---------------------------------------------------------------------


def _shift_schedule(schedule: Schedule, delta: timedelta) -> Schedule:
    if isinstance(schedule, OnceSchedule):
        return OnceSchedule(at=schedule.at + delta)
    return schedule


def _shift_day(day: date | None, delta: timedelta) -> date | None:
    return None if day is None else day + delta


def _shift_medication(med: Medication, delta: timedelta) -> Medication:
    stock = med.stock
    if stock is not None:
        stock = replace(stock, as_of=stock.as_of + delta)
    return replace(
        med,
        schedule=_shift_schedule(med.schedule, delta),
        start=_shift_day(med.start, delta),
        end=_shift_day(med.end, delta),
        stock=stock,
    )


def _shift_activity(act: Activity, delta: timedelta) -> Activity:
    return replace(
        act,
        schedule=_shift_schedule(act.schedule, delta),
        start=_shift_day(act.start, delta),
        end=_shift_day(act.end, delta),
    )


def shift_dates(doc: PlanDocument, new_start: date) -> PlanDocument:
    """The plan moved so that it starts on ``new_start``; every date moves by as much."""
    delta = new_start - doc.plan.start
    plan = doc.plan
    flare = plan.flare_up
    if flare is not None:
        flare = FlareUpPlan(
            advice=flare.advice,
            days=flare.days,
            medications=tuple(_shift_medication(m, delta) for m in flare.medications),
            activities=tuple(_shift_activity(a, delta) for a in flare.activities),
        )
    plan = replace(plan, start=new_start, end=_shift_day(plan.end, delta), flare_up=flare)
    return replace(
        doc,
        plan=plan,
        medications=tuple(_shift_medication(m, delta) for m in doc.medications),
        activities=tuple(_shift_activity(a, delta) for a in doc.activities),
    )


# --- templates on disk ---------------------------------------------------------------


def templates_dir(data_dir: Path, *, create: bool = False) -> Path:
    """``data_dir/templates``, private to the user (0700) when created."""
    folder = data_dir / TEMPLATES_FOLDER
    if create:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    return folder


def _file_stem(name: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "_", name, flags=re.UNICODE).strip(" ._")
    return stem or "template"


def as_template(doc: PlanDocument, name: str) -> PlanDocument:
    """The plan as a template: no log, events or stock counts, and the template's name
    where the patient's was."""
    name = name.strip()
    if not name:
        raise UsageError("template name: a name that is not blank")
    meds = tuple(replace(m, stock=None) for m in doc.medications)
    plan = doc.plan
    if plan.flare_up is not None:
        fu = plan.flare_up
        plan = replace(
            plan, flare_up=replace(fu, medications=tuple(replace(m, stock=None) for m in fu.medications))
        )
    return replace(
        plan_only(doc),
        patient=Patient(name=name[:120], timezone=doc.patient.timezone),
        plan=plan,
        medications=meds,
    )


def template_path(data_dir: Path, name: str) -> Path:
    return templates_dir(data_dir) / f"{_file_stem(name)}{SUFFIX}"


def save_template(data_dir: Path, doc: PlanDocument, name: str, *, overwrite: bool = False) -> Path:
    """Stores the plan as a template file (0600 in a 0700 folder); returns its path."""
    template = as_template(doc, name)
    path = template_path(data_dir, name)
    templates_dir(data_dir, create=True)
    if path.exists() and not overwrite:
        raise FileExistsError(path)
    write_plan_file(template, path)
    os.chmod(path, 0o600)
    return path


def load_template(path: Path) -> PlanDocument:
    try:
        return read_plan_file(path).document
    except PlanFileError as exc:
        raise UsageError(str(exc)) from None


def list_templates(data_dir: Path) -> list[TemplateInfo]:
    """The stored templates by name; a file that no longer reads is left out."""
    folder = templates_dir(data_dir)
    if not folder.is_dir():
        return []
    out: list[TemplateInfo] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            doc = load_template(path)
        except UsageError:
            continue
        plan = doc.plan
        days = (plan.end - plan.start).days + 1 if plan.end is not None else None
        out.append(TemplateInfo(name=doc.patient.name, title=plan.title, days=days, path=path))
    return sorted(out, key=lambda t: t.name.casefold())


def from_template(template: PlanDocument, patient_name: str, timezone: str, start: date) -> PlanDocument:
    """A new patient's document: the template's plan moved to start on ``start``."""
    moved = shift_dates(plan_only(template), start)
    return replace(moved, patient=Patient(name=patient_name.strip(), timezone=timezone))


__all__ = [
    "TemplateInfo",
    "as_template",
    "export_plan_for_patient",
    "from_template",
    "list_templates",
    "load_template",
    "plan_only",
    "save_template",
    "shift_dates",
    "template_path",
    "templates_dir",
]
