"""What the progress chart, the Progress section and the clinician report show: plain data.

"Is the plan working?" is answered by pain and mobility over time, seen against what
was done. This module turns a :class:`PlanDocument` and a date range into exactly that
(daily series, medicine courses, doses, sessions, symptoms, flare-ups, adherence),
with no matplotlib and no Qt, so that it is tested on its own and the chart, the window
and the PDF report all read the same figures.

Days are the patient's local calendar days (``patient.timezone``): a pain entry written
at 23:30 in Chicago belongs to that Chicago day, wherever the computer is.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from math import fsum
from statistics import fmean
from typing import Final
from zoneinfo import ZoneInfo

from backplan.domain.model import (
    COLD_SUFFIX,
    FLARE_UP_ITEM,
    HEAT_SUFFIX,
    Activity,
    ActivityKind,
    Event,
    EventStatus,
    LogEntry,
    PlanDocument,
    RedFlag,
    SideEffect,
)
from backplan.reports.history_index import HistoryIndex, history_index
from backplan.schedule.agenda import day_bounds
from backplan.schedule.expand import COLD_KIND, HEAT_KIND, MEDICATION_KIND
from backplan.schedule.occurrence import Occurrence
from backplan.schedule.status import OccurrenceState, states_at
from backplan.schedule.wallclock import as_utc, zone

ROLLING_DAYS: Final = 7
# FACTS.md, "Measures": for the Patient-Specific Functional Scale a change of 2 points
# (in the average) is meaningful.
PSFS_MEANINGFUL_CHANGE: Final = 2.0
ASSOCIATION_NOTE: Final = (
    "These figures show association, not cause: days with something done may differ "
    "from other days in many ways."
)

# How each kind reads in charts and reports, in the order they are listed.
KIND_LABELS: Final[dict[str, str]] = {
    MEDICATION_KIND: "Medicine doses",
    ActivityKind.PHYSICAL_THERAPY.value: "Physical therapy",
    ActivityKind.EXERCISE.value: "Exercise",
    ActivityKind.STRETCHING.value: "Stretching",
    ActivityKind.WALK.value: "Walks",
    ActivityKind.OTHER.value: "Other activities",
    HEAT_KIND: "Heat",
    COLD_KIND: "Cold",
}

_DAY = timedelta(days=1)


# --- the data ---------------------------------------------------------------------


@dataclass(frozen=True)
class PainPoint:
    """One log entry's pain, at the moment it was written (in the patient's zone)."""

    at: datetime
    pain: int


@dataclass(frozen=True)
class DailySeries:
    """One value per local calendar day of the range (``None``: nothing recorded).

    Several entries on one day are combined as a person would read them: pain and
    spasm are averaged, the worst pain and the walking minutes ("longest comfortable
    walk today") take the day's highest, sleep and the PSFS average the day's latest.
    ``pain_mean_7d`` is the mean of the daily pain values over the seven calendar days
    ending that day (days with no entry are left out, not counted as zero), so a week
    with one entry is not weighed like a week with ten; it is ``None`` when none of
    those seven days has an entry.
    """

    days: tuple[date, ...]
    pain: tuple[float | None, ...]
    pain_mean_7d: tuple[float | None, ...]
    pain_worst: tuple[int | None, ...]
    walking_minutes: tuple[int | None, ...]
    psfs_average: tuple[float | None, ...]
    spasm: tuple[float | None, ...]
    sleep: tuple[int | None, ...]

    def value_days(self, series: Sequence[float | int | None]) -> list[tuple[date, float]]:
        """The (day, value) pairs of ``series`` that have a value."""
        return [(d, float(v)) for d, v in zip(self.days, series, strict=True) if v is not None]


@dataclass(frozen=True)
class CourseSpan:
    """A medicine's course, first to last day inclusive (flare-up medicines have none)."""

    med_id: str
    name: str
    first: date
    last: date


@dataclass(frozen=True)
class DoseTick:
    """A dose recorded as taken."""

    at: datetime
    med_id: str
    name: str
    scheduled: bool
    override_reason: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class DoneMark:
    """An activity, heat or cold application recorded as done."""

    at: datetime
    item: str
    kind: str  # an ActivityKind value, "heat" or "cold"
    title: str
    pain_before: int | None = None
    pain_after: int | None = None


@dataclass(frozen=True)
class SymptomDay:
    """A day on which side effects or red flags were logged (each listed once)."""

    day: date
    side_effects: tuple[SideEffect, ...] = ()
    red_flags: tuple[RedFlag, ...] = ()


@dataclass(frozen=True)
class FlareSpan:
    start: datetime
    end: datetime


@dataclass(frozen=True)
class ItemAdherence:
    """What became of one item's past occurrences in the range."""

    item: str
    title: str
    kind: str
    done: int
    skipped: int
    missed: int

    @property
    def counted(self) -> int:
        return self.done + self.skipped + self.missed


@dataclass(frozen=True)
class ProgressData:
    """Everything the progress views show for one patient and one range of days."""

    patient: str
    timezone: str
    start: date  # first day, inclusive
    end: date  # last day, inclusive
    points: tuple[PainPoint, ...]
    daily: DailySeries
    courses: tuple[CourseSpan, ...]
    doses: tuple[DoseTick, ...]
    done: dict[str, tuple[DoneMark, ...]]  # by kind
    side_effect_days: tuple[SymptomDay, ...]
    red_flag_days: tuple[SymptomDay, ...]
    flare_ups: tuple[FlareSpan, ...]
    adherence: dict[str, tuple[int, int]]  # kind -> (done, counted), past occurrences only
    item_adherence: tuple[ItemAdherence, ...]
    entries: tuple[LogEntry, ...]  # the log entries in the range, in time order
    events: tuple[Event, ...]  # the events in the range, in time order
    medicine_names: dict[str, str] = field(default_factory=dict)  # id -> name, all medicines

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.timezone)

    @property
    def is_empty(self) -> bool:
        """Nothing was logged or recorded in the range (the plan may still exist)."""
        return not self.points and not self.doses and not any(self.done.values())

    @property
    def range_start(self) -> datetime:
        """The first instant of the first day (aware, patient's zone)."""
        return day_bounds(self.timezone, self.start)[0]

    @property
    def range_end(self) -> datetime:
        """The first instant after the last day."""
        return day_bounds(self.timezone, self.end)[1]


# --- building it ------------------------------------------------------------------


def default_range(doc: PlanDocument, now: datetime) -> tuple[date, date]:
    """From the first log entry or the plan's start (the earlier) to today.

    If the record runs past today (a history imported from a computer whose clock is
    ahead), the range reaches its last day, so nothing recorded is cut off.
    """
    return _default_range(doc, now, history_index(doc))


def _default_range(
    doc: PlanDocument, now: datetime, index: HistoryIndex, counted_only: bool = False
) -> tuple[date, date]:
    """``counted_only``: the events taken back are left out (as ``progress_data`` does)."""
    tz = zone(doc.patient.timezone)
    today = now.astimezone(tz).date()
    first = doc.plan.start
    last = today
    # A later instant never falls on an earlier local day, so the extreme instants
    # give the extreme days: only the first and last records are converted (the
    # index keeps them in time order), not years of entries.
    log = index.log.records
    if log:
        first = min(first, log[0].at.astimezone(tz).date())
        last = max(last, log[-1].at.astimezone(tz).date())
    latest = index.latest_counted_event() if counted_only else index.latest_event
    if latest is not None:
        last = max(last, latest.astimezone(tz).date())
    return first, max(first, last)


def resolve_range(
    doc: PlanDocument, start: date | None, end: date | None, now: datetime
) -> tuple[date, date]:
    """The range asked for, with its defaults; refuses one that ends before it starts."""
    return _resolve_range(doc, start, end, now)


def _resolve_range(
    doc: PlanDocument, start: date | None, end: date | None, now: datetime, counted_only: bool = False
) -> tuple[date, date]:
    if start is not None and end is not None:  # no default needed: no record read
        first, last = start, end
    else:
        first, last = _default_range(doc, now, history_index(doc), counted_only)
    if start is None and end is not None:
        first = min(first, end)
    if end is None and start is not None:
        last = max(last, start)
    first = first if start is None else start
    last = last if end is None else end
    if last < first:
        raise ValueError(f"the range ends ({last}) before it starts ({first})")
    return first, last


def progress_data(doc: PlanDocument, start: date | None, end: date | None, now: datetime) -> ProgressData:
    """The progress of ``doc`` over local days ``start`` to ``end`` (inclusive).

    ``now`` (aware) supplies "today" for the default range and decides which
    occurrences are in the past for adherence: one still due or upcoming does not
    count yet.
    """
    # The records in time order, built once per document: the range's entries and
    # events are picked by bisecting, so the cost follows the range, not the history.
    # A record taken back (``removed``) counts for nothing: not as a dose, not as
    # done, not as "recorded" (the report's Safety section lists them apart); the
    # index holds the events that count.
    index = history_index(doc)
    first, last = _resolve_range(doc, start, end, now, counted_only=True)
    tz = zone(doc.patient.timezone)
    lo, hi = day_bounds(doc.patient.timezone, first, (last - first).days + 1)

    # The log from six days before the range, so the rolling mean is right on day one.
    # Entries are picked by instant (the range's first and last local instants), so
    # only those kept are converted to their local day.
    lead = first - timedelta(days=ROLLING_DAYS - 1)
    lead_lo = day_bounds(doc.patient.timezone, lead)[0]
    log_by_day: dict[date, list[LogEntry]] = defaultdict(list)
    entries: list[LogEntry] = []
    local_times: list[datetime] = []  # each entry's time in the patient's zone
    for entry in index.log.between(lead_lo, hi):
        at = entry.at.astimezone(tz)
        day = at.date()
        log_by_day[day].append(entry)
        if day >= first:
            entries.append(entry)
            local_times.append(at)

    daily = _daily_series(first, last, log_by_day)
    points = tuple(PainPoint(at, e.pain) for at, e in zip(local_times, entries, strict=True))

    meds = doc.all_medications()
    med_names = {m.id: m.name for m in meds}
    courses = tuple(
        CourseSpan(m.id, m.name, m.start, m.last_day)
        for m in doc.medications
        if m.start is not None and m.last_day is not None and m.start <= last and m.last_day >= first
    )

    acts = {a.id: a for a in doc.all_activities()}
    events = index.events.between(lo, hi)
    doses: list[DoseTick] = []
    done: dict[str, list[DoneMark]] = defaultdict(list)
    for event in events:
        if event.status is not EventStatus.DONE or event.at is None:
            continue
        at = event.at.astimezone(tz)
        if event.item in med_names:
            doses.append(
                DoseTick(
                    at,
                    event.item,
                    med_names[event.item],
                    event.scheduled_for is not None,
                    event.override_reason,
                    event.note,
                )
            )
            continue
        mark = _done_mark(event, at, acts)
        if mark is not None:
            done[mark.kind].append(mark)

    side_days, flag_days = _symptom_days(entries, [at.date() for at in local_times])
    windows = index.flare_ups
    flares = tuple(
        FlareSpan(w.start.astimezone(tz), w.end.astimezone(tz))
        for w in windows
        if w.start < hi and w.end > lo
    )

    occurrences = index.occurrences(doc, lo, hi)
    per_kind, item_stats = _adherence(occurrences, index.scheduled_between(lo, hi), now)

    return ProgressData(
        patient=doc.patient.name,
        timezone=doc.patient.timezone,
        start=first,
        end=last,
        points=points,
        daily=daily,
        courses=courses,
        doses=tuple(doses),
        done={kind: tuple(marks) for kind, marks in done.items()},
        side_effect_days=side_days,
        red_flag_days=flag_days,
        flare_ups=flares,
        adherence=per_kind,
        item_adherence=item_stats,
        entries=tuple(entries),
        events=events,
        medicine_names=med_names,
    )


def _done_mark(event: Event, at: datetime, acts: dict[str, Activity]) -> DoneMark | None:
    item = event.item
    if item == FLARE_UP_ITEM:
        return None
    base, kind = item, None
    if item.endswith(HEAT_SUFFIX):
        base, kind = item[: -len(HEAT_SUFFIX)], HEAT_KIND
    elif item.endswith(COLD_SUFFIX):
        base, kind = item[: -len(COLD_SUFFIX)], COLD_KIND
    act = acts.get(base)
    if act is None:
        return None
    if kind == HEAT_KIND:
        title = f"Heat before {act.title}"
    elif kind == COLD_KIND:
        title = f"Cold after {act.title}"
    else:
        kind, title = act.kind.value, act.title
    return DoneMark(at, item, kind, title, event.pain_before, event.pain_after)


def _daily_series(first: date, last: date, log_by_day: dict[date, list[LogEntry]]) -> DailySeries:
    """One pass over the days and, within a day, one over its entries.

    Five years are some 1,800 days and 3,000 entries; reading each entry's fields
    once (instead of once per series) is what keeps this cheap. Means are taken
    with ``math.fsum`` as ``statistics.fmean`` does, so the figures are the same to
    the last bit.
    """
    count = (last - first).days + 1
    days = tuple(first + timedelta(days=k) for k in range(count))
    pain: list[float | None] = []
    rolling: list[float | None] = []
    worst: list[int | None] = []
    walking: list[int | None] = []
    psfs: list[float | None] = []
    spasm: list[float | None] = []
    sleep: list[int | None] = []

    def day_pain(day: date) -> float | None:
        todays = log_by_day.get(day)
        return fsum(e.pain for e in todays) / len(todays) if todays else None

    # A sliding window of the last seven calendar days' daily pain values.
    window: deque[float | None] = deque(
        (day_pain(first - timedelta(days=k)) for k in range(ROLLING_DAYS - 1, 0, -1)), maxlen=ROLLING_DAYS
    )
    for day in days:
        todays = log_by_day.get(day)
        if not todays:
            value = None
            pain.append(None)
            worst.append(None)
            walking.append(None)
            psfs.append(None)
            spasm.append(None)
            sleep.append(None)
        else:
            pains = 0
            worst_v: int | None = None
            walk_v: int | None = None
            psfs_v: float | None = None
            spasm_sum, spasm_n = 0, 0
            sleep_v: int | None = None
            for e in todays:
                pains += e.pain
                if e.pain_worst is not None and (worst_v is None or e.pain_worst > worst_v):
                    worst_v = e.pain_worst
                if e.walking_minutes is not None and (walk_v is None or e.walking_minutes > walk_v):
                    walk_v = e.walking_minutes
                if e.psfs:
                    psfs_v = e.psfs_average
                if e.spasm is not None:
                    spasm_sum += e.spasm
                    spasm_n += 1
                if e.sleep is not None:
                    sleep_v = e.sleep
            value = pains / len(todays)
            pain.append(value)
            worst.append(worst_v)
            walking.append(walk_v)
            psfs.append(psfs_v)
            spasm.append(spasm_sum / spasm_n if spasm_n else None)
            sleep.append(sleep_v)
        window.append(value)
        present = [v for v in window if v is not None]
        rolling.append(fsum(present) / len(present) if present else None)
    return DailySeries(
        days,
        tuple(pain),
        tuple(rolling),
        tuple(worst),
        tuple(walking),
        tuple(psfs),
        tuple(spasm),
        tuple(sleep),
    )


def _symptom_days(
    entries: Sequence[LogEntry], days: Sequence[date]
) -> tuple[tuple[SymptomDay, ...], tuple[SymptomDay, ...]]:
    effects: dict[date, dict[SideEffect, None]] = defaultdict(dict)
    flags: dict[date, dict[RedFlag, None]] = defaultdict(dict)
    for entry, day in zip(entries, days, strict=True):
        for effect in entry.side_effects or ():
            effects[day][effect] = None
        for flag in entry.red_flags or ():
            flags[day][flag] = None
    return (
        tuple(SymptomDay(d, side_effects=tuple(v)) for d, v in sorted(effects.items())),
        tuple(SymptomDay(d, red_flags=tuple(v)) for d, v in sorted(flags.items())),
    )


_ITEM_COLUMN: Final = {OccurrenceState.DONE: 0, OccurrenceState.SKIPPED: 1, OccurrenceState.MISSED: 2}


def _occurrence_start(occurrence: Occurrence) -> datetime:
    return occurrence.start


def _adherence(
    occurrences: Sequence[Occurrence], events: Sequence[Event], now: datetime
) -> tuple[dict[str, tuple[int, int]], tuple[ItemAdherence, ...]]:
    """Adherence per kind and per item from one pass over the occurrences' states.

    Working out five years of states is the costly part, so it is done once for both.
    Per kind it is ``schedule.status.adherence`` (settled and started by ``now``);
    per item every settled occurrence counts, as the item table always did.
    """
    # ``expand`` lists occurrences by start: those started by ``now`` come first.
    started = bisect_right(occurrences, as_utc(now, "now"), key=_occurrence_start)
    per_kind: dict[str, list[int]] = {}
    counts: dict[str, list[int]] = {}
    info: dict[str, tuple[str, str]] = {}
    column_of = _ITEM_COLUMN
    states = states_at(occurrences, events, now)
    for index, (occ, state) in enumerate(zip(occurrences, states, strict=True)):
        column = column_of.get(state)
        if column is None:  # due or upcoming: not counted yet
            continue
        row = counts.get(occ.item)
        if row is None:
            row = counts[occ.item] = [0, 0, 0]
            info[occ.item] = (occ.title, occ.kind)
        row[column] += 1
        if index < started:
            kind = per_kind.get(occ.kind)
            if kind is None:
                kind = per_kind[occ.kind] = [0, 0]
            kind[0] += column == 0
            kind[1] += 1
    return (
        {kind: (done, counted) for kind, (done, counted) in per_kind.items()},
        tuple(ItemAdherence(item, info[item][0], info[item][1], *row) for item, row in counts.items()),
    )


# --- summaries --------------------------------------------------------------------


@dataclass(frozen=True)
class HelpedRow:
    """Mean pain on days with something done against days without it."""

    key: str  # an activity kind, "heat", "cold", or a medicine id
    label: str
    group: str  # "activity" or "medicine"
    mean_with: float | None
    n_with: int
    mean_without: float | None
    n_without: int

    @property
    def difference(self) -> float | None:
        """Mean pain with minus without (negative: lower pain on days with it)."""
        if self.mean_with is None or self.mean_without is None:
            return None
        return self.mean_with - self.mean_without


@dataclass(frozen=True)
class WhatHelped:
    rows: tuple[HelpedRow, ...]
    note: str = ASSOCIATION_NOTE


def what_helped(data: ProgressData, doc: PlanDocument | None = None) -> WhatHelped:
    """For each kind of activity and each medicine: mean daily pain with it and without.

    A day counts when it has a pain entry; it is "with" when at least one of that
    kind (or a dose of that medicine) was recorded done on that local day. Kinds and
    medicines come from the plan (``doc``) when given, else from what was recorded.
    The figures show association, not cause (``note``).
    """
    tz = data.tz
    pain_days = dict(data.daily.value_days(data.daily.pain))
    if doc is not None:
        kinds = _plan_kinds(doc)
        medicines = [(m.id, m.name) for m in doc.all_medications()]
    else:
        kinds = [k for k in KIND_LABELS if data.done.get(k)]
        medicines = list(data.medicine_names.items())
    rows: list[HelpedRow] = []
    for kind in kinds:
        days = {m.at.astimezone(tz).date() for m in data.done.get(kind, ())}
        rows.append(_helped_row(kind, KIND_LABELS.get(kind, kind), "activity", days, pain_days))
    for med_id, name in medicines:
        days = {t.at.astimezone(tz).date() for t in data.doses if t.med_id == med_id}
        rows.append(_helped_row(med_id, name, "medicine", days, pain_days))
    return WhatHelped(tuple(rows))


def _plan_kinds(doc: PlanDocument) -> list[str]:
    present: set[str] = set()
    for act in doc.all_activities():
        present.add(act.kind.value)
        if act.heat_before_minutes:
            present.add(HEAT_KIND)
        if act.cold_after_minutes:
            present.add(COLD_KIND)
    return [k for k in KIND_LABELS if k in present]


def _helped_row(key: str, label: str, group: str, days: set[date], pain_days: dict[date, float]) -> HelpedRow:
    with_it = [v for d, v in pain_days.items() if d in days]
    without = [v for d, v in pain_days.items() if d not in days]
    return HelpedRow(
        key,
        label,
        group,
        fmean(with_it) if with_it else None,
        len(with_it),
        fmean(without) if without else None,
        len(without),
    )


@dataclass(frozen=True)
class PsfsChange:
    """The PSFS average at the first and the last entry that scored it."""

    first_at: datetime
    first: float
    last_at: datetime
    last: float
    meaningful_change: float = PSFS_MEANINGFUL_CHANGE

    @property
    def change(self) -> float:
        return self.last - self.first

    @property
    def meaningful(self) -> bool:
        """At least the 2-point change that FACTS.md calls meaningful (either way)."""
        return abs(self.change) >= self.meaningful_change - 1e-9


def psfs_change(data: ProgressData) -> PsfsChange | None:
    """First against last PSFS average in the range; None with fewer than two scored."""
    scored = [(e.at, e.psfs_average) for e in data.entries if e.psfs_average is not None]
    if len(scored) < 2:
        return None
    (first_at, first), (last_at, last) = scored[0], scored[-1]
    assert first is not None and last is not None
    return PsfsChange(first_at.astimezone(data.tz), first, last_at.astimezone(data.tz), last)


@dataclass(frozen=True)
class PainChange:
    """Pain at the start of the range against its end.

    The weekly means are means of the daily pain values over the first seven calendar
    days from the first logged day, and over the seven days ending on the last logged
    day (the two may overlap when less than two weeks were logged).
    """

    first_week_mean: float
    first_week_days: int
    last_week_mean: float
    last_week_days: int
    first_entry: PainPoint
    last_entry: PainPoint

    @property
    def week_change(self) -> float:
        return self.last_week_mean - self.first_week_mean

    @property
    def entry_change(self) -> int:
        return self.last_entry.pain - self.first_entry.pain


def pain_change(data: ProgressData) -> PainChange | None:
    """None when the range has no pain entry."""
    values = data.daily.value_days(data.daily.pain)
    if not values or not data.points:
        return None
    first_day, last_day = values[0][0], values[-1][0]
    week = timedelta(days=ROLLING_DAYS - 1)
    first_week = [v for d, v in values if d <= first_day + week]
    last_week = [v for d, v in values if d >= last_day - week]
    return PainChange(
        fmean(first_week),
        len(first_week),
        fmean(last_week),
        len(last_week),
        data.points[0],
        data.points[-1],
    )


def adherence_rows(data: ProgressData) -> list[tuple[str, str, int, int]]:
    """(kind, label, done, counted) for each kind with past occurrences, in list order."""
    rows = []
    for kind, label in KIND_LABELS.items():
        if kind in data.adherence:
            done, counted = data.adherence[kind]
            rows.append((kind, label, done, counted))
    for kind, (done, counted) in data.adherence.items():
        if kind not in KIND_LABELS:
            rows.append((kind, kind, done, counted))
    return rows


def percent(done: int, counted: int) -> str:
    """``"8 of 10 (80 %)"``; ``"none due yet"`` when nothing was counted."""
    if counted == 0:
        return "none due yet"
    return f"{done} of {counted} ({round(100 * done / counted)} %)"


__all__ = [
    "ASSOCIATION_NOTE",
    "KIND_LABELS",
    "PSFS_MEANINGFUL_CHANGE",
    "ROLLING_DAYS",
    "CourseSpan",
    "DailySeries",
    "DoneMark",
    "DoseTick",
    "FlareSpan",
    "HelpedRow",
    "ItemAdherence",
    "PainChange",
    "PainPoint",
    "ProgressData",
    "PsfsChange",
    "SymptomDay",
    "WhatHelped",
    "adherence_rows",
    "default_range",
    "pain_change",
    "percent",
    "progress_data",
    "psfs_change",
    "resolve_range",
    "what_helped",
]
