"""The plan editor's form for the plan's own details: patient, title, dates, clinician, goals.

Checked as it is typed with the file format's own rules (see
:mod:`backplan.ui.plan.form_base`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from backplan.domain import codec
from backplan.domain.errors import ValidationError
from backplan.domain.model import Patient, Plan, PlanDocument
from backplan.safety.catalogue import Catalogue

from .form_base import ValidatingForm, date_edit, line_edit, lines_of, pydate, text_edit, timezone_box


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanForms", text)


class PlanDetailsForm(ValidatingForm):
    """Whose plan it is and the plan itself: title, dates, clinician, goals, PSFS."""

    def __init__(
        self,
        document: PlanDocument,
        catalogue: Catalogue | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Plan details"), catalogue, parent)
        self.document = document
        patient, plan = document.patient, document.plan
        self.patient_name = line_edit(self, tr("Patient name"), patient.name, 120)
        self.add_row(tr("Patient &name:"), self.patient_name, "patient.name")
        self.timezone = timezone_box(self, patient.timezone, tr("Time zone"))
        self.add_row(tr("&Time zone:"), self.timezone, "patient.timezone")
        self.patient_notes = text_edit(self, tr("Notes about the patient"), patient.notes or "", 2)
        self.add_row(tr("About the &patient:"), self.patient_notes, "patient.notes")

        self.title = line_edit(self, tr("Plan title"), plan.title)
        self.add_row(tr("Plan &title:"), self.title, "plan.title")
        self.start = date_edit(self, plan.start, tr("First day of the plan"))
        self.add_row(tr("&Starts on:"), self.start, "plan.start")
        end_box = QWidget(self)
        end_row = QHBoxLayout(end_box)
        end_row.setContentsMargins(0, 0, 0, 0)
        self.has_end = QCheckBox(tr("Ends on"), end_box)
        self.end = date_edit(end_box, plan.end or plan.start, tr("Last day of the plan"))
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end)
        end_row.addStretch(1)
        self.has_end.setChecked(plan.end is not None)
        self.end.setEnabled(plan.end is not None)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.add_row(tr("Last day:"), end_box, "plan.end")

        clinician = plan.clinician
        self.clinician_name = line_edit(self, tr("Clinician's name"), clinician.name if clinician else "")
        self.clinician_role = line_edit(
            self, tr("Clinician's role"), (clinician.role or "") if clinician else ""
        )
        self.clinician_contact = line_edit(
            self, tr("Clinician's contact"), (clinician.contact or "") if clinician else "", 10_000
        )
        self.add_row(tr("&Clinician:"), self.clinician_name, "plan.clinician.name", "plan.clinician")
        self.add_row(tr("Clinician's &role:"), self.clinician_role, "plan.clinician.role")
        self.add_row(tr("Clinician's c&ontact:"), self.clinician_contact, "plan.clinician.contact")
        self.goals = text_edit(self, tr("Goals, one a line"), "\n".join(plan.goals or ()))
        self.add_row(tr("&Goals (one a line):"), self.goals, "plan.goals")
        self.psfs = text_edit(
            self, tr("Activities to score, one a line"), "\n".join(plan.psfs_activities or ()), 5
        )
        self.psfs.setToolTip(
            tr("Up to five activities the patient finds hard; the log scores each 0-10 (PSFS).")
        )
        self.add_row(tr("PSFS &activities (1-5):"), self.psfs, "plan.psfs_activities")
        self.notes = text_edit(self, tr("Plan notes"), plan.notes or "")
        self.add_row(tr("N&otes:"), self.notes, "plan.notes")
        self.watch(
            self.patient_name, self.timezone, self.patient_notes, self.title, self.start, self.has_end,
            self.end, self.clinician_name, self.clinician_role, self.clinician_contact, self.goals,
            self.psfs, self.notes,
        )  # fmt: skip
        self.start_checking()

    def to_json(self) -> tuple[dict[str, Any], dict[str, Any]]:
        patient: dict[str, Any] = {
            "name": self.patient_name.text(),
            "timezone": self.timezone.currentText().strip(),
        }
        if self.patient_notes.toPlainText().strip():
            patient["notes"] = self.patient_notes.toPlainText().strip()
        plan: dict[str, Any] = {
            "title": self.title.text().strip(),
            "start": pydate(self.start.date()).isoformat(),
        }
        if self.has_end.isChecked():
            plan["end"] = pydate(self.end.date()).isoformat()
        who = [w.text().strip() for w in (self.clinician_name, self.clinician_role, self.clinician_contact)]
        if any(who):
            clinician: dict[str, Any] = {"name": who[0]}
            if who[1]:
                clinician["role"] = who[1]
            if who[2]:
                clinician["contact"] = who[2]
            plan["clinician"] = clinician
        goals = lines_of(self.goals)
        if goals:
            plan["goals"] = goals
        psfs = lines_of(self.psfs)
        if psfs:
            plan["psfs_activities"] = psfs
        if self.notes.toPlainText().strip():
            plan["notes"] = self.notes.toPlainText().strip()
        current = codec.plan_to_json(self.document.plan)
        if "flare_up" in current:
            plan["flare_up"] = current["flare_up"]
        return patient, plan

    def build(self) -> tuple[Patient, Plan]:
        patient, plan = self.to_json()
        return codec.parse_patient(patient, "patient"), codec.parse_plan(plan, "plan")

    def candidate(self, value: tuple[Patient, Plan]) -> tuple[PlanDocument, str]:
        patient, plan = value
        return replace(self.document, patient=patient, plan=plan, log=(), events=()), ""

    @staticmethod
    def _relative(exc: ValidationError, prefix: str) -> ValidationError:
        if exc.path.startswith(("patient", "plan")):
            return exc
        return ValidationError("~" + exc.path, str(exc))
