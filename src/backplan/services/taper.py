"""Stepping a medicine course down: the next step of a taper, as plain values.

A prescriber who wants a relaxant stopped gradually writes the course as steps: so
many days at the full schedule, then fewer times a day or a lower dose until the
course's last day. In the file format each step is its own medication entry, and the
entries must follow one another exactly (no day without a step, no day with two), or
the schedule would drop or double doses. :func:`step_down` makes that split from the
editor's choices, and refuses anything that is not a step *down*: backplan organizes
what the prescriber decided and never raises a dose.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from itertools import pairwise

from backplan.domain.model import (
    AsNeededSchedule,
    Ingredient,
    Medication,
    Number,
    OnceSchedule,
    TimesSchedule,
)

_STEP_RE = re.compile(r"^(?P<base>.+)-step-(?P<n>\d+)$")


class TaperError(ValueError):
    """The step asked for cannot be made; the message says why in plain words."""


@dataclass(frozen=True)
class StepDown:
    """What the person chose in the "Step down" dialog.

    ``last_day``: the current entry's new last day; the step starts the day after.
    ``course_end``: the step's own last day (where the course ends).
    ``times``: the step's times of day (fewer than now), or None to keep them.
    ``mg``: the step's mg per substance (lower than now), or None to keep them.
    ``dose``/``units_per_dose``: the step's dose text and units, or None to keep them.
    """

    last_day: date
    course_end: date
    times: tuple[time, ...] | None = None
    mg: Mapping[str, Number] | None = None
    dose: str | None = None
    units_per_dose: Number | None = None


def next_step_id(med_id: str, taken: Collection[str]) -> str:
    """``carisoprodol`` -> ``carisoprodol-step-2``; ``x-step-2`` -> ``x-step-3``; never a taken id."""
    match = _STEP_RE.match(med_id)
    base, number = (match["base"], int(match["n"]) + 1) if match else (med_id, 2)
    candidate = f"{base}-step-{number}"
    while candidate in taken:
        number += 1
        candidate = f"{base}-step-{number}"
    return candidate


def step_down(
    med: Medication, change: StepDown, taken_ids: Collection[str] = ()
) -> tuple[Medication, Medication]:
    """The current entry cut short on ``change.last_day`` and the new step after it.

    The current entry keeps the way its course length was written: a ``days`` course
    gets fewer days, an ``end`` course an earlier end. The new step writes its length
    the same way. Stock stays with the first entry (it is the same pack).
    """
    if med.start is None:
        raise TaperError("a flare-up medicine has no course dates to step down")
    if isinstance(med.schedule, AsNeededSchedule | OnceSchedule):
        raise TaperError("only a medicine taken at set times can be stepped down")
    if change.last_day < med.start:
        raise TaperError(f"the current step must last at least one day (from {med.start.isoformat()})")
    step_start = change.last_day + timedelta(days=1)
    if change.course_end < step_start:
        raise TaperError(
            f"the course must end on or after {step_start.isoformat()}, the new step's first day"
        )

    schedule = med.schedule
    fewer_times = False
    if change.times is not None:
        if not isinstance(schedule, TimesSchedule):
            raise TaperError("the times of a repeating rule cannot be changed here; lower the dose instead")
        new_times = tuple(sorted(set(change.times)))
        if not new_times:
            raise TaperError("the new step needs at least one time a day")
        if len(new_times) > len(schedule.times):
            raise TaperError("a step down cannot add times a day")
        fewer_times = len(new_times) < len(schedule.times)
        schedule = replace(schedule, times=new_times)

    ingredients = med.ingredients
    lower_mg = False
    if change.mg is not None:
        strengths = {i.substance: i.mg for i in med.ingredients}
        unknown = set(change.mg) - set(strengths)
        if unknown:
            raise TaperError(f"{', '.join(sorted(unknown))} is not in this medicine")
        for substance, mg in change.mg.items():
            if mg <= 0:
                raise TaperError(f"{substance}: the dose must be more than 0 mg")
            if mg > strengths[substance]:
                raise TaperError(
                    f"{substance}: a step down cannot raise the dose above {strengths[substance]} mg"
                )
            lower_mg = lower_mg or mg < strengths[substance]
        ingredients = tuple(
            Ingredient(i.substance, change.mg.get(i.substance, i.mg)) for i in med.ingredients
        )
    if change.units_per_dose is not None and change.units_per_dose > med.effective_units_per_dose:
        raise TaperError("a step down cannot take more units per dose")
    if not (fewer_times or lower_mg):
        raise TaperError("a step down needs fewer times a day or a lower dose")

    if med.days is not None:
        current = replace(med, days=(change.last_day - med.start).days + 1, end=None)
        lengths: dict[str, object] = {"days": (change.course_end - step_start).days + 1, "end": None}
    else:
        current = replace(med, end=change.last_day, days=None)
        lengths = {"end": change.course_end, "days": None}
    step = replace(
        med,
        id=next_step_id(med.id, set(taken_ids) | {med.id}),
        schedule=schedule,
        ingredients=ingredients,
        dose=change.dose if change.dose is not None else med.dose,
        units_per_dose=change.units_per_dose if change.units_per_dose is not None else med.units_per_dose,
        start=step_start,
        stock=None,
        **lengths,  # type: ignore[arg-type]
    )
    return current, step


def apply_step_down(
    medications: Sequence[Medication], med_id: str, change: StepDown, other_ids: Collection[str] = ()
) -> tuple[Medication, ...]:
    """The plan's medicine list with ``med_id`` stepped down; the step follows it in the list."""
    index = next((i for i, m in enumerate(medications) if m.id == med_id), None)
    if index is None:
        raise TaperError(f"no medicine {med_id!r} in this plan")
    taken = {m.id for m in medications} | set(other_ids)
    current, step = step_down(medications[index], change, taken)
    out = list(medications)
    out[index : index + 1] = [current, step]
    return tuple(out)


def taper_steps(medications: Sequence[Medication], med_id: str) -> list[Medication]:
    """The entries of one taper in order: the first entry and its ``-step-N`` followers."""
    match = _STEP_RE.match(med_id)
    base = match["base"] if match else med_id

    def base_of(item_id: str) -> str:
        found = _STEP_RE.match(item_id)
        return found["base"] if found else item_id

    steps = [m for m in medications if base_of(m.id) == base]
    return sorted(steps, key=lambda m: (m.start or date.min, m.id))


def gaps_and_overlaps(steps: Sequence[Medication]) -> list[str]:
    """Where consecutive steps do not meet exactly (empty when the taper is seamless)."""
    problems: list[str] = []
    for before, after in pairwise(steps):
        last = before.last_day
        if last is None or after.start is None:
            problems.append(f"{before.id} or {after.id} has no dates")
            continue
        expected = last + timedelta(days=1)
        if after.start > expected:
            problems.append(
                f"a gap from {expected.isoformat()} to {(after.start - timedelta(days=1)).isoformat()}"
            )
        elif after.start < expected:
            problems.append(f"{before.id} and {after.id} overlap from {after.start.isoformat()}")
    return problems


__all__ = [
    "StepDown",
    "TaperError",
    "apply_step_down",
    "gaps_and_overlaps",
    "next_step_id",
    "step_down",
    "taper_steps",
]
