"""The entities of a back-pain plan, as plain immutable values.

They mirror the `.backplan.json` format (shared/spec/plan-format.md) one to one, so
that import, storage and export never have to guess. Optional fields that the file
leaves out stay ``None`` here (rather than taking their default), which is what lets
an import followed by an export give back the same document; the ``effective_*``
helpers apply the spec's defaults where behaviour needs them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

Number = int | float


class ActivityKind(StrEnum):
    PHYSICAL_THERAPY = "physical_therapy"
    EXERCISE = "exercise"
    STRETCHING = "stretching"
    WALK = "walk"
    OTHER = "other"


class Side(StrEnum):
    BOTH = "both"
    EACH = "each"
    LEFT = "left"
    RIGHT = "right"


class Weekday(StrEnum):
    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"

    @property
    def number(self) -> int:
        """Monday is 0, as in ``date.weekday()``."""
        return list(Weekday).index(self)


class EventStatus(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    MISSED = "missed"


class PainLocation(StrEnum):
    LOWER_BACK = "lower_back"
    UPPER_BACK = "upper_back"
    NECK = "neck"
    BUTTOCK_LEFT = "buttock_left"
    BUTTOCK_RIGHT = "buttock_right"
    LEG_LEFT = "leg_left"
    LEG_RIGHT = "leg_right"


class SideEffect(StrEnum):
    DROWSINESS = "drowsiness"
    DIZZINESS = "dizziness"
    HEADACHE = "headache"
    FATIGUE = "fatigue"
    NAUSEA = "nausea"
    OTHER = "other"


class RedFlag(StrEnum):
    BOTH_LEGS = "both_legs"
    SADDLE_NUMBNESS = "saddle_numbness"
    BLADDER_BOWEL = "bladder_bowel"
    LEG_WEAKNESS = "leg_weakness"
    FEVER = "fever"
    TRAUMA = "trauma"
    NIGHT_PAIN = "night_pain"
    WEIGHT_LOSS = "weight_loss"


# --- schedules -------------------------------------------------------------------


@dataclass(frozen=True)
class TimesSchedule:
    """Every day (or on the given weekdays) at fixed local wall-clock times."""

    times: tuple[time, ...]
    weekdays: tuple[Weekday, ...] | None = None


@dataclass(frozen=True)
class RRuleSchedule:
    """An RFC 5545 rule without DTSTART; it starts on the item's start day at ``time``."""

    rrule: str
    time: time


@dataclass(frozen=True)
class OnceSchedule:
    """A single local (naive, patient time zone) date-time."""

    at: datetime


@dataclass(frozen=True)
class AsNeededSchedule:
    """Medicines only: taken when needed, within the label's limits."""

    min_interval_hours: Number
    max_doses_per_day: int


Schedule = TimesSchedule | RRuleSchedule | OnceSchedule | AsNeededSchedule


# --- plan items ------------------------------------------------------------------


@dataclass(frozen=True)
class Ingredient:
    substance: str
    mg: Number


@dataclass(frozen=True)
class Stock:
    on_hand: Number
    as_of: date
    remind_below: Number | None = None


@dataclass(frozen=True)
class Medication:
    id: str
    name: str
    ingredients: tuple[Ingredient, ...]
    dose: str
    schedule: Schedule
    # Flare-up medicines have no dates of their own: start, days and end stay None.
    start: date | None = None
    days: int | None = None
    end: date | None = None
    instructions: str | None = None
    prescriber: str | None = None
    units_per_dose: Number | None = None
    stock: Stock | None = None

    @property
    def as_needed(self) -> bool:
        return isinstance(self.schedule, AsNeededSchedule)

    @property
    def effective_units_per_dose(self) -> Number:
        return 1 if self.units_per_dose is None else self.units_per_dose

    @property
    def last_day(self) -> date | None:
        """The last day of the course, inclusive (None for a flare-up medicine)."""
        if self.end is not None:
            return self.end
        if self.start is not None and self.days is not None:
            return self.start + timedelta(days=self.days - 1)
        return None

    @property
    def course_days(self) -> int | None:
        last = self.last_day
        if self.start is None or last is None:
            return None
        return (last - self.start).days + 1


@dataclass(frozen=True)
class CustomExercise:
    name: str
    instructions: str
    # The clinician's own picture as a PNG or JPEG data URI, checked by the codec
    # (domain/images.py): kept as the file had it, so an export gives it back unchanged.
    image: str | None = None


@dataclass(frozen=True)
class ExercisePrescription:
    exercise: str  # a bundled library id, or "custom"
    custom: CustomExercise | None = None
    sets: int | None = None
    reps: int | None = None
    hold_seconds: int | None = None
    side: Side | None = None
    notes: str | None = None

    @property
    def effective_sets(self) -> int:
        return 1 if self.sets is None else self.sets

    @property
    def effective_side(self) -> Side:
        return Side.BOTH if self.side is None else self.side


@dataclass(frozen=True)
class Activity:
    id: str
    kind: ActivityKind
    title: str
    schedule: Schedule
    duration_minutes: int
    start: date | None = None  # None only for flare-up activities
    end: date | None = None
    location: str | None = None
    exercises: tuple[ExercisePrescription, ...] = ()
    heat_before_minutes: int | None = None
    cold_after_minutes: int | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Clinician:
    name: str
    role: str | None = None
    contact: str | None = None


@dataclass(frozen=True)
class FlareUpPlan:
    advice: str
    days: int
    medications: tuple[Medication, ...] = ()
    activities: tuple[Activity, ...] = ()


@dataclass(frozen=True)
class Plan:
    title: str
    start: date
    end: date | None = None
    clinician: Clinician | None = None
    goals: tuple[str, ...] | None = None
    psfs_activities: tuple[str, ...] | None = None
    flare_up: FlareUpPlan | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Patient:
    name: str
    timezone: str
    notes: str | None = None
    # The clinic's record number: inside one data folder a patient is identified by it
    # when present, else by name, so two patients may share a name (plan-format.md).
    identifier: str | None = None
    # Printed beside the name so papers of two same-named patients cannot be mixed up;
    # age-dependent label cautions use it.
    birth_date: date | None = None

    def matches(self, key: str) -> bool:
        """Whether ``--patient KEY`` names this patient: its name or its identifier,
        case and surrounding spaces ignored (cli.md)."""
        wanted = key.strip().casefold()
        if self.identifier is not None and self.identifier.strip().casefold() == wanted:
            return True
        return self.name.strip().casefold() == wanted


# --- what happened ---------------------------------------------------------------


@dataclass(frozen=True)
class LogEntry:
    at: datetime  # aware; keeps the offset it was written with
    pain: int
    pain_worst: int | None = None
    locations: tuple[PainLocation, ...] | None = None
    spasm: int | None = None
    walking_minutes: int | None = None
    psfs: tuple[tuple[str, int], ...] | None = None  # ordered (activity, score) pairs
    sleep: int | None = None
    side_effects: tuple[SideEffect, ...] | None = None
    red_flags: tuple[RedFlag, ...] | None = None
    note: str | None = None

    @property
    def psfs_average(self) -> float | None:
        if not self.psfs:
            return None
        return sum(score for _, score in self.psfs) / len(self.psfs)


FLARE_UP_ITEM = "flare-up"
HEAT_SUFFIX = ":heat"
COLD_SUFFIX = ":cold"


@dataclass(frozen=True)
class Removal:
    """A record taken back (an undo, a deletion): when, and why if the user said.

    Records of doses are never deleted outright: a removed event counts for nothing
    (not for adherence, not for the safety guard) but stays in exports and reports.
    """

    at: datetime  # aware
    reason: str | None = None


@dataclass(frozen=True)
class Event:
    item: str
    status: EventStatus
    scheduled_for: datetime | None  # aware, or None for as-needed doses and flare-ups
    at: datetime | None = None  # aware; required when done
    override_reason: str | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    note: str | None = None
    removed: Removal | None = None

    @property
    def counts(self) -> bool:
        """Whether the record still stands (it was not taken back)."""
        return self.removed is None

    @property
    def sort_key(self) -> datetime:
        """Events are kept in time order: when it happened, else when it was due."""
        moment = self.at if self.at is not None else self.scheduled_for
        assert moment is not None  # validation guarantees one of the two
        return moment


@dataclass(frozen=True)
class PlanDocument:
    """One patient's whole plan and history: what a `.backplan.json` file holds."""

    patient: Patient
    plan: Plan
    medications: tuple[Medication, ...] = ()
    activities: tuple[Activity, ...] = ()
    log: tuple[LogEntry, ...] = ()
    events: tuple[Event, ...] = ()
    # Which optional top-level sections the file had, so an export can mirror it.
    present_sections: frozenset[str] = field(default_factory=frozenset)

    def all_medications(self) -> tuple[Medication, ...]:
        """The plan's medicines and then the flare-up plan's."""
        extra = self.plan.flare_up.medications if self.plan.flare_up else ()
        return self.medications + extra

    def all_activities(self) -> tuple[Activity, ...]:
        extra = self.plan.flare_up.activities if self.plan.flare_up else ()
        return self.activities + extra

    def flare_up_ids(self) -> frozenset[str]:
        if self.plan.flare_up is None:
            return frozenset()
        fu = self.plan.flare_up
        return frozenset(m.id for m in fu.medications) | frozenset(a.id for a in fu.activities)

    def activity_end(self, activity: Activity) -> date | None:
        """An activity's last day: its own end, else the plan's, else open-ended."""
        return activity.end if activity.end is not None else self.plan.end
