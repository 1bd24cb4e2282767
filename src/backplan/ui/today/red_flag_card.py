"""Today's red-flag card: urgent-care advice after a log entry that recorded a red flag.

The level's headline ("Go to an emergency department now" / "Get medical help
today") is the card's heading; the advice stays until the patient acknowledges it
(FACTS.md rule 10): a later ordinary entry does not clear it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from backplan.safety.red_flags import red_flag_findings
from backplan.services.backplan_service import Backplan

from ..common import formatting as fmt
from ..common.widgets import Card, finding_widget, heading, muted, text_label
from .card_tools import clear_layout

if TYPE_CHECKING:
    from backplan.services.safety_alerts import RedFlagAlert


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


class RedFlagCard(Card):
    """The red-flag advice of the last entry that recorded one, until acknowledged."""

    acknowledged = Signal()  # the patient has read the advice: Today shows the day again

    def __init__(self, services: Backplan, parent: QWidget | None = None) -> None:
        super().__init__(parent, highlight=True)
        self.services = services
        self.setObjectName("redFlagCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        # The level's headline as the card's heading, not a sentence inside a paragraph.
        self.headline = heading("", 1)
        self.headline.setObjectName("redFlagHeadline")
        layout.addWidget(self.headline)
        self.content = QVBoxLayout()
        layout.addLayout(self.content)
        self.ack = QPushButton(tr("I have read this advice"), self)
        self.ack.setAccessibleName(tr("I have read this advice: hide it from Today"))
        self.ack.clicked.connect(self._acknowledge)
        layout.addWidget(self.ack, 0, Qt.AlignmentFlag.AlignLeft)
        self.alert: RedFlagAlert | None = None
        self.patient_id: int | None = None

    def fill(self, patient_id: int, tz: ZoneInfo) -> None:
        """Shows the patient's red-flag advice, or hides the card when there is none."""
        from backplan.services.safety_alerts import red_flag_alert

        clear_layout(self.content)
        self.patient_id = patient_id
        alert = red_flag_alert(self.services, patient_id)
        self.alert = alert
        self.setVisible(alert is not None)
        if alert is None:
            return
        # Imported only when there is advice to show (the catalogue reader pulls in XML).
        from backplan.safety.red_flags import red_flag_text

        from ..common.safety_texts import red_flag_message, safety_text

        entry = alert.entry
        headline = red_flag_text().headline(alert.level)
        self.headline.setText(safety_text(headline))
        self.headline.setAccessibleName(safety_text(headline))
        for finding in red_flag_findings(entry):
            # The headline is the card's heading: the paragraph goes on from it. The
            # advice in the window's language; the finding itself stays English.
            rest = finding.message.removeprefix(headline).lstrip(". ")
            shown = replace(finding, message=red_flag_message(rest, entry.red_flags or ()))
            self.content.addWidget(finding_widget(shown))
        local = entry.at.astimezone(tz)
        recorded = tr("Recorded at {time} on {day}.").format(
            time=fmt.hhmm(local), day=fmt.day_text(local.date(), False)
        )
        self.content.addWidget(muted(text_label(recorded)))

    def _acknowledge(self) -> None:
        from backplan.services.safety_alerts import acknowledge_red_flags

        if self.patient_id is None or self.alert is None:
            return
        acknowledge_red_flags(self.services, self.patient_id, self.alert)
        self.acknowledged.emit()
