"""How plan items read on paper: schedules, courses, exercise doses, and the bundled texts.

Plain strings (not yet escaped for HTML), shared by the plan sheet and the report so
that both describe a medicine or an exercise in the same words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any, Final

from backplan.domain.model import (
    AsNeededSchedule,
    ExercisePrescription,
    Medication,
    OnceSchedule,
    Patient,
    RRuleSchedule,
    Schedule,
    Side,
    TimesSchedule,
    Weekday,
)
from backplan.resources_path import resources_dir
from backplan.safety.findings import format_date, format_hours, format_list

WEEKDAY_NAMES: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_RRULE_DAYS: Final = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


def hhmm(moment: time | datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def day_label(day: date) -> str:
    """``Tue 1 Dec``."""
    return f"{WEEKDAY_NAMES[day.weekday()]} {format_date(day, day)}"


def long_date(day: date) -> str:
    return format_date(day)


def _weekday_list(indexes: list[int]) -> str:
    return format_list([WEEKDAY_NAMES[i] for i in sorted(set(indexes))])


def describe_rrule(rule: str) -> str | None:
    """A plain reading of the common rules (daily, weekly on some days); None otherwise."""
    parts: dict[str, str] = {}
    for piece in rule.upper().split(";"):
        if "=" in piece:
            key, value = piece.split("=", 1)
            parts[key] = value
    known = {"FREQ", "INTERVAL", "BYDAY"}
    if set(parts) - known:
        return None
    interval = parts.get("INTERVAL", "1")
    if not interval.isdigit() or int(interval) < 1:
        return None
    n = int(interval)
    freq = parts.get("FREQ")
    days: list[int] = []
    for token in parts.get("BYDAY", "").split(",") if "BYDAY" in parts else []:
        if token not in _RRULE_DAYS:
            return None
        days.append(_RRULE_DAYS[token])
    if freq == "DAILY" and not days:
        return "every day" if n == 1 else f"every {n} days"
    if freq == "WEEKLY":
        every = "every" if n == 1 else f"every {n} weeks on"
        if days:
            return f"{every} {_weekday_list(days)}"
        return "once a week" if n == 1 else f"once every {n} weeks"
    return None


def describe_schedule(schedule: Schedule) -> str:
    """``at 08:00 and 20:00 every day``, ``when needed: ...``; times are the patient's."""
    if isinstance(schedule, TimesSchedule):
        times = format_list([hhmm(t) for t in sorted(schedule.times)])
        if schedule.weekdays is None:
            return f"at {times} every day"
        return f"at {times} on {_weekday_list([w.number for w in schedule.weekdays])}"
    if isinstance(schedule, RRuleSchedule):
        reading = describe_rrule(schedule.rrule)
        if reading is None:
            return f"at {hhmm(schedule.time)} on the days of the rule {schedule.rrule}"
        return f"at {hhmm(schedule.time)} {reading}"
    if isinstance(schedule, OnceSchedule):
        return f"once, on {format_date(schedule.at.date())} at {hhmm(schedule.at)}"
    return describe_as_needed(schedule)


def describe_as_needed(schedule: AsNeededSchedule) -> str:
    doses = schedule.max_doses_per_day
    return (
        f"when needed: at least {format_hours(schedule.min_interval_hours)} between doses, "
        f"at most {doses} dose{'s' if doses != 1 else ''} in any 24 hours"
    )


def describe_course(med: Medication) -> str | None:
    """``1 Dec 2026 to 14 Dec 2026 (14 days)``; None for a flare-up medicine."""
    last = med.last_day
    if med.start is None or last is None:
        return None
    days = med.course_days
    return f"{format_date(med.start)} to {format_date(last)} ({days} day{'s' if days != 1 else ''})"


def weekday_name(day: Weekday) -> str:
    return WEEKDAY_NAMES[day.number]


def patient_label(patient: Patient) -> str:
    """``Priya Nair, ID 4471, born 3 Mar 1961``: what sorts printed pages by patient.

    The name is isolated (FSI ... PDI) so that a right-to-left name cannot pull the
    identifier and the dates after it into its own direction.
    """
    parts = [f"\u2068{patient.name}\u2069"]
    identifier = getattr(patient, "identifier", None)
    if identifier:
        parts.append(f"ID \u2068{identifier}\u2069")
    birth = getattr(patient, "birth_date", None)
    if isinstance(birth, date):
        parts.append(f"born {format_date(birth)}")
    return ", ".join(parts)


def page_header(paper: str, patient: Patient, dates: str) -> str:
    """The line at the top of every page (plain text, never HTML)."""
    return f"{paper}: {patient_label(patient)}, {dates}"


def printed_on(day: date) -> str:
    return f"printed {format_date(day)}"


# --- the exercise library --------------------------------------------------------------


@dataclass(frozen=True)
class LibraryExercise:
    id: str
    name: str
    purpose: str
    steps: tuple[str, ...]
    typical_dose: str
    source: str
    cautions: tuple[str, ...]
    image: Path | None


@cache
def exercise_library() -> dict[str, LibraryExercise]:
    """The bundled exercises by id (``resources/exercises/library.json``)."""
    folder = resources_dir() / "exercises"
    data: dict[str, Any] = json.loads((folder / "library.json").read_text(encoding="utf-8"))
    found: dict[str, LibraryExercise] = {}
    for item in data["exercises"]:
        image = folder / item["image"] if item.get("image") else None
        found[item["id"]] = LibraryExercise(
            id=item["id"],
            name=item["name"],
            purpose=item.get("purpose", ""),
            steps=tuple(item.get("steps", ())),
            typical_dose=item.get("typical_dose", ""),
            source=item.get("source", ""),
            cautions=tuple(item.get("cautions", ())),
            image=image if image is not None and image.is_file() else None,
        )
    return found


def exercise_name(ex: ExercisePrescription) -> str:
    if ex.custom is not None:
        return ex.custom.name
    entry = exercise_library().get(ex.exercise)
    return entry.name if entry is not None else ex.exercise


_OTHER_SIDE_STEP: Final = re.compile(r"^(repeat with|change to|roll them to) the other\b", re.IGNORECASE)
_OTHER_SIDE_CLAUSE: Final = re.compile(r",? and repeat (on|with) the other (side|leg|arm)", re.IGNORECASE)
_ONE_PART: Final = re.compile(r"\bone (knee|ankle|thigh|arm|leg|foot|hand)\b")
_TO_ONE_SIDE: Final = re.compile(r"\bto one side\b")


def sided_steps(steps: Sequence[str], side: Side) -> list[str]:
    """The library's steps for an exercise prescribed for one side only.

    The library words its steps for both sides ("Hold one knee...", "Repeat with
    the other leg."). For ``left`` or ``right`` the steps name that side and never
    send the patient to the other one: a step that only switches sides is dropped,
    a closing "and repeat on the other side" is cut, and a last step says the side.
    Other sides return the steps unchanged.
    """
    if side not in (Side.LEFT, Side.RIGHT):
        return list(steps)
    name = side.value
    out: list[str] = []
    for step in steps:
        if _OTHER_SIDE_STEP.match(step.strip()):
            continue
        text = _OTHER_SIDE_CLAUSE.sub("", step)
        text = _ONE_PART.sub(lambda m: f"your {name} {m.group(1)}", text)
        text = _TO_ONE_SIDE.sub(f"to the {name}", text)
        out.append(text)
    out.append(f"{name.capitalize()} side only.")
    return out


def describe_dose(ex: ExercisePrescription) -> str | None:
    """The clinician's numbers: ``2 sets of 10 reps on each side, hold 10 seconds``."""
    parts: list[str] = []
    side = ex.effective_side
    if ex.reps is not None:
        reps = f"{ex.reps} rep{'s' if ex.reps != 1 else ''}"
        if ex.effective_sets > 1:
            reps = f"{ex.effective_sets} sets of {reps}"
        if side is Side.EACH:
            reps += " on each side"
        parts.append(reps)
    elif ex.sets is not None and ex.sets > 1:
        parts.append(f"{ex.sets} sets")
    if ex.hold_seconds is not None:
        parts.append(f"hold {ex.hold_seconds} second{'s' if ex.hold_seconds != 1 else ''}")
    if side is Side.LEFT:
        parts.append("left side only")
    elif side is Side.RIGHT:
        parts.append("right side only")
    elif side is Side.EACH and ex.reps is None:
        parts.append("on each side")
    if not parts:
        return None
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


# --- tapers ----------------------------------------------------------------------------

_STEP_ID: Final = re.compile(r"^(?P<base>.+)-step-(?P<n>\d+)$")


def taper_groups(medications: Sequence[Medication]) -> list[list[Medication]]:
    """The plan's tapers, each as its steps in date order (only groups of two or more).

    The rule: an entry whose id is ``<base>-step-<n>`` belongs to the taper of the
    entry ``<base>`` when that entry is in the plan and has the same substances. This
    is the id the editor's "step down" gives each new step, and it stays right when
    a taper is edited by hand (a gap or an overlap between steps is for the plan
    checks to flag; the table shows the dates as written). Entries that merely share
    a substance are not joined: two medicines of one substance can run side by side.
    """
    by_id = {m.id: m for m in medications}
    groups: dict[str, list[Medication]] = {}
    for med in medications:
        match = _STEP_ID.match(med.id)
        if match is None:
            continue
        base = by_id.get(match["base"])
        if base is None or _substances(base) != _substances(med):
            continue
        groups.setdefault(base.id, [base]).append(med)
    return [sorted(steps, key=lambda m: (m.start or date.min, m.id)) for steps in groups.values()]


def _substances(med: Medication) -> frozenset[str]:
    return frozenset(i.substance for i in med.ingredients)


def how_often(med: Medication) -> str:
    """``4 times a day (08:00, 14:00, 20:00 and 22:30)``; other schedules in words."""
    schedule = med.schedule
    if isinstance(schedule, TimesSchedule) and schedule.weekdays is None:
        count = len(schedule.times)
        label = "once a day" if count == 1 else "twice a day" if count == 2 else f"{count} times a day"
        return f"{label} ({format_list([hhmm(t) for t in sorted(schedule.times)])})"
    text = describe_schedule(schedule)
    return text[:1].upper() + text[1:]


def taper_step_labels(medications: Sequence[Medication]) -> dict[str, str]:
    """Each taper step's label by medicine id: ``step 2 of 3: 1 tablet twice a day
    (08:00 and 20:00), from 12 Dec 2026``.

    The sheet's week grid and the report name a step this way, so a taper never reads
    as the same medicine listed three times over.
    """
    labels: dict[str, str] = {}
    for steps in taper_groups(medications):
        for number, med in enumerate(steps, start=1):
            text = f"step {number} of {len(steps)}: {med.dose} {how_often(med)}"
            if med.start is not None:
                text += f", from {format_date(med.start)}"
            labels[med.id] = text
    return labels


# --- bundled safety texts --------------------------------------------------------------


@cache
def safety_texts() -> dict[str, Any]:
    """``resources/safety/texts.json``: the only wording used for medical advice."""
    path = resources_dir() / "safety" / "texts.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


__all__ = [
    "LibraryExercise",
    "day_label",
    "describe_as_needed",
    "describe_course",
    "describe_dose",
    "describe_rrule",
    "describe_schedule",
    "exercise_library",
    "exercise_name",
    "hhmm",
    "how_often",
    "long_date",
    "page_header",
    "patient_label",
    "printed_on",
    "safety_texts",
    "sided_steps",
    "taper_groups",
    "taper_step_labels",
]
