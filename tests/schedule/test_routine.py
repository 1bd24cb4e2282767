"""The routine without Qt: its steps, their timing, and the player's course to the record.

Plain values and instants passed in by hand, no window and no clock: every second is
exact. The dialog that shows all this is tested in ``tests/ui/test_routine_player.py``.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from itertools import cycle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backplan.domain.codec import document_from_json
from backplan.domain.model import (
    Activity,
    ActivityKind,
    EventStatus,
    ExercisePrescription,
    Side,
    TimesSchedule,
)
from backplan.schedule.routine import (
    GET_READY_SECONDS,
    REP_REST_SECONDS,
    SET_REST_SECONDS,
    ExerciseResult,
    Outcome,
    RestKind,
    RoutineRun,
    Step,
    StepKind,
    build_steps,
)
from backplan.schedule.routine_session import (
    Caption,
    RoutineSession,
    Shortfall,
    Stage,
    StopAnswer,
    controls,
    counters,
    ring_view,
)

ACUTE_FILE = Path(__file__).resolve().parents[1] / "data" / "examples" / "acute-3-weeks.backplan.json"
START = datetime(2026, 12, 1, 13, 16, tzinfo=UTC)
SCHEDULED = datetime(2026, 12, 1, 13, 15, tzinfo=UTC)
SECOND = timedelta(seconds=1)


def _morning_stretch() -> Activity:
    doc = document_from_json(json.loads(ACUTE_FILE.read_text(encoding="utf-8")))
    return next(a for a in doc.activities if a.id == "morning-stretch")


def _activity(*exercises: ExercisePrescription) -> Activity:
    return Activity(
        id="test",
        kind=ActivityKind.EXERCISE,
        title="Test routine",
        schedule=TimesSchedule((time(9, 0),)),
        duration_minutes=10,
        start=date(2026, 12, 1),
        exercises=exercises,
    )


# --- the step list ------------------------------------------------------------------------------


def test_morning_stretch_steps_are_exactly_the_prescription() -> None:
    steps = build_steps(_morning_stretch())

    knee = [s for s in steps if s.exercise_index == 0]
    holds = [s for s in knee if s.kind is StepKind.HOLD]
    # hold 20 s x 3 reps, each side: six holds of 20 s, left three then right three.
    assert [(s.seconds, s.side, s.rep_number) for s in holds] == [
        (20, Side.LEFT, 1), (20, Side.LEFT, 2), (20, Side.LEFT, 3),
        (20, Side.RIGHT, 1), (20, Side.RIGHT, 2), (20, Side.RIGHT, 3),
    ]  # fmt: skip
    rests = [(s.rest, s.seconds) for s in knee if s.kind is StepKind.REST]
    assert rests == [
        (RestKind.GET_READY, GET_READY_SECONDS),
        (RestKind.BETWEEN_REPS, REP_REST_SECONDS),
        (RestKind.BETWEEN_REPS, REP_REST_SECONDS),
        (RestKind.CHANGE_SIDES, REP_REST_SECONDS),
        (RestKind.BETWEEN_REPS, REP_REST_SECONDS),
        (RestKind.BETWEEN_REPS, REP_REST_SECONDS),
    ]
    assert [s.kind for s in knee[:3]] == [StepKind.REST, StepKind.HOLD, StepKind.REST]

    # pelvic-tilt: 2 sets x 10 reps, no hold (done at the person's pace), a rest between sets.
    tilt = [s for s in steps if s.exercise_index == 1]
    assert [(s.kind, s.set_number, s.rep_number) for s in tilt] == (
        [(StepKind.REP, 1, n) for n in range(1, 11)]
        + [(StepKind.REST, 2, 1)]
        + [(StepKind.REP, 2, n) for n in range(1, 11)]
    )
    assert tilt[10].seconds == SET_REST_SECONDS and tilt[10].rest is RestKind.BETWEEN_SETS
    assert all(s.sets == 2 and s.reps == 10 and s.side is None for s in tilt)

    # cat-cow: 10 reps, one set.
    cat = [s for s in steps if s.exercise_index == 2]
    assert [(s.kind, s.rep_number, s.sets) for s in cat] == [(StepKind.REP, n, 1) for n in range(1, 11)]

    # bottom-to-heels: hold 10 s x 8 reps, both sides together.
    heels = [s for s in steps if s.exercise_index == 3]
    heel_holds = [s for s in heels if s.kind is StepKind.HOLD]
    assert [(s.seconds, s.side) for s in heel_holds] == [(10, None)] * 8
    assert sum(1 for s in heels if s.rest is RestKind.BETWEEN_REPS) == 7

    # Nothing else, and in the prescription's order.
    assert [s.exercise_index for s in steps] == sorted(s.exercise_index or 0 for s in steps)
    assert len(steps) == len(knee) + len(tilt) + len(cat) + len(heels)


def test_sets_sides_and_holds_together() -> None:
    steps = build_steps(
        _activity(ExercisePrescription("bird-dog", sets=2, reps=2, hold_seconds=5, side=Side.EACH))
    )
    shape = [(s.kind.value, s.set_number, s.side.value if s.side else "-", s.seconds) for s in steps]
    one_set = [
        ("hold", 0, "left", 5), ("rest", 0, "left", REP_REST_SECONDS), ("hold", 0, "left", 5),
        ("rest", 0, "right", REP_REST_SECONDS), ("hold", 0, "right", 5),
        ("rest", 0, "right", REP_REST_SECONDS), ("hold", 0, "right", 5),
    ]  # fmt: skip
    expected = (
        [("rest", 1, "left", GET_READY_SECONDS)]
        + [(k, 1, side, sec) for k, _, side, sec in one_set]
        + [("rest", 2, "left", SET_REST_SECONDS)]
        + [(k, 2, side, sec) for k, _, side, sec in one_set]
    )
    assert shape == expected


def test_one_sided_and_unnumbered_prescriptions() -> None:
    right = build_steps(
        _activity(ExercisePrescription("piriformis-stretch", reps=2, hold_seconds=30, side=Side.RIGHT))
    )
    assert {s.side for s in right} == {Side.RIGHT}
    assert [s.seconds for s in right if s.kind is StepKind.HOLD] == [30, 30]

    # No reps and no hold: done once, at the person's own pace; the library's typical
    # dose is never put in the clinician's place.
    once = build_steps(_activity(ExercisePrescription("bridge")))
    assert once == [Step(StepKind.REP, exercise_index=0)]
    hold_once = build_steps(_activity(ExercisePrescription("prone-press-up", hold_seconds=15)))
    assert [(s.kind, s.seconds) for s in hold_once] == [
        (StepKind.REST, GET_READY_SECONDS),
        (StepKind.HOLD, 15),
    ]

    # An activity without exercises (a walk) is one step for the whole of it.
    assert build_steps(_activity()) == [Step(StepKind.REP, exercise_index=None)]


# --- the run, without Qt -------------------------------------------------------------------------


def _hold_run(start: datetime) -> RoutineRun:
    steps = build_steps(_activity(ExercisePrescription("knee-to-chest", reps=2, hold_seconds=20)))
    return RoutineRun(tuple(steps), started_at=start)


def test_a_hold_lasts_exactly_its_seconds() -> None:
    run = _hold_run(START)
    assert run.current is not None and run.current.rest is RestKind.GET_READY
    assert run.seconds_left(START) == GET_READY_SECONDS
    assert not run.tick(START + GET_READY_SECONDS * SECOND - timedelta(microseconds=1))
    assert run.tick(START + GET_READY_SECONDS * SECOND)
    hold_start = START + GET_READY_SECONDS * SECOND
    assert run.current is not None and run.current.kind is StepKind.HOLD
    assert run.seconds_left(hold_start) == 20
    assert run.seconds_left(hold_start + 10 * SECOND) == 10
    assert run.seconds_left(hold_start + timedelta(seconds=19, milliseconds=1)) == 1
    assert run.fraction_left(hold_start + 5 * SECOND) == pytest.approx(0.75)
    run.tick(hold_start + 20 * SECOND - timedelta(microseconds=1))
    assert run.current.kind is StepKind.HOLD
    run.tick(hold_start + 20 * SECOND)
    assert run.current.kind is StepKind.REST and run.current.rest is RestKind.BETWEEN_REPS
    assert run.outcomes == {1: Outcome.DONE}


def test_a_late_tick_does_not_stretch_the_routine() -> None:
    run = _hold_run(START)
    ready_end = START + GET_READY_SECONDS * SECOND
    late = ready_end + timedelta(milliseconds=400)
    run.tick(late)
    # The hold started when the rest ended, not when the late tick came.
    assert run.remaining(late) == timedelta(seconds=20) - timedelta(milliseconds=400)


def test_after_a_long_stall_the_next_step_starts_fresh_and_none_is_skipped() -> None:
    run = _hold_run(START)
    woke = START + timedelta(minutes=10)  # e.g. the laptop slept
    run.tick(woke)
    assert run.index == 1  # only the get-ready ended; the first hold starts now, whole
    assert run.seconds_left(woke) == 20


def test_pause_freezes_the_time_left() -> None:
    run = _hold_run(START)
    t = START + GET_READY_SECONDS * SECOND
    run.tick(t)
    run.pause(t + 7 * SECOND)
    for minutes in (1, 5, 60):
        later = t + timedelta(minutes=minutes)
        assert run.tick(later) is False
        assert run.seconds_left(later) == 13
    resumed = t + timedelta(hours=1)
    run.resume(resumed)
    assert run.seconds_left(resumed + 3 * SECOND) == 10
    run.tick(resumed + 13 * SECOND)
    assert run.current is not None and run.current.kind is StepKind.REST


def test_skip_back_and_the_summary() -> None:
    steps = build_steps(
        _activity(
            ExercisePrescription("cat-cow", reps=3),
            ExercisePrescription("bridge", reps=2),
            ExercisePrescription("back-extension", reps=2),
        )
    )
    run = RoutineRun(tuple(steps), started_at=START)
    now = START
    assert run.complete_rep(now)
    run.skip(now)  # rep 2 of cat-cow not done
    assert run.outcomes == {0: Outcome.DONE, 1: Outcome.SKIPPED}
    run.back(now)  # back to rep 2: it is to be done again
    assert run.index == 1 and run.outcomes == {0: Outcome.DONE}
    run.complete_rep(now)
    run.complete_rep(now)
    assert run.current is not None and run.current.exercise_index == 1
    run.complete_rep(now)
    run.skip_exercise(now)  # rest of bridge undone
    assert run.current is not None and run.current.exercise_index == 2
    run.skip_exercise(now)
    assert run.finished
    summary = run.summary(now + timedelta(minutes=3))
    assert summary.results == (ExerciseResult.DONE, ExerciseResult.PARTLY, ExerciseResult.SKIPPED)
    assert (summary.done, summary.partly, summary.skipped) == (1, 1, 1)
    assert summary.elapsed == timedelta(0)  # it finished at START; later calls do not grow it


def test_back_from_a_rest_replays_the_hold_before_it() -> None:
    run = _hold_run(START)
    t = START + (GET_READY_SECONDS + 20) * SECOND
    run.tick(START + GET_READY_SECONDS * SECOND)
    run.tick(t)
    assert run.current is not None and run.current.kind is StepKind.REST
    run.back(t + 2 * SECOND)
    assert run.current is not None and run.current.kind is StepKind.HOLD and run.index == 1
    assert run.seconds_left(t + 2 * SECOND) == 20
    assert run.outcomes == {}


# --- properties of any prescription --------------------------------------------------------------

prescriptions = st.builds(
    ExercisePrescription,
    exercise=st.sampled_from(["knee-to-chest", "bridge", "bird-dog"]),
    sets=st.none() | st.integers(1, 4),
    reps=st.none() | st.integers(1, 12),
    hold_seconds=st.none() | st.integers(1, 90),
    side=st.none() | st.sampled_from(list(Side)),
)


def _sides_count(ex: ExercisePrescription) -> int:
    return 2 if ex.side is Side.EACH else 1


@given(prescriptions)
def test_the_steps_time_is_the_prescriptions_holds_and_rests(ex: ExercisePrescription) -> None:
    """sets x sides x reps x hold, plus one get-ready, a rest before every later rep or side
    and a longer one between sets; reps at the person's own pace add no time."""
    steps = build_steps(_activity(ex))
    sets = ex.sets or 1
    reps = ex.reps or 1
    sides = _sides_count(ex)
    holds = [s.seconds for s in steps if s.kind is StepKind.HOLD]
    rests = sum(s.seconds or 0 for s in steps if s.kind is StepKind.REST)
    if ex.hold_seconds is None:
        assert holds == []
        assert sum(1 for s in steps if s.kind is StepKind.REP) == sets * sides * reps
        assert rests == (sets - 1) * SET_REST_SECONDS
    else:
        assert holds == [ex.hold_seconds] * (sets * sides * reps)
        short_rests = sets * sides * reps - sets  # before every hold but each set's first
        assert rests == GET_READY_SECONDS + short_rests * REP_REST_SECONDS + (sets - 1) * SET_REST_SECONDS
    assert all(s.exercise_index == 0 and s.sets == sets and s.reps == reps for s in steps)


@given(prescriptions)
def test_a_one_sided_exercise_never_has_a_step_for_the_other_side(ex: ExercisePrescription) -> None:
    sides = {s.side for s in build_steps(_activity(ex))}
    expected = {
        Side.LEFT: {Side.LEFT},
        Side.RIGHT: {Side.RIGHT},
        Side.EACH: {Side.LEFT, Side.RIGHT},
    }.get(ex.side, {None})  # both sides together (or unsaid): no side to name
    assert sides == expected


small_prescriptions = st.builds(
    ExercisePrescription,
    exercise=st.just("bird-dog"),
    sets=st.none() | st.integers(1, 2),
    reps=st.none() | st.integers(1, 3),
    hold_seconds=st.integers(1, 12),  # all timed: no rep waits for a person
    side=st.none() | st.sampled_from(list(Side)),
)


@settings(deadline=None, max_examples=60)
@given(
    st.lists(small_prescriptions, min_size=1, max_size=3),
    st.lists(st.integers(50, 1000), min_size=1, max_size=20),  # MAX_CATCH_UP is a second
)
def test_a_run_lasts_its_steps_time_however_late_the_ticks(
    exercises: list[ExercisePrescription], tick_ms: list[int]
) -> None:
    """Ticks up to a second late (a busy machine) never lengthen or shorten the routine:
    each hold and rest is timed from the end of the one before, not from the tick."""
    steps = build_steps(_activity(*exercises))
    run = RoutineRun(tuple(steps), started_at=START)
    now = START
    ticks = cycle(tick_ms)
    while not run.finished:
        now += timedelta(milliseconds=next(ticks))
        run.tick(now)
    total = sum(s.seconds or 0 for s in steps)
    assert run.finished_at == START + total * SECOND
    assert run.summary(now).results == (ExerciseResult.DONE,) * len(exercises)


# --- what the screen shows ----------------------------------------------------------------------


def test_the_ring_counts_down_holds_and_counts_reps() -> None:
    run = RoutineRun(tuple(build_steps(_morning_stretch())), started_at=START)
    view = ring_view(run, START)
    assert view is not None
    assert (view.big, view.caption, view.rest, view.fraction) == ("10", Caption.GET_READY, True, 1.0)
    run.tick(START + GET_READY_SECONDS * SECOND)
    hold = ring_view(run, START + (GET_READY_SECONDS + 5) * SECOND)
    assert hold is not None
    assert (hold.big, hold.caption, hold.rest) == ("15", Caption.HOLD, False)
    assert hold.fraction == pytest.approx(0.75)
    run.pause(START + (GET_READY_SECONDS + 5) * SECOND)
    paused = ring_view(run, START + timedelta(hours=1))
    assert paused is not None and (paused.big, paused.caption, paused.paused) == ("15", Caption.PAUSED, True)
    assert controls(run).paused and controls(run).can_pause and not controls(run).can_complete

    run.skip_exercise(START)  # pelvic tilt: ten reps at the person's pace
    for _ in range(3):
        run.complete_rep(START)
    rep = ring_view(run, START)
    assert rep is not None
    assert (rep.big, rep.caption, rep.reps, rep.fraction) == ("4", Caption.OF_REPS, 10, pytest.approx(0.3))
    assert controls(run).can_complete and not controls(run).can_pause


def test_a_single_untimed_step_waits_for_done_and_long_holds_show_minutes() -> None:
    walk = RoutineRun(tuple(build_steps(_activity())), started_at=START)
    view = ring_view(walk, START)
    assert view is not None and (view.big, view.caption, view.fraction) == ("✓", Caption.PRESS_DONE, 0.0)
    assert not controls(walk).can_skip_exercise
    long = RoutineRun(
        tuple(build_steps(_activity(ExercisePrescription("bridge", hold_seconds=90)))), started_at=START
    )
    long.tick(START + GET_READY_SECONDS * SECOND)
    view = ring_view(long, START + GET_READY_SECONDS * SECOND)
    assert view is not None and view.big == "1:30"
    walk.complete_rep(START)
    assert ring_view(walk, START) is None


def test_the_counters_tell_only_what_has_a_choice_and_what_comes_next() -> None:
    steps = build_steps(
        _activity(ExercisePrescription("bird-dog", sets=2, reps=3, hold_seconds=5, side=Side.EACH))
    )
    hold = next(s for s in steps if s.kind is StepKind.HOLD)
    shown = counters(hold)
    assert (shown.set, shown.rep, shown.side, shown.upcoming) == ((1, 2), (1, 3), Side.LEFT, False)
    between_sets = next(s for s in steps if s.rest is RestKind.BETWEEN_SETS)
    shown = counters(between_sets)
    assert (shown.set, shown.rep, shown.upcoming) == ((2, 2), None, True)  # the set is the news
    once = counters(build_steps(_activity(ExercisePrescription("bridge")))[0])
    assert (once.set, once.rep, once.side) == (None, None, None)


# --- the player's course ------------------------------------------------------------------------


def _words(shortfall: Shortfall) -> str:
    return repr(shortfall)


def test_a_whole_course_records_done_with_both_pain_scores() -> None:
    session = RoutineSession(_activity(ExercisePrescription("bridge", reps=2)), SCHEDULED)
    assert session.stage is Stage.PAIN_BEFORE
    assert session.record(3, START, _words) is None  # nothing to record before the start
    session.start(6, START)
    assert session.stage is Stage.EXERCISE
    assert session.complete_rep(START + 30 * SECOND)
    assert session.complete_rep(START + 60 * SECOND)
    assert session.stage is Stage.PAIN_AFTER
    assert not session.skip(START + 90 * SECOND)  # no longer playing: the keys do nothing
    made = session.record(2, START + 90 * SECOND, _words)
    assert made is not None
    event, summary = made
    assert (event.item, event.status, event.scheduled_for) == ("test", EventStatus.DONE, SCHEDULED)
    assert (event.pain_before, event.pain_after, event.at) == (6, 2, START + 90 * SECOND)
    assert event.note is None and summary.elapsed == 60 * SECOND
    session.saved(7, event)
    assert (session.stage, session.event_id, session.recorded_event) == (Stage.SUMMARY, 7, event)
    assert session.record(2, START + 90 * SECOND, _words) is None  # saved once only
    assert session.ask_to_stop(START) is StopAnswer.CLOSE_RECORDED


def test_asking_to_stop_pauses_and_keep_going_resumes() -> None:
    session = RoutineSession(_activity(ExercisePrescription("knee-to-chest", reps=2, hold_seconds=20)), None)
    assert session.ask_to_stop(START) is StopAnswer.CLOSE  # nothing under way
    session.start(4, START)
    asked = START + 3 * SECOND
    assert session.ask_to_stop(asked) is StopAnswer.ASK
    assert session.stage is Stage.STOP and not session.can_record_so_far  # nothing done yet
    assert session.run is not None and session.run.paused
    assert session.ask_to_stop(asked + timedelta(minutes=5)) is StopAnswer.KEEP_GOING
    assert session.stage is Stage.EXERCISE and not session.run.paused
    assert session.run.seconds_left(asked + timedelta(minutes=5)) == GET_READY_SECONDS - 3

    # A pause the person chose stays a pause after the question.
    session.toggle_pause(asked + timedelta(minutes=5))
    session.ask_to_stop(asked + timedelta(minutes=6))
    session.keep_going(asked + timedelta(minutes=7))
    assert session.run.paused


def test_stopping_early_records_what_was_done_and_says_so() -> None:
    session = RoutineSession(
        _activity(
            ExercisePrescription("cat-cow", reps=2),
            ExercisePrescription("bridge", reps=2),
            ExercisePrescription("bird-dog", reps=2),
        ),
        SCHEDULED,
    )
    session.start(5, START)
    session.complete_rep(START)
    session.complete_rep(START)
    session.complete_rep(START + 10 * SECOND)  # bridge: one rep of two
    assert session.ask_to_stop(START + 20 * SECOND) is StopAnswer.ASK
    assert session.can_record_so_far
    assert session.stop_and_record(START + 20 * SECOND)
    assert session.stage is Stage.PAIN_AFTER and session.stopped_early
    made = session.record(8, START + timedelta(minutes=2), _words)
    assert made is not None
    event, summary = made
    assert event.note == repr(Shortfall(True, partly=(1,), skipped=(2,)))
    assert summary.results == (ExerciseResult.DONE, ExerciseResult.PARTLY, ExerciseResult.SKIPPED)
    assert summary.elapsed == 20 * SECOND  # until the stop, not until the save


def test_back_and_skip_go_through_the_session() -> None:
    session = RoutineSession(_activity(ExercisePrescription("cat-cow", reps=3)), None)
    assert not session.tick(START) and not session.back(START)  # not started
    session.start(1, START)
    assert session.complete_rep(START) and session.skip(START)
    assert session.run is not None and session.run.outcomes == {0: Outcome.DONE, 1: Outcome.SKIPPED}
    assert session.back(START) and session.run.index == 1
    assert session.skip_exercise(START) and session.stage is Stage.PAIN_AFTER
    assert session.steps == tuple(build_steps(session.activity))
    assert Step(StepKind.REP, 0, None, 1, 1, 1, 3) in session.steps


def test_pausing_after_a_rest_ran_out_pauses_the_hold_that_followed() -> None:
    """A late key press: the rest is over, so it is the hold that pauses, not a spent rest."""
    session = RoutineSession(_activity(ExercisePrescription("knee-to-chest", reps=2, hold_seconds=20)), None)
    session.start(2, START)
    pressed = START + GET_READY_SECONDS * SECOND + timedelta(milliseconds=500)
    assert session.toggle_pause(pressed)
    run = session.run
    assert run is not None and run.current is not None
    assert run.current.kind is StepKind.HOLD and run.paused
    assert run.remaining(pressed + timedelta(minutes=3)) == timedelta(seconds=19, milliseconds=500)
