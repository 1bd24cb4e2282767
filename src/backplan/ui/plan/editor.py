"""Undoable plan edits, and the small dialogs of the physiotherapist's workflow.

Every change the editor makes replaces the plan through ``services.save_plan`` with
the revision it last read, so a plan changed meanwhile by the command line or another
window is never silently overwritten (``ConflictError``). Each change is pushed as a
:class:`PlanEditCommand` on the window's undo stack; undo saves the plan as it was
before, redo the plan after, through the same service call and the same check: an
undo is a new change, saved against the revision this window last wrote or read
(``undo_guard.RevisionWatch``), never against whatever the plan now is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from backplan.domain.model import Activity, Medication, Patient, Plan, PlanDocument
from backplan.services.templates import TemplateInfo

from ..common.theme import error_color
from ..common.undo import ServiceCommand, StepFailed
from ..common.widgets import heading, muted, text_label
from .form_base import timezone_box


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanEditor", text)


@dataclass(frozen=True)
class PlanState:
    """What ``save_plan`` writes: the patient, the plan and its items."""

    patient: Patient
    plan: Plan
    medications: tuple[Medication, ...]
    activities: tuple[Activity, ...]

    @classmethod
    def of(cls, doc: PlanDocument) -> PlanState:
        return cls(doc.patient, doc.plan, doc.medications, doc.activities)


# Writes a state for a patient; returns False (after telling the user) when it could not.
Writer = Callable[[int, PlanState], bool]


class PlanEditCommand(ServiceCommand):
    """One edit of the plan. The first redo already happened when it was pushed.

    The writer tells the user when a save is refused (a dialog); the step then
    leaves the stack, since it cannot be replayed.
    """

    failures = ()
    drop_on_failure = True

    def __init__(
        self, writer: Writer, patient_id: int, before: PlanState, after: PlanState, text: str
    ) -> None:
        super().__init__(text, patient_id)
        self._writer = writer
        self._before = before
        self._after = after

    def _write(self, state: PlanState) -> None:
        if not self._writer(self.patient_id, state):
            raise StepFailed

    def apply(self) -> None:
        self._write(self._after)

    def revert(self) -> None:
        self._write(self._before)


class TemplateNameDialog(QDialog):
    """Asks the name a template is kept under."""

    def __init__(self, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Save plan as template"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Save plan as template"), 2))
        layout.addWidget(
            text_label(
                tr(
                    "The template keeps the plan, its medicines, activities and exercises. It does "
                    "not keep the patient's name, log, records or tablet counts."
                )
            )
        )
        self.name = QLineEdit(suggested, self)
        self.name.setMaxLength(120)
        self.name.setAccessibleName(tr("Template name"))
        form = QFormLayout()
        form.addRow(tr("Template &name:"), self.name)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok.setText(tr("&Save template"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(bool(suggested.strip()))


class FromTemplateDialog(QDialog):
    """Whom the new plan is for, which template, and the day it starts."""

    def __init__(
        self, templates: list[TemplateInfo], today: date, zone: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.templates = templates
        self.setWindowTitle(tr("New plan from template"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("New plan from template"), 2))
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Templates"))
        for info in templates:
            length = tr("{n} days").format(n=info.days) if info.days else tr("open-ended")
            self.list.addItem(
                tr("{name} — {title} ({length})").format(name=info.name, title=info.title, length=length)
            )
        if templates:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        if not templates:
            layout.addWidget(muted(text_label(tr("No templates yet: use “Save plan as template…” first."))))
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.name.setAccessibleName(tr("Patient name"))
        self.timezone = timezone_box(self, zone, tr("Time zone"))
        self.start = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.setAccessibleName(tr("First day of the new plan"))
        form.addRow(tr("Patient &name:"), self.name)
        form.addRow(tr("&Time zone:"), self.timezone)
        form.addRow(tr("&Starts on:"), self.start)
        layout.addLayout(form)
        self.error = text_label()
        self.error.setStyleSheet(f"color: {error_color().name()};")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("&Create plan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.textChanged.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        self.ok.setEnabled(bool(self.name.text().strip()) and bool(self.templates))

    def chosen(self) -> TemplateInfo | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def start_day(self) -> date:
        d = self.start.date()
        return date(d.year(), d.month(), d.day())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


__all__ = ["FromTemplateDialog", "PlanEditCommand", "PlanState", "TemplateNameDialog", "Writer"]
