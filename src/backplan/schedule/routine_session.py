"""The routine player's course without Qt: what the screen shows, and what is recorded.

:mod:`backplan.schedule.routine` makes the steps and walks them; this module is what
the player window does with a run, so that the window only shows it and forwards keys:

* :func:`ring_view`, :func:`counters` and :func:`controls` say what the screen shows for
  the current step, in values the window puts into words in its language;
* :class:`RoutineSession` is the player's whole course: the pain score before, the run,
  stopping early (asked first, with the clock paused meanwhile), the pain score after,
  and the ``Event`` that records the activity as done.

Like the run it never reads a clock: every method takes ``now`` from the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from backplan.domain.model import Activity, Event, EventStatus, Side
from backplan.schedule.routine import (
    ExerciseResult,
    RestKind,
    RoutineRun,
    RunSummary,
    Step,
    StepKind,
    build_steps,
)

# --- what the screen shows ---------------------------------------------------------------------


def countdown_text(seconds: int) -> str:
    """A hold's digits: plain seconds up to a minute, then minutes and seconds."""
    if seconds < 60:
        return str(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


class Caption(StrEnum):
    """The word under the ring's digits; the window says it in its language."""

    HOLD = "hold"
    PAUSED = "paused"
    GET_READY = "get_ready"
    CHANGE_SIDES = "change_sides"
    REST = "rest"
    OF_REPS = "of_reps"  # "of 10" under a rep's number
    PRESS_DONE = "press_done"  # a single untimed step: done when the person says so


@dataclass(frozen=True)
class RingView:
    """What the countdown ring shows for the current step at one instant."""

    big: str  # the digits ("20", "1:30"), the rep's number, or a tick mark
    caption: Caption
    fraction: float  # how much of the ring is drawn, 1.0 down to 0.0
    rest: bool
    paused: bool
    reps: int = 1  # the total for Caption.OF_REPS


def _rest_caption(step: Step) -> Caption:
    if step.rest is RestKind.GET_READY:
        return Caption.GET_READY
    if step.rest is RestKind.CHANGE_SIDES:
        return Caption.CHANGE_SIDES
    return Caption.REST


def ring_view(run: RoutineRun, now: datetime) -> RingView | None:
    """The ring for the run's current step (None once the run is over).

    A hold or rest counts down; a rep of several shows its number ("4" of 10) and fills
    the ring with the reps already done; a single untimed step waits for Done.
    """
    step = run.current
    if step is None:
        return None
    if step.timed:
        rest = step.kind is StepKind.REST
        caption = Caption.PAUSED if run.paused else (_rest_caption(step) if rest else Caption.HOLD)
        seconds = run.seconds_left(now) or 0
        return RingView(countdown_text(seconds), caption, run.fraction_left(now), rest, run.paused)
    if step.reps > 1:
        fraction = (step.rep_number - 1) / step.reps
        return RingView(str(step.rep_number), Caption.OF_REPS, fraction, False, False, step.reps)
    return RingView("✓", Caption.PRESS_DONE, 0.0, False, False)


@dataclass(frozen=True)
class Counters:
    """Set, rep and side of a step, each only when there is a choice to tell.

    ``upcoming`` is true for a rest: the counters then describe the step that follows
    ("Next: Set 2 of 2"), and the window says so on the first line it shows.
    """

    set: tuple[int, int] | None  # (number, total) when there is more than one set
    rep: tuple[int, int] | None  # (number, total) when there is more than one rep
    side: Side | None
    upcoming: bool


def counters(step: Step) -> Counters:
    sets = (step.set_number, step.sets) if step.sets > 1 else None
    reps = (step.rep_number, step.reps) if step.reps > 1 else None
    if step.rest is RestKind.BETWEEN_SETS:
        reps = None  # a new set starts at rep 1: the set is the news
    return Counters(sets, reps, step.side, step.kind is StepKind.REST)


@dataclass(frozen=True)
class Controls:
    """Which of the player's actions apply to the current step."""

    can_pause: bool  # a hold or a rest runs on a clock; a rep waits for the person anyway
    can_complete: bool  # Done is for a rep
    paused: bool
    can_skip_exercise: bool  # "Next exercise" needs a next exercise


def controls(run: RoutineRun) -> Controls:
    step = run.current
    timed = step is not None and step.timed
    rep = step is not None and step.kind is StepKind.REP
    return Controls(timed, rep, run.paused, run.exercise_count() > 1)


# --- the player's course -----------------------------------------------------------------------


class Stage(StrEnum):
    """Where the person is in the player; each stage is one page of the window."""

    PAIN_BEFORE = "pain_before"
    EXERCISE = "exercise"
    PAIN_AFTER = "pain_after"
    SUMMARY = "summary"
    STOP = "stop"


class StopAnswer(StrEnum):
    """What asking to stop (Escape, Stop, the window's close button) comes to."""

    ASK = "ask"  # a routine is under way: the stage is now STOP, which asks what to do
    KEEP_GOING = "keep_going"  # asked again on the question itself: back to the routine
    CLOSE = "close"  # nothing started yet: close, nothing is lost
    CLOSE_RECORDED = "close_recorded"  # already recorded: closing is accepting


@dataclass(frozen=True)
class Shortfall:
    """What was not done, for a line in the record that the clinician reads."""

    stopped_early: bool
    partly: tuple[int, ...]  # indices into the activity's exercises
    skipped: tuple[int, ...]


@dataclass
class RoutineSession:
    """One go at an activity's routine, from the pain score before to the record.

    The window shows :attr:`stage` and forwards the person's input to the methods here,
    passing the clock's ``now``; nothing here reads a clock or touches the database:
    :meth:`record` gives the ``Event`` to save and :meth:`saved` takes its id back.
    """

    activity: Activity
    scheduled_for: datetime | None
    steps: tuple[Step, ...] = field(init=False)
    stage: Stage = Stage.PAIN_BEFORE
    run: RoutineRun | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    stopped_early: bool = False
    can_record_so_far: bool = False  # asked to stop with something done: it may be recorded
    event_id: int | None = None
    recorded_event: Event | None = None
    _return_stage: Stage = Stage.PAIN_BEFORE
    _was_paused: bool = False

    def __post_init__(self) -> None:
        self.steps = tuple(build_steps(self.activity))

    def start(self, pain_before: int, now: datetime) -> None:
        """Leaves the pain question and starts the first step."""
        self.pain_before = pain_before
        self.run = RoutineRun(self.steps, started_at=now)
        self.stage = Stage.EXERCISE

    # --- moving through the steps (only while the exercise page is up) ---------------------

    def _playing(self) -> RoutineRun | None:
        return self.run if self.stage is Stage.EXERCISE else None

    def _after_move(self, run: RoutineRun) -> bool:
        if run.finished:
            self.stage = Stage.PAIN_AFTER
        return True

    def tick(self, now: datetime) -> bool:
        """Catches up with ``now``; True when the window has something to update."""
        run = self._playing()
        if run is None:
            return False
        run.tick(now)
        return self._after_move(run)

    def toggle_pause(self, now: datetime) -> bool:
        run = self._playing()
        if run is None:
            return False
        run.tick(now)  # a hold that ended before the key was pressed is over, not paused
        run.toggle_pause(now)
        return self._after_move(run)

    def skip(self, now: datetime) -> bool:
        run = self._playing()
        if run is None:
            return False
        run.skip(now)
        return self._after_move(run)

    def skip_exercise(self, now: datetime) -> bool:
        run = self._playing()
        if run is None:
            return False
        run.skip_exercise(now)
        return self._after_move(run)

    def back(self, now: datetime) -> bool:
        run = self._playing()
        if run is None:
            return False
        run.back(now)
        return self._after_move(run)

    def complete_rep(self, now: datetime) -> bool:
        run = self._playing()
        if run is None or not run.complete_rep(now):
            return False
        return self._after_move(run)

    # --- stopping early ------------------------------------------------------------------

    def ask_to_stop(self, now: datetime) -> StopAnswer:
        """Escape, Stop or closing: ask before losing a routine under way.

        While the question is up the clock is paused, so a hold does not run out unseen.
        """
        if self.stage is Stage.STOP:
            self.keep_going(now)
            return StopAnswer.KEEP_GOING
        if self.stage is Stage.SUMMARY:
            return StopAnswer.CLOSE_RECORDED
        if self.stage not in (Stage.EXERCISE, Stage.PAIN_AFTER):
            return StopAnswer.CLOSE
        self._return_stage = self.stage
        run = self.run
        if run is not None and self.stage is Stage.EXERCISE:
            self._was_paused = run.paused
            run.tick(now)
            run.pause(now)
        self.can_record_so_far = (
            run is not None and self.stage is Stage.EXERCISE and run.summary(now).anything_done
        )
        self.stage = Stage.STOP
        return StopAnswer.ASK

    def keep_going(self, now: datetime) -> None:
        """Back to where the person asked to stop; a clock that was running runs again."""
        self.stage = self._return_stage
        if self.stage is Stage.EXERCISE and self.run is not None and not self._was_paused:
            self.run.resume(now)

    def stop_and_record(self, now: datetime) -> bool:
        """Ends the routine here; the pain score after is asked next, to record what was done."""
        if self.run is None:
            return False
        self.stopped_early = True
        self.run.finished_at = now
        self.stage = Stage.PAIN_AFTER
        return True

    # --- what is recorded ----------------------------------------------------------------

    def shortfall(self, summary: RunSummary) -> Shortfall | None:
        """What was left undone, or None when all of it was done (or there is no list)."""
        if not self.activity.exercises or (summary.partly == 0 and summary.skipped == 0):
            return None
        results = list(enumerate(summary.results))
        return Shortfall(
            self.stopped_early,
            tuple(i for i, r in results if r is ExerciseResult.PARTLY),
            tuple(i for i, r in results if r is ExerciseResult.SKIPPED),
        )

    def record(
        self, pain_after: int, now: datetime, note_words: Callable[[Shortfall], str]
    ) -> tuple[Event, RunSummary] | None:
        """The ``Event`` to save: done, with both pain scores and a note of what was not done.

        None before the run started or once it is saved (a second Save records nothing).
        ``note_words`` puts a shortfall into words in the window's language.
        """
        if self.run is None or self.event_id is not None:
            return None
        self.pain_after = pain_after
        summary = self.run.summary(now)
        shortfall = self.shortfall(summary)
        event = Event(
            item=self.activity.id,
            status=EventStatus.DONE,
            scheduled_for=self.scheduled_for,
            at=now,
            pain_before=self.pain_before,
            pain_after=pain_after,
            note=None if shortfall is None else note_words(shortfall),
        )
        return event, summary

    def saved(self, event_id: int, event: Event) -> None:
        """The record is in the database: the summary comes next."""
        self.event_id = event_id
        self.recorded_event = event
        self.stage = Stage.SUMMARY


__all__ = [
    "Caption",
    "Controls",
    "Counters",
    "RingView",
    "RoutineSession",
    "Shortfall",
    "Stage",
    "StopAnswer",
    "controls",
    "countdown_text",
    "counters",
    "ring_view",
]
