"""The guided routine player: its step list, its timing and what it records.

The step list and the run are plain Python and are tested without Qt. The dialog is
tested on real services (a SQLite file in the test's folder, the acute example plan
imported from its file) with a FixedClock: the clock is moved by hand and the player
told to ``tick()``, as its timer would, so every second is exact and nothing depends
on how fast the machine is.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.domain.codec import document_from_json
from backplan.domain.model import (
    Activity,
    ActivityKind,
    CustomExercise,
    EventStatus,
    ExercisePrescription,
    Side,
    TimesSchedule,
)
from backplan.services.backplan_service import Backplan
from backplan.ui.routine_player import (
    GET_READY_SECONDS,
    REP_REST_SECONDS,
    SET_REST_SECONDS,
    ExerciseResult,
    Outcome,
    Page,
    RestKind,
    RoutinePlayer,
    RoutineRun,
    Step,
    StepKind,
    build_steps,
)

ACUTE_FILE = Path(__file__).resolve().parents[1] / "data" / "examples" / "acute-3-weeks.backplan.json"
# 07:16 in Chicago on the plan's first day: the 07:15 stretches are due.
START = datetime(2026, 12, 1, 13, 16, tzinfo=UTC)
SCHEDULED = datetime(2026, 12, 1, 13, 15, tzinfo=UTC)
SECOND = timedelta(seconds=1)


# --- fixtures ----------------------------------------------------------------------------------


@pytest.fixture
def player_clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def acute(tmp_path: Path, player_clock: FixedClock) -> Iterator[tuple[Backplan, int]]:
    """Real services on a fresh data folder with the acute example imported from its file."""
    services = open_services(tmp_path, player_clock)
    try:
        result = services.import_file(ACUTE_FILE)
        yield services, result.patient_id
    finally:
        services.listeners.clear()
        services.db.dispose()


def _morning_stretch() -> Activity:
    import json

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


def _player(
    qtbot: QtBot, acute: tuple[Backplan, int], clock: FixedClock, activity_id: str = "morning-stretch"
) -> RoutinePlayer:
    services, pid = acute
    player = RoutinePlayer(services, pid, activity_id, SCHEDULED, clock)
    qtbot.addWidget(player)
    player.show()
    qtbot.waitExposed(player)
    return player


def _key(player: RoutinePlayer, key: Qt.Key, text: str = "") -> None:
    """A key press as the person makes it: sent to the widget that has the focus."""
    from PySide6.QtTest import QTest

    target = player.focusWidget() or player
    QTest.keyClick(target, key, Qt.KeyboardModifier.NoModifier)
    del text


def _start(player: RoutinePlayer, pain: int) -> None:
    assert player.page is Page.PAIN_BEFORE
    for digit in str(pain):
        _key(player, getattr(Qt.Key, f"Key_{digit}"))
    assert player.pain_before_scale.value() == pain
    _key(player, Qt.Key.Key_Return)
    assert player.page is Page.EXERCISE


def _advance(player: RoutinePlayer, clock: FixedClock, delta: timedelta) -> None:
    clock.advance(delta)
    player.tick()


def _activity_events(services: Backplan, pid: int, item: str) -> list:
    return [e for _id, e in services.events(pid) if e.item == item]


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


# --- the dialog --------------------------------------------------------------------------------


def test_the_countdown_shows_20_then_10_then_moves_on(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    player = _player(qtbot, acute, player_clock)
    _start(player, 3)
    assert player.ring.big_text == str(GET_READY_SECONDS)
    assert player.ring.caption == "Get ready"
    assert player.exercise_title.text() == "Knee-to-chest stretch"

    _advance(player, player_clock, GET_READY_SECONDS * SECOND)
    assert (player.ring.big_text, player.ring.caption) == ("20", "Hold")
    assert player.rep_label.text() == "Rep 1 of 3"
    assert player.side_label.text() == "Left side"
    assert not player.set_label.isVisible()  # one set: no "Set 1 of 1" to read

    _advance(player, player_clock, 10 * SECOND)
    assert player.ring.big_text == "10"
    assert player.ring.fraction == pytest.approx(0.5)
    _advance(player, player_clock, timedelta(seconds=9, milliseconds=900))
    assert player.ring.big_text == "1"
    _advance(player, player_clock, timedelta(milliseconds=100))
    assert (player.ring.big_text, player.ring.caption) == (str(REP_REST_SECONDS), "Rest")
    assert player.rep_label.text() == "Next: Rep 2 of 3"

    # The timer's own ticks change nothing while the clock stands still.
    qtbot.wait(400)
    assert player.ring.big_text == str(REP_REST_SECONDS)


def test_pause_with_space_freezes_the_display(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    player = _player(qtbot, acute, player_clock)
    _start(player, 4)
    _advance(player, player_clock, GET_READY_SECONDS * SECOND)
    _advance(player, player_clock, 6 * SECOND)
    assert player.ring.big_text == "14"
    _key(player, Qt.Key.Key_Space)
    assert player.run is not None and player.run.paused
    assert player.ring.caption == "Paused" and player.pause_button.text() == "Resume"
    _advance(player, player_clock, timedelta(minutes=5))
    assert player.ring.big_text == "14"
    _key(player, Qt.Key.Key_Space)
    assert player.pause_button.text() == "Pause"
    _advance(player, player_clock, 4 * SECOND)
    assert (player.ring.big_text, player.ring.caption) == ("10", "Hold")


def test_a_whole_routine_takes_exactly_its_holds_and_rests_and_is_recorded(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    services, pid = acute
    player = _player(qtbot, acute, player_clock)
    recorded: list[int] = []
    player.recorded.connect(recorded.append)
    _start(player, 6)
    started = player_clock.now()

    timed_total = 0
    reps_pressed = 0
    seen_sets: set[str] = set()
    while player.page is Page.EXERCISE:
        assert player.run is not None
        step = player.run.current
        assert step is not None
        seen_sets.add(player.set_label.text())
        if step.timed:
            assert step.seconds is not None
            # One tick short of the end: still the same step, showing 1.
            _advance(player, player_clock, step.seconds * SECOND - timedelta(milliseconds=1))
            assert player.run.current is step and player.ring.big_text == "1"
            _advance(player, player_clock, timedelta(milliseconds=1))
            timed_total += step.seconds
        else:
            _key(player, Qt.Key.Key_Return)  # Enter: this rep is done
            reps_pressed += 1
    assert {"Set 1 of 2", "Set 2 of 2", "Next: Set 2 of 2"} <= seen_sets

    steps = build_steps(_morning_stretch())
    assert timed_total == sum(s.seconds or 0 for s in steps)
    assert reps_pressed == sum(1 for s in steps if s.kind is StepKind.REP) == 20 + 10
    assert player.page is Page.PAIN_AFTER
    assert player_clock.now() - started == timedelta(seconds=timed_total)

    _key(player, Qt.Key.Key_2)
    _key(player, Qt.Key.Key_Return)
    assert player.page is Page.SUMMARY

    events = _activity_events(services, pid, "morning-stretch")
    assert len(events) == 1
    event = events[0]
    assert event.status is EventStatus.DONE
    assert (event.pain_before, event.pain_after) == (6, 2)
    assert event.scheduled_for == SCHEDULED
    assert event.at == player_clock.now()
    assert event.note is None  # everything was done
    assert recorded == [player.event_id] and player.event_id is not None
    # The same record is in the patient's document.
    assert any(e.item == "morning-stretch" and e.pain_after == 2 for e in services.document(pid).events)

    summary = player.summary_label.text()
    minutes, seconds = divmod(timed_total, 60)
    assert f"Time taken: {minutes} min {seconds} s" in summary
    assert "Exercises done: 4 of 4" in summary
    assert "6 before, 2 after" in summary
    player.close()
    assert player.result() == QDialog.DialogCode.Accepted


def test_skips_are_counted_and_noted(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    services, pid = acute
    player = _player(qtbot, acute, player_clock)
    _start(player, 5)
    _key(player, Qt.Key.Key_PageDown)  # knee-to-chest left out entirely
    assert player.exercise_title.text() == "Pelvic tilt"
    assert player.done_button.isEnabled() and not player.pause_button.isEnabled()
    for _ in range(3):
        _key(player, Qt.Key.Key_Return)
    assert player.rep_label.text() == "Rep 4 of 10"
    _key(player, Qt.Key.Key_Left)  # back: rep 3 again
    assert player.rep_label.text() == "Rep 3 of 10"
    _key(player, Qt.Key.Key_N)  # skip that rep
    assert player.rep_label.text() == "Rep 4 of 10"
    _key(player, Qt.Key.Key_PageDown)  # rest of pelvic tilt left out
    _key(player, Qt.Key.Key_PageDown)  # cat-cow left out
    _key(player, Qt.Key.Key_PageDown)  # bottom-to-heels left out
    assert player.page is Page.PAIN_AFTER
    _key(player, Qt.Key.Key_5)
    _key(player, Qt.Key.Key_Return)

    (event,) = _activity_events(services, pid, "morning-stretch")
    assert (
        event.note
        == "Partly done: Pelvic tilt. Skipped: Knee-to-chest stretch, Cat-cow, Bottom-to-heels stretch."
    )
    assert "Exercises done: 0 of 4" in player.summary_label.text()
    assert "(skipped)" in player.summary_exercises.text()


def test_cautions_and_steps_are_shown_for_each_exercise(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    player = _player(qtbot, acute, player_clock)
    _start(player, 2)
    seen = set()
    while player.page is Page.EXERCISE:
        title = player.exercise_title.text()
        if title not in seen:
            seen.add(title)
            assert player.cautions_label.isVisible()
            assert "Stop if pain spreads down your leg." in player.cautions_label.text()
            assert player.steps_label.text().startswith("1. ")
            assert player.picture.has_picture() and player.picture.isVisible()
        _key(player, Qt.Key.Key_PageDown)
    assert seen == {"Knee-to-chest stretch", "Pelvic tilt", "Cat-cow", "Bottom-to-heels stretch"}


def test_a_custom_exercise_shows_its_own_name_and_instructions(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    services, pid = acute
    doc = services.document(pid)
    extra = Activity(
        id="desk-break",
        kind=ActivityKind.EXERCISE,
        title="Desk break",
        schedule=TimesSchedule((time(11, 0),)),
        duration_minutes=5,
        start=date(2026, 12, 1),
        exercises=(
            ExercisePrescription(
                "custom",
                custom=CustomExercise("Shoulder rolls", "Roll both shoulders slowly backwards."),
                reps=5,
            ),
            ExercisePrescription(
                "piriformis-stretch", hold_seconds=30, reps=1, side=Side.RIGHT, notes="Gently"
            ),
        ),
    )
    services.save_plan(pid, doc.patient, doc.plan, doc.medications, (*doc.activities, extra))
    player = _player(qtbot, acute, player_clock, "desk-break")
    _start(player, 1)
    assert player.exercise_title.text() == "Shoulder rolls"
    assert player.visual.currentWidget() is player.custom_card
    assert player.custom_text.text() == "Roll both shoulders slowly backwards."
    assert player.steps_label.text() == "Roll both shoulders slowly backwards."
    assert "severe pain" in player.cautions_label.text()  # the general caution stands in
    assert player.ring.big_text == "1" and player.ring.caption == "of 5"
    _key(player, Qt.Key.Key_PageDown)
    assert player.exercise_title.text() == "Piriformis stretch"
    assert player.visual.currentWidget() is player.picture
    assert player.cautions_label.text().startswith("From your clinician: Gently")
    _advance(player, player_clock, GET_READY_SECONDS * SECOND)
    assert player.side_label.text() == "Right side"
    assert player.ring.big_text == "30"


def test_an_activity_without_exercises_is_one_done(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    services, pid = acute
    player = _player(qtbot, acute, player_clock, "evening-walk")
    _start(player, 3)
    assert player.exercise_title.text() == "Evening walk"
    assert player.done_button.isEnabled()
    player_clock.advance(timedelta(minutes=20))
    _key(player, Qt.Key.Key_Return)
    _key(player, Qt.Key.Key_1)
    _key(player, Qt.Key.Key_Return)
    (event,) = _activity_events(services, pid, "evening-walk")
    assert (event.pain_before, event.pain_after, event.note) == (3, 1, None)
    assert "Time taken: 20 min 0 s" in player.summary_label.text()


def test_closing_early_asks_and_records_nothing(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    services, pid = acute
    before = services.events(pid)
    player = _player(qtbot, acute, player_clock)
    _start(player, 7)
    _advance(player, player_clock, GET_READY_SECONDS * SECOND)
    _advance(player, player_clock, 5 * SECOND)
    assert player.ring.big_text == "15"

    player.close()  # the window's close button
    assert player.isVisible() and player.page is Page.STOP
    assert not player.record_so_far_button.isVisible()  # nothing done yet to record
    _advance(player, player_clock, timedelta(minutes=2))  # the question waits; the hold does not run
    _key(player, Qt.Key.Key_Escape)  # Escape on the question: keep going
    assert player.page is Page.EXERCISE and player.ring.big_text == "15"
    assert player.run is not None and not player.run.paused

    _key(player, Qt.Key.Key_Escape)
    assert player.page is Page.STOP
    qtbot.mouseClick(player.discard_button, Qt.MouseButton.LeftButton)
    assert not player.isVisible()
    assert player.result() == QDialog.DialogCode.Rejected
    assert services.events(pid) == before


def test_stopping_early_can_record_what_was_done(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    services, pid = acute
    player = _player(qtbot, acute, player_clock)
    _start(player, 4)
    _advance(player, player_clock, GET_READY_SECONDS * SECOND)
    _advance(player, player_clock, 20 * SECOND)  # one hold done
    qtbot.mouseClick(player.stop_button, Qt.MouseButton.LeftButton)
    assert player.page is Page.STOP and player.record_so_far_button.isVisible()
    qtbot.mouseClick(player.record_so_far_button, Qt.MouseButton.LeftButton)
    assert player.page is Page.PAIN_AFTER and player.after_title.text() == "Stopped early"
    _key(player, Qt.Key.Key_8)
    _key(player, Qt.Key.Key_Return)
    (event,) = _activity_events(services, pid, "morning-stretch")
    assert (event.status, event.pain_before, event.pain_after) == (EventStatus.DONE, 4, 8)
    assert event.note is not None and event.note.startswith("Stopped early.")
    assert "Partly done: Knee-to-chest stretch." in event.note


def test_not_now_before_starting_closes_without_asking(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    services, pid = acute
    player = _player(qtbot, acute, player_clock)
    assert not player.start_button.isEnabled()  # a pain score comes first
    _key(player, Qt.Key.Key_Return)
    assert player.page is Page.PAIN_BEFORE
    _key(player, Qt.Key.Key_Escape)
    assert not player.isVisible()
    assert _activity_events(services, pid, "morning-stretch") == []


def test_pain_scale_keys(qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock) -> None:
    player = _player(qtbot, acute, player_clock)
    scale = player.pain_before_scale
    _key(player, Qt.Key.Key_1)
    _key(player, Qt.Key.Key_0)
    assert scale.value() == 10 and scale.buttons[10].isChecked()
    _key(player, Qt.Key.Key_Left)
    assert scale.value() == 9
    _key(player, Qt.Key.Key_Home)
    assert scale.value() == 0
    _key(player, Qt.Key.Key_7)
    assert scale.value() == 7
    qtbot.mouseClick(scale.buttons[2], Qt.MouseButton.LeftButton)
    assert scale.value() == 2 and player.start_button.isEnabled()


def test_an_unknown_activity_is_refused(acute: tuple[Backplan, int], player_clock: FixedClock) -> None:
    services, pid = acute
    with pytest.raises(LookupError, match="no-such-activity"):
        RoutinePlayer(services, pid, "no-such-activity", None, player_clock)


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    player = _player(qtbot, acute, player_clock)
    _start(player, 3)
    interactive = [
        w
        for w in player.findChildren(QWidget)
        if isinstance(w, QPushButton) or w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert len(interactive) > 20
    unnamed = [
        (type(w).__name__, w.text() if isinstance(w, QPushButton) else "")
        for w in interactive
        if not w.accessibleName().strip() and not isinstance(w, QLabel)
    ]
    # Scroll areas name themselves through what they hold; everything else is named.
    unnamed = [u for u in unnamed if u[0] != "QScrollArea"]
    assert unnamed == []


def test_text_size_scales_the_player(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    player = _player(qtbot, acute, player_clock)
    _start(player, 3)
    base = player.font().pointSizeF()
    normal_counter = player.rep_label.font().pointSizeF()
    normal_ring_min = player.ring.minimumSizeHint().height()
    normal_button = player.skip_button.minimumHeight()
    assert normal_counter == pytest.approx(base * 2.4)

    bigger = QFont(player.font())
    bigger.setPointSizeF(base * 1.75)
    player.setFont(bigger)  # as the text-size setting does through the application font
    assert player.rep_label.font().pointSizeF() == pytest.approx(normal_counter * 1.75)
    assert player.ring.minimumSizeHint().height() > normal_ring_min * 1.5
    assert player.skip_button.minimumHeight() > normal_button * 1.5
    assert player.pain_after_scale.buttons[0].font().pointSizeF() == pytest.approx(base * 1.75 * 1.6)


def test_the_digits_are_big_enough_to_read_from_the_floor(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    player = _player(qtbot, acute, player_clock)
    player.resize(1200, 760)
    _start(player, 3)
    _advance(player, player_clock, GET_READY_SECONDS * SECOND)
    qtbot.wait(50)
    points = player.ring.digit_pixel_size() * 72 / player.logicalDpiY()
    assert points >= 96
    image = player.grab().toImage()
    assert not image.isNull() and image.width() == player.width()
