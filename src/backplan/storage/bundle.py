"""Backups as files in the plan format: every patient of a database in one zip.

On a PostgreSQL server there is no database file to copy, and the clinic's own
server backups (pg_dump, base backups) are out of a therapist's reach; ``backplan
backup`` there writes a *bundle*: a zip holding ``manifest.json`` and one
``.backplan.json`` file per patient, each exactly what ``backplan export`` writes, so
any one of them can also be imported on its own. ``restore`` of a bundle replaces
every patient in the database with those of the bundle, in one transaction. The same
bundle moves a single computer's data to a clinic server and back, since both engines
read and write it.

The export reads all patients in one snapshot (REPEATABLE READ on the server), so a
bundle never holds half of a change another workstation made meanwhile.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from backplan.domain.codec import document_from_json, document_to_json
from backplan.domain.errors import ValidationError
from backplan.domain.files import private_temp_file
from backplan.domain.model import PlanDocument

from . import repository as repo
from .database import Database, ensure_private_dir

BUNDLE_FORMAT = "backplan-bundle"
BUNDLE_VERSION = 1
MANIFEST = "manifest.json"
# The plan format's own limit for one file, and a bound on the whole bundle: a restore
# reads a file someone chose, and a zip can claim any size.
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_PATIENTS = 10_000


class BundleError(RuntimeError):
    """The file is not a bundle this backplan can restore; the message says why."""


@dataclass(frozen=True)
class BundleInfo:
    path: Path
    patients: int
    written_at: str


def is_bundle(path: Path) -> bool:
    """Whether ``path`` looks like a bundle (a zip), as opposed to an SQLite backup."""
    return path.is_file() and zipfile.is_zipfile(path)


def read_all_documents(db: Database) -> list[PlanDocument]:
    """Every patient with plan, log and events, read in one snapshot, by name."""
    with db.reading(snapshot=True) as reader:
        docs = []
        for pid, _ in reader.patients():
            try:
                docs.append(reader.read_document(pid))
            except repo.NotFound:
                continue  # a patient whose first import has no plan yet: nothing to keep
        return docs


def export_bundle(db: Database, dest: Path, written_at: datetime) -> BundleInfo:
    """Writes every patient to ``dest`` (0600), atomically: the old file or the whole new one."""
    docs = read_all_documents(db)
    manifest: dict[str, Any] = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "written_at": written_at.isoformat(),
        "patients": [],
    }
    parent = dest.parent if str(dest.parent) else Path(".")
    if parent != Path("."):
        ensure_private_dir(parent)
    # A temporary file of its own (domain.files): two bundles written at once never
    # share one, and a link at ``dest`` is replaced, not followed.
    with private_temp_file(dest) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for number, doc in enumerate(docs, start=1):
            member = f"patients/{number:04d}.backplan.json"
            text = json.dumps(document_to_json(doc), ensure_ascii=False, indent=2) + "\n"
            zf.writestr(member, text)
            manifest["patients"].append({"name": doc.patient.name, "file": member})
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    return BundleInfo(path=dest, patients=len(docs), written_at=manifest["written_at"])


def _member(zf: zipfile.ZipFile, name: str, path: Path) -> Any:
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise BundleError(f"{path}: the bundle lacks {name}") from None
    if info.file_size > MAX_MEMBER_BYTES:
        raise BundleError(f"{path}: {name} is larger than a plan file may be")
    try:
        return json.loads(zf.read(info).decode("utf-8"))
    except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, RecursionError) as exc:
        raise BundleError(f"{path}: {name} cannot be read ({exc})") from None


def read_bundle(path: Path) -> list[PlanDocument]:
    """The bundle's documents, each checked by the plan format's own rules."""
    if not is_bundle(path):
        raise BundleError(f"{path}: not a backplan bundle (not a zip file)")
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = _member(zf, MANIFEST, path)
            if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
                raise BundleError(f"{path}: not a backplan bundle (its manifest is not one)")
            if manifest.get("version") != BUNDLE_VERSION:
                raise BundleError(
                    f"{path}: a bundle of version {manifest.get('version')!r}; "
                    f"this backplan reads version {BUNDLE_VERSION}"
                )
            entries = manifest.get("patients")
            if not isinstance(entries, list) or len(entries) > MAX_PATIENTS:
                raise BundleError(f"{path}: the manifest's patient list is not usable")
            docs: list[PlanDocument] = []
            for entry in entries:
                member = entry.get("file") if isinstance(entry, dict) else None
                if not isinstance(member, str):
                    raise BundleError(f"{path}: the manifest names a patient without a file")
                try:
                    docs.append(document_from_json(_member(zf, member, path)))
                except ValidationError as exc:
                    raise BundleError(f"{path}: {member}: {exc}") from None
    except zipfile.BadZipFile as exc:
        raise BundleError(f"{path}: a damaged zip file ({exc})") from None
    names = [d.patient.name for d in docs]
    doubled = sorted({n for n in names if names.count(n) > 1})
    if doubled:
        raise BundleError(f"{path}: the bundle holds {', '.join(map(repr, doubled))} more than once")
    return docs


def restore_bundle(db: Database, docs: Sequence[PlanDocument]) -> None:
    """Replaces every patient in the database with ``docs``, in one write transaction."""
    with db.write() as tx:
        repo.delete_all_patients(tx)  # plans, items, log and events follow (cascade)
        for doc in docs:
            repo.write_document(tx, doc)
