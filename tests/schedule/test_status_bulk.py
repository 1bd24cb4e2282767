"""``states_at`` (one pass over years of occurrences) against the plain definition.

The progress figures ask for the state of every occurrence of a five-year plan, so
``states_at`` turns each start into UTC once and decides "upcoming", "due" and
"missed" by comparing it with ``now`` and ``now - grace``. Here it is checked against
a slow reference written from the definition (instants compared as POSIX seconds,
events matched one by one) in zones whose changes are odd: half-hour offsets,
half-hour daylight saving (Lord Howe), changes at midnight (Santiago), and events
that name an occurrence with another offset or, inside a repeated hour, the other
fold.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backplan.domain.model import Event, EventStatus
from backplan.schedule import (
    Occurrence,
    OccurrenceState,
    adherence,
    agenda,
    occurrence_states,
    states_at,
)

from .builders import doc, med, times
from .test_properties import CHANGE_DAYS, ZONES

_STRENGTH = {EventStatus.DONE: 3, EventStatus.SKIPPED: 2, EventStatus.MISSED: 1}


def reference(
    occurrences: list[Occurrence], events: list[Event], now: datetime, grace: timedelta
) -> list[OccurrenceState]:
    """The definition, one occurrence and one event at a time."""
    states = []
    for occ in occurrences:
        start = occ.start.timestamp()
        named = [
            e.status
            for e in events
            if e.item == occ.item and e.scheduled_for is not None and e.scheduled_for.timestamp() == start
        ]
        if named:
            states.append(OccurrenceState(max(named, key=_STRENGTH.__getitem__).value))
        elif now.timestamp() < start:
            states.append(OccurrenceState.UPCOMING)
        elif now.timestamp() < start + grace.total_seconds():
            states.append(OccurrenceState.DUE)
        else:
            states.append(OccurrenceState.MISSED)
    return states


def _as_written(moment: datetime, how: int) -> datetime:
    """The same instant as a file or the app might carry it."""
    if how == 0:
        return moment  # the patient's ZoneInfo, as the app records it
    if how == 1:
        return moment.astimezone(UTC)
    offset = moment.utcoffset()
    assert offset is not None
    return moment.astimezone(timezone(offset))  # a fixed offset, as read from a file


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[Occurrence], list[Event], datetime, timedelta]:
    zone = draw(st.sampled_from(ZONES))
    day = draw(st.sampled_from(CHANGE_DAYS))
    # Every half hour from 23:00 to 04:00, where the changes are.
    clock = ("23:00", "23:30", "00:00", "00:30", "01:00", "01:30", "02:00", "02:30", "03:00", "03:30")
    plan = doc(zone, meds=(med("m", times(*clock), start=day - timedelta(days=1), days=3),))
    occurrences = [
        o for d in (day - timedelta(days=1), day, day + timedelta(days=1)) for o in agenda(plan, d)
    ]
    events = []
    for occ in draw(st.lists(st.sampled_from(occurrences), max_size=12)):
        status = draw(st.sampled_from(list(EventStatus)))
        shift = draw(st.sampled_from([timedelta(), timedelta(), timedelta(hours=1), timedelta(minutes=-30)]))
        # A shifted instant names no occurrence, or another one; a refolded wall time
        # inside a repeated hour names the other of the two.
        scheduled = (occ.start.astimezone(UTC) + shift).astimezone(occ.start.tzinfo)
        if draw(st.booleans()):
            scheduled = scheduled.replace(fold=1 - scheduled.fold)
        at = scheduled if status is EventStatus.DONE else None
        events.append(
            Event(
                item=draw(st.sampled_from(["m", "n"])),
                status=status,
                scheduled_for=_as_written(scheduled, draw(st.integers(0, 2))),
                at=at,
            )
        )
    first = occurrences[0].start.astimezone(UTC)
    now = first + timedelta(minutes=draw(st.integers(-60, 4 * 24 * 60)))
    now = _as_written(now.astimezone(occurrences[0].start.tzinfo), draw(st.integers(0, 2)))
    grace = timedelta(minutes=draw(st.sampled_from([0, 1, 30, 120, 600])))
    return occurrences, events, now, grace


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_states_at_is_the_definition(case: tuple[list[Occurrence], list[Event], datetime, timedelta]) -> None:
    occurrences, events, now, grace = case
    expected = reference(occurrences, events, now, grace)
    assert states_at(occurrences, events, now, grace) == expected
    assert occurrence_states(occurrences, events, now, grace) == list(zip(occurrences, expected, strict=True))


def test_an_hour_that_happens_twice_is_two_occurrences_with_their_own_states() -> None:
    """Chicago, 1 Nov 2026: 01:30 CDT is done, 01:30 CST an hour later is not."""
    zone = "America/Chicago"
    plan = doc(zone, meds=(med("m", times("01:30"), start=date(2026, 10, 31), days=3),))
    day = agenda(plan, date(2026, 11, 1))
    (first,) = day
    assert first.start.isoformat() == "2026-11-01T01:30:00-05:00"
    second = Occurrence(first.start.replace(fold=1), "m", None, "medication", "m tablets", "m")
    written = first.start.astimezone(timezone(timedelta(hours=-5)))
    done = Event(item="m", status=EventStatus.DONE, scheduled_for=written, at=written)
    now = second.start + timedelta(hours=3)
    assert states_at([first, second], [done], now) == [OccurrenceState.DONE, OccurrenceState.MISSED]


def test_a_naive_start_or_scheduled_time_is_refused() -> None:
    plan = doc("Asia/Kolkata", meds=(med("m", times("08:00"), days=2),))
    (occ,) = agenda(plan, date(2026, 1, 1))
    naive = Occurrence(occ.start.replace(tzinfo=None), "m", None, "medication", "m tablets", "m")
    now = datetime(2026, 1, 2, tzinfo=UTC)
    with pytest.raises(ValueError, match="start must be an aware datetime"):
        states_at([naive], [], now)
    event = Event(item="m", status=EventStatus.MISSED, scheduled_for=occ.start.replace(tzinfo=None))
    with pytest.raises(ValueError, match="scheduled_for must be an aware datetime"):
        states_at([occ], [event], now)


def test_adherence_counts_from_the_same_states() -> None:
    plan = doc("America/St_Johns", meds=(med("m", times("08:00", "20:00"), days=3),))
    occurrences = [o for d in (date(2026, 1, 1), date(2026, 1, 2)) for o in agenda(plan, d)]
    done = Event(
        item="m", status=EventStatus.DONE, scheduled_for=occurrences[0].start, at=occurrences[0].start
    )
    now = occurrences[2].start + timedelta(minutes=30)  # the third still due, the fourth to come
    assert states_at(occurrences, [done], now) == [
        OccurrenceState.DONE,
        OccurrenceState.MISSED,
        OccurrenceState.DUE,
        OccurrenceState.UPCOMING,
    ]
    assert adherence(occurrences, [done], now) == {"medication": (1, 2)}
