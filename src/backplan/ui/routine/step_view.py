"""The routine player's exercise page: what the exercise is, the clock, and the controls.

Left, what is read up close before lying down (the picture, the cautions, the steps);
right, what is read from the floor (the countdown ring, the set, rep and side). It
shows what :mod:`backplan.schedule.routine_session` says about the current step and
decides nothing itself; the player connects its buttons.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from backplan.domain.model import Activity, ExercisePrescription, Side
from backplan.schedule.routine import RoutineRun, Step
from backplan.schedule.routine_session import Caption, RingView, controls, counters, ring_view

from ..common.exercise_library import ExerciseLibrary, LibraryEntry, paint_picture, svg_renderer
from .parts import Scaler, big_button, mix, plain_label
from .timer_ring import CountdownRing

GENERAL_CAUTION = "Stop an exercise if it causes severe pain or pain that spreads, and tell your clinician."


def tr(text: str) -> str:
    return QCoreApplication.translate("routine_player", text)


def side_text(side: Side | None) -> str:
    if side is Side.LEFT:
        return tr("Left side")
    if side is Side.RIGHT:
        return tr("Right side")
    return ""


def caption_text(view: RingView) -> str:
    """The ring's caption in the window's language."""
    words = {
        Caption.HOLD: tr("Hold"),
        Caption.PAUSED: tr("Paused"),
        Caption.GET_READY: tr("Get ready"),
        Caption.CHANGE_SIDES: tr("Change sides"),
        Caption.REST: tr("Rest"),
        Caption.PRESS_DONE: tr("Press Done when finished"),
    }
    if view.caption is Caption.OF_REPS:
        return tr("of {n}").format(n=view.reps)
    return words[view.caption]


def counter_texts(step: Step) -> list[str]:
    """Set, rep and side lines; during a rest the first shown one says "Next: ..."."""
    shown = counters(step)
    texts = [
        tr("Set {n} of {total}").format(n=shown.set[0], total=shown.set[1]) if shown.set else "",
        tr("Rep {n} of {total}").format(n=shown.rep[0], total=shown.rep[1]) if shown.rep else "",
        side_text(shown.side),
    ]
    if shown.upcoming:
        first = next((i for i, text in enumerate(texts) if text), None)
        if first is not None:
            texts[first] = tr("Next: {what}").format(what=texts[first])
    return texts


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


class ExerciseView(QWidget):
    """The page shown while the routine runs; :meth:`show_run` brings it up to date."""

    def __init__(
        self, activity: Activity, library: ExerciseLibrary | None, scale: Scaler, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.activity = activity
        self._library = library
        self._shown_index: int | None = None
        em = round(QFontMetricsF(self.font()).height())
        layout = QVBoxLayout(self)
        layout.setSpacing(em)
        layout.setContentsMargins(em * 3 // 2, em, em * 3 // 2, em)
        layout.addLayout(self._build_header(scale))
        # Left: what the exercise is (picture, cautions, steps), read up close before
        # lying down. Right: the clock and the counters, read from the floor.
        middle = QHBoxLayout()
        middle.setSpacing(em * 2)
        left = QVBoxLayout()
        left.setSpacing(em // 2)
        left.addWidget(self._build_visual(em, scale), 3)
        left.addWidget(self._build_details(em, scale), 3)
        middle.addLayout(left, 11)
        middle.addLayout(self._build_clock(em, scale), 9)
        layout.addLayout(middle, 1)
        layout.addLayout(self._build_controls(em))
        self.key_hint = scale(
            plain_label(
                tr("Keys: Space pause · Enter done · → skip · ← back · Page Down next exercise · Esc stop"),
                self,
            ),
            0.95,
        )
        layout.addWidget(self.key_hint)

    # --- building ------------------------------------------------------------------------

    def _build_header(self, scale: Scaler) -> QHBoxLayout:
        page = self
        header = QHBoxLayout()
        self.exercise_title = scale(plain_label("", page), 2.0, True)
        self.exercise_count = scale(plain_label("", page, wrap=False), 1.3)
        self.exercise_count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.exercise_title, 1)
        header.addWidget(self.exercise_count)
        return header

    def _build_visual(self, em: int, scale: Scaler) -> QStackedWidget:
        page = self
        self.visual = QStackedWidget(page)
        self.picture = PictureView(self.visual)
        self.custom_card = QFrame(self.visual)
        self.custom_card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(self.custom_card)
        card_layout.setContentsMargins(em, em, em, em)
        self.custom_name = scale(plain_label("", self.custom_card), 2.2, True)
        self.custom_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.custom_text = scale(plain_label("", self.custom_card), 1.4)
        self.custom_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card_layout.addStretch(1)
        card_layout.addWidget(self.custom_name)
        card_layout.addWidget(self.custom_text)
        card_layout.addStretch(1)
        self.visual.addWidget(self.picture)
        self.visual.addWidget(self.custom_card)
        return self.visual

    def _build_details(self, em: int, scale: Scaler) -> QScrollArea:
        page = self
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
            mix(
                care_palette.color(QPalette.ColorRole.Window),
                care_palette.color(QPalette.ColorRole.Highlight),
                0.13,
            ),
        )
        self.care_frame.setPalette(care_palette)
        care_layout = QVBoxLayout(self.care_frame)
        care_layout.setContentsMargins(em * 2 // 3, em // 2, em * 2 // 3, em // 2)
        care_layout.setSpacing(em // 4)
        self.care_title = scale(plain_label(tr("Take care"), self.care_frame), 1.15, True)
        self.cautions_label = scale(plain_label("", self.care_frame), 1.05)
        self.cautions_label.setAccessibleName(tr("Take care"))
        care_layout.addWidget(self.care_title)
        care_layout.addWidget(self.cautions_label)
        details.addWidget(self.care_frame)

        self.steps_title = scale(plain_label(tr("How to do it"), details_widget), 1.15, True)
        self.steps_label = scale(plain_label("", details_widget), 1.05)
        self.steps_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.steps_label.setAccessibleName(tr("How to do it"))
        details.addWidget(self.steps_title)
        details.addWidget(self.steps_label)
        details.addStretch(1)
        self.details_area.setWidget(details_widget)
        return self.details_area

    def _build_clock(self, em: int, scale: Scaler) -> QVBoxLayout:
        page = self
        right = QVBoxLayout()
        right.setSpacing(em // 2)
        self.ring = CountdownRing(page)
        right.addWidget(self.ring, 1)
        # Set, rep and side: the second thing read from the floor, after the digits.
        self.set_label = scale(plain_label("", page, wrap=False), 2.4, True)
        self.rep_label = scale(plain_label("", page, wrap=False), 2.4, True)
        self.side_label = scale(plain_label("", page, wrap=False), 2.4, True)
        for label in (self.set_label, self.rep_label, self.side_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            right.addWidget(label)
        return right

    def _build_controls(self, em: int) -> QHBoxLayout:
        controls = QHBoxLayout()
        controls.setSpacing(em // 2)
        sp = QStyle.StandardPixmap
        self.back_button = big_button(
            self, tr("Back"), tr("Back to the previous rep"), sp.SP_MediaSeekBackward, tr("Left arrow or P")
        )
        self.pause_button = big_button(self, tr("Pause"), tr("Pause"), sp.SP_MediaPause, tr("Space"))
        self.done_button = big_button(
            self, tr("Done"), tr("This rep is done"), sp.SP_DialogApplyButton, tr("Enter")
        )
        self.skip_button = big_button(
            self, tr("Skip"), tr("Skip this step"), sp.SP_MediaSkipForward, tr("Right arrow or N")
        )
        self.next_exercise_button = big_button(
            self,
            tr("Next exercise"),
            tr("Skip to the next exercise"),
            sp.SP_MediaSeekForward,
            tr("Page Down"),
        )
        self.stop_button = big_button(self, tr("Stop"), tr("Stop the routine"), sp.SP_MediaStop, tr("Escape"))
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
        return controls

    # --- showing -------------------------------------------------------------------------

    def buttons(self) -> list[QPushButton]:
        return [
            self.back_button,
            self.pause_button,
            self.done_button,
            self.skip_button,
            self.next_exercise_button,
            self.stop_button,
        ]

    def forget_shown_step(self) -> None:
        """The next :meth:`show_run` fills in the whole page (after a start or Back)."""
        self._shown_index = None

    def exercise(self, step: Step) -> ExercisePrescription | None:
        if step.exercise_index is None:
            return None
        return self.activity.exercises[step.exercise_index]

    def entry(self, ex: ExercisePrescription | None) -> LibraryEntry | None:
        if ex is None or ex.custom is not None or self._library is None:
            return None
        return self._library.get(ex.exercise)

    def exercise_name(self, ex: ExercisePrescription | None) -> str:
        if ex is None:
            return self.activity.title
        if ex.custom is not None:
            return ex.custom.name
        entry = self.entry(ex)
        return entry.name if entry is not None else ex.exercise

    def _show_exercise(self, step: Step, exercise_count: int) -> None:
        """Fills in what stays the same for the whole exercise: name, picture, steps, cautions."""
        ex = self.exercise(step)
        entry = self.entry(ex)
        name = self.exercise_name(ex)
        self.exercise_title.setText(name)
        self.exercise_title.setAccessibleName(name)
        number = (step.exercise_index or 0) + 1
        self.exercise_count.setText(
            tr("Exercise {n} of {total}").format(n=number, total=exercise_count) if exercise_count > 1 else ""
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

    def _show_counters(self, step: Step) -> None:
        """Set, rep and side, each on its own line and only when there is a choice to tell."""
        labels = (self.set_label, self.rep_label, self.side_label)
        for label, text in zip(labels, counter_texts(step), strict=True):
            label.setText(text)
            label.setVisible(bool(text))
            label.setAccessibleName(text)

    def show_run(self, run: RoutineRun, now: datetime) -> None:
        """Brings the page up to date with the run: the exercise and counters when the step
        changes, the ring and the buttons on every tick."""
        step = run.current
        view = ring_view(run, now)
        if step is None or view is None:
            return
        if self._shown_index != run.index:
            previous = run.steps[self._shown_index] if self._shown_index is not None else None
            if previous is None or previous.exercise_index != step.exercise_index:
                self._show_exercise(step, run.exercise_count())
            self._shown_index = run.index
            self._show_counters(step)
        self.ring.set_state(view.big, caption_text(view), view.fraction, rest=view.rest, paused=view.paused)
        can = controls(run)
        self.pause_button.setEnabled(can.can_pause)
        self.done_button.setEnabled(can.can_complete)
        self.done_button.setDefault(can.can_complete)  # drawn as the main action
        self.pause_button.setText(tr("Resume") if can.paused else tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())
        self.pause_button.setIcon(
            self.style().standardIcon(
                QStyle.StandardPixmap.SP_MediaPlay if can.paused else QStyle.StandardPixmap.SP_MediaPause
            )
        )
        self.next_exercise_button.setEnabled(can.can_skip_exercise)
