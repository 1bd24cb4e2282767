"""The Plan section's medicines: their table, and the buttons that add, edit, step down, delete.

Each button opens the medicine form (:mod:`.medication_form`) or the step-down form
(:mod:`.step_down_form`); a saved form becomes one undoable plan edit.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from backplan.domain.model import Medication

from ..common import formatting as fmt
from ..common.widgets import FittedTable, heading
from .editing import PlanEditing, buttons_row, without
from .models import MedicationsModel

if TYPE_CHECKING:
    # The editor's forms and dialogs are imported where they open: a start that only
    # shows the plan need not load them.
    from .medication_form import MedicationForm
    from .step_down_form import StepDownForm


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanView", text)


class MedicinesPage(PlanEditing):
    """The medicines of the plan and their editing."""

    def _build_medicines(self, page: QWidget, layout: QVBoxLayout) -> None:
        self.medications_model = MedicationsModel(self)
        layout.addWidget(heading(tr("Medicines"), 2))
        self.medications_view = FittedTable(tr("Medicines"))
        self.medications_view.setModel(self.medications_model)
        layout.addWidget(self.medications_view)
        row, self.medication_buttons = buttons_row(
            page,
            (tr("&Add medicine…"), self.add_medication),
            (tr("&Edit medicine…"), self.edit_medication),
            (tr("Step &down…"), self.step_down),
            (tr("Delete medicine"), self.delete_medication),
        )
        layout.addLayout(row)
        self.medications_view.doubleClicked.connect(lambda _index: self.edit_medication())

    def selected_medication_row(self) -> int | None:
        return self._selected_row(self.medications_view)

    def add_medication(self) -> MedicationForm | None:
        from .medication_form import MedicationForm

        if self.document is None:
            return None
        form = MedicationForm(
            self._context("medications", None), self.services.catalogue, self.document.plan.start,
            self._taken_ids(), parent=self,
        )  # fmt: skip

        def done() -> None:
            state = self.state()
            med: Medication = form.value
            self.apply(
                replace(state, medications=(*state.medications, med)),
                tr("Add {name}").format(name=fmt.isolate(med.name)),
            )

        form.accepted.connect(done)
        self._show_form(form)
        return form

    def edit_medication(self, row: int | None = None) -> MedicationForm | None:
        from .medication_form import MedicationForm

        row = self.selected_medication_row() if row is None else row
        if self.document is None or row is None:
            return None
        current = self.document.medications[row]
        form = MedicationForm(
            self._context("medications", row), self.services.catalogue, self.document.plan.start,
            self._taken_ids(current.id), current, parent=self,
        )  # fmt: skip

        def done() -> None:
            state = self.state()
            meds = list(state.medications)
            meds[row] = form.value
            self.apply(
                replace(state, medications=tuple(meds)),
                tr("Edit {name}").format(name=fmt.isolate(current.name)),
            )

        form.accepted.connect(done)
        self._show_form(form)
        return form

    def delete_medication(self, row: int | None = None) -> bool:
        row = self.selected_medication_row() if row is None else row
        if self.document is None or row is None:
            return False
        name = fmt.isolate(self.document.medications[row].name)
        return self._remove(
            tr("Delete medicine?"),
            tr("Delete {name} from the plan? Its records stay in the log; you can undo this.").format(
                name=name
            ),
            lambda state: replace(state, medications=without(state.medications, row)),
            tr("Delete {name}").format(name=name),
        )

    def step_down(self, row: int | None = None) -> StepDownForm | None:
        from .step_down_form import StepDownForm

        row = self.selected_medication_row() if row is None else row
        if self.document is None or row is None:
            return None
        med = self.document.medications[row]
        form = StepDownForm(self.document, med, self.services.catalogue, self)

        def done() -> None:
            state = self.state()
            self.apply(
                replace(state, medications=form.value),
                tr("Step down {name}").format(name=fmt.isolate(med.name)),
            )

        form.accepted.connect(done)
        self._show_form(form)
        return form
