"""Turns the plain JSON values of the plan format into domain objects and back.

Every rule of shared/spec/plan-format.md is checked here, in document order, and the
first broken one is raised as a :class:`ValidationError` naming its JSON path. The
same functions serve the importer, the database's JSON columns and the editor's forms,
so a value means the same everywhere. Optional values the file leaves out stay
``None`` so that exporting writes back what was read.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, time
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrulestr

from . import years
from .errors import ValidationError
from .exercises import EXERCISE_IDS
from .images import ImageError, decode_data_uri
from .model import (
    COLD_SUFFIX,
    FLARE_UP_ITEM,
    HEAT_SUFFIX,
    Activity,
    ActivityKind,
    AsNeededSchedule,
    Clinician,
    CustomExercise,
    Event,
    EventStatus,
    ExercisePrescription,
    FlareUpPlan,
    Ingredient,
    LogEntry,
    Medication,
    Number,
    OnceSchedule,
    PainLocation,
    Patient,
    Plan,
    PlanDocument,
    RedFlag,
    Removal,
    RRuleSchedule,
    Schedule,
    Side,
    SideEffect,
    Stock,
    TimesSchedule,
    Weekday,
)

FORMAT_NAME = "backplan"
FORMAT_VERSION = 1
NAME_MAX = 200  # names, titles and ids
TEXT_MAX = 10_000  # every other string
PATIENT_NAME_MAX = 120
IDENTIFIER_MAX = 64
# The earliest birth date the app works with (cli.md: dates before 1900 are bad input).
BIRTH_DATE_MIN = date(1900, 1, 1)
HEAT_COLD_WARN_ABOVE = 20
OPTIONAL_SECTIONS = ("medications", "activities", "log", "events")

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME_RE = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")
_LOCAL_DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$")
_ISO_DT_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?"
    r"(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$"
)

E = TypeVar("E")
T = TypeVar("T")
_D = TypeVar("_D", date, datetime)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class Warnings(list[str]):
    """Non-fatal remarks found while reading (e.g. heat above 20 minutes)."""


# --- path helpers ----------------------------------------------------------------


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {shown!r}"
    if isinstance(value, int | float):
        if isinstance(value, int) and abs(value) > NUMBER_MAX:
            return f"a number of {len(str(abs(value)))} digits"
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def fail(path: str, expected: str, value: Any = ...) -> ValidationError:
    if value is ...:
        return ValidationError(path, expected)
    return ValidationError(path, f"expected {expected}, got {_describe(value)}")


# --- primitive readers -----------------------------------------------------------


def obj(value: Any, path: str, required: Iterable[str], optional: Iterable[str] = ()) -> dict[str, Any]:
    """An object with exactly the allowed keys: unknown ones are refused, not dropped."""
    if not isinstance(value, dict):
        raise fail(path, "an object", value)
    required = tuple(required)
    allowed = set(required) | set(optional)
    for key in value:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise fail(join(path, key), f"unknown key {key!r} (allowed here: {known})")
    for key in required:
        if key not in value:
            raise fail(join(path, key), "this key is required")
    return value


def string(value: Any, path: str, *, max_len: int = TEXT_MAX, min_len: int = 0) -> str:
    if not isinstance(value, str):
        raise fail(path, "a string", value)
    if len(value) > max_len:
        raise fail(path, f"at most {max_len:,} characters, got {len(value):,}")
    if len(value) < min_len:
        raise fail(path, "a non-empty string" if min_len == 1 else f"at least {min_len} characters")
    if "\x00" in value:
        raise fail(path, "text without NUL characters")
    if _LONE_SURROGATE.search(value):
        # JSON lets "\udc80" through; it is no character, and no database or terminal takes it.
        raise fail(path, "text without lone surrogates (\\ud800-\\udfff escapes that pair with nothing)")
    return value


def name(value: Any, path: str) -> str:
    """Names, titles and ids: 1-200 characters, not only blanks."""
    text = string(value, path, max_len=NAME_MAX, min_len=1)
    if not text.strip():
        raise fail(path, "a name that is not blank")
    return text


def integer(value: Any, path: str, lo: int | None = None, hi: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fail(path, _range_text("a whole number", lo, hi), value)
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise fail(path, _range_text("a whole number", lo, hi), value)
        value = int(value)
    assert isinstance(value, int)
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        raise fail(path, _range_text("a whole number", lo, hi), value)
    return value


# The largest number the app works with: every number of a file is added up, multiplied
# and turned into a float by the checks, and a 400-digit integer cannot be; no dose,
# count or interval comes near it.
NUMBER_MAX = 10**12
# Hours the safety guard looks around a dose (a timedelta): at most one year.
INTERVAL_HOURS_MAX = 8760
# Doses in 24 hours: at most one a minute.
DOSES_PER_DAY_MAX = 1440


def number(
    value: Any, path: str, *, positive: bool = False, non_negative: bool = False, hi: float = NUMBER_MAX
) -> Number:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fail(path, _number_text(positive, non_negative), value)
    if isinstance(value, float) and not math.isfinite(value):
        raise fail(path, "a finite number", value)
    if abs(value) > hi:
        most = f"{int(hi):,}" if float(hi).is_integer() else f"{hi:,}"
        raise fail(path, f"{_number_text(positive, non_negative)} of at most {most}", value)
    if (positive and value <= 0) or (non_negative and value < 0):
        raise fail(path, _number_text(positive, non_negative), value)
    return value


def _range_text(what: str, lo: int | None, hi: int | None) -> str:
    if lo is not None and hi is not None:
        return f"{what} from {lo} to {hi}"
    if lo is not None:
        return f"{what} of at least {lo}"
    return what


def _number_text(positive: bool, non_negative: bool) -> str:
    if positive:
        return "a number greater than 0"
    if non_negative:
        return "a number of 0 or more"
    return "a number"


def array(value: Any, path: str, *, min_len: int = 0, max_len: int | None = None) -> list[Any]:
    if not isinstance(value, list):
        raise fail(path, "a list", value)
    if len(value) < min_len:
        raise fail(path, f"a list of at least {min_len} item{'s' if min_len != 1 else ''}")
    if max_len is not None and len(value) > max_len:
        raise fail(path, f"a list of at most {max_len} items, got {len(value)}")
    return value


def enum_value(cls: type[E], value: Any, path: str) -> E:
    choices = [m.value for m in cls]  # type: ignore[attr-defined]
    if not isinstance(value, str) or value not in choices:
        raise fail(path, "one of " + ", ".join(choices), value)
    return cls(value)  # type: ignore[call-arg]


def enum_list(cls: type[E], value: Any, path: str, *, min_len: int = 0) -> tuple[E, ...]:
    items = array(value, path, min_len=min_len)
    out: list[E] = []
    for i, item in enumerate(items):
        member = enum_value(cls, item, join(path, i))
        if member in out:
            raise fail(join(path, i), f"{item!r} is listed twice")
        out.append(member)
    return tuple(out)


def parse_date(value: Any, path: str) -> date:
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise fail(path, "a date as YYYY-MM-DD", value)
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise fail(path, "a real calendar date as YYYY-MM-DD", value) from None
    return _in_years(parsed, path, value)


def parse_time(value: Any, path: str) -> time:
    if not isinstance(value, str) or not _TIME_RE.match(value):
        raise fail(path, "a 24-hour time as HH:MM (00:00 to 23:59)", value)
    return time.fromisoformat(value)


def parse_local_datetime(value: Any, path: str) -> datetime:
    if not isinstance(value, str) or not _LOCAL_DT_RE.match(value):
        raise fail(path, "a local date-time as YYYY-MM-DDTHH:MM, without an offset", value)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise fail(path, "a real local date-time as YYYY-MM-DDTHH:MM", value) from None
    return _in_years(parsed, path, value)


def parse_aware_datetime(value: Any, path: str) -> datetime:
    expected = "an ISO 8601 date-time with a UTC offset, e.g. 2026-12-01T08:00:00-06:00"
    if not isinstance(value, str) or not _ISO_DT_RE.match(value):
        raise fail(path, expected, value)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise fail(path, expected, value) from None
    if parsed.tzinfo is None:  # pragma: no cover - the pattern demands an offset
        raise fail(path, expected, value)
    return _in_years(parsed, path, value)


def _in_years(parsed: _D, path: str, value: str) -> _D:
    """Dates outside 1900-2199 are refused here, where the file says them (domain/years.py)."""
    if not years.in_range(parsed):
        raise fail(path, years.RANGE_TEXT, value)
    return parsed


def parse_timezone(value: Any, path: str) -> str:
    expected = "an IANA time zone name such as Europe/Berlin"
    if not isinstance(value, str) or not value or len(value) > NAME_MAX:
        raise fail(path, expected, value)
    if value.startswith("/") or ".." in value or value != value.strip():
        raise fail(path, expected, value)
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise fail(path, f"{expected}; {value!r} is not a known time zone") from None
    return value


def parse_id(value: Any, path: str) -> str:
    text = name(value, path)
    if not _ID_RE.match(text):
        raise fail(path, "a kebab-case id (lower-case letters, digits and single hyphens)", value)
    return text


def optional(data: Mapping[str, Any], key: str, path: str, reader: Callable[[Any, str], T]) -> T | None:
    if key not in data:
        return None
    return reader(data[key], join(path, key))


# --- schedules -------------------------------------------------------------------


def parse_schedule(value: Any, path: str, *, allow_as_needed: bool) -> Schedule:
    if not isinstance(value, dict):
        raise fail(path, "a schedule object", value)
    if "as_needed" in value:
        if not allow_as_needed:
            raise fail(join(path, "as_needed"), "a fixed schedule: as_needed is for medications only")
        data = obj(value, path, ("as_needed", "min_interval_hours", "max_doses_per_day"))
        if data["as_needed"] is not True:
            raise fail(join(path, "as_needed"), "true", data["as_needed"])
        return AsNeededSchedule(
            min_interval_hours=number(
                data["min_interval_hours"],
                join(path, "min_interval_hours"),
                positive=True,
                hi=INTERVAL_HOURS_MAX,
            ),
            max_doses_per_day=integer(
                data["max_doses_per_day"], join(path, "max_doses_per_day"), 1, DOSES_PER_DAY_MAX
            ),
        )
    if "times" in value:
        data = obj(value, path, ("times",), ("weekdays",))
        times_path = join(path, "times")
        times: list[time] = []
        for i, raw in enumerate(array(data["times"], times_path, min_len=1)):
            t = parse_time(raw, join(times_path, i))
            if t in times:
                raise fail(join(times_path, i), f"{raw} is listed twice")
            times.append(t)
        weekdays = optional(data, "weekdays", path, lambda v, p: enum_list(Weekday, v, p, min_len=1))
        return TimesSchedule(times=tuple(times), weekdays=weekdays)
    if "rrule" in value:
        data = obj(value, path, ("rrule", "time"))
        rule = parse_rrule(data["rrule"], join(path, "rrule"))
        return RRuleSchedule(rrule=rule, time=parse_time(data["time"], join(path, "time")))
    if "once" in value:
        data = obj(value, path, ("once",))
        return OnceSchedule(at=parse_local_datetime(data["once"], join(path, "once")))
    shapes = "times (with optional weekdays), rrule with time, once" + (
        ", or as_needed" if allow_as_needed else ""
    )
    raise fail(path, f"exactly one schedule shape: {shapes}")


def parse_rrule(value: Any, path: str) -> str:
    rule = string(value, path, max_len=1000, min_len=1)
    upper = rule.upper()
    if "DTSTART" in upper or "\n" in rule or upper.startswith("RRULE:") or "EXDATE" in upper:
        raise fail(path, "a single RFC 5545 RRULE value without DTSTART, e.g. FREQ=WEEKLY;BYDAY=TU,FR")
    if "FREQ=" not in upper:
        raise fail(path, "an RFC 5545 recurrence rule with FREQ, e.g. FREQ=WEEKLY;BYDAY=TU,FR")
    if re.search(r"(?:^|;)FREQ=(?:MINUTELY|SECONDLY)(?:;|$)", upper):
        raise fail(path, "a rule that repeats at most hourly (FREQ=HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY)")
    try:
        rrulestr(rule, dtstart=datetime(2000, 1, 3, 12, 0), ignoretz=True)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise fail(path, f"a valid RFC 5545 recurrence rule ({exc})") from None
    return rule


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


# --- plan items ------------------------------------------------------------------

_MED_KEYS_REQUIRED = ("id", "name", "ingredients", "dose", "schedule")
_MED_KEYS_DATES = ("start", "days", "end")
_MED_KEYS_OPTIONAL = ("instructions", "prescriber", "units_per_dose", "stock")


def parse_medication(value: Any, path: str, *, flare_up: bool = False) -> Medication:
    required = _MED_KEYS_REQUIRED if flare_up else (*_MED_KEYS_REQUIRED, "start")
    optional_keys = _MED_KEYS_OPTIONAL if flare_up else (*_MED_KEYS_OPTIONAL, "days", "end")
    if flare_up and isinstance(value, dict):
        for key in _MED_KEYS_DATES:
            if key in value:
                raise fail(
                    join(path, key), "no dates on a flare-up medicine: it runs for the flare-up's days"
                )
    data = obj(value, path, required, optional_keys)
    med_id = parse_id(data["id"], join(path, "id"))
    med_name = name(data["name"], join(path, "name"))
    ing_path = join(path, "ingredients")
    ingredients = tuple(
        parse_ingredient(raw, join(ing_path, i))
        for i, raw in enumerate(array(data["ingredients"], ing_path, min_len=1))
    )
    seen: set[str] = set()
    for i, ing in enumerate(ingredients):
        if ing.substance in seen:
            raise fail(join(join(ing_path, i), "substance"), f"{ing.substance!r} is listed twice")
        seen.add(ing.substance)
    dose = string(data["dose"], join(path, "dose"), min_len=1)
    schedule = parse_schedule(data["schedule"], join(path, "schedule"), allow_as_needed=True)
    start = days = end = None
    if not flare_up:
        start = parse_date(data["start"], join(path, "start"))
        if ("days" in data) == ("end" in data):
            raise fail(join(path, "days"), "exactly one of days or end")
        days = optional(data, "days", path, lambda v, p: integer(v, p, 1))
        if days is not None and not years.last_day_in_range(start, days):
            raise fail(join(path, "days"), f"a course that ends by {years.LAST_DAY.isoformat()}")
        end = optional(data, "end", path, parse_date)
        if end is not None and end < start:
            raise fail(join(path, "end"), f"a last day on or after the start {start.isoformat()}")
    return Medication(
        id=med_id,
        name=med_name,
        ingredients=ingredients,
        dose=dose,
        schedule=schedule,
        start=start,
        days=days,
        end=end,
        instructions=optional(data, "instructions", path, string),
        prescriber=optional(data, "prescriber", path, name),
        units_per_dose=optional(data, "units_per_dose", path, lambda v, p: number(v, p, positive=True)),
        stock=optional(data, "stock", path, parse_stock),
    )


def parse_ingredient(value: Any, path: str) -> Ingredient:
    data = obj(value, path, ("substance", "mg"))
    substance = name(data["substance"], join(path, "substance"))
    if substance != substance.lower() or substance != substance.strip():
        raise fail(join(path, "substance"), "a lower-case generic name such as 'ibuprofen'", substance)
    return Ingredient(substance=substance, mg=number(data["mg"], join(path, "mg"), positive=True))


def parse_stock(value: Any, path: str) -> Stock:
    data = obj(value, path, ("on_hand", "as_of"), ("remind_below",))
    return Stock(
        on_hand=number(data["on_hand"], join(path, "on_hand"), non_negative=True),
        as_of=parse_date(data["as_of"], join(path, "as_of")),
        remind_below=optional(data, "remind_below", path, lambda v, p: number(v, p, non_negative=True)),
    )


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


_ACT_REQUIRED = ("id", "kind", "title", "schedule", "duration_minutes")
_ACT_OPTIONAL = (
    "location",
    "exercises",
    "heat_before_minutes",
    "cold_after_minutes",
    "notes",
)


def parse_activity(
    value: Any, path: str, *, flare_up: bool = False, warnings: Warnings | None = None
) -> Activity:
    if flare_up and isinstance(value, dict):
        for key in ("start", "end"):
            if key in value:
                raise fail(
                    join(path, key), "no dates on a flare-up activity: it runs for the flare-up's days"
                )
    required = _ACT_REQUIRED if flare_up else (*_ACT_REQUIRED, "start")
    optional_keys = _ACT_OPTIONAL if flare_up else (*_ACT_OPTIONAL, "end")
    data = obj(value, path, required, optional_keys)
    act_id = parse_id(data["id"], join(path, "id"))
    kind = enum_value(ActivityKind, data["kind"], join(path, "kind"))
    title = name(data["title"], join(path, "title"))
    schedule = parse_schedule(data["schedule"], join(path, "schedule"), allow_as_needed=False)
    duration = integer(data["duration_minutes"], join(path, "duration_minutes"), 1, 480)
    start = end = None
    if not flare_up:
        start = parse_date(data["start"], join(path, "start"))
        end = optional(data, "end", path, parse_date)
        if end is not None and end < start:
            raise fail(join(path, "end"), f"a last day on or after the start {start.isoformat()}")
    location = optional(data, "location", path, string)
    exercises: tuple[ExercisePrescription, ...] = ()
    if "exercises" in data:
        ex_path = join(path, "exercises")
        exercises = tuple(
            parse_exercise(raw, join(ex_path, i)) for i, raw in enumerate(array(data["exercises"], ex_path))
        )
    heat = optional(data, "heat_before_minutes", path, _heat_cold)
    cold = optional(data, "cold_after_minutes", path, _heat_cold)
    if warnings is not None:
        for key, minutes in (("heat_before_minutes", heat), ("cold_after_minutes", cold)):
            if minutes is not None and minutes > HEAT_COLD_WARN_ABOVE:
                warnings.append(
                    f"{join(path, key)}: {minutes} minutes is longer than the 15-20 minutes "
                    "common guidance allows for one application"
                )
    return Activity(
        id=act_id,
        kind=kind,
        title=title,
        schedule=schedule,
        duration_minutes=duration,
        start=start,
        end=end,
        location=location,
        exercises=exercises,
        heat_before_minutes=heat,
        cold_after_minutes=cold,
        notes=optional(data, "notes", path, string),
    )


def _heat_cold(value: Any, path: str) -> int:
    return integer(value, path, 1, 30)


def parse_exercise(value: Any, path: str) -> ExercisePrescription:
    data = obj(value, path, ("exercise",), ("custom", "sets", "reps", "hold_seconds", "side", "notes"))
    exercise = data["exercise"]
    ex_path = join(path, "exercise")
    if not isinstance(exercise, str) or (exercise != "custom" and exercise not in EXERCISE_IDS):
        known = ", ".join(EXERCISE_IDS)
        raise fail(ex_path, f"a bundled exercise id ({known}) or 'custom'", exercise)
    custom = None
    if exercise == "custom":
        if "custom" not in data:
            raise fail(join(path, "custom"), "this key is required when exercise is 'custom'")
        c_path = join(path, "custom")
        c_data = obj(data["custom"], c_path, ("name", "instructions"), ("image",))
        custom = CustomExercise(
            name=name(c_data["name"], join(c_path, "name")),
            instructions=string(c_data["instructions"], join(c_path, "instructions")),
            image=optional(c_data, "image", c_path, parse_image),
        )
    elif "custom" in data:
        raise fail(join(path, "custom"), "no custom object unless exercise is 'custom'")
    return ExercisePrescription(
        exercise=exercise,
        custom=custom,
        sets=optional(data, "sets", path, lambda v, p: integer(v, p, 1, 10)),
        reps=optional(data, "reps", path, lambda v, p: integer(v, p, 1, 100)),
        hold_seconds=optional(data, "hold_seconds", path, lambda v, p: integer(v, p, 1, 300)),
        side=optional(data, "side", path, lambda v, p: enum_value(Side, v, p)),
        notes=optional(data, "notes", path, string),
    )


def parse_image(value: Any, path: str) -> str:
    """A custom exercise's picture: a PNG or JPEG data URI that really decodes."""
    if not isinstance(value, str):
        raise fail(path, "a data:image/png;base64,... or data:image/jpeg;base64,... URI", value)
    try:
        decode_data_uri(value)
    except ImageError as exc:
        raise fail(path, str(exc)) from None
    return value


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


# --- patient and plan ------------------------------------------------------------


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


# --- log and events --------------------------------------------------------------

_LOG_OPTIONAL = (
    "pain_worst",
    "locations",
    "spasm",
    "walking_minutes",
    "psfs",
    "sleep",
    "side_effects",
    "red_flags",
    "note",
)


def _score(value: Any, path: str) -> int:
    return integer(value, path, 0, 10)


def parse_log_entry(value: Any, path: str, psfs_activities: Sequence[str] | None) -> LogEntry:
    data = obj(value, path, ("at", "pain"), _LOG_OPTIONAL)
    psfs: tuple[tuple[str, int], ...] | None = None
    if "psfs" in data:
        p_path = join(path, "psfs")
        raw = data["psfs"]
        if not isinstance(raw, dict):
            raise fail(p_path, "an object of PSFS activity -> score 0-10", raw)
        allowed = list(psfs_activities or ())
        pairs: list[tuple[str, int]] = []
        for key, score in raw.items():
            if key not in allowed:
                listed = "; ".join(allowed) if allowed else "none: the plan has no psfs_activities"
                raise fail(join(p_path, key), f"a PSFS activity of the plan ({listed})")
            pairs.append((key, _score(score, join(p_path, key))))
        psfs = tuple(pairs)
    return LogEntry(
        at=parse_aware_datetime(data["at"], join(path, "at")),
        pain=_score(data["pain"], join(path, "pain")),
        pain_worst=optional(data, "pain_worst", path, _score),
        locations=optional(data, "locations", path, lambda v, p: enum_list(PainLocation, v, p)),
        spasm=optional(data, "spasm", path, _score),
        walking_minutes=optional(data, "walking_minutes", path, lambda v, p: integer(v, p, 0, 1440)),
        psfs=psfs,
        sleep=optional(data, "sleep", path, _score),
        side_effects=optional(data, "side_effects", path, lambda v, p: enum_list(SideEffect, v, p)),
        red_flags=optional(data, "red_flags", path, lambda v, p: enum_list(RedFlag, v, p)),
        note=optional(data, "note", path, string),
    )


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


def event_items(medications: Iterable[Medication], activities: Iterable[Activity]) -> dict[str, str]:
    """Every id an event may name, with what it is ('medication', 'activity', 'heat', ...)."""
    items: dict[str, str] = {FLARE_UP_ITEM: "flare-up"}
    for med in medications:
        items[med.id] = "medication"
    for act in activities:
        items[act.id] = "activity"
        if act.heat_before_minutes is not None:
            items[act.id + HEAT_SUFFIX] = "heat"
        if act.cold_after_minutes is not None:
            items[act.id + COLD_SUFFIX] = "cold"
    return items


def parse_event(value: Any, path: str, known_items: Mapping[str, str]) -> Event:
    data = obj(
        value,
        path,
        ("item", "status", "scheduled_for"),
        ("at", "override_reason", "pain_before", "pain_after", "note", "removed"),
    )
    item = data["item"]
    item_path = join(path, "item")
    if not isinstance(item, str) or item not in known_items:
        raise fail(
            item_path,
            "a medication or activity id of this file, '<activity id>:heat' or ':cold' for an "
            "activity with heat or cold, or 'flare-up'",
            item,
        )
    status = enum_value(EventStatus, data["status"], join(path, "status"))
    scheduled = data["scheduled_for"]
    scheduled_for = (
        None if scheduled is None else parse_aware_datetime(scheduled, join(path, "scheduled_for"))
    )
    at = optional(data, "at", path, parse_aware_datetime)
    if status is EventStatus.DONE and at is None:
        raise fail(join(path, "at"), "this key is required when status is 'done'")
    if at is None and scheduled_for is None:
        raise fail(
            join(path, "scheduled_for"), "a date-time: an event that was not done needs the time it was due"
        )
    return Event(
        item=item,
        status=status,
        scheduled_for=scheduled_for,
        at=at,
        override_reason=optional(data, "override_reason", path, string),
        pain_before=optional(data, "pain_before", path, _score),
        pain_after=optional(data, "pain_after", path, _score),
        note=optional(data, "note", path, string),
        removed=optional(data, "removed", path, parse_removal),
    )


def parse_removal(value: Any, path: str) -> Removal:
    """``{"at": ..., "reason": string or null}``: when a record was taken back."""
    data = obj(value, path, ("at",), ("reason",))
    reason = data.get("reason")
    return Removal(
        at=parse_aware_datetime(data["at"], join(path, "at")),
        reason=None if reason is None else string(reason, join(path, "reason")),
    )


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


# --- the whole document ----------------------------------------------------------


def document_from_json(value: Any, warnings: Warnings | None = None) -> PlanDocument:
    """Reads and checks a whole plan document (already decoded from JSON)."""
    data = obj(value, "", ("format", "version", "patient", "plan"), OPTIONAL_SECTIONS)
    if data["format"] != FORMAT_NAME:
        raise fail("format", '"backplan"', data["format"])
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise fail("version", "the whole number 1", version)
    if version > FORMAT_VERSION:
        raise fail(
            "version",
            f"version {version} is newer than this backplan understands (it reads version "
            f"{FORMAT_VERSION}); update backplan to open this file",
        )
    if version != FORMAT_VERSION:
        raise fail("version", "the whole number 1", version)
    patient = parse_patient(data["patient"])
    plan = parse_plan(data["plan"], warnings=warnings)

    meds: tuple[Medication, ...] = ()
    if "medications" in data:
        meds = tuple(
            parse_medication(raw, join("medications", i))
            for i, raw in enumerate(array(data["medications"], "medications"))
        )
    acts: tuple[Activity, ...] = ()
    if "activities" in data:
        acts = tuple(
            parse_activity(raw, join("activities", i), warnings=warnings)
            for i, raw in enumerate(array(data["activities"], "activities"))
        )
    check_ids(plan, meds, acts)
    check_dates(plan, meds, acts)

    log: tuple[LogEntry, ...] = ()
    if "log" in data:
        log = tuple(
            parse_log_entry(raw, join("log", i), plan.psfs_activities)
            for i, raw in enumerate(array(data["log"], "log"))
        )
    events: tuple[Event, ...] = ()
    if "events" in data:
        flare = plan.flare_up
        known = event_items(
            meds + (flare.medications if flare else ()), acts + (flare.activities if flare else ())
        )
        events = tuple(
            parse_event(raw, join("events", i), known)
            for i, raw in enumerate(array(data["events"], "events"))
        )
    return PlanDocument(
        patient=patient,
        plan=plan,
        medications=meds,
        activities=acts,
        log=tuple(sorted(log, key=lambda e: e.at)),
        events=tuple(sorted(events, key=lambda e: e.sort_key)),
        present_sections=frozenset(k for k in OPTIONAL_SECTIONS if k in data),
    )


def _item_paths(plan: Plan, meds: Sequence[Medication], acts: Sequence[Activity]) -> list[tuple[str, str]]:
    paths = [(m.id, f"medications[{i}].id") for i, m in enumerate(meds)]
    paths += [(a.id, f"activities[{i}].id") for i, a in enumerate(acts)]
    if plan.flare_up is not None:
        paths += [
            (m.id, f"plan.flare_up.medications[{i}].id") for i, m in enumerate(plan.flare_up.medications)
        ]
        paths += [(a.id, f"plan.flare_up.activities[{i}].id") for i, a in enumerate(plan.flare_up.activities)]
    return paths


def check_ids(plan: Plan, meds: Sequence[Medication], acts: Sequence[Activity]) -> None:
    """Ids are unique across the whole file, flare-up items included; 'flare-up' is reserved."""
    seen: dict[str, str] = {}
    for item_id, path in _item_paths(plan, meds, acts):
        if item_id == FLARE_UP_ITEM:
            raise fail(path, "an id other than 'flare-up', which is reserved")
        if item_id in seen:
            raise fail(path, f"a unique id; {item_id!r} is already used at {seen[item_id]}")
        seen[item_id] = path


def check_dates(plan: Plan, meds: Sequence[Medication], acts: Sequence[Activity]) -> None:
    """Items may not start before the plan's start nor run past its end."""
    for i, med in enumerate(meds):
        path = f"medications[{i}]"
        assert med.start is not None
        _check_span(plan, path, med.start, med.last_day, "end" if med.end is not None else "days")
        _check_once(plan, path, med.schedule, med.start, med.last_day)
    for i, act in enumerate(acts):
        path = f"activities[{i}]"
        assert act.start is not None
        _check_span(plan, path, act.start, act.end, "end")
        _check_once(plan, path, act.schedule, act.start, act.end if act.end else plan.end)


def _check_span(plan: Plan, path: str, start: date, last: date | None, last_key: str) -> None:
    if start < plan.start:
        raise fail(join(path, "start"), f"a day on or after the plan's start {plan.start.isoformat()}")
    if plan.end is not None:
        if start > plan.end:
            raise fail(join(path, "start"), f"a day on or before the plan's end {plan.end.isoformat()}")
        if last is not None and last > plan.end:
            raise fail(
                join(path, last_key),
                f"a course that ends by the plan's end {plan.end.isoformat()} (this one runs to "
                f"{last.isoformat()})",
            )


def _check_once(plan: Plan, path: str, schedule: Schedule, start: date, last: date | None) -> None:
    if not isinstance(schedule, OnceSchedule):
        return
    day = schedule.at.date()
    if day < start or (last is not None and day > last):
        span = f"{start.isoformat()} to {last.isoformat()}" if last else f"from {start.isoformat()}"
        raise fail(join(join(path, "schedule"), "once"), f"a date-time within the item's dates ({span})")


def document_to_json(doc: PlanDocument, *, all_sections: bool = True) -> dict[str, Any]:
    """Writes the version-1 document: log and events in time order."""
    out: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "patient": patient_to_json(doc.patient),
        "plan": plan_to_json(doc.plan),
    }
    sections: dict[str, list[dict[str, Any]]] = {
        "medications": [medication_to_json(m) for m in doc.medications],
        "activities": [activity_to_json(a) for a in doc.activities],
        "log": [log_entry_to_json(e) for e in sorted(doc.log, key=lambda e: e.at)],
        "events": [event_to_json(e) for e in sorted(doc.events, key=lambda e: e.sort_key)],
    }
    for key, items in sections.items():
        if items or all_sections or key in doc.present_sections:
            out[key] = items
    return out


def validate_document(doc: PlanDocument) -> PlanDocument:
    """Re-checks a document built in code (the editor) by the file's own rules."""
    return document_from_json(document_to_json(doc))


# --- small helpers ---------------------------------------------------------------


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        out[key] = value


def _num(value: Number) -> Number:
    """Writes 350.0 as 350 so numbers read back as they were written."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
