"""Property tests: across zones and daylight-saving changes nothing is lost or doubled.

Random plans (times with and without weekdays, rules from a small generator,
durations, heat and cold) in zones with and without DST are expanded over windows
placed on or near the 2026 changes, and checked against a slow, independent
reference that resolves each wall-clock time by brute force from UTC (the
direction of conversion that has no ambiguity) rather than with ``fold``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backplan.domain.model import (
    Activity,
    FlareUpPlan,
    Medication,
    OnceSchedule,
    PlanDocument,
    RRuleSchedule,
    Schedule,
    TimesSchedule,
    Weekday,
)
from backplan.schedule import FlareUpWindow, agenda, day_bounds, expand, merge_windows
from backplan.schedule.occurrence import Occurrence
from backplan.schedule.rrules import LocalRule

from .builders import act, doc, med

ZONES = [
    "America/Chicago",
    "Europe/Berlin",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Asia/Kolkata",
    "UTC",
    "Pacific/Chatham",
    "Europe/Dublin",
    "America/St_Johns",
]
# The 2026 changes of the zones above (each a normal day in the other zones).
CHANGE_DAYS = [
    date(2026, 3, 8),
    date(2026, 3, 29),
    date(2026, 4, 4),
    date(2026, 4, 5),
    date(2026, 9, 6),
    date(2026, 9, 27),
    date(2026, 10, 4),
    date(2026, 10, 25),
    date(2026, 11, 1),
]
PROFILE = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- strategies -------------------------------------------------------------------

# Times around the usual change hours are the interesting ones; others keep it honest.
risky_times = st.sampled_from(
    [time(h, m) for h in (0, 1, 2, 3) for m in (0, 15, 30, 45)] + [time(23, 30), time(23, 45)]
)
any_time = st.builds(time, st.integers(0, 23), st.sampled_from([0, 5, 15, 30, 45, 59]))
clock_times = st.one_of(risky_times, any_time)
weekday_sets = st.one_of(
    st.none(), st.sets(st.sampled_from(list(Weekday)), min_size=1).map(lambda s: tuple(sorted(s)))
)
times_schedules = st.builds(
    TimesSchedule,
    st.lists(clock_times, min_size=1, max_size=4, unique=True).map(tuple),
    weekday_sets,
)
BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@st.composite
def rules(draw: st.DrawFn) -> str:
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "HOURLY", "MONTHLY"]))
    parts = [f"FREQ={freq}"]
    if freq == "HOURLY":
        parts.append(f"INTERVAL={draw(st.integers(3, 13))}")
    elif draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.integers(1, 3))}")
    if freq == "WEEKLY" and draw(st.booleans()):
        weekdays = draw(st.sets(st.sampled_from(BYDAY), min_size=1))
        parts.append("BYDAY=" + ",".join(sorted(weekdays)))
    if freq == "MONTHLY":
        monthdays = draw(st.sets(st.integers(1, 28), min_size=1, max_size=3))
        parts.append("BYMONTHDAY=" + ",".join(map(str, sorted(monthdays))))
    end = draw(st.sampled_from(["none", "count", "until"]))
    if end == "count":
        parts.append(f"COUNT={draw(st.integers(1, 400))}")
    elif end == "until":
        until = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 500)))
        parts.append(f"UNTIL={until:%Y%m%d}T{draw(clock_times):%H%M}00")
    return ";".join(parts)


rrule_schedules = st.builds(RRuleSchedule, rules(), clock_times)
schedules = st.one_of(times_schedules, times_schedules, rrule_schedules)


@st.composite
def plans(draw: st.DrawFn, around: date) -> PlanDocument:
    """A plan whose items start up to ~14 months before ``around`` (or just after)."""

    def start_day() -> date:
        return around + timedelta(days=draw(st.integers(-420, 3)))

    meds = tuple(
        med(f"med-{i}", draw(schedules), start=start_day(), days=draw(st.integers(1, 500)))
        for i in range(draw(st.integers(0, 2)))
    )
    acts = []
    for i in range(draw(st.integers(0, 3))):
        start = start_day()
        length = draw(st.one_of(st.none(), st.integers(0, 600)))
        end = None if length is None else start + timedelta(days=length)
        acts.append(
            act(
                f"act-{i}",
                draw(
                    st.one_of(
                        schedules,
                        st.builds(OnceSchedule, st.just(datetime.combine(around, time(2, 30)))),
                    )
                ),
                duration=draw(st.sampled_from([1, 15, 30, 45, 90, 480])),
                start=start,
                end=end,
                heat=draw(st.one_of(st.none(), st.integers(1, 30))),
                cold=draw(st.one_of(st.none(), st.integers(1, 30))),
            )
        )
    flare = None
    if draw(st.booleans()):
        flare = FlareUpPlan(
            advice="Keep moving.",
            days=3,
            medications=(med("flare-med", draw(times_schedules), start=None),),
            activities=(act("flare-act", draw(schedules), duration=20, start=None, heat=10, cold=10),),
        )
    return doc(draw(st.sampled_from(ZONES)), meds=meds, acts=tuple(acts), flare=flare)


@st.composite
def scenario(draw: st.DrawFn) -> tuple[PlanDocument, datetime, datetime, list[FlareUpWindow]]:
    """A plan, a window of 1-5 days near a change, and some flare-ups around it."""
    around = draw(st.sampled_from(CHANGE_DAYS)) + timedelta(days=draw(st.integers(-1, 1)))
    plan = draw(plans(around))
    tz = ZoneInfo(plan.patient.timezone)
    first, _ = day_bounds(plan.patient.timezone, around - timedelta(days=1))
    start = first + timedelta(minutes=draw(st.integers(0, 24 * 60)))
    end = start + timedelta(minutes=draw(st.integers(1, 5 * 24 * 60)))
    windows = []
    for _ in range(draw(st.integers(0, 3))):
        w_start = first + timedelta(minutes=draw(st.integers(-24 * 60, 5 * 24 * 60)))
        length = timedelta(minutes=draw(st.integers(1, 3 * 24 * 60)))
        windows.append(FlareUpWindow(w_start.astimezone(tz), (w_start + length).astimezone(tz)))
    return plan, start.astimezone(UTC), end.astimezone(UTC), windows


# --- the reference ------------------------------------------------------------------


def ref_instant(naive: datetime, tz: ZoneInfo) -> datetime:
    """When a wall-clock time happens, found from UTC by brute force.

    Every offset the zone uses within 30 hours is tried; of the instants that show
    ``naive`` on the local clock the first is taken. If none does (a gap), the time
    moves forward by the gap: the offset after minus the offset before.
    """
    guess = naive.replace(tzinfo=UTC)
    offsets = {(guess + timedelta(hours=h)).astimezone(tz).utcoffset() for h in range(-30, 31)}
    hits = [
        guess - off
        for off in offsets
        if off is not None and (guess - off).astimezone(tz).replace(tzinfo=None) == naive
    ]
    if hits:
        return min(hits)
    before = (guess - timedelta(hours=30)).astimezone(tz).utcoffset()
    after = (guess + timedelta(hours=30)).astimezone(tz).utcoffset()
    assert before is not None and after is not None and after > before
    return ref_instant(naive + (after - before), tz)


def ref_nominal(schedule: Schedule, first: date, last: date) -> Iterable[datetime]:
    """The naive local date-times a schedule names on the local days [first, last]."""
    if last < first:
        return
    if isinstance(schedule, TimesSchedule):
        day = first
        while day <= last:
            if schedule.weekdays is None or day.weekday() in {w.number for w in schedule.weekdays}:
                for at in schedule.times:
                    yield datetime.combine(day, at)
            day += timedelta(days=1)
    elif isinstance(schedule, RRuleSchedule):
        # Straight from dateutil, from the rule's true DTSTART: no fast-forward here.
        rule = rrulestr(schedule.rrule, dtstart=datetime.combine(first, schedule.time))
        yield from rule.between(datetime.combine(first, time()), datetime.combine(last, time.max), inc=True)
    elif isinstance(schedule, OnceSchedule) and first <= schedule.at.date() <= last:
        yield schedule.at


Row = tuple[str, datetime, datetime | None, str, bool]


def ref_expand(plan: PlanDocument, lo: datetime, hi: datetime, windows: list[FlareUpWindow]) -> set[Row]:
    tz = ZoneInfo(plan.patient.timezone)
    lo, hi = lo.astimezone(UTC), hi.astimezone(UTC)
    near_first = lo.astimezone(tz).date() - timedelta(days=2)
    near_last = hi.astimezone(tz).date() + timedelta(days=2)
    rows: set[Row] = set()

    def keep(row: Row) -> None:
        if lo <= row[1] < hi:
            rows.add(row)

    def anchors(schedule: Schedule, first: date, last: date | None) -> list[datetime]:
        # An rrule counts from ``first``, so it is walked from there; times only nearby.
        lo_day = first if isinstance(schedule, RRuleSchedule) else max(first, near_first)
        hi_day = near_last if last is None else min(last, near_last)
        return [ref_instant(n, tz) for n in ref_nominal(schedule, lo_day, hi_day)]

    def medication(m: Medication, found: list[datetime], flare: bool) -> None:
        for at in found:
            keep((m.id, at, None, "medication", flare))

    def activity(a: Activity, found: list[datetime], flare: bool) -> None:
        for at in found:
            end = at + timedelta(minutes=a.duration_minutes)
            keep((a.id, at, end, a.kind.value, flare))
            if a.heat_before_minutes:
                keep(
                    (
                        a.id + ":heat",
                        at - timedelta(minutes=a.heat_before_minutes),
                        at,
                        "heat",
                        flare,
                    )
                )
            if a.cold_after_minutes:
                keep(
                    (
                        a.id + ":cold",
                        end,
                        end + timedelta(minutes=a.cold_after_minutes),
                        "cold",
                        flare,
                    )
                )

    for m in plan.medications:
        if not m.as_needed and m.start is not None:
            medication(m, anchors(m.schedule, m.start, m.last_day), False)
    for a in plan.activities:
        if a.start is not None:
            activity(a, anchors(a.schedule, a.start, plan.activity_end(a)), False)
    if plan.plan.flare_up is not None:
        # The union of the windows, merged by hand (touching or overlapping).
        spans: list[list[datetime]] = []
        for w in sorted(windows, key=lambda w: w.start.astimezone(UTC)):
            s, e = w.start.astimezone(UTC), w.end.astimezone(UTC)
            if spans and s <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], e)
            else:
                spans.append([s, e])
        for s, e in spans:
            day = s.astimezone(tz).date()
            for m in plan.plan.flare_up.medications:
                medication(m, [at for at in anchors(m.schedule, day, None) if s <= at < e], True)
            for a in plan.plan.flare_up.activities:
                activity(a, [at for at in anchors(a.schedule, day, None) if s <= at < e], True)
    return rows


def as_rows(occurrences: list[Occurrence]) -> list[Row]:
    """Occurrences with their instants in UTC, to compare them safely.

    ``Occurrence.__eq__`` compares datetimes that share a ZoneInfo by wall clock, so
    01:30 CDT and 01:30 CST would look equal; these rows would not.
    """
    return [
        (
            o.item,
            o.start.astimezone(UTC),
            None if o.end is None else o.end.astimezone(UTC),
            o.kind,
            o.flare_up,
        )
        for o in occurrences
    ]


# --- properties ---------------------------------------------------------------------


@PROFILE
@given(scenario())
def test_expand_matches_the_reference(
    case: tuple[PlanDocument, datetime, datetime, list[FlareUpWindow]],
) -> None:
    plan, lo, hi, windows = case
    got = as_rows(expand(plan, lo, hi, windows))
    assert len(got) == len(set(got)), "an occurrence is doubled"
    keys = [(row[0], row[1]) for row in got]
    assert len(keys) == len(set(keys)), "two occurrences share an (item, start)"
    assert set(got) == ref_expand(plan, lo, hi, windows)
    assert got == sorted(got, key=lambda row: (row[1], row[0]))


@PROFILE
@given(scenario(), st.lists(st.integers(1, 5 * 24 * 60 - 1), max_size=4))
def test_splitting_a_window_loses_and_doubles_nothing(
    case: tuple[PlanDocument, datetime, datetime, list[FlareUpWindow]], cuts: list[int]
) -> None:
    plan, lo, hi, windows = case
    points = sorted({lo, hi} | {lo + timedelta(minutes=c) for c in cuts if lo + timedelta(minutes=c) < hi})
    pieces: list[Occurrence] = []
    for a, b in pairwise(points):
        pieces += expand(plan, a, b, windows)
    assert as_rows(pieces) == as_rows(expand(plan, lo, hi, windows))


@PROFILE
@given(scenario(), st.integers(1, 6))
def test_days_one_by_one_equal_the_days_together(
    case: tuple[PlanDocument, datetime, datetime, list[FlareUpWindow]], days: int
) -> None:
    plan, lo, _, windows = case
    first = lo.astimezone(ZoneInfo(plan.patient.timezone)).date()
    together = agenda(plan, first, days, windows)
    one_by_one = [o for n in range(days) for o in agenda(plan, first + timedelta(days=n), 1, windows)]
    assert as_rows(one_by_one) == as_rows(together)
    start, end = day_bounds(plan.patient.timezone, first, days)
    assert as_rows(together) == as_rows(expand(plan, start, end, windows))


def exists(naive: datetime, tz: ZoneInfo) -> bool:
    """Whether a wall-clock time happens at all in ``tz`` (it does not in a gap)."""
    return naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None) == naive


def minutes(value: int | None) -> timedelta:
    return timedelta(minutes=value or 0)


@PROFILE
@given(scenario())
def test_occurrences_keep_their_wall_clock_time_and_exact_pairs(
    case: tuple[PlanDocument, datetime, datetime, list[FlareUpWindow]],
) -> None:
    plan, lo, hi, windows = case
    tz = ZoneInfo(plan.patient.timezone)
    # A day more either side, so that every activity in [lo, hi) has its heat and cold.
    got = expand(plan, lo - timedelta(days=1), hi + timedelta(days=1), windows)
    by_key = {o.utc_key: o for o in got}
    items: dict[str, Medication | Activity] = {
        i.id: i for i in plan.all_medications() + plan.all_activities()
    }
    for o in got:
        # Aware in the patient's zone, with the offset and fold of the instant.
        for value in (o.start, o.end):
            if value is not None:
                assert value.tzinfo == tz
                normal = value.astimezone(UTC).astimezone(tz)
                assert (value.replace(tzinfo=None), value.fold, value.utcoffset()) == (
                    normal.replace(tzinfo=None),
                    normal.fold,
                    normal.utcoffset(),
                )
        item = items[o.source_id]
        start = o.start.astimezone(UTC)
        if o.item == item.id and isinstance(item.schedule, TimesSchedule):
            # At one of its wall-clock times, or moved forward from one by a gap.
            wall = o.start.replace(tzinfo=None)
            moved = [
                datetime.combine(day, at)
                for day in (wall.date(), wall.date() - timedelta(days=1))
                for at in item.schedule.times
                if not exists(datetime.combine(day, at), tz)
                and ref_instant(datetime.combine(day, at), tz) == start
            ]
            assert wall.time() in item.schedule.times or moved
        if isinstance(item, Activity) and o.item == item.id and lo <= start < hi:
            assert o.end is not None
            end = o.end.astimezone(UTC)
            assert end - start == minutes(item.duration_minutes)
            if item.heat_before_minutes:
                heat = by_key[(item.id + ":heat", start - minutes(item.heat_before_minutes))]
                assert heat.end is not None and heat.end.astimezone(UTC) == start
            if item.cold_after_minutes:
                cold = by_key[(item.id + ":cold", end)]
                assert cold.start.astimezone(UTC) == end
                assert cold.end is not None
                assert cold.end.astimezone(UTC) - end == minutes(item.cold_after_minutes)
        if isinstance(item, Activity) and o.item == item.id + ":heat":
            assert o.end is not None
            assert o.end.astimezone(UTC) - start == minutes(item.heat_before_minutes)
            if lo <= start < hi:
                assert (item.id, o.end.astimezone(UTC)) in by_key, "a heat without its activity"


@PROFILE
@given(scenario())
def test_overlapping_flare_ups_never_double(
    case: tuple[PlanDocument, datetime, datetime, list[FlareUpWindow]],
) -> None:
    plan, lo, hi, windows = case
    once = expand(plan, lo, hi, merge_windows(windows))
    assert as_rows(expand(plan, lo, hi, windows + windows[::-1])) == as_rows(once)
    union = merge_windows(windows)
    for o in once:
        if o.flare_up and ":" not in o.item:
            assert any(w.start <= o.start < w.end for w in union)


@PROFILE
@given(st.sampled_from(ZONES), st.sampled_from(CHANGE_DAYS), st.integers(-2, 2), st.integers(1, 5))
def test_day_bounds_tile_time(tz: str, change: date, shift: int, days: int) -> None:
    day = change + timedelta(days=shift)
    start, end = day_bounds(tz, day, days)
    assert start == day_bounds(tz, day)[0]
    assert end == day_bounds(tz, day + timedelta(days=days - 1))[1]
    assert day_bounds(tz, day)[1] == day_bounds(tz, day + timedelta(days=1))[0]
    # Elapsed time in UTC: subtracting two datetimes that share a ZoneInfo would
    # give the wall-clock difference, always 24 hours.
    first, last = (bound.astimezone(UTC) for bound in day_bounds(tz, day))
    assert timedelta(hours=23) <= last - first <= timedelta(hours=25)
    zone = ZoneInfo(tz)
    assert first.astimezone(zone).date() == day
    assert (first - timedelta(seconds=1)).astimezone(zone).date() < day


@PROFILE
@given(
    rules(),
    st.dates(date(2024, 1, 1), date(2027, 1, 1)),
    clock_times,
    st.integers(0, 1200),
    st.integers(0, 40),
)
def test_fast_forwarded_rules_equal_plain_dateutil(
    rule: str, first: date, at: time, skip: int, span: int
) -> None:
    lo = datetime.combine(first + timedelta(days=skip), time())
    hi = lo + timedelta(days=span)
    plain = rrulestr(rule, dtstart=datetime.combine(first, at)).between(lo, hi, inc=True)
    fast = list(LocalRule(rule, first, at, ZoneInfo("UTC")).between(lo, hi))
    assert fast == plain
