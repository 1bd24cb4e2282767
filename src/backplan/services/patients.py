"""Patients: who is in the data folder, which one a command or an imported file means.

``--patient`` takes a name or an identifier (cli.md); a name two patients share is
refused with the identifiers that tell them apart, never resolved to one by chance.
"""

from __future__ import annotations

from collections.abc import Sequence

from backplan.domain.model import Patient
from backplan.storage.backup import risky_change_lock

from . import backups
from .context import ServiceContext
from .errors import UsageError


def patient_names(ctx: ServiceContext) -> list[str]:
    with ctx.reading() as r:
        return r.patient_names()


def patients(ctx: ServiceContext) -> list[tuple[int, Patient]]:
    """Every patient with its id, by name (same-named ones by id)."""
    with ctx.reading() as r:
        return r.patients()


def patient(ctx: ServiceContext, patient_id: int) -> Patient:
    with ctx.reading() as r:
        return r.get_patient(patient_id)


def resolve_patient(ctx: ServiceContext, name: str | None) -> int:
    """The patient a command means: by name or identifier, or the only one.

    ``--patient`` takes either (cli.md), case and surrounding spaces ignored; an
    identifier wins over a name. A name two patients share is refused with the
    identifiers that tell them apart, never resolved to one of them by chance.
    """
    everyone = patients(ctx)
    if name is not None:
        return _pick_patient(everyone, name)
    if not everyone:
        raise UsageError("no patient yet: import a plan first (backplan import FILE)")
    if len(everyone) > 1:
        listed = ", ".join(patient_key(p) for _, p in everyone)
        raise UsageError(f"--patient: this data folder holds several patients ({listed}); name one")
    return everyone[0][0]


def existing_patient(ctx: ServiceContext, patient: Patient) -> int | None:
    """The stored patient an imported file's patient is (plan-format.md, cli.md).

    The same identifier when the file has one, else the same name. A name that
    several stored patients share cannot say which one is meant: refused, with
    their identifiers.
    """
    everyone = patients(ctx)
    if patient.identifier is not None:
        wanted = _fold(patient.identifier)
        same = [pid for pid, p in everyone if p.identifier is not None and _fold(p.identifier) == wanted]
        return same[0] if same else None
    named = [(pid, p) for pid, p in everyone if _fold(p.name) == _fold(patient.name)]
    if len(named) > 1:
        ids = ", ".join(repr(p.identifier) for _, p in named if p.identifier)
        raise UsageError(
            f"patient {patient.name!r}: {len(named)} patients here have that name ({ids}); "
            "give the file an identifier to say which one"
        )
    return named[0][0] if named else None


def delete_patient(ctx: ServiceContext, patient_id: int) -> None:
    """Deletes a patient with their plan, log and events; a backup is taken first."""
    with risky_change_lock(ctx.data_dir):
        backups.backup_now(ctx, "before-delete")
        with ctx.writing() as w:
            w.delete_patient(patient_id)
    ctx.changed("patients")


def patient_key(patient: Patient) -> str:
    """``'Sam Rivera' (identifier 'MRN-1')``: how messages name a patient."""
    if patient.identifier:
        return f"{patient.name!r} (identifier {patient.identifier!r})"
    return repr(patient.name)


def _fold(text: str) -> str:
    return text.strip().casefold()


def _pick_patient(everyone: Sequence[tuple[int, Patient]], key: str) -> int:
    """``--patient KEY``: an identifier first, then a name that only one patient has."""
    wanted = _fold(key)
    by_id = [pid for pid, p in everyone if p.identifier is not None and _fold(p.identifier) == wanted]
    if len(by_id) == 1:
        return by_id[0]
    named = [(pid, p) for pid, p in everyone if _fold(p.name) == wanted]
    if len(named) == 1:
        return named[0][0]
    if len(named) > 1:
        ids = ", ".join(repr(p.identifier) if p.identifier else "(none)" for _, p in named)
        raise UsageError(
            f"--patient: {len(named)} patients are named {key.strip()!r}; give the identifier "
            f"instead (identifiers: {ids})"
        )
    known = ", ".join(patient_key(p) for _, p in everyone) if everyone else "none yet"
    raise UsageError(f"--patient: no patient named or identified {key!r} (patients: {known})")
