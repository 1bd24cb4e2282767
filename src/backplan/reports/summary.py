"""The figures of the clinician report's first page and its adherence, as plain data.

report.md says what a GP must be able to read in two minutes, and where a careless
figure misleads: a patient who logged nothing is "not recorded", never "0 %"; "the
last week" is the last week of the period, not of the log; radiating pain and red
flags are named with their dates. These functions hold those rules, with no Qt, so
that they are tested on their own and the PDF only formats them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import fmean
from typing import Final

from backplan.domain.model import EventStatus, PainLocation, RedFlag
from backplan.reports.progress import ROLLING_DAYS, HelpedRow, ItemAdherence, ProgressData

# "What helped": a comparison needs at least this many days with and without.
MIN_HELPED_DAYS: Final = 5
LEG_LOCATIONS: Final = (PainLocation.LEG_LEFT, PainLocation.LEG_RIGHT)


@dataclass(frozen=True)
class WeekMean:
    """Mean daily pain over seven days of the period (only days with entries count)."""

    first_day: date
    last_day: date
    mean: float | None  # None: no entry in these days
    days: int  # days with at least one entry
    entries: int


@dataclass(frozen=True)
class PainExtreme:
    pain: int
    at: datetime  # the first entry with that value, in the patient's zone


@dataclass(frozen=True)
class WhereItHurts:
    by_location: tuple[tuple[PainLocation, int], ...]  # most entries first
    with_location: int  # entries that name any location
    leg_entries: int  # entries with pain in either leg (radiating pain)
    both_legs: tuple[datetime, ...]  # entries with pain in both legs, in the patient's zone


def period_weeks(data: ProgressData) -> tuple[WeekMean, WeekMean]:
    """The first and the last seven days of the period, clipped to the period.

    The last week is the period's last week whatever the log holds: a patient who
    stopped logging ten days before the end has no entries in it, and the report
    says so instead of quietly using an older week.
    """
    span = timedelta(days=ROLLING_DAYS - 1)
    first = (data.start, min(data.end, data.start + span))
    last = (max(data.start, data.end - span), data.end)
    return _week(data, *first), _week(data, *last)


def _week(data: ProgressData, lo: date, hi: date) -> WeekMean:
    values = [v for d, v in data.daily.value_days(data.daily.pain) if lo <= d <= hi]
    tz = data.tz
    entries = sum(1 for e in data.entries if lo <= e.at.astimezone(tz).date() <= hi)
    return WeekMean(lo, hi, fmean(values) if values else None, len(values), entries)


def pain_extremes(data: ProgressData) -> tuple[PainExtreme, PainExtreme] | None:
    """The highest and the lowest pain entered (the first entry of each), or None."""
    if not data.points:
        return None
    high = max(data.points, key=lambda p: p.pain)  # max/min keep the first of equals
    low = min(data.points, key=lambda p: p.pain)
    return PainExtreme(high.pain, high.at), PainExtreme(low.pain, low.at)


def where_it_hurts(data: ProgressData) -> WhereItHurts:
    counts: Counter[PainLocation] = Counter()
    tz = data.tz
    legs = 0
    both: list[datetime] = []
    named = 0
    for entry in data.entries:
        places = set(entry.locations or ())
        if places:
            named += 1
        counts.update(places)
        if places & set(LEG_LOCATIONS):
            legs += 1
        if set(LEG_LOCATIONS) <= places:
            both.append(entry.at.astimezone(tz))
    order = list(PainLocation)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], order.index(kv[0])))
    return WhereItHurts(tuple(ranked), named, legs, tuple(both))


def red_flag_dates(data: ProgressData) -> list[tuple[RedFlag, tuple[date, ...]]]:
    """Each red flag recorded in the period with every local day it was recorded on."""
    found: dict[RedFlag, list[date]] = {}
    for day in data.red_flag_days:
        for flag in day.red_flags:
            found.setdefault(flag, []).append(day.day)
    order = list(RedFlag)
    return [(flag, tuple(found[flag])) for flag in sorted(found, key=order.index)]


def recorded_items(data: ProgressData) -> set[str]:
    """The items with any record in the period: done, skipped or marked missed."""
    kept = {EventStatus.DONE, EventStatus.SKIPPED, EventStatus.MISSED}
    return {e.item for e in data.events if e.status in kept}


def is_recorded(row: ItemAdherence, recorded: set[str]) -> bool:
    """Whether an item's figures are a record at all (see :func:`recorded_items`).

    An item with nothing done, skipped or marked missed in the period is "not
    recorded": the patient did not use the app for it, which is not the same as
    missing every dose.
    """
    return row.item in recorded


@dataclass(frozen=True)
class QuietDays:
    """Days of the period (up to today) with no record of any kind."""

    count: int
    of: int  # the days of the period up to today
    days: tuple[date, ...]


def days_without_records(data: ProgressData, now: datetime) -> QuietDays:
    tz = data.tz
    today = now.astimezone(tz).date()
    last = min(data.end, today)
    if last < data.start:
        return QuietDays(0, 0, ())
    busy = {e.at.astimezone(tz).date() for e in data.entries}
    busy |= {e.sort_key.astimezone(tz).date() for e in data.events}
    total = (last - data.start).days + 1
    quiet = tuple(d for d in (data.start + timedelta(days=k) for k in range(total)) if d not in busy)
    return QuietDays(len(quiet), total, quiet)


def day_ranges(days: Sequence[date]) -> list[tuple[date, date]]:
    """Consecutive days joined into (first, last) runs, in order."""
    runs: list[tuple[date, date]] = []
    for day in sorted(days):
        if runs and runs[-1][1] + timedelta(days=1) == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


@dataclass(frozen=True)
class HelpedVerdict:
    row: HelpedRow
    trend_explains: bool  # the days with it fall where the pain trend alone was lower


def helped_comparisons(rows: Sequence[HelpedRow], data: ProgressData) -> list[HelpedVerdict]:
    """The comparisons report.md allows: at least 5 days with and 5 days without.

    A comparison the pain trend alone could explain is marked: when pain falls over
    the period and an item was done mostly late in it (or rises and it was done
    early), its days have lower pain whatever it did. The test: the 7-day mean
    (the trend) averaged over the days with the item, against over the days
    without, differs in the same direction as the raw comparison and by at least
    half as much.
    """
    out: list[HelpedVerdict] = []
    trend = {d: v for d, v in data.daily.value_days(data.daily.pain_mean_7d)}
    pain_days = {d for d, _ in data.daily.value_days(data.daily.pain)}
    for row in rows:
        if row.n_with < MIN_HELPED_DAYS or row.n_without < MIN_HELPED_DAYS or row.difference is None:
            continue
        days_with = _days_with(row, data) & pain_days
        with_t = [trend[d] for d in days_with if d in trend]
        without_t = [trend[d] for d in pain_days - days_with if d in trend]
        explains = False
        if with_t and without_t and abs(row.difference) >= 0.05:
            trend_diff = fmean(with_t) - fmean(without_t)
            explains = trend_diff * row.difference > 0 and abs(trend_diff) >= abs(row.difference) / 2
        out.append(HelpedVerdict(row, explains))
    return out


def _days_with(row: HelpedRow, data: ProgressData) -> set[date]:
    tz = data.tz
    if row.group == "medicine":
        return {t.at.astimezone(tz).date() for t in data.doses if t.med_id == row.key}
    return {m.at.astimezone(tz).date() for m in data.done.get(row.key, ())}


__all__ = [
    "LEG_LOCATIONS",
    "MIN_HELPED_DAYS",
    "HelpedVerdict",
    "PainExtreme",
    "QuietDays",
    "WeekMean",
    "WhereItHurts",
    "day_ranges",
    "days_without_records",
    "helped_comparisons",
    "is_recorded",
    "pain_extremes",
    "period_weeks",
    "recorded_items",
    "red_flag_dates",
    "where_it_hurts",
]
