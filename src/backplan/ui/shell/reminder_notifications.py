"""Reminders as desktop notifications, answered from the notification itself.

While the window is hidden or behind other windows, each due occurrence becomes one
desktop notification with the buttons the Today section has: "Take" for a dose,
"Done" for an activity, "Start" for heat or cold, and "Snooze 10 min". A catch-up
summary ("3 reminders were missed while backplan was closed") and refill reminders
become one notification whose click opens the window.

Every button goes through the same :class:`~backplan.ui.today.actions.RecordActions` as the
window's buttons, so a dose goes through the services and the safety guard exactly as
a click on Today's "Take" does. A refused dose is never recorded from a notification:
the window comes forward with the refusal (where the only way past it, "Record
anyway" with a reason, lives), and a notification says that it was not recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from backplan.schedule.occurrence import Occurrence

from ..today.actions import RecordActions
from ..today.reminders import Notice
from ..today.reminders import tr as reminders_tr
from .desktop_notifications import CRITICAL, DEFAULT_ACTION, DesktopNotifications

CONFIRMATION_MS = 8000  # how long a confirmation stays (a reminder stays until answered)


def tr(text: str) -> str:
    return QCoreApplication.translate("Notifications", text)


@dataclass(frozen=True)
class Sent:
    """What a shown notification stands for."""

    patient_id: int
    occurrence: Occurrence | None  # None: a summary (catch-up, refills)


class ReminderNotifications(QObject):
    """Shows notices as desktop notifications and carries out their actions."""

    def __init__(
        self,
        notifications: DesktopNotifications,
        recorder: RecordActions,
        describe: Callable[[int, Occurrence], str],
        bring_forward: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.notifications = notifications
        self.recorder = recorder
        self._describe = describe
        self._bring_forward = bring_forward
        self.shown: dict[int, Sent] = {}
        self.answered: list[tuple[str, str]] = []  # (action, what was said back), for the record
        notifications.action_invoked.connect(self._invoked)
        notifications.closed.connect(lambda nid, _reason: self.shown.pop(nid, None))

    def show(self, patient_id: int, notice: Notice) -> list[int]:
        """One notification per due occurrence, one for the rest; returns their ids."""
        ids: list[int] = []
        for occurrence in notice.due:
            nid = self.notifications.notify(
                notice.title if len(notice.due) == 1 else tr("backplan reminder"),
                tr("Due now: {what}.").format(what=self._describe(patient_id, occurrence)),
                self._actions(occurrence),
            )
            if nid is not None:
                self.shown[nid] = Sent(patient_id, occurrence)
                ids.append(nid)
        rest = [line for line in notice.text.splitlines() if line and not _about_due(line, notice)]
        if rest:
            title = notice.title if not notice.due else tr("Missed reminders")
            nid = self.notifications.notify(title, "\n".join(rest), [(DEFAULT_ACTION, tr("Open backplan"))])
            if nid is not None:
                self.shown[nid] = Sent(patient_id, None)
                ids.append(nid)
        return ids

    @staticmethod
    def _actions(occurrence: Occurrence) -> list[tuple[str, str]]:
        if occurrence.kind == "medication":
            first = ("take", tr("Take"))
        elif occurrence.kind in ("heat", "cold"):
            first = ("start", tr("Start"))
        else:
            first = ("done", tr("Done"))
        return [(DEFAULT_ACTION, tr("Open backplan")), first, ("snooze", tr("Snooze 10 min"))]

    # --- answering -----------------------------------------------------------------

    def _invoked(self, notification_id: int, action: str) -> None:
        sent = self.shown.pop(notification_id, None)
        if sent is None:
            return
        occurrence = sent.occurrence
        if action == DEFAULT_ACTION or occurrence is None:
            self._bring_forward()
            return
        said: list[str] = []
        self.recorder.message.connect(said.append)
        try:
            ok = self._carry_out(sent.patient_id, occurrence, action)
        finally:
            self.recorder.message.disconnect(said.append)
        self.notifications.close_notification(notification_id)
        if ok:
            text = said[-1] if said else tr("Recorded.")
            self.answered.append((action, text))
            self.notifications.notify(tr("backplan"), text, timeout_ms=CONFIRMATION_MS)
            return
        # Refused (or not recorded for another reason): the window shows why.
        self._bring_forward()
        text = tr("{what} was not recorded. The reason is shown in the backplan window.").format(
            what=occurrence.title
        )
        self.answered.append((action, text))
        self.notifications.notify(tr("Dose not recorded"), text, urgency=CRITICAL)

    def _carry_out(self, patient_id: int, occurrence: Occurrence, action: str) -> bool:
        a = self.recorder
        if action == "take" and occurrence.kind == "medication":
            return a.take(patient_id, occurrence.source_id, occurrence.title)
        if action == "done":
            return a.record_done(patient_id, occurrence)
        if action == "start":
            a.start_application(patient_id, occurrence)
            return True
        if action == "snooze":
            a.snooze(occurrence)
            return True
        return False


def _about_due(line: str, notice: Notice) -> bool:
    """Whether a line of the notice's text is about the due occurrences (shown one by one)."""
    if not notice.due:
        return False
    due_now = reminders_tr("Due now: {what}.").split("{")[0]
    many = reminders_tr("{n} things are due now:").format(n=len(notice.due))
    return line.startswith(("•", due_now)) or line == many
