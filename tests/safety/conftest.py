"""Fixtures for the safety tests."""

from __future__ import annotations

import pytest
from safety_support import write_catalogue

from backplan.safety.catalogue import Catalogue, load_catalogue


@pytest.fixture(scope="session")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    """The brief's figures as a catalogue file, loaded through the real loader."""
    return load_catalogue(write_catalogue(tmp_path_factory.mktemp("catalogue")))
