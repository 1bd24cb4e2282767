"""The guided routine player: an activity's exercises, one hold or rep at a time.

A person follows it lying on the floor, two metres from the screen, so it shows one
thing at a time in very large type: the countdown ring for a hold or a rest, the rep
being done, the set and the side. Every action has a single key (Space, Enter, the
arrows), so nobody has to get up to reach the mouse.

It is built in two halves:

* a pure part with no Qt in it: :func:`build_steps` turns the clinician's prescription
  into a flat list of :class:`Step` values, and :class:`RoutineRun` walks that list.
  Timing is computed from the clock (the end of a hold is a moment in time; what is
  left is that moment minus now), never by counting timer ticks, so a pause, a slow
  machine or a late tick cannot make a hold longer or shorter than prescribed;
* :class:`RoutinePlayer`, the dialog that shows a run, asks for the pain score before
  and after, and records the activity as done through the services.

The player plays the prescription's own numbers. Where the clinician left a number
out it does not borrow the library's "typical dose" (the library says the clinician's
numbers take priority, and a hold the clinician chose not to prescribe must not
appear): no ``hold_seconds`` means reps done at the person's own pace, no ``reps``
means doing it once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from backplan.domain.clock import Clock
from backplan.domain.model import Activity, Event, EventStatus, ExercisePrescription, Side
from backplan.services.backplan_service import Backplan

from .exercise_library import (
    ExerciseLibrary,
    LibraryEntry,
    LibraryError,
    bundled_library,
    paint_picture,
    svg_renderer,
)
from .screen_fit import keep_on_screen

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

TICK_MILLISECONDS = 150
"""How often the display is refreshed. Only the display: time itself comes from the clock."""

MAX_CATCH_UP = timedelta(seconds=1)
"""How late a tick may be for the next step to still start when the last one ended.

A slightly late tick (a busy machine) must not lengthen the routine step after step, so
the next step is timed from the previous one's end. After a long stall (the laptop
slept) that would skip steps nobody saw, so the next step starts now instead.
"""

GENERAL_CAUTION = "Stop an exercise if it causes severe pain or pain that spreads, and tell your clinician."


W = TypeVar("W", bound=QWidget)


def tr(text: str) -> str:
    return QCoreApplication.translate("routine_player", text)


# --- the sequence, without Qt ----------------------------------------------------------------


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
                if rep_number > 1:
                    steps.append(
                        at(
                            StepKind.REST,
                            set_number,
                            rep_number,
                            side,
                            REP_REST_SECONDS,
                            RestKind.BETWEEN_REPS,
                        )
                    )
                elif side_index > 0:
                    steps.append(
                        at(
                            StepKind.REST,
                            set_number,
                            rep_number,
                            side,
                            REP_REST_SECONDS,
                            RestKind.CHANGE_SIDES,
                        )
                    )
                elif set_number == 1:
                    steps.append(
                        at(StepKind.REST, set_number, rep_number, side, GET_READY_SECONDS, RestKind.GET_READY)
                    )
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


# --- wording ---------------------------------------------------------------------------------


def side_text(side: Side | None) -> str:
    if side is Side.LEFT:
        return tr("Left side")
    if side is Side.RIGHT:
        return tr("Right side")
    return ""


def duration_text(delta: timedelta) -> str:
    total = int(delta.total_seconds())
    minutes, seconds = divmod(total, 60)
    if minutes == 0:
        return tr("{s} s").format(s=seconds)
    return tr("{m} min {s} s").format(m=minutes, s=seconds)


def countdown_text(seconds: int) -> str:
    """A hold's digits: plain seconds up to a minute, then minutes and seconds."""
    if seconds < 60:
        return str(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1.0 - share_of_b
    return QColor(
        round(a.red() * keep + b.red() * share_of_b),
        round(a.green() * keep + b.green() * share_of_b),
        round(a.blue() * keep + b.blue() * share_of_b),
    )


# --- widgets ---------------------------------------------------------------------------------


class KeyboardFocusFrame(QWidget):
    """A widget that draws a focus frame when it was reached from the keyboard.

    The ring and the pain scale hold the focus most of the time (so that single keys
    reach the player); a frame around them all the time would be clutter, but someone
    who tabs to them must see where they are.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keyboard_focus = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        ):
            self._keyboard_focus = True
        elif reason in (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.OtherFocusReason):
            self._keyboard_focus = False
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
            self._keyboard_focus = False
        self.update()

    def shows_focus_frame(self) -> bool:
        return self._keyboard_focus and self.hasFocus()

    def paint_focus_frame(self, painter: QPainter) -> None:
        if not self.shows_focus_frame():
            return
        painter.save()
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.restore()


class CountdownRing(KeyboardFocusFrame):
    """The big clock: a ring that empties as a hold or rest runs down, digits in its middle.

    Painted rather than built from labels so the digits can fill the ring at any window
    size: they are sized from the ring, which is sized from the window, and the ring is
    never smaller than a size taken from the text size setting. Colours are palette
    roles (highlight for a hold, a quieter mix for a rest), so a dark desktop works.
    It also shows a rep ("4" and "of 10") when the step has no timer.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._big = ""
        self._caption = ""
        self._fraction = 0.0
        self._rest = False
        self._paused = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys reach the player through it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Countdown"))

    def minimumSizeHint(self) -> QSize:
        # Small enough that the player fits a laptop screen at 175 % text; the layout
        # gives the ring whatever room is left, which is far more than this.
        side = math.ceil(QFontMetricsF(self.font()).height() * 10)
        return QSize(side, side)

    def sizeHint(self) -> QSize:
        # 26 lines of text: about 360 px at a 10 pt font, so digits of 96 pt and more.
        side = math.ceil(QFontMetricsF(self.font()).height() * 26)
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:
        return False

    def set_state(self, big: str, caption: str, fraction: float, *, rest: bool, paused: bool) -> None:
        if (big, caption, fraction, rest, paused) == (
            self._big,
            self._caption,
            self._fraction,
            self._rest,
            self._paused,
        ):
            return
        spoken_changed = (big, caption) != (self._big, self._caption)
        self._big, self._caption, self._fraction = big, caption, fraction
        self._rest, self._paused = rest, paused
        if spoken_changed:
            # Once a second at most, so a screen reader is not flooded.
            self.setAccessibleDescription(f"{big} {caption}".strip())
        self.update()

    @property
    def big_text(self) -> str:
        return self._big

    @property
    def caption(self) -> str:
        return self._caption

    @property
    def fraction(self) -> float:
        return self._fraction

    def digit_pixel_size(self) -> float:
        """The height of the digits in pixels, as painted at the current size."""
        return self._ring_rect().height() * 0.45

    def _ring_rect(self) -> QRectF:
        side = min(self.width(), self.height())
        pen = side * 0.075
        inner = side - pen - 4
        return QRectF((self.width() - inner) / 2, (self.height() - inner) / 2, inner, inner)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        back = palette.color(QPalette.ColorRole.Window)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        track = _mix(back, text, 0.14)
        active = _mix(highlight, back, 0.45) if self._rest else highlight
        digits = _mix(text, back, 0.35) if self._paused else text

        rect = self._ring_rect()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen_width = max(6.0, rect.width() * 0.075)
        pen = QPen(track, pen_width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawArc(rect, 0, 360 * 16)
        if self._fraction > 0:
            pen = QPen(active, pen_width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # From twelve o'clock, clockwise (negative span), shrinking as time runs out.
            painter.drawArc(rect, 90 * 16, -round(360 * 16 * self._fraction))

        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(8, round(self.digit_pixel_size())))
        metrics = QFontMetricsF(font)
        allowed = rect.width() * 0.72
        width = metrics.horizontalAdvance(self._big)
        if width > allowed:  # "12:30" or a long word: shrink to fit inside the ring
            font.setPixelSize(max(8, math.floor(font.pixelSize() * allowed / width)))
            metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(digits)
        digit_box = QRectF(
            rect.x(), rect.center().y() - metrics.height() * 0.62, rect.width(), metrics.height()
        )
        painter.drawText(digit_box, Qt.AlignmentFlag.AlignCenter, self._big)

        caption_font = QFont(self.font())
        caption_font.setPixelSize(max(8, round(rect.height() * 0.085)))
        caption_metrics = QFontMetricsF(caption_font)
        if caption_metrics.horizontalAdvance(self._caption) > rect.width() * 0.7:
            caption_font.setPixelSize(
                max(
                    8,
                    math.floor(
                        caption_font.pixelSize()
                        * rect.width()
                        * 0.7
                        / caption_metrics.horizontalAdvance(self._caption)
                    ),
                )
            )
        painter.setFont(caption_font)
        painter.setPen(text)
        caption_box = QRectF(
            rect.x(),
            digit_box.bottom() - metrics.height() * 0.05,
            rect.width(),
            QFontMetricsF(caption_font).height() * 1.3,
        )
        painter.drawText(
            caption_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._caption
        )

        self.paint_focus_frame(painter)
        painter.end()


class PictureView(QWidget):
    """The exercise's drawing, as large as the space allows, at its own proportions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: LibraryEntry | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_entry(self, entry: LibraryEntry | None) -> None:
        self._entry = entry
        self.setAccessibleName(tr("Picture: {name}").format(name=entry.name) if entry else "")
        self.update()

    def has_picture(self) -> bool:
        return self._entry is not None and svg_renderer(self._entry) is not None

    def minimumSizeHint(self) -> QSize:
        height = round(QFontMetricsF(self.font()).height() * 6)
        return QSize(height * 2, height)

    def sizeHint(self) -> QSize:
        height = round(QFontMetricsF(self.font()).height() * 16)
        return QSize(height * 2, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        renderer = svg_renderer(self._entry) if self._entry is not None else None
        if renderer is None:
            return
        painter = QPainter(self)
        paint_picture(painter, renderer, QRectF(self.rect()).adjusted(2, 2, -2, -2))
        painter.end()


class PainScale(KeyboardFocusFrame):
    """Pain 0-10 as eleven large buttons, and from the keyboard.

    Digits choose a score ("1" then "0" gives 10), the arrow keys move it, and the
    buttons can be clicked or tapped. The scale itself takes the focus rather than
    each button, so Tab does not have to walk eleven buttons to get past it.
    """

    changed = Signal(int)

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._typed = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(question)
        self.setAccessibleDescription(
            tr("0 is no pain, 10 is the worst pain you can imagine. Type a number.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        row.setSpacing(6)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        for score in range(11):
            button = QPushButton(str(score), self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(tr("Pain {n}").format(n=score))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._group.addButton(button, score)
            self.buttons.append(button)
            row.addWidget(button)
        # The chosen score must be plain from across the room: the palette's highlight,
        # not the style's faint "pressed" shade.
        self.setStyleSheet(
            "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
            " border: 2px solid palette(highlight); border-radius: 4px; }"
        )
        self._group.idClicked.connect(self._clicked)
        layout.addLayout(row)
        ends = QHBoxLayout()
        self._low = QLabel(tr("0 = no pain"), self)
        self._high = QLabel(tr("10 = worst pain you can imagine"), self)
        self._high.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(self._low)
        ends.addStretch(1)
        ends.addWidget(self._high)
        layout.addLayout(ends)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value
        if value is None:
            self._group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self._group.setExclusive(True)
            self.setAccessibleDescription(tr("Nothing chosen yet"))
            return
        self.buttons[value].setChecked(True)
        self.setAccessibleDescription(tr("Chosen: {n} out of 10").format(n=value))
        self.changed.emit(value)

    def _clicked(self, score: int) -> None:
        self._typed = ""
        self.set_value(score)

    def apply_scale(self, base: QFont) -> None:
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * 1.6)
        font.setBold(True)
        metrics = QFontMetricsF(font)
        height = round(metrics.height() * 1.9)
        for button in self.buttons:
            button.setFont(font)
            button.setMinimumHeight(height)
            # Narrow enough for eleven in a row on a laptop at 175 % text.
            button.setMinimumWidth(round(metrics.horizontalAdvance("10") * 1.4))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if text.isdigit() and len(text) == 1:
            value = 10 if self._typed == "1" and text == "0" else int(text)
            self._typed = text
            self.set_value(value)
            return
        self._typed = ""
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.set_value(0 if current is None else min(10, current + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.set_value(0 if current is None else max(0, current - 1))
        elif key == Qt.Key.Key_Home:
            self.set_value(0)
        elif key == Qt.Key.Key_End:
            self.set_value(10)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)  # the buttons take no focus, so the scale shows it
        self.paint_focus_frame(painter)
        painter.end()


def _label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """Plain text only: names and notes come from a plan file and must never be read as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


class Page(StrEnum):
    PAIN_BEFORE = "pain_before"
    EXERCISE = "exercise"
    PAIN_AFTER = "pain_after"
    SUMMARY = "summary"
    STOP = "stop"


# --- the dialog -----------------------------------------------------------------------------


class RoutinePlayer(QDialog):
    """Plays one activity's routine and records it as done.

    Open it without blocking (``open()`` or ``show()``); it asks the pain score,
    plays the steps, asks the pain score again, records an ``Event`` with status done
    through ``services.record_event`` and shows a summary. ``recorded`` is emitted
    with the new event's id; the dialog is accepted when closed after recording and
    rejected when closed without.

    Closing before the end asks first (on a page of its own, not a modal box): keep
    going, stop and record what was done (with the pain score after, which matters
    most when someone stops because it hurt), or stop without recording anything.
    """

    recorded = Signal(int)

    def __init__(
        self,
        services: Backplan,
        patient_id: int,
        activity_id: str,
        scheduled_for: datetime | None,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        library: ExerciseLibrary | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._patient_id = patient_id
        self._scheduled_for = scheduled_for
        self._clock = clock
        doc = services.document(patient_id, with_history=False)
        found = [a for a in doc.all_activities() if a.id == activity_id]
        if not found:
            raise LookupError(f"no activity {activity_id!r} in this patient's plan")
        self.activity: Activity = found[0]
        if library is None:
            try:
                library = bundled_library()
            except LibraryError:
                library = None  # show names and clinician's text; no pictures or library steps
        self._library = library
        self.steps: list[Step] = build_steps(self.activity)
        self.run: RoutineRun | None = None
        self.pain_before: int | None = None
        self.pain_after: int | None = None
        self.event_id: int | None = None
        self.recorded_event: Event | None = None  # what was recorded, for the window's undo
        self._stopped_early = False
        self._shown_index: int | None = None
        self._return_page: Page = Page.PAIN_BEFORE
        self._was_paused = False
        self._scaled: list[tuple[QWidget, float, bool]] = []

        self.setWindowTitle(tr("Routine: {title}").format(title=self.activity.title))
        self.setAccessibleName(self.windowTitle())
        self.setModal(False)
        self.setSizeGripEnabled(True)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MILLISECONDS)
        self._timer.timeout.connect(self.tick)

        self._stack = QStackedWidget(self)
        self._pages: dict[Page, QWidget] = {
            Page.PAIN_BEFORE: self._build_pain_before(),
            Page.EXERCISE: self._build_exercise(),
            Page.PAIN_AFTER: self._build_pain_after(),
            Page.SUMMARY: self._build_summary(),
            Page.STOP: self._build_stop(),
        }
        for page in self._pages.values():
            self._stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        self._apply_fonts()
        self._show_page(Page.PAIN_BEFORE)
        self._sized = False

    # --- sizes and fonts ---------------------------------------------------------------

    def _scale(self, widget: W, factor: float, bold: bool = False) -> W:
        """Remembers a widget's size relative to the dialog's font, so text size changes follow."""
        self._scaled.append((widget, factor, bold))
        return widget

    def _apply_fonts(self) -> None:
        base = self.font()
        for widget, factor, bold in self._scaled:
            font = QFont(base)
            font.setPointSizeF(max(1.0, base.pointSizeF() * factor))
            font.setBold(bold)
            widget.setFont(font)
        for scale in (self.pain_before_scale, self.pain_after_scale):
            scale.apply_scale(base)
        button_font = QFont(base)
        button_font.setPointSizeF(base.pointSizeF() * 1.25)
        height = round(QFontMetricsF(button_font).height() * 2.2)
        for button in self.findChildren(QPushButton):
            if button in self.pain_before_scale.buttons or button in self.pain_after_scale.buttons:
                continue
            button.setFont(button_font)
            button.setMinimumHeight(height)
            button.setIconSize(QSize(round(height * 0.45), round(height * 0.45)))

    def showEvent(self, event: QShowEvent) -> None:
        # Sized when first shown, once the layouts have measured the scaled fonts.
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._initial_size()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange) and self._scaled:
            self._apply_fonts()

    def _initial_size(self) -> None:
        """Large by default (it is read from the floor), never larger than the screen."""
        layout = self.layout()
        if layout is not None:  # measure again: the scaled fonts and style came after the first measure
            layout.invalidate()
            layout.activate()
        em = QFontMetricsF(self.font()).height()
        width, height = round(em * 80), round(em * 54)
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, round(available.width() * 0.95))
            height = min(height, round(available.height() * 0.95))
        self.resize(width, height)
        # Placed before it was sized (over its parent): moved back onto the screen whole.
        keep_on_screen(self)

    # --- pages -------------------------------------------------------------------------

    def _page_frame(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        em = round(QFontMetricsF(self.font()).height())
        layout.setContentsMargins(em * 2, em * 2, em * 2, em * 2)
        layout.setSpacing(em)
        return page, layout

    def _button(
        self, text: str, name: str, icon: QStyle.StandardPixmap | None = None, tip: str = ""
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        if tip:
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
        if icon is not None:
            button.setIcon(self.style().standardIcon(icon))
        return button

    def _build_pain_before(self) -> QWidget:
        page, layout = self._page_frame()
        title = self._scale(_label(self.activity.title, page), 2.0, True)
        layout.addWidget(title)
        count = len(self.activity.exercises)
        intro = (
            tr("{n} exercises, about {m} minutes.").format(n=count, m=self.activity.duration_minutes)
            if count
            else tr("About {m} minutes.").format(m=self.activity.duration_minutes)
        )
        layout.addWidget(self._scale(_label(intro, page), 1.3))
        if self.activity.notes:
            layout.addWidget(self._scale(_label(self.activity.notes, page), 1.2))
        layout.addStretch(1)
        question = tr("How is your pain right now?")
        layout.addWidget(self._scale(_label(question, page), 1.7, True))
        self.pain_before_scale = PainScale(question, page)
        layout.addWidget(self.pain_before_scale)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.cancel_button = self._button(
            tr("Not now"), tr("Close without starting"), QStyle.StandardPixmap.SP_DialogCloseButton
        )
        self.cancel_button.clicked.connect(self.reject)
        self.start_button = self._button(
            tr("Start"),
            tr("Start the routine"),
            QStyle.StandardPixmap.SP_MediaPlay,
            tr("Choose your pain score first (type a number), then press Enter"),
        )
        self.start_button.setEnabled(False)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.pain_before_scale.changed.connect(lambda _v: self.start_button.setEnabled(True))
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        return page

    def _build_exercise(self) -> QWidget:
        page, layout = self._page_frame()
        em = round(QFontMetricsF(self.font()).height())
        layout.setContentsMargins(em * 3 // 2, em, em * 3 // 2, em)

        header = QHBoxLayout()
        self.exercise_title = self._scale(_label("", page), 2.0, True)
        self.exercise_count = self._scale(_label("", page, wrap=False), 1.3)
        self.exercise_count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.exercise_title, 1)
        header.addWidget(self.exercise_count)
        layout.addLayout(header)

        # Left: what the exercise is (picture, cautions, steps), read up close before
        # lying down. Right: the clock and the counters, read from the floor.
        middle = QHBoxLayout()
        middle.setSpacing(em * 2)
        left = QVBoxLayout()
        left.setSpacing(em // 2)
        self.visual = QStackedWidget(page)
        self.picture = PictureView(self.visual)
        self.custom_card = QFrame(self.visual)
        self.custom_card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(self.custom_card)
        card_layout.setContentsMargins(em, em, em, em)
        self.custom_name = self._scale(_label("", self.custom_card), 2.2, True)
        self.custom_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.custom_text = self._scale(_label("", self.custom_card), 1.4)
        self.custom_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card_layout.addStretch(1)
        card_layout.addWidget(self.custom_name)
        card_layout.addWidget(self.custom_text)
        card_layout.addStretch(1)
        self.visual.addWidget(self.picture)
        self.visual.addWidget(self.custom_card)
        left.addWidget(self.visual, 3)

        # The cautions and steps may scroll, so that at a large text size the clock keeps
        # its room; the cautions come first, so they are in sight without scrolling.
        self.details_area = QScrollArea(page)
        self.details_area.setFrameShape(QFrame.Shape.NoFrame)
        self.details_area.setWidgetResizable(True)
        self.details_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_area.setMinimumHeight(em * 3)
        self.details_area.viewport().setAutoFillBackground(False)
        details_widget = QWidget(self.details_area)
        details_widget.setAutoFillBackground(False)
        details = QVBoxLayout(details_widget)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(em // 3)
        # A tint from the palette marks the cautions without the alarm of red.
        self.care_frame = QFrame(details_widget)
        self.care_frame.setAutoFillBackground(True)
        care_palette = self.care_frame.palette()
        care_palette.setColor(
            QPalette.ColorRole.Window,
            _mix(
                care_palette.color(QPalette.ColorRole.Window),
                care_palette.color(QPalette.ColorRole.Highlight),
                0.13,
            ),
        )
        self.care_frame.setPalette(care_palette)
        care_layout = QVBoxLayout(self.care_frame)
        care_layout.setContentsMargins(em * 2 // 3, em // 2, em * 2 // 3, em // 2)
        care_layout.setSpacing(em // 4)
        self.care_title = self._scale(_label(tr("Take care"), self.care_frame), 1.15, True)
        self.cautions_label = self._scale(_label("", self.care_frame), 1.05)
        self.cautions_label.setAccessibleName(tr("Take care"))
        care_layout.addWidget(self.care_title)
        care_layout.addWidget(self.cautions_label)
        details.addWidget(self.care_frame)

        self.steps_title = self._scale(_label(tr("How to do it"), details_widget), 1.15, True)
        self.steps_label = self._scale(_label("", details_widget), 1.05)
        self.steps_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.steps_label.setAccessibleName(tr("How to do it"))
        details.addWidget(self.steps_title)
        details.addWidget(self.steps_label)
        details.addStretch(1)
        self.details_area.setWidget(details_widget)
        left.addWidget(self.details_area, 3)
        middle.addLayout(left, 11)

        right = QVBoxLayout()
        right.setSpacing(em // 2)
        self.ring = CountdownRing(page)
        right.addWidget(self.ring, 1)
        # Set, rep and side: the second thing read from the floor, after the digits.
        self.set_label = self._scale(_label("", page, wrap=False), 2.4, True)
        self.rep_label = self._scale(_label("", page, wrap=False), 2.4, True)
        self.side_label = self._scale(_label("", page, wrap=False), 2.4, True)
        for label in (self.set_label, self.rep_label, self.side_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            right.addWidget(label)
        middle.addLayout(right, 9)
        layout.addLayout(middle, 1)

        controls = QHBoxLayout()
        controls.setSpacing(em // 2)
        sp = QStyle.StandardPixmap
        self.back_button = self._button(
            tr("Back"), tr("Back to the previous rep"), sp.SP_MediaSeekBackward, tr("Left arrow or P")
        )
        self.pause_button = self._button(tr("Pause"), tr("Pause"), sp.SP_MediaPause, tr("Space"))
        self.done_button = self._button(
            tr("Done"), tr("This rep is done"), sp.SP_DialogApplyButton, tr("Enter")
        )
        self.skip_button = self._button(
            tr("Skip"), tr("Skip this step"), sp.SP_MediaSkipForward, tr("Right arrow or N")
        )
        self.next_exercise_button = self._button(
            tr("Next exercise"), tr("Skip to the next exercise"), sp.SP_MediaSeekForward, tr("Page Down")
        )
        self.stop_button = self._button(tr("Stop"), tr("Stop the routine"), sp.SP_MediaStop, tr("Escape"))
        self.back_button.clicked.connect(self.back)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.done_button.clicked.connect(self.complete_rep)
        self.skip_button.clicked.connect(self.skip)
        self.next_exercise_button.clicked.connect(self.skip_exercise)
        self.stop_button.clicked.connect(self.reject)
        for button in (
            self.back_button,
            self.pause_button,
            self.done_button,
            self.skip_button,
            self.next_exercise_button,
        ):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.stop_button)
        layout.addLayout(controls)
        self.key_hint = self._scale(
            _label(
                tr("Keys: Space pause · Enter done · → skip · ← back · Page Down next exercise · Esc stop"),
                page,
            ),
            0.95,
        )
        layout.addWidget(self.key_hint)
        return page

    def _build_pain_after(self) -> QWidget:
        page, layout = self._page_frame()
        self.after_title = self._scale(_label(tr("Finished"), page), 2.0, True)
        layout.addWidget(self.after_title)
        layout.addStretch(1)
        question = tr("How is your pain now?")
        layout.addWidget(self._scale(_label(question, page), 1.7, True))
        self.pain_after_scale = PainScale(question, page)
        layout.addWidget(self.pain_after_scale)
        self.record_error = self._scale(_label("", page), 1.1, True)
        layout.addWidget(self.record_error)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.save_button = self._button(
            tr("Save"),
            tr("Save the routine as done"),
            QStyle.StandardPixmap.SP_DialogSaveButton,
            tr("Choose your pain score first (type a number), then press Enter"),
        )
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.pain_after_scale.changed.connect(lambda _v: self.save_button.setEnabled(True))
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        return page

    def _centred_column(self, page: QWidget, layout: QVBoxLayout, width_em: float) -> QVBoxLayout:
        """A column of at most ``width_em`` lines' width in the middle of the page.

        Short messages and big buttons read better as one centred block than spread
        across a wide window.
        """
        em = QFontMetricsF(self.font()).height()
        row = QHBoxLayout()
        column_widget = QWidget(page)
        column_widget.setMaximumWidth(round(em * width_em))
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(round(em * 0.8))
        row.addStretch(1)
        row.addWidget(column_widget, 10)
        row.addStretch(1)
        layout.addLayout(row)
        return column

    def _build_summary(self) -> QWidget:
        page, layout = self._page_frame()
        layout.addStretch(1)
        column = self._centred_column(page, layout, 40)
        self.summary_title = self._scale(_label(tr("Well done!"), page), 2.8, True)
        self.summary_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.summary_title)
        self.summary_label = self._scale(_label("", page), 1.6)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_label.setAccessibleName(tr("Summary"))
        column.addWidget(self.summary_label)
        self.summary_exercises = self._scale(_label("", page), 1.25)
        self.summary_exercises.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_exercises.setAccessibleName(tr("Exercises"))
        column.addWidget(self.summary_exercises)
        layout.addStretch(2)
        row = QHBoxLayout()
        self.close_button = self._button(
            tr("Close"), tr("Close the routine"), QStyle.StandardPixmap.SP_DialogCloseButton
        )
        self.close_button.clicked.connect(self.accept)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        return page

    def _build_stop(self) -> QWidget:
        page, layout = self._page_frame()
        layout.addStretch(1)
        column = self._centred_column(page, layout, 34)
        title = self._scale(_label(tr("Stop the routine?"), page), 2.2, True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        self.stop_text = self._scale(_label("", page), 1.4)
        self.stop_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.stop_text)
        column.addSpacing(round(QFontMetricsF(self.font()).height()))
        sp = QStyle.StandardPixmap
        self.keep_going_button = self._button(
            tr("Keep going"), tr("Keep going with the routine"), sp.SP_MediaPlay, tr("Escape")
        )
        self.record_so_far_button = self._button(
            tr("Stop and record what I did"), tr("Stop and record what I did"), sp.SP_DialogSaveButton
        )
        self.discard_button = self._button(
            tr("Stop without recording"), tr("Stop without recording"), sp.SP_DialogDiscardButton
        )
        self.keep_going_button.clicked.connect(self.keep_going)
        self.record_so_far_button.clicked.connect(self.stop_and_record)
        self.discard_button.clicked.connect(self.discard)
        for button in (self.keep_going_button, self.record_so_far_button, self.discard_button):
            column.addWidget(button)
        layout.addStretch(2)
        return page

    # --- showing -----------------------------------------------------------------------

    @property
    def page(self) -> Page:
        current = self._stack.currentWidget()
        return next(name for name, widget in self._pages.items() if widget is current)

    def _show_page(self, page: Page) -> None:
        self._stack.setCurrentWidget(self._pages[page])
        focus: QWidget = {
            Page.PAIN_BEFORE: self.pain_before_scale,
            Page.EXERCISE: self.ring,
            Page.PAIN_AFTER: self.pain_after_scale,
            Page.SUMMARY: self.close_button,
            Page.STOP: self.keep_going_button,
        }[page]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if page is Page.EXERCISE:
            self._timer.start()
        else:
            self._timer.stop()

    def _exercise(self, step: Step) -> ExercisePrescription | None:
        if step.exercise_index is None:
            return None
        return self.activity.exercises[step.exercise_index]

    def _entry(self, ex: ExercisePrescription | None) -> LibraryEntry | None:
        if ex is None or ex.custom is not None or self._library is None:
            return None
        return self._library.get(ex.exercise)

    def _exercise_name(self, ex: ExercisePrescription | None) -> str:
        if ex is None:
            return self.activity.title
        if ex.custom is not None:
            return ex.custom.name
        entry = self._entry(ex)
        return entry.name if entry is not None else ex.exercise

    def _show_exercise(self, step: Step) -> None:
        """Fills in what stays the same for the whole exercise: name, picture, steps, cautions."""
        ex = self._exercise(step)
        entry = self._entry(ex)
        name = self._exercise_name(ex)
        self.exercise_title.setText(name)
        self.exercise_title.setAccessibleName(name)
        assert self.run is not None
        total = self.run.exercise_count()
        number = (step.exercise_index or 0) + 1
        self.exercise_count.setText(
            tr("Exercise {n} of {total}").format(n=number, total=total) if total > 1 else ""
        )

        self.picture.set_entry(entry)
        if entry is not None and self.picture.has_picture():
            self.visual.setCurrentWidget(self.picture)
        else:
            self.custom_name.setText(name)
            self.custom_text.setText(
                ex.custom.instructions
                if ex is not None and ex.custom is not None
                else (self.activity.notes or "")
            )
            self.visual.setCurrentWidget(self.custom_card)
        if entry is not None:
            steps_text = "\n".join(f"{i}. {text}" for i, text in enumerate(entry.steps, start=1))
        elif ex is not None and ex.custom is not None:
            steps_text = ex.custom.instructions
        else:
            steps_text = self.activity.notes or tr("Press Done when you have finished.")
        self.steps_label.setText(steps_text)
        cautions = list(entry.cautions) if entry is not None else [tr(GENERAL_CAUTION)]
        care = [f"• {c}" for c in cautions]
        if ex is not None and ex.notes:
            care.insert(0, tr("From your clinician: {note}").format(note=ex.notes))
        self.cautions_label.setText("\n".join(care))

    def _refresh(self) -> None:
        """Brings the exercise page up to date with the run: counters when the step changes,
        the ring on every tick."""
        run = self.run
        if run is None or run.finished:
            return
        step = run.current
        assert step is not None
        now = self._clock.now()
        if self._shown_index != run.index:
            previous = self.steps[self._shown_index] if self._shown_index is not None else None
            if previous is None or previous.exercise_index != step.exercise_index:
                self._show_exercise(step)
            self._shown_index = run.index
            self._show_counters(step)
        if step.timed:
            seconds = run.seconds_left(now) or 0
            caption = self._rest_caption(step) if step.kind is StepKind.REST else tr("Hold")
            if run.paused:
                caption = tr("Paused")
            self.ring.set_state(
                countdown_text(seconds),
                caption,
                run.fraction_left(now),
                rest=step.kind is StepKind.REST,
                paused=run.paused,
            )
        elif step.reps > 1:
            self.ring.set_state(
                str(step.rep_number),
                tr("of {n}").format(n=step.reps),
                (step.rep_number - 1) / step.reps,
                rest=False,
                paused=False,
            )
        else:
            self.ring.set_state("✓", tr("Press Done when finished"), 0.0, rest=False, paused=False)
        self.pause_button.setEnabled(step.timed)
        self.done_button.setEnabled(step.kind is StepKind.REP)
        self.done_button.setDefault(step.kind is StepKind.REP)  # drawn as the main action
        self.pause_button.setText(tr("Resume") if run.paused else tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())
        self.pause_button.setIcon(
            self.style().standardIcon(
                QStyle.StandardPixmap.SP_MediaPlay if run.paused else QStyle.StandardPixmap.SP_MediaPause
            )
        )
        self.next_exercise_button.setEnabled(run.exercise_count() > 1)

    def _rest_caption(self, step: Step) -> str:
        if step.rest is RestKind.GET_READY:
            return tr("Get ready")
        if step.rest is RestKind.CHANGE_SIDES:
            return tr("Change sides")
        return tr("Rest")

    def _show_counters(self, step: Step) -> None:
        """Set, rep and side, each on its own line and only when there is a choice to tell.

        During a rest they describe what comes next ("Next: Set 2 of 2").
        """
        rest = step.kind is StepKind.REST
        set_text = (
            tr("Set {n} of {total}").format(n=step.set_number, total=step.sets) if step.sets > 1 else ""
        )
        rep_text = (
            tr("Rep {n} of {total}").format(n=step.rep_number, total=step.reps) if step.reps > 1 else ""
        )
        if step.rest is RestKind.BETWEEN_SETS:
            rep_text = ""  # a new set starts at rep 1: the set is the news
        texts = [set_text, rep_text, side_text(step.side)]
        if rest:
            first = next((i for i, text in enumerate(texts) if text), None)
            if first is not None:
                texts[first] = tr("Next: {what}").format(what=texts[first])
        for label, text in zip((self.set_label, self.rep_label, self.side_label), texts, strict=True):
            label.setText(text)
            label.setVisible(bool(text))
            label.setAccessibleName(text)

    # --- actions -----------------------------------------------------------------------

    def start(self) -> None:
        """Leaves the pain question and starts the first step."""
        value = self.pain_before_scale.value()
        if value is None:
            return
        self.pain_before = value
        self.run = RoutineRun(tuple(self.steps), started_at=self._clock.now())
        self._shown_index = None
        self._show_page(Page.EXERCISE)
        self._refresh()

    def tick(self) -> None:
        """Catches up with the clock: called by the timer, and by tests after moving a FixedClock."""
        if self.run is None or self.page is not Page.EXERCISE:
            return
        self.run.tick(self._clock.now())
        self._after_move()

    def _after_move(self) -> None:
        assert self.run is not None
        if self.run.finished:
            self._to_pain_after()
        else:
            self._refresh()

    def toggle_pause(self) -> None:
        if self.run is None or self.page is not Page.EXERCISE:
            return
        self.run.tick(self._clock.now())
        self.run.toggle_pause(self._clock.now())
        self._after_move()

    def skip(self) -> None:
        if self.run is None or self.page is not Page.EXERCISE:
            return
        self.run.skip(self._clock.now())
        self._after_move()

    def skip_exercise(self) -> None:
        if self.run is None or self.page is not Page.EXERCISE:
            return
        self.run.skip_exercise(self._clock.now())
        self._after_move()

    def back(self) -> None:
        if self.run is None or self.page is not Page.EXERCISE:
            return
        self.run.back(self._clock.now())
        self._shown_index = None
        self._after_move()

    def complete_rep(self) -> None:
        if self.run is None or self.page is not Page.EXERCISE:
            return
        if self.run.complete_rep(self._clock.now()):
            self._after_move()

    def _to_pain_after(self) -> None:
        assert self.run is not None
        self.after_title.setText(tr("Stopped early") if self._stopped_early else tr("Finished"))
        self._show_page(Page.PAIN_AFTER)

    def save(self) -> None:
        """Records the activity as done with both pain scores, then shows the summary."""
        value = self.pain_after_scale.value()
        if value is None or self.run is None or self.event_id is not None:
            return
        self.pain_after = value
        now = self._clock.now()
        summary = self.run.summary(now)
        event = Event(
            item=self.activity.id,
            status=EventStatus.DONE,
            scheduled_for=self._scheduled_for,
            at=now,
            pain_before=self.pain_before,
            pain_after=self.pain_after,
            note=self._event_note(summary),
        )
        try:
            self.event_id = self._services.record_event(self._patient_id, event)
        except Exception as exc:  # the database or a rule refused: say so, keep what was entered
            self.record_error.setText(tr("This could not be saved: {reason}").format(reason=exc))
            return
        self.recorded_event = event
        self._show_summary(summary)
        self.recorded.emit(self.event_id)

    def _event_note(self, summary: RunSummary) -> str | None:
        """A line for the record when not everything was done, so the clinician sees it."""
        if not self.activity.exercises or (summary.partly == 0 and summary.skipped == 0):
            return None
        names = [self._exercise_name(ex) for ex in self.activity.exercises]
        skipped = [n for n, r in zip(names, summary.results, strict=True) if r is ExerciseResult.SKIPPED]
        partly = [n for n, r in zip(names, summary.results, strict=True) if r is ExerciseResult.PARTLY]
        parts = []
        if self._stopped_early:
            parts.append(tr("Stopped early."))
        if partly:
            parts.append(tr("Partly done: {names}.").format(names=", ".join(partly)))
        if skipped:
            parts.append(tr("Skipped: {names}.").format(names=", ".join(skipped)))
        return " ".join(parts)

    def _show_summary(self, summary: RunSummary) -> None:
        lines = [tr("Time taken: {time}").format(time=duration_text(summary.elapsed))]
        if self.activity.exercises:
            total = len(summary.results)
            lines.append(tr("Exercises done: {done} of {total}").format(done=summary.done, total=total))
        lines.append(
            tr("Pain: {before} before, {after} after").format(before=self.pain_before, after=self.pain_after)
        )
        self.summary_label.setText("\n".join(lines))
        words = {
            ExerciseResult.DONE: tr("✓ {name}"),
            ExerciseResult.PARTLY: tr("◐ {name} (partly done)"),
            ExerciseResult.SKIPPED: tr("– {name} (skipped)"),
        }
        per_exercise = [
            words[result].format(name=self._exercise_name(ex))
            for ex, result in zip(self.activity.exercises, summary.results, strict=False)
        ]
        self.summary_exercises.setText("\n".join(per_exercise))
        self.summary_exercises.setVisible(bool(per_exercise))
        self.summary_title.setText(tr("Well done!") if summary.anything_done else tr("Saved"))
        self._show_page(Page.SUMMARY)

    # --- stopping early ------------------------------------------------------------------

    def _needs_confirmation(self) -> bool:
        return self.page in (Page.EXERCISE, Page.PAIN_AFTER)

    def reject(self) -> None:
        """Escape, Stop and the window's close button: ask before losing a routine under way."""
        if self.page is Page.STOP:
            self.keep_going()
            return
        if self.page is Page.SUMMARY:  # the routine is recorded: closing is accepting
            self.accept()
            return
        if not self._needs_confirmation():
            self._timer.stop()
            super().reject()
            return
        self._return_page = self.page
        if self.run is not None and self.page is Page.EXERCISE:
            self._was_paused = self.run.paused
            self.run.tick(self._clock.now())
            self.run.pause(self._clock.now())
        can_record = (
            self.run is not None
            and self.page is Page.EXERCISE
            and self.run.summary(self._clock.now()).anything_done
        )
        self.record_so_far_button.setVisible(can_record)
        if can_record:
            self.stop_text.setText(tr("You can record what you have done so far, or stop without recording."))
        else:
            self.stop_text.setText(tr("Nothing will be recorded if you stop now."))
        self._show_page(Page.STOP)

    def keep_going(self) -> None:
        page = self._return_page
        self._show_page(page)
        if page is Page.EXERCISE and self.run is not None:
            if not self._was_paused:
                self.run.resume(self._clock.now())
            self._refresh()

    def stop_and_record(self) -> None:
        """Ends the routine here and asks the pain score, to record what was done."""
        if self.run is None:
            return
        self._stopped_early = True
        self.run.finished_at = self._clock.now()
        self._to_pain_after()

    def discard(self) -> None:
        """Closes without recording anything."""
        self._timer.stop()
        super().reject()

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)

    # --- keys --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Single keys for the exercise page; a focused button still takes its own Space and Enter."""
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        page = self.page
        if page is Page.EXERCISE and mods in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            if key == Qt.Key.Key_Space:
                self.toggle_pause()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.complete_rep()
                return
            if key in (Qt.Key.Key_Right, Qt.Key.Key_N) and mods == Qt.KeyboardModifier.NoModifier:
                self.skip()
                return
            if key in (Qt.Key.Key_Left, Qt.Key.Key_P):
                self.back()
                return
            if key == Qt.Key.Key_PageDown or (
                key == Qt.Key.Key_N and mods == Qt.KeyboardModifier.ShiftModifier
            ):
                self.skip_exercise()
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if page is Page.PAIN_BEFORE:
                self.start()
                return
            if page is Page.PAIN_AFTER:
                self.save()
                return
        super().keyPressEvent(event)


__all__ = [
    "GET_READY_SECONDS",
    "REP_REST_SECONDS",
    "SET_REST_SECONDS",
    "ExerciseResult",
    "Outcome",
    "RestKind",
    "RoutinePlayer",
    "RoutineRun",
    "RunSummary",
    "Step",
    "StepKind",
    "build_steps",
]
