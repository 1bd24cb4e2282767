"""File > Export for other apps writes the same files as the command line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from backplan.ui.shell.main_window import MainWindow


@pytest.mark.parametrize("kind", ["calendar", "log", "events", "fhir"])
def test_exports_from_the_menu(acute_window: MainWindow, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"out-{kind}"
    assert acute_window.export_other_to(kind, out) == out
    text = out.read_text("utf-8")
    if kind == "calendar":
        assert text.startswith("BEGIN:VCALENDAR") and "BEGIN:VALARM" in text and "BEGIN:VTIMEZONE" in text
    elif kind == "fhir":
        bundle = json.loads(text)
        assert bundle["resourceType"] == "Bundle"
        assert any(e["resource"]["resourceType"] == "MedicationRequest" for e in bundle["entry"])
    else:
        header = next(csv.reader(text.splitlines()))
        assert ("pain" in header) if kind == "log" else ("item" in header)


def test_excel_and_fhir_server_exports_from_the_menu(acute_window: MainWindow, tmp_path: Path) -> None:
    titles = [a.text() for a in acute_window.findChildren(QAction)]
    wanted = {"Pain log for E&xcel (CSV)…", "E&vents for Excel (CSV)…"}
    wanted.add("Import into a FHIR &server (transaction)…")
    assert wanted <= set(titles)
    for kind in ("log-excel", "events-excel"):
        out = tmp_path / f"{kind}.csv"
        assert acute_window.export_other_to(kind, out) == out
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    out = tmp_path / "server.json"
    assert acute_window.export_other_to("fhir-transaction", out) == out
    bundle = json.loads(out.read_text("utf-8"))
    assert bundle["type"] == "transaction"
    assert all(e["request"]["ifNoneExist"].startswith("identifier=") for e in bundle["entry"])


def test_an_unwritable_export_says_so(acute_window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(acute_window, "_error", lambda title, text: shown.append(text))
    assert acute_window.export_other_to("calendar", tmp_path / "missing" / "x.ics") is None
    assert shown and "missing" in shown[0]
