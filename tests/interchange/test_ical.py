"""The .ics export read back as a calendar would, and compared with the agenda.

The reader below is written from RFC 5545 rather than from the exporter: it parses
the file with ``icalendar``, turns local times into instants with the file's own
VTIMEZONE (not ``zoneinfo``, so the zone definition is checked too) and expands each
RRULE with ``dateutil``. It also insists that every TZID value in the file is a local
time that exists and happens once, and that a recurring event's wall-clock length
equals its elapsed length: then no calendar, whatever it does with daylight-saving
edge cases, can read the file differently from this reader.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from dateutil.rrule import rrulestr
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from backplan.domain.codec import document_from_json
from backplan.domain.model import PlanDocument
from backplan.interchange.ical import (
    ITEM_PROPERTY,
    MEDICATION_MINUTES,
    PRODID,
    build_calendar,
    compress,
    plain,
    transitions,
    unambiguous,
    vtimezone,
    write_calendar,
)
from backplan.schedule import agenda, flare_up_windows
from backplan.schedule.occurrence import FlareUpWindow
from backplan.schedule.wallclock import zone

NOW = datetime(2026, 1, 2, 9, 0, tzinfo=UTC)
EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"

Triple = tuple[datetime, datetime, str]


# --- an independent reader ---------------------------------------------------------


class Zone:
    """A VTIMEZONE read the way RFC 5545 (3.6.5) defines it, and nothing else.

    Each observance starts at its DTSTART, a local time on the clock in force before
    it (TZOFFSETFROM), and sets TZOFFSETTO from then on.
    """

    def __init__(self, component: Any) -> None:
        onsets = []
        for part in component.subcomponents:
            assert part.name in ("STANDARD", "DAYLIGHT")
            assert "RRULE" not in part and "RDATE" not in part
            start = part.decoded("DTSTART")
            assert start.tzinfo is None, "an observance's onset is a local time"
            before = part.decoded("TZOFFSETFROM")
            onsets.append((start - before, part.decoded("TZOFFSETTO")))
        onsets.sort()
        self.first = onsets[0][0]
        self.onsets = onsets
        self.offsets = {offset for _, offset in onsets}

    def offset_at(self, utc_naive: datetime) -> timedelta | None:
        """The offset in force at a UTC instant; None before the zone's first onset."""
        found = None
        for onset, offset in self.onsets:
            if onset <= utc_naive:
                found = offset
        return found

    def instant(self, wall: datetime) -> datetime:
        """A TZID value as an instant, refusing a local time that is missing or repeated."""
        naive = wall.replace(tzinfo=None)
        readings = {naive - off for off in self.offsets if self.offset_at(naive - off) == off}
        assert readings, f"{naive} does not exist in this zone"
        assert len(readings) == 1, f"{naive} happens twice in this zone"
        return readings.pop().replace(tzinfo=UTC)  # defined, so not before the first onset


class _Utc:
    def instant(self, wall: datetime) -> datetime:
        return wall.replace(tzinfo=UTC)


_UTC_ZONE = _Utc()


def _value(prop: Any, zones: dict[str, Zone]) -> tuple[datetime, str | None]:
    """(instant, TZID or None) of a DTSTART or DTEND property."""
    tzid = prop.params.get("TZID")
    value = prop.dt
    assert isinstance(value, datetime), "all-day values are never written"
    if tzid is None:
        assert value.utcoffset() == timedelta(0), "a value without TZID must be UTC"
        return value.astimezone(UTC), None
    return zones[tzid].instant(value), tzid


def read_back(data: bytes) -> list[Triple]:
    """Every (start, end, item) instance the file describes, in UTC."""
    return [(start, end, item) for _, start, end, item in read_instances(data)]


Instance = tuple[str, datetime, datetime, str]  # UID, start (its RECURRENCE-ID), end, item


def read_instances(data: bytes, events: Sequence[Any] | None = None) -> list[Instance]:
    """Every instance with its UID; cancelled events describe none. ``events``: these
    VEVENTs (a merged calendar's) with the file's zones, instead of the file's own."""
    cal = Calendar.from_ical(data)
    zones = {str(tz["TZID"]): Zone(tz) for tz in cal.walk("VTIMEZONE")}
    zone_for: dict[str | None, Zone | _Utc] = {None: _UTC_ZONE, **zones}
    found: list[Instance] = []
    for event in cal.walk("VEVENT") if events is None else events:
        if str(event.get("STATUS", "")) == "CANCELLED":
            continue
        assert "EXDATE" not in event and "RDATE" not in event and "DURATION" not in event
        assert int(event["SEQUENCE"]) >= 0
        uid = str(event["UID"])
        item = str(event[ITEM_PROPERTY])
        start, start_tzid = _value(event["DTSTART"], zones)
        end, end_tzid = _value(event["DTEND"], zones)
        assert end > start
        if "RRULE" not in event:
            found.append((uid, start, end, item))
            continue
        assert end_tzid == start_tzid
        # A rule recurs on the clock of its DTSTART: the zone's, or UTC's (which
        # icalendar writes for a patient whose zone is UTC itself).
        tz = zone_for[start_tzid]
        rule_text = event["RRULE"].to_ical().decode()
        assert "COUNT=" in rule_text, "every rule is bounded"
        start_wall = event["DTSTART"].dt.replace(tzinfo=None)
        end_wall = event["DTEND"].dt.replace(tzinfo=None)
        length = end - start  # RFC 5545: the exact duration applies to every instance
        for wall in rrulestr(rule_text, dtstart=start_wall):
            instance = tz.instant(wall)
            # Reading the end as wall-clock time must give the same instant.
            assert tz.instant(wall + (end_wall - start_wall)) == instance + length
            found.append((uid, instance, instance + length, item))
    return found


def expected(doc: PlanDocument, day: date, days: int, flare: Sequence[FlareUpWindow]) -> list[Triple]:
    dose = timedelta(minutes=MEDICATION_MINUTES)
    return [
        (
            o.start.astimezone(UTC),
            (o.end if o.end is not None else o.start + dose).astimezone(UTC),
            o.item,
        )
        for o in agenda(doc, day, days, flare)
    ]


def check_same(
    doc: PlanDocument, day: date, days: int, flare: Sequence[FlareUpWindow] = ()
) -> Calendar:
    cal = build_calendar(doc, day, days, flare, now=NOW)
    got = read_back(cal.to_ical())
    want = expected(doc, day, days, flare)
    assert len(got) == len(set(got)), "an instance is described twice"
    assert sorted(got) == sorted(want)
    return cal


# --- plans as the file format writes them ---------------------------------------------


def plan(
    tz: str,
    start: str,
    *,
    meds: Sequence[dict[str, Any]] = (),
    acts: Sequence[dict[str, Any]] = (),
    end: str | None = None,
    flare_up: dict[str, Any] | None = None,
) -> PlanDocument:
    data: dict[str, Any] = {
        "format": "backplan",
        "version": 1,
        "patient": {"name": "Test Patient", "timezone": tz},
        "plan": {"title": "DST plan", "start": start},
        "medications": list(meds),
        "activities": list(acts),
    }
    if end is not None:
        data["plan"]["end"] = end
    if flare_up is not None:
        data["plan"]["flare_up"] = flare_up
    return document_from_json(data)


def med(id: str, schedule: dict[str, Any], start: str, days: int = 60) -> dict[str, Any]:
    return {
        "id": id,
        "name": f"{id} 200 mg",
        "ingredients": [{"substance": "ibuprofen", "mg": 200}],
        "dose": "1 tablet",
        "schedule": schedule,
        "start": start,
        "days": days,
        "instructions": "With food.",
    }


def act(
    id: str,
    schedule: dict[str, Any],
    start: str,
    minutes: int = 45,
    heat: int | None = 15,
    cold: int | None = 15,
    kind: str = "exercise",
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": id,
        "kind": kind,
        "title": f"{id} session",
        "schedule": schedule,
        "duration_minutes": minutes,
        "start": start,
    }
    if heat is not None:
        out["heat_before_minutes"] = heat
    if cold is not None:
        out["cold_after_minutes"] = cold
    return out


def dst_plan(tz: str, start: str) -> PlanDocument:
    """Times on both sides of, and inside, the hours a change moves or repeats."""
    return plan(
        tz,
        start,
        meds=[
            med("gap-dose", {"times": ["02:30", "08:00"]}, start),
            med("edge-dose", {"times": ["02:00", "03:00"]}, start),
            med("fold-dose", {"times": ["01:30", "21:00"]}, start),
            med("late-dose", {"times": ["23:45"]}, start, days=20),
        ],
        acts=[
            act("night-stretch", {"times": ["01:45"]}, start),
            act("fold-walk", {"times": ["00:50"]}, start, minutes=60, heat=20, cold=30),
            act("sunday-pt", {"rrule": "FREQ=WEEKLY;BYDAY=SU", "time": "02:15"}, start,
                kind="physical_therapy"),
            act("weekday-ex", {"times": ["07:00"], "weekdays": ["mon", "wed", "fri"]}, start),
            act("every-other", {"rrule": "FREQ=DAILY;INTERVAL=2", "time": "18:30"}, start,
                heat=None),
        ],
    )


def _is_plain_everywhere(cal: Calendar) -> int:
    return sum(1 for e in cal.walk("VEVENT") if "RRULE" in e)


# --- the examples ----------------------------------------------------------------------


def _example(name: str) -> PlanDocument:
    return document_from_json(json.loads((EXAMPLES / name).read_text("utf-8")))


def test_acute_example_matches_the_agenda_with_few_events() -> None:
    doc = _example("acute-3-weeks.backplan.json")
    cal = check_same(doc, date(2026, 11, 30), 30)
    occurrences = agenda(doc, date(2026, 11, 30), 30)
    events = cal.walk("VEVENT")
    # 4 doses x 14 days, stretches and heat x 21, walks, PT, heat, cold: over a hundred
    # occurrences, but one series per item and time.
    assert len(occurrences) > 100
    assert len(events) <= 15
    assert {str(e[ITEM_PROPERTY]) for e in events} == {o.item for o in occurrences}


@pytest.mark.parametrize(
    ("day", "days"),
    [
        (date(2026, 12, 10), 5),  # starts and ends inside runs
        (date(2026, 12, 14), 1),  # the last day of the carisoprodol course
        (date(2026, 12, 21), 3),  # the plan's last day, then nothing
        (date(2026, 11, 1), 3),  # before the plan: an empty calendar
    ],
)
def test_acute_example_window_edges(day: date, days: int) -> None:
    check_same(_example("acute-3-weeks.backplan.json"), day, days)


def test_history_example_with_its_flare_up() -> None:
    doc = _example("with-history.backplan.json")
    assert doc.plan.flare_up is not None
    windows = flare_up_windows(doc.events, doc.plan.flare_up.days)
    assert windows, "the example records a flare-up"
    cal = check_same(doc, date(2026, 11, 2), 30, windows)
    flare = [e for e in cal.walk("VEVENT") if str(e[ITEM_PROPERTY]) == "flare-walk"]
    assert flare and all("flare-up plan" in str(e["DESCRIPTION"]) for e in flare)


# --- daylight-saving changes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("tz", "start", "day"),
    [
        ("America/Chicago", "2026-02-20", date(2026, 3, 1)),  # spring forward 03-08
        ("America/Chicago", "2026-10-15", date(2026, 10, 25)),  # fall back 11-01
        ("Europe/Berlin", "2026-03-15", date(2026, 3, 22)),  # 03-29
        ("Europe/Berlin", "2026-10-10", date(2026, 10, 18)),  # 10-25
        ("Australia/Lord_Howe", "2026-03-25", date(2026, 3, 30)),  # half an hour back 04-05
        ("Australia/Lord_Howe", "2026-09-25", date(2026, 9, 28)),  # half an hour on 10-04
    ],
)
def test_dst_changes_match_the_agenda(tz: str, start: str, day: date) -> None:
    doc = dst_plan(tz, start)
    cal = check_same(doc, day, 21)
    assert _is_plain_everywhere(cal) > 0, "regular stretches still recur"


def test_spring_forward_gap_dose_is_moved_and_written_alone() -> None:
    doc = dst_plan("America/Chicago", "2026-03-01")
    cal = check_same(doc, date(2026, 3, 6), 5)
    moved = [
        e
        for e in cal.walk("VEVENT")
        if str(e[ITEM_PROPERTY]) == "gap-dose" and e["DTSTART"].dt.date() == date(2026, 3, 8)
    ]
    assert len(moved) == 1 and "RRULE" not in moved[0]
    # 02:30 does not exist that night: the dose is at 03:30 CDT, written as such.
    assert moved[0]["DTSTART"].params["TZID"] == "America/Chicago"
    assert moved[0]["DTSTART"].dt.replace(tzinfo=None) == datetime(2026, 3, 8, 3, 30)
    # 02:00 and 03:00 land on the same instant that night: one reminder, not two.
    edge = [
        start
        for start, _, item in read_back(cal.to_ical())
        if item == "edge-dose" and start.date() == date(2026, 3, 8)
    ]
    assert edge == [datetime(2026, 3, 8, 8, 0, tzinfo=UTC)]


def test_fall_back_dose_is_written_in_utc_once() -> None:
    doc = dst_plan("America/Chicago", "2026-10-20")
    cal = check_same(doc, date(2026, 10, 30), 4)
    fold = [
        e
        for e in cal.walk("VEVENT")
        if str(e[ITEM_PROPERTY]) == "fold-dose" and "TZID" not in e["DTSTART"].params
    ]
    # 01:30 happens twice on 2026-11-01; the plan means the first (CDT, UTC-5).
    assert [e["DTSTART"].dt for e in fold] == [datetime(2026, 11, 1, 6, 30, tzinfo=UTC)]


def test_activity_across_fall_back_keeps_its_elapsed_length() -> None:
    doc = dst_plan("America/Chicago", "2026-10-20")
    cal = check_same(doc, date(2026, 11, 1), 1)
    walks = [(s, e) for s, e, item in read_back(cal.to_ical()) if item == "fold-walk"]
    assert walks == [
        (datetime(2026, 11, 1, 5, 50, tzinfo=UTC), datetime(2026, 11, 1, 6, 50, tzinfo=UTC))
    ]


def test_a_flare_up_across_a_change() -> None:
    stretch = act("flare-stretch", {"times": ["02:30", "09:00"]}, "2026-03-01")
    del stretch["start"]  # flare-up items have no dates of their own
    doc = plan(
        "Europe/Berlin",
        "2026-03-01",
        flare_up={"advice": "Keep moving gently.", "days": 3, "activities": [stretch]},
    )
    started = datetime(2026, 3, 28, 6, 0, tzinfo=UTC)
    window = FlareUpWindow(started, started + timedelta(days=3), (started,))
    cal = check_same(doc, date(2026, 3, 25), 10, [window])
    assert {str(e[ITEM_PROPERTY]) for e in cal.walk("VEVENT")} >= {"flare-stretch"}


def _to_json(doc: PlanDocument) -> dict[str, Any]:
    from backplan.domain.codec import document_to_json

    return document_to_json(doc)


# --- whatever the plan, whatever the zone ------------------------------------------------------

ZONES = ["America/Chicago", "Europe/Berlin", "Australia/Lord_Howe", "America/Santiago", "UTC"]
CLOCK = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


@st.composite
def random_plan(draw: st.DrawFn) -> tuple[PlanDocument, date, int]:
    tz = draw(st.sampled_from(ZONES))
    first = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 330)))
    times = sorted(set(draw(st.lists(CLOCK, min_size=1, max_size=3))))
    schedule: dict[str, Any] = {"times": times}
    if draw(st.booleans()):
        schedule["weekdays"] = sorted(
            set(draw(st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=4))),
            key=WEEKDAYS.index,
        )
    rule = draw(st.sampled_from(["FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY;BYDAY=SA,SU",
                                 "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH"]))
    doc = plan(
        tz,
        first.isoformat(),
        meds=[med("m", {"times": times}, first.isoformat(), days=draw(st.integers(1, 40)))],
        acts=[
            act("a", schedule, first.isoformat(), minutes=draw(st.integers(5, 120)),
                heat=draw(st.none() | st.integers(1, 30)), cold=draw(st.none() | st.integers(1, 30))),
            act("r", {"rrule": rule, "time": draw(CLOCK)}, first.isoformat()),
        ],
    )
    day = first + timedelta(days=draw(st.integers(-3, 20)))
    return doc, day, draw(st.integers(1, 45))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_plan())
def test_any_plan_reads_back_as_its_agenda(case: tuple[PlanDocument, date, int]) -> None:
    doc, day, days = case
    check_same(doc, day, days)


# --- what each event carries ---------------------------------------------------------------


def test_calendar_properties_timezone_alarms_and_descriptions(tmp_path: Path) -> None:
    doc = _example("acute-3-weeks.backplan.json")
    out = tmp_path / "plan.ics"
    write_calendar(doc, out, date(2026, 12, 1), 7, [], now=NOW)
    cal = Calendar.from_ical(out.read_bytes())
    assert str(cal["PRODID"]) == PRODID and str(cal["VERSION"]) == "2.0"
    assert str(cal["X-WR-CALNAME"]) == "backplan: Sam Rivera"
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["America/Chicago"]
    events = cal.walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    kinds = {o.item: o.kind for o in agenda(doc, date(2026, 12, 1), 7)}
    for event in events:
        item = str(event[ITEM_PROPERTY])
        assert str(event["UID"]).startswith(item + "-") and str(event["UID"]).endswith("@backplan")
        assert event["DTSTAMP"].dt == NOW
        assert [str(c) for c in event["CATEGORIES"].cats] == [kinds[item]]
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        assert str(alarms[0]["ACTION"]) == "DISPLAY"
        assert alarms[0].decoded("TRIGGER") == timedelta(0)
        assert str(alarms[0]["DESCRIPTION"]) == str(event["SUMMARY"])
    assert out.read_bytes().count(b"\r\nTRIGGER:-PT0M\r\n") == len(events)
    by_item = {str(e[ITEM_PROPERTY]): e for e in events}
    cari = by_item["carisoprodol"]
    assert str(cari["SUMMARY"]) == "Carisoprodol 350 mg"
    assert "Dose: 1 tablet" in str(cari["DESCRIPTION"])
    assert "No alcohol" in str(cari["DESCRIPTION"])
    assert cari["DTEND"].dt - cari["DTSTART"].dt == timedelta(minutes=MEDICATION_MINUTES)
    assert str(by_item["pt"]["LOCATION"]) == "Riverside Physio, 12 Mill Street"
    assert "ending when Physical therapy" in str(by_item["pt:heat"]["DESCRIPTION"])
    assert "knee to chest" in str(by_item["morning-stretch"]["DESCRIPTION"])
    assert str(by_item["pt"]["RRULE"].to_ical().decode()) == "FREQ=WEEKLY;COUNT=2;BYDAY=TU,FR"
    # Nothing but the file: no temporary file is left beside it.
    assert [p.name for p in tmp_path.iterdir()] == ["plan.ics"]


def test_uids_are_stable_and_differ_between_patients() -> None:
    doc = _example("acute-3-weeks.backplan.json")
    first = build_calendar(doc, date(2026, 12, 1), 7, [], now=NOW)
    again = build_calendar(doc, date(2026, 12, 1), 7, [], now=NOW + timedelta(days=3))
    other = dst_plan("America/Chicago", "2026-12-01")

    def uids(cal: Calendar) -> set[str]:
        return {str(e["UID"]) for e in cal.walk("VEVENT")}

    assert uids(first) == uids(again)
    renamed = document_from_json({**_to_json(doc), "patient": {"name": "Another", "timezone":
                                                             "America/Chicago"}})
    second = build_calendar(renamed, date(2026, 12, 1), 7, [], now=NOW)
    assert uids(first).isdisjoint(uids(second))
    assert uids(first).isdisjoint(uids(build_calendar(other, date(2026, 12, 1), 7, [], now=NOW)))


def test_naive_now_is_refused() -> None:
    doc = _example("acute-3-weeks.backplan.json")
    with pytest.raises(ValueError, match="aware"):
        build_calendar(doc, date(2026, 12, 1), 1, [], now=datetime(2026, 12, 1))


# --- the helpers ----------------------------------------------------------------------------


def test_plain_and_unambiguous() -> None:
    chicago = zone("America/Chicago")
    repeated = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)  # 01:30 CDT
    assert not unambiguous(repeated, chicago)
    assert unambiguous(datetime(2026, 11, 1, 9, 30, tzinfo=UTC), chicago)
    from backplan.schedule.occurrence import Occurrence

    def occ(start: datetime, minutes: int | None) -> Occurrence:
        end = None if minutes is None else start + timedelta(minutes=minutes)
        return Occurrence(start.astimezone(chicago), "x", end, "exercise", "x", "x")

    # 01:30 CST + 45 minutes crosses 03:00 that spring morning.
    assert not plain(occ(datetime(2026, 3, 8, 7, 30, tzinfo=UTC), 45), chicago)
    assert plain(occ(datetime(2026, 3, 8, 7, 30, tzinfo=UTC), 15), chicago)
    assert plain(occ(datetime(2026, 3, 9, 13, 0, tzinfo=UTC), None), chicago)


def test_compress_finds_daily_weekly_and_interval_runs() -> None:
    days = [date(2026, 3, 1) + timedelta(days=i) for i in range(10)]
    pattern, runs = compress(days)
    assert pattern.recur(10)["FREQ"] == "DAILY" and runs == [(days[0], 10)]

    # A day missing from a daily series (a dose the clock change moved, say).
    month = [date(2026, 3, 1) + timedelta(days=i) for i in range(20)]
    assert compress(month[:4] + month[5:])[1] == [(month[0], 4), (month[5], 15)]
    # Within one week, the same hole is a weekly rule on the other six days.
    pattern, runs = compress(days[:4] + days[5:])
    assert runs == [(days[0], 9)] and pattern.recur(9)["FREQ"] == "WEEKLY"

    mon_wed = [d for d in (date(2026, 3, 2) + timedelta(days=i) for i in range(28))
               if d.weekday() in (0, 2)]
    pattern, runs = compress(mon_wed)
    assert pattern.recur(8) == {"FREQ": "WEEKLY", "BYDAY": ["MO", "WE"], "COUNT": 8}
    assert runs == [(mon_wed[0], 8)]

    fortnightly = [date(2026, 3, 3) + timedelta(weeks=2 * i) for i in range(5)]
    pattern, runs = compress(fortnightly)
    assert runs == [(fortnightly[0], 5)]
    assert pattern.recur(5)["INTERVAL"] in (14, 2)

    assert compress([date(2026, 3, 3)])[1] == [(date(2026, 3, 3), 1)]


@pytest.mark.parametrize(
    "name",
    ["America/Chicago", "Europe/Berlin", "Australia/Lord_Howe", "America/Santiago",
     "Asia/Kolkata", "UTC"],
)
def test_vtimezone_agrees_with_zoneinfo(name: str) -> None:
    component = vtimezone(name, date(2026, 1, 1), date(2028, 1, 1))
    reader = Zone(component)
    tz = zone(name)
    first = datetime(2026, 1, 1, tzinfo=tz).astimezone(UTC)
    last = datetime(2028, 1, 1, tzinfo=tz).astimezone(UTC)
    changes = transitions(tz, first, last)
    assert (len(changes) > 0) == (name not in ("Asia/Kolkata", "UTC"))
    probes = [first + timedelta(hours=h) for h in range(0, 2 * 366 * 24, 5)]
    for change in changes:
        probes += [change - timedelta(seconds=1), change, change + timedelta(minutes=1)]
    for probe in probes:
        if probe >= last:
            continue
        assert reader.offset_at(probe.replace(tzinfo=None)) == probe.astimezone(tz).utcoffset()


def test_whole_years_across_every_change() -> None:
    for name in ("America/Chicago", "Australia/Lord_Howe"):
        check_same(dst_plan(name, "2026-01-01"), date(2026, 1, 1), 365)


def test_cli_writes_the_calendar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from backplan.cli import main

    folder = tmp_path / "data"
    history = EXAMPLES / "with-history.backplan.json"
    assert main(["--data-dir", str(folder), "import", str(history)]) == 0
    out = tmp_path / "x.ics"
    args = ["--data-dir", str(folder), "calendar", "--out", str(out), "--from", "2026-11-02"]
    assert main([*args, "--days", "30"]) == 0, capsys.readouterr().err
    doc = _example("with-history.backplan.json")
    assert doc.plan.flare_up is not None
    windows = flare_up_windows(doc.events, doc.plan.flare_up.days)
    got = read_back(out.read_bytes())
    assert sorted(got) == sorted(expected(doc, date(2026, 11, 2), 30, windows))


# --- exporting again: the same UIDs, updates and cancellations --------------------------


def _overlapping(
    doc: PlanDocument, first: date, second: date, days: int, flare: Sequence[FlareUpWindow] = ()
) -> tuple[bytes, bytes]:
    a = build_calendar(doc, first, days, flare, now=NOW).to_ical()
    b = build_calendar(doc, second, days, flare, now=NOW + timedelta(days=9)).to_ical()
    return a, b


OVERLAPS = [
    ("acute", date(2026, 11, 28), date(2026, 12, 6), 14),
    ("spring Chicago", date(2026, 2, 27), date(2026, 3, 6), 21),  # 03-08 in both
    ("fall Chicago", date(2026, 10, 22), date(2026, 10, 30), 14),  # 11-01 in both
    ("spring Berlin", date(2026, 3, 20), date(2026, 3, 28), 10),
    ("fall Berlin", date(2026, 10, 20), date(2026, 10, 26), 10),
    ("New Year", date(2026, 12, 20), date(2026, 12, 29), 14),
]


def _overlap_doc(name: str) -> PlanDocument:
    if name == "acute":
        return _example("acute-3-weeks.backplan.json")
    tz = "Europe/Berlin" if "Berlin" in name else "America/Chicago"
    start = {"spring": "2026-02-10", "fall": "2026-10-01", "New": "2026-12-15"}[name.split()[0]]
    return dst_plan(tz, start)


@dataclass(frozen=True)
class Overlap:
    """Two exports of one plan whose windows overlap: ``a`` from ``first``, ``b`` from ``second``."""

    doc: PlanDocument
    first: date
    second: date
    days: int
    a: bytes
    b: bytes


@pytest.fixture(params=OVERLAPS, ids=[case[0] for case in OVERLAPS])
def overlap(request: pytest.FixtureRequest) -> Overlap:
    name, first, second, days = request.param
    doc = _overlap_doc(name)
    return Overlap(doc, first, second, days, *_overlapping(doc, first, second, days))


def test_overlapping_exports_merged_by_uid_give_each_occurrence_once(overlap: Overlap) -> None:
    doc, first, second, days, a, b = (
        overlap.doc, overlap.first, overlap.second, overlap.days, overlap.a, overlap.b
    )  # fmt: skip
    merged: dict[tuple[str, datetime], tuple[datetime, str]] = {}
    for uid, start, end, item in read_instances(a) + read_instances(b):
        # An occurrence in both files has the same UID and RECURRENCE-ID in both.
        assert merged.setdefault((uid, start), (end, item)) == (end, item)
    union = set(expected(doc, first, days, ())) | set(expected(doc, second, days, ()))
    got = [(start, end, item) for (_, start), (end, item) in merged.items()]
    assert len(got) == len(set(got)) and set(got) == union
    # The same occurrence: one UID, whichever export it came from.
    uid_of: dict[tuple[datetime, str], set[str]] = {}
    for uid, start, _, item in read_instances(a) + read_instances(b):
        uid_of.setdefault((start, item), set()).add(uid)
    assert all(len(uids) == 1 for uids in uid_of.values())


def test_a_calendar_that_replaces_by_uid_shows_no_occurrence_twice(overlap: Overlap) -> None:
    """What a phone does on the second import: an event whose UID it holds is replaced."""
    doc, first, second, days, a, b = (
        overlap.doc, overlap.first, overlap.second, overlap.days, overlap.a, overlap.b
    )  # fmt: skip
    held: dict[str, Any] = {}
    for data in (a, b):
        for event in Calendar.from_ical(data).walk("VEVENT"):
            held[str(event["UID"])] = event
    shown = [(s, e, i) for _, s, e, i in read_instances(b, list(held.values()))]
    assert len(shown) == len(set(shown))
    assert set(expected(doc, second, days, ())) <= set(shown)
    assert set(shown) <= set(expected(doc, first, days, ())) | set(expected(doc, second, days, ()))


def test_a_moved_time_keeps_its_uids_with_a_higher_sequence() -> None:
    def doc(time: str) -> PlanDocument:
        ibu = med("ibu", {"times": [time, "20:00"]}, "2026-12-01")
        return plan("America/Chicago", "2026-12-01", meds=[ibu])

    before = build_calendar(doc("08:00"), date(2026, 12, 3), 10, [], now=NOW)
    after = build_calendar(doc("09:00"), date(2026, 12, 5), 10, [], now=NOW + timedelta(hours=1))
    old = {str(e["UID"]): e for e in before.walk("VEVENT")}
    new = {str(e["UID"]): e for e in after.walk("VEVENT")}
    assert set(old) == set(new)
    for uid, event in new.items():
        assert int(event["SEQUENCE"]) > int(old[uid]["SEQUENCE"])
    morning = [e for e in new.values() if e["DTSTART"].dt.hour == 9]
    assert len(morning) == 1 and str(morning[0]["UID"]) in old


def test_an_item_removed_from_the_plan_is_cancelled_in_the_same_file(tmp_path: Path) -> None:
    ibu = med("ibu", {"times": ["08:00"]}, "2026-12-01")
    para = med("para", {"times": ["12:00"]}, "2026-12-01")
    both = plan("America/Chicago", "2026-12-01", meds=[ibu, para])
    only_ibu = plan("America/Chicago", "2026-12-01", meds=[med("ibu", {"times": ["08:00"]}, "2026-12-01")])
    other = document_from_json(
        {**_to_json(both), "patient": {"name": "Someone Else", "timezone": "America/Chicago"}}
    )
    out = tmp_path / "plan.ics"
    write_calendar(both, out, date(2026, 12, 1), 30, [], now=NOW)
    first_para = {str(e["UID"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")
                  if str(e[ITEM_PROPERTY]) == "para"}  # fmt: skip
    write_calendar(only_ibu, out, date(2026, 12, 10), 30, [], now=NOW + timedelta(days=9))
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    cancelled = [e for e in events if str(e.get("STATUS", "")) == "CANCELLED"]
    assert {str(e["UID"]) for e in cancelled} == first_para
    assert all(str(e[ITEM_PROPERTY]) == "para" and int(e["SEQUENCE"]) > 0 for e in cancelled)
    assert sorted(read_back(out.read_bytes())) == sorted(expected(only_ibu, date(2026, 12, 10), 30, ()))
    # Another patient's file at that path is not this patient's to cancel.
    write_calendar(other, out, date(2026, 12, 10), 30, [], now=NOW + timedelta(days=10))
    assert not [e for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT") if e.get("STATUS")]


def test_the_calendar_name_and_texts_are_escaped() -> None:
    doc = document_from_json(
        {**_to_json(_example("acute-3-weeks.backplan.json")),
         "patient": {"name": "Rivera, Sam; Jr\\", "timezone": "America/Chicago"}}
    )  # fmt: skip
    data = build_calendar(doc, date(2026, 12, 1), 3, [], now=NOW).to_ical()
    assert b"\r\nX-WR-CALNAME:backplan: Rivera\\, Sam\\; Jr\\\\\r\n" in data
    # Read back as RFC 5545 (3.3.11) says: every escape undone, nothing else.
    raw = str(Calendar.from_ical(data)["X-WR-CALNAME"])
    unescaped = re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], raw)
    assert unescaped == "backplan: Rivera, Sam; Jr\\"
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(data).walk("VEVENT")]
    assert summaries and all("\\," not in text for text in summaries)  # texts decoded whole


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_plan(), st.integers(1, 60))
def test_any_two_windows_name_each_occurrence_alike(
    case: tuple[PlanDocument, date, int], shift: int
) -> None:
    """Whatever the plan and the two windows, an occurrence has one UID in both files."""
    doc, day, days = case
    a, b = _overlapping(doc, day, day + timedelta(days=shift), days)
    uid_of: dict[tuple[datetime, str], set[str]] = {}
    for uid, start, _, item in read_instances(a) + read_instances(b):
        uid_of.setdefault((start, item), set()).add(uid)
    assert all(len(uids) == 1 for uids in uid_of.values())
