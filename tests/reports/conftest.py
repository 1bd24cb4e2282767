"""Fixtures for the report tests (the PDF readers are in ``pdf_support``)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest

from backplan.safety.catalogue import Catalogue, load_catalogue


@pytest.fixture
def gui_app(qapp: object) -> object:
    """The test run's QApplication, made before any document is built.

    ``ensure_gui_app`` then finds it instead of creating a QGuiApplication, which
    would stop the widget tests of the same run from making their QApplication.
    """
    return qapp


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()
