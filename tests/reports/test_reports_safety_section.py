"""The clinician report's Safety section: each dose that broke a rule, and removed records."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pdf_support import has_words, needs_poppler, pdf_text
from report_builders import example

from backplan.domain.model import Event, EventStatus, PlanDocument, Removal
from backplan.reports.report import write_report
from backplan.safety.catalogue import Catalogue

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
IST = timedelta(hours=5, minutes=30)


def _with(doc: PlanDocument, *events: Event) -> PlanDocument:
    return replace(doc, events=tuple(sorted((*doc.events, *events), key=lambda e: e.sort_key)))


def _section(text: str) -> str:
    start = text.index("Safety\n") if "Safety\n" in text else text.index("Safety")
    return text[start:]


@needs_poppler
def test_an_empty_safety_section_says_none(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> None:
    # The acute example carries no history.
    out = tmp_path / "acute.pdf"
    write_report(example("acute-3-weeks.backplan.json"), out, None, None, catalogue=catalogue, now=NOW)
    text = pdf_text(out)
    assert has_words(text, "Safety None")


@needs_poppler
def test_imported_history_that_broke_a_rule_is_listed(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    doc = example("with-history.backplan.json")
    # Two paracetamol doses an hour apart (the plan asks for 4 hours), as an import
    # from another app would bring them: no reason recorded.
    first = datetime(2026, 11, 5, 8, 0, tzinfo=UTC) - IST
    doc = _with(
        doc,
        Event("paracetamol", EventStatus.DONE, None, first),
        Event("paracetamol", EventStatus.DONE, None, first + timedelta(hours=1)),
    )
    out = tmp_path / "history.pdf"
    write_report(doc, out, None, None, catalogue=catalogue, now=NOW)
    text = pdf_text(out)
    assert has_words(text, "5 Nov 2026 09:00 Paracetamol 500 mg minimum interval")
    assert has_words(text, "no reason recorded")


@needs_poppler
def test_a_removed_dose_is_listed_as_removed(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> None:
    doc = example("with-history.backplan.json")
    at = datetime(2026, 11, 6, 8, 5, tzinfo=UTC) - IST
    removed = Event("paracetamol", EventStatus.DONE, None, at, removed=Removal(at + timedelta(minutes=2)))
    out = tmp_path / "removed.pdf"
    write_report(_with(doc, removed), out, None, None, catalogue=catalogue, now=NOW)
    text = pdf_text(out)
    assert has_words(text, "Removed records")
    assert has_words(text, "Paracetamol 500 mg: recorded at 6 Nov 2026 08:05, removed at 6 Nov 2026 08:07")


@needs_poppler
def test_red_flags_carry_their_levels_headline(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> None:
    from backplan.domain.model import LogEntry, RedFlag

    doc = example("with-history.backplan.json")
    at = datetime(2026, 11, 7, 9, 0, tzinfo=UTC) - IST
    entries = (
        LogEntry(at=at, pain=8, red_flags=(RedFlag.LEG_WEAKNESS,)),
        LogEntry(at=at + timedelta(hours=2), pain=6, red_flags=(RedFlag.FEVER,)),
    )
    doc = replace(doc, log=tuple(sorted((*doc.log, *entries), key=lambda e: e.at)))
    out = tmp_path / "flags.pdf"
    write_report(doc, out, None, None, catalogue=catalogue, now=NOW)
    text = pdf_text(out)
    assert has_words(text, "7 Nov 2026 09:00: Go to an emergency department now (New or worsening weakness")
    assert has_words(text, "7 Nov 2026 11:00: Get medical help today (Fever)")


@needs_poppler
def test_an_overridden_dose_is_listed_once(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> None:
    # A second paracetamol dose an hour after the first, recorded past the refusal with
    # a reason: the Safety section names it; no second table repeats it elsewhere.
    doc = example("with-history.backplan.json")
    first = datetime(2026, 11, 5, 8, 0, tzinfo=UTC) - IST
    reason = "dentist said so"
    doc = _with(
        doc,
        Event("paracetamol", EventStatus.DONE, None, first),
        Event("paracetamol", EventStatus.DONE, None, first + timedelta(hours=1), override_reason=reason),
    )
    out = tmp_path / "override.pdf"
    write_report(doc, out, None, None, catalogue=catalogue, now=NOW)
    text = pdf_text(out)
    assert " ".join(text.split()).count(reason) == 1
    assert has_words(_section(text), "5 Nov 2026 09:00 Paracetamol 500 mg minimum interval")


@needs_poppler
def test_an_override_no_rule_flags_now_is_still_listed(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    # A dose recorded with an override under an older plan that no rule flags as the
    # plan stands now: it stays in the report, under its own heading.
    doc = example("with-history.backplan.json")
    at = datetime(2026, 11, 9, 8, 0, tzinfo=UTC) - IST
    doc = _with(doc, Event("paracetamol", EventStatus.DONE, None, at, override_reason="older plan allowed"))
    out = tmp_path / "other.pdf"
    write_report(doc, out, None, None, catalogue=catalogue, now=NOW)
    text = pdf_text(out)
    assert has_words(text, "Other doses recorded with a safety override")
    assert " ".join(text.split()).count("older plan allowed") == 1
