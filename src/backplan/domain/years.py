"""The years backplan works with: 1900 to 2199 (shared/spec/cli.md).

Outside them a date is bad input, in a command's option as in an imported file. Python's
own limits (years 1 to 9999) are no guide: a day after 9999-12-31 overflows, and an
agenda, a chart or a calendar window reaches past the day it starts from. Kept well
inside those limits, every computation a few years either side of a date is safe, and a
typo (9999, 0202) is caught where it is typed instead of failing later as an
OverflowError far from its cause.
"""

from __future__ import annotations

from datetime import date, datetime

FIRST_YEAR = 1900
LAST_YEAR = 2199
FIRST_DAY = date(FIRST_YEAR, 1, 1)
LAST_DAY = date(LAST_YEAR, 12, 31)
RANGE_TEXT = f"a date from {FIRST_YEAR} to {LAST_YEAR}"


def in_range(value: date | datetime) -> bool:
    """Whether ``value`` (a date, or a date-time read in its own zone) lies in 1900-2199."""
    return FIRST_YEAR <= value.year <= LAST_YEAR


def last_day_in_range(start: date, days: int) -> bool:
    """Whether ``days`` days from ``start`` (``start`` included) end by 2199-12-31."""
    return (LAST_DAY - start).days >= days - 1


__all__ = ["FIRST_DAY", "FIRST_YEAR", "LAST_DAY", "LAST_YEAR", "RANGE_TEXT", "in_range", "last_day_in_range"]
