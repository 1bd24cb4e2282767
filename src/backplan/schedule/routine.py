"""A guided routine without Qt: the steps of an activity's exercises and a run through them.

The routine player (``backplan.ui.routine``) only shows what is here and forwards the
person's keys and clicks. Everything it decides lives in this module, so it is tested
with plain values and no window:

* :func:`build_steps` turns the clinician's prescription (sets, reps, hold, side) into
  a flat list of :class:`Step` values, rests included;
* :class:`RoutineRun` walks that list. Timing is computed from the instants the caller
  passes in as ``now`` (the end of a hold is a moment in time; what is left is that
  moment minus now), never by counting timer ticks and never by reading the wall clock
  here, so a pause, a slow machine or a late tick cannot make a hold longer or shorter
  than prescribed;
* :mod:`backplan.schedule.routine_session` builds on them: what the screen shows for
  the current step, and the player's whole course up to the ``Event`` that records it.

The player plays the prescription's own numbers. Where the clinician left a number
out it does not borrow the library's "typical dose" (the library says the clinician's
numbers take priority, and a hold the clinician chose not to prescribe must not
appear): no ``hold_seconds`` means reps done at the person's own pace, no ``reps``
means doing it once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from backplan.domain.model import Activity, ExercisePrescription, Side

SET_REST_SECONDS = 30
"""The rest between two sets of one exercise.

Long enough to breathe and let the muscles settle before the next set, short enough
that a fifteen-minute routine still fits in fifteen minutes. The person can skip it.
"""

REP_REST_SECONDS = 5
"""The pause between two reps that each have a hold, and before changing sides.

A hold ends and the next begins; without a few seconds between them the person has no
time to come out of the stretch and go back into it, and would be holding the whole
time. Reps without a hold need no rest: the person presses Done at their own pace.
"""

GET_READY_SECONDS = 10
"""Time to get into position before an exercise whose first rep is a hold.

Otherwise the countdown would start while the person is still getting down onto the
floor or turning over; exercises done at one's own pace start when the person is ready.
"""

MAX_CATCH_UP = timedelta(seconds=1)
"""How late a tick may be for the next step to still start when the last one ended.

A slightly late tick (a busy machine) must not lengthen the routine step after step, so
the next step is timed from the previous one's end. After a long stall (the laptop
slept) that would skip steps nobody saw, so the next step starts now instead.
"""


# --- the sequence ----------------------------------------------------------------------------


class StepKind(StrEnum):
    HOLD = "hold"  # hold a position for a number of seconds
    REP = "rep"  # one repetition at the person's own pace, confirmed with Done
    REST = "rest"  # a timed rest


class RestKind(StrEnum):
    GET_READY = "get_ready"
    BETWEEN_REPS = "between_reps"
    CHANGE_SIDES = "change_sides"
    BETWEEN_SETS = "between_sets"


@dataclass(frozen=True)
class Step:
    """One thing to do (or rest) in a routine.

    ``exercise_index`` points into the activity's ``exercises`` (``None`` for an
    activity that has no exercise list: the whole activity is then one step). For a
    rest, the set, rep and side are those of the step that follows it, so that the
    screen can say what comes next.
    """

    kind: StepKind
    exercise_index: int | None
    seconds: int | None = None  # a hold's or a rest's length; None for a rep
    set_number: int = 1
    sets: int = 1
    rep_number: int = 1
    reps: int = 1
    side: Side | None = None  # Side.LEFT or Side.RIGHT when one side works; None for both
    rest: RestKind | None = None

    @property
    def timed(self) -> bool:
        return self.seconds is not None

    @property
    def is_work(self) -> bool:
        """A hold or a rep: what counts as done or skipped (rests do not)."""
        return self.kind is not StepKind.REST


def _sides(side: Side) -> tuple[Side | None, ...]:
    if side is Side.EACH:
        return (Side.LEFT, Side.RIGHT)  # "each": all the reps on the left, then on the right
    if side in (Side.LEFT, Side.RIGHT):
        return (side,)
    return (None,)


def _rest_before_hold(set_number: int, side_index: int, rep_number: int) -> tuple[RestKind, int] | None:
    """The rest that comes before a hold: between reps, on changing sides, or to get ready
    before the exercise's first hold; none before a later set's first (its set rest came)."""
    if rep_number > 1:
        return RestKind.BETWEEN_REPS, REP_REST_SECONDS
    if side_index > 0:
        return RestKind.CHANGE_SIDES, REP_REST_SECONDS
    if set_number == 1:
        return RestKind.GET_READY, GET_READY_SECONDS
    return None


def _exercise_steps(index: int, ex: ExercisePrescription) -> list[Step]:
    sets = ex.effective_sets
    reps = ex.reps if ex.reps is not None else 1
    hold = ex.hold_seconds
    sides = _sides(ex.effective_side)
    steps: list[Step] = []

    def at(
        kind: StepKind,
        set_number: int,
        rep_number: int,
        side: Side | None,
        seconds: int | None = None,
        rest: RestKind | None = None,
    ) -> Step:
        return Step(kind, index, seconds, set_number, sets, rep_number, reps, side, rest)

    for set_number in range(1, sets + 1):
        if set_number > 1:
            steps.append(at(StepKind.REST, set_number, 1, sides[0], SET_REST_SECONDS, RestKind.BETWEEN_SETS))
        for side_index, side in enumerate(sides):
            for rep_number in range(1, reps + 1):
                if hold is None:
                    steps.append(at(StepKind.REP, set_number, rep_number, side))
                    continue
                rest = _rest_before_hold(set_number, side_index, rep_number)
                if rest is not None:
                    kind, seconds = rest
                    steps.append(at(StepKind.REST, set_number, rep_number, side, seconds, kind))
                steps.append(at(StepKind.HOLD, set_number, rep_number, side, hold))
    return steps


def build_steps(activity: Activity) -> list[Step]:
    """The routine as a flat list of holds, reps and rests, in the order they are done.

    For each exercise, set by set: its reps on one side (or both sides together); for
    ``side: each`` all the reps on the left and then all on the right. A hold gets a
    short rest before every rep but the first, and a longer get-ready rest before the
    exercise starts; sets are separated by :data:`SET_REST_SECONDS`. An activity with
    no exercises (a walk, a therapy session) is one step, done when the person says so.
    """
    if not activity.exercises:
        return [Step(StepKind.REP, exercise_index=None)]
    steps: list[Step] = []
    for index, ex in enumerate(activity.exercises):
        steps += _exercise_steps(index, ex)
    return steps


class Outcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"


class ExerciseResult(StrEnum):
    DONE = "done"  # every hold and rep done
    PARTLY = "partly"  # some done, some skipped or not reached
    SKIPPED = "skipped"  # none done


@dataclass(frozen=True)
class RunSummary:
    """What the person did: for each exercise how it went, and how long it all took."""

    results: tuple[ExerciseResult, ...]  # one per exercise (one for an activity without exercises)
    elapsed: timedelta

    @property
    def done(self) -> int:
        return self.results.count(ExerciseResult.DONE)

    @property
    def partly(self) -> int:
        return self.results.count(ExerciseResult.PARTLY)

    @property
    def skipped(self) -> int:
        return self.results.count(ExerciseResult.SKIPPED)

    @property
    def anything_done(self) -> bool:
        return self.done + self.partly > 0


def _ceil_seconds(delta: timedelta) -> int:
    """Whole seconds left, rounded up: a hold shows 20 at its start and 1 in its last second."""
    return -(-delta // timedelta(seconds=1))


@dataclass
class RoutineRun:
    """Walks a list of steps against a clock that the caller passes in as ``now``.

    A timed step stores the moment it ends; a pause stores what was left and a resume
    sets a new end from it. Every method takes ``now`` so the run is a plain object
    that tests drive with any instants they like.
    """

    steps: tuple[Step, ...]
    started_at: datetime
    index: int = 0
    paused: bool = False
    finished_at: datetime | None = None
    outcomes: dict[int, Outcome] = field(default_factory=dict)
    _step_end: datetime | None = None
    _paused_left: timedelta | None = None

    def __post_init__(self) -> None:
        self.steps = tuple(self.steps)
        if not self.steps:
            raise ValueError("a routine needs at least one step")
        self._begin(self.started_at)

    # --- where we are ------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self.index >= len(self.steps)

    @property
    def current(self) -> Step | None:
        return None if self.finished else self.steps[self.index]

    def remaining(self, now: datetime) -> timedelta | None:
        """Time left in the current hold or rest (frozen while paused); None for a rep."""
        step = self.current
        if step is None or not step.timed:
            return None
        if self.paused:
            assert self._paused_left is not None
            return self._paused_left
        assert self._step_end is not None
        return max(timedelta(0), self._step_end - now)

    def seconds_left(self, now: datetime) -> int | None:
        left = self.remaining(now)
        return None if left is None else _ceil_seconds(left)

    def fraction_left(self, now: datetime) -> float:
        """How much of the current hold or rest is still to come, 1.0 down to 0.0."""
        step = self.current
        left = self.remaining(now)
        if step is None or left is None or not step.seconds:
            return 0.0
        return max(0.0, min(1.0, left / timedelta(seconds=step.seconds)))

    def exercise_bounds(self, exercise_index: int | None) -> tuple[int, int]:
        """The first and one-past-last step index of an exercise (its rests included)."""
        indices = [i for i, s in enumerate(self.steps) if s.exercise_index == exercise_index]
        return indices[0], indices[-1] + 1

    def exercise_count(self) -> int:
        return len(dict.fromkeys(s.exercise_index for s in self.steps))

    # --- moving ------------------------------------------------------------------------

    def _begin(self, at: datetime) -> None:
        step = self.current
        if step is None:
            self.finished_at = at
            self.paused = False
            self._step_end = self._paused_left = None
            return
        if not step.timed:
            # A rep waits for the person anyway: there is nothing to pause.
            self.paused = False
            self._step_end = self._paused_left = None
        elif self.paused:
            self._step_end = None
            self._paused_left = timedelta(seconds=step.seconds or 0)
        else:
            self._step_end = at + timedelta(seconds=step.seconds or 0)
            self._paused_left = None

    def _go(self, index: int, at: datetime) -> None:
        # Everything from the new position on is to be done again (after Back) or
        # is not done yet, so it has no outcome.
        for i in [i for i in self.outcomes if i >= index]:
            del self.outcomes[i]
        self.index = index
        self.finished_at = None
        self._begin(at)

    def _finish_current(self, outcome: Outcome) -> None:
        step = self.current
        if step is not None and step.is_work:
            self.outcomes[self.index] = outcome

    def tick(self, now: datetime) -> bool:
        """Moves past every hold or rest whose end has come; True if the step changed."""
        changed = False
        while True:
            step = self.current
            if step is None or not step.timed or self.paused:
                return changed
            assert self._step_end is not None
            end = self._step_end
            if end > now:
                return changed
            self._finish_current(Outcome.DONE)
            self.index += 1
            self._begin(end if now - end <= MAX_CATCH_UP else now)
            changed = True

    def complete_rep(self, now: datetime) -> bool:
        """The person says the current rep is done; False if the step is not a rep."""
        step = self.current
        if step is None or step.kind is not StepKind.REP:
            return False
        self._finish_current(Outcome.DONE)
        self.index += 1
        self._begin(now)
        return True

    def skip(self, now: datetime) -> None:
        """Leaves the current step undone (a rest is simply cut short)."""
        if self.finished:
            return
        self._finish_current(Outcome.SKIPPED)
        self.index += 1
        self._begin(now)

    def skip_exercise(self, now: datetime) -> None:
        """Leaves the rest of the current exercise undone and goes to the next one."""
        step = self.current
        if step is None:
            return
        _, stop = self.exercise_bounds(step.exercise_index)
        for i in range(self.index, stop):
            if self.steps[i].is_work:
                self.outcomes[i] = Outcome.SKIPPED
        self.index = stop
        self._begin(now)

    def back(self, now: datetime) -> None:
        """Goes to the hold or rep before this one (from a rest: the one just before it).

        On the first hold or rep there is nothing before, so it starts over.
        """
        target = None
        for i in range(min(self.index, len(self.steps)) - 1, -1, -1):
            if self.steps[i].is_work:
                target = i
                break
        if target is None:
            target = 0
        self._go(target, now)

    def pause(self, now: datetime) -> None:
        step = self.current
        if step is None or not step.timed or self.paused:
            return
        self._paused_left = self.remaining(now)
        self._step_end = None
        self.paused = True

    def resume(self, now: datetime) -> None:
        if not self.paused:
            return
        assert self._paused_left is not None
        self._step_end = now + self._paused_left
        self._paused_left = None
        self.paused = False

    def toggle_pause(self, now: datetime) -> None:
        if self.paused:
            self.resume(now)
        else:
            self.pause(now)

    # --- what was done -----------------------------------------------------------------

    def summary(self, now: datetime) -> RunSummary:
        results: list[ExerciseResult] = []
        for exercise_index in dict.fromkeys(s.exercise_index for s in self.steps):
            work = [i for i, s in enumerate(self.steps) if s.exercise_index == exercise_index and s.is_work]
            done = sum(1 for i in work if self.outcomes.get(i) is Outcome.DONE)
            if done == len(work):
                results.append(ExerciseResult.DONE)
            elif done == 0:
                results.append(ExerciseResult.SKIPPED)
            else:
                results.append(ExerciseResult.PARTLY)
        end = self.finished_at if self.finished_at is not None else now
        return RunSummary(tuple(results), max(timedelta(0), end - self.started_at))


__all__ = [
    "GET_READY_SECONDS",
    "MAX_CATCH_UP",
    "REP_REST_SECONDS",
    "SET_REST_SECONDS",
    "ExerciseResult",
    "Outcome",
    "RestKind",
    "RoutineRun",
    "RunSummary",
    "Step",
    "StepKind",
    "build_steps",
]
