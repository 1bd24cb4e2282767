"""Daylight-saving changes and unusual offsets, checked by hand against tzdata.

2026 dates: the US springs forward on 03-08 (02:00 -> 03:00) and falls back on
11-01 (02:00 CDT -> 01:00 CST); Lord Howe moves by 30 minutes (02:00 -> 02:30 on
10-04, 02:00 -> 01:30 on 04-05); Chatham (+12:45/+13:45) jumps 02:45 -> 03:45 on
09-27 and back 03:45 -> 02:45 on 04-05; Santiago and Beirut change at midnight.
"""

from __future__ import annotations

from datetime import UTC, date, timedelta

import pytest

from backplan.domain.model import PlanDocument, Weekday
from backplan.schedule import agenda, day_bounds

from .builders import act, doc, iso, med, times

CHICAGO = "America/Chicago"


def starts(plan: PlanDocument, day: date, days: int = 1) -> list[str | None]:
    return [iso(o.start) for o in agenda(plan, day, days)]


def test_spring_forward_gap_time_moves_forward_by_the_gap() -> None:
    plan = doc(CHICAGO, meds=(med("m", times("02:30"), days=400),))
    assert starts(plan, date(2026, 3, 7), 3) == [
        "2026-03-07T02:30:00-06:00",
        "2026-03-08T03:30:00-05:00",
        "2026-03-09T02:30:00-05:00",
    ]


def test_two_times_that_the_gap_lands_together_are_one_dose() -> None:
    plan = doc(CHICAGO, meds=(med("m", times("02:00", "03:00"), days=400),))
    assert starts(plan, date(2026, 3, 8)) == ["2026-03-08T03:00:00-05:00"]
    assert len(agenda(plan, date(2026, 3, 9))) == 2


def test_fall_back_time_happens_once_at_its_first_occurrence() -> None:
    plan = doc(CHICAGO, meds=(med("m", times("01:30"), days=400),))
    assert starts(plan, date(2026, 10, 31), 3) == [
        "2026-10-31T01:30:00-05:00",
        "2026-11-01T01:30:00-05:00",
        "2026-11-02T01:30:00-06:00",
    ]


def test_activity_across_fall_back_lasts_its_elapsed_minutes() -> None:
    plan = doc(CHICAGO, acts=(act("night", times("01:30"), duration=45, heat=10, cold=15),))
    got = {o.item: o for o in agenda(plan, date(2026, 11, 1))}
    assert iso(got["night"].start) == "2026-11-01T01:30:00-05:00"
    # 45 minutes after 01:30 CDT is 01:15 CST, the second time the clock reads 01:15.
    assert iso(got["night"].end) == "2026-11-01T01:15:00-06:00"
    assert got["night"].end is not None and got["night"].end.fold == 1
    assert got["night:cold"].start == got["night"].end
    assert iso(got["night:cold"].end) == "2026-11-01T01:30:00-06:00"
    assert iso(got["night:heat"].start) == "2026-11-01T01:20:00-05:00"
    night = got["night"]
    assert night.end is not None
    assert night.end.astimezone(UTC) - night.start.astimezone(UTC) == timedelta(minutes=45)


def test_activity_across_spring_forward_lasts_its_elapsed_minutes() -> None:
    plan = doc(CHICAGO, acts=(act("night", times("01:45"), duration=30, cold=10),))
    got = {o.item: o for o in agenda(plan, date(2026, 3, 8))}
    assert iso(got["night"].start) == "2026-03-08T01:45:00-06:00"
    assert iso(got["night"].end) == "2026-03-08T03:15:00-05:00"
    assert iso(got["night:cold"].start) == "2026-03-08T03:15:00-05:00"


def test_the_day_after_a_change_is_back_to_normal() -> None:
    plan = doc(CHICAGO, meds=(med("m", times("08:00", "20:00"), days=400),))
    assert starts(plan, date(2026, 11, 2)) == [
        "2026-11-02T08:00:00-06:00",
        "2026-11-02T20:00:00-06:00",
    ]


def test_lord_howe_half_hour_gap_and_fold() -> None:
    tz = "Australia/Lord_Howe"
    plan = doc(tz, meds=(med("m", times("01:45", "02:15"), days=400),))
    # 2026-04-05: 02:00 (+11:00) falls back to 01:30 (+10:30); 01:45 happens twice.
    assert starts(plan, date(2026, 4, 5)) == [
        "2026-04-05T01:45:00+11:00",
        "2026-04-05T02:15:00+10:30",
    ]
    # 2026-10-04: 02:00 (+10:30) springs to 02:30 (+11:00); 02:15 moves to 02:45.
    assert starts(plan, date(2026, 10, 4)) == [
        "2026-10-04T01:45:00+10:30",
        "2026-10-04T02:45:00+11:00",
    ]


def test_kolkata_half_hour_offset_without_dst() -> None:
    plan = doc("Asia/Kolkata", meds=(med("m", times("09:00", "21:00"), days=400),))
    got = agenda(plan, date(2026, 3, 29), 2)
    assert [iso(o.start) for o in got] == [
        "2026-03-29T09:00:00+05:30",
        "2026-03-29T21:00:00+05:30",
        "2026-03-30T09:00:00+05:30",
        "2026-03-30T21:00:00+05:30",
    ]
    assert got[0].start.astimezone(UTC).isoformat() == "2026-03-29T03:30:00+00:00"


def test_chatham_quarter_hour_offsets() -> None:
    tz = "Pacific/Chatham"
    plan = doc(tz, meds=(med("m", times("03:00", "12:00"), days=400),))
    assert starts(plan, date(2026, 9, 27)) == [
        "2026-09-27T04:00:00+13:45",  # 03:00 is in the 02:45 -> 03:45 gap
        "2026-09-27T12:00:00+13:45",
    ]
    assert starts(plan, date(2026, 4, 5)) == [
        "2026-04-05T03:00:00+13:45",  # first of the two 03:00s
        "2026-04-05T12:00:00+12:45",
    ]
    assert starts(plan, date(2026, 7, 1)) == [
        "2026-07-01T03:00:00+12:45",
        "2026-07-01T12:00:00+12:45",
    ]


@pytest.mark.parametrize(
    ("tz", "day", "hours"),
    [
        (CHICAGO, date(2026, 3, 8), 23),
        (CHICAGO, date(2026, 11, 1), 25),
        (CHICAGO, date(2026, 7, 1), 24),
        ("Europe/Berlin", date(2026, 3, 29), 23),
        ("Europe/Berlin", date(2026, 10, 25), 25),
        ("Australia/Lord_Howe", date(2026, 10, 4), 23.5),
        ("Australia/Lord_Howe", date(2026, 4, 5), 24.5),
        ("Pacific/Chatham", date(2026, 9, 27), 23),
        ("Asia/Kolkata", date(2026, 3, 29), 24),
        ("America/Santiago", date(2026, 9, 6), 23),
        ("America/Santiago", date(2026, 4, 4), 25),
        ("Asia/Beirut", date(2026, 3, 29), 23),
        ("Asia/Beirut", date(2026, 10, 24), 25),
    ],
)
def test_day_bounds_length(tz: str, day: date, hours: float) -> None:
    start, end = day_bounds(tz, day)
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=hours)
    assert day_bounds(tz, day + timedelta(days=1))[0] == end


def test_day_bounds_plain_midnights() -> None:
    start, end = day_bounds(CHICAGO, date(2026, 11, 1))
    assert (start.isoformat(), end.isoformat()) == (
        "2026-11-01T00:00:00-05:00",
        "2026-11-02T00:00:00-06:00",
    )
    start, end = day_bounds(CHICAGO, date(2026, 12, 1), 7)
    assert (start.isoformat(), end.isoformat()) == (
        "2026-12-01T00:00:00-06:00",
        "2026-12-08T00:00:00-06:00",
    )


@pytest.mark.parametrize(
    ("tz", "day", "first"),
    [
        ("America/Santiago", date(2026, 9, 6), "2026-09-06T01:00:00-03:00"),
        ("Asia/Beirut", date(2026, 3, 29), "2026-03-29T01:00:00+03:00"),
    ],
)
def test_day_without_a_midnight_starts_at_its_first_instant(tz: str, day: date, first: str) -> None:
    start, _ = day_bounds(tz, day)
    assert start.isoformat() == first
    # A midnight dose that day moves forward into the same day, not out of it.
    plan = doc(tz, meds=(med("m", times("00:00"), days=400),))
    assert starts(plan, day) == [first]
    assert len(agenda(plan, day - timedelta(days=1))) == 1


def test_day_bounds_refuses_negative_days() -> None:
    with pytest.raises(ValueError):
        day_bounds(CHICAGO, date(2026, 1, 1), -1)


def test_a_skipped_day_still_gives_its_doses_moved_forward() -> None:
    """Samoa skipped 2011-12-30 entirely (-10:00 -> +14:00 at midnight).

    Friday's 08:00 dose moves forward by the 24-hour gap to Saturday 08:00, where
    it belongs to Saturday's agenda; nothing may drop it because its nominal day
    has no instants at all.
    """
    tz = "Pacific/Apia"
    start, end = day_bounds(tz, date(2011, 12, 30))
    assert start == end
    fridays = doc(
        tz,
        meds=(med("m", times("08:00", weekdays=(Weekday.FRI,)), start=date(2011, 12, 1), days=60),),
    )
    assert starts(fridays, date(2011, 12, 31)) == ["2011-12-31T08:00:00+14:00"]
    assert starts(fridays, date(2011, 12, 29), 3) == ["2011-12-31T08:00:00+14:00"]  # 12-29 is a Thursday
