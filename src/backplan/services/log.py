"""The pain log: its entries, and adding, changing or deleting one (each checked by the
plan file's own rules for a log entry, so what the window stores a file could hold)."""

from __future__ import annotations

from datetime import datetime

from backplan.domain.codec import log_entry_to_json, parse_log_entry
from backplan.domain.errors import ValidationError
from backplan.domain.model import LogEntry, PlanDocument

from .context import ServiceContext
from .errors import UsageError
from .plan import document


def log_entries(
    ctx: ServiceContext, patient_id: int, start: datetime | None = None, end: datetime | None = None
) -> list[tuple[int, LogEntry]]:
    with ctx.reading() as r:
        return r.log_entries(patient_id, start, end)


def last_log_entry(ctx: ServiceContext, patient_id: int) -> LogEntry | None:
    with ctx.reading() as r:
        return r.last_log_entry(patient_id)


def record_log(ctx: ServiceContext, patient_id: int, entry: LogEntry) -> int:
    _check_log(document(ctx, patient_id, with_history=False), entry)
    with ctx.writing() as w:
        (entry_id,) = w.add_log_entries(patient_id, [entry])
    ctx.changed("log")
    return entry_id


def update_log(ctx: ServiceContext, patient_id: int, entry_id: int, entry: LogEntry) -> None:
    _check_log(document(ctx, patient_id, with_history=False), entry)
    with ctx.writing() as w:
        w.update_log_entry(entry_id, entry)
    ctx.changed("log")


def delete_log(ctx: ServiceContext, entry_id: int) -> LogEntry:
    with ctx.writing() as w:
        entry = w.delete_log_entry(entry_id)
    ctx.changed("log")
    return entry


def _check_log(doc: PlanDocument, entry: LogEntry) -> None:
    try:
        parse_log_entry(log_entry_to_json(entry), "log", doc.plan.psfs_activities)
    except ValidationError as exc:
        raise UsageError(str(exc)) from None
