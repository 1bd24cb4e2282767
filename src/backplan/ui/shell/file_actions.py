"""File menu work: import and export a plan, export for other apps, back up and restore.

The files are the same as the command line's (cli.md); a plan file is written to a
temporary file and renamed when complete (QSaveFile), so a full disk leaves no half plan.
What follows an import or a restore in the window (reading the patients again, showing
the Plan) is the window's, through the hooks it hands in.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSaveFile
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from backplan.domain.clock import Clock
from backplan.domain.codec import document_to_json
from backplan.domain.model import Patient
from backplan.services.backplan_service import Backplan
from backplan.services.errors import ServiceError


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def safe_filename(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip(" .")
    return cleaned or "plan"


def _exists(services: Backplan, patient: Patient) -> bool:
    """Whether importing a file of ``patient`` would replace a stored patient."""
    try:
        return services.existing_patient(patient) is not None
    except ServiceError:
        return True  # a shared name: the import itself says which identifiers


class FileActions:
    """The File menu's imports, exports, backups and restores, for the window's patient."""

    def __init__(
        self,
        services: Backplan,
        clock: Clock,
        window: QWidget,
        patient: Callable[[], int | None],
        say: Callable[[str], None],
        error: Callable[[str, str], None],
        imported: Callable[[int], None],
        restored: Callable[[], None],
    ) -> None:
        """``patient``: the patient shown; ``say``: a confirmation; ``error``: a warning
        (title, text); ``imported`` and ``restored``: what the window does after one."""
        self.services = services
        self.clock = clock
        self.window = window
        self.patient = patient
        self.say = say
        self.error = error
        self.imported = imported
        self.restored = restored

    # --- a plan file ------------------------------------------------------------------

    def import_plan(self) -> None:
        from ..common.first_run import PLAN_FILE_FILTER

        path, _ = QFileDialog.getOpenFileName(
            self.window, tr("Import a plan file"), str(Path.home()), tr(PLAN_FILE_FILTER)
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        from ..common.first_run import import_plan_file

        try:
            preview = self.services.read_file(path)
        except ServiceError:
            preview = None  # import_plan_file shows the reason
        replace = False
        if preview is not None and _exists(self.services, preview.document.patient):
            answer = QMessageBox.question(
                self.window,
                tr("Replace the plan?"),
                tr(
                    "{name} already has a plan here. Replace their plan, log and records with the "
                    "file's? A backup is taken first."
                ).format(name=preview.document.patient.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        result = import_plan_file(self.services, path, self.window, replace=replace)
        if result is None:
            return
        self.imported(result.patient_id)
        self.say(tr("Imported the plan of {name}.").format(name=result.patient_name))

    def export_plan(self) -> None:
        patient_id = self.patient()
        if patient_id is None:
            return
        from ..common.first_run import PLAN_FILE_FILTER

        name = self.services.patient(patient_id).name
        suggested = str(Path.home() / f"{safe_filename(name)}.backplan.json")
        path, _ = QFileDialog.getSaveFileName(
            self.window, tr("Export plan"), suggested, tr(PLAN_FILE_FILTER)
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        patient_id = self.patient()
        assert patient_id is not None
        doc = self.services.document(patient_id)
        text = json.dumps(document_to_json(doc), ensure_ascii=False, indent=2) + "\n"
        out = QSaveFile(str(path))  # written to a temporary file, renamed when complete
        if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
            self.error(tr("Plan not exported"), f"{path}: {out.errorString()}")
            return False
        out.write(QByteArray(text.encode("utf-8")))
        if not out.commit():
            self.error(tr("Plan not exported"), f"{path}: {out.errorString()}")
            return False
        self.say(tr("Wrote {path}").format(path=path))
        return True

    # --- files for other apps -----------------------------------------------------------

    def export_other(self, kind: str) -> Path | None:
        """Calendar, CSV or FHIR: the same files as the command line writes."""
        patient_id = self.patient()
        if patient_id is None:
            return None
        name = safe_filename(self.services.patient(patient_id).name)
        choices = {
            "calendar": (tr("Export to a calendar"), f"{name}.ics", tr("iCalendar files (*.ics)")),
            "log": (tr("Export the pain log"), f"{name}-log.csv", tr("CSV files (*.csv)")),
            "events": (tr("Export the events"), f"{name}-events.csv", tr("CSV files (*.csv)")),
            "fhir": (tr("Export for a clinic system"), f"{name}.fhir.json", tr("FHIR JSON files (*.json)")),
        }
        # Excel's CSV (a byte-order mark first) and a FHIR server's transaction: same names.
        choices["log-excel"] = choices["log"]
        choices["events-excel"] = choices["events"]
        choices["fhir-transaction"] = (
            tr("Export for a FHIR server"), f"{name}.fhir-transaction.json", tr("FHIR JSON files (*.json)")
        )
        title, suggested, filter_text = choices[kind]
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / suggested), filter_text)
        if not path:
            return None
        return self.export_other_to(kind, Path(path))

    def export_other_to(self, kind: str, path: Path) -> Path | None:
        patient_id = self.patient()
        assert patient_id is not None
        try:
            if kind == "calendar":
                self.services.write_calendar(patient_id, path)
            elif kind.startswith("fhir"):
                self.services.write_fhir(patient_id, path, transaction=kind == "fhir-transaction")
            else:
                which, _, excel = kind.partition("-")
                self.services.write_csv(patient_id, which, path, bom=excel == "excel")
        except ServiceError as exc:
            self.error(tr("Export failed"), str(exc))
            return None
        self.say(tr("Wrote {path}").format(path=path))
        return path

    # --- backups ------------------------------------------------------------------------

    def backup(self) -> None:
        stamp = self.clock.now().strftime("%Y-%m-%d")
        suggested = str(Path.home() / f"backplan-backup-{stamp}.sqlite3")
        path, _ = QFileDialog.getSaveFileName(
            self.window, tr("Back up"), suggested, tr("backplan backups (*.sqlite3)")
        )
        if not path:
            return
        try:
            written = self.services.backup_to(Path(path))
        except ServiceError as exc:
            self.error(tr("Backup failed"), str(exc))
            return
        self.say(tr("Backup written to {path}").format(path=written))

    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            tr("Restore a backup"),
            str(Path.home()),
            tr("backplan backups (*.sqlite3);;All files (*)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self.window,
            tr("Restore this backup?"),
            tr(
                "Everything in backplan is replaced by the backup's contents. A copy of the "
                "current data is kept in the backups folder first."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_path(Path(path))

    def restore_path(self, path: Path) -> bool:
        try:
            safety_copy = self.services.restore_from(path)
        except ServiceError as exc:
            self.error(tr("Backup not restored"), str(exc))
            return False
        self.restored()
        self.say(tr("Restored. The data from before is kept in {path}").format(path=safety_copy))
        return True


__all__ = ["FileActions", "safe_filename"]
