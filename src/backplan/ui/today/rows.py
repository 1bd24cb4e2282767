"""The rows of Today's timeline, updated in place.

The timeline used to be torn down and built again on every reminder tick and after
every Take: a screen reader heard four to six buttons come and go (some already
destroyed, with empty names) three times a minute, a keyboard user lost their place,
and the page jumped while the rows were gone. Now a row is made once per occurrence
and :meth:`OccurrenceRow.update_row` changes its texts and buttons where they are; a
button that stays keeps its focus, and the "now" line moves between the rows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from backplan.schedule.occurrence import Occurrence
from backplan.schedule.status import OccurrenceState

from ..common import formatting as fmt
from ..common.widgets import bold, muted, text_label

Key = tuple[str, datetime]
# One button of a row: what it does ("take", "skip", ...), its text, what it calls.
Action = tuple[str, str, Callable[[], object]]
OPEN_STATES = (OccurrenceState.DUE, OccurrenceState.UPCOMING, OccurrenceState.MISSED)


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


class OccurrenceRow(QFrame):
    """One occurrence in the timeline."""

    def __init__(
        self,
        occurrence: Occurrence,
        state: OccurrenceState,
        detail: str,
        status: str,
        actions: list[Action],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.occurrence = occurrence
        self.state = state
        self.setObjectName("occurrenceRow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(12)
        tz = occurrence.start.tzinfo
        assert isinstance(tz, ZoneInfo)
        self.time_label = bold(text_label(fmt.time_span(occurrence.start, occurrence.end, tz), wrap=False))
        self.time_label.setMinimumWidth(self.time_label.fontMetrics().horizontalAdvance("00:00–00:00 "))
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.time_label)

        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title_label = text_label(occurrence.title)
        texts.addWidget(self.title_label)
        self.detail_label = muted(text_label(detail))
        texts.addWidget(self.detail_label)
        self.status_label = text_label(status)
        texts.addWidget(self.status_label)
        layout.addLayout(texts, 1)
        # The buttons go under the text, so a row stays narrow at large text sizes.
        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(8)
        self.button_row.setContentsMargins(0, 4, 0, 0)
        self.button_row.addStretch(1)
        texts.addLayout(self.button_row)
        self.buttons: dict[str, QPushButton] = {}
        self._style: tuple[bool, bool] | None = None
        self.update_row(state, detail, status, actions)

    @property
    def key(self) -> Key:
        return self.occurrence.utc_key

    def update_row(self, state: OccurrenceState, detail: str, status: str, actions: list[Action]) -> None:
        """Shows a new state in place: texts changed only where they differ, buttons kept
        (with their focus) where they still apply, the others removed or added."""
        self.state = state
        due = state is OccurrenceState.DUE
        style = (due, state in OPEN_STATES)
        if style != self._style:
            self._style = style
            border = "palette(highlight)" if due else "palette(mid)"
            self.setStyleSheet(
                f"QFrame#occurrenceRow {{ border: {'2' if due else '1'}px solid {border}; border-radius: 6px;"
                " background: palette(base); }"
            )
            for label, on in ((self.title_label, style[1]), (self.status_label, due)):
                font = label.font()
                font.setBold(on)
                label.setFont(font)
        if self.detail_label.text() != detail:
            self.detail_label.setText(detail)
        self.set_status(status)
        self._update_buttons(actions)

    def set_status(self, status: str) -> None:
        if self.status_label.text() != status:
            self.status_label.setText(status)
        name = f"{self.time_label.text()} {self.occurrence.title}: {status}"
        if self.accessibleName() != name:
            self.setAccessibleName(name)

    def _update_buttons(self, actions: list[Action]) -> None:
        wanted = [a for a, _, _ in actions]
        for action in [a for a in self.buttons if a not in wanted]:
            button = self.buttons.pop(action)
            self.button_row.removeWidget(button)
            button.hide()
            button.deleteLater()
        when = fmt.hhmm(self.occurrence.start)
        for index, (action, label, callback) in enumerate(actions):
            found = self.buttons.get(action)
            if found is None:
                button = QPushButton(label, self)
                button.setAutoDefault(False)
                button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                self.buttons[action] = button
                self.button_row.insertWidget(index, button)
                button.show()
            else:
                button = found
                if button.text() != label:
                    button.setText(label)
                with contextlib.suppress(RuntimeError, TypeError):
                    button.clicked.disconnect()  # the callback of the state before
            name = f"{label.replace('&', '')} {self.occurrence.title} {when}"
            if button.accessibleName() != name:
                button.setAccessibleName(name)
            button.clicked.connect(callback)
        # The order of the buttons follows the actions (a Snooze added after Skip).
        for index, action in enumerate(wanted):
            button = self.buttons[action]
            if self.button_row.indexOf(button) != index:
                self.button_row.removeWidget(button)
                self.button_row.insertWidget(index, button)


class NowLine(QWidget):
    """The line that marks the present moment between the rows."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.label = bold(text_label(text, wrap=False))
        self.label.setForegroundRole(QPalette.ColorRole.Highlight)
        palette = self.label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Highlight))
        self.label.setPalette(palette)
        layout.addWidget(self.label)
        line = QFrame(self)
        line.setFixedHeight(3)
        line.setStyleSheet("background: palette(highlight); border: none;")
        line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout.addWidget(line, 1)
        self.setAccessibleName(text)

    def set_text(self, text: str) -> None:
        if self.label.text() != text:
            self.label.setText(text)
            self.setAccessibleName(text)


__all__ = ["Action", "NowLine", "OccurrenceRow"]
