"""Today's flare-up card: which day of the flare-up plan this is, its advice, and its end."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from backplan.domain.model import FlareUpPlan
from backplan.schedule.occurrence import FlareUpWindow

from ..common.widgets import Card, heading, text_label


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


class FlareCard(Card):
    """Shown while a flare-up plan runs: "Flare-up day 2 of 5", the advice, End flare-up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, highlight=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        top = QHBoxLayout()
        self.title = heading("", 2)
        top.addWidget(self.title, 1)
        self.end_button = QPushButton(tr("End flare-&up"), self)
        self.end_button.setAccessibleName(tr("End the flare-up plan now"))
        top.addWidget(self.end_button)
        layout.addLayout(top)
        self.advice = text_label(selectable=True)
        layout.addWidget(self.advice)

    def fill(self, plan: FlareUpPlan, flare: FlareUpWindow, now: datetime, tz: ZoneInfo) -> None:
        day = (now.astimezone(tz).date() - flare.start.astimezone(tz).date()).days + 1
        self.title.setText(tr("Flare-up day {day} of {days}").format(day=day, days=plan.days))
        self.advice.setText(plan.advice)
