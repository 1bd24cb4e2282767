"""Shared fixtures for the schedule engine's tests (no Qt anywhere in here)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
# Until the project is installed into the virtualenv (or pytest is given
# ``pythonpath = ["src"]``), make ``import backplan`` find the checkout.
try:
    import backplan  # noqa: F401
except ModuleNotFoundError:  # pragma: no cover - depends on how the venv was set up
    sys.path.insert(0, str(_ROOT / "src"))

from backplan.domain.codec import document_from_json  # noqa: E402
from backplan.domain.model import PlanDocument  # noqa: E402

# The spec's examples live beside the repository (../shared/spec/examples).
EXAMPLES = _ROOT.parent / "shared" / "spec" / "examples"


def load_example(name: str) -> PlanDocument:
    """A spec example, parsed by the domain codec (the same path an import takes)."""
    path = EXAMPLES / name
    if not path.exists():
        pytest.skip(f"spec example {path} is not available")
    with path.open(encoding="utf-8") as handle:
        return document_from_json(json.load(handle))


@pytest.fixture(scope="session")
def acute() -> PlanDocument:
    return load_example("acute-3-weeks.backplan.json")


@pytest.fixture(scope="session")
def with_history() -> PlanDocument:
    return load_example("with-history.backplan.json")
