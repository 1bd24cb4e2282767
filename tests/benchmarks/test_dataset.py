"""The five-year data set is what the benchmarks claim it is.

Figures measured on a wrong data set mean nothing, so these checks run with the
benchmarks: the file is the same every time, the app's codec reads it, it holds the
medicines, activities, entries and events issue 10 asks for, every scheduled event
names a time the app schedules, and the doses pass the safety guard.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta
from zoneinfo import ZoneInfo

import dataset
from dataset import FiveYears

from backplan.domain.model import AsNeededSchedule, EventStatus
from backplan.safety.catalogue import load_catalogue
from backplan.safety.dose_guard import check_dose
from backplan.schedule.agenda import day_bounds
from backplan.schedule.expand import expand


def test_the_same_seed_gives_the_same_file_and_another_seed_another() -> None:
    assert dataset.to_json_text(dataset.generate()) == dataset.to_json_text(dataset.generate())
    assert dataset.to_json_text(dataset.generate(seed=7)) != dataset.to_json_text(dataset.generate())


def test_the_file_holds_five_years_of_one_patient(five_years: FiveYears) -> None:
    doc = five_years.doc
    tz = ZoneInfo(dataset.TIMEZONE)
    assert doc.patient.timezone == "America/Chicago"
    assert len(doc.medications) == 4 and len(doc.activities) == 3
    scheduled = [m for m in doc.medications if not isinstance(m.schedule, AsNeededSchedule)]
    as_needed = [m for m in doc.medications if isinstance(m.schedule, AsNeededSchedule)]
    assert len(scheduled) == 2 and len(as_needed) == 2
    first, second = sorted(scheduled, key=lambda m: m.start or doc.plan.start)
    assert first.start == doc.plan.start and second.last_day == doc.plan.end
    assert first.last_day is not None and first.last_day + timedelta(days=1) == second.start  # back to back

    per_day = Counter(e.at.astimezone(tz).date() for e in doc.log)
    days = (dataset.HISTORY_END - doc.plan.start).days + 1
    assert 5 * 365 <= days <= 5 * 366
    assert len(per_day) == days and set(per_day.values()) <= {1, 2, 3}
    assert five_years.counts.log_entries == len(doc.log)

    statuses = Counter(e.status for e in doc.events)
    assert statuses[EventStatus.DONE] > 0.75 * len(doc.events)
    assert statuses[EventStatus.SKIPPED] > 0 and statuses[EventStatus.MISSED] > 0
    kinds = {e.item for e in doc.events}
    assert {"physical-therapy:heat", "physical-therapy:cold", "morning-stretches", "weekday-walk"} <= kinds
    assert {m.id for m in doc.medications} <= kinds


def test_every_scheduled_event_names_a_time_the_app_schedules(five_years: FiveYears) -> None:
    doc = five_years.doc
    lo, _ = day_bounds(dataset.TIMEZONE, doc.plan.start)
    _, hi = day_bounds(dataset.TIMEZONE, dataset.HISTORY_END)
    occurrences = {o.utc_key for o in expand(doc, lo, hi)}
    named = [e for e in doc.events if e.scheduled_for is not None]
    assert len(named) == len(occurrences)  # one event for each occurrence of the history
    assert {
        (e.item, e.scheduled_for.astimezone(ZoneInfo("UTC"))) for e in named if e.scheduled_for
    } == occurrences


def test_sampled_doses_pass_the_safety_guard(five_years: FiveYears) -> None:
    doc = five_years.doc
    catalogue = load_catalogue()
    doses = list(dataset.doses(doc))
    for dose in random.Random(3).sample(doses, 60):
        assert dose.at is not None
        earlier = [e for e in doc.events if e.sort_key < dose.sort_key]
        decision = check_dose(doc, catalogue, dose.item, dose.at, earlier)
        assert decision.allowed, (dose, decision.refusals)
        assert decision.scheduled_for == dose.scheduled_for
