"""The plan editor's flare-up plan form: advice, how many days, its medicines and activities.

The flare-up items have no dates: they run from the moment a flare-up is started.
Checked as it is typed with the file format's own rules (see
:mod:`backplan.ui.plan.form_base`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backplan.domain import codec
from backplan.domain.model import Activity, FlareUpPlan, Medication, Plan, PlanDocument
from backplan.safety.catalogue import Catalogue
from backplan.safety.findings import Finding

from .form_base import Context, ValidatingForm, text_edit
from .medication_form import MedicationForm


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanForms", text)


class FlareUpForm(ValidatingForm):
    """What the patient does when pain flares: advice, how many days, its medicines and
    activities (without dates: they run from the moment a flare-up is started)."""

    def __init__(
        self,
        document: PlanDocument,
        catalogue: Catalogue | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Flare-up plan"), catalogue, parent)
        from .models import ActivitiesModel, MedicationsModel

        self.document = document
        flare = document.plan.flare_up
        self.enabled = QCheckBox(tr("This plan has a flare-up plan"), self)
        self.enabled.setChecked(flare is not None)
        self.form.addRow(self.enabled)
        self.advice = text_edit(self, tr("Advice when pain flares"), flare.advice if flare else "", 4)
        self.add_row(tr("&Advice:"), self.advice, "advice")
        self.days = QSpinBox(self)
        self.days.setRange(1, 14)
        self.days.setValue(flare.days if flare else 3)
        self.days.setSuffix(tr(" days"))
        self.days.setAccessibleName(tr("Days the flare-up items run"))
        self.add_row(tr("Runs for:"), self.days, "days")
        self.medications: list[Medication] = list(flare.medications) if flare else []
        self.activities: list[Activity] = list(flare.activities) if flare else []
        self.medications_model = MedicationsModel(self)
        self.activities_model = ActivitiesModel(self)
        self.medications_view = self._list(self.medications_model, tr("Flare-up medicines"))
        self.activities_view = self._list(self.activities_model, tr("Flare-up activities"))
        self.add_row(tr("Medicines:"), self._with_buttons(self.medications_view, "medication"), "medications")
        self.add_row(tr("Activities:"), self._with_buttons(self.activities_view, "activity"), "activities")
        self._refresh_lists()
        self.watch(self.enabled, self.advice, self.days)
        self.enabled.toggled.connect(self._enable)
        self._enable(self.enabled.isChecked())
        self.open_form: ValidatingForm | None = None
        self.start_checking()

    def _list(self, model: QAbstractTableModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setFixedHeight(self.fontMetrics().lineSpacing() * 6)
        return view

    def _with_buttons(self, view: QTableView, kind: str) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(view)
        row = QHBoxLayout()
        for text, action in ((tr("Add…"), "add"), (tr("Edit…"), "edit"), (tr("Remove"), "remove")):
            button = QPushButton(text, box)
            button.setAccessibleName(f"{text} ({view.accessibleName()})")
            button.clicked.connect(lambda _=False, k=kind, a=action: self._item_action(k, a))
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        view.doubleClicked.connect(lambda _index, k=kind: self._item_action(k, "edit"))
        return box

    def _enable(self, on: bool) -> None:
        for widget in (self.advice, self.days, self.medications_view, self.activities_view):
            widget.setEnabled(on)

    def _refresh_lists(self) -> None:
        self.medications_model.set_rows(self.medications)
        self.activities_model.set_rows(self.activities)

    def _taken_ids(self, but: str | None = None) -> set[str]:
        doc = self.document
        ids = {m.id for m in doc.medications} | {a.id for a in doc.activities}
        ids |= {m.id for m in self.medications} | {a.id for a in self.activities}
        return ids - ({but} if but else set())

    def _candidate_plan(self, meds: Sequence[Medication], acts: Sequence[Activity]) -> Plan:
        flare = FlareUpPlan(
            advice=self.advice.toPlainText().strip() or tr("Follow your flare-up plan."),
            days=self.days.value(),
            medications=tuple(meds),
            activities=tuple(acts),
        )
        return replace(self.document.plan, flare_up=flare)

    def _item_context(self, kind: str, row: int | None) -> Context:
        def context(item: Any) -> tuple[PlanDocument, str]:
            meds, acts = list(self.medications), list(self.activities)
            items: list[Any] = meds if kind == "medication" else acts
            index = len(items) if row is None else row
            if row is None:
                items.append(item)
            else:
                items[row] = item
            doc = replace(self.document, plan=self._candidate_plan(meds, acts), log=(), events=())
            section = "medications" if kind == "medication" else "activities"
            return doc, f"plan.flare_up.{section}[{index}]"

        return context

    def _item_action(self, kind: str, action: str) -> ValidatingForm | None:
        view = self.medications_view if kind == "medication" else self.activities_view
        items: list[Any] = self.medications if kind == "medication" else self.activities
        current = view.currentIndex()
        row = current.row() if current.isValid() else None
        if action == "remove":
            if row is not None:
                del items[row]
                self._refresh_lists()
                self.revalidate()
            return None
        if action == "edit" and row is None:
            return None
        existing = items[row] if action == "edit" and row is not None else None
        target_row = row if action == "edit" else None
        form: ValidatingForm
        if kind == "medication":
            form = MedicationForm(
                self._item_context(kind, target_row), self.catalogue, self.document.plan.start,
                self._taken_ids(existing.id if existing else None), existing, flare_up=True, parent=self,
            )  # fmt: skip
        else:
            from .activity_form import ActivityForm

            form = ActivityForm(
                self._item_context(kind, target_row), self.document.plan.start,
                self._taken_ids(existing.id if existing else None), existing, flare_up=True, parent=self,
            )  # fmt: skip

        def done() -> None:
            if target_row is None:
                items.append(form.value)
            else:
                items[target_row] = form.value
            self._refresh_lists()
            self.revalidate()

        form.accepted.connect(done)
        form.open()
        self.open_form = form
        return form

    def add_medication(self) -> ValidatingForm | None:
        return self._item_action("medication", "add")

    def add_activity(self) -> ValidatingForm | None:
        return self._item_action("activity", "add")

    def to_json(self) -> dict[str, Any] | None:
        if not self.enabled.isChecked():
            return None
        data: dict[str, Any] = {"advice": self.advice.toPlainText().strip(), "days": self.days.value()}
        if self.medications:
            data["medications"] = [codec.medication_to_json(m) for m in self.medications]
        if self.activities:
            data["activities"] = [codec.activity_to_json(a) for a in self.activities]
        return data

    def build(self) -> FlareUpPlan | None:
        data = self.to_json()
        if data is None:
            return None
        warnings = codec.Warnings()
        flare = codec.parse_flare_up(data, "", warnings)
        self.warnings = list(warnings)
        return flare

    def candidate(self, value: FlareUpPlan | None) -> tuple[PlanDocument, str]:
        plan = replace(self.document.plan, flare_up=value)
        return replace(self.document, plan=plan, log=(), events=()), "plan.flare_up"

    def revalidate(self, *_args: object) -> None:
        super().revalidate()
        if self.enabled.isChecked() is False and self.error is None:
            self.value = None
            self.save_button.setEnabled(True)

    def _save(self) -> None:
        self.revalidate()
        if self.error is None:
            self.accept()

    def finding_concerns(self, finding: Finding, value: Any) -> bool:
        ids = {m.id for m in self.medications}
        return bool(ids & set(finding.items))
