"""Which occurrences were done, skipped or missed; what to say after the app was closed.

Pure functions over occurrences (from ``expand``), the recorded events and a ``now``
handed in by the caller (the engine never reads the clock). An event names its
occurrence by ``(item, scheduled_for)``; the two are matched as instants, in UTC,
because an event read from a file carries a fixed offset while an occurrence carries
the patient's ``ZoneInfo``, and inside a repeated fall-back hour only the instant
tells two wall-clock-equal times apart.

An occurrence with nothing recorded is "due" from its start for ``grace`` (default
two hours) and "missed" after that. The grace exists so that a dose taken a little
late is not reported missed at the minute it was scheduled; FACTS.md gives no
missed-dose advice to build on, so these states describe the record only and never
suggest taking a dose.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from backplan.domain.model import Event, EventStatus
from backplan.schedule.occurrence import Occurrence
from backplan.schedule.wallclock import as_utc

DEFAULT_GRACE = timedelta(hours=2)


class OccurrenceState(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    MISSED = "missed"
    DUE = "due"
    UPCOMING = "upcoming"


# Several events may name one occurrence (marked missed, then taken late after all);
# the strongest statement of what happened wins, whatever order they were recorded in.
_PRECEDENCE = {EventStatus.DONE: 3, EventStatus.SKIPPED: 2, EventStatus.MISSED: 1}
_SETTLED = frozenset({OccurrenceState.DONE, OccurrenceState.SKIPPED, OccurrenceState.MISSED})
_RECORDED_STATE = {status: OccurrenceState(status.value) for status in EventStatus}


def recorded(events: Iterable[Event]) -> dict[tuple[str, datetime], EventStatus]:
    """What was recorded for each occurrence, keyed like ``Occurrence.utc_key``."""
    found: dict[tuple[str, datetime], EventStatus] = {}
    precedence = _PRECEDENCE
    for event in events:
        due = event.scheduled_for
        if due is None or not event.counts:
            # As-needed doses and flare-up starts name no occurrence; a record taken
            # back (removed) counts for nothing.
            continue
        if due.utcoffset() is None:
            as_utc(due, "scheduled_for")  # refuses it, with the usual message
        key = (event.item, due.astimezone(UTC))
        status = event.status
        previous = found.get(key)
        if previous is None or precedence[status] > precedence[previous]:
            found[key] = status
    return found


def occurrence_states(
    occurrences: Sequence[Occurrence],
    events: Iterable[Event],
    now: datetime,
    grace: timedelta = DEFAULT_GRACE,
) -> list[tuple[Occurrence, OccurrenceState]]:
    """Each occurrence with its state at ``now``, in the order given.

    A recorded event decides (done, skipped, or missed); with nothing recorded an
    occurrence is "upcoming" before its start, "due" for ``grace`` after it, then
    "missed".
    """
    return list(zip(occurrences, states_at(occurrences, events, now, grace), strict=True))


def states_at(
    occurrences: Sequence[Occurrence],
    events: Iterable[Event],
    now: datetime,
    grace: timedelta = DEFAULT_GRACE,
) -> list[OccurrenceState]:
    """The states of ``occurrence_states``, without the pairs, in one pass.

    For callers that walk years of occurrences (the progress figures): each start is
    turned into UTC once, and with nothing recorded the state is decided by comparing
    it with two fixed instants, ``now`` and ``now - grace``.
    """
    statuses = recorded(events)
    instant = as_utc(now, "now")
    missed_before = instant - grace
    recorded_state = _RECORDED_STATE
    get = statuses.get
    states: list[OccurrenceState] = []
    append = states.append
    for occ in occurrences:
        start = occ.start
        if start.utcoffset() is None:
            as_utc(start, "start")  # refuses it, with the usual message
        start = start.astimezone(UTC)
        status = get((occ.item, start))
        if status is not None:
            append(recorded_state[status])
        elif instant < start:
            append(OccurrenceState.UPCOMING)
        elif missed_before < start:  # now < start + grace
            append(OccurrenceState.DUE)
        else:
            append(OccurrenceState.MISSED)
    return states


def catch_up_summary(
    occurrences: Sequence[Occurrence],
    events: Iterable[Event],
    last_seen: datetime,
    now: datetime,
    grace: timedelta = DEFAULT_GRACE,
) -> list[Occurrence]:
    """The occurrences that turned "missed" after ``last_seen`` and by ``now``, unrecorded.

    So that the app, opened again, can say once how many reminders went by while it
    was closed, rather than firing each of them late. An occurrence turns missed
    ``grace`` after its start; one already missed at ``last_seen`` was reported then.
    """
    statuses = recorded(events)
    seen = as_utc(last_seen, "last_seen")
    instant = as_utc(now, "now")
    return [
        occ
        for occ in occurrences
        if occ.utc_key not in statuses and seen < as_utc(occ.start) + grace <= instant
    ]


def adherence(
    occurrences: Sequence[Occurrence],
    events: Iterable[Event],
    now: datetime,
    grace: timedelta = DEFAULT_GRACE,
) -> dict[str, tuple[int, int]]:
    """(done, counted) per kind: "medication", "heat", "cold" or the activity's kind.

    An occurrence counts once it is in the past at ``now`` and settled: started at or
    before ``now`` and done, skipped, or missed (its grace over, or marked missed).
    One still due does not count yet, so taking the 08:00 dose at 08:20 never shows
    as a dip in the figures; one in the future never counts, so replaying a history
    with an earlier ``now`` gives the figures as they stood then.
    """
    instant = as_utc(now, "now")
    result: dict[str, tuple[int, int]] = {}
    for occ, state in zip(occurrences, states_at(occurrences, events, now, grace), strict=True):
        if state not in _SETTLED or as_utc(occ.start) > instant:
            continue
        done, counted = result.get(occ.kind, (0, 0))
        result[occ.kind] = (done + (state is OccurrenceState.DONE), counted + 1)
    return result
