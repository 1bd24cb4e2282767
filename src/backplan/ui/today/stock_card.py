"""Today's stock card: tablets left of the medicines that count them, and when to refill.

Each line says how many are left, "Running low: time to get more." under the
reminder's threshold, the day they run out at this rate, and has a Count… button
that asks the count actually on hand.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from backplan.domain.model import PlanDocument
from backplan.services.backplan_service import Backplan

from ..common import formatting as fmt
from ..common.widgets import Card, bold, heading, muted, text_label
from .card_tools import clear_layout
from .count_dialog import count_text


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


class StockCard(Card):
    """Tablets left for medicines that count them, with a refill warning when low."""

    def __init__(self, services: Backplan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(14, 10, 14, 12)
        self.patient_id: int | None = None
        self.count_dialog: QWidget | None = None

    def fill(self, pid: int, doc: PlanDocument) -> None:
        clear_layout(self.lines)
        self.patient_id = pid
        statuses = self.services.stock_statuses(pid, doc=doc)
        self.setVisible(bool(statuses))
        if not statuses:
            return
        names = {m.id: m.name for m in doc.all_medications()}
        self.lines.addWidget(heading(tr("Tablets left"), 2))
        for status in statuses:
            name = names.get(status.med_id, status.med_id)
            line = QHBoxLayout()
            texts = QVBoxLayout()
            texts.setSpacing(1)
            texts.addWidget(
                bold(
                    text_label(
                        tr("{name}: {left} left").format(
                            name=fmt.isolate(name), left=count_text(status.units_left)
                        )
                    )
                )
            )
            if status.needs_refill:
                texts.addWidget(text_label(tr("Running low: time to get more.")))
            if status.runs_out_on is not None:
                texts.addWidget(
                    muted(
                        text_label(
                            tr("Runs out on {day} at this rate.").format(
                                day=fmt.day_text(status.runs_out_on, False)
                            )
                        )
                    )
                )
            line.addLayout(texts, 1)
            button = QPushButton(tr("Count…"), self)
            button.setAccessibleName(tr("Count my tablets of {name}").format(name=name))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, m=status.med_id, n=name: self.count_tablets(m, n))
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.lines.addLayout(line)

    def count_tablets(self, med_id: str, name: str) -> QWidget | None:
        """Asks the count, starting at the count expected now (Enter keeps it as it is)."""
        from .count_dialog import CountDialog

        if self.patient_id is None:
            return None
        pid = self.patient_id
        expected = next(
            (st.units_left for st in self.services.stock_statuses(pid) if st.med_id == med_id), None
        )
        dialog = CountDialog(fmt.isolate(name), expected, self.window())

        def counted() -> None:
            self.services.record_stock(pid, med_id, dialog.value())

        dialog.accepted.connect(counted)
        dialog.finished.connect(dialog.deleteLater)
        self.count_dialog = dialog
        dialog.open()
        return dialog
