"""Today's quick pain entry: type a number from 0 to 10 and press Enter."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backplan.domain.model import LogEntry

from ..common import formatting as fmt
from ..common.number_box import OptionalNumberBox
from ..common.widgets import Card, heading, muted, relative_font, text_label


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


class PainCard(Card):
    """The pain box, its Save button and the last entry; the view saves what is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(heading(tr("How is your pain?"), 2))
        self.prompt = muted(
            text_label(tr("0 is no pain, 10 the worst you can imagine. Type it and press Enter."))
        )
        layout.addWidget(self.prompt)
        row = QHBoxLayout()
        label = QLabel(tr("Pain &now:"), self)
        # Empty at the start, never the last score nor 0: a tired press of Enter records
        # nothing rather than a number nobody chose.
        self.spin = OptionalNumberBox(10, self)
        self.spin.setAccessibleName(tr("Pain now, 0 to 10"))
        self.spin.setAccessibleDescription(tr("Type a number from 0 to 10 and press Enter to save it"))
        relative_font(self.spin, 1.4)
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("10") * 4)
        label.setBuddy(self.spin)
        self.save = QPushButton(tr("&Save pain"), self)
        self.save.setAccessibleName(tr("Save pain entry"))
        row.addWidget(label)
        row.addWidget(self.spin)
        row.addWidget(self.save)
        row.addStretch(1)
        layout.addLayout(row)
        self.last = muted(text_label())
        layout.addWidget(self.last)

    def show_last(self, entry: LogEntry | None, today: date | None, tz: ZoneInfo) -> None:
        """The last entry: its time today, or its day and time when it is older."""
        if entry is None:
            self.last.setText(tr("Nothing logged yet."))
            return
        at = entry.at.astimezone(tz)
        when = fmt.hhmm(at) if at.date() == today else f"{fmt.day_text(at.date(), False)} {fmt.hhmm(at)}"
        self.last.setText(tr("Last entry: pain {n} at {when}").format(n=entry.pain, when=when))
