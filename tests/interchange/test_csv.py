"""The CSV exports read back with ``csv.reader`` and compared with the document."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from backplan.domain.codec import document_from_json
from backplan.domain.model import PlanDocument
from backplan.interchange.csv_export import (
    EVENT_COLUMNS,
    format_average,
    guard,
    unguard,
    write_events_csv,
    write_log_csv,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"

TRICKY = [
    'Stiff, then "better" after the walk',
    "Line one\nline two, with a comma\r\nand a third",
    "=HYPERLINK(\"http://example.invalid\",\"click\")",
    "+1 flight of stairs",
    "-2 compared with yesterday",
    "@reception: call back",
    "'already quoted",
    "\tindented",
    "Schmerz ließ nach; 痛み",
    "",
]


def _example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / name).read_text("utf-8"))
    return data


def history() -> PlanDocument:
    return document_from_json(_example("with-history.backplan.json"))


def tricky_doc() -> PlanDocument:
    """The history example with notes and reasons a spreadsheet could trip over."""
    data = _example("with-history.backplan.json")
    data["plan"]["psfs_activities"] = ["=Bending, to pick up a bag", "Sitting in a car for 1 hour"]
    for number, entry in enumerate(data["log"]):
        if "psfs" in entry:
            entry["psfs"] = {
                "=Bending, to pick up a bag": entry["psfs"]["Bending to pick up a bag"],
                "Sitting in a car for 1 hour": entry["psfs"]["Sitting in a car for 1 hour"],
            }
        entry["note"] = TRICKY[number]
    for number, event in enumerate(data["events"]):
        event["note"] = TRICKY[(number + 4) % len(TRICKY)]
    data["events"][2]["override_reason"] = "-Doctor said, \"fine\""
    return document_from_json(data)


def read_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _int(cell: str) -> int | None:
    return None if cell == "" else int(cell)


def _list(cell: str) -> list[str] | None:
    return None if cell == "" else cell.split("; ")


def _time(cell: str) -> datetime | None:
    return None if cell == "" else datetime.fromisoformat(cell)


def check_log(doc: PlanDocument, path: Path) -> None:
    rows = read_rows(path)
    header, body = rows[0], rows[1:]
    activities = list(doc.plan.psfs_activities or ())
    assert header == [
        "at", "pain", "pain_worst", "locations", "spasm", "walking_minutes", "psfs_average",
        *(guard("psfs: " + a) for a in activities),
        "sleep", "side_effects", "red_flags", "note",
    ]  # fmt: skip
    assert len(body) == len(doc.log)
    for row, entry in zip(body, doc.log, strict=True):
        cell = dict(zip(header, row, strict=True))
        at = _time(cell["at"])
        assert at == entry.at and at is not None and at.utcoffset() == entry.at.utcoffset()
        assert _int(cell["pain"]) == entry.pain
        assert _int(cell["pain_worst"]) == entry.pain_worst
        assert _list(cell["locations"]) == (
            None if entry.locations is None else [v.value for v in entry.locations]
        )
        assert _int(cell["spasm"]) == entry.spasm
        assert _int(cell["walking_minutes"]) == entry.walking_minutes
        average = entry.psfs_average
        if average is None:
            assert cell["psfs_average"] == ""
        else:
            assert float(cell["psfs_average"]) == pytest.approx(average, abs=0.005)
        scores = dict(entry.psfs or ())
        for activity in activities:
            assert _int(cell[guard("psfs: " + activity)]) == scores.get(activity)
        assert _int(cell["sleep"]) == entry.sleep
        assert _list(cell["side_effects"]) == (
            None if entry.side_effects is None else [v.value for v in entry.side_effects]
        )
        assert _list(cell["red_flags"]) == (
            None if entry.red_flags is None else [v.value for v in entry.red_flags]
        )
        assert unguard(cell["note"]) == (entry.note or "")


def check_events(doc: PlanDocument, path: Path) -> None:
    rows = read_rows(path)
    assert rows[0] == list(EVENT_COLUMNS)
    assert len(rows) - 1 == len(doc.events)
    for row, event in zip(rows[1:], doc.events, strict=True):
        cell = dict(zip(rows[0], row, strict=True))
        assert unguard(cell["item"]) == event.item
        assert cell["status"] == event.status.value
        assert _time(cell["scheduled_for"]) == event.scheduled_for
        assert _time(cell["at"]) == event.at
        assert unguard(cell["override_reason"]) == (event.override_reason or "")
        assert _int(cell["pain_before"]) == event.pain_before
        assert _int(cell["pain_after"]) == event.pain_after
        assert unguard(cell["note"]) == (event.note or "")


def test_history_log_round_trip(tmp_path: Path) -> None:
    doc = history()
    out = tmp_path / "log.csv"
    write_log_csv(doc, out)
    check_log(doc, out)
    text = out.read_text("utf-8")
    assert text.startswith("at,pain,pain_worst,locations,")
    assert "2026-11-02T20:30:00+05:30" in text
    assert "lower_back; leg_left" in text
    assert [p.name for p in tmp_path.iterdir()] == ["log.csv"]


def test_history_events_round_trip(tmp_path: Path) -> None:
    doc = history()
    out = tmp_path / "events.csv"
    write_events_csv(doc, out)
    check_events(doc, out)
    rows = read_rows(out)
    as_needed = [r for r in rows[1:] if r[0] == "paracetamol"]
    assert as_needed and as_needed[0][2] == ""  # no scheduled time for an as-needed dose


def test_tricky_text_survives_and_cannot_run_as_a_formula(tmp_path: Path) -> None:
    doc = tricky_doc()
    log, events = tmp_path / "log.csv", tmp_path / "events.csv"
    write_log_csv(doc, log)
    write_events_csv(doc, events)
    check_log(doc, log)
    check_events(doc, events)
    for path in (log, events):
        for row in read_rows(path):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    notes = [row[-1] for row in read_rows(log)[1:]]
    assert notes[2].startswith("'=HYPERLINK") and notes[1].startswith("Line one\n")
    # The "psfs: " prefix already keeps a typed activity name from starting a header.
    assert '"psfs: =Bending, to pick up a bag"' in log.read_text("utf-8")


def test_empty_document_writes_only_the_header(tmp_path: Path) -> None:
    doc = document_from_json(_example("acute-3-weeks.backplan.json"))
    out = tmp_path / "log.csv"
    write_log_csv(doc, out)
    rows = read_rows(out)
    assert len(rows) == 1
    assert rows[0][7:10] == [
        "psfs: Putting on socks",
        "psfs: Sitting for 30 minutes",
        "psfs: Walking to the bus stop",
    ]
    write_events_csv(doc, out)
    assert read_rows(out) == [list(EVENT_COLUMNS)]


@pytest.mark.parametrize(
    ("value", "text"), [(None, ""), (4.5, "4.5"), (3.0, "3"), (7 / 3, "2.33"), (2 / 3, "0.67")]
)
def test_format_average(value: float | None, text: str) -> None:
    assert format_average(value) == text


@pytest.mark.parametrize("text", TRICKY)
def test_guard_then_unguard_is_the_identity(text: str) -> None:
    assert unguard(guard(text)) == text
    assert guard(None) == ""


def test_cli_exports_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from backplan.cli import main

    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "import", str(EXAMPLES / "with-history.backplan.json")]) == 0
    log, events = tmp_path / "log.csv", tmp_path / "events.csv"
    assert main(["--data-dir", str(folder), "export", "--csv", "log", "--out", str(log)]) == 0
    assert main(["--data-dir", str(folder), "export", "--csv", "events", "--out", str(events)]) == 0
    capsys.readouterr()
    doc = history()
    check_log(doc, log)
    check_events(doc, events)


def test_bom_option_for_excel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--bom``: the file starts with EF BB BF once, and reads back the same otherwise."""
    from backplan.cli import main

    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "import", str(EXAMPLES / "with-history.backplan.json")]) == 0
    plain, marked = tmp_path / "plain.csv", tmp_path / "marked.csv"
    assert main(["--data-dir", str(folder), "export", "--csv", "log", "--out", str(plain)]) == 0
    assert main(["--data-dir", str(folder), "export", "--csv", "log", "--bom", "--out", str(marked)]) == 0
    capsys.readouterr()
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert marked.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    check_log(history(), plain)
    assert marked.read_text("utf-8-sig") == plain.read_text("utf-8")


def test_a_removed_event_is_kept_and_marked() -> None:
    from backplan.domain.codec import document_to_json
    from backplan.interchange.csv_export import events_csv

    raw = document_to_json(history())
    raw["events"][0] = {**raw["events"][0], "removed": {"at": "2026-11-03T08:07:00+05:30", "reason": "=oops"}}
    rows = list(csv.DictReader(io.StringIO(events_csv(document_from_json(raw)).decode("utf-8"))))
    assert len(rows) == len(raw["events"])
    assert (rows[0]["removed_at"], rows[0]["removed_reason"]) == ("2026-11-03T08:07:00+05:30", "'=oops")
    assert all(r["removed_at"] == "" for r in rows[1:])
