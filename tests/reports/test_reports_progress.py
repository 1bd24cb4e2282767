"""The progress figures, computed without matplotlib or Qt, checked against the log."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from statistics import fmean
from zoneinfo import ZoneInfo

import pytest
from report_builders import example, example_json

from backplan.domain.model import (
    Event,
    EventStatus,
    LogEntry,
    PlanDocument,
    RedFlag,
    SideEffect,
)
from backplan.reports.progress import (
    PSFS_MEANINGFUL_CHANGE,
    ROLLING_DAYS,
    default_range,
    pain_change,
    progress_data,
    psfs_change,
    resolve_range,
    what_helped,
)

IST = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def _entry(day: date, pain: int, hour: int = 20, tz: ZoneInfo = IST, **extra: object) -> LogEntry:
    return LogEntry(at=datetime.combine(day, time(hour), tz), pain=pain, **extra)  # type: ignore[arg-type]


def _with_log(doc: PlanDocument, entries: list[LogEntry]) -> PlanDocument:
    return replace(doc, log=tuple(entries), events=())


@pytest.fixture
def history() -> PlanDocument:
    return example("with-history.backplan.json")


# --- the daily series ---------------------------------------------------------------


def test_rolling_mean_on_a_hand_checked_series(history: PlanDocument) -> None:
    d1 = date(2026, 11, 2)
    day = [d1 + timedelta(days=k) for k in range(12)]
    doc = _with_log(
        history,
        [
            _entry(day[0], 8),
            _entry(day[1], 6, hour=9),
            _entry(day[1], 4, hour=21),  # two entries: the day counts once, as 5
            _entry(day[3], 7),
            _entry(day[11], 2),
        ],
    )
    data = progress_data(doc, day[0], day[11], NOW)
    # Worked out by hand: the mean of the daily values of the 7 calendar days ending
    # on each day, days without an entry left out.
    expected = [8, 6.5, 6.5, 20 / 3, 20 / 3, 20 / 3, 20 / 3, 6, 7, 7, None, 2]
    assert len(data.daily.pain_mean_7d) == 12
    for got, want in zip(data.daily.pain_mean_7d, expected, strict=True):
        if want is None:
            assert got is None
        else:
            assert got == pytest.approx(want)
    assert data.daily.pain[1] == 5


def test_rolling_mean_reaches_back_before_the_range(history: PlanDocument) -> None:
    d1 = date(2026, 11, 2)
    doc = _with_log(history, [_entry(d1, 8), _entry(d1 + timedelta(days=3), 4)])
    data = progress_data(doc, d1 + timedelta(days=3), d1 + timedelta(days=8), NOW)
    # On the range's first day the week behind it still counts (8 and 4).
    assert data.daily.pain_mean_7d[0] == pytest.approx(6)
    # Six days later the 8 has left the window.
    assert data.daily.pain_mean_7d[4] == pytest.approx(4)
    assert [p.pain for p in data.points] == [4]


def test_days_combine_entries_as_documented(history: PlanDocument) -> None:
    day = date(2026, 11, 3)
    doc = _with_log(
        history,
        [
            _entry(day, 6, hour=8, pain_worst=7, walking_minutes=10, sleep=4, spasm=2,
                   psfs=(("Bending to pick up a bag", 2), ("Sitting in a car for 1 hour", 4))),
            _entry(day, 4, hour=20, pain_worst=9, walking_minutes=25, sleep=6, spasm=6,
                   psfs=(("Bending to pick up a bag", 5), ("Sitting in a car for 1 hour", 5))),
        ],
    )  # fmt: skip
    data = progress_data(doc, day, day, NOW)
    assert data.daily.pain == (5,)
    assert data.daily.pain_worst == (9,)
    assert data.daily.walking_minutes == (25,)
    assert data.daily.sleep == (6,)  # the day's latest
    assert data.daily.psfs_average == (5,)  # the day's latest
    assert data.daily.spasm == (4,)


def test_points_are_the_log_in_the_patients_days(history: PlanDocument) -> None:
    raw = example_json("with-history.backplan.json")
    data = progress_data(history, date(2026, 11, 2), date(2026, 11, 30), NOW)
    expected = [(datetime.fromisoformat(e["at"]), e["pain"]) for e in raw["log"]]
    assert [(p.at, p.pain) for p in data.points] == expected
    assert all(p.at.tzinfo == IST for p in data.points)


def test_a_late_entry_belongs_to_its_local_day(history: PlanDocument) -> None:
    # 23:30 in Kolkata is 18:00 UTC the same day; 00:30 is the previous UTC day.
    late = LogEntry(at=datetime(2026, 11, 5, 0, 30, tzinfo=IST), pain=3)
    doc = _with_log(history, [late])
    data = progress_data(doc, date(2026, 11, 4), date(2026, 11, 5), NOW)
    assert data.daily.pain == (None, 3)


# --- plan and what was done ------------------------------------------------------------


def test_courses_match_the_plan(history: PlanDocument) -> None:
    raw = example_json("with-history.backplan.json")
    data = progress_data(history, date(2026, 11, 2), date(2026, 11, 30), NOW)
    expected = {}
    for med in raw["medications"]:
        first = date.fromisoformat(med["start"])
        last = date.fromisoformat(med["end"]) if "end" in med else first + timedelta(days=med["days"] - 1)
        expected[med["id"]] = (first, last)
    assert {c.med_id: (c.first, c.last) for c in data.courses} == expected


def test_courses_outside_the_range_are_left_out(history: PlanDocument) -> None:
    data = progress_data(history, date(2026, 11, 15), date(2026, 11, 30), NOW)
    # Pain O Soma ran 2-11 Nov; paracetamol until 22 Nov.
    assert [c.med_id for c in data.courses] == ["paracetamol"]


def test_doses_are_the_done_medicine_events(history: PlanDocument) -> None:
    raw = example_json("with-history.backplan.json")
    med_ids = {m["id"] for m in raw["medications"]}
    med_ids |= {m["id"] for m in raw["plan"]["flare_up"]["medications"]}
    expected = [
        (e["item"], datetime.fromisoformat(e["at"]))
        for e in raw["events"]
        if e["item"] in med_ids and e["status"] == "done"
    ]
    data = progress_data(history, None, None, NOW)
    assert [(t.med_id, t.at) for t in data.doses] == expected
    assert [t.scheduled for t in data.doses] == [True, False]


def test_done_marks_by_kind_and_flare_up(history: PlanDocument) -> None:
    data = progress_data(history, None, None, NOW)
    assert sorted(data.done) == ["exercise", "heat"]
    (session,) = data.done["exercise"]
    assert (session.pain_before, session.pain_after) == (7, 5)
    (flare,) = data.flare_ups
    start = datetime(2026, 11, 9, 7, 30, tzinfo=IST)
    assert flare.start == start
    assert flare.end == start + timedelta(days=3)
    assert [s.day for s in data.side_effect_days] == [date(2026, 11, 4)]
    assert data.side_effect_days[0].side_effects == (SideEffect.DROWSINESS,)


def test_red_flag_days(history: PlanDocument) -> None:
    entries = [
        *history.log,
        _entry(date(2026, 11, 12), 6, red_flags=(RedFlag.FEVER, RedFlag.FEVER)),
    ]
    data = progress_data(replace(history, log=tuple(entries)), None, None, NOW)
    assert [(s.day, s.red_flags) for s in data.red_flag_days] == [(date(2026, 11, 12), (RedFlag.FEVER,))]


# --- adherence -----------------------------------------------------------------------


def test_adherence_counts_the_scheduled_doses(history: PlanDocument) -> None:
    raw = example_json("with-history.backplan.json")
    soma = next(m for m in raw["medications"] if m["id"] == "pain-o-soma")
    scheduled = len(soma["schedule"]["times"]) * soma["days"]
    taken = sum(1 for e in raw["events"] if e["item"] == "pain-o-soma" and e["status"] == "done")
    data = progress_data(history, None, None, NOW)
    assert data.adherence["medication"] == (taken, scheduled)
    row = next(r for r in data.item_adherence if r.item == "pain-o-soma")
    assert (row.done, row.skipped, row.counted) == (taken, 1, scheduled)


def test_only_past_occurrences_count(history: PlanDocument) -> None:
    # 10:00 on 3 Nov in Kolkata: the 09:00 dose is still within its grace period.
    now = datetime(2026, 11, 3, 10, 0, tzinfo=IST)
    data = progress_data(history, date(2026, 11, 2), date(2026, 11, 11), now)
    # 2 Nov 09:00 taken, 2 Nov 21:00 skipped; 3 Nov 09:00 is still "due".
    assert data.adherence["medication"] == (1, 2)


# --- what went with lower pain, PSFS, pain change ------------------------------------------


def test_what_helped_compares_days_with_and_without(history: PlanDocument) -> None:
    days = [date(2026, 11, 2) + timedelta(days=k) for k in range(4)]
    pains = [7, 3, 5, 4]
    walks = {days[1], days[3]}
    events = tuple(
        Event(
            "home-exercises",
            EventStatus.DONE,
            datetime.combine(d, time(17, 30), IST),
            datetime.combine(d, time(17, 30), IST),
        )
        for d in sorted(walks)
    )
    doc = replace(
        history,
        log=tuple(_entry(d, p) for d, p in zip(days, pains, strict=True)),
        events=events,
    )
    data = progress_data(doc, days[0], days[-1], NOW)
    helped = what_helped(data, doc)
    row = next(r for r in helped.rows if r.key == "exercise")
    with_it = [p for d, p in zip(days, pains, strict=True) if d in walks]
    without = [p for d, p in zip(days, pains, strict=True) if d not in walks]
    assert (row.n_with, row.n_without) == (len(with_it), len(without))
    assert row.mean_with == pytest.approx(fmean(with_it))
    assert row.mean_without == pytest.approx(fmean(without))
    assert row.difference == pytest.approx(fmean(with_it) - fmean(without))
    assert "association, not cause" in helped.note
    # Every medicine of the plan has its row, the flare-up one included.
    medicines = {r.key for r in helped.rows if r.group == "medicine"}
    assert medicines == {m.id for m in doc.all_medications()}


def test_psfs_change_against_the_meaningful_change(history: PlanDocument) -> None:
    raw = example_json("with-history.backplan.json")
    scored = [e for e in raw["log"] if "psfs" in e]
    first = fmean(scored[0]["psfs"].values())
    last = fmean(scored[-1]["psfs"].values())
    data = progress_data(history, None, None, NOW)
    change = psfs_change(data)
    assert change is not None
    assert (change.first, change.last) == (pytest.approx(first), pytest.approx(last))
    assert change.change == pytest.approx(last - first)
    assert change.meaningful is (abs(last - first) >= 2)
    assert PSFS_MEANINGFUL_CHANGE == 2


def test_psfs_change_needs_two_scores(history: PlanDocument) -> None:
    data = progress_data(history, date(2026, 11, 8), date(2026, 11, 30), NOW)
    assert psfs_change(data) is None


def test_pain_change_weeks_and_entries(history: PlanDocument) -> None:
    raw = example_json("with-history.backplan.json")
    entries = [(datetime.fromisoformat(e["at"]).date(), e["pain"]) for e in raw["log"]]
    first_day, last_day = entries[0][0], entries[-1][0]
    week = timedelta(days=ROLLING_DAYS - 1)
    first_week = [p for d, p in entries if d <= first_day + week]
    last_week = [p for d, p in entries if d >= last_day - week]
    change = pain_change(progress_data(history, None, None, NOW))
    assert change is not None
    assert change.first_week_mean == pytest.approx(fmean(first_week))
    assert change.last_week_mean == pytest.approx(fmean(last_week))
    assert change.entry_change == entries[-1][1] - entries[0][1]


# --- the range ---------------------------------------------------------------------------


def test_default_range_runs_from_the_first_entry_to_today(history: PlanDocument) -> None:
    assert default_range(history, NOW) == (date(2026, 11, 2), date(2026, 11, 26))
    earlier = _entry(date(2026, 10, 30), 9)
    doc = replace(history, log=(earlier, *history.log))
    assert default_range(doc, NOW)[0] == date(2026, 10, 30)


def test_default_range_keeps_a_record_dated_after_today(history: PlanDocument) -> None:
    before = datetime(2026, 11, 5, tzinfo=UTC)
    assert default_range(history, before)[1] == date(2026, 11, 11)


def test_a_range_that_ends_before_it_starts_is_refused(history: PlanDocument) -> None:
    with pytest.raises(ValueError, match="before it starts"):
        resolve_range(history, date(2026, 11, 10), date(2026, 11, 1), NOW)


def test_empty_range(history: PlanDocument) -> None:
    data = progress_data(history, date(2026, 11, 24), date(2026, 11, 25), NOW)
    assert data.points == ()
    # The last entry (11 Nov) is more than a week before: no 7-day mean either.
    assert data.daily.pain_mean_7d == (None, None)
    assert data.is_empty
    assert pain_change(data) is None
