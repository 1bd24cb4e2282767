"""Reading the plan's items: medications (ingredients, stock) and activities (exercises).

Flare-up items have no dates of their own (they run for the flare-up's days); the same
readers serve both, told by ``flare_up``. Heat or cold above 20 minutes is accepted with a
warning, never refused (plan-format.md).
"""

from __future__ import annotations

from typing import Any

from .. import years
from ..exercises import EXERCISE_IDS
from ..images import ImageError, decode_data_uri
from ..model import (
    Activity,
    ActivityKind,
    CustomExercise,
    ExercisePrescription,
    Ingredient,
    Medication,
    Side,
    Stock,
)
from .schedules import parse_schedule
from .values import (
    Warnings,
    array,
    enum_value,
    fail,
    integer,
    join,
    name,
    number,
    obj,
    optional,
    parse_date,
    parse_id,
    string,
)

HEAT_COLD_WARN_ABOVE = 20

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
