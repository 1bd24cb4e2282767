"""The physiotherapist's workflow in the Plan section: export, templates, new plans.

Export the plan for the patient (without the log and records), save it as a
template, start a new patient's plan from a template or from scratch.
"""

from __future__ import annotations

import zoneinfo
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from backplan.services.errors import ServiceError

from .editing import PlanEditing

if TYPE_CHECKING:
    # The editor's forms and dialogs are imported where they open: a start that only
    # shows the plan need not load them.
    from .editor import FromTemplateDialog, TemplateNameDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanView", text)


PLAN_FILE_FILTER = "backplan plan files (*.backplan.json);;All files (*)"


class PlanWorkflow(PlanEditing):
    """Export, templates and new patients, beside the plan shown."""

    def export_for_patient(self, path: Path | None = None) -> Path | None:
        """Writes the plan without the log and records, for the patient to import."""
        from backplan.services import templates

        if self.patient_id is None or self.document is None:
            return None
        if path is None:
            name = "".join(
                c if c.isalnum() or c in " -_" else "_" for c in self.document.patient.name
            ).strip()
            suggested = str(Path.home() / f"{name or 'plan'}.backplan.json")
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("Export plan for patient"), suggested, tr(PLAN_FILE_FILTER)
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            doc = self.services.document(self.patient_id, with_history=False)
            templates.export_plan_for_patient(doc, path)
        except OSError as exc:
            self._problem(tr("Plan not exported"), f"{path}: {exc.strerror or exc}")
            return None
        self.message.emit(tr("Wrote the plan for the patient to {path}").format(path=path))
        return path

    def save_as_template(self, name: str | None = None) -> Path | TemplateNameDialog | None:
        from backplan.services import templates

        from .editor import TemplateNameDialog

        if self.patient_id is None or self.document is None:
            return None
        if name is None:
            dialog = TemplateNameDialog(self.document.plan.title, self)
            dialog.accepted.connect(lambda: self.save_as_template(dialog.name.text()))
            self._show_form(dialog)
            return dialog
        doc = self.services.document(self.patient_id, with_history=False)
        try:
            path = templates.save_template(self.services.data_dir, doc, name)
        except FileExistsError:
            if not self.confirm(
                tr("Replace the template?"),
                tr("A template named {name} exists. Replace it?").format(name=name),
            ):
                return None
            path = templates.save_template(self.services.data_dir, doc, name, overwrite=True)
        except (ServiceError, OSError) as exc:
            self._problem(tr("Template not saved"), str(exc))
            return None
        self.message.emit(tr("Saved the template {name}").format(name=name))
        return path

    def new_from_template(self) -> FromTemplateDialog:
        from backplan.services import templates

        from .editor import FromTemplateDialog

        found = templates.list_templates(self.services.data_dir)
        zone = self.document.patient.timezone if self.document else "UTC"
        dialog = FromTemplateDialog(found, self._today(), zone, self)

        def done() -> None:
            info = dialog.chosen()
            zone_name = dialog.timezone.currentText().strip()
            if info is None:
                return
            if zone_name not in zoneinfo.available_timezones():
                self._problem(
                    tr("Plan not created"),
                    tr("{zone} is not a time zone backplan knows.").format(zone=zone_name),
                )
                return
            try:
                doc = templates.from_template(
                    templates.load_template(info.path), dialog.name.text(), zone_name, dialog.start_day()
                )
                result = self.services.import_document(doc)
            except (ServiceError, ValueError) as exc:
                self._problem(tr("Plan not created"), str(exc))
                return
            self.patient_created.emit(result.patient_id)

        dialog.accepted.connect(done)
        self._show_form(dialog)
        return dialog

    def new_patient(self) -> QWidget:
        """The first-run "Start a new plan" dialog, for one more patient."""
        from ..common.first_run import NewPlanDialog

        dialog = NewPlanDialog(self.services, self._today(), self)
        dialog.accepted.connect(
            lambda: self.patient_created.emit(dialog.patient_id) if dialog.patient_id is not None else None
        )
        self._show_form(dialog)
        return dialog

    def _today(self) -> date:
        if self.patient_id is not None:
            return self.services.today(self.patient_id)
        return self.services.now().date()
