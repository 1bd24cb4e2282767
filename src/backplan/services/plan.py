"""The plan: reading a patient's document, importing a plan file (all of it or nothing),
saving the editor's changes (checked by the file format's own rules), and the safety
checks of a plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from backplan.domain.codec import validate_document
from backplan.domain.errors import ValidationError
from backplan.domain.model import Activity, Medication, Patient, Plan, PlanDocument
from backplan.interchange.planfile import PlanFileError, ReadResult, read_plan_file
from backplan.safety.catalogue import Catalogue
from backplan.safety.findings import Finding
from backplan.safety.plan_checks import check_plan
from backplan.storage.backup import risky_change_lock

from . import backups
from .context import ServiceContext
from .errors import UsageError
from .patients import existing_patient, patient_key


@dataclass(frozen=True)
class ImportResult:
    patient_id: int
    patient_name: str
    replaced: bool
    warnings: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    backup: Path | None = None


@lru_cache(maxsize=16)
def plan_made_key(patient_id: int) -> str:
    """The meta key holding when a patient's plan was made or imported (UTC, ISO 8601)."""
    return f"plan_made:{patient_id}"


def document(ctx: ServiceContext, patient_id: int, *, with_history: bool = True) -> PlanDocument:
    with ctx.reading() as r:
        return r.read_document(patient_id, with_history=with_history)


def plan_revision(ctx: ServiceContext, patient_id: int) -> int:
    with ctx.reading() as r:
        return r.patient_revision(patient_id)


def read_file(path: Path) -> ReadResult:
    try:
        return read_plan_file(path)
    except PlanFileError as exc:
        raise UsageError(str(exc)) from None


def import_file(ctx: ServiceContext, path: Path, *, replace: bool = False) -> ImportResult:
    result = read_file(path)
    return import_document(ctx, result.document, replace=replace, warnings=result.warnings)


def import_document(
    ctx: ServiceContext, doc: PlanDocument, *, replace: bool = False, warnings: Sequence[str] = ()
) -> ImportResult:
    """Stores a whole document in one transaction: all of it, or nothing."""
    # One risky change at a time (storage.backup.risky_change_lock): a second
    # replace waits, then backs up the first one's result under a name of its own.
    with risky_change_lock(ctx.data_dir):
        existing = existing_patient(ctx, doc.patient)
        if existing is not None and not replace:
            raise UsageError(
                f"patient {patient_key(doc.patient)} already exists in this data folder; use --replace "
                "to replace their plan, log and events (a backup is taken first)"
            )
        # The checks run before anything is written: should one of them fail on
        # the file, nothing of it is stored (all or nothing).
        findings = tuple(check_plan(doc, ctx.catalogue))
        backup = backups.backup_now(ctx, "before-replace") if existing is not None else None
        with ctx.writing() as w:
            patient_id = w.write_document(doc, existing)
            w.set_meta(plan_made_key(patient_id), ctx.now().astimezone(UTC).isoformat())
    ctx.changed("plan")
    return ImportResult(
        patient_id=patient_id,
        patient_name=doc.patient.name,
        replaced=existing is not None,
        warnings=tuple(warnings),
        findings=findings,
        backup=backup,
    )


def save_plan(
    ctx: ServiceContext,
    patient_id: int,
    patient: Patient,
    plan: Plan,
    medications: Sequence[Medication],
    activities: Sequence[Activity],
    *,
    expected_revision: int | None = None,
) -> list[Finding]:
    """Replaces the plan (from the editor), checked by the file format's own rules."""
    current = document(ctx, patient_id)
    candidate = replace(
        current, patient=patient, plan=plan, medications=tuple(medications), activities=tuple(activities)
    )
    try:
        validate_document(candidate)
    except ValidationError as exc:
        raise UsageError(str(exc)) from None
    findings = check_plan(candidate, ctx.catalogue)  # before the write, as for imports
    with ctx.writing() as w:
        # A plan changed elsewhere since ``expected_revision`` is a ConflictError.
        w.write_plan(patient_id, plan, medications, activities, expected_revision=expected_revision)
        if patient.name != current.patient.name:
            other = w.find_patient_id(patient.name)
            if other is not None and other != patient_id:
                raise UsageError(f"patient name: {patient.name!r} is already used by another patient")
        w.update_patient(patient_id, patient)
    ctx.changed("plan")
    return findings


def plan_findings(ctx: ServiceContext, patient_id: int) -> list[Finding]:
    return list(_plan_check(document(ctx, patient_id, with_history=False), ctx.catalogue))


def _plan_check(doc: PlanDocument, catalogue: Catalogue) -> tuple[Finding, ...]:
    """The plan's findings, remembered: they depend on the plan alone (a frozen value),
    and the window asks again at every refresh; for a plan of several years the check
    takes a fifth of a second."""
    return tuple(check_plan(doc, catalogue))


def plan_made_at(ctx: ServiceContext, patient_id: int) -> datetime | None:
    """When this patient's plan was made or imported here (None: before this was kept).

    Today does not call the items before that moment "Missed": nobody could have
    done them with this plan (a plan made at 14:54 has no missed morning).
    """
    text = ctx.get_meta(plan_made_key(patient_id))
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
