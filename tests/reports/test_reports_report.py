"""The clinician report: its summary figures, worked out here from the file itself."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from statistics import fmean
from typing import Any

import pytest
from pdf_support import has_words, needs_poppler, pdf_info, pdf_pages, pdf_text, pdf_words
from report_builders import example, example_json

from backplan.domain.model import Event, EventStatus
from backplan.reports.report import REPORT_TITLE, build_report_document, write_report
from backplan.safety.catalogue import Catalogue

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def _one_decimal(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _signed(value: float) -> str:
    if abs(value) < 0.05:
        return "0"
    return ("+" if value > 0 else "\u2212") + _one_decimal(abs(value))


def _summary_from_json(raw: dict[str, Any]) -> dict[str, Any]:
    """The first page's figures, straight from the JSON (not through backplan)."""
    log = raw["log"]
    days = sorted({datetime.fromisoformat(e["at"]).date() for e in log})
    by_day = {d: [e["pain"] for e in log if datetime.fromisoformat(e["at"]).date() == d] for d in days}
    daily = [(d, fmean(v)) for d, v in by_day.items()]
    # The report's period runs from the plan's start (2 Nov) to NOW's day (26 Nov).
    first_week = [v for d, v in daily if date(2026, 11, 2) <= d <= date(2026, 11, 8)]
    last_week = [v for d, v in daily if date(2026, 11, 20) <= d <= date(2026, 11, 26)]
    scored = [e for e in log if "psfs" in e]
    psfs_first = fmean(scored[0]["psfs"].values())
    psfs_last = fmean(scored[-1]["psfs"].values())
    effects = Counter(s for e in log for s in set(e.get("side_effects", [])))
    soma = next(m for m in raw["medications"] if m["id"] == "pain-o-soma")
    scheduled = len(soma["schedule"]["times"]) * soma["days"]
    taken = sum(
        1
        for e in raw["events"]
        if e["item"] == "pain-o-soma" and e["status"] == "done" and e["scheduled_for"]
    )
    return {
        "entries": len(log),
        "days": len(days),
        "first_week": fmean(first_week),
        "first_week_days": len(first_week),
        "last_week": fmean(last_week) if last_week else None,
        "last_week_days": len(last_week),
        "first": (log[0]["pain"], datetime.fromisoformat(log[0]["at"]).date()),
        "last": (log[-1]["pain"], datetime.fromisoformat(log[-1]["at"]).date()),
        "psfs": (psfs_first, psfs_last),
        "effects": effects,
        "doses": (taken, scheduled),
        "overrides": sum(1 for e in raw["events"] if e.get("override_reason")),
        "flare_ups": sum(1 for e in raw["events"] if e["item"] == "flare-up" and e["status"] == "done"),
    }


def _log_rows(pdf: Path) -> list[list[str]]:
    """The log table's rows as words on their first line (date, then the numbers)."""
    rows = []
    log_started = False
    for line in pdf_text(pdf, layout=True).splitlines():
        if "Pain and mobility log" in line:
            log_started = True
        words = line.split()
        if log_started and len(words) >= 4 and words[1] in MONTHS and words[2].isdigit():
            rows.append(words)
    return rows


@pytest.fixture
def history_pdf(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> Path:
    out = tmp_path / "report.pdf"
    write_report(example("with-history.backplan.json"), out, None, None, catalogue=catalogue, now=NOW)
    return out


@needs_poppler
def test_the_summary_figures(history_pdf: Path) -> None:
    raw = example_json("with-history.backplan.json")
    want = _summary_from_json(raw)
    first_page = pdf_text(history_pdf, 1)
    expected = [
        # The period's first seven days, and its last seven (no entries there: the
        # log ends on 11 Nov, the period on 26 Nov).
        f"first 7 days (2 Nov 2026 to 8 Nov 2026): {_one_decimal(want['first_week'])} "
        f"(n = {want['first_week_days']} days with entries, {want['first_week_days']} entries)",
        "last 7 days (20 Nov 2026 to 26 Nov 2026): no entries",
        f"{want['entries']} pain entries on {want['days']} days",
        f"{_one_decimal(want['psfs'][0])} on",
        f"{_one_decimal(want['psfs'][1])} on",
        f"change {_signed(want['psfs'][1] - want['psfs'][0])}",
        "Medicine doses: "
        f"{want['doses'][0]} of {want['doses'][1]} ({round(100 * want['doses'][0] / want['doses'][1])} %)",
        f"Flare-ups {want['flare_ups']}: 9 Nov 2026 to 12 Nov 2026",
        "Period 2 Nov 2026 to 26 Nov 2026",
    ]
    for line in expected:
        assert has_words(first_page, line), line
    meaningful = abs(want["psfs"][1] - want["psfs"][0]) >= 2
    verdict = "at least the 2" if meaningful else "less than the 2"
    # (pdftotext drops the hyphen of "2-point" where the line breaks after it)
    assert has_words(first_page, verdict) and has_words(first_page, "point change that is meaningful")
    for effect, count in want["effects"].items():
        label = {"drowsiness": "Drowsiness"}.get(effect, effect)
        assert has_words(first_page, f"{label}: {count} entr"), effect
    assert want["overrides"] == 0
    assert has_words(first_page, "Safety overrides None")


@needs_poppler
def test_every_page_names_patient_period_and_number(history_pdf: Path) -> None:
    pages = pdf_pages(history_pdf)
    assert pages >= 3
    for page in range(1, pages + 1):
        # The header's words in reading order (-layout: a table at the top of the
        # page can come first in the plain order).
        text = pdf_text(history_pdf, page, layout=True)
        assert has_words(text, "Clinician report: Priya Nair, 2 Nov 2026 to 26 Nov 2026")
        assert f"page {page} of {pages}" in text
        assert "printed 26 Nov 2026" in text
    info = pdf_info(history_pdf)
    assert info["Title"] == REPORT_TITLE
    assert info["Creator"] == "backplan"
    assert not info.get("Author")


@needs_poppler
def test_sections_and_the_log(history_pdf: Path) -> None:
    raw = example_json("with-history.backplan.json")
    text = pdf_text(history_pdf)
    for heading in (
        "Progress chart",
        "Medication record",
        "Safety overrides",
        "Adherence",
        "As-needed use",
        "What helped?",
        "association, not cause",
        "Pain and mobility log",
    ):
        assert has_words(text, heading), heading
    rows = _log_rows(history_pdf)
    assert len(rows) == len(raw["log"])
    for entry, row in zip(raw["log"], rows, strict=True):
        at = datetime.fromisoformat(entry["at"])
        assert row[:3] == _day(at.date()).split(), entry["at"]
        assert row[3] == str(entry["pain"])
        if "note" in entry:
            assert has_words(text, entry["note"])
    for med in raw["medications"]:
        assert has_words(text, med["name"])
    # The chart is one picture, kept lossless.
    if shutil.which("pdfimages"):
        listing = subprocess.run(
            ["pdfimages", "-list", str(history_pdf)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert len(listing) == 1 and " jpeg " not in listing[0]


@needs_poppler
def test_overrides_and_their_reasons(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> None:
    doc = example("with-history.backplan.json")
    at = datetime(2026, 11, 3, 23, 0, tzinfo=UTC)
    override = Event(
        "paracetamol",
        EventStatus.DONE,
        None,
        at,
        override_reason="Dentist said one more was fine",
        note="after the extraction",
    )
    doc = replace(doc, events=tuple(sorted((*doc.events, override), key=lambda e: e.sort_key)))
    out = tmp_path / "override.pdf"
    write_report(doc, out, None, None, catalogue=catalogue, now=NOW)
    first = pdf_text(out, 1)
    assert has_words(first, "1 dose recorded with a safety rule overridden")
    text = pdf_text(out)
    assert has_words(text, "Dentist said one more was fine")
    assert has_words(text, "after the extraction")
    # 23:00 UTC is 04:30 the next morning in Kolkata.
    assert has_words(text, "4 Nov 2026 04:30")


@needs_poppler
def test_a_chosen_period(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "part.pdf"
    write_report(
        example("with-history.backplan.json"),
        out,
        date(2026, 11, 5),
        date(2026, 11, 8),
        catalogue=catalogue,
        now=NOW,
    )
    text = pdf_text(out)
    assert has_words(text, "Clinician report: Priya Nair, 5 Nov 2026 to 8 Nov 2026")
    assert has_words(text, "1 pain entry on 1 day")
    assert not has_words(text, "2 Nov 2026 20:30")


@needs_poppler
def test_a_year_of_history(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> None:
    from report_builders import long_history

    doc = long_history(days=365)
    out = tmp_path / "year.pdf"
    write_report(doc, out, None, None, catalogue=catalogue, now=datetime(2026, 1, 10, tzinfo=UTC))
    pages, words = pdf_words(out)
    assert len(pages) > 10
    for word in words:
        page = pages[word.page - 1]
        assert 0 <= word.x_min <= word.x_max <= page.width, word
        assert 0 <= word.y_min <= word.y_max <= page.height, word
    # Every entry of the log is in its table, once, with its pain.
    rows = _log_rows(out)
    assert len(rows) == len(doc.log)
    for entry, row in zip(doc.log, rows, strict=True):
        assert row[:3] == _day(entry.at.date()).split()
        assert row[3] == str(entry.pain)


def test_the_document_carries_its_header(gui_app: object, catalogue: Catalogue) -> None:
    document = build_report_document(
        example("with-history.backplan.json"), None, None, catalogue=catalogue, now=NOW
    )
    assert document.property("backplanHeader") == (
        "Clinician report: \u2068Priya Nair\u2069, 2 Nov 2026 to 26 Nov 2026"
    )
    assert "Medication record" in document.toPlainText()
