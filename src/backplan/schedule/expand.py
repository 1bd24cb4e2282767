"""Expanding a plan into the timed occurrences between two instants.

This is the one definition of "what is scheduled when": the agenda, the reminders,
the calendar export and the adherence figures all read it, so it must give the same
occurrence whichever range it is asked for. That is why an occurrence is first
defined on its own (an item's local wall-clock time on a local day, turned into an
instant by ``wallclock.to_utc``) and only then kept or dropped by its start: asking
for one week or for its seven days one by one yields the same list, and nothing is
lost or doubled at a range's edges, across daylight-saving changes included.

The work is proportional to the local days asked for (the range widened by an
activity's heat and duration, so that heat the evening before and cold after
midnight are found, and by one local day before, for a time that a gap moves past
midnight), never to the age of the plan, and never goes minute by minute.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from backplan.domain.model import (
    COLD_SUFFIX,
    HEAT_SUFFIX,
    Activity,
    Medication,
    OnceSchedule,
    PlanDocument,
    RRuleSchedule,
    Schedule,
    TimesSchedule,
)
from backplan.schedule.flare import merge_windows
from backplan.schedule.occurrence import FlareUpWindow, Occurrence
from backplan.schedule.rrules import LocalRule
from backplan.schedule.wallclock import as_utc, local_date, to_utc, zone

_DAY = timedelta(days=1)
_NONE = timedelta()
_MIDNIGHT = time()
_LAST_MOMENT = time.max

MEDICATION_KIND = "medication"
HEAT_KIND = "heat"
COLD_KIND = "cold"


@dataclass(frozen=True)
class _Span:
    """A half-open range of UTC instants ``[lo, hi)``."""

    lo: datetime
    hi: datetime

    def clip(self, other: _Span) -> _Span:
        return _Span(max(self.lo, other.lo), min(self.hi, other.hi))


def _days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += _DAY


def _anchors(
    schedule: Schedule,
    tz: ZoneInfo,
    span: _Span,
    first_day: date,
    last_day: date | None,
) -> Iterator[datetime]:
    """The UTC instants in ``span`` at which ``schedule`` fires.

    Only local days in ``[first_day, last_day]`` (``None``: open-ended) count; a
    rule's DTSTART is ``first_day`` at the rule's time. A local time that a gap
    pushes past midnight still belongs to the day it was scheduled on, hence the day
    of padding before ``span``.
    """
    lo_day = max(first_day, local_date(span.lo, tz) - _DAY)
    hi_day = local_date(span.hi, tz)
    if last_day is not None:
        hi_day = min(hi_day, last_day)
    if span.hi <= span.lo or hi_day < lo_day:
        return
    lo, hi = span.lo, span.hi
    if isinstance(schedule, TimesSchedule):
        # fold=0 and no tzinfo on the times, so that combine() below is ``to_utc``'s
        # input exactly; inlined because this loop is the agenda's hot path.
        times = sorted({t.replace(tzinfo=None, fold=0) for t in schedule.times})
        weekdays = None if schedule.weekdays is None else {w.number for w in schedule.weekdays}
        for day in _days(lo_day, hi_day):
            if weekdays is not None and day.weekday() not in weekdays:
                continue
            for clock in times:
                instant = datetime.combine(day, clock, tz).astimezone(UTC)
                if lo <= instant < hi:
                    yield instant
    elif isinstance(schedule, RRuleSchedule):
        rule = LocalRule(schedule.rrule, first_day, schedule.time, tz)
        naive_lo = datetime.combine(lo_day, _MIDNIGHT)
        naive_hi = datetime.combine(hi_day, _LAST_MOMENT)
        for naive in rule.between(naive_lo, naive_hi):
            instant = to_utc(naive, tz)
            if lo <= instant < hi:
                yield instant
    elif isinstance(schedule, OnceSchedule):
        once = schedule.at
        if lo_day <= once.date() <= hi_day:
            # The format's "once" is local wall time; an aware value already names its instant.
            instant = to_utc(once, tz) if once.tzinfo is None else once.astimezone(UTC)
            if lo <= instant < hi:
                yield instant
    # AsNeededSchedule: taken when needed, never scheduled.


def _minutes(value: int | None) -> timedelta | None:
    return None if value is None else timedelta(minutes=value)


class _Collector:
    """Gathers occurrences once each, keyed by (UTC start, item) for sorting."""

    def __init__(self, tz: ZoneInfo, span: _Span) -> None:
        self.tz = tz
        self.span = span
        self.found: dict[tuple[datetime, str], Occurrence] = {}

    def _keep(self, start: datetime, item: str) -> bool:
        """Whether an occurrence starting at ``start`` (UTC) is in range and new.

        Two scheduled times that a spring-forward gap lands on the same instant
        (02:00 and 03:00 on the change day) are one occurrence: an event can only name
        it once, and nobody should be told to take two doses at once.
        """
        return self.span.lo <= start < self.span.hi and (start, item) not in self.found

    # The two loops below run once per occurrence of a year's agenda: they convert
    # each instant to local time once and build Occurrences positionally (start,
    # item, end, kind, title, source_id, flare_up), which halves the cost per call.

    def item(
        self,
        item: Medication | Activity,
        first_day: date,
        last_day: date | None,
        within: _Span | None = None,
    ) -> None:
        """Adds an item's occurrences on local days ``[first_day, last_day]``.

        ``within`` is a flare-up: the item is due only at times inside it (its heat
        and cold come with the activity), and everything is marked ``flare_up``.
        """
        if isinstance(item, Medication):
            if item.as_needed:
                return
            reach = self.span
        else:
            # An activity outside [lo, hi) still belongs to it if its cold starts at
            # or after lo (after ``duration``) or its heat before hi.
            before = timedelta(minutes=item.duration_minutes) if item.cold_after_minutes else _NONE
            after = timedelta(minutes=item.heat_before_minutes or 0)
            reach = _Span(self.span.lo - before, self.span.hi + after)
        flare_up = within is not None
        if within is not None:
            reach = reach.clip(within)
        anchors = _anchors(item.schedule, self.tz, reach, first_day, last_day)
        if isinstance(item, Medication):
            self._medication(item, anchors, flare_up)
        else:
            self._activity(item, anchors, flare_up)

    def _medication(self, med: Medication, anchors: Iterator[datetime], flare_up: bool) -> None:
        tz, found, keep = self.tz, self.found, self._keep
        item, name = med.id, med.name
        for start in anchors:
            if keep(start, item):
                found[start, item] = Occurrence(
                    start.astimezone(tz), item, None, MEDICATION_KIND, name, item, flare_up
                )

    def _activity(self, act: Activity, anchors: Iterator[datetime], flare_up: bool) -> None:
        tz, found, keep = self.tz, self.found, self._keep
        item, title, kind = act.id, act.title, act.kind.value
        duration = timedelta(minutes=act.duration_minutes)
        heat = _minutes(act.heat_before_minutes)
        cold = _minutes(act.cold_after_minutes)
        heat_item, heat_title = item + HEAT_SUFFIX, f"Heat before {title}"
        cold_item, cold_title = item + COLD_SUFFIX, f"Cold after {title}"
        for start in anchors:
            # Durations are elapsed time: 45 minutes across a fall-back is 45 minutes.
            end = start + duration
            start_local = start.astimezone(tz)
            end_local = end.astimezone(tz)
            if keep(start, item):
                found[start, item] = Occurrence(start_local, item, end_local, kind, title, item, flare_up)
            if heat is not None and keep(start - heat, heat_item):
                found[start - heat, heat_item] = Occurrence(
                    (start - heat).astimezone(tz),
                    heat_item,
                    start_local,
                    HEAT_KIND,
                    heat_title,
                    item,
                    flare_up,
                )
            if cold is not None and keep(end, cold_item):
                found[end, cold_item] = Occurrence(
                    end_local,
                    cold_item,
                    (end + cold).astimezone(tz),
                    COLD_KIND,
                    cold_title,
                    item,
                    flare_up,
                )

    def result(self) -> list[Occurrence]:
        return [self.found[key] for key in sorted(self.found)]


def expand(
    doc: PlanDocument,
    start: datetime,
    end: datetime,
    flare_ups: Sequence[FlareUpWindow] = (),
) -> list[Occurrence]:
    """Every occurrence whose start lies in ``[start, end)``, sorted by start, then item.

    ``start`` and ``end`` must be aware. Results are aware in the patient's zone.
    Medicines run on the local days of their course, activities from their start to
    their (or the plan's) end; as-needed medicines are never scheduled. Heat and
    cold are separate occurrences (``"<id>:heat"``, ``"<id>:cold"``), in the range by
    their own start. Flare-up items run only while a flare-up does: an item's time
    counts when the activity or dose starts inside one of ``flare_ups`` (overlapping
    windows are merged first, so nothing is doubled), and its heat and cold come
    with it; their rules start on the local day a (merged) flare-up started.
    """
    span = _Span(as_utc(start, "start"), as_utc(end, "end"))
    if span.hi <= span.lo:
        return []
    tz = zone(doc.patient.timezone)
    out = _Collector(tz, span)
    for med in doc.medications:
        if med.start is not None:
            out.item(med, med.start, med.last_day)
    for act in doc.activities:
        if act.start is not None:
            out.item(act, act.start, doc.activity_end(act))
    flare_plan = doc.plan.flare_up
    if flare_plan is not None:
        for window in merge_windows(flare_ups):
            inside = _Span(as_utc(window.start, "flare-up start"), as_utc(window.end, "flare-up end"))
            for flare_item in flare_plan.medications + flare_plan.activities:
                out.item(flare_item, local_date(inside.lo, tz), None, within=inside)
    return out.result()
