"""Turning the plan's wall-clock times into instants, the way the file format says.

Every time of day in a plan is local to ``patient.timezone`` (plan-format.md,
"Schedules"). Two local times need a rule of their own: one that does not exist
(the spring-forward gap) moves forward by the length of the gap, and one that
happens twice (fall-back) happens once, at its first occurrence. Both rules are
exactly what ``zoneinfo`` does with ``fold=0`` when the wall time is turned into a
UTC instant: in a gap it applies the offset from before the change (which lands the
instant after the change, later by the gap), and in a repeated hour it picks the
first one. Keeping that in one function means the agenda, the day boundaries and
the tests cannot drift apart.

Instants are handled in UTC inside the schedule engine on purpose: Python compares
and subtracts two datetimes that share a ``ZoneInfo`` by their wall-clock fields,
ignoring the UTC offset (and ``fold``), so inside a repeated hour ``01:30 CDT`` and
``01:30 CST`` would compare equal and ``start + 45 minutes`` would be wall-clock
arithmetic. UTC has no such traps; results are converted back to the patient's zone
only at the edge.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

_MIDNIGHT = time()
_SECOND = timedelta(seconds=1)


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    """The ``ZoneInfo`` for an IANA name (cached: the agenda asks for it every call)."""
    return ZoneInfo(name)


def as_utc(value: datetime, name: str = "datetime") -> datetime:
    """An aware datetime as UTC; a naive one is refused.

    ``astimezone`` would silently read a naive value as the computer's local time,
    which is neither the patient's zone nor anything the engine may depend on.
    """
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime, got {value!r}")
    return value.astimezone(UTC)


def to_utc(naive_local: datetime, tz: ZoneInfo) -> datetime:
    """The UTC instant at which a local wall-clock time happens.

    A time in a gap moves forward by the gap; a repeated time is its first
    occurrence (see the module docstring for why ``fold=0`` gives both).
    """
    return naive_local.replace(tzinfo=tz, fold=0).astimezone(UTC)


def in_zone(instant: datetime, tz: ZoneInfo) -> datetime:
    """An instant shown in ``tz``, with the offset (and ``fold``) right for that instant."""
    return instant.astimezone(tz)


def local_date(instant: datetime, tz: ZoneInfo) -> date:
    """The patient's calendar date at an aware instant."""
    return instant.astimezone(tz).date()


def start_of_day(day: date, tz: ZoneInfo) -> datetime:
    """The first instant (UTC) whose local date in ``tz`` is ``day``.

    Usually local midnight. Where midnight falls in a gap (America/Santiago and
    Asia/Beirut move their clocks at 00:00), the day starts at the change itself,
    which is the first local time of that date that exists. Where midnight happens
    twice, the day starts at the first one.
    """
    naive = datetime.combine(day, _MIDNIGHT)
    instant = to_utc(naive, tz)
    if instant.astimezone(tz).replace(tzinfo=None) == naive:
        return instant
    # Midnight does not exist. Interpreted with the offset after the change it names
    # an instant before the change (still the previous day); with the offset before
    # the change (``instant``) one after it. The change lies in between: find the
    # first second that already belongs to ``day``. Transitions fall on whole seconds.
    before = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
    lo, hi = before, instant
    while hi - lo > _SECOND:
        mid = lo + (hi - lo) / 2
        mid = mid.replace(microsecond=0)
        if mid <= lo:
            mid = lo + _SECOND
        if mid.astimezone(tz).date() >= day:
            hi = mid
        else:
            lo = mid
    return hi
