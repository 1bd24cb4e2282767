"""The spec's example files, checked with the bundled catalogue, as an import would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from safety_support import CHICAGO, KOLKATA, local, taken

from backplan.domain.codec import document_from_json
from backplan.domain.model import PlanDocument
from backplan.safety.catalogue import default_catalogue_path, load_catalogue
from backplan.safety.dose_guard import check_dose
from backplan.safety.findings import (
    ALREADY_TAKEN,
    COURSE_DATES,
    MINIMUM_INTERVAL,
    OTC_MAXIMUM,
    SEDATING_CAUTION,
    UNLABELLED_STRENGTH,
)
from backplan.safety.plan_checks import check_plan
from backplan.schedule.flare import flare_up_windows

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"

pytestmark = pytest.mark.skipif(
    not default_catalogue_path().is_file() or not EXAMPLES.is_dir(),
    reason="the bundled catalogue or the example files are not there yet",
)


def example(name: str) -> PlanDocument:
    data = json.loads((EXAMPLES / f"{name}.backplan.json").read_text(encoding="utf-8"))
    return document_from_json(data)


def test_acute_example_with_the_bundled_catalogue() -> None:
    doc = example("acute-3-weeks")
    catalogue = load_catalogue()
    assert [(f.rule, f.items) for f in check_plan(doc, catalogue)] == [
        (OTC_MAXIMUM, ("ibuprofen",)),
        (SEDATING_CAUTION, ("carisoprodol",)),
    ]
    d2 = local(CHICAGO, 2026, 12, 2, 10)
    events = [taken("ibuprofen", d2)]
    later = local(CHICAGO, 2026, 12, 2, 12)
    decision = check_dose(doc, catalogue, "ibuprofen", later, events)
    assert [f.rule for f in decision.refusals] == [MINIMUM_INTERVAL]
    assert decision.refusals[0].message.endswith("so the next is allowed at 16:00.")


def test_with_history_example_with_the_bundled_catalogue() -> None:
    doc = example("with-history")
    catalogue = load_catalogue()
    findings = check_plan(doc, catalogue)
    rules = {f.rule for f in findings}
    assert UNLABELLED_STRENGTH in rules
    [strength] = [f for f in findings if f.rule == UNLABELLED_STRENGTH]
    assert strength.items == ("pain-o-soma",)
    assert "not a labelled strength in the US" in strength.message
    assert "follow your prescriber" in strength.message
    assert "DailyMed" in strength.source

    # Its own history: 2 Nov 09:00 was taken at 09:10; a flare-up started 9 Nov 07:30.
    events = list(doc.events)
    again = check_dose(doc, catalogue, "pain-o-soma", local(KOLKATA, 2026, 11, 2, 9, 30), events)
    assert [f.rule for f in again.refusals] == [ALREADY_TAKEN]
    assert "already taken at 09:10 for the 09:00 dose" in again.refusals[0].message
    windows = flare_up_windows(events, 3)
    inside = local(KOLKATA, 2026, 11, 10, 12)
    assert check_dose(doc, catalogue, "flare-ibuprofen", inside, events, windows).allowed
    outside = local(KOLKATA, 2026, 11, 14, 12)
    refused = check_dose(doc, catalogue, "flare-ibuprofen", outside, events, windows)
    assert [f.rule for f in refused.refusals] == [COURSE_DATES]
