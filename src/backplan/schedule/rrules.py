"""Expanding a plan's RFC 5545 rule in local wall-clock time, over a bounded range only.

A plan's rule has no DTSTART: it starts on the item's first day at the schedule's
``time`` (plan-format.md, "Schedules"), so it is expanded in naive local wall time,
and each result is turned into an instant by the same gap and fold rules as a plain
``times`` schedule (``wallclock.to_utc``). Three things need care:

* ``dateutil`` refuses an UNTIL in UTC (``...Z``) next to a naive DTSTART. Such an
  UNTIL is turned into the local wall time of that instant, which is what it means
  for a rule that runs in local time.
* An UNTIL that is a bare date (``UNTIL=20261215``) would, in ``dateutil``, end the
  rule at midnight before that day's occurrence; a clinician writing a date means
  "up to and including that day", as everywhere else in the format, so it is read
  as the end of that day.
* A rule may be unbounded, or frequent (``FREQ=HOURLY``), and an agenda may be asked
  for years after the item started. ``between()`` still walks the rule from DTSTART,
  so for rules whose period is a fixed length (every n weeks, days, hours, minutes,
  seconds) and that have no COUNT, DTSTART is moved forward by whole periods to just
  before the range. That keeps the rule's grid (and every default that ``dateutil``
  takes from DTSTART: weekday, hour, minute, second) unchanged, so the result is the
  same, at a cost proportional to the range asked for rather than to the item's age.
  Nothing here ever lists a rule without bounds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rruleset, rrulestr

_UNTIL = re.compile(r"^(\d{8})(?:T(\d{6})(Z?))?$", re.IGNORECASE)
_END_OF_DAY = "235959"

# Periods of a fixed length in naive wall time; MONTHLY and YEARLY have none and
# produce at most a dozen results a year, so they are walked from DTSTART as they are.
_FIXED_PERIOD = {
    "WEEKLY": timedelta(weeks=1),
    "DAILY": timedelta(days=1),
    "HOURLY": timedelta(hours=1),
    "MINUTELY": timedelta(minutes=1),
    "SECONDLY": timedelta(seconds=1),
}


def _parts(rule: str) -> list[tuple[str, str]]:
    """The rule's ``KEY=VALUE`` parts in order, keys upper-cased."""
    parts: list[tuple[str, str]] = []
    for chunk in rule.strip().split(";"):
        if not chunk:
            continue
        key, sep, value = chunk.partition("=")
        if not sep:
            raise ValueError(f"recurrence rule part without '=': {chunk!r}")
        parts.append((key.strip().upper(), value.strip()))
    return parts


def _local_until(value: str, tz: ZoneInfo) -> str:
    """An UNTIL value as naive local wall time, the form ``dateutil`` accepts here."""
    match = _UNTIL.match(value)
    if match is None:
        return value  # let dateutil report what is wrong with it
    day, clock, utc = match.groups()
    if clock is None:
        return f"{day}T{_END_OF_DAY}"
    if not utc:
        return value
    instant = datetime.strptime(day + clock, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    return instant.astimezone(tz).strftime("%Y%m%dT%H%M%S")


class LocalRule:
    """One plan rule, anchored at a local start day and time, ready to expand by range."""

    def __init__(self, rule: str, first_day: date, at: time, tz: ZoneInfo) -> None:
        parts = [(key, _local_until(value, tz) if key == "UNTIL" else value) for key, value in _parts(rule)]
        values = dict(parts)
        self._text = ";".join(f"{key}={value}" for key, value in parts)
        self._dtstart = datetime.combine(first_day, at)
        period = _FIXED_PERIOD.get(values.get("FREQ", "").upper())
        interval = int(values.get("INTERVAL", "1"))
        # With COUNT the results depend on where counting starts: no moving DTSTART.
        self._period = None if period is None or "COUNT" in values else period * interval
        # Parsed once here so that a bad rule fails at construction, not mid-agenda.
        self._base = self._parse(self._dtstart)

    def _parse(self, dtstart: datetime) -> rrule | rruleset:
        return rrulestr(self._text, dtstart=dtstart)

    def between(self, lo: datetime, hi: datetime) -> Iterator[datetime]:
        """The rule's naive local date-times in ``[lo, hi]`` (both ends included)."""
        if hi < lo or hi < self._dtstart:
            return iter(())
        rule = self._base
        if self._period is not None and lo - self._dtstart > self._period:
            skip = (lo - self._dtstart) // self._period
            rule = self._parse(self._dtstart + skip * self._period)
        return iter(rule.between(lo, hi, inc=True))
