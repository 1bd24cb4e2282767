"""The use cases, in one object the window and the command line both drive.

``Backplan`` is the shared :class:`~backplan.services.context.ServiceContext` (database,
clock, data folder, catalogue, listeners) with one method per use case, each handing
over to the module that holds it: patients, plan, agenda, flare_ups, recording (doses
and events through the safety guard), stock, log, exports, backups. Read those for
what a use case does; this facade only keeps one door for its callers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from backplan.domain.model import Activity, Event, LogEntry, Medication, Patient, Plan, PlanDocument
from backplan.interchange.planfile import ReadResult
from backplan.safety.dose_guard import DoseDecision
from backplan.safety.findings import Finding
from backplan.schedule.occurrence import FlareUpWindow, Occurrence
from backplan.schedule.stock import StockStatus

from . import agenda, backups, exports, flare_ups, log, patients, recording, stock
from . import plan as plans
from .context import ServiceContext
from .patients import patient_key
from .plan import ImportResult, plan_made_key
from .recording import FUTURE_TOLERANCE, DoseResult

__all__ = ["FUTURE_TOLERANCE", "Backplan", "DoseResult", "ImportResult", "patient_key", "plan_made_key"]


@dataclass
class Backplan(ServiceContext):
    """The application's use cases over one data folder."""

    # --- patients ----------------------------------------------------------------

    def patient_names(self) -> list[str]:
        return patients.patient_names(self)

    def patients(self) -> list[tuple[int, Patient]]:
        return patients.patients(self)

    def resolve_patient(self, name: str | None) -> int:
        return patients.resolve_patient(self, name)

    def existing_patient(self, patient: Patient) -> int | None:
        return patients.existing_patient(self, patient)

    def patient(self, patient_id: int) -> Patient:
        return patients.patient(self, patient_id)

    def delete_patient(self, patient_id: int) -> None:
        patients.delete_patient(self, patient_id)

    # --- the plan ----------------------------------------------------------------

    def document(self, patient_id: int, *, with_history: bool = True) -> PlanDocument:
        return plans.document(self, patient_id, with_history=with_history)

    def plan_revision(self, patient_id: int) -> int:
        return plans.plan_revision(self, patient_id)

    def read_file(self, path: Path) -> ReadResult:
        return plans.read_file(path)

    def import_file(self, path: Path, *, replace: bool = False) -> ImportResult:
        return plans.import_file(self, path, replace=replace)

    def import_document(
        self, doc: PlanDocument, *, replace: bool = False, warnings: Sequence[str] = ()
    ) -> ImportResult:
        return plans.import_document(self, doc, replace=replace, warnings=warnings)

    def save_plan(
        self,
        patient_id: int,
        patient: Patient,
        plan: Plan,
        medications: Sequence[Medication],
        activities: Sequence[Activity],
        *,
        expected_revision: int | None = None,
    ) -> list[Finding]:
        return plans.save_plan(
            self, patient_id, patient, plan, medications, activities, expected_revision=expected_revision
        )

    def plan_findings(self, patient_id: int) -> list[Finding]:
        return plans.plan_findings(self, patient_id)

    def plan_made_at(self, patient_id: int) -> datetime | None:
        return plans.plan_made_at(self, patient_id)

    # --- the schedule and flare-ups ------------------------------------------------

    def flare_up_windows(self, patient_id: int, doc: PlanDocument | None = None) -> list[FlareUpWindow]:
        return flare_ups.flare_up_windows(self, patient_id, doc)

    def occurrences(self, patient_id: int, start: datetime, end: datetime) -> list[Occurrence]:
        return agenda.occurrences(self, patient_id, start, end)

    def agenda(
        self, patient_id: int, day: date | None = None, days: int = 1, *, doc: PlanDocument | None = None
    ) -> list[Occurrence]:
        return agenda.agenda(self, patient_id, day, days, doc=doc)

    def today(self, patient_id: int) -> date:
        return agenda.today(self, patient_id)

    def active_flare_up(self, patient_id: int, *, doc: PlanDocument | None = None) -> FlareUpWindow | None:
        return flare_ups.active_flare_up(self, patient_id, doc=doc)

    def start_flare_up(self, patient_id: int, at: datetime | None = None, note: str | None = None) -> int:
        return flare_ups.start_flare_up(self, patient_id, at, note)

    def end_flare_up(self, patient_id: int, at: datetime | None = None) -> int:
        return flare_ups.end_flare_up(self, patient_id, at)

    # --- events and doses --------------------------------------------------------

    def events(
        self, patient_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[int, Event]]:
        return recording.events(self, patient_id, start, end)

    def check_dose(self, patient_id: int, med_id: str, at: datetime | None = None) -> DoseDecision:
        return recording.check_dose(self, patient_id, med_id, at)

    def record_dose(
        self,
        patient_id: int,
        med_id: str,
        at: datetime | None = None,
        override: str | None = None,
        note: str | None = None,
    ) -> DoseResult:
        return recording.record_dose(self, patient_id, med_id, at, override, note)

    def next_allowed(
        self, patient_id: int, med_id: str, *, doc: PlanDocument | None = None
    ) -> datetime | None:
        return recording.next_allowed(self, patient_id, med_id, doc=doc)

    def record_event(self, patient_id: int, event: Event) -> int:
        return recording.record_event(self, patient_id, event)

    def remove_event(self, event_id: int, reason: str | None = None) -> Event:
        return recording.remove_event(self, event_id, reason)

    def restore_event(self, patient_id: int, event: Event) -> int:
        return recording.restore_event(self, patient_id, event)

    # --- stock ----------------------------------------------------------------

    def stock_statuses(self, patient_id: int, *, doc: PlanDocument | None = None) -> list[StockStatus]:
        return stock.stock_statuses(self, patient_id, doc=doc)

    def refill_reminders_due(self, patient_id: int) -> list[StockStatus]:
        return stock.refill_reminders_due(self, patient_id)

    def record_stock(self, patient_id: int, med_id: str, units: float, at: datetime | None = None) -> None:
        stock.record_stock(self, patient_id, med_id, units, at)

    # --- the log -----------------------------------------------------------------

    def log_entries(
        self, patient_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[int, LogEntry]]:
        return log.log_entries(self, patient_id, start, end)

    def last_log_entry(self, patient_id: int) -> LogEntry | None:
        return log.last_log_entry(self, patient_id)

    def record_log(self, patient_id: int, entry: LogEntry) -> int:
        return log.record_log(self, patient_id, entry)

    def update_log(self, patient_id: int, entry_id: int, entry: LogEntry) -> None:
        log.update_log(self, patient_id, entry_id, entry)

    def delete_log(self, entry_id: int) -> LogEntry:
        return log.delete_log(self, entry_id)

    # --- exports for other systems ------------------------------------------------

    def write_calendar(self, patient_id: int, out: Path, start: date | None = None, days: int = 90) -> None:
        exports.write_calendar(self, patient_id, out, start, days)

    def write_fhir(self, patient_id: int, out: Path, *, transaction: bool = False) -> None:
        exports.write_fhir(self, patient_id, out, transaction=transaction)

    def write_csv(self, patient_id: int, which: str, out: Path, *, bom: bool = False) -> None:
        exports.write_csv(self, patient_id, which, out, bom=bom)

    # --- backups -----------------------------------------------------------------

    def backup_to(self, dest: Path) -> Path:
        return backups.backup_to(self, dest)

    def backup_now(self, reason: str, *, keep: Path | None = None) -> Path:
        return backups.backup_now(self, reason, keep=keep)

    def automatic_backup(self) -> Path | None:
        return backups.automatic_backup(self)

    def backups(self) -> list[tuple[datetime, Path]]:
        return backups.backups(self)

    def restore_from(self, source: Path) -> Path:
        return backups.restore_from(self, source)
