"""The documents through the command line, as a physiotherapist's script would run it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pdf_support import has_words, needs_poppler, pdf_info, pdf_pages, pdf_text
from report_builders import EXAMPLES

from backplan.cli import main


def _run(*args: str) -> int:
    return main(list(args))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert _run("--data-dir", str(folder), "import", str(EXAMPLES / "with-history.backplan.json")) == 0
    return folder


@needs_poppler
def test_sheet_report_and_chart(gui_app: object, data_dir: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "s.pdf"
    report = tmp_path / "r.pdf"
    chart = tmp_path / "c.png"
    chart_pdf = tmp_path / "c.pdf"
    base = ("--data-dir", str(data_dir))
    assert _run(*base, "sheet", "--out", str(sheet), "--week", "2026-11-02") == 0
    assert _run(*base, "report", "--out", str(report)) == 0
    assert _run(*base, "chart", "--out", str(chart)) == 0
    assert _run(*base, "chart", "--out", str(chart_pdf), "--from", "2026-11-02", "--to", "2026-11-15") == 0
    assert has_words(pdf_text(sheet, 1), "Week at a glance: Mon 2 Nov to Sun 8 Nov")
    assert pdf_info(sheet)["Title"] == "backplan plan sheet"
    assert has_words(pdf_text(report, 1), "Clinician report: Priya Nair")
    assert pdf_pages(chart_pdf) == 1
    assert has_words(pdf_text(chart_pdf), "2 Nov 2026 to 15 Nov 2026")
    assert chart.read_bytes()[:4] == b"\x89PNG"


def test_letter_paper_and_a_bad_extension(gui_app: object, data_dir: Path, tmp_path: Path) -> None:
    base = ("--data-dir", str(data_dir))
    assert _run(*base, "sheet", "--out", str(tmp_path / "l.pdf"), "--paper", "letter") == 0
    assert _run(*base, "chart", "--out", str(tmp_path / "c.gif")) == 2


def test_the_command_line_needs_no_display(data_dir: Path, tmp_path: Path) -> None:
    """A fresh process with no display and no Qt application of its own."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    out = tmp_path / "s.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "backplan.cli", "--data-dir", str(data_dir), "sheet", "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
