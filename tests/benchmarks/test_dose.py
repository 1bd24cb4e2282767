"""Recording a dose with one, five and ten years stored: the cost must not follow the history.

Issue 23: "recording a dose reads only the days the guard needs, so its cost is flat
as the history grows". The same dose (acetaminophen, as needed, in all three data
sets) is recorded through ``record_dose`` (the guard's reads and the write, one
transaction) on three data folders: one year of history, the five-year set and the
harsher ten-year set (four entries a day, eight medicines: 36,816 events). Each run
records it a day later than the run before, on each folder in turn, so every dose is
one the guard allows and a burst of load falls on all three alike. The ratios to the
one-year folder are the figures; the target is that ten years cost at most 1.25x
one year (flat, with room for a machine's noise).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import dataset
import pytest
from bench import Timing, record
from dataset import ACETAMINOPHEN, NOW, open_folder

from backplan.domain.clock import FixedClock
from backplan.services.backplan_service import Backplan

RUNS = 9
FLAT_TARGET = 1.25


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[Backplan, int, int]]]:
    """Services over three data folders: name -> (services, patient id, events stored)."""
    docs = {
        "one year": dataset.generate(years=1),
        "five years": dataset.generate(),
        "ten years": dataset.ten_years(),
    }
    opened: dict[str, tuple[Backplan, int, int]] = {}
    try:
        for name, doc in docs.items():
            folder = tmp_path_factory.mktemp(name.replace(" ", "-"))
            path = folder / "history.backplan.json"
            dataset.write(path, doc)
            services = open_folder(folder / "data")
            opened[name] = (services, services.import_file(path).patient_id, len(doc.events))
        yield opened
    finally:
        for services, _, _ in opened.values():
            services.db.dispose()


def test_recording_a_dose_costs_the_same_with_one_five_or_ten_years(
    folders: dict[str, tuple[Backplan, int, int]],
) -> None:
    walls: dict[str, list[float]] = {name: [] for name in folders}
    cpus: dict[str, list[float]] = {name: [] for name in folders}
    for index in range(RUNS + 1):  # the first round is untimed
        at = NOW + timedelta(days=index, hours=1)
        for name, (services, pid, _) in folders.items():
            assert isinstance(services.clock, FixedClock)
            services.clock.set(at)
            began_cpu, began = time.process_time(), time.perf_counter()
            result = services.record_dose(pid, ACETAMINOPHEN)
            wall, cpu = time.perf_counter() - began, time.process_time() - began_cpu
            assert result.decision.allowed and not result.overridden, (name, result.decision)
            if index:
                walls[name].append(wall)
                cpus[name].append(cpu)
    for name, (services, pid, stored) in folders.items():
        recorded = [e for _, e in services.events(pid, NOW) if e.item == ACETAMINOPHEN]
        assert len(recorded) == RUNS + 1, name  # every dose was stored
        assert stored > 0

    one = Timing(tuple(walls["one year"]), tuple(cpus["one year"]))
    for name in ("one year", "five years", "ten years"):
        timing = Timing(tuple(walls[name]), tuple(cpus[name]))
        events = folders[name][2]
        record(
            f"Record a dose through the guard, {name} stored ({events} events)",
            timing,
            baseline_name="the same, one year stored",
            baseline=one,
            target="" if name == "one year" else f"<= {FLAT_TARGET:g}x",
            met=None if name == "one year" else timing.median <= FLAT_TARGET * one.median,
            note="in turns",
        )
