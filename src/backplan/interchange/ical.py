"""The schedule as an iCalendar file, for the calendars that travel with the patient.

``backplan calendar --out FILE.ics [--from D] [--days N]`` (shared/spec/cli.md) writes
exactly the occurrences ``backplan agenda`` lists for the same local days: they come
from ``schedule.expand`` over ``schedule.agenda.day_bounds``, heat and cold included,
so the two can never disagree about what is due when. This module only decides how to
write those occurrences down.

What the file holds (RFC 5545, built with the ``icalendar`` package):

* one VCALENDAR (PRODID ``-//backplan//backplan//EN``, VERSION 2.0, X-WR-CALNAME), with
  the patient's zone as a VTIMEZONE derived from ``zoneinfo`` for the years the
  window touches (see ``vtimezone`` for why not ``Timezone.from_tzinfo``);
* VEVENTs for medicine doses, activities, and heat and cold applications, each with
  SUMMARY (the agenda's title), DESCRIPTION (dose and instructions, duration, exercises,
  what the heat or cold belongs to), CATEGORIES (the agenda's kind: ``medication``,
  ``heat``, ``cold`` or the activity's kind), LOCATION where the plan names one,
  X-BACKPLAN-ITEM (the item id as ``events`` name it), and a VALARM that shows a
  reminder at the start (``TRIGGER:-PT0M``);
* DTSTART and DTEND with the patient's TZID. A medicine dose has no end in the plan;
  its event ends ``MEDICATION_MINUTES`` (5) after the start, written as DTEND rather
  than DURATION because every calendar reads DTEND, and a short block is what makes a
  dose visible in a day view at all.

Recurrence. Occurrences of one item at one local wall-clock time (and of one length)
are written as one VEVENT with an RRULE (``FREQ=DAILY`` or ``FREQ=WEEKLY;BYDAY=...``,
with an INTERVAL where the plan skips days or weeks, always with COUNT) for each run
of dates that such a rule describes without exception; where a run breaks (a course
ends, a flare-up ends, a daylight-saving change moves a time, the window's edge), a
new VEVENT starts. No EXDATE or RDATE is written: calendars differ in how they match
those to instances, and a separate event is read the same way everywhere.

Daylight saving. Calendars also differ in what they do with a local time that does
not exist (spring-forward gap) or that happens twice (fall-back), and with an event
whose end lies on the other side of a change. So only "plain" occurrences are put in
a recurring series: their start and end are local times that happen exactly once,
with no clock change between them, so that every reading of the file agrees. Any
other occurrence is written as an event of its own: with the TZID where its start and
end are each unambiguous local times (a dose the gap moved from 02:30 to 03:30 is
written at 03:30), and in UTC where either falls in a repeated hour (which a TZID
value could name only as its first occurrence). Expanding the file therefore gives
back the agenda's (start, end, item) triples exactly; the tests check that across
changes in America/Chicago, Europe/Berlin and Australia/Lord_Howe.

UIDs are stable: item, first start (UTC) and a short digest of the patient's name
(so that two patients' ``pt`` at the same hour stay two events in one calendar app)
``@backplan``. DTSTAMP is the ``now`` handed in; nothing here reads the clock.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, MO, WEEKLY, rrule, weekday
from icalendar import Alarm, Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard
from icalendar.prop import vInline

from backplan.domain.model import (
    Activity,
    ExercisePrescription,
    Medication,
    PlanDocument,
    Side,
)
from backplan.interchange.planfile import atomic_write_bytes
from backplan.schedule.agenda import day_bounds
from backplan.schedule.expand import COLD_KIND, HEAT_KIND, MEDICATION_KIND, expand
from backplan.schedule.occurrence import FlareUpWindow, Occurrence
from backplan.schedule.wallclock import zone

PRODID = "-//backplan//backplan//EN"
MEDICATION_MINUTES = 5
MEDICATION_LENGTH = timedelta(minutes=MEDICATION_MINUTES)
ITEM_PROPERTY = "X-BACKPLAN-ITEM"
# At the start: RFC 5545 allows a zero duration; "-PT0M" is the spelling calendars
# themselves write for "at the time of the event".
ALARM_TRIGGER = "-PT0M"

_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


# --- the patient's zone ----------------------------------------------------------

_SCAN = timedelta(hours=6)  # shorter than any stretch between two changes of a zone
_SECOND = timedelta(seconds=1)


def _observance(instant: datetime, tz: ZoneInfo) -> tuple[timedelta, timedelta, str]:
    """(UTC offset, daylight saving, name) in force at a UTC instant."""
    local = instant.astimezone(tz)
    return (
        local.utcoffset() or timedelta(),
        local.dst() or timedelta(),
        local.tzname() or "",
    )


def transitions(tz: ZoneInfo, first: datetime, last: datetime) -> list[datetime]:
    """The UTC instants in ``(first, last]`` at which ``tz`` changes offset, save or name.

    Found by stepping and then halving down to the second; zones change on whole
    seconds, and no zone has changed twice within six hours.
    """
    found: list[datetime] = []
    lo = first
    before = _observance(lo, tz)
    while lo < last:
        hi = min(lo + _SCAN, last)
        after = _observance(hi, tz)
        if after != before:
            a, b = lo, hi  # the change lies in (a, b]
            while b - a > _SECOND:
                mid = (a + (b - a) / 2).replace(microsecond=0)
                if mid <= a:
                    mid = a + _SECOND
                if _observance(mid, tz) == before:
                    a = mid
                else:
                    b = mid
            found.append(b)
        lo, before = hi, after
    return found


def vtimezone(tz_name: str, first: date, last: date) -> Timezone:
    """A VTIMEZONE for ``tz_name`` valid from local midnight of ``first`` to ``last``.

    Built here rather than with ``icalendar.Timezone.from_tzinfo``, which writes the
    onset of a spring-forward change as the local time after it (03:00 for Chicago)
    where RFC 5545 (3.6.5, and every published VTIMEZONE) gives the local time before
    it, in TZOFFSETFROM (02:00): a calendar that reads the zone from the file would be
    an hour (half an hour on Lord Howe) late with the change, and would misplace an
    event set just after it. One observance per change: plain, and read alike by all.
    """
    tz = zone(tz_name)
    start = datetime.combine(first, time()).replace(tzinfo=tz).astimezone(UTC)
    end = datetime.combine(last, time()).replace(tzinfo=tz).astimezone(UTC)
    result = Timezone()
    result.add("TZID", tz_name)

    def observance(onset: datetime, offset_from: timedelta, at: datetime) -> None:
        offset, save, name = _observance(at, tz)
        part = TimezoneDaylight() if save else TimezoneStandard()
        part.add("DTSTART", onset)
        part.add("TZOFFSETFROM", offset_from)
        part.add("TZOFFSETTO", offset)
        part.add("TZNAME", name or _offset_name(offset))
        result.add_component(part)

    offset = _observance(start, tz)[0]
    observance((start + offset).replace(tzinfo=None), offset, start)
    for change in transitions(tz, start, end):
        previous = _observance(change - _SECOND, tz)[0]
        # The onset is the wall-clock time the change happens at, on the clock before it.
        observance((change + previous).replace(tzinfo=None), previous, change)
    return result


def _offset_name(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


# --- which occurrences can share a rule -------------------------------------------


def _wall(instant: datetime, tz: ZoneInfo) -> datetime:
    """The naive local wall-clock time of an aware instant."""
    return instant.astimezone(tz).replace(tzinfo=None, fold=0)


def unambiguous(instant: datetime, tz: ZoneInfo) -> bool:
    """Whether the local time of ``instant`` names that instant alone.

    False inside a repeated (fall-back) hour, where the same wall-clock reading
    happens twice and a TZID value could only ever mean the first.
    """
    wall = _wall(instant, tz)
    first = wall.replace(tzinfo=tz, fold=0).utcoffset()
    second = wall.replace(tzinfo=tz, fold=1).utcoffset()
    return first == second


def _end(occ: Occurrence) -> datetime:
    return occ.end if occ.end is not None else occ.start + MEDICATION_LENGTH


def plain(occ: Occurrence, tz: ZoneInfo) -> bool:
    """Whether ``occ`` may join a recurring series: read the same by every calendar.

    Its start and end are local times that happen exactly once, and no clock change
    lies between them (so the elapsed length equals the wall-clock length).
    """
    end = _end(occ)
    if not (unambiguous(occ.start, tz) and unambiguous(end, tz)):
        return False
    return _wall(end, tz) - _wall(occ.start, tz) == end - occ.start


# --- dates to rules ---------------------------------------------------------------


@dataclass(frozen=True)
class _Pattern:
    """A date rule: every ``interval`` days, or every ``interval`` weeks on ``days``."""

    freq: int
    interval: int
    days: tuple[int, ...] = ()  # weekday indexes, Monday 0, for WEEKLY

    def dates(self, first: date) -> Iterator[date]:
        """The rule's dates from ``first`` on, as RFC 5545 (and ``dateutil``) expand it."""
        byweekday: tuple[weekday, ...] | None = None
        if self.freq == WEEKLY:
            byweekday = tuple(weekday(d) for d in self.days)
        rule = rrule(
            self.freq,
            dtstart=datetime.combine(first, time()),
            interval=self.interval,
            byweekday=byweekday,
            wkst=MO,
        )
        for value in rule:
            yield value.date()

    def recur(self, count: int) -> dict[str, object]:
        """The RRULE value for ``count`` occurrences, FREQ first as RFC 5545 advises."""
        value: dict[str, object] = {"FREQ": "DAILY" if self.freq == DAILY else "WEEKLY"}
        if self.interval > 1:
            value["INTERVAL"] = self.interval
        if self.freq == WEEKLY:
            value["BYDAY"] = [_BYDAY[d] for d in self.days]
            if self.interval > 1:
                value["WKST"] = "MO"  # the week grid an INTERVAL counts in
        value["COUNT"] = count
        return value


def _patterns(dates: Sequence[date]) -> list[_Pattern]:
    """The rules worth trying for these dates, in order of preference on a tie.

    Every day; then weekly on the weekdays seen (how a plan with weekdays reads);
    then every n days or every n weeks for the commonest gap between dates.
    """
    gaps = Counter((b - a).days for a, b in pairwise(dates))
    common = gaps.most_common(1)[0][0] if gaps else 1
    days = tuple(sorted({d.weekday() for d in dates}))
    found = [_Pattern(DAILY, 1)]
    if len(days) < 7:
        found.append(_Pattern(WEEKLY, 1, days))
    if common > 1:
        found.append(_Pattern(DAILY, common))
    if len(days) < 7:
        weeks = {2} | ({common // 7} if common % 7 == 0 and common > 7 else set())
        found.extend(_Pattern(WEEKLY, k, days) for k in sorted(weeks))
    return found


def _runs(dates: Sequence[date], pattern: _Pattern) -> list[tuple[date, int]]:
    """``dates`` cut into (first date, count) runs that ``pattern`` covers exactly.

    Greedy: a run goes on while the rule's next date is the next date wanted.
    """
    runs: list[tuple[date, int]] = []
    i = 0
    while i < len(dates):
        count = 0
        for candidate in pattern.dates(dates[i]):
            if i + count < len(dates) and dates[i + count] == candidate:
                count += 1
            else:
                break
        count = max(count, 1)  # the first candidate is always dates[i] itself
        runs.append((dates[i], count))
        i += count
    return runs


def compress(dates: Sequence[date]) -> tuple[_Pattern, list[tuple[date, int]]]:
    """The pattern (and its runs) that writes ``dates`` (sorted, distinct) in fewest events."""
    best: tuple[_Pattern, list[tuple[date, int]]] | None = None
    for pattern in _patterns(dates):
        runs = _runs(dates, pattern)
        if best is None or len(runs) < len(best[1]):
            best = (pattern, runs)
    assert best is not None
    return best


# --- building the calendar --------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    """One VEVENT to write: an occurrence, and the rule that repeats it (if any)."""

    occurrence: Occurrence
    end: datetime
    recur: dict[str, object] | None = None


def _plan_entries(occurrences: Sequence[Occurrence], tz: ZoneInfo) -> list[_Entry]:
    groups: dict[tuple[str, time, timedelta], list[Occurrence]] = defaultdict(list)
    entries: list[_Entry] = []
    for occ in occurrences:
        end = _end(occ)
        if plain(occ, tz):
            key = (occ.item, _wall(occ.start, tz).time(), end - occ.start)
            groups[key].append(occ)
        else:
            entries.append(_Entry(occ, end))
    for members in groups.values():
        by_date = {_wall(occ.start, tz).date(): occ for occ in members}
        dates = sorted(by_date)
        pattern, runs = compress(dates)
        for first, count in runs:
            occ = by_date[first]
            recur = pattern.recur(count) if count > 1 else None
            entries.append(_Entry(occ, _end(occ), recur))
    entries.sort(key=lambda e: (e.occurrence.start.astimezone(UTC), e.occurrence.item))
    return entries


def _lookup(doc: PlanDocument) -> tuple[dict[str, Medication], dict[str, Activity]]:
    return (
        {m.id: m for m in doc.all_medications()},
        {a.id: a for a in doc.all_activities()},
    )


def _exercise_text(ex: ExercisePrescription) -> str:
    name = ex.custom.name if ex.custom is not None else ex.exercise.replace("-", " ")
    parts: list[str] = []
    if ex.reps is not None:
        parts.append(f"{ex.reps} reps" if ex.sets is None else f"{ex.sets} x {ex.reps} reps")
    elif ex.sets is not None:
        parts.append(f"{ex.sets} sets")
    if ex.hold_seconds is not None:
        parts.append(f"hold {ex.hold_seconds} s")
    if ex.side is not None and ex.side is not Side.BOTH:
        parts.append("each side" if ex.side is Side.EACH else f"{ex.side.value} side")
    if ex.notes:
        parts.append(ex.notes)
    return f"- {name}" + (f": {', '.join(parts)}" if parts else "")


def _description(
    occ: Occurrence,
    meds: dict[str, Medication],
    acts: dict[str, Activity],
) -> str:
    """What the plan says about this item, in the plan's own words where it has them."""
    lines: list[str] = []
    if occ.kind == MEDICATION_KIND and occ.source_id in meds:
        med = meds[occ.source_id]
        lines.append(f"Dose: {med.dose}")
        if med.instructions:
            lines.append(med.instructions)
        if med.prescriber:
            lines.append(f"Prescribed by {med.prescriber}")
    elif occ.source_id in acts:
        act = acts[occ.source_id]
        if occ.kind == HEAT_KIND:
            lines.append(
                f"Heat for {act.heat_before_minutes} minutes, ending when {act.title} starts."
            )
        elif occ.kind == COLD_KIND:
            lines.append(
                f"Cold for {act.cold_after_minutes} minutes, starting when {act.title} ends."
            )
        else:
            lines.append(f"{act.duration_minutes} minutes")
            if act.exercises:
                lines.append("Exercises:")
                lines.extend(_exercise_text(ex) for ex in act.exercises)
            if act.notes:
                lines.append(act.notes)
    if occ.flare_up:
        lines.append("Part of the flare-up plan: it runs while a flare-up does.")
    return "\n".join(lines)


def _patient_key(doc: PlanDocument) -> str:
    return hashlib.sha256(doc.patient.name.encode("utf-8")).hexdigest()[:8]


def _stamp(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event(
    entry: _Entry,
    tz: ZoneInfo,
    now: datetime,
    patient_key: str,
    meds: dict[str, Medication],
    acts: dict[str, Activity],
) -> Event:
    occ = entry.occurrence
    event = Event()
    event.add("UID", f"{occ.item}-{_stamp(occ.start)}-{patient_key}@backplan")
    event.add("DTSTAMP", now.astimezone(UTC))
    start, end = occ.start.astimezone(tz), entry.end.astimezone(tz)
    if not (unambiguous(start, tz) and unambiguous(end, tz)):
        start, end = start.astimezone(UTC), end.astimezone(UTC)
    event.add("DTSTART", start)
    event.add("DTEND", end)
    if entry.recur is not None:
        event.add("RRULE", entry.recur)
    event.add("SUMMARY", occ.title)
    description = _description(occ, meds, acts)
    if description:
        event.add("DESCRIPTION", description)
    event.add("CATEGORIES", [occ.kind])
    act = acts.get(occ.source_id)
    if act is not None and act.location and occ.item == act.id:
        event.add("LOCATION", act.location)
    event.add(ITEM_PROPERTY, occ.item)
    # A five-minute dose reminder should not make the patient look busy to others.
    event.add("TRANSP", "TRANSPARENT" if occ.kind == MEDICATION_KIND else "OPAQUE")
    alarm = Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("DESCRIPTION", occ.title)
    alarm.add("TRIGGER", vInline(ALARM_TRIGGER), encode=False)
    event.add_component(alarm)
    return event


def build_calendar(
    doc: PlanDocument,
    start: date,
    days: int,
    flare_ups: Sequence[FlareUpWindow],
    *,
    now: datetime,
) -> Calendar:
    """The calendar for local days ``start`` .. ``start + days`` (exclusive): the agenda's window.

    ``now`` (aware) is the DTSTAMP; nothing here reads the clock.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be an aware datetime, got {now!r}")
    tz = zone(doc.patient.timezone)
    lo, hi = day_bounds(doc.patient.timezone, start, days)
    occurrences = expand(doc, lo, hi, flare_ups)

    cal = Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("X-WR-CALNAME", f"backplan: {doc.patient.name}")
    # Every year the window touches, whole, so that a calendar has the zone's rules
    # for each instance whatever it looks at first.
    last = (hi.astimezone(tz) + timedelta(days=1)).date()
    cal.add_component(
        vtimezone(doc.patient.timezone, date(start.year, 1, 1), date(last.year + 1, 1, 1))
    )
    meds, acts = _lookup(doc)
    key = _patient_key(doc)
    for entry in _plan_entries(occurrences, tz):
        cal.add_component(_event(entry, tz, now, key, meds, acts))
    return cal


def calendar_bytes(
    doc: PlanDocument,
    start: date,
    days: int,
    flare_ups: Sequence[FlareUpWindow],
    *,
    now: datetime,
) -> bytes:
    data: bytes = build_calendar(doc, start, days, flare_ups, now=now).to_ical()
    return data


def write_calendar(
    doc: PlanDocument,
    out: Path,
    start: date,
    days: int,
    flare_ups: Sequence[FlareUpWindow],
    *,
    now: datetime,
) -> None:
    """Writes the calendar for ``days`` local days from ``start`` to ``out``, atomically."""
    atomic_write_bytes(Path(out), calendar_bytes(doc, start, days, flare_ups, now=now))


__all__ = [
    "ALARM_TRIGGER",
    "ITEM_PROPERTY",
    "MEDICATION_MINUTES",
    "PRODID",
    "build_calendar",
    "calendar_bytes",
    "compress",
    "plain",
    "transitions",
    "unambiguous",
    "vtimezone",
    "write_calendar",
]
