"""Fixtures shared by every test folder.

The environment variables are set at import time, before any test module imports Qt
or matplotlib: Qt reads the platform plugin name once, when the first QApplication
is built, and matplotlib picks its backend on first import. Setting them here keeps
the tests runnable without a display, sound or tray, exactly as CI runs them.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backplan.domain.clock import FixedClock
from backplan.domain.codec import document_from_json
from backplan.domain.model import PlanDocument
from backplan.services.backplan_service import Backplan

EXAMPLES = Path(__file__).resolve().parent / "data" / "examples"
ACUTE_FILE = EXAMPLES / "acute-3-weeks.backplan.json"
HISTORY_FILE = EXAMPLES / "with-history.backplan.json"

# Inside the acute example's plan: 07:30 in Chicago on its first day, with the morning
# heat and stretches behind and the 08:00 dose ahead.
DEFAULT_NOW = datetime(2026, 12, 1, 13, 30, tzinfo=UTC)


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application() -> object:
    """A QApplication for the whole session, made before any test can make a lesser one.

    Qt allows one application object per process. Code that only draws documents
    creates a bare ``QGuiApplication`` when none exists; if a test of it ran first,
    every widget test after it would fail, since widgets need a ``QApplication``.
    """
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    return existing if existing is not None else QApplication(["backplan-tests"])


def _load(path: Path) -> PlanDocument:
    return document_from_json(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh data folder for one test (the services create what they need in it)."""
    return tmp_path


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(DEFAULT_NOW)


@pytest.fixture
def services(data_dir: Path, clock: FixedClock) -> Iterator[Backplan]:
    """Real services over a real SQLite file in the test's folder, on the fixed clock."""
    from backplan.bootstrap import open_services

    svc = open_services(data_dir, clock)
    try:
        yield svc
    finally:
        svc.listeners.clear()
        svc.db.dispose()


@pytest.fixture
def acute_doc() -> PlanDocument:
    return _load(ACUTE_FILE)


@pytest.fixture
def history_doc() -> PlanDocument:
    return _load(HISTORY_FILE)


@pytest.fixture
def imported(services: Backplan, acute_doc: PlanDocument) -> tuple[Backplan, int]:
    """The services with the acute example imported: ``(services, patient_id)``."""
    result = services.import_document(acute_doc)
    return services, result.patient_id
