"""Importing the five-year file, reading it back, and a year's agenda.

Import is timed through the service the window and ``backplan import`` use
(``import_file``: read, check, store in one transaction) into a fresh data folder
each run; the baseline is ``json.load`` of the same file. The agenda is
``services.agenda(pid, day, 365)`` for the last full year of the history, against
the same call on a plan with one daily item.
"""

from __future__ import annotations

import json
import random
import shutil
from datetime import date, time, timedelta
from pathlib import Path

import dataset
import pytest
from bench import measure, record
from dataset import FiveYears, open_folder

from backplan.domain.model import Ingredient, Medication, Patient, Plan, PlanDocument, TimesSchedule
from backplan.services.backplan_service import Backplan

RUNS = 5
IMPORT_TARGET_S = 2.0
AGENDA_TARGET_S = 0.050


def test_import_of_the_five_year_file(tmp_path: Path, five_years: FiveYears) -> None:
    folders = iter(range(1000))
    current: list[Backplan] = []

    def fresh() -> None:
        for services in current:
            services.db.dispose()
        current.clear()
        folder = tmp_path / f"import-{next(folders)}"
        shutil.rmtree(folder, ignore_errors=True)
        current.append(open_folder(folder))

    def run() -> None:
        current[0].import_file(five_years.path)

    timing = measure(run, RUNS, setup=fresh)
    # Correctness: the last import stored every entry and event, once.
    services = current[0]
    (name,) = services.patient_names()
    stored = services.document(services.resolve_patient(name))
    assert len(stored.log) == five_years.counts.log_entries
    assert len(stored.events) == five_years.counts.events
    assert stored.log == five_years.doc.log
    services.db.dispose()

    def load() -> object:
        with five_years.path.open(encoding="utf-8") as handle:
            return json.load(handle)

    baseline = measure(load, RUNS)
    size = five_years.path.stat().st_size / 1e6
    record(
        "Import the five-year file",
        timing,
        baseline_name="json.load of the file",
        baseline=baseline,
        target=f"< {IMPORT_TARGET_S:g} s",
        met=timing.median < IMPORT_TARGET_S,
        note=f"{five_years.counts.log_entries} entries, {five_years.counts.events} events, {size:.1f} MB",
    )


def test_reading_the_five_years_back(loaded: tuple[Backplan, int], five_years: FiveYears) -> None:
    """What every view that needs the history pays: the whole document from the database."""
    services, patient_id = loaded
    timing = measure(lambda: services.document(patient_id), RUNS)
    assert len(services.document(patient_id).events) == five_years.counts.events
    plan_only = measure(lambda: services.document(patient_id, with_history=False), RUNS)
    record(
        "Read the whole five-year document",
        timing,
        baseline_name="the plan alone",
        baseline=plan_only,
    )


def _expected_occurrences(first: date, days: int) -> int:
    """Counted by hand from the plan: 2 doses, stretches; a walk on weekdays; PT, heat, cold on Wednesdays."""
    total = 0
    for k in range(days):
        day = first + timedelta(days=k)
        total += 2 + 1 + (1 if day.weekday() < 5 else 0) + (3 if day.weekday() == 2 else 0)
    return total


@pytest.fixture
def trivial(tmp_path: Path) -> tuple[Backplan, int]:
    """A plan with one item: one dose a day for the same year."""
    services = open_folder(tmp_path / "trivial")
    first = dataset.HISTORY_END - timedelta(days=364)
    doc = PlanDocument(
        patient=Patient("Trivial", dataset.TIMEZONE),
        plan=Plan("One item", first, dataset.HISTORY_END),
        medications=(
            Medication(
                id="one",
                name="One tablet",
                ingredients=(Ingredient("acetaminophen", 500),),
                dose="1 tablet",
                schedule=TimesSchedule((time(9),)),
                start=first,
                end=dataset.HISTORY_END,
            ),
        ),
    )
    return services, services.import_document(doc).patient_id


def test_a_years_agenda(loaded: tuple[Backplan, int], trivial: tuple[Backplan, int]) -> None:
    services, patient_id = loaded
    first = dataset.HISTORY_END - timedelta(days=364)
    occurrences = services.agenda(patient_id, first, 365)
    assert len(occurrences) == _expected_occurrences(first, 365)
    timing = measure(lambda: services.agenda(patient_id, first, 365), 9)

    one, one_id = trivial
    assert len(one.agenda(one_id, first, 365)) == 365
    baseline = measure(lambda: one.agenda(one_id, first, 365), 9)
    one.db.dispose()
    record(
        "Agenda for a year (services.agenda)",
        timing,
        baseline_name="one-item plan, same year",
        baseline=baseline,
        target=f"< {AGENDA_TARGET_S * 1000:.0f} ms",
        met=timing.median < AGENDA_TARGET_S,
        note=f"{len(occurrences)} occurrences",
    )


def test_next_allowed_from_recent_doses_agrees_with_the_whole_history(
    loaded: tuple[Backplan, int], five_years: FiveYears
) -> None:
    """``services.next_allowed`` reads only the last day or so of doses (for speed): it
    must give what the guard gives with every dose of the five years."""
    from backplan.domain.clock import FixedClock
    from backplan.safety.dose_guard import next_allowed_at

    services, patient_id = loaded
    doc = five_years.doc
    rng = random.Random(11)
    moments = [dose.at for dose in rng.sample(list(dataset.doses(doc)), 25) if dose.at is not None]
    moments += [m + timedelta(hours=rng.uniform(0.5, 7)) for m in moments]
    for now in moments:
        at_now = Backplan(db=services.db, clock=FixedClock(now), data_dir=services.data_dir)
        for med in (dataset.ACETAMINOPHEN, dataset.METHOCARBAMOL, dataset.NAPROXEN):
            expected = next_allowed_at(doc, services.catalogue, med, doc.events, now)
            assert at_now.next_allowed(patient_id, med) == expected, (now, med)


def test_stock_from_recent_doses_agrees_with_the_whole_history(
    loaded: tuple[Backplan, int], five_years: FiveYears
) -> None:
    """``services.stock_statuses`` reads only the doses since the last count (for speed):
    the units left and the run-out day must be what the whole history gives."""
    from backplan.domain.clock import FixedClock
    from backplan.schedule.stock import stock_status

    services, patient_id = loaded
    doc = five_years.doc
    tracked = [m for m in doc.medications if m.stock is not None]
    assert tracked
    for days in (0, 3, 17, 39):
        now = dataset.NOW - timedelta(days=days, hours=5)
        at_now = Backplan(db=services.db, clock=FixedClock(now), data_dir=services.data_dir)
        expected = [stock_status(doc, med, doc.events, now) for med in tracked]
        assert at_now.stock_statuses(patient_id) == expected
        assert expected[0] is not None and expected[0].units_left < 200
