"""Whatever a person types is printed as those characters, and stays on the page.

The corpus goes into every free-text field that the sheet and the report print:
names, titles, goals, notes, instructions, override reasons. It holds markup that
Qt's rich text would otherwise obey (``<b>``, an ``<img>`` pointing at a local file,
entities), a word far longer than a line, right-to-left Arabic and Hebrew, emoji,
and a matplotlib ``$...$``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pdf_support import has_words, needs_poppler, pdf_text, pdf_words, squash
from report_builders import example_json

from backplan.domain.codec import document_from_json
from backplan.domain.model import PlanDocument
from backplan.reports.report import write_report
from backplan.reports.sheet import write_sheet
from backplan.safety.catalogue import Catalogue

LONG_WORD = "Supercalifragilistic" * 10
CORPUS = [
    '<img src="file:///etc/passwd">',
    "<b>not bold</b> <i>nor italic</i>",
    "&amp; &lt;x&gt; &#169;",
    LONG_WORD,
    "مرحبا بالعالم",
    "שלום עולם",
    "Feeling 😀 better",
    "$x^2$ and a \\ backslash",
    "<script>alert(1)</script>",
]
# Glyphs that the test machine may have no font for: checked without the emoji.
EMOJI = "😀"


def _injected() -> PlanDocument:
    raw: dict[str, Any] = example_json("acute-3-weeks.backplan.json")
    raw["patient"]["name"] = "Sam <b>Rivera</b> שלום"
    raw["plan"]["title"] = 'Plan <img src="file:///etc/passwd"> ' + LONG_WORD[:120]
    raw["plan"]["notes"] = " | ".join(CORPUS)
    raw["plan"]["goals"] = CORPUS
    raw["plan"]["clinician"]["contact"] = "<a href='http://example.org'>call</a> 555"
    raw["medications"][0]["instructions"] = " ".join(CORPUS)
    raw["medications"][1]["name"] = "Ibuprofen <u>200</u> mg"
    raw["activities"][0]["title"] = "PT <i>x</i> " + LONG_WORD[:100]
    raw["activities"][1]["exercises"][0]["notes"] = "مرحبا <b>x</b>"
    raw["activities"][1]["exercises"].append(
        {"exercise": "custom", "custom": {"name": "<h1>Wall sit</h1>", "instructions": LONG_WORD}}
    )
    raw["log"] = [{"at": "2026-12-02T09:00:00-06:00", "pain": 6, "note": text} for text in CORPUS]
    raw["events"] = [
        {
            "item": "carisoprodol",
            "status": "done",
            "scheduled_for": "2026-12-02T08:00:00-06:00",
            "at": "2026-12-02T08:05:00-06:00",
            "override_reason": '<img src="file:///etc/passwd"> ' + LONG_WORD,
        }
    ]
    return document_from_json(raw)


_NEUTRAL = " <>()[]{}|-.,;:!?\"'"
_RTL_RUN = re.compile(r"[\u0590-\u08FF]+(?:\s+[\u0590-\u08FF]+)*")


def _printed(text: str, item: str) -> bool:
    """``item`` is in ``text``.

    Runs of right-to-left words and the left-to-right text around them are checked
    one by one: printed correctly, "Note: مرحبا <b>x</b>" reads in two directions,
    and pdftotext gives its runs in an order of its own, attaching a neutral sign
    where the direction changes (the "<" there) to either run. An emoji drawn from a
    fallback font, if the machine has one, is a run of its own too.
    """
    parts = _RTL_RUN.findall(item)
    pieces = _RTL_RUN.split(item)
    for index, piece in enumerate(pieces):
        if index > 0:
            piece = piece.lstrip(_NEUTRAL)
        if index < len(pieces) - 1:
            piece = piece.rstrip(_NEUTRAL)
        parts += piece.split(EMOJI)
    return all(has_words(text, part) for part in parts if part.strip())


@pytest.fixture
def sheet_pdf(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> Path:
    out = tmp_path / "sheet.pdf"
    write_sheet(_injected(), out, week=date(2026, 12, 1), catalogue=catalogue)
    return out


@pytest.fixture
def report_pdf(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> Path:
    out = tmp_path / "report.pdf"
    write_report(_injected(), out, None, None, catalogue=catalogue, now=datetime(2026, 12, 5, tzinfo=UTC))
    return out


def _assert_inside(pdf: Path) -> None:
    pages, words = pdf_words(pdf)
    assert words
    for word in words:
        page = pages[word.page - 1]
        assert 0 <= word.x_min <= word.x_max <= page.width, word
        assert 0 <= word.y_min <= word.y_max <= page.height, word


@needs_poppler
def test_the_sheet_prints_user_text_literally(sheet_pdf: Path) -> None:
    text = pdf_text(sheet_pdf)
    for item in CORPUS:
        assert _printed(text, item), item
    for literal in (
        "Sam <b>Rivera</b> שלום",
        "<a href='http://example.org'>call</a> 555",
        "Ibuprofen <u>200</u> mg",
        "PT <i>x</i>",
        "<h1>Wall sit</h1>",
        "مرحبا <b>x</b>",
    ):
        assert _printed(text, literal), literal


@needs_poppler
def test_the_report_prints_user_text_literally(report_pdf: Path) -> None:
    text = pdf_text(report_pdf)
    for item in CORPUS:
        assert _printed(text, item), item
    assert has_words(text, '<img src="file:///etc/passwd"> ' + LONG_WORD)
    # The header keeps the right-to-left name apart from the dates that follow it.
    first = pdf_text(report_pdf, 1).splitlines()[0]
    # (from the plan's start to "today", 4 Dec in Chicago)
    assert squash(first).endswith(squash(", 1 Dec 2026 to 4 Dec 2026"))


@needs_poppler
def test_nothing_leaves_the_page(sheet_pdf: Path, report_pdf: Path) -> None:
    _assert_inside(sheet_pdf)
    _assert_inside(report_pdf)


@needs_poppler
def test_no_file_is_pulled_in(sheet_pdf: Path, report_pdf: Path) -> None:
    import shutil
    import subprocess

    if not shutil.which("pdfimages"):
        pytest.skip("pdfimages is not installed")
    raw = example_json("acute-3-weeks.backplan.json")
    exercises = {ex["exercise"] for a in raw["activities"] for ex in a.get("exercises", [])}
    customs = sum(1 for a in _injected().activities for ex in a.exercises if ex.custom is not None)
    exercises.discard("custom")

    def images(pdf: Path) -> int:
        out = subprocess.run(
            ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
        ).stdout
        return len(out.splitlines()) - 2

    # The library's pictures, and the empty frame of a custom exercise without one
    # (drawn once, however many such exercises), and nothing else.
    assert images(sheet_pdf) == len(exercises) + (1 if customs else 0)
    assert images(report_pdf) == 1  # the chart
