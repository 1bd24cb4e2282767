"""Reading a schedule: times (with weekdays), an RFC 5545 rule, once, or as needed.

One shape per schedule object; ``as_needed`` is allowed for medications only, which the
caller says. Writing a schedule back lives in :mod:`.writing` with the other writers.
"""

from __future__ import annotations

import re
from datetime import datetime, time
from typing import Any

from dateutil.rrule import rrulestr

from ..model import (
    AsNeededSchedule,
    OnceSchedule,
    RRuleSchedule,
    Schedule,
    TimesSchedule,
    Weekday,
)
from .values import (
    DOSES_PER_DAY_MAX,
    INTERVAL_HOURS_MAX,
    array,
    enum_list,
    fail,
    integer,
    join,
    number,
    obj,
    optional,
    parse_local_datetime,
    parse_time,
    string,
)


def parse_schedule(value: Any, path: str, *, allow_as_needed: bool) -> Schedule:
    if not isinstance(value, dict):
        raise fail(path, "a schedule object", value)
    if "as_needed" in value:
        if not allow_as_needed:
            raise fail(join(path, "as_needed"), "a fixed schedule: as_needed is for medications only")
        data = obj(value, path, ("as_needed", "min_interval_hours", "max_doses_per_day"))
        if data["as_needed"] is not True:
            raise fail(join(path, "as_needed"), "true", data["as_needed"])
        return AsNeededSchedule(
            min_interval_hours=number(
                data["min_interval_hours"],
                join(path, "min_interval_hours"),
                positive=True,
                hi=INTERVAL_HOURS_MAX,
            ),
            max_doses_per_day=integer(
                data["max_doses_per_day"], join(path, "max_doses_per_day"), 1, DOSES_PER_DAY_MAX
            ),
        )
    if "times" in value:
        data = obj(value, path, ("times",), ("weekdays",))
        times_path = join(path, "times")
        times: list[time] = []
        for i, raw in enumerate(array(data["times"], times_path, min_len=1)):
            t = parse_time(raw, join(times_path, i))
            if t in times:
                raise fail(join(times_path, i), f"{raw} is listed twice")
            times.append(t)
        weekdays = optional(data, "weekdays", path, lambda v, p: enum_list(Weekday, v, p, min_len=1))
        return TimesSchedule(times=tuple(times), weekdays=weekdays)
    if "rrule" in value:
        data = obj(value, path, ("rrule", "time"))
        rule = parse_rrule(data["rrule"], join(path, "rrule"))
        return RRuleSchedule(rrule=rule, time=parse_time(data["time"], join(path, "time")))
    if "once" in value:
        data = obj(value, path, ("once",))
        return OnceSchedule(at=parse_local_datetime(data["once"], join(path, "once")))
    shapes = "times (with optional weekdays), rrule with time, once" + (
        ", or as_needed" if allow_as_needed else ""
    )
    raise fail(path, f"exactly one schedule shape: {shapes}")


def parse_rrule(value: Any, path: str) -> str:
    rule = string(value, path, max_len=1000, min_len=1)
    upper = rule.upper()
    if "DTSTART" in upper or "\n" in rule or upper.startswith("RRULE:") or "EXDATE" in upper:
        raise fail(path, "a single RFC 5545 RRULE value without DTSTART, e.g. FREQ=WEEKLY;BYDAY=TU,FR")
    if "FREQ=" not in upper:
        raise fail(path, "an RFC 5545 recurrence rule with FREQ, e.g. FREQ=WEEKLY;BYDAY=TU,FR")
    if re.search(r"(?:^|;)FREQ=(?:MINUTELY|SECONDLY)(?:;|$)", upper):
        raise fail(path, "a rule that repeats at most hourly (FREQ=HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY)")
    try:
        rrulestr(rule, dtstart=datetime(2000, 1, 3, 12, 0), ignoretz=True)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise fail(path, f"a valid RFC 5545 recurrence rule ({exc})") from None
    return rule
