"""The agenda: what is scheduled to start during some local days.

``backplan agenda --date D --days N`` (cli.md) lists what starts from local midnight
of D until local midnight N days later. A local day is not always 24 hours long (23
or 25 across a daylight-saving change, and in a zone such as America/Santiago the
day of the change has no midnight at all), so the bounds are the first instants of
those local dates rather than ``D + N x 24 h``; consecutive days then tile time with
no gap and no overlap, which is what keeps a day-by-day view and a week view equal.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from backplan.domain.model import PlanDocument
from backplan.schedule.expand import expand
from backplan.schedule.occurrence import FlareUpWindow, Occurrence
from backplan.schedule.wallclock import start_of_day, zone


def day_bounds(tz_name: str, day: date, days: int = 1) -> tuple[datetime, datetime]:
    """From the first instant of local ``day`` to the first instant ``days`` days later.

    Both are aware in ``tz_name``. Where local midnight does not exist the day
    starts at the first local time that does (see ``wallclock.start_of_day``).
    """
    if days < 0:
        raise ValueError(f"days must be 0 or more, got {days}")
    tz = zone(tz_name)
    start = start_of_day(day, tz).astimezone(tz)
    end = start_of_day(day + timedelta(days=days), tz).astimezone(tz)
    return start, end


def agenda(
    doc: PlanDocument,
    day: date,
    days: int = 1,
    flare_ups: Sequence[FlareUpWindow] = (),
) -> list[Occurrence]:
    """Everything that starts during ``days`` local days from ``day``, sorted by start, item."""
    start, end = day_bounds(doc.patient.timezone, day, days)
    return expand(doc, start, end, flare_ups)
