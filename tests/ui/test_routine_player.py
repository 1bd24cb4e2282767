"""The guided routine player: what it shows, the keys it takes, and what it records.

The step list, the run and the player's course are plain Python, tested without Qt in
``tests/schedule/test_routine.py``. The dialog is
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
from backplan.domain.model import (
    Activity,
    ActivityKind,
    CustomExercise,
    EventStatus,
    ExercisePrescription,
    Side,
    TimesSchedule,
)
from backplan.schedule.routine import GET_READY_SECONDS, REP_REST_SECONDS, StepKind, build_steps
from backplan.services.backplan_service import Backplan
from backplan.ui.routine.player import Page, RoutinePlayer

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


# --- the dialog --------------------------------------------------------------------------------


def test_the_countdown_shows_20_then_10_then_moves_on(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    player = _player(qtbot, acute, player_clock)
    _start(player, 3)
    assert player.exercise_view.ring.big_text == str(GET_READY_SECONDS)
    assert player.exercise_view.ring.caption == "Get ready"
    assert player.exercise_view.exercise_title.text() == "Knee-to-chest stretch"

    _advance(player, player_clock, GET_READY_SECONDS * SECOND)
    assert (player.exercise_view.ring.big_text, player.exercise_view.ring.caption) == ("20", "Hold")
    assert player.exercise_view.rep_label.text() == "Rep 1 of 3"
    assert player.exercise_view.side_label.text() == "Left side"
    assert not player.exercise_view.set_label.isVisible()  # one set: no "Set 1 of 1" to read

    _advance(player, player_clock, 10 * SECOND)
    assert player.exercise_view.ring.big_text == "10"
    assert player.exercise_view.ring.fraction == pytest.approx(0.5)
    _advance(player, player_clock, timedelta(seconds=9, milliseconds=900))
    assert player.exercise_view.ring.big_text == "1"
    _advance(player, player_clock, timedelta(milliseconds=100))
    assert (player.exercise_view.ring.big_text, player.exercise_view.ring.caption) == (
        str(REP_REST_SECONDS),
        "Rest",
    )
    assert player.exercise_view.rep_label.text() == "Next: Rep 2 of 3"

    # The timer's own ticks change nothing while the clock stands still.
    qtbot.wait(400)
    assert player.exercise_view.ring.big_text == str(REP_REST_SECONDS)


def test_pause_with_space_freezes_the_display(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    player = _player(qtbot, acute, player_clock)
    _start(player, 4)
    _advance(player, player_clock, GET_READY_SECONDS * SECOND)
    _advance(player, player_clock, 6 * SECOND)
    assert player.exercise_view.ring.big_text == "14"
    _key(player, Qt.Key.Key_Space)
    assert player.run is not None and player.run.paused
    assert (
        player.exercise_view.ring.caption == "Paused" and player.exercise_view.pause_button.text() == "Resume"
    )
    _advance(player, player_clock, timedelta(minutes=5))
    assert player.exercise_view.ring.big_text == "14"
    _key(player, Qt.Key.Key_Space)
    assert player.exercise_view.pause_button.text() == "Pause"
    _advance(player, player_clock, 4 * SECOND)
    assert (player.exercise_view.ring.big_text, player.exercise_view.ring.caption) == ("10", "Hold")


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
        seen_sets.add(player.exercise_view.set_label.text())
        if step.timed:
            assert step.seconds is not None
            # One tick short of the end: still the same step, showing 1.
            _advance(player, player_clock, step.seconds * SECOND - timedelta(milliseconds=1))
            assert player.run.current is step and player.exercise_view.ring.big_text == "1"
            _advance(player, player_clock, timedelta(milliseconds=1))
            timed_total += step.seconds
        else:
            _key(player, Qt.Key.Key_Return)  # Enter: this rep is done
            reps_pressed += 1
    assert {"Set 1 of 2", "Set 2 of 2", "Next: Set 2 of 2"} <= seen_sets

    steps = build_steps(player.activity)  # the morning stretches, as imported from the file
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
    assert player.exercise_view.exercise_title.text() == "Pelvic tilt"
    assert player.exercise_view.done_button.isEnabled() and not player.exercise_view.pause_button.isEnabled()
    for _ in range(3):
        _key(player, Qt.Key.Key_Return)
    assert player.exercise_view.rep_label.text() == "Rep 4 of 10"
    _key(player, Qt.Key.Key_Left)  # back: rep 3 again
    assert player.exercise_view.rep_label.text() == "Rep 3 of 10"
    _key(player, Qt.Key.Key_N)  # skip that rep
    assert player.exercise_view.rep_label.text() == "Rep 4 of 10"
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
        title = player.exercise_view.exercise_title.text()
        if title not in seen:
            seen.add(title)
            assert player.exercise_view.cautions_label.isVisible()
            assert "Stop if pain spreads down your leg." in player.exercise_view.cautions_label.text()
            assert player.exercise_view.steps_label.text().startswith("1. ")
            assert player.exercise_view.picture.has_picture() and player.exercise_view.picture.isVisible()
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
    assert player.exercise_view.exercise_title.text() == "Shoulder rolls"
    assert player.exercise_view.visual.currentWidget() is player.exercise_view.custom_card
    assert player.exercise_view.custom_text.text() == "Roll both shoulders slowly backwards."
    assert player.exercise_view.steps_label.text() == "Roll both shoulders slowly backwards."
    assert "severe pain" in player.exercise_view.cautions_label.text()  # the general caution stands in
    assert player.exercise_view.ring.big_text == "1" and player.exercise_view.ring.caption == "of 5"
    _key(player, Qt.Key.Key_PageDown)
    assert player.exercise_view.exercise_title.text() == "Piriformis stretch"
    assert player.exercise_view.visual.currentWidget() is player.exercise_view.picture
    assert player.exercise_view.cautions_label.text().startswith("From your clinician: Gently")
    _advance(player, player_clock, GET_READY_SECONDS * SECOND)
    assert player.exercise_view.side_label.text() == "Right side"
    assert player.exercise_view.ring.big_text == "30"


def test_an_activity_without_exercises_is_one_done(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    services, pid = acute
    player = _player(qtbot, acute, player_clock, "evening-walk")
    _start(player, 3)
    assert player.exercise_view.exercise_title.text() == "Evening walk"
    assert player.exercise_view.done_button.isEnabled()
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
    assert player.exercise_view.ring.big_text == "15"

    player.close()  # the window's close button
    assert player.isVisible() and player.page is Page.STOP
    assert not player.record_so_far_button.isVisible()  # nothing done yet to record
    _advance(player, player_clock, timedelta(minutes=2))  # the question waits; the hold does not run
    _key(player, Qt.Key.Key_Escape)  # Escape on the question: keep going
    assert player.page is Page.EXERCISE and player.exercise_view.ring.big_text == "15"
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
    qtbot.mouseClick(player.exercise_view.stop_button, Qt.MouseButton.LeftButton)
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
    normal_counter = player.exercise_view.rep_label.font().pointSizeF()
    normal_ring_min = player.exercise_view.ring.minimumSizeHint().height()
    normal_button = player.exercise_view.skip_button.minimumHeight()
    assert normal_counter == pytest.approx(base * 2.4)

    bigger = QFont(player.font())
    bigger.setPointSizeF(base * 1.75)
    player.setFont(bigger)  # as the text-size setting does through the application font
    assert player.exercise_view.rep_label.font().pointSizeF() == pytest.approx(normal_counter * 1.75)
    assert player.exercise_view.ring.minimumSizeHint().height() > normal_ring_min * 1.5
    assert player.exercise_view.skip_button.minimumHeight() > normal_button * 1.5
    assert player.pain_after_scale.buttons[0].font().pointSizeF() == pytest.approx(base * 1.75 * 1.6)


def test_the_digits_are_big_enough_to_read_from_the_floor(
    qtbot: QtBot, acute: tuple[Backplan, int], player_clock: FixedClock
) -> None:
    player = _player(qtbot, acute, player_clock)
    player.resize(1200, 760)
    _start(player, 3)
    _advance(player, player_clock, GET_READY_SECONDS * SECOND)
    qtbot.wait(50)
    points = player.exercise_view.ring.digit_pixel_size() * 72 / player.logicalDpiY()
    assert points >= 96
    image = player.grab().toImage()
    assert not image.isNull() and image.width() == player.width()
