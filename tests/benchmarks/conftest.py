"""Fixtures of the benchmarks: the five-year file, services holding it, and the table.

``make bench`` runs this folder (``make test`` ignores it). The table of every figure
measured is printed at the end of the run and written to ``out/bench.md`` (and
``out/bench.json``); ``out/`` is not tracked.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench
import dataset
from dataset import FiveYears, imported_folder, open_folder

from backplan.domain.codec import document_from_json
from backplan.domain.model import PlanDocument
from backplan.services.backplan_service import Backplan

# The offscreen platform says this each time a window is shown; in a benchmark run it
# only buries the figures. Everything else Qt says is passed on.
_NOISE = "This plugin does not support propagateSizeHints()"


def _qt_messages(_mode: Any, _context: Any, message: str) -> None:
    if message != _NOISE:
        sys.stderr.write(message + "\n")


def pytest_configure(config: pytest.Config) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    config.option.qt_log = False  # pytest-qt would install its own handler per test
    qInstallMessageHandler(_qt_messages)


def pytest_sessionstart(session: pytest.Session) -> None:
    bench.SESSION.load_before = bench.load_average()


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    results = bench.SESSION.results
    if not results:
        return
    path = bench.write_report(results, bench.SESSION.load_before)
    terminalreporter.write_sep("=", "backplan benchmarks")
    terminalreporter.write_line(bench.report(results, bench.SESSION.load_before))
    terminalreporter.write_line(f"Written to {path.relative_to(bench.REPO)}")


@pytest.fixture(scope="session")
def five_years(tmp_path_factory: pytest.TempPathFactory) -> FiveYears:
    """The five-year file, written once per run."""
    path = tmp_path_factory.mktemp("dataset") / "five-years.backplan.json"
    counts = dataset.write(path)
    doc = document_from_json(json.loads(path.read_text(encoding="utf-8")))
    return FiveYears(path, doc, counts)


@pytest.fixture(scope="session")
def ten_years() -> PlanDocument:
    """The harsher data set: ten years, four entries a day, eight medicines, as the codec reads it."""
    return document_from_json(json.loads(dataset.to_json_text(dataset.ten_years())))


@pytest.fixture(scope="session")
def loaded(tmp_path_factory: pytest.TempPathFactory, five_years: FiveYears) -> Iterator[tuple[Backplan, int]]:
    """Services over a data folder holding the five years, on the benchmarks' fixed clock."""
    services = open_folder(tmp_path_factory.mktemp("loaded"))
    result = services.import_file(five_years.path)
    try:
        yield services, result.patient_id
    finally:
        services.listeners.clear()
        services.db.dispose()


@pytest.fixture(scope="session")
def app_folder(tmp_path_factory: pytest.TempPathFactory, five_years: FiveYears) -> Path:
    """A data folder with the five years imported, for the window to open in a subprocess."""
    return imported_folder(tmp_path_factory.mktemp("app-data"), five_years.path)
