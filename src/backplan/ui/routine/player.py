"""The guided routine player: an activity's exercises, one hold or rep at a time.

A person follows it lying on the floor, two metres from the screen, so it shows one
thing at a time in very large type: the countdown ring for a hold or a rest, the rep
being done, the set and the side. Every action has a single key (Space, Enter, the
arrows), so nobody has to get up to reach the mouse.

The routine itself (the steps, their timing, pause, skip and back, stopping early and
what is recorded) is :class:`backplan.schedule.routine_session.RoutineSession`, plain
Python tested without Qt. This dialog shows its stage as a page, forwards the person's
keys and clicks to it with the clock's time, and saves the ``Event`` it makes through
the services.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from backplan.domain.clock import Clock
from backplan.domain.model import Activity, Event
from backplan.schedule.routine import ExerciseResult, RoutineRun, RunSummary, Step
from backplan.schedule.routine_session import RoutineSession, Shortfall, Stage, StopAnswer
from backplan.services.backplan_service import Backplan

from ..common.exercise_library import ExerciseLibrary, LibraryError, bundled_library
from ..common.screen_fit import keep_on_screen
from .pain_scale import PainScale
from .parts import Scaler, big_button, plain_label
from .step_view import ExerciseView

TICK_MILLISECONDS = 150
"""How often the display is refreshed. Only the display: time itself comes from the clock."""

Page = Stage
"""The player's pages are the session's stages, one page each."""


def tr(text: str) -> str:
    return QCoreApplication.translate("routine_player", text)


def duration_text(delta: timedelta) -> str:
    total = int(delta.total_seconds())
    minutes, seconds = divmod(total, 60)
    if minutes == 0:
        return tr("{s} s").format(s=seconds)
    return tr("{m} min {s} s").format(m=minutes, s=seconds)


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
        self._clock = clock
        doc = services.document(patient_id, with_history=False)
        found = [a for a in doc.all_activities() if a.id == activity_id]
        if not found:
            raise LookupError(f"no activity {activity_id!r} in this patient's plan")
        if library is None:
            try:
                library = bundled_library()
            except LibraryError:
                library = None  # show names and clinician's text; no pictures or library steps
        self.session = RoutineSession(found[0], scheduled_for)
        self._scale = Scaler()

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
            Page.EXERCISE: self._build_exercise(library),
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

    def _apply_fonts(self) -> None:
        base = self.font()
        self._scale.apply(base)
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
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange) and self._scale.scaled:
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

    def _build_pain_before(self) -> QWidget:
        page, layout = self._page_frame()
        title = self._scale(plain_label(self.activity.title, page), 2.0, True)
        layout.addWidget(title)
        count = len(self.activity.exercises)
        intro = (
            tr("{n} exercises, about {m} minutes.").format(n=count, m=self.activity.duration_minutes)
            if count
            else tr("About {m} minutes.").format(m=self.activity.duration_minutes)
        )
        layout.addWidget(self._scale(plain_label(intro, page), 1.3))
        if self.activity.notes:
            layout.addWidget(self._scale(plain_label(self.activity.notes, page), 1.2))
        layout.addStretch(1)
        question = tr("How is your pain right now?")
        layout.addWidget(self._scale(plain_label(question, page), 1.7, True))
        self.pain_before_scale = PainScale(question, page)
        layout.addWidget(self.pain_before_scale)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.cancel_button = big_button(
            self, tr("Not now"), tr("Close without starting"), QStyle.StandardPixmap.SP_DialogCloseButton
        )
        self.cancel_button.clicked.connect(self.reject)
        self.start_button = big_button(
            self,
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

    def _build_exercise(self, library: ExerciseLibrary | None) -> QWidget:
        self.exercise_view = view = ExerciseView(self.activity, library, self._scale, self)
        view.back_button.clicked.connect(self.back)
        view.pause_button.clicked.connect(self.toggle_pause)
        view.done_button.clicked.connect(self.complete_rep)
        view.skip_button.clicked.connect(self.skip)
        view.next_exercise_button.clicked.connect(self.skip_exercise)
        view.stop_button.clicked.connect(self.reject)
        return view

    def _build_pain_after(self) -> QWidget:
        page, layout = self._page_frame()
        self.after_title = self._scale(plain_label(tr("Finished"), page), 2.0, True)
        layout.addWidget(self.after_title)
        layout.addStretch(1)
        question = tr("How is your pain now?")
        layout.addWidget(self._scale(plain_label(question, page), 1.7, True))
        self.pain_after_scale = PainScale(question, page)
        layout.addWidget(self.pain_after_scale)
        self.record_error = self._scale(plain_label("", page), 1.1, True)
        layout.addWidget(self.record_error)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.save_button = big_button(
            self,
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
        self.summary_title = self._scale(plain_label(tr("Well done!"), page), 2.8, True)
        self.summary_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.summary_title)
        self.summary_label = self._scale(plain_label("", page), 1.6)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_label.setAccessibleName(tr("Summary"))
        column.addWidget(self.summary_label)
        self.summary_exercises = self._scale(plain_label("", page), 1.25)
        self.summary_exercises.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_exercises.setAccessibleName(tr("Exercises"))
        column.addWidget(self.summary_exercises)
        layout.addStretch(2)
        row = QHBoxLayout()
        self.close_button = big_button(
            self, tr("Close"), tr("Close the routine"), QStyle.StandardPixmap.SP_DialogCloseButton
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
        title = self._scale(plain_label(tr("Stop the routine?"), page), 2.2, True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        self.stop_text = self._scale(plain_label("", page), 1.4)
        self.stop_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.stop_text)
        column.addSpacing(round(QFontMetricsF(self.font()).height()))
        sp = QStyle.StandardPixmap
        self.keep_going_button = big_button(
            self, tr("Keep going"), tr("Keep going with the routine"), sp.SP_MediaPlay, tr("Escape")
        )
        self.record_so_far_button = big_button(
            self, tr("Stop and record what I did"), tr("Stop and record what I did"), sp.SP_DialogSaveButton
        )
        self.discard_button = big_button(
            self, tr("Stop without recording"), tr("Stop without recording"), sp.SP_DialogDiscardButton
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
    def activity(self) -> Activity:
        return self.session.activity

    @property
    def steps(self) -> tuple[Step, ...]:
        return self.session.steps

    @property
    def run(self) -> RoutineRun | None:
        return self.session.run

    @property
    def pain_before(self) -> int | None:
        return self.session.pain_before

    @property
    def pain_after(self) -> int | None:
        return self.session.pain_after

    @property
    def event_id(self) -> int | None:
        return self.session.event_id

    @property
    def recorded_event(self) -> Event | None:
        """What was recorded, for the window's undo."""
        return self.session.recorded_event

    @property
    def page(self) -> Page:
        current = self._stack.currentWidget()
        return next(name for name, widget in self._pages.items() if widget is current)

    def _show_page(self, page: Page) -> None:
        self._stack.setCurrentWidget(self._pages[page])
        focus: QWidget = {
            Page.PAIN_BEFORE: self.pain_before_scale,
            Page.EXERCISE: self.exercise_view.ring,
            Page.PAIN_AFTER: self.pain_after_scale,
            Page.SUMMARY: self.close_button,
            Page.STOP: self.keep_going_button,
        }[page]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if page is Page.EXERCISE:
            self._timer.start()
        else:
            self._timer.stop()

    def _follow_session(self) -> None:
        """Shows the session's stage: the exercise page brought up to date, or the next page."""
        stage = self.session.stage
        if stage is Page.PAIN_AFTER and self.page is not Page.PAIN_AFTER:
            self.after_title.setText(tr("Stopped early") if self.session.stopped_early else tr("Finished"))
        if stage is not self.page:
            self._show_page(stage)
        if stage is Page.EXERCISE and self.session.run is not None:
            self.exercise_view.show_run(self.session.run, self._clock.now())

    # --- actions -----------------------------------------------------------------------

    def start(self) -> None:
        """Leaves the pain question and starts the first step."""
        value = self.pain_before_scale.value()
        if value is None:
            return
        self.session.start(value, self._clock.now())
        self.exercise_view.forget_shown_step()
        self._follow_session()

    def tick(self) -> None:
        """Catches up with the clock: called by the timer, and by tests after moving a FixedClock."""
        if self.session.tick(self._clock.now()):
            self._follow_session()

    def toggle_pause(self) -> None:
        if self.session.toggle_pause(self._clock.now()):
            self._follow_session()

    def skip(self) -> None:
        if self.session.skip(self._clock.now()):
            self._follow_session()

    def skip_exercise(self) -> None:
        if self.session.skip_exercise(self._clock.now()):
            self._follow_session()

    def back(self) -> None:
        if self.session.back(self._clock.now()):
            self.exercise_view.forget_shown_step()
            self._follow_session()

    def complete_rep(self) -> None:
        if self.session.complete_rep(self._clock.now()):
            self._follow_session()

    def save(self) -> None:
        """Records the activity as done with both pain scores, then shows the summary."""
        value = self.pain_after_scale.value()
        if value is None:
            return
        made = self.session.record(value, self._clock.now(), self._note_words)
        if made is None:
            return
        event, summary = made
        try:
            event_id = self._services.record_event(self._patient_id, event)
        except Exception as exc:  # the database or a rule refused: say so, keep what was entered
            self.record_error.setText(tr("This could not be saved: {reason}").format(reason=exc))
            return
        self.session.saved(event_id, event)
        self._show_summary(summary)
        self.recorded.emit(event_id)

    def _exercise_names(self, indices: tuple[int, ...]) -> str:
        return ", ".join(self.exercise_view.exercise_name(self.activity.exercises[i]) for i in indices)

    def _note_words(self, shortfall: Shortfall) -> str:
        """A line for the record when not everything was done, so the clinician sees it."""
        parts = []
        if shortfall.stopped_early:
            parts.append(tr("Stopped early."))
        if shortfall.partly:
            parts.append(tr("Partly done: {names}.").format(names=self._exercise_names(shortfall.partly)))
        if shortfall.skipped:
            parts.append(tr("Skipped: {names}.").format(names=self._exercise_names(shortfall.skipped)))
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
            words[result].format(name=self.exercise_view.exercise_name(ex))
            for ex, result in zip(self.activity.exercises, summary.results, strict=False)
        ]
        self.summary_exercises.setText("\n".join(per_exercise))
        self.summary_exercises.setVisible(bool(per_exercise))
        self.summary_title.setText(tr("Well done!") if summary.anything_done else tr("Saved"))
        self._show_page(Page.SUMMARY)

    # --- stopping early ------------------------------------------------------------------

    def reject(self) -> None:
        """Escape, Stop and the window's close button: ask before losing a routine under way."""
        answer = self.session.ask_to_stop(self._clock.now())
        if answer is StopAnswer.KEEP_GOING:
            self._follow_session()
            return
        if answer is StopAnswer.CLOSE_RECORDED:  # the routine is recorded: closing is accepting
            self.accept()
            return
        if answer is StopAnswer.CLOSE:
            self._timer.stop()
            super().reject()
            return
        can_record = self.session.can_record_so_far
        self.record_so_far_button.setVisible(can_record)
        if can_record:
            self.stop_text.setText(tr("You can record what you have done so far, or stop without recording."))
        else:
            self.stop_text.setText(tr("Nothing will be recorded if you stop now."))
        self._show_page(Page.STOP)

    def keep_going(self) -> None:
        self.session.keep_going(self._clock.now())
        self._follow_session()

    def stop_and_record(self) -> None:
        """Ends the routine here and asks the pain score, to record what was done."""
        if self.session.stop_and_record(self._clock.now()):
            self._follow_session()

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
