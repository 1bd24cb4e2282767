"""Today's rule-break card: a dose of the last 24 hours that broke a safety rule.

Such a dose can come from an import, a restored backup or an override with a
reason; the record is kept as it is, and the card says so (the clinician's report
lists it too).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from backplan.domain.model import PlanDocument
from backplan.services.backplan_service import Backplan

from ..common import formatting as fmt
from ..common.widgets import Card, heading, muted, text_label
from .card_tools import clear_layout


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


class RuleBreakCard(Card):
    """The doses of the last 24 hours that broke a rule (imported, restored, overridden)."""

    def __init__(self, services: Backplan, parent: QWidget | None = None) -> None:
        super().__init__(parent, highlight=True)
        self.services = services
        self.setObjectName("ruleBreakCard")
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(14, 10, 14, 10)

    def fill(self, patient_id: int, doc: PlanDocument, tz: ZoneInfo) -> None:
        """Says when the last 24 hours hold a dose that broke a rule (kept as recorded)."""
        from backplan.safety.history import NO_REASON
        from backplan.services.safety_alerts import recent_rule_breaks

        clear_layout(self.lines)
        breaks = recent_rule_breaks(self.services, patient_id, doc=doc)
        self.setVisible(bool(breaks))
        if not breaks:
            return
        self.lines.addWidget(heading(tr("A dose in the last 24 hours broke a safety rule"), 2))
        for found in breaks:
            rules = ", ".join(QCoreApplication.translate("SafetyRules", rule) for rule in found.rules)
            # The rule's name and "no reason recorded" in the window's language; a reason
            # the patient typed stays as written.
            reason = tr("no reason recorded") if found.reason == NO_REASON else found.reason
            line = tr("{name}, taken at {time}: {rules} ({reason}).").format(
                name=fmt.isolate(found.medicine),
                time=fmt.hhmm(found.at.astimezone(tz)),
                rules=rules,
                reason=reason,
            )
            self.lines.addWidget(text_label(line, selectable=True))
        self.lines.addWidget(
            muted(text_label(tr("The record is kept as it is; your clinician's report lists it.")))
        )
