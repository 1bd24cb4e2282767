"""Today's courses card: "day 9 of 14" for each medicine course running, with its cautions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from backplan.domain.model import PlanDocument
from backplan.safety.catalogue import Catalogue
from backplan.safety.cautions import instructions_beyond, medicine_cautions

from ..common import formatting as fmt
from ..common.widgets import Card, bold, heading, text_label
from .card_tools import clear_layout


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


class CoursesCard(Card):
    """The courses of today with their alcohol, driving and other cautions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(14, 10, 14, 12)

    def fill(self, doc: PlanDocument, today: date, catalogue: Catalogue) -> None:
        clear_layout(self.lines)
        courses = [(m, fmt.course_day(m, today)) for m in doc.medications]
        current = [(m, d) for m, d in courses if d is not None]
        self.setVisible(bool(current))
        if not current:
            return
        self.lines.addWidget(heading(tr("Medicine courses"), 2))
        for med, (day, total) in current:
            self.lines.addWidget(
                bold(
                    text_label(
                        tr("{name}: day {day} of {total}").format(
                            name=fmt.isolate(med.name), day=day, total=total
                        )
                    )
                )
            )
            # One caution per fact, in the catalogue's words (short-term use and
            # dependence for carisoprodol included); the clinician's instructions keep
            # what they add beyond those facts (FACTS.md rule 12).
            said = medicine_cautions(med, catalogue)
            extra = instructions_beyond(med.instructions, said)
            if extra:
                self.lines.addWidget(text_label(f"•  {extra}"))
            for caution in said:
                # The catalogue's words in the window's language (the plan's own stay as written).
                shown = QCoreApplication.translate("Catalogue", caution.text)
                self.lines.addWidget(text_label(f"•  {shown}"))
