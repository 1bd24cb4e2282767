"""Exports for other systems: the schedule as a calendar, the record as a FHIR bundle,
the log or the events as a spreadsheet. A file that cannot be written is a usage error
naming it, never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from backplan.interchange.csv_export import write_events_csv, write_log_csv

from .agenda import today
from .context import ServiceContext
from .errors import UsageError
from .flare_ups import flare_up_windows
from .plan import document

# The calendar (icalendar, dateutil) and FHIR (fhir.resources, pydantic) writers load
# libraries a start has no use for, so they are imported by the exports that use them.


def write_calendar(
    ctx: ServiceContext, patient_id: int, out: Path, start: date | None = None, days: int = 90
) -> None:
    """The schedule as iCalendar events with reminders: the same occurrences as the agenda."""
    from backplan.interchange.ical import write_calendar as write

    doc = document(ctx, patient_id, with_history=False)
    first = start or today(ctx, patient_id)
    _writing(out, lambda: write(doc, out, first, days, flare_up_windows(ctx, patient_id, doc), now=ctx.now()))


def write_fhir(ctx: ServiceContext, patient_id: int, out: Path, *, transaction: bool = False) -> None:
    """A FHIR bundle; ``transaction``: one a FHIR server imports (docs/exports.md)."""
    from backplan.interchange.fhir import write_fhir_bundle

    doc = document(ctx, patient_id)
    _writing(out, lambda: write_fhir_bundle(doc, out, now=ctx.now(), transaction=transaction))


def write_csv(ctx: ServiceContext, patient_id: int, which: str, out: Path, *, bom: bool = False) -> None:
    """``which`` is "log" or "events": one row each, for a spreadsheet; ``bom``: for Excel."""
    doc = document(ctx, patient_id)
    writer = write_log_csv if which == "log" else write_events_csv
    _writing(out, lambda: writer(doc, out, bom=bom))


def _writing(out: Path, write: Callable[[], None]) -> None:
    try:
        write()
    except OSError as exc:
        raise UsageError(f"{out}: cannot write ({exc.strerror or exc})") from None
