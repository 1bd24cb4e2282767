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

UIDs (shared/spec/cli.md): an occurrence has the same UID, and in a series the same
start (its RECURRENCE-ID), in every export that contains it, whatever the window, so a
calendar that merges by UID never shows it twice. An occurrence is named by item,
local date and its slot that day (``event_uid``, with a digest of the patient so that
two patients' ``pt`` stay two events); a series by the first occurrence of its
natural run, found over whole local quarters and only then cut to the window
(``_plan_entries``). SEQUENCE is the export's time in minutes (``sequence_at``), so
any later export updates; what a replaced file held and the plan no longer does is
written as cancelled (``cancellations``). DTSTAMP is the ``now`` handed in; nothing
here reads the clock.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice, pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, MO, WEEKLY, rrule, rrulestr, weekday
from icalendar import Alarm, Calendar, Component, Event, Timezone, TimezoneDaylight, TimezoneStandard
from icalendar.prop import vInline, vText

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
    """One VEVENT to write: an occurrence, the rule that repeats it (if any), its UID's anchor.

    ``anchor`` and ``slot`` name the first occurrence of the entry's *natural* run (see
    ``_plan_entries``): the same in every export, whatever the window.
    """

    occurrence: Occurrence
    end: datetime
    anchor: date
    slot: int
    recur: dict[str, object] | None = None


def _quarter(day: date) -> date:
    """The first day of ``day``'s calendar quarter."""
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _next_quarter(day: date) -> date:
    first = _quarter(day)
    return date(first.year + 1, 1, 1) if first.month == 10 else date(first.year, first.month + 3, 1)


def natural_bounds(tz_name: str, lo: datetime, hi: datetime) -> tuple[datetime, datetime]:
    """The whole local calendar quarters that the window ``[lo, hi)`` touches.

    Series are cut at the start of each quarter and their rule is chosen from the
    whole quarter's dates, so a series (its first date, its rule, hence its UID)
    depends on the plan alone, never on where an export's window begins or ends.
    Quarters rather than years: the expansion stays within three months of the window.
    """
    tz = zone(tz_name)
    first = _quarter(lo.astimezone(tz).date())
    last_day = (hi - _SECOND).astimezone(tz).date() if hi > lo else lo.astimezone(tz).date()
    end = _next_quarter(last_day)
    return day_bounds(tz_name, first, (end - first).days)


def _slots(occurrences: Sequence[Occurrence], tz: ZoneInfo) -> dict[tuple[str, datetime], int]:
    """Each occurrence's place among its item's occurrences of that local day (0, 1, ...).

    An occurrence is named by (item, local date, slot) rather than by its time, so a
    dose moved from 08:00 to 09:00 keeps its UID and the calendar moves the event.
    """
    seen: Counter[tuple[str, date]] = Counter()
    slots: dict[tuple[str, datetime], int] = {}
    for occ in sorted(occurrences, key=lambda o: o.start.astimezone(UTC)):
        day = (occ.item, _wall(occ.start, tz).date())
        slots[occ.utc_key] = seen[day]
        seen[day] += 1
    return slots


def _in_window(occ: Occurrence, lo: datetime, hi: datetime) -> bool:
    return lo <= occ.start < hi


def _plan_entries(
    occurrences: Sequence[Occurrence], tz: ZoneInfo, lo: datetime, hi: datetime
) -> list[_Entry]:
    """The VEVENTs for the occurrences in ``[lo, hi)``, from the natural quarters' ``occurrences``.

    Runs are found over whole quarters (``natural_bounds``) and then clipped to the
    window: a run the window cuts keeps its UID (its natural first date) and starts at
    its first occurrence inside the window, with the same rule; every instance thus
    has the same UID and the same start (its RECURRENCE-ID) in every export.
    """
    slots = _slots(occurrences, tz)
    groups: dict[tuple[str, int, time, timedelta, date], list[Occurrence]] = defaultdict(list)
    entries: list[_Entry] = []
    for occ in occurrences:
        end = _end(occ)
        wall = _wall(occ.start, tz)
        slot = slots[occ.utc_key]
        if plain(occ, tz):
            groups[(occ.item, slot, wall.time(), end - occ.start, _quarter(wall.date()))].append(occ)
        elif _in_window(occ, lo, hi):
            entries.append(_Entry(occ, end, wall.date(), slot))
    for (_, slot, _, _, _), members in groups.items():
        by_date = {_wall(occ.start, tz).date(): occ for occ in members}
        pattern, runs = compress(sorted(by_date))
        for first, count in runs:
            dates = list(islice(pattern.dates(first), count))
            inside = [by_date[d] for d in dates if _in_window(by_date[d], lo, hi)]
            if not inside:
                continue
            clipped = [_wall(o.start, tz).date() for o in inside]
            if list(islice(pattern.dates(clipped[0]), len(clipped))) == clipped:
                recur = pattern.recur(len(inside)) if len(inside) > 1 else None
                entries.append(_Entry(inside[0], _end(inside[0]), first, slot, recur))
            else:  # pragma: no cover - every pattern here repeats from any of its dates
                entries.extend(_Entry(o, _end(o), _wall(o.start, tz).date(), slot) for o in inside)
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
    """A short digest of who the calendar is for: the clinic's record number where the
    plan has one (a name may be shared, plan-format.md), else the name."""
    identifier = doc.patient.identifier
    who = f"identifier:{identifier}" if identifier is not None else doc.patient.name
    return hashlib.sha256(who.encode("utf-8")).hexdigest()[:8]


def _stamp(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def event_uid(item: str, anchor: date, slot: int, patient_key: str) -> str:
    """``<item>-<natural first local date>-<slot>-<patient digest>@backplan``."""
    return f"{item}-{anchor:%Y%m%d}-{slot}-{patient_key}@backplan"


_SEQUENCE_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def sequence_at(now: datetime) -> int:
    """SEQUENCE for an export made at ``now``: whole minutes since 2000 (UTC).

    Every export describes the plan as it now stands, and a calendar takes an event
    with a known UID as an update only when its SEQUENCE is not lower than the one it
    holds. The plan's revision would not move when a flare-up ends or a course is
    shortened by an event, so the export's own time is used: a later export wins,
    whatever changed. (It fits RFC 5545's 32-bit INTEGER for thousands of years.)
    """
    return max(0, int((now - _SEQUENCE_EPOCH).total_seconds() // 60))


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
    event.add("UID", event_uid(occ.item, entry.anchor, entry.slot, patient_key))
    event.add("DTSTAMP", now.astimezone(UTC))
    event.add("SEQUENCE", sequence_at(now))
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
    event.add(ITEM_PROPERTY, vText(occ.item))
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
    occurrences = expand(doc, *natural_bounds(doc.patient.timezone, lo, hi), flare_ups)

    cal = Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    # An X- property is written as given unless typed: as TEXT, RFC 5545 escapes the
    # comma of "Rivera, Sam" (and ; \ and line breaks), which calendars split on.
    cal.add("X-WR-CALNAME", vText(f"backplan: {doc.patient.name}"))
    # Every year the window touches, whole, so that a calendar has the zone's rules
    # for each instance whatever it looks at first.
    last = (hi.astimezone(tz) + timedelta(days=1)).date()
    cal.add_component(
        vtimezone(doc.patient.timezone, date(start.year, 1, 1), date(last.year + 1, 1, 1))
    )
    meds, acts = _lookup(doc)
    key = _patient_key(doc)
    for entry in _plan_entries(occurrences, tz, lo, hi):
        cal.add_component(_event(entry, tz, now, key, meds, acts))
    return cal


def calendar_bytes(
    doc: PlanDocument,
    start: date,
    days: int,
    flare_ups: Sequence[FlareUpWindow],
    *,
    now: datetime,
    previous: bytes | None = None,
) -> bytes:
    """The calendar as bytes; ``previous``: the file this export replaces (see ``cancellations``)."""
    cal = build_calendar(doc, start, days, flare_ups, now=now)
    if previous is not None:
        lo = day_bounds(doc.patient.timezone, start, days)[0]
        for event in cancellations(previous, cal, _patient_key(doc), lo, now):
            cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


# Larger than any calendar backplan writes (years of a busy plan are a few MB).
_PREVIOUS_LIMIT = 32 * 1024 * 1024


def _last_start(event: Component) -> datetime | None:
    """The start of an event's last instance (aware), or None for a value not a date-time."""
    first = event.decoded("DTSTART")
    if not isinstance(first, datetime) or first.tzinfo is None:
        return None
    if "RRULE" not in event:
        return first
    value = event["RRULE"].to_ical()
    rule = value.decode() if isinstance(value, bytes) else str(value)
    if "COUNT=" not in rule:  # pragma: no cover - backplan always writes COUNT
        return datetime.max.replace(tzinfo=UTC)
    instances = list(rrulestr(rule, dtstart=first.replace(tzinfo=None)))
    return instances[-1].replace(tzinfo=first.tzinfo) if instances else first


def cancellations(
    previous: bytes, current: Calendar, patient_key: str, lo: datetime, now: datetime
) -> list[Event]:
    """Cancelled copies of this patient's events in ``previous`` that ``current`` dropped.

    A calendar that imports a file never deletes an event the file no longer holds:
    an item removed from the plan would keep reminding. So when an export replaces an
    earlier one (the same file), every event of the earlier one that is for the same
    patient, has no successor with its UID, and still has an instance from the new
    window's first day on is written again with STATUS:CANCELLED and the new SEQUENCE,
    which a calendar applies like any other update. Anything unreadable in the old
    file is left alone: it only ever adds cancellations, never stops the export.
    """
    try:
        old = Calendar.from_ical(previous)
    except Exception:
        return []
    kept = {str(e["UID"]) for e in current.walk("VEVENT")}
    suffix = f"-{patient_key}@backplan"
    found: list[Event] = []
    for event in old.walk("VEVENT"):
        uid = str(event.get("UID", ""))
        if not uid.endswith(suffix) or uid in kept or "DTSTART" not in event:
            continue
        try:
            last = _last_start(event)
        except Exception:
            continue
        if last is None or last < lo:  # over before the new window: history, left as it is
            continue
        cancelled = Event()
        cancelled.add("UID", uid)
        cancelled.add("DTSTAMP", now.astimezone(UTC))
        cancelled.add("SEQUENCE", sequence_at(now))
        cancelled.add("STATUS", "CANCELLED")
        for name in ("DTSTART", "DTEND", "RRULE", "SUMMARY", ITEM_PROPERTY):
            if name in event:
                cancelled[name] = event[name]
        found.append(cancelled)
    return found


def write_calendar(
    doc: PlanDocument,
    out: Path,
    start: date,
    days: int,
    flare_ups: Sequence[FlareUpWindow],
    *,
    now: datetime,
) -> None:
    """Writes the calendar for ``days`` local days from ``start`` to ``out``, atomically.

    A backplan calendar already at ``out`` is read first, so that what it held and the
    plan no longer does is written as cancelled (``cancellations``).
    """
    out = Path(out)
    previous: bytes | None = None
    try:
        if out.is_file() and not out.is_symlink() and out.stat().st_size <= _PREVIOUS_LIMIT:
            previous = out.read_bytes()
    except OSError:
        previous = None
    atomic_write_bytes(out, calendar_bytes(doc, start, days, flare_ups, now=now, previous=previous))


__all__ = [
    "ALARM_TRIGGER",
    "ITEM_PROPERTY",
    "MEDICATION_MINUTES",
    "PRODID",
    "build_calendar",
    "calendar_bytes",
    "cancellations",
    "compress",
    "event_uid",
    "natural_bounds",
    "plain",
    "sequence_at",
    "transitions",
    "unambiguous",
    "vtimezone",
    "write_calendar",
]
