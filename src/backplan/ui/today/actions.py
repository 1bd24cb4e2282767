"""What the patient can do about an occurrence, shared by the Today section and the banner.

Take a dose (through the safety guard, with the refusal dialog and its override),
skip, snooze, mark an activity done with pain before and after, run a heat or cold
application's countdown, log pain, start and end a flare-up. Every record goes
through the services and is pushed on the window's undo stack, so Edit > Undo takes
it back whichever button made it.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from backplan.domain.clock import Clock
from backplan.domain.model import Event, EventStatus, LogEntry
from backplan.safety.findings import Finding
from backplan.schedule.occurrence import Occurrence
from backplan.schedule.wallclock import zone
from backplan.services.backplan_service import Backplan
from backplan.services.errors import SafetyRefusal, ServiceError

from ..common import formatting as fmt
from .commands import EventRecorded, LogRecorded
from .reminders import Reminders

log = logging.getLogger(__name__)

Key = tuple[str, datetime]


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class RecordActions(QObject):
    """Turns a button press into a service call, an undo command and a message."""

    message = Signal(str)  # a short confirmation for the status bar
    changed = Signal()  # a countdown started or finished, or a reminder was snoozed
    countdown_tick = Signal()  # every second while a heat or cold countdown runs
    dialog_opened = Signal(object)  # the QDialog now open (for tests and for focus)

    def __init__(
        self,
        services: Backplan,
        clock: Clock,
        undo_stack: QUndoStack,
        reminders: Reminders | None = None,
        parent_widget: QWidget | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self.services = services
        self.clock = clock
        self.undo_stack = undo_stack
        self.reminders = reminders
        self.parent_widget = parent_widget
        self.dialog: QWidget | None = None
        # Heat and cold applications running: key -> (occurrence, patient, when it ends).
        self.running: dict[Key, tuple[Occurrence, int, datetime]] = {}
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self.check_countdowns)

    def now(self) -> datetime:
        return self.clock.now().astimezone(UTC)

    def _local_now(self, patient_id: int) -> datetime:
        return self.now().astimezone(zone(self.services.patient(patient_id).timezone))

    def _error(self, text: str) -> None:
        self.message.emit(text)

    def present(self, dialog: QDialog) -> None:
        """Opens a dialog without blocking, remembers it (for tests and focus) and has
        it deleted once closed."""
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _show_error(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.parent_widget
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.present(box)

    def _push_event(self, patient_id: int, event_id: int, event: Event, text: str) -> None:
        self.undo_stack.push(EventRecorded(self.services, patient_id, event_id, event, text, self._error))

    # --- doses ---------------------------------------------------------------------

    def take(self, patient_id: int, med_id: str, name: str) -> bool:
        """Records a dose now; a refusal opens the dialog. True when it was recorded."""
        try:
            result = self.services.record_dose(patient_id, med_id)
        except SafetyRefusal as exc:
            self._refused(patient_id, med_id, name, exc)
            return False
        except ServiceError as exc:
            self._show_error(tr("Dose not recorded"), str(exc))
            return False
        self._push_event(patient_id, result.event_id, result.event, tr("Take {name}").format(name=name))
        at = result.event.at or self.now()
        self.message.emit(tr("{name} recorded as taken at {time}.").format(name=name, time=fmt.hhmm(at)))
        self._show_flags(name, result.decision.flags)
        return True

    def take_named(self, patient_id: int, med_id: str, name: str, scheduled: datetime) -> bool:
        """Take, from a button that names one scheduled dose ("Take ... 14:00").

        The guard matches a dose to the scheduled time it belongs to, which may not be
        the one the button names (pressed at 10:16, the 08:00 dose not taken yet). Then
        the patient is told which dose it will count as before anything is recorded,
        and records it or not; a dose matched to the named time is recorded at once.
        True when it was recorded now.
        """
        try:
            decision = self.services.check_dose(patient_id, med_id)
        except ServiceError:
            return self.take(patient_id, med_id, name)  # take() shows the problem
        matched = decision.scheduled_for
        if matched is None or matched.astimezone(UTC) == scheduled.astimezone(UTC):
            return self.take(patient_id, med_id, name)
        tz = scheduled.tzinfo
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Which dose is this?"),
            tr(
                "This counts as the {matched} dose of {name}, not the {named} one: the {matched} "
                "dose is not recorded yet. Record it as the {matched} dose now?"
            ).format(
                matched=fmt.hhmm(matched.astimezone(tz)), named=fmt.hhmm(scheduled), name=name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.parent_widget,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        yes = box.button(QMessageBox.StandardButton.Yes)

        def answered(button: object) -> None:
            if button is yes:
                self.take(patient_id, med_id, name)

        box.buttonClicked.connect(answered)
        self.present(box)
        return False

    def _show_flags(self, name: str, flags: tuple[Finding, ...]) -> None:
        """The warnings found as the dose was recorded (a second NSAID within hours, a
        dose past the label's course length, an age caution), shown at once beside the
        record rather than only in the plan checks. Never blocking: it is recorded."""
        serious = [f for f in flags if f.severity == "flag"]
        if not serious:
            return
        text = "\n\n".join(
            f"{f.rule}: {f.message}\n" + tr("Source: {source}").format(source=f.source) for f in serious
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Recorded, with a warning"),
            tr("{name} was recorded. Please check:").format(name=name),
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        box.setObjectName("doseFlags")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(text)
        self.present(box)

    def _refused(self, patient_id: int, med_id: str, name: str, refusal: SafetyRefusal) -> None:
        from ..common.dialogs import RefusalDialog  # imported when first shown: not at every start

        dialog = RefusalDialog(name, refusal.findings, self.parent_widget)
        dialog.override_chosen.connect(lambda reason: self._override(patient_id, med_id, name, reason))
        self.present(dialog)

    def _override(self, patient_id: int, med_id: str, name: str, reason: str) -> None:
        try:
            result = self.services.record_dose(patient_id, med_id, override=reason)
        except ServiceError as exc:
            self._show_error(tr("Dose not recorded"), str(exc))
            return
        self._push_event(
            patient_id, result.event_id, result.event, tr("Take {name} (recorded anyway)").format(name=name)
        )
        self.message.emit(tr("{name} recorded anyway, with your reason.").format(name=name))
        self._show_flags(name, result.decision.flags)

    # --- skip, snooze ----------------------------------------------------------------

    def skip(self, patient_id: int, occurrence: Occurrence) -> None:
        if self.running.pop(occurrence.utc_key, None) is not None:
            self._save_running(patient_id)
        event = Event(
            occurrence.item,
            EventStatus.SKIPPED,
            scheduled_for=occurrence.start,
            at=self._local_now(patient_id),
        )
        try:
            event_id = self.services.record_event(patient_id, event)
        except ServiceError as exc:
            self._show_error(tr("Not recorded"), str(exc))
            return
        self._push_event(patient_id, event_id, event, tr("Skip {title}").format(title=occurrence.title))
        self.message.emit(tr("{title} skipped.").format(title=occurrence.title))

    def snooze(self, occurrence: Occurrence) -> None:
        if self.reminders is None:
            return
        until = self.reminders.snooze(occurrence)
        when = fmt.hhmm(until.astimezone(occurrence.start.tzinfo))
        self.message.emit(tr("I'll remind you again at {time}.").format(time=when))
        self.changed.emit()

    # --- activities ----------------------------------------------------------------

    def mark_done(self, patient_id: int, occurrence: Occurrence) -> None:
        """Asks pain before and after, then records the activity as done."""
        from ..common.dialogs import PainDialog

        dialog = PainDialog(occurrence.title, self.parent_widget)
        dialog.answered.connect(lambda before, after: self.record_done(patient_id, occurrence, before, after))
        self.present(dialog)

    def record_done(
        self,
        patient_id: int,
        occurrence: Occurrence,
        pain_before: int | None = None,
        pain_after: int | None = None,
        *,
        at: datetime | None = None,
    ) -> bool:
        if self.running.pop(occurrence.utc_key, None) is not None:
            self._save_running(patient_id)
        local = self._local_now(patient_id)
        event = Event(
            occurrence.item,
            EventStatus.DONE,
            scheduled_for=occurrence.start,
            at=local if at is None else min(at, self.now()).astimezone(local.tzinfo),
            pain_before=pain_before,
            pain_after=pain_after,
        )
        try:
            event_id = self.services.record_event(patient_id, event)
        except ServiceError as exc:
            self._show_error(tr("Not recorded"), str(exc))
            return False
        self._push_event(patient_id, event_id, event, tr("Done: {title}").format(title=occurrence.title))
        self.message.emit(tr("{title} recorded as done.").format(title=occurrence.title))
        self.changed.emit()
        return True

    def start_routine(
        self, patient_id: int, activity_id: str, scheduled_for: datetime | None = None
    ) -> QWidget | None:
        """Opens the guided routine player for an activity (Today's card or the Plan page).

        Without ``scheduled_for`` (the Plan page) the run counts for today's open
        occurrence of the activity, the one due first, so Today shows it done. The
        player records the activity through the services when it ends; that record is
        pushed on the undo stack like a Done from Today.
        """
        from ..routine.launch import open_routine  # the player is imported when first used

        return open_routine(self, patient_id, activity_id, scheduled_for)

    def routine_recorded(self, patient_id: int, event_id: int, event: Event, title: str) -> None:
        """Called by the routine player once it has recorded the activity."""
        self._push_event(patient_id, event_id, event, tr("Routine: {title}").format(title=title))
        self.message.emit(tr("{title} recorded as done.").format(title=title))
        self.changed.emit()

    # --- heat and cold -------------------------------------------------------------

    def start_application(self, patient_id: int, occurrence: Occurrence) -> datetime:
        """Starts the countdown for a heat or cold application; it is recorded when it ends."""
        length = (occurrence.end - occurrence.start) if occurrence.end is not None else timedelta(minutes=15)
        ends = self.now() + length
        self.running[occurrence.utc_key] = (occurrence, patient_id, ends)
        self._save_running(patient_id)
        if not self.countdown.isActive():
            self.countdown.start()
        minutes = round(length.total_seconds() / 60)
        self.message.emit(tr("{title}: {n} minutes started.").format(title=occurrence.title, n=minutes))
        self.changed.emit()
        return ends

    def _save_running(self, patient_id: int) -> None:
        """Keeps the patient's running applications (what and when each ends) in the
        database, so quitting the app, or a crash, does not lose a heat pack on the back."""
        from .countdowns import save_running

        mine = [(o, e) for o, p, e in self.running.values() if p == patient_id]
        save_running(self.services, patient_id, mine)

    def restore_running(self, patient_id: int) -> None:
        """Takes up the applications still running from the last time the app was open;
        one that ended meanwhile is recorded done at its end."""
        from .countdowns import load_running

        kept = load_running(self.services, patient_id)  # a read: nothing is written at a start
        for occurrence, ends in kept:
            if occurrence.utc_key in self.running:
                continue
            if ends <= self.now():
                self.record_done(patient_id, occurrence, at=ends)
                continue
            self.running[occurrence.utc_key] = (occurrence, patient_id, ends)
        if self.running and not self.countdown.isActive():
            self.countdown.start()
        if kept:
            self._save_running(patient_id)

    def remaining(self, occurrence: Occurrence) -> timedelta | None:
        entry = self.running.get(occurrence.utc_key)
        if entry is None:
            return None
        return max(timedelta(), entry[2] - self.now())

    def check_countdowns(self) -> None:
        """Records every application whose time is up (the timer calls this each second)."""
        now = self.now()
        for key, (occurrence, patient_id, ends) in list(self.running.items()):
            if now >= ends:
                self.running.pop(key, None)
                self.record_done(patient_id, occurrence, at=ends)
        if not self.running:
            self.countdown.stop()
        self.countdown_tick.emit()

    # --- pain and flare-ups ----------------------------------------------------------

    def record_pain(self, patient_id: int, pain: int) -> bool:
        entry = LogEntry(at=self._local_now(patient_id).replace(microsecond=0), pain=pain)
        try:
            entry_id = self.services.record_log(patient_id, entry)
        except ServiceError as exc:
            self._show_error(tr("Pain not recorded"), str(exc))
            return False
        self.undo_stack.push(
            LogRecorded(
                self.services, patient_id, entry_id, entry, tr("Pain {n}").format(n=pain), self._error
            )
        )
        self.message.emit(tr("Pain {n} recorded at {time}.").format(n=pain, time=fmt.hhmm(entry.at)))
        return True

    def start_flare_up(self, patient_id: int) -> bool:
        try:
            event_id = self.services.start_flare_up(patient_id)
        except ServiceError as exc:
            self._show_error(tr("Flare-up not started"), str(exc))
            return False
        event = self._event(patient_id, event_id)
        if event is not None:
            self._push_event(patient_id, event_id, event, tr("Start flare-up"))
        self.message.emit(tr("Flare-up plan started."))
        return True

    def end_flare_up(self, patient_id: int) -> bool:
        try:
            event_id = self.services.end_flare_up(patient_id)
        except ServiceError as exc:
            self._show_error(tr("Flare-up not ended"), str(exc))
            return False
        event = self._event(patient_id, event_id)
        if event is not None:
            self._push_event(patient_id, event_id, event, tr("End flare-up"))
        self.message.emit(tr("Flare-up plan ended."))
        return True

    def _event(self, patient_id: int, event_id: int) -> Event | None:
        for found_id, event in self.services.events(patient_id, self.now() - timedelta(days=1)):
            if found_id == event_id:
                return event
        return None
