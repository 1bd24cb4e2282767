"""PDF metadata names the document and the app, nothing more (no Qt version, no dates)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from backplan.reports.report import write_report
from backplan.reports.sheet import write_sheet
from backplan.safety.catalogue import load_catalogue


@pytest.mark.parametrize("which", ["sheet", "report"])
def test_only_title_and_creator(which: str, tmp_path: Path, history_doc) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"{which}.pdf"
    if which == "sheet":
        write_sheet(history_doc, out, week=date(2026, 11, 2), paper="a4", catalogue=load_catalogue())
    else:
        write_report(history_doc, out, None, None, catalogue=load_catalogue(),
                     now=datetime(2026, 11, 23, tzinfo=UTC))
    raw = out.read_bytes()
    for leaked in (b"Qt 6", b"Qt 5", b"CreationDate", b"ModDate", b"CreateDate", b"DocumentID", b"/tmp"):
        assert leaked not in raw, leaked
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        assert "Creator:         backplan" in info
        assert "Producer" not in info and "CreationDate" not in info
        assert "Pages:" in info
