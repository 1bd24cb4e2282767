"""Counting one's tablets: the dialog that asks how many of a medicine are at hand.

It starts at the count backplan expects now (the last count less the doses recorded
since), not at 0: a tired patient who presses Enter keeps the count as it was instead
of recording that the medicine ran out. Whole numbers show without a decimal ("30",
not "30.0"), halves as "12.5", and the unit follows the number ("1 tablet").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QLabel, QVBoxLayout, QWidget

from ..common.widgets import text_label


def tr(text: str) -> str:
    return QCoreApplication.translate("CountDialog", text)


def count_text(units: float) -> str:
    """A tablet count as people write it: ``30``, ``12.5``, ``0.25``."""
    return f"{round(units, 2):g}"


def tablets_text(units: float) -> str:
    """``1 tablet``, ``30 tablets``, ``0.5 tablets``: the noun agrees with the number."""
    if units == 1:
        return tr("1 tablet")
    return tr("{n} tablets").format(n=count_text(units))


class CountSpin(QDoubleSpinBox):
    """A spin box for tablets, halves and quarters: no ".0" on a whole count."""

    def textFromValue(self, value: float) -> str:
        return count_text(value)


class CountDialog(QDialog):
    """How many of a medicine the patient has now; starts at the expected count."""

    def __init__(self, name: str, expected: float | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Count my tablets"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        question = QLabel(tr("How many of {name} do you have now?").format(name=name), self)
        question.setWordWrap(True)
        layout.addWidget(question)
        self.spin = CountSpin(self)
        self.spin.setRange(0, 100000)
        self.spin.setDecimals(2)
        self.spin.setSingleStep(1)
        self.spin.setValue(max(0.0, expected) if expected is not None else 0.0)
        self.spin.setAccessibleName(question.text())
        question.setBuddy(self.spin)
        layout.addWidget(self.spin)
        if expected is not None:
            layout.addWidget(
                text_label(tr("backplan expects {count} now.").format(count=tablets_text(max(0.0, expected))))
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.spin.selectAll()

    def value(self) -> float:
        self.spin.interpretText()
        return float(self.spin.value())


__all__ = ["CountDialog", "count_text", "tablets_text"]
