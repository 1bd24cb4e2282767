"""A stepped-down course on the plan sheet, and tablets on hand in the clinician report.

The document is the acute example made into a two-step carisoprodol taper (four times
a day for a week, then twice a day for a week) with a stock count on both medicines and
a few recorded doses. The expected figures are worked out here from those numbers, not
taken from the code under test.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pdf_support import has_words, needs_poppler, pdf_text, squash
from report_builders import example_json

from backplan.domain.codec import document_from_json
from backplan.domain.model import Event, EventStatus, PlanDocument, Stock, TimesSchedule
from backplan.reports.report import write_report
from backplan.reports.sheet import TAPER_HEADING, taper_groups, write_sheet
from backplan.safety.catalogue import Catalogue

TZ = ZoneInfo("America/Chicago")
NOW = datetime(2026, 12, 4, 18, 0, tzinfo=TZ)
STEP_ONE_TIMES = (time(8), time(14), time(20), time(22, 30))
STEP_TWO_TIMES = (time(8), time(20))
CARI_ON_HAND = 20
IBU_ON_HAND = 30
IBU_UNITS_PER_DOSE = 2
IBU_REMIND = 25
# Ibuprofen taken (as needed) at these local moments before NOW.
IBU_TAKEN = (
    datetime(2026, 12, 2, 9, 0, tzinfo=TZ),
    datetime(2026, 12, 2, 17, 0, tzinfo=TZ),
    datetime(2026, 12, 3, 9, 0, tzinfo=TZ),
    datetime(2026, 12, 4, 9, 0, tzinfo=TZ),
)


def _cari_taken() -> list[datetime]:
    """Every carisoprodol dose from 1 Dec up to NOW, taken on time."""
    out: list[datetime] = []
    for offset in range(4):
        day = date(2026, 12, 1) + timedelta(days=offset)
        out += [datetime.combine(day, t, TZ) for t in STEP_ONE_TIMES]
    return [moment for moment in out if moment <= NOW]


def _fmt(day: date) -> str:
    return f"{day.day} {day.strftime('%b')} {day.year}"


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _taper_doc(name: str | None = None) -> PlanDocument:
    doc = document_from_json(example_json("acute-3-weeks.backplan.json"))
    cari = next(m for m in doc.medications if m.id == "carisoprodol")
    ibu = next(m for m in doc.medications if m.id == "ibuprofen")
    assert isinstance(cari.schedule, TimesSchedule)
    first = replace(
        cari,
        name=name or cari.name,
        schedule=replace(cari.schedule, times=STEP_ONE_TIMES),
        start=date(2026, 12, 1),
        days=None,
        end=date(2026, 12, 7),
        stock=Stock(on_hand=CARI_ON_HAND, as_of=date(2026, 12, 1), remind_below=4),
    )
    second = replace(
        first,
        id="carisoprodol-step-2",
        schedule=replace(cari.schedule, times=STEP_TWO_TIMES),
        start=date(2026, 12, 8),
        end=date(2026, 12, 14),
        stock=None,
    )
    ibu = replace(
        ibu,
        units_per_dose=IBU_UNITS_PER_DOSE,
        stock=Stock(on_hand=IBU_ON_HAND, as_of=date(2026, 12, 1), remind_below=IBU_REMIND),
    )
    events = [
        Event("carisoprodol", EventStatus.DONE, scheduled_for=moment, at=moment) for moment in _cari_taken()
    ]
    events += [Event("ibuprofen", EventStatus.DONE, scheduled_for=None, at=moment) for moment in IBU_TAKEN]
    # The step follows the entry it came from, as the editor writes it; ibuprofen last.
    return replace(
        doc,
        medications=(first, second, ibu),
        events=tuple(sorted(events, key=lambda e: e.sort_key)),
    )


def test_the_taper_rule_joins_steps_and_nothing_else() -> None:
    doc = _taper_doc()
    groups = taper_groups(doc.medications)
    assert [[m.id for m in g] for g in groups] == [["carisoprodol", "carisoprodol-step-2"]]
    # A "-step-" id whose base is missing, or holds another substance, is not a taper.
    ibu = doc.medications[2]
    orphan = replace(ibu, id="naproxen-step-2")
    stranger = replace(ibu, id="carisoprodol-step-3")
    assert [[m.id for m in g] for g in taper_groups((*doc.medications, orphan, stranger))] == [
        ["carisoprodol", "carisoprodol-step-2"]
    ]
    # Without a step there is no taper.
    assert taper_groups(document_from_json(example_json("acute-3-weeks.backplan.json")).medications) == []


@needs_poppler
def test_the_sheet_shows_the_steps_by_date(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> None:
    doc = _taper_doc()
    out = tmp_path / "sheet.pdf"
    write_sheet(doc, out, week=date(2026, 12, 7), catalogue=catalogue)
    text = squash(pdf_text(out))
    first = doc.medications[0]
    assert squash(f"{TAPER_HEADING} {first.name}") in text
    steps = sum(1 for m in doc.medications if m.id.startswith("carisoprodol"))
    row_one = squash(f"1 of {steps} {_fmt(date(2026, 12, 1))} to {_fmt(date(2026, 12, 7))}")
    row_two = squash(f"2 of {steps} {_fmt(date(2026, 12, 8))} to {_fmt(date(2026, 12, 14))}")
    assert row_one in text and row_two in text
    assert text.index(row_one) < text.index(row_two)
    assert squash(f"{len(first.schedule.times)} times a day") in text  # type: ignore[union-attr]
    assert squash("twice a day (08:00 and 20:00)") in text
    assert text.index(squash(TAPER_HEADING)) > text.index(squash("Medicines"))


@needs_poppler
def test_a_sheet_without_a_taper_has_no_step_table(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    out = tmp_path / "plain.pdf"
    doc = document_from_json(example_json("acute-3-weeks.backplan.json"))
    write_sheet(doc, out, week=date(2026, 12, 7), catalogue=catalogue)
    assert TAPER_HEADING not in pdf_text(out)


@needs_poppler
def test_the_taper_heading_escapes_the_name(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "escaped.pdf"
    name = "Cari <b>350</b> & co"
    write_sheet(_taper_doc(name), out, week=date(2026, 12, 7), catalogue=catalogue)
    assert has_words(pdf_text(out), f"{TAPER_HEADING} {name}")


@pytest.fixture
def stock_pdf(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> Path:
    out = tmp_path / "report.pdf"
    write_report(_taper_doc(), out, None, None, catalogue=catalogue, now=NOW)
    return out


@needs_poppler
def test_the_report_lists_units_left_and_refills(stock_pdf: Path) -> None:
    text = squash(pdf_text(stock_pdf))
    assert squash("Tablets and refills") in text

    # Ibuprofen, as needed: 30 counted, 2 a dose, four doses since the count.
    ibu_left = IBU_ON_HAND - len(IBU_TAKEN) * IBU_UNITS_PER_DOSE
    since = datetime(2026, 12, 1, tzinfo=TZ)  # the course start (within the last week)
    per_day = len(IBU_TAKEN) * IBU_UNITS_PER_DOSE / ((NOW - since).total_seconds() / 86400)
    ibu_out = (NOW + timedelta(days=ibu_left / per_day)).date()
    assert ibu_left < IBU_REMIND
    expected = f"Ibuprofen 200 mg counted {IBU_ON_HAND} on {_fmt(date(2026, 12, 1))} {ibu_left} "
    expected += f"{_num(per_day)} a day {_fmt(ibu_out)} refill due (below {IBU_REMIND})"
    assert squash(expected) in text

    # Carisoprodol at set times: 20 counted, every dose taken up to NOW.
    cari_left = CARI_ON_HAND - len(_cari_taken())
    upcoming = [
        datetime.combine(date(2026, 12, 1) + timedelta(days=k), t, TZ)
        for k in range(7)
        for t in STEP_ONE_TIMES
    ]
    upcoming = [moment for moment in upcoming if moment > NOW]
    runs_out = upcoming[cari_left].date()  # the first dose the units left cannot cover
    cari_per_day = len(upcoming) / 7  # the doses of the week ahead (the step ends first)
    assert runs_out < date(2026, 12, 7)
    expected = f"Carisoprodol 350 mg counted {CARI_ON_HAND} on {_fmt(date(2026, 12, 1))} {cari_left} "
    expected += f"{_num(cari_per_day)} a day {_fmt(runs_out)} not yet (reminder below 4)"
    assert squash(expected) in text
    assert (
        squash(
            f"Carisoprodol 350 mg: the tablets run out on {_fmt(runs_out)}, before the course's "
            f"last day ({_fmt(date(2026, 12, 7))})"
        )
        in text
    )


@needs_poppler
def test_a_report_without_stock_has_no_refill_section(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    out = tmp_path / "plain.pdf"
    doc = document_from_json(example_json("acute-3-weeks.backplan.json"))
    write_report(doc, out, None, None, catalogue=catalogue, now=NOW)
    assert "Tablets and refills" not in pdf_text(out)
