"""The patient switcher: a toolbar with one item per patient, shown when there are two.

Two patients may share a name (plan-format.md), so an item is its patient's id, and its
text carries what tells them apart: ``Sam Rivera · MRN-1 · born 3 Mar 1961``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from backplan.domain.model import Patient
from backplan.safety.findings import format_date


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def patient_item_text(patient: Patient) -> str:
    """``Sam Rivera · MRN-1 · born 3 Mar 1961`` for the patient switcher."""
    parts = [patient.name]
    if patient.identifier:
        parts.append(patient.identifier)
    if patient.birth_date is not None:
        parts.append(tr("born {date}").format(date=format_date(patient.birth_date)))
    return " \u00b7 ".join(parts)


class PatientSwitcher(QToolBar):
    """The toolbar; ``combo.currentIndexChanged`` says a patient was chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Patient"), parent)
        self.setObjectName("patientToolbar")
        self.setMovable(False)
        self.label = QLabel(tr("Patient:"), self)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(tr("Patient"))
        # Room for "name · identifier · born date": what tells two Sam Riveras apart.
        self.combo.setMinimumContentsLength(36)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.label.setBuddy(self.combo)
        self.label.setContentsMargins(8, 0, 6, 0)
        self.addWidget(self.label)
        self.addWidget(self.combo)

    def fill(self, everyone: Sequence[tuple[int, Patient]]) -> bool:
        """One item per patient, keeping the one chosen if it is still there (no signal).

        Returns whether it was: else the first item is chosen, and the caller says so.
        """
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for pid, patient in everyone:
            self.combo.addItem(patient_item_text(patient), pid)
        ids = [pid for pid, _ in everyone]
        if current in ids:
            self.combo.setCurrentIndex(ids.index(current))
        self.combo.blockSignals(False)
        self.setVisible(len(everyone) > 1)
        return current in ids

    def shows(self, everyone: Sequence[tuple[int, Patient]]) -> bool:
        """Whether the items are these patients, as they are now."""
        shown = [(self.combo.itemData(i), self.combo.itemText(i)) for i in range(self.combo.count())]
        return shown == [(pid, patient_item_text(p)) for pid, p in everyone]

    def patient_at(self, index: int) -> int | None:
        pid = self.combo.itemData(index) if index >= 0 else None
        return pid if isinstance(pid, int) else None

    def select(self, patient_id: int) -> None:
        """Chooses ``patient_id``'s item (which says so through ``currentIndexChanged``)."""
        index = self.combo.findData(patient_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)


__all__ = ["PatientSwitcher", "patient_item_text"]
