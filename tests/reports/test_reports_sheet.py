"""The plan sheet, read back from the PDF as a patient would read the paper."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pdf_support import has_words, needs_poppler, pdf_info, pdf_pages, pdf_text, pdf_words, squash
from report_builders import example, example_json

from backplan.domain.codec import document_from_json
from backplan.reports.sheet import (
    FLARE_HEADING,
    HELP_NOW,
    SHEET_TITLE,
    build_sheet_document,
    week_bounds,
    write_sheet,
)
from backplan.resources_path import resources_dir
from backplan.safety.catalogue import Catalogue

WEEK = date(2026, 12, 1)


def _library() -> dict[str, dict[str, Any]]:
    path = resources_dir() / "exercises" / "library.json"
    return {e["id"]: e for e in json.loads(path.read_text(encoding="utf-8"))["exercises"]}


def _hhmm(value: str, minutes: int) -> str:
    moment = datetime.combine(date(2000, 1, 1), datetime.strptime(value, "%H:%M").time())
    return (moment + timedelta(minutes=minutes)).strftime("%H:%M")


def _activity_times(activity: dict[str, Any]) -> list[str]:
    schedule = activity["schedule"]
    return list(schedule.get("times", [])) or [schedule["time"]]


@pytest.fixture
def acute_pdf(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> Path:
    out = tmp_path / "sheet.pdf"
    write_sheet(example("acute-3-weeks.backplan.json"), out, week=WEEK, catalogue=catalogue)
    return out


@needs_poppler
def test_the_acute_sheet_lists_everything_to_do(acute_pdf: Path) -> None:
    raw = example_json("acute-3-weeks.backplan.json")
    text = pdf_text(acute_pdf)
    for med in raw["medications"]:
        assert has_words(text, med["name"]), med["name"]
        assert has_words(text, med["dose"]), med["dose"]
    library = _library()
    for activity in raw["activities"]:
        assert has_words(text, activity["title"])
        for ex in activity.get("exercises", []):
            name = ex["custom"]["name"] if ex["exercise"] == "custom" else library[ex["exercise"]]["name"]
            assert has_words(text, name), name
    flat = squash(text)
    for activity in raw["activities"]:
        for start in _activity_times(activity):
            if "heat_before_minutes" in activity:
                heat = _hhmm(start, -activity["heat_before_minutes"])
                assert squash(f"{heat} Heat, {activity['heat_before_minutes']} min") in flat, heat
            if "cold_after_minutes" in activity:
                cold = _hhmm(start, activity["duration_minutes"])
                assert squash(f"{cold} Cold, {activity['cold_after_minutes']} min") in flat, cold
    assert HELP_NOW in text
    assert has_words(text, "Numbness around the genitals or bottom")


@needs_poppler
def test_no_line_is_printed_twice(acute_pdf: Path) -> None:
    """A line at a page break lands on one page only (not also, hidden, on the other)."""
    texts = resources_dir() / "safety" / "texts.json"
    safety = json.loads(texts.read_text(encoding="utf-8"))
    library = _library()
    raw = example_json("acute-3-weeks.backplan.json")
    sentences = list(safety["heat_cold_safety"]) + list(safety["red_flags"].values())
    for activity in raw["activities"]:
        for ex in activity.get("exercises", []):
            sentences += library[ex["exercise"]]["steps"]
    flat = squash(pdf_text(acute_pdf))
    # Some exercises share a step ("Kneel on all fours..."): each is printed once per use.
    for sentence, uses in Counter(sentences).items():
        assert flat.count(squash(sentence)) == uses, sentence


@needs_poppler
def test_the_sheet_names_who_and_when(acute_pdf: Path) -> None:
    raw = example_json("acute-3-weeks.backplan.json")
    first = pdf_text(acute_pdf, 1)
    for value in (
        raw["patient"]["name"],
        raw["plan"]["title"],
        raw["plan"]["clinician"]["name"],
        raw["plan"]["clinician"]["contact"],
        *raw["plan"]["goals"],
    ):
        assert has_words(first, value), value
    # The week at a glance is on the first page, Monday to Sunday around 1 Dec.
    assert has_words(first, "Week at a glance: Mon 30 Nov to Sun 6 Dec")
    assert "Outside the plan dates: Mon 30 Nov" in first


@needs_poppler
def test_pages_and_boxes_are_whole(acute_pdf: Path) -> None:
    pages = pdf_pages(acute_pdf)
    # The week, the medicines, the exercises with pictures of at least 4 cm a pose,
    # the safety texts, no box or row split: six pages with the bundled fonts.
    assert 3 <= pages <= 7
    texts = [pdf_text(acute_pdf, p) for p in range(1, pages + 1)]
    for page, text in enumerate(texts, start=1):
        assert f"page {page} of {pages}" in text
    # The red-flag box is on one page, from its title to its source line.
    box = [p for p, t in enumerate(texts) if HELP_NOW in t]
    assert len(box) == 1
    assert "Source: NHS / HSC guidance" in texts[box[0]]
    # Each exercise's name and its last step are on the same page.
    library = _library()
    raw = example_json("acute-3-weeks.backplan.json")
    for activity in raw["activities"]:
        for ex in activity.get("exercises", []):
            entry = library[ex["exercise"]]
            where = [p for p, t in enumerate(texts) if has_words(t, entry["name"] + "\n")]
            assert where, entry["name"]
            assert has_words(texts[where[0]], entry["steps"][-1]), entry["name"]


@needs_poppler
def test_body_text_is_at_least_11_points(acute_pdf: Path) -> None:
    pages, words = pdf_words(acute_pdf)
    # pdftotext's word box is about 1.16 x the font size; the page header at the top
    # and the footer (printed on, page number) are the smaller lines.
    body = [w for w in words if 75 < w.y_min < pages[w.page - 1].height - 60]
    small = [w.text for w in body if (w.y_max - w.y_min) < 11 * 1.15]
    assert small == []
    for word in words:
        page = pages[word.page - 1]
        assert 0 <= word.x_min <= word.x_max <= page.width
        assert 0 <= word.y_min <= word.y_max <= page.height


@needs_poppler
def test_pictures_are_embedded(acute_pdf: Path) -> None:
    import shutil
    import subprocess

    if not shutil.which("pdfimages"):
        pytest.skip("pdfimages is not installed")
    listing = subprocess.run(
        ["pdfimages", "-list", str(acute_pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    raw = example_json("acute-3-weeks.backplan.json")
    exercises = {ex["exercise"] for a in raw["activities"] for ex in a.get("exercises", [])}
    assert len(listing) == len(exercises)
    assert all(" jpeg " not in line for line in listing)  # drawings stay lossless


@needs_poppler
def test_metadata_names_only_the_document(acute_pdf: Path) -> None:
    info = pdf_info(acute_pdf)
    assert info["Title"] == SHEET_TITLE
    assert info["Creator"] == "backplan"
    assert not info.get("Author") and not info.get("Subject") and not info.get("Keywords")
    raw = acute_pdf.read_bytes()
    assert str(acute_pdf.parent).encode() not in raw
    assert b"Sam Rivera" not in raw  # the name is in the page text only (as glyphs)


@needs_poppler
def test_letter_paper(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    write_sheet(example("acute-3-weeks.backplan.json"), out, week=WEEK, paper="letter", catalogue=catalogue)
    size = pdf_info(out)["Page size"]
    width, height = (float(v) for v in re.findall(r"[\d.]+", size)[:2])
    assert (round(width), round(height)) == (612, 792)


@needs_poppler
def test_flare_up_section(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> None:
    raw = example_json("with-history.backplan.json")
    out = tmp_path / "history.pdf"
    write_sheet(document_from_json(raw), out, week=date(2026, 11, 4), catalogue=catalogue)
    text = pdf_text(out)
    flare = raw["plan"]["flare_up"]
    assert has_words(text, FLARE_HEADING)
    assert has_words(text, flare["advice"])
    assert has_words(text, f"these items run for {flare['days']} days")
    for med in flare["medications"]:
        assert has_words(text, med["name"])
    for act in flare["activities"]:
        assert has_words(text, act["title"])
    # A flare-up walk is not in the week grid: the grid has the plan's items only.
    grid = pdf_text(out, 1)
    assert not has_words(grid, "Short walk")
    # The custom exercise is printed with its own instructions.
    custom = raw["activities"][0]["exercises"][2]["custom"]
    assert has_words(text, custom["name"]) and has_words(text, custom["instructions"])


def test_the_week_runs_monday_to_sunday() -> None:
    assert week_bounds(date(2026, 12, 3)) == (date(2026, 11, 30), date(2026, 12, 6))
    assert week_bounds(date(2026, 11, 30)) == (date(2026, 11, 30), date(2026, 12, 6))
    assert week_bounds(date(2026, 12, 6)) == (date(2026, 11, 30), date(2026, 12, 6))


def test_a_week_after_the_plan(gui_app: object, catalogue: Catalogue) -> None:
    document = build_sheet_document(
        example("acute-3-weeks.backplan.json"), week=date(2027, 2, 1), catalogue=catalogue
    )
    text = document.toPlainText()
    assert "Nothing is scheduled this week." in text
    assert HELP_NOW in text  # the safety box is always there


def test_the_document_for_preview(gui_app: object, catalogue: Catalogue) -> None:
    document = build_sheet_document(example("acute-3-weeks.backplan.json"), week=WEEK, catalogue=catalogue)
    text = document.toPlainText()
    assert "Carisoprodol 350 mg" in text and "Knee-to-chest stretch" in text
    assert document.metaInformation(document.MetaInformation.DocumentTitle) == SHEET_TITLE
