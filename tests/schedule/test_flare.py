"""Flare-up windows from events, and flare-up items in the agenda."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

from backplan.domain.model import (
    FLARE_UP_ITEM,
    AsNeededSchedule,
    Event,
    EventStatus,
    FlareUpPlan,
    PlanDocument,
    RRuleSchedule,
)
from backplan.schedule import (
    FlareUpWindow,
    active_flare_up,
    agenda,
    expand,
    flare_up_windows,
    merge_windows,
)

from .builders import act, doc, iso, local, med, times

CHICAGO = "America/Chicago"
CST = timezone(timedelta(hours=-6))


def started(at: datetime) -> Event:
    return Event(item=FLARE_UP_ITEM, status=EventStatus.DONE, scheduled_for=None, at=at)


def ended(start: datetime, at: datetime) -> Event:
    return Event(item=FLARE_UP_ITEM, status=EventStatus.SKIPPED, scheduled_for=start, at=at)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_a_flare_up_runs_for_its_days() -> None:
    windows = flare_up_windows([started(utc(2026, 5, 1, 9))], 3)
    assert windows == [FlareUpWindow(utc(2026, 5, 1, 9), utc(2026, 5, 4, 9))]
    assert windows[0].starts == (utc(2026, 5, 1, 9),)


def test_three_days_across_spring_forward_is_exactly_72_hours() -> None:
    start = local(CHICAGO, 2026, 3, 7, 12, 0)  # CST, the day before the change
    (window,) = flare_up_windows([started(start)], 3)
    assert window.end - window.start == timedelta(hours=72)
    # On the wall clock that is 13:00 CDT, not 12:00.
    assert window.end.astimezone(start.tzinfo).isoformat() == "2026-03-10T13:00:00-05:00"


def test_ended_early_stops_the_window_at_that_moment() -> None:
    start = datetime(2026, 5, 1, 9, tzinfo=CST)
    events = [started(start), ended(start, datetime(2026, 5, 2, 18, tzinfo=CST))]
    (window,) = flare_up_windows(events, 3)
    assert (window.start, window.end) == (start, datetime(2026, 5, 2, 18, tzinfo=CST))


def test_end_event_naming_another_start_ends_nothing() -> None:
    start = utc(2026, 5, 1, 9)
    events = [started(start), ended(utc(2026, 4, 1, 9), utc(2026, 5, 2, 9))]
    assert flare_up_windows(events, 3)[0].end == utc(2026, 5, 4, 9)


def test_end_after_the_natural_end_changes_nothing() -> None:
    start = utc(2026, 5, 1, 9)
    events = [started(start), ended(start, utc(2026, 5, 9))]
    assert flare_up_windows(events, 3)[0].end == utc(2026, 5, 4, 9)


def test_overlapping_flare_ups_merge() -> None:
    a, b, c = utc(2026, 5, 1, 9), utc(2026, 5, 3, 9), utc(2026, 6, 1)
    windows = flare_up_windows([started(c), started(b), started(a)], 3)
    assert windows == [
        FlareUpWindow(a, utc(2026, 5, 6, 9)),
        FlareUpWindow(c, utc(2026, 6, 4)),
    ]
    assert windows[0].starts == (a, b)


def test_other_events_are_ignored() -> None:
    events = [
        Event(item="pt", status=EventStatus.DONE, scheduled_for=utc(2026, 5, 1), at=utc(2026, 5, 1)),
        Event(item=FLARE_UP_ITEM, status=EventStatus.MISSED, scheduled_for=utc(2026, 5, 1)),
    ]
    assert flare_up_windows(events, 3) == []


def test_active_flare_up() -> None:
    windows = flare_up_windows([started(utc(2026, 5, 1, 9))], 2)
    assert active_flare_up(windows, utc(2026, 5, 1, 8, 59)) is None
    assert active_flare_up(windows, utc(2026, 5, 1, 9)) == windows[0]
    assert active_flare_up(windows, utc(2026, 5, 3, 8, 59)) == windows[0]
    assert active_flare_up(windows, utc(2026, 5, 3, 9)) is None


def test_merge_drops_empty_windows_and_joins_touching_ones() -> None:
    a, b, c = utc(2026, 1, 1), utc(2026, 1, 2), utc(2026, 1, 3)
    assert merge_windows([FlareUpWindow(b, b), FlareUpWindow(b, c), FlareUpWindow(a, b)]) == [
        FlareUpWindow(a, c)
    ]


def _flare_doc() -> PlanDocument:
    flare = FlareUpPlan(
        advice="Keep moving gently.",
        days=3,
        medications=(
            med("flare-ibu", AsNeededSchedule(8, 3), start=None),
            med("flare-para", times("08:00", "20:00"), start=None),
        ),
        activities=(act("flare-walk", times("09:00", "15:00"), duration=10, start=None, heat=5, cold=5),),
    )
    return doc(CHICAGO, meds=(med("daily", times("12:00"), days=365),), flare=flare)


def test_flare_up_items_run_only_inside_the_window() -> None:
    plan = _flare_doc()
    window = FlareUpWindow(local(CHICAGO, 2026, 5, 1, 10, 0), local(CHICAGO, 2026, 5, 3, 8, 0))
    got = agenda(plan, date(2026, 4, 30), 5, [window])
    flare = [(o.item, iso(o.start)) for o in got if o.flare_up]
    assert flare == [
        ("flare-walk:heat", "2026-05-01T14:55:00-05:00"),
        ("flare-walk", "2026-05-01T15:00:00-05:00"),
        ("flare-walk:cold", "2026-05-01T15:10:00-05:00"),
        ("flare-para", "2026-05-01T20:00:00-05:00"),
        ("flare-para", "2026-05-02T08:00:00-05:00"),
        ("flare-walk:heat", "2026-05-02T08:55:00-05:00"),
        ("flare-walk", "2026-05-02T09:00:00-05:00"),
        ("flare-walk:cold", "2026-05-02T09:10:00-05:00"),
        ("flare-walk:heat", "2026-05-02T14:55:00-05:00"),
        ("flare-walk", "2026-05-02T15:00:00-05:00"),
        ("flare-walk:cold", "2026-05-02T15:10:00-05:00"),
        ("flare-para", "2026-05-02T20:00:00-05:00"),
    ]  # 05-03 08:00 is the window's (excluded) end
    assert [o.item for o in got if not o.flare_up] == ["daily"] * 5
    assert not [o for o in got if o.item == "flare-ibu"]


def test_no_flare_up_no_flare_items() -> None:
    plan = _flare_doc()
    assert all(not o.flare_up for o in agenda(plan, date(2026, 5, 1), 3))


def test_heat_and_cold_go_with_an_activity_at_the_window_edges() -> None:
    """The activity's start decides; its heat may begin just before the flare-up did."""
    plan = _flare_doc()
    window = FlareUpWindow(local(CHICAGO, 2026, 5, 1, 8, 58), local(CHICAGO, 2026, 5, 1, 15, 5))
    got = [(o.item, iso(o.start)) for o in agenda(plan, date(2026, 5, 1), 1, [window]) if o.flare_up]
    assert got == [
        ("flare-walk:heat", "2026-05-01T08:55:00-05:00"),
        ("flare-walk", "2026-05-01T09:00:00-05:00"),
        ("flare-walk:cold", "2026-05-01T09:10:00-05:00"),
        ("flare-walk:heat", "2026-05-01T14:55:00-05:00"),
        ("flare-walk", "2026-05-01T15:00:00-05:00"),
        ("flare-walk:cold", "2026-05-01T15:10:00-05:00"),
    ]


def test_overlapping_windows_do_not_double_an_occurrence() -> None:
    plan = _flare_doc()
    a = FlareUpWindow(local(CHICAGO, 2026, 5, 1, 7, 0), local(CHICAGO, 2026, 5, 2, 7, 0))
    b = FlareUpWindow(local(CHICAGO, 2026, 5, 1, 12, 0), local(CHICAGO, 2026, 5, 3, 7, 0))
    once = agenda(plan, date(2026, 5, 1), 3, merge_windows([a, b]))
    assert agenda(plan, date(2026, 5, 1), 3, [a, b]) == once
    assert agenda(plan, date(2026, 5, 1), 3, [a, b, a, b]) == once
    keys = [o.utc_key for o in once]
    assert len(keys) == len(set(keys))
    assert len([o for o in once if o.item == "flare-para"]) == 4


def test_flare_rrule_starts_on_the_local_day_the_flare_up_started() -> None:
    flare = FlareUpPlan(
        advice="Walk often.",
        days=2,
        activities=(act("walks", RRuleSchedule("FREQ=HOURLY;INTERVAL=3", time(9, 0)), start=None),),
    )
    plan = doc(CHICAGO, flare=flare)
    window = FlareUpWindow(local(CHICAGO, 2026, 5, 1, 13, 30), local(CHICAGO, 2026, 5, 1, 20, 0))
    got = [o.start.strftime("%H:%M") for o in agenda(plan, date(2026, 5, 1), 1, [window])]
    assert got == ["15:00", "18:00"]  # 09:00 + 3 h steps, kept from 13:30 on


def test_flare_up_across_spring_forward_keeps_wall_times() -> None:
    plan = _flare_doc()
    (window,) = flare_up_windows([started(local(CHICAGO, 2026, 3, 7, 7, 0))], 3)
    got = [iso(o.start) for o in expand(plan, window.start, window.end, [window]) if o.item == "flare-para"]
    assert got == [
        "2026-03-07T08:00:00-06:00",
        "2026-03-07T20:00:00-06:00",
        "2026-03-08T08:00:00-05:00",
        "2026-03-08T20:00:00-05:00",
        "2026-03-09T08:00:00-05:00",
        "2026-03-09T20:00:00-05:00",
    ]  # the window ends 2026-03-10 08:00 CDT (72 h after 07:00 CST): that dose is out


def test_with_history_flare_up(history_doc: PlanDocument) -> None:
    assert history_doc.plan.flare_up is not None
    windows = flare_up_windows(history_doc.events, history_doc.plan.flare_up.days)
    assert [(w.start.isoformat(), w.end.isoformat()) for w in windows] == [
        ("2026-11-09T02:00:00+00:00", "2026-11-12T02:00:00+00:00")
    ]
    got = agenda(history_doc, date(2026, 11, 8), 6, windows)
    walks = [o.start for o in got if o.item == "flare-walk"]
    assert len(walks) == 15
    assert walks[0].isoformat() == "2026-11-09T09:00:00+05:30"
    assert walks[-1].isoformat() == "2026-11-11T17:00:00+05:30"
    assert all(o.flare_up for o in got if o.item == "flare-walk")
