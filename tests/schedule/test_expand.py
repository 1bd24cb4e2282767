"""Hand-checked expansions: the acute example, course ends, weekdays, rules, once."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from backplan.domain.model import (
    AsNeededSchedule,
    OnceSchedule,
    PlanDocument,
    RRuleSchedule,
    Weekday,
)
from backplan.schedule import Occurrence, agenda, day_bounds, expand

from .builders import act, doc, iso, local, med, times

CHICAGO = "America/Chicago"


def rows(occurrences: list[Occurrence]) -> list[tuple[str | None, str | None, str, str]]:
    return [(iso(o.start), iso(o.end), o.kind, o.item) for o in occurrences]


def test_acute_first_day_matches_the_hand_written_agenda(acute_doc: PlanDocument) -> None:
    assert rows(agenda(acute_doc, date(2026, 12, 1))) == [
        ("2026-12-01T07:00:00-06:00", "2026-12-01T07:15:00-06:00", "heat", "morning-stretch:heat"),
        ("2026-12-01T07:15:00-06:00", "2026-12-01T07:30:00-06:00", "stretching", "morning-stretch"),
        ("2026-12-01T08:00:00-06:00", None, "medication", "carisoprodol"),
        ("2026-12-01T09:45:00-06:00", "2026-12-01T10:00:00-06:00", "heat", "pt:heat"),
        ("2026-12-01T10:00:00-06:00", "2026-12-01T10:45:00-06:00", "physical_therapy", "pt"),
        ("2026-12-01T10:45:00-06:00", "2026-12-01T11:00:00-06:00", "cold", "pt:cold"),
        ("2026-12-01T14:00:00-06:00", None, "medication", "carisoprodol"),
        ("2026-12-01T20:00:00-06:00", None, "medication", "carisoprodol"),
        ("2026-12-01T22:30:00-06:00", None, "medication", "carisoprodol"),
    ]


def test_acute_titles_and_sources(acute_doc: PlanDocument) -> None:
    first = {o.item: o for o in agenda(acute_doc, date(2026, 12, 1))}
    assert first["carisoprodol"].title == "Carisoprodol 350 mg"
    assert first["morning-stretch:heat"].title == "Heat before Morning stretches"
    assert first["pt:cold"].title == "Cold after Physical therapy at Riverside Physio"
    assert first["pt:heat"].source_id == "pt"
    assert all(o.start.tzinfo == ZoneInfo(CHICAGO) for o in first.values())
    assert not any(o.flare_up for o in first.values())


def test_acute_evening_walk_starts_on_its_own_first_day(acute_doc: PlanDocument) -> None:
    second = rows(agenda(acute_doc, date(2026, 12, 2)))
    assert (
        "2026-12-02T18:00:00-06:00",
        "2026-12-02T18:20:00-06:00",
        "walk",
        "evening-walk",
    ) in second
    assert (
        "2026-12-02T18:20:00-06:00",
        "2026-12-02T18:30:00-06:00",
        "cold",
        "evening-walk:cold",
    ) in second
    # 2026-12-03 is a Thursday: no walk (mon, wed, sat only).
    assert not [o for o in agenda(acute_doc, date(2026, 12, 3)) if o.source_id == "evening-walk"]


def test_acute_course_ends_after_fourteen_days(acute_doc: PlanDocument) -> None:
    doses = [o for o in agenda(acute_doc, date(2026, 12, 1), 30) if o.item == "carisoprodol"]
    assert len(doses) == 14 * 4
    assert iso(doses[0].start) == "2026-12-01T08:00:00-06:00"
    assert iso(doses[-1].start) == "2026-12-14T22:30:00-06:00"


def test_acute_as_needed_medicine_is_never_scheduled(acute_doc: PlanDocument) -> None:
    assert not [o for o in agenda(acute_doc, date(2026, 12, 1), 30) if o.item == "ibuprofen"]


def test_acute_pt_runs_tuesdays_and_fridays_until_the_plan_ends(acute_doc: PlanDocument) -> None:
    pt = [o.start.date() for o in agenda(acute_doc, date(2026, 11, 1), 60) if o.item == "pt"]
    assert pt == [
        date(2026, 12, 1),
        date(2026, 12, 4),
        date(2026, 12, 8),
        date(2026, 12, 11),
        date(2026, 12, 15),
        date(2026, 12, 18),
    ]  # the plan ends on 2026-12-21, a Monday


def test_nothing_before_the_plan_starts(acute_doc: PlanDocument) -> None:
    assert agenda(acute_doc, date(2026, 11, 30)) == []


def test_weekdays_filter_by_local_weekday() -> None:
    plan = doc(
        "Asia/Kolkata",
        acts=(act("gym", times("06:00", weekdays=(Weekday.MON, Weekday.THU))),),
    )
    got = [o.start for o in agenda(plan, date(2026, 6, 1), 14) if o.item == "gym"]
    assert [d.strftime("%a %d") for d in got] == ["Mon 01", "Thu 04", "Mon 08", "Thu 11"]


def test_rrule_byday_starts_on_the_items_first_day() -> None:
    rule = RRuleSchedule("FREQ=WEEKLY;BYDAY=TU,FR", time(10, 0))
    # 2026-12-02 is a Wednesday: the first session is Friday 12-04.
    plan = doc(CHICAGO, acts=(act("pt", rule, start=date(2026, 12, 2)),))
    got = [iso(o.start) for o in agenda(plan, date(2026, 12, 1), 9)]
    assert got == [
        "2026-12-04T10:00:00-06:00",
        "2026-12-08T10:00:00-06:00",
    ]


def test_rrule_with_count_counts_from_the_first_day_even_for_a_late_range() -> None:
    rule = RRuleSchedule("FREQ=DAILY;COUNT=3", time(9, 0))
    plan = doc(CHICAGO, meds=(med("m", rule, start=date(2026, 1, 1), days=365),))
    assert [o.start.day for o in agenda(plan, date(2026, 1, 1), 10)] == [1, 2, 3]
    assert agenda(plan, date(2026, 1, 3), 1)[0].start.day == 3
    assert agenda(plan, date(2026, 1, 4), 5) == []


def test_rrule_interval_keeps_its_phase_years_later() -> None:
    """Fast-forwarding the rule for a late range must not shift every-other-day."""
    rule = RRuleSchedule("FREQ=DAILY;INTERVAL=2", time(7, 0))
    plan = doc("Europe/Berlin", acts=(act("swim", rule, start=date(2026, 1, 1)),))
    late = [o.start.date() for o in agenda(plan, date(2029, 3, 1), 6)]
    first = date(2026, 1, 1)
    assert late and all((d - first).days % 2 == 0 for d in late)
    assert len(late) == 3


def test_rrule_until_in_utc_is_read_as_that_instant() -> None:
    # 2026-12-03T16:00Z is 10:00 in Chicago: the 10:00 session that day is included,
    # the next is not.
    rule = RRuleSchedule("FREQ=DAILY;UNTIL=20261203T160000Z", time(10, 0))
    plan = doc(CHICAGO, acts=(act("pt", rule, start=date(2026, 12, 1)),))
    assert [o.start.day for o in agenda(plan, date(2026, 12, 1), 7)] == [1, 2, 3]
    rule = RRuleSchedule("FREQ=DAILY;UNTIL=20261203T155900Z", time(10, 0))
    plan = doc(CHICAGO, acts=(act("pt", rule, start=date(2026, 12, 1)),))
    assert [o.start.day for o in agenda(plan, date(2026, 12, 1), 7)] == [1, 2]


def test_rrule_until_as_a_date_includes_that_day() -> None:
    rule = RRuleSchedule("FREQ=DAILY;UNTIL=20261203", time(10, 0))
    plan = doc(CHICAGO, acts=(act("pt", rule, start=date(2026, 12, 1)),))
    assert [o.start.day for o in agenda(plan, date(2026, 12, 1), 7)] == [1, 2, 3]


def test_unbounded_frequent_rule_years_later_is_cheap_and_right() -> None:
    rule = RRuleSchedule("FREQ=HOURLY;INTERVAL=5", time(0, 0))
    plan = doc("UTC", meds=(med("m", rule, start=date(2026, 1, 1), end=date(2099, 1, 1)),))
    got = agenda(plan, date(2040, 6, 1), 2)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    assert got
    assert all((o.start - start) % timedelta(hours=5) == timedelta() for o in got)
    assert len(got) in (9, 10)


def test_once_happens_once() -> None:
    plan = doc(
        CHICAGO,
        acts=(act("x-ray", OnceSchedule(datetime(2026, 12, 3, 10, 0)), start=date(2026, 12, 3)),),
    )
    assert [iso(o.start) for o in agenda(plan, date(2026, 12, 1), 10)] == ["2026-12-03T10:00:00-06:00"]
    assert agenda(plan, date(2026, 12, 4), 10) == []


def test_as_needed_medicine_never_scheduled() -> None:
    plan = doc(CHICAGO, meds=(med("ibu", AsNeededSchedule(6, 3), days=30),))
    assert agenda(plan, date(2026, 1, 1), 30) == []


def test_medication_end_date_is_inclusive() -> None:
    plan = doc(CHICAGO, meds=(med("m", times("09:00"), start=date(2026, 5, 1), end=date(2026, 5, 3)),))
    assert [o.start.day for o in agenda(plan, date(2026, 4, 28), 10)] == [1, 2, 3]


def test_activity_end_defaults_to_plan_end_then_open_ended() -> None:
    bounded = doc(CHICAGO, acts=(act("a", times("09:00")),), plan_end=date(2026, 1, 5))
    assert len(agenda(bounded, date(2026, 1, 1), 30)) == 5
    own_end = doc(CHICAGO, acts=(act("a", times("09:00"), end=date(2026, 1, 2)),), plan_end=date(2026, 1, 5))
    assert len(agenda(own_end, date(2026, 1, 1), 30)) == 2
    open_ended = doc(CHICAGO, acts=(act("a", times("09:00")),))
    assert len(agenda(open_ended, date(2031, 1, 1), 30)) == 30


def test_heat_for_an_early_activity_starts_the_day_before() -> None:
    plan = doc(CHICAGO, acts=(act("early", times("00:05"), duration=20, heat=15, cold=10),))
    day2 = agenda(plan, date(2026, 3, 2))
    heats = [o for o in day2 if o.item == "early:heat"]
    assert [iso(o.start) for o in heats] == ["2026-03-02T23:50:00-06:00"]
    assert iso(heats[0].end) == "2026-03-03T00:05:00-06:00"
    # The very first session's heat belongs to the evening before the item starts.
    assert [(o.item, iso(o.start)) for o in agenda(plan, date(2025, 12, 31))] == [
        ("early:heat", "2025-12-31T23:50:00-06:00")
    ]
    first_day = agenda(plan, date(2026, 1, 1))
    assert [o.item for o in first_day] == ["early", "early:cold", "early:heat"]


def test_cold_after_a_late_activity_starts_the_next_day() -> None:
    plan = doc(
        CHICAGO,
        acts=(act("late", times("23:40"), duration=30, cold=15),),
        plan_end=date(2026, 1, 1),
    )
    assert [o.item for o in agenda(plan, date(2026, 1, 1))] == ["late"]
    second = agenda(plan, date(2026, 1, 2))
    assert [(o.item, iso(o.start), iso(o.end)) for o in second] == [
        ("late:cold", "2026-01-02T00:10:00-06:00", "2026-01-02T00:25:00-06:00")
    ]


def test_range_is_half_open_by_start() -> None:
    plan = doc(CHICAGO, meds=(med("m", times("08:00"), days=10),))
    at_eight = local(CHICAGO, 2026, 1, 2, 8, 0)
    assert [o.start for o in expand(plan, at_eight, at_eight + timedelta(minutes=1))] == [at_eight]
    assert expand(plan, at_eight - timedelta(minutes=1), at_eight) == []
    assert expand(plan, at_eight, at_eight) == []


def test_bounds_in_another_zone_name_the_same_instants() -> None:
    plan = doc(CHICAGO, meds=(med("m", times("08:00", "20:00"), days=10),))
    start, end = day_bounds(CHICAGO, date(2026, 1, 3))
    tokyo = ZoneInfo("Asia/Tokyo")
    assert expand(plan, start, end) == expand(plan, start.astimezone(tokyo), end.astimezone(tokyo))


def test_naive_bounds_are_refused() -> None:
    plan = doc(CHICAGO)
    with pytest.raises(ValueError, match="aware"):
        expand(plan, datetime(2026, 1, 1), datetime(2026, 1, 2, tzinfo=UTC))


def test_results_sorted_by_start_then_item() -> None:
    plan = doc(
        CHICAGO,
        meds=(med("b-med", times("08:00"), days=3), med("a-med", times("08:00"), days=3)),
        acts=(act("c-act", times("08:00")),),
    )
    got = agenda(plan, date(2026, 1, 1))
    assert [o.item for o in got] == ["a-med", "b-med", "c-act"]
