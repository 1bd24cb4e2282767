"""The listener hub: who is told of a change, and when."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from backplan.domain.clock import FixedClock
from backplan.services.backplan_service import Backplan
from backplan.services.changes import ChangeHub
from backplan.services.errors import SafetyRefusal


def chicago(day: int, hour: int) -> datetime:
    """A time in the acute example's Chicago (UTC-6 in December)."""
    return datetime(2026, 12, day, hour, tzinfo=UTC) + timedelta(hours=6)


def test_a_listener_that_leaves_while_told_does_not_make_the_next_one_miss_the_change() -> None:
    hub = ChangeHub()
    told: list[str] = []

    def once(what: str) -> None:
        told.append(f"once:{what}")
        hub.remove(once)

    hub.append(once)
    hub.append(lambda what: told.append(f"always:{what}"))
    hub.notify("plan")
    hub.notify("log")
    assert told == ["once:plan", "always:plan", "always:log"]


def test_listeners_hear_of_a_committed_write_and_not_of_a_refused_one(
    imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    heard: list[str] = []
    services.listeners.append(heard.append)
    clock.set(chicago(4, 21))
    for hour in (8, 14, 20):  # the day's three
        services.record_dose(pid, "ibuprofen", chicago(3, hour))
    assert heard == ["events", "events", "events"]
    with pytest.raises(SafetyRefusal):
        services.record_dose(pid, "ibuprofen", chicago(3, 2))  # a fourth: over the daily maximum
    assert heard == ["events", "events", "events"]
    services.listeners.remove(heard.append)
