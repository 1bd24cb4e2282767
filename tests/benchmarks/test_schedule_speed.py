"""How fast the schedule expands: a year's agenda, and one day decades into a rule.

Benchmarks, not tests: `make bench` runs them, `make test` does not. They report, they
never fail on speed: a busy machine (CI, a laptop compiling) can be ten times slower
than an idle one, and a red benchmark that only says "slow machine" teaches people to
ignore red. Each prints its best time and the ratio to a reference time (the first
measured on an idle laptop, the second on the 2-core development machine under load);
a change of complexity (walking minutes, or a rule's whole history) shows up as a
ratio in the tens or hundreds. What they assert is the result's size, so a fast wrong
answer still fails.
"""

from __future__ import annotations

import sys
import time as clock
from collections.abc import Callable
from datetime import date, time
from pathlib import Path

from backplan.domain.model import ActivityKind, RRuleSchedule, Weekday
from backplan.schedule import agenda

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from schedule.builders import act, doc, med, times


def best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        began = clock.perf_counter()
        work()
        best = min(best, clock.perf_counter() - began)
    return best


def report(name: str, seconds: float, reference: float) -> None:
    """One line per benchmark: the best time and its ratio to the idle-laptop reference."""
    print(
        f"\nbenchmark {name}: {seconds * 1000:.1f} ms, {seconds / reference:.1f}x the reference "
        f"(reference {reference * 1000:g} ms)"
    )


def test_a_years_agenda_for_seven_items_is_quick() -> None:
    plan = doc(
        "America/Chicago",
        meds=(
            med("m1", times("08:00", "14:00", "20:00", "22:30"), days=365),
            med("m2", times("09:00", "21:00"), days=365),
            med("m3", times("12:00"), days=365),
        ),
        acts=(
            act("a1", times("07:15"), heat=15, cold=10),
            act("a2", RRuleSchedule("FREQ=WEEKLY;BYDAY=TU,FR", time(10)), heat=15, cold=15),
            act("a3", times("18:00", weekdays=(Weekday.MON, Weekday.WED)), kind=ActivityKind.WALK),
            act("a4", RRuleSchedule("FREQ=DAILY;INTERVAL=2", time(17, 30)), heat=10),
        ),
    )
    assert len(agenda(plan, date(2026, 1, 1), 365)) > 4000
    report("a year's agenda, seven items", best_of(3, lambda: agenda(plan, date(2026, 1, 1), 365)), 0.025)


def test_one_day_decades_after_an_hourly_rule_started_is_quick() -> None:
    plan = doc("Europe/Berlin", meds=(med("m", RRuleSchedule("FREQ=HOURLY", time(0)), days=40_000),))
    assert len(agenda(plan, date(2056, 7, 1))) == 24
    # Walking the rule from 2026 would take seconds; fast-forwarded it is a day's work.
    report("one day 30 years into an hourly rule", best_of(3, lambda: agenda(plan, date(2056, 7, 1))), 0.0005)
