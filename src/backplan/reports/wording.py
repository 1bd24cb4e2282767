"""How plan items read on paper: schedules, courses, exercise doses, and the bundled texts.

Plain strings (not yet escaped for HTML), shared by the plan sheet and the report so
that both describe a medicine or an exercise in the same words.
"""

from __future__ import annotations

import json
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
    "long_date",
    "safety_texts",
]
