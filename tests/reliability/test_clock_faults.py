"""Clock faults at the service level: a clock that jumps back must not double a record,
and one that jumps forward (a laptop that slept) gives one catch-up summary.

The acute example: Sam Rivera in Chicago (UTC-6 in December), carisoprodol at 08:00,
14:00, 20:00 and 22:30, morning stretches at 07:15 with heat 15 minutes before.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.domain.model import Event, EventStatus, PlanDocument
from backplan.schedule.status import catch_up_summary
from backplan.services.backplan_service import Backplan
from backplan.services.errors import SafetyRefusal, UsageError

CHICAGO = timedelta(hours=-6)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """An instant given as Chicago wall-clock time on December ``day``, 2026."""
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC) - CHICAGO


@pytest.fixture
def sam(tmp_path, acute_doc: PlanDocument) -> Iterator[tuple[Backplan, FixedClock, int]]:  # type: ignore[no-untyped-def]
    clock = FixedClock(local(1, 8, 5))
    services = open_services(tmp_path / "data", clock)
    pid = services.import_document(acute_doc).patient_id
    yield services, clock, pid
    services.db.dispose()


def done_events(services: Backplan, pid: int, item: str) -> list[Event]:
    return [e for _, e in services.events(pid) if e.item == item and e.status is EventStatus.DONE]


def test_a_scheduled_dose_recorded_again_after_the_clock_jumps_back_is_refused(
    sam: tuple[Backplan, FixedClock, int],
) -> None:
    services, clock, pid = sam
    first = services.record_dose(pid, "carisoprodol")
    assert first.event.scheduled_for == local(1, 8)
    clock.set(local(1, 7, 55))  # the clock is set back ten minutes (a bad NTP step, a CMOS reset)
    with pytest.raises(SafetyRefusal) as refused:
        services.record_dose(pid, "carisoprodol")
    assert [f.rule for f in refused.value.findings] == ["already taken"]
    assert [e.scheduled_for for e in done_events(services, pid, "carisoprodol")] == [local(1, 8)]


def test_an_as_needed_dose_after_the_clock_jumps_back_keeps_the_minimum_interval(
    sam: tuple[Backplan, FixedClock, int],
) -> None:
    services, clock, pid = sam
    clock.set(local(1, 12))
    services.record_dose(pid, "ibuprofen")
    clock.set(local(1, 11))  # an hour back: in real time the second dose comes right after
    with pytest.raises(SafetyRefusal):
        services.record_dose(pid, "ibuprofen")


def test_the_same_occurrence_recorded_twice_is_not_doubled(
    sam: tuple[Backplan, FixedClock, int],
) -> None:
    services, clock, pid = sam
    heat = Event(
        item="morning-stretch:heat",
        status=EventStatus.DONE,
        scheduled_for=local(1, 7),
        at=local(1, 7, 2),
    )
    services.record_event(pid, heat)
    clock.set(local(1, 6, 50))  # back in time: the view offers the occurrence again
    again = Event(item=heat.item, status=EventStatus.DONE, scheduled_for=local(1, 7), at=clock.now())
    with pytest.raises(UsageError, match="already recorded"):
        services.record_event(pid, again)
    assert len(done_events(services, pid, "morning-stretch:heat")) == 1


def test_the_guard_compares_instants_not_wall_clock_offsets(
    sam: tuple[Backplan, FixedClock, int],
) -> None:
    """The same occurrence written with another UTC offset is still the same occurrence."""
    services, _, pid = sam
    services.record_event(
        pid, Event(item="morning-stretch", status=EventStatus.SKIPPED, scheduled_for=local(1, 7, 15), at=None)
    )
    in_utc = local(1, 7, 15).astimezone(UTC)
    with pytest.raises(UsageError, match="already recorded"):
        services.record_event(
            pid, Event(item="morning-stretch", status=EventStatus.SKIPPED, scheduled_for=in_utc, at=None)
        )


def test_a_different_outcome_for_the_same_occurrence_is_still_recorded(
    sam: tuple[Backplan, FixedClock, int],
) -> None:
    """Marked missed, then done late after all: both are history, and done wins."""
    services, _, pid = sam
    occurrence = local(1, 7, 15)
    services.record_event(
        pid, Event(item="morning-stretch", status=EventStatus.MISSED, scheduled_for=occurrence, at=None)
    )
    services.record_event(
        pid,
        Event(item="morning-stretch", status=EventStatus.DONE, scheduled_for=occurrence, at=local(1, 9)),
    )
    statuses = [e.status for _, e in services.events(pid) if e.item == "morning-stretch"]
    assert statuses == [EventStatus.MISSED, EventStatus.DONE]


def test_a_jump_forward_of_hours_reports_each_missed_occurrence_once(
    sam: tuple[Backplan, FixedClock, int],
) -> None:
    """A laptop that slept from 06:00 to 15:00: one summary, then nothing more."""
    services, clock, pid = sam
    clock.set(local(1, 6))
    last_seen = clock.now()
    clock.set(local(1, 15))  # woke up nine hours later
    window_start, now = last_seen - timedelta(days=1), clock.now()
    occurrences = services.occurrences(pid, window_start, now)
    events = [e for _, e in services.events(pid)]
    missed = catch_up_summary(occurrences, events, last_seen, now)
    # Everything whose two-hour grace ran out between 06:00 and 15:00, each once.
    keys = [(o.item, o.start) for o in missed]
    assert len(keys) == len(set(keys))
    assert ("carisoprodol", local(1, 8)) in keys
    assert all(last_seen < o.start + timedelta(hours=2) <= now for o in missed)
    assert not any(o.start >= local(1, 13) for o in missed), "the 14:00 dose is still due"
    # The next look, a minute later, says nothing again about the same occurrences.
    assert catch_up_summary(occurrences, events, now, now + timedelta(minutes=1)) == []
    # And whatever was missed, it is recorded as such once, not once per look.
    for occurrence in missed:
        mark = Event(item=occurrence.item, status=EventStatus.MISSED, scheduled_for=occurrence.start, at=None)
        services.record_event(pid, mark)
    events = [e for _, e in services.events(pid)]
    assert catch_up_summary(occurrences, events, last_seen, now) == []
