"""Reading one JSON value at its path: the primitive readers every part of the format uses.

Each reader takes the raw value and the JSON path it was found at (``medications[0].dose``)
and returns the checked Python value, or raises a :class:`ValidationError` that names the
path and says what was expected and what was found. Strings, names, ids, numbers, dates,
times, time zones and enums are read here once, so a rule means the same in the file, in the
database's JSON columns and in the editor's forms.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .. import years
from ..errors import ValidationError
from ..model import Number

NAME_MAX = 200  # names, titles and ids
TEXT_MAX = 10_000  # every other string

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME_RE = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")
_LOCAL_DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$")
_ISO_DT_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?"
    r"(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$"
)

E = TypeVar("E")
T = TypeVar("T")
_D = TypeVar("_D", date, datetime)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class Warnings(list[str]):
    """Non-fatal remarks found while reading (e.g. heat above 20 minutes)."""


# --- path helpers ----------------------------------------------------------------


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {shown!r}"
    if isinstance(value, int | float):
        if isinstance(value, int) and abs(value) > NUMBER_MAX:
            return f"a number of {len(str(abs(value)))} digits"
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def fail(path: str, expected: str, value: Any = ...) -> ValidationError:
    if value is ...:
        return ValidationError(path, expected)
    return ValidationError(path, f"expected {expected}, got {_describe(value)}")


# --- primitive readers -----------------------------------------------------------


def obj(value: Any, path: str, required: Iterable[str], optional: Iterable[str] = ()) -> dict[str, Any]:
    """An object with exactly the allowed keys: unknown ones are refused, not dropped."""
    if not isinstance(value, dict):
        raise fail(path, "an object", value)
    required = tuple(required)
    allowed = set(required) | set(optional)
    for key in value:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise fail(join(path, key), f"unknown key {key!r} (allowed here: {known})")
    for key in required:
        if key not in value:
            raise fail(join(path, key), "this key is required")
    return value


def string(value: Any, path: str, *, max_len: int = TEXT_MAX, min_len: int = 0) -> str:
    if not isinstance(value, str):
        raise fail(path, "a string", value)
    if len(value) > max_len:
        raise fail(path, f"at most {max_len:,} characters, got {len(value):,}")
    if len(value) < min_len:
        raise fail(path, "a non-empty string" if min_len == 1 else f"at least {min_len} characters")
    if "\x00" in value:
        raise fail(path, "text without NUL characters")
    if _LONE_SURROGATE.search(value):
        # JSON lets "\udc80" through; it is no character, and no database or terminal takes it.
        raise fail(path, "text without lone surrogates (\\ud800-\\udfff escapes that pair with nothing)")
    return value


def name(value: Any, path: str) -> str:
    """Names, titles and ids: 1-200 characters, not only blanks."""
    text = string(value, path, max_len=NAME_MAX, min_len=1)
    if not text.strip():
        raise fail(path, "a name that is not blank")
    return text


def integer(value: Any, path: str, lo: int | None = None, hi: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fail(path, _range_text("a whole number", lo, hi), value)
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise fail(path, _range_text("a whole number", lo, hi), value)
        value = int(value)
    assert isinstance(value, int)
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        raise fail(path, _range_text("a whole number", lo, hi), value)
    return value


# The largest number the app works with: every number of a file is added up, multiplied
# and turned into a float by the checks, and a 400-digit integer cannot be; no dose,
# count or interval comes near it.
NUMBER_MAX = 10**12
# Hours the safety guard looks around a dose (a timedelta): at most one year.
INTERVAL_HOURS_MAX = 8760
# Doses in 24 hours: at most one a minute.
DOSES_PER_DAY_MAX = 1440


def number(
    value: Any, path: str, *, positive: bool = False, non_negative: bool = False, hi: float = NUMBER_MAX
) -> Number:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fail(path, _number_text(positive, non_negative), value)
    if isinstance(value, float) and not math.isfinite(value):
        raise fail(path, "a finite number", value)
    if abs(value) > hi:
        most = f"{int(hi):,}" if float(hi).is_integer() else f"{hi:,}"
        raise fail(path, f"{_number_text(positive, non_negative)} of at most {most}", value)
    if (positive and value <= 0) or (non_negative and value < 0):
        raise fail(path, _number_text(positive, non_negative), value)
    return value


def _range_text(what: str, lo: int | None, hi: int | None) -> str:
    if lo is not None and hi is not None:
        return f"{what} from {lo} to {hi}"
    if lo is not None:
        return f"{what} of at least {lo}"
    return what


def _number_text(positive: bool, non_negative: bool) -> str:
    if positive:
        return "a number greater than 0"
    if non_negative:
        return "a number of 0 or more"
    return "a number"


def array(value: Any, path: str, *, min_len: int = 0, max_len: int | None = None) -> list[Any]:
    if not isinstance(value, list):
        raise fail(path, "a list", value)
    if len(value) < min_len:
        raise fail(path, f"a list of at least {min_len} item{'s' if min_len != 1 else ''}")
    if max_len is not None and len(value) > max_len:
        raise fail(path, f"a list of at most {max_len} items, got {len(value)}")
    return value


def enum_value(cls: type[E], value: Any, path: str) -> E:
    choices = [m.value for m in cls]  # type: ignore[attr-defined]
    if not isinstance(value, str) or value not in choices:
        raise fail(path, "one of " + ", ".join(choices), value)
    return cls(value)  # type: ignore[call-arg]


def enum_list(cls: type[E], value: Any, path: str, *, min_len: int = 0) -> tuple[E, ...]:
    items = array(value, path, min_len=min_len)
    out: list[E] = []
    for i, item in enumerate(items):
        member = enum_value(cls, item, join(path, i))
        if member in out:
            raise fail(join(path, i), f"{item!r} is listed twice")
        out.append(member)
    return tuple(out)


def parse_date(value: Any, path: str) -> date:
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise fail(path, "a date as YYYY-MM-DD", value)
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise fail(path, "a real calendar date as YYYY-MM-DD", value) from None
    return _in_years(parsed, path, value)


def parse_time(value: Any, path: str) -> time:
    if not isinstance(value, str) or not _TIME_RE.match(value):
        raise fail(path, "a 24-hour time as HH:MM (00:00 to 23:59)", value)
    return time.fromisoformat(value)


def parse_local_datetime(value: Any, path: str) -> datetime:
    if not isinstance(value, str) or not _LOCAL_DT_RE.match(value):
        raise fail(path, "a local date-time as YYYY-MM-DDTHH:MM, without an offset", value)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise fail(path, "a real local date-time as YYYY-MM-DDTHH:MM", value) from None
    return _in_years(parsed, path, value)


def parse_aware_datetime(value: Any, path: str) -> datetime:
    expected = "an ISO 8601 date-time with a UTC offset, e.g. 2026-12-01T08:00:00-06:00"
    if not isinstance(value, str) or not _ISO_DT_RE.match(value):
        raise fail(path, expected, value)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise fail(path, expected, value) from None
    if parsed.tzinfo is None:  # pragma: no cover - the pattern demands an offset
        raise fail(path, expected, value)
    return _in_years(parsed, path, value)


def _in_years(parsed: _D, path: str, value: str) -> _D:
    """Dates outside 1900-2199 are refused here, where the file says them (domain/years.py)."""
    if not years.in_range(parsed):
        raise fail(path, years.RANGE_TEXT, value)
    return parsed


def parse_timezone(value: Any, path: str) -> str:
    expected = "an IANA time zone name such as Europe/Berlin"
    if not isinstance(value, str) or not value or len(value) > NAME_MAX:
        raise fail(path, expected, value)
    if value.startswith("/") or ".." in value or value != value.strip():
        raise fail(path, expected, value)
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise fail(path, f"{expected}; {value!r} is not a known time zone") from None
    return value


def parse_id(value: Any, path: str) -> str:
    text = name(value, path)
    if not _ID_RE.match(text):
        raise fail(path, "a kebab-case id (lower-case letters, digits and single hyphens)", value)
    return text


def optional(data: Mapping[str, Any], key: str, path: str, reader: Callable[[Any, str], T]) -> T | None:
    if key not in data:
        return None
    return reader(data[key], join(path, key))
