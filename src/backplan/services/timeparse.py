"""Reading the times people type: ISO dates, and date-times local to the patient."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from backplan.domain import years
from backplan.schedule.wallclock import in_zone, to_utc

from .errors import UsageError

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _outside(what: str, text: str) -> str:
    return f"{what}: {text!r} is outside the years backplan works with; expected {years.RANGE_TEXT}"


def parse_day(text: str, what: str = "date") -> date:
    if not _DATE_RE.match(text or ""):
        raise UsageError(f"{what}: expected a date as YYYY-MM-DD, got {text!r}")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{what}: {text!r} is not a real calendar date") from None
    if not years.in_range(day):
        raise UsageError(_outside(what, text))
    return day


def check_window(start: date, days: int, what: str = "--days") -> None:
    """A window of ``days`` days from ``start`` must end by 2199-12-31 (domain/years.py)."""
    if not years.last_day_in_range(start, days):
        raise UsageError(
            f"{what}: {days} days from {start.isoformat()} would end after "
            f"{years.LAST_DAY.isoformat()}, the last day backplan works with"
        )


def parse_instant(text: str, tz_name: str, what: str = "time") -> datetime:
    """An ISO 8601 date-time; without an offset it is wall-clock time in the patient's zone."""
    try:
        parsed = datetime.fromisoformat(text)
    except (ValueError, TypeError):
        raise UsageError(
            f"{what}: expected an ISO 8601 date-time such as 2026-12-01T08:05 or "
            f"2026-12-01T08:05:00-06:00, got {text!r}"
        ) from None
    if "T" not in text and " " not in text:
        raise UsageError(f"{what}: expected a date and a time, got {text!r}")
    # Checked before any conversion: 9999-12-31T23:59 in a zone west of UTC overflows.
    if not years.in_range(parsed):
        raise UsageError(_outside(what, text))
    tz = ZoneInfo(tz_name)
    if parsed.tzinfo is None:
        return in_zone(to_utc(parsed, tz), tz)
    return parsed.astimezone(tz)
