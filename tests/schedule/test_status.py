"""Done, skipped, missed, due and upcoming; the catch-up summary; adherence."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from backplan.domain.model import Event, EventStatus, PlanDocument
from backplan.schedule import (
    Occurrence,
    OccurrenceState,
    adherence,
    agenda,
    catch_up_summary,
    occurrence_states,
)

from .builders import act, doc, local, med, times

CHICAGO = "America/Chicago"
IST = timezone(timedelta(hours=5, minutes=30))


def states(
    occurrences: list[Occurrence], events: tuple[Event, ...], now: datetime
) -> list[tuple[str, str, str]]:
    return [
        (o.item, o.start.strftime("%H:%M"), s.value) for o, s in occurrence_states(occurrences, events, now)
    ]


def test_with_history_first_day(history_doc: PlanDocument) -> None:
    day = agenda(history_doc, date(2026, 11, 2))
    now = datetime(2026, 11, 2, 22, 0, tzinfo=IST)
    assert states(day, history_doc.events, now) == [
        ("pain-o-soma", "09:00", "done"),
        ("home-exercises:heat", "17:15", "done"),
        ("home-exercises", "17:30", "done"),
        ("home-exercises:cold", "17:55", "missed"),  # recorded as missed
        ("pain-o-soma", "21:00", "skipped"),
    ]


def test_nothing_recorded_upcoming_due_missed() -> None:
    plan = doc(CHICAGO, meds=(med("m", times("08:00"), days=10),))
    (occ,) = agenda(plan, date(2026, 1, 2))
    at = occ.start
    cases = [
        (at - timedelta(seconds=1), OccurrenceState.UPCOMING),
        (at, OccurrenceState.DUE),
        (at + timedelta(hours=2) - timedelta(seconds=1), OccurrenceState.DUE),
        (at + timedelta(hours=2), OccurrenceState.MISSED),
    ]
    for now, expected in cases:
        assert occurrence_states([occ], [], now) == [(occ, expected)]
    assert occurrence_states([occ], [], at + timedelta(minutes=10), grace=timedelta(minutes=10)) == [
        (occ, OccurrenceState.MISSED)
    ]


def test_event_matches_by_instant_whatever_its_offset() -> None:
    plan = doc(CHICAGO, meds=(med("m", times("08:00"), days=10),))
    (occ,) = agenda(plan, date(2026, 1, 2))
    in_utc = datetime(2026, 1, 2, 14, 0, tzinfo=UTC)
    event = Event(item="m", status=EventStatus.DONE, scheduled_for=in_utc, at=in_utc)
    assert occurrence_states([occ], [event], in_utc) == [(occ, OccurrenceState.DONE)]
    other_item = Event(item="n", status=EventStatus.DONE, scheduled_for=in_utc, at=in_utc)
    off_by_a_minute = Event(
        item="m", status=EventStatus.DONE, scheduled_for=in_utc + timedelta(minutes=1), at=in_utc
    )
    assert occurrence_states([occ], [other_item, off_by_a_minute], in_utc) == [(occ, OccurrenceState.DUE)]


def test_repeated_hour_occurrences_are_told_apart() -> None:
    """01:15 CDT and 01:15 CST compare equal as ZoneInfo datetimes; not here."""
    plan = doc(CHICAGO, acts=(act("night", times("00:30"), duration=45, cold=10),))
    got = {o.item: o for o in agenda(plan, date(2026, 11, 1))}
    cold = got["night:cold"]
    assert cold.start.isoformat() == "2026-11-01T01:15:00-05:00"
    # An event for 01:15 CST (an hour later) is not this occurrence's.
    later = local(CHICAGO, 2026, 11, 1, 1, 15, fold=1)
    wrong = Event(item="night:cold", status=EventStatus.DONE, scheduled_for=later, at=later)
    assert occurrence_states([cold], [wrong], later) == [(cold, OccurrenceState.DUE)]
    right = Event(item="night:cold", status=EventStatus.DONE, scheduled_for=cold.start, at=later)
    assert occurrence_states([cold], [right], later) == [(cold, OccurrenceState.DONE)]


def test_done_wins_over_an_earlier_missed_mark() -> None:
    plan = doc(CHICAGO, meds=(med("m", times("08:00"), days=10),))
    (occ,) = agenda(plan, date(2026, 1, 2))
    late = occ.start + timedelta(hours=3)
    events = [
        Event(item="m", status=EventStatus.DONE, scheduled_for=occ.start, at=late),
        Event(item="m", status=EventStatus.MISSED, scheduled_for=occ.start),
    ]
    assert occurrence_states([occ], events, late) == [(occ, OccurrenceState.DONE)]


def test_catch_up_lists_what_went_missed_while_closed() -> None:
    plan = doc(CHICAGO, meds=(med("m", times("08:00", "14:00", "20:00", "22:30"), days=10),))
    day = agenda(plan, date(2026, 1, 2))
    closed_at = local(CHICAGO, 2026, 1, 2, 9, 0)  # 08:00 still due then
    reopened = local(CHICAGO, 2026, 1, 2, 23, 0)  # 22:30 still due now
    recorded = [Event(item="m", status=EventStatus.DONE, scheduled_for=day[1].start, at=reopened)]
    missed = catch_up_summary(day, recorded, closed_at, reopened)
    assert [o.start.strftime("%H:%M") for o in missed] == ["08:00", "20:00"]
    # Once reported, the next check from now on reports none of them again.
    assert catch_up_summary(day, recorded, reopened, reopened + timedelta(minutes=5)) == []
    # Exactly at the end of the grace counts as missed.
    assert catch_up_summary(day, [], closed_at, local(CHICAGO, 2026, 1, 2, 10, 0)) == [day[0]]


def test_adherence_counts_settled_occurrences_by_kind(history_doc: PlanDocument) -> None:
    day = agenda(history_doc, date(2026, 11, 2))
    evening = datetime(2026, 11, 2, 23, 30, tzinfo=IST)
    assert adherence(day, history_doc.events, evening) == {
        "medication": (1, 2),
        "heat": (1, 1),
        "exercise": (1, 1),
        "cold": (0, 1),
    }
    # At 10:00 only the 09:00 dose is settled; the rest is still to come.
    morning = datetime(2026, 11, 2, 10, 0, tzinfo=IST)
    assert adherence(day, history_doc.events, morning) == {"medication": (1, 1)}


def test_adherence_waits_for_the_grace_before_counting_a_dose() -> None:
    plan = doc(CHICAGO, meds=(med("m", times("08:00"), days=10),))
    (occ,) = agenda(plan, date(2026, 1, 2))
    assert adherence([occ], [], occ.start + timedelta(minutes=30)) == {}
    assert adherence([occ], [], occ.start + timedelta(hours=2)) == {"medication": (0, 1)}
