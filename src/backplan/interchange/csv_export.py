"""The pain log and the events as CSV, for a spreadsheet.

``backplan export --csv log|events --out FILE.csv``. The files are UTF-8 without a
byte-order mark, with one header row, one row per log entry or event in the order
the document keeps them (time order), comma-separated, lines ended by CRLF (RFC
4180), and quoted by Python's ``csv`` module wherever a value needs it, so that a
note holding commas, double quotes or line breaks comes back whole. Times are ISO
8601 with the UTC offset they were recorded with (``2026-11-02T20:30:00+05:30``).
An empty cell means "not recorded".

Log columns (``write_log_csv``):

=====================  ====================================================================
``at``                 when the entry was made
``pain``               pain now, 0-10
``pain_worst``         worst pain in the last 24 hours, 0-10
``locations``          where it hurts, ``"; "``-joined (``lower_back; leg_left``)
``spasm``              spasm severity, 0-10
``walking_minutes``    longest comfortable walk that day, in minutes
``psfs_average``       mean of the entry's PSFS scores, at most two decimals
``psfs: <activity>``   one column per PSFS activity of the plan, in the plan's order,
                       then any other activity the log scored
``sleep``              sleep quality last night, 0-10
``side_effects``       ``"; "``-joined (``drowsiness; nausea``)
``red_flags``          ``"; "``-joined warning signs the patient ticked
``note``               the patient's note
=====================  ====================================================================

Event columns (``write_events_csv``): ``item`` (a medicine or activity id,
``<activity>:heat`` / ``<activity>:cold``, or ``flare-up``), ``status`` (``done``,
``skipped``, ``missed``), ``scheduled_for`` (empty for an as-needed dose or a flare-up
start), ``at`` (when it happened), ``override_reason`` (why a safety guard's refusal
was overridden), ``pain_before``, ``pain_after``, ``note``.

Formula injection: a spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or
``@`` (and some read a leading tab or carriage return the same way) as a formula, so
a note such as ``=HYPERLINK(...)`` could act when the file is opened. Every text cell
a person typed (notes, override reasons, PSFS activity names) that starts with one
of those characters, or with an apostrophe, gets one leading apostrophe. Numbers and
times are never changed. To recover the exact text, remove one leading apostrophe
from a cell that has one (``unguard`` does just that): guarding a leading apostrophe
too is what makes that rule exact.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from backplan.domain.model import Event, LogEntry, PlanDocument
from backplan.interchange.planfile import atomic_write_bytes

LIST_SEPARATOR = "; "
PSFS_COLUMN_PREFIX = "psfs: "
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")

LOG_LEADING_COLUMNS = (
    "at",
    "pain",
    "pain_worst",
    "locations",
    "spasm",
    "walking_minutes",
    "psfs_average",
)
LOG_TRAILING_COLUMNS = ("sleep", "side_effects", "red_flags", "note")
EVENT_COLUMNS = (
    "item",
    "status",
    "scheduled_for",
    "at",
    "override_reason",
    "pain_before",
    "pain_after",
    "note",
    "removed_at",
    "removed_reason",
)


def guard(text: str | None) -> str:
    """A typed text made safe to open in a spreadsheet (see the module docstring)."""
    if text is None:
        return ""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def unguard(cell: str) -> str:
    """The text ``guard`` was given back from its cell."""
    return cell[1:] if cell.startswith("'") else cell


def _number(value: int | float | None) -> str:
    return "" if value is None else str(value)


def _time(value: datetime | None) -> str:
    return "" if value is None else value.isoformat()


def _joined(values: Iterable[str] | None) -> str:
    return "" if values is None else LIST_SEPARATOR.join(values)


def format_average(value: float | None) -> str:
    """A PSFS average with at most two decimals and no trailing zeros (``4.5``, ``3``)."""
    if value is None:
        return ""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def psfs_activities(doc: PlanDocument) -> list[str]:
    """The PSFS columns: the plan's activities, then any others the log scored."""
    names = list(doc.plan.psfs_activities or ())
    for entry in doc.log:
        for name, _ in entry.psfs or ():
            if name not in names:
                names.append(name)
    return names


def log_header(doc: PlanDocument) -> list[str]:
    psfs = [guard(PSFS_COLUMN_PREFIX + name) for name in psfs_activities(doc)]
    return [*LOG_LEADING_COLUMNS, *psfs, *LOG_TRAILING_COLUMNS]


def log_row(entry: LogEntry, activities: Sequence[str]) -> list[str]:
    scores = dict(entry.psfs or ())
    return [
        _time(entry.at),
        _number(entry.pain),
        _number(entry.pain_worst),
        _joined(None if entry.locations is None else (v.value for v in entry.locations)),
        _number(entry.spasm),
        _number(entry.walking_minutes),
        format_average(entry.psfs_average),
        *(_number(scores.get(name)) for name in activities),
        _number(entry.sleep),
        _joined(None if entry.side_effects is None else (v.value for v in entry.side_effects)),
        _joined(None if entry.red_flags is None else (v.value for v in entry.red_flags)),
        guard(entry.note),
    ]


def event_row(event: Event) -> list[str]:
    return [
        guard(event.item),
        event.status.value,
        _time(event.scheduled_for),
        _time(event.at),
        guard(event.override_reason),
        _number(event.pain_before),
        _number(event.pain_after),
        guard(event.note),
        # A record taken back stays in the export (plan-format.md), marked as such.
        _time(event.removed.at if event.removed is not None else None),
        guard(event.removed.reason if event.removed is not None else None),
    ]


def _csv_bytes(header: Sequence[str], rows: Iterable[Sequence[str]], bom: bool = False) -> bytes:
    """The table as UTF-8; with ``bom``, preceded by the byte-order mark.

    Excel opens a double-clicked CSV in the computer's legacy code page unless the file
    starts with the UTF-8 byte-order mark, and then shows accents and Devanagari as
    mojibake; other readers (pandas, LibreOffice, Python's csv) take the plain form, so
    the mark is asked for, not the default. ``utf-8-sig`` writes it once, at the start.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig" if bom else "utf-8")


def log_csv(doc: PlanDocument, *, bom: bool = False) -> bytes:
    activities = psfs_activities(doc)
    return _csv_bytes(log_header(doc), (log_row(e, activities) for e in doc.log), bom)


def events_csv(doc: PlanDocument, *, bom: bool = False) -> bytes:
    return _csv_bytes(EVENT_COLUMNS, (event_row(e) for e in doc.events), bom)


def write_log_csv(doc: PlanDocument, out: Path, *, bom: bool = False) -> None:
    """The log, one row per entry, to ``out`` (atomically); ``bom``: for Excel."""
    atomic_write_bytes(Path(out), log_csv(doc, bom=bom))


def write_events_csv(doc: PlanDocument, out: Path, *, bom: bool = False) -> None:
    """The events, one row each, to ``out`` (atomically); ``bom``: for Excel."""
    atomic_write_bytes(Path(out), events_csv(doc, bom=bom))


__all__ = [
    "EVENT_COLUMNS",
    "LIST_SEPARATOR",
    "PSFS_COLUMN_PREFIX",
    "events_csv",
    "format_average",
    "guard",
    "log_csv",
    "psfs_activities",
    "unguard",
    "write_events_csv",
    "write_log_csv",
]
