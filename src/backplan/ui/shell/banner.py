"""The in-window reminder banner, for desktops without a system tray.

It sits at the top of the window whatever section is showing, says what is due (or
how many reminders went by while backplan was closed), and offers the same buttons as
the Today section, so a reminder can be answered where it appears.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from backplan.domain.clock import Clock
from backplan.schedule.occurrence import Occurrence
from backplan.schedule.status import OccurrenceState, occurrence_states
from backplan.services.backplan_service import Backplan

from ..common.widgets import bold, heading, show_added, text_label
from ..today.actions import RecordActions
from ..today.reminders import Notice

Key = tuple[str, object]


def tr(text: str) -> str:
    return QCoreApplication.translate("Banner", text)


class BannerRow(QWidget):
    def __init__(self, occurrence: Occurrence, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.occurrence = occurrence
        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.label = bold(text_label(text))
        layout.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}

    def add_button(self, action: str, text: str, callback: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(f"{text.replace('&', '')} {self.label.text()}")
        button.setAutoDefault(False)
        button.clicked.connect(callback)
        self._layout.addWidget(button)
        self.buttons[action] = button
        return button


class ReminderBanner(QFrame):
    """Shows the latest notice; each due occurrence gets its own row of buttons."""

    def __init__(
        self, actions: RecordActions, patient_id: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.recorder = actions
        self._patient_id = patient_id
        self.setObjectName("reminderBanner")
        self.setStyleSheet(
            "QFrame#reminderBanner { border: 2px solid palette(highlight); border-radius: 6px;"
            " background: palette(alternate-base); }"
        )
        self.setAccessibleName(tr("Reminder"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 10)
        top = QHBoxLayout()
        self.title = heading("", 2)
        top.addWidget(self.title, 1)
        self.dismiss_button = QPushButton(tr("Dis&miss"), self)
        self.dismiss_button.setAccessibleName(tr("Dismiss the reminder"))
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.clicked.connect(self.dismiss)
        top.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        self.text = text_label()
        outer.addWidget(self.text)
        self.rows_layout = QVBoxLayout()
        outer.addLayout(self.rows_layout)
        self.rows: list[BannerRow] = []
        self.notice: Notice | None = None
        self.hide()

    def show_notice(self, notice: Notice, describe: Callable[[Occurrence], str]) -> None:
        self.notice = notice
        self.title.setText(notice.title)
        self.setAccessibleName(tr("Reminder: {title}").format(title=notice.title))
        summary = [line for line in notice.text.splitlines() if not line.startswith("•")]
        if notice.due:
            summary = [line for line in summary if not line.startswith(tr("Due now:"))]
        self.text.setText("\n".join(summary))
        self.text.setVisible(bool(summary))
        self._clear_rows()
        for occurrence in notice.due:
            self._add_row(occurrence, describe(occurrence))
        self.show()
        show_added(self.rows_layout)

    def _add_row(self, occurrence: Occurrence, text: str) -> None:
        pid = self._patient_id()
        if pid is None:
            return
        row = BannerRow(occurrence, text, self)
        a = self.recorder

        def then_remove(act: Callable[[], object]) -> Callable[[], None]:
            def run() -> None:
                if act() is not False:  # a refused dose keeps its row (the dialog is up)
                    self.remove(row)

            return run

        if occurrence.kind == "medication":
            row.add_button(
                "take", tr("Take"), then_remove(lambda: a.take(pid, occurrence.source_id, occurrence.title))
            )
        elif occurrence.kind in ("heat", "cold"):
            row.add_button("start", tr("Start"), then_remove(lambda: a.start_application(pid, occurrence)))
        else:
            row.add_button("done", tr("Done…"), then_remove(lambda: a.mark_done(pid, occurrence)))
        row.add_button("skip", tr("Skip"), then_remove(lambda: a.skip(pid, occurrence)))
        row.add_button("snooze", tr("Snooze 10 min"), then_remove(lambda: a.snooze(occurrence)))
        self.rows.append(row)
        self.rows_layout.addWidget(row)

    def remove(self, row: BannerRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
        if not self.rows and self.notice is not None and self.notice.due:
            self.dismiss()

    def row_for(self, item: str) -> BannerRow | None:
        return next((r for r in self.rows if r.occurrence.item == item), None)

    def prune(self, settled: Callable[[Occurrence], bool]) -> None:
        """Drops rows whose occurrence was recorded meanwhile (here or from the command line)."""
        for row in list(self.rows):
            if settled(row.occurrence):
                self.remove(row)

    def _clear_rows(self) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []

    def dismiss(self) -> None:
        self._clear_rows()
        self.notice = None
        self.hide()


def settled(
    services: Backplan, clock: Clock, grace: timedelta, patient_id: int | None
) -> Callable[[Occurrence], bool]:
    """Whether an occurrence was recorded done or skipped (for :meth:`ReminderBanner.prune`)."""

    def check(occurrence: Occurrence) -> bool:
        if patient_id is None:
            return True
        start = occurrence.start - timedelta(days=1)
        events = [e for _, e in services.events(patient_id, start)]
        [(_, state)] = occurrence_states([occurrence], events, clock.now(), grace)
        return state in (OccurrenceState.DONE, OccurrenceState.SKIPPED)

    return check
