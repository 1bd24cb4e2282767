"""Today's timeline: every occurrence of the day in order, with a "now" line between them.

The rows are real buttons and labels in a column rather than a painted list, so
every control is reachable with Tab and read by a screen reader. A new reading of
the day updates the rows in place when the day holds the same occurrences (a button
that stays keeps its focus, the screen reader its place); otherwise the column is
built again.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from backplan.domain.model import Event, EventStatus, PlanDocument
from backplan.schedule.occurrence import Occurrence
from backplan.schedule.status import OccurrenceState

from ..common import formatting as fmt
from ..common.widgets import muted, text_label
from .actions import RecordActions
from .row_parts import RowParts, countdown_text
from .rows import NowLine, OccurrenceRow

Key = tuple[str, datetime]


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


class Timeline(QWidget):
    """The day's rows and the "now" line, in a column."""

    def __init__(self, recorder: RecordActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self.setAccessibleName(tr("Today's timeline"))
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(6)
        self.rows: list[OccurrenceRow] = []
        self.now_line: NowLine | None = None

    def clear(self) -> None:
        self.rows = []
        self.now_line = None
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def fill(
        self,
        parts: RowParts,
        states: list[tuple[Occurrence, OccurrenceState]],
        events: list[Event],
        now: datetime,
        nothing_text: str,
    ) -> None:
        """Shows the day's occurrences in their ``states``; ``nothing_text`` when there are none."""
        recorded: dict[Key, Event] = {}
        for event in events:
            if event.scheduled_for is None:
                continue
            key = (event.item, event.scheduled_for.astimezone(UTC))
            if key not in recorded or event.status is EventStatus.DONE:
                recorded[key] = event
        now_text = tr("Now, {time}").format(time=fmt.hhmm(now.astimezone(parts.tz)))
        if states and [o.utc_key for o, _ in states] == [r.key for r in self.rows] and self.now_line:
            for row, (occurrence, state) in zip(self.rows, states, strict=True):
                row.occurrence = occurrence
                row.update_row(state, *parts.parts(occurrence, state, recorded.get(occurrence.utc_key)))
                self.show_countdown(row)
            self._place_now_line(now, now_text)
            return
        self.clear()
        placed = False
        if not states:
            self.column.addWidget(muted(text_label(nothing_text)))
        for occurrence, state in states:
            if not placed and occurrence.start.astimezone(UTC) > now:
                self._add_now_line(now_text)
                placed = True
            found = recorded.get(occurrence.utc_key)
            row = OccurrenceRow(occurrence, state, *parts.parts(occurrence, state, found))
            self.show_countdown(row)
            self.rows.append(row)
            self.column.addWidget(row)
        if not placed and states:
            self._add_now_line(now_text)
        self.column.addStretch(1)

    def _add_now_line(self, text: str) -> None:
        self.now_line = NowLine(text)
        self.column.addWidget(self.now_line)

    def _place_now_line(self, now: datetime, text: str) -> None:
        """Moves the "now" line to its place between the rows, without rebuilding them."""
        line = self.now_line
        assert line is not None
        line.set_text(text)
        before = sum(1 for row in self.rows if row.occurrence.start.astimezone(UTC) <= now)
        if self.column.indexOf(line) != before:
            self.column.removeWidget(line)
            self.column.insertWidget(before, line)

    def show_countdown(self, row: OccurrenceRow) -> None:
        left = self.recorder.remaining(row.occurrence)
        if left is not None:
            row.set_status(tr("{time} left").format(time=countdown_text(left)))

    def update_countdowns(self) -> None:
        for row in self.rows:
            self.show_countdown(row)

    # --- keeping the keyboard user's place -------------------------------------------

    def focused_action(self, focused: QWidget | None) -> tuple[Key, str] | None:
        """Which row's which button has the focus, if one has."""
        for row in self.rows:
            for action, button in row.buttons.items():
                if button is focused:
                    return row.key, action
        return None

    def restore_focus(self, focus: tuple[Key, str] | None) -> None:
        """Focus back where it was; if that button went (the dose is taken), on the row's
        next button, else on the next row's, so the keyboard user keeps their place."""
        if focus is None:
            return
        key, action = focus
        index = next((i for i, row in enumerate(self.rows) if row.key == key), None)
        if index is None:
            return
        kept = self.rows[index].buttons.get(action)
        if kept is not None:
            if not kept.hasFocus():
                kept.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        for row in self.rows[index:]:
            button = next(iter(row.buttons.values()), None)
            if button is not None:
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return


def nothing_today(doc: PlanDocument, day: date | None) -> str:
    """Why the day has no rows: the plan starts later, it ended, or nothing is scheduled."""
    if day is not None and day < doc.plan.start:
        return tr("The plan starts on {day}.").format(day=fmt.day_text(doc.plan.start))
    if day is not None and doc.plan.end is not None and day > doc.plan.end:
        return tr("The plan ended on {day}.").format(day=fmt.day_text(doc.plan.end))
    return tr("Nothing is scheduled for today.")
