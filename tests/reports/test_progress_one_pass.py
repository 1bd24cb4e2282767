"""The progress figures worked out in one pass, against their plain definitions.

``progress_data`` reads five years of entries and events, so it orders them by
POSIX seconds (each worked out once) and builds the daily series reading each
entry's fields once. These tests hold that to the definitions written the slow,
obvious way: ``statistics.fmean`` over each day and each seven-day window, and
records ordered as datetimes, whatever offsets they were written with.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from statistics import fmean

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_builders import example

from backplan.domain.model import Event, EventStatus, LogEntry
from backplan.reports.progress import ROLLING_DAYS, progress_data

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
FIRST = date(2026, 3, 1)  # Chicago and Berlin change their clocks in this month
LAST = date(2026, 4, 9)
OFFSETS = [timezone(timedelta(hours=h, minutes=m)) for h, m in ((-6, 0), (-5, 0), (5, 30), (0, 0), (-3, -30))]

entries = st.builds(
    lambda day, minute, offset, pain, worst, walk, psfs, spasm, sleep: LogEntry(
        at=datetime.combine(FIRST + timedelta(days=day), time(), offset) + timedelta(minutes=minute),
        pain=pain,
        pain_worst=worst,
        walking_minutes=walk,
        psfs=psfs,
        spasm=spasm,
        sleep=sleep,
    ),
    st.integers(-8, (LAST - FIRST).days + 1),
    st.integers(0, 24 * 60 - 1),
    st.sampled_from(OFFSETS),
    st.integers(0, 10),
    st.none() | st.integers(0, 10),
    st.none() | st.integers(0, 120),
    st.none()
    | st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(0, 10)), max_size=3).map(tuple),
    st.none() | st.integers(0, 10),
    st.none() | st.integers(0, 10),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entries, max_size=60), st.sampled_from(["America/Chicago", "Asia/Kolkata", "Europe/Berlin"]))
def test_the_daily_series_are_their_definitions(log: list[LogEntry], zone: str) -> None:
    doc = example("with-history.backplan.json")
    doc = replace(doc, patient=replace(doc.patient, timezone=zone), log=tuple(log), events=())
    data = progress_data(doc, FIRST, LAST, NOW)
    tz = data.tz
    by_day: dict[date, list[LogEntry]] = {}
    for entry in sorted(log, key=lambda e: e.at):
        by_day.setdefault(entry.at.astimezone(tz).date(), []).append(entry)

    def day_pain(day: date) -> float | None:
        todays = by_day.get(day)
        return fmean(e.pain for e in todays) if todays else None

    def present(values: list[int | None]) -> list[int]:
        return [v for v in values if v is not None]

    daily = data.daily
    assert daily.days == tuple(FIRST + timedelta(days=k) for k in range((LAST - FIRST).days + 1))
    for k, day in enumerate(daily.days):
        todays = by_day.get(day, [])
        window = present([day_pain(day - timedelta(days=j)) for j in range(ROLLING_DAYS)])  # type: ignore[misc]
        worst = present([e.pain_worst for e in todays])
        walk = present([e.walking_minutes for e in todays])
        spasm = present([e.spasm for e in todays])
        psfs = [e.psfs_average for e in todays if e.psfs_average is not None]
        sleep = present([e.sleep for e in todays])
        assert daily.pain[k] == day_pain(day)
        assert daily.pain_mean_7d[k] == (fmean(window) if window else None)
        assert daily.pain_worst[k] == (max(worst) if worst else None)
        assert daily.walking_minutes[k] == (max(walk) if walk else None)
        assert daily.spasm[k] == (fmean(spasm) if spasm else None)
        assert daily.psfs_average[k] == (psfs[-1] if psfs else None)
        assert daily.sleep[k] == (sleep[-1] if sleep else None)
    # Every entry of the range is a point, in time order.
    kept = [e for e in sorted(log, key=lambda e: e.at) if FIRST <= e.at.astimezone(tz).date() <= LAST]
    assert [(p.at, p.pain) for p in data.points] == [(e.at.astimezone(tz), e.pain) for e in kept]


def test_records_written_with_different_offsets_are_in_time_order() -> None:
    """Ordered as instants; two at the same instant stay in the order they were given."""
    doc = example("with-history.backplan.json")
    at = datetime(2026, 3, 8, 8, 0, tzinfo=UTC)
    written = [
        (at + timedelta(minutes=30)).astimezone(timezone(timedelta(hours=5, minutes=30))),
        at.astimezone(timezone(timedelta(hours=-6))),
        (at - timedelta(minutes=1)).astimezone(timezone(timedelta(hours=-3, minutes=-30))),
        at.astimezone(timezone(timedelta(hours=-5))),  # the same instant as the second
        at + timedelta(microseconds=1),
    ]
    events = tuple(
        Event(item=f"e{k}", status=EventStatus.MISSED, scheduled_for=w) for k, w in enumerate(written)
    )
    doc = replace(doc, events=events, log=())
    data = progress_data(doc, date(2026, 3, 7), date(2026, 3, 9), NOW)
    assert [e.item for e in data.events] == ["e2", "e1", "e3", "e4", "e0"]
    # The range's edges: an event at the first instant after the last day is out.
    tz = data.tz
    after = datetime.combine(date(2026, 3, 10), time(), tz).astimezone(UTC)
    edge = Event(item="edge", status=EventStatus.MISSED, scheduled_for=after)
    inside = Event(item="inside", status=EventStatus.MISSED, scheduled_for=after - timedelta(microseconds=1))
    data = progress_data(replace(doc, events=(edge, inside)), date(2026, 3, 7), date(2026, 3, 9), NOW)
    assert [e.item for e in data.events] == ["inside"]
