"""How the window words a plan: schedules, courses, doses and times, as a person says them.

One place for these so that the Plan and Today sections (and the reminders) describe
the same medicine the same way. Every phrase goes through Qt's translation function,
and dates go through ``QLocale`` so that month names follow the chosen language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from backplan.domain.model import (
    Activity,
    ActivityKind,
    AsNeededSchedule,
    ExercisePrescription,
    Medication,
    Number,
    OnceSchedule,
    RRuleSchedule,
    Schedule,
    Side,
    TimesSchedule,
    Weekday,
)
from backplan.schedule.occurrence import Occurrence


def tr(text: str) -> str:
    return QCoreApplication.translate("formatting", text)


_WEEKDAY_PLURAL = {
    Weekday.MON: "Mondays",
    Weekday.TUE: "Tuesdays",
    Weekday.WED: "Wednesdays",
    Weekday.THU: "Thursdays",
    Weekday.FRI: "Fridays",
    Weekday.SAT: "Saturdays",
    Weekday.SUN: "Sundays",
}
_RRULE_DAYS = {
    "MO": Weekday.MON,
    "TU": Weekday.TUE,
    "WE": Weekday.WED,
    "TH": Weekday.THU,
    "FR": Weekday.FRI,
    "SA": Weekday.SAT,
    "SU": Weekday.SUN,
}

KIND_LABELS = {
    ActivityKind.PHYSICAL_THERAPY: "Physical therapy",
    ActivityKind.EXERCISE: "Exercise",
    ActivityKind.STRETCHING: "Stretching",
    ActivityKind.WALK: "Walk",
    ActivityKind.OTHER: "Other",
}
SIDE_LABELS = {
    Side.BOTH: "both sides together",
    Side.EACH: "each side",
    Side.LEFT: "left side",
    Side.RIGHT: "right side",
}


def isolate(text: str) -> str:
    """``text`` wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE.

    Plan text (a name, a medicine, a title, a note) may be Hebrew or Arabic while the
    sentence around it is English, or the other way round. Unwrapped, the bidi
    algorithm lets the right-to-left words pull the neighbouring numbers and
    punctuation across ("day 3 of 14" ends up reordered); isolated, the plan text
    keeps its own direction and the sentence keeps its order.
    """
    return "\u2068" + text + "\u2069"


def join_words(words: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(words) <= 1:
        return "".join(words)
    return tr("{first} and {last}").format(first=", ".join(words[:-1]), last=words[-1])


def number(value: Number) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def hhmm(value: time | datetime) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def day_text(day: date, with_year: bool = True) -> str:
    """``1 Dec 2026`` in the chosen language's month names."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy" if with_year else "d MMM")


def long_day_text(day: date) -> str:
    """``Tuesday 1 December 2026``."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def date_range(start: date, last: date | None) -> str:
    if last is None:
        return tr("from {start}").format(start=day_text(start))
    if start == last:
        return day_text(start)
    return tr("{start} to {last}").format(start=day_text(start, start.year != last.year), last=day_text(last))


def weekdays_text(days: tuple[Weekday, ...] | list[Weekday]) -> str:
    ordered = sorted(set(days), key=lambda d: d.number)
    return join_words([tr(_WEEKDAY_PLURAL[d]) for d in ordered])


def _simple_rrule(rule: str, at: time) -> str | None:
    """Words for the rules people write by hand; None when the rule is anything more."""
    parts: dict[str, str] = {}
    for piece in rule.strip().rstrip(";").split(";"):
        key, sep, value = piece.partition("=")
        if not sep:
            return None
        parts[key.strip().upper()] = value.strip().upper()
    freq = parts.pop("FREQ", "")
    interval_text = parts.pop("INTERVAL", "1")
    if not interval_text.isdigit() or int(interval_text) < 1:
        return None
    interval = int(interval_text)
    byday = parts.pop("BYDAY", None)
    if parts:  # COUNT, UNTIL, BYMONTHDAY ...: say the rule as it is
        return None
    when = hhmm(at)
    if freq == "DAILY" and byday is None:
        if interval == 1:
            return tr("daily at {time}").format(time=when)
        return tr("every {n} days at {time}").format(n=interval, time=when)
    if freq == "WEEKLY" and byday is not None:
        codes = byday.split(",")
        if not all(code in _RRULE_DAYS for code in codes):
            return None
        days = weekdays_text([_RRULE_DAYS[c] for c in codes])
        if interval == 1:
            return tr("{days} at {time}").format(days=days, time=when)
        return tr("every {n} weeks, {days} at {time}").format(n=interval, days=days, time=when)
    return None


def schedule_text(schedule: Schedule) -> str:
    """A schedule in words: ``08:00, 14:00, 20:00, 22:30 daily``."""
    if isinstance(schedule, TimesSchedule):
        times = ", ".join(hhmm(t) for t in schedule.times)
        if schedule.weekdays is None or len(set(schedule.weekdays)) == 7:
            return tr("{times} daily").format(times=times)
        return tr("{times} on {days}").format(times=times, days=weekdays_text(schedule.weekdays))
    if isinstance(schedule, AsNeededSchedule):
        return tr("as needed: at least {hours} h apart, at most {count} in 24 h").format(
            hours=number(schedule.min_interval_hours), count=schedule.max_doses_per_day
        )
    if isinstance(schedule, RRuleSchedule):
        simple = _simple_rrule(schedule.rrule, schedule.time)
        if simple is not None:
            return simple
        return tr("at {time}, repeating by the rule {rule}").format(
            time=hhmm(schedule.time), rule=schedule.rrule
        )
    if isinstance(schedule, OnceSchedule):
        return tr("once, {day} at {time}").format(day=day_text(schedule.at.date()), time=hhmm(schedule.at))
    raise TypeError(f"unknown schedule {schedule!r}")  # pragma: no cover


def course_text(med: Medication) -> str:
    """``1 Dec to 14 Dec 2026`` (or "during a flare-up" for flare-up medicines)."""
    if med.start is None:
        return tr("during a flare-up")
    return date_range(med.start, med.last_day)


def course_length_text(med: Medication) -> str:
    days = med.course_days
    if days is None:
        return tr("no end date") if med.start is not None else ""
    return tr("1 day") if days == 1 else tr("{n} days").format(n=days)


def course_day(med: Medication, today: date) -> tuple[int, int] | None:
    """``(9, 14)`` on the ninth day of a fourteen-day course; None outside it."""
    if med.start is None or med.last_day is None or not med.start <= today <= med.last_day:
        return None
    total = med.course_days
    assert total is not None
    return (today - med.start).days + 1, total


def kind_text(kind: ActivityKind | str) -> str:
    try:
        return tr(KIND_LABELS[ActivityKind(kind)])
    except ValueError:
        return {"medication": tr("Medicine"), "heat": tr("Heat"), "cold": tr("Cold")}.get(
            str(kind), str(kind)
        )


def duration_text(minutes: int) -> str:
    if minutes < 60 or minutes % 60:
        return tr("{n} min").format(n=minutes)
    hours = minutes // 60
    return tr("1 hour") if hours == 1 else tr("{n} hours").format(n=hours)


def heat_cold_text(activity: Activity) -> str:
    parts = []
    if activity.heat_before_minutes:
        parts.append(tr("heat {n} min before").format(n=activity.heat_before_minutes))
    if activity.cold_after_minutes:
        parts.append(tr("cold {n} min after").format(n=activity.cold_after_minutes))
    return ", ".join(parts) if parts else tr("none")


def dose_text(ex: ExercisePrescription) -> str:
    """``2 sets x 10 reps``; sets are left out when there is one."""
    reps = ex.reps
    if reps is None:
        return tr("{n} sets").format(n=ex.sets) if ex.sets and ex.sets > 1 else ""
    text = tr("{n} reps").format(n=reps) if reps != 1 else tr("1 rep")
    if ex.sets and ex.sets > 1:
        text = tr("{sets} sets x {reps}").format(sets=ex.sets, reps=text)
    return text


def hold_text(ex: ExercisePrescription) -> str:
    return tr("hold {n} s").format(n=ex.hold_seconds) if ex.hold_seconds else ""


def side_text(ex: ExercisePrescription) -> str:
    return tr(SIDE_LABELS[ex.side]) if ex.side is not None else ""


def local_time(moment: datetime, zone: ZoneInfo) -> str:
    return hhmm(moment.astimezone(zone))


def time_span(start: datetime, end: datetime | None, zone: ZoneInfo) -> str:
    if end is None:
        return local_time(start, zone)
    return f"{local_time(start, zone)}–{local_time(end, zone)}"


# The titles the schedule gives heat and cold applications (schedule/expand.py), in
# English: the window says them in its own language, around the activity's own title.
HEAT_PREFIX = "Heat before "
COLD_PREFIX = "Cold after "


def occurrence_title(occurrence: Occurrence) -> str:
    """The occurrence's title in the window's language ("Heat before Morning stretches")."""
    title = occurrence.title
    if occurrence.kind == "heat" and title.startswith(HEAT_PREFIX):
        return tr("Heat before {title}").format(title=title[len(HEAT_PREFIX) :])
    if occurrence.kind == "cold" and title.startswith(COLD_PREFIX):
        return tr("Cold after {title}").format(title=title[len(COLD_PREFIX) :])
    return title


def localized(occurrences: Iterable[Occurrence]) -> list[Occurrence]:
    """The occurrences with their generated titles in the window's language.

    Only the title changes: ``item`` and ``start`` (what records refer to) stay.
    """
    return [
        o if (title := occurrence_title(o)) == o.title else replace(o, title=title) for o in occurrences
    ]
