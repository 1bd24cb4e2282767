"""Issue 21: what the plan sheet and the clinician report must say (report.md).

Each test reads the PDF back as a person would (pdftotext, page by page where it
matters; pdftoppm where only the picture can show it).
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from pdf_support import has_words, needs_poppler, pdf_pages, pdf_text
from report_builders import example_json

from backplan.domain.codec import document_from_json
from backplan.domain.model import PlanDocument
from backplan.reports.report import write_report
from backplan.reports.sheet import write_sheet
from backplan.safety.catalogue import Catalogue

NOW = datetime(2026, 12, 12, 18, 0, tzinfo=UTC)
HINDI = "प्रिया नायर"


def _raw(**patient: Any) -> dict[str, Any]:
    raw = example_json("acute-3-weeks.backplan.json")
    raw["patient"].update(patient)
    return raw


def _doc(raw: dict[str, Any]) -> PlanDocument:
    return document_from_json(raw)


def _report(raw: dict[str, Any], tmp_path: Path, catalogue: Catalogue, **kw: Any) -> Path:
    out = tmp_path / "report.pdf"
    write_report(_doc(raw), out, kw.get("start"), kw.get("end"), catalogue=catalogue, now=kw.get("now", NOW))
    return out


def _sheet(raw: dict[str, Any], tmp_path: Path, catalogue: Catalogue, paper: str = "a4") -> Path:
    out = tmp_path / f"sheet-{paper}.pdf"
    write_sheet(_doc(raw), out, week=date(2026, 12, 7), paper=paper, catalogue=catalogue, now=NOW)
    return out


def _entry(at: str, pain: int, **more: Any) -> dict[str, Any]:
    return {"at": at, "pain": pain, **more}


# --- 1. not recorded is not missed -------------------------------------------------


@needs_poppler
def test_a_patient_who_logged_nothing_is_not_recorded(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    out = _report(_raw(), tmp_path, catalogue)
    first = pdf_text(out, 1)
    assert has_words(first, "Medicine doses: not recorded")
    assert "0 of" not in first and "(0 %)" not in first
    # 1 to 12 Dec: twelve days, none with a record.
    assert has_words(first, "Days with no record at all (no log entry, dose or activity): 12 of 12")
    text = pdf_text(out)
    assert has_words(text, "not recorded (")  # the adherence table, item by item


@needs_poppler
def test_a_recorded_item_keeps_its_share_and_the_others_say_not_recorded(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    raw = _raw()
    raw["events"] = [
        {"item": "carisoprodol", "status": "done", "scheduled_for": "2026-12-01T08:00:00-06:00",
         "at": "2026-12-01T08:05:00-06:00"},
        {"item": "carisoprodol", "status": "skipped", "scheduled_for": "2026-12-01T14:00:00-06:00"},
    ]  # fmt: skip
    raw["log"] = [_entry("2026-12-03T20:00:00-06:00", 5)]
    first = pdf_text(_report(raw, tmp_path, catalogue), 1)
    assert has_words(first, "Medicine doses: 1 of")
    assert has_words(first, "Stretching: not recorded")
    # 1 and 3 Dec have records; the ten other days do not.
    assert has_words(first, "Days with no record at all (no log entry, dose or activity): 10 of 12")


# --- 2. the summary ------------------------------------------------------------------


@needs_poppler
def test_the_summary_says_where_it_hurts_and_names_red_flags_with_dates(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    raw = _raw()
    raw["log"] = [
        _entry("2026-12-01T20:00:00-06:00", 7, locations=["lower_back", "leg_left"]),
        _entry("2026-12-02T20:00:00-06:00", 8, locations=["lower_back", "leg_left", "leg_right"],
               red_flags=["both_legs"]),
        _entry("2026-12-04T20:00:00-06:00", 6, locations=["lower_back"], side_effects=["drowsiness"]),
        _entry("2026-12-09T20:00:00-06:00", 3, locations=["lower_back"], red_flags=["night_pain"]),
        _entry("2026-12-11T20:00:00-06:00", 2, side_effects=["drowsiness", "nausea"]),
    ]  # fmt: skip
    first = pdf_text(_report(raw, tmp_path, catalogue), 1)
    assert has_words(first, "Lower back: 4, Left leg: 2, Right leg: 1")
    assert has_words(first, "Leg pain (radiating) in 2 entries")
    assert has_words(first, "Both legs in 1 entry: 2 Dec 2026")
    assert has_words(first, "Numbness, weakness or pain in both legs: 2 Dec 2026")
    assert has_words(first, "Severe pain at night: 9 Dec 2026")
    assert has_words(first, "highest 8 on 2 Dec 2026")
    assert has_words(first, "lowest 2 on 11 Dec 2026")
    # The period is 1 to 12 Dec: its first seven days and its last seven.
    assert has_words(first, "first 7 days (1 Dec 2026 to 7 Dec 2026): 7 (n = 3 days with entries, 3 entries)")
    assert has_words(
        first, "last 7 days (6 Dec 2026 to 12 Dec 2026): 2.5 (n = 2 days with entries, 2 entries)"
    )
    assert has_words(first, "Drowsiness: 2 entries, Feeling sick: 1 entry")


@needs_poppler
def test_last_week_is_the_last_week_of_the_period_not_of_the_log(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    raw = _raw()
    raw["log"] = [_entry("2026-12-01T20:00:00-06:00", 7), _entry("2026-12-02T20:00:00-06:00", 6)]
    first = pdf_text(_report(raw, tmp_path, catalogue), 1)
    assert has_words(first, "last 7 days (6 Dec 2026 to 12 Dec 2026): no entries")


# --- 3, 4. activities and one-sided exercises on the sheet --------------------------


@needs_poppler
def test_every_activity_has_where_when_length_and_notes(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    raw = _raw()
    walk = next(a for a in raw["activities"] if a["id"] == "evening-walk")
    walk["location"] = "Riverside park loop"
    walk["notes"] = "Build up 5 minutes a week."
    text = pdf_text(_sheet(raw, tmp_path, catalogue))
    assert has_words(text, "Evening walk")
    assert has_words(text, "Where: Riverside park loop")
    assert has_words(text, "Notes: Build up 5 minutes a week.")
    assert has_words(text, "Where: Riverside Physio, 12 Mill Street")  # physio visit, no exercises


@needs_poppler
@pytest.mark.parametrize("side", ["left", "right"])
def test_a_one_sided_exercise_names_its_side_and_never_the_other(
    gui_app: object, catalogue: Catalogue, tmp_path: Path, side: str
) -> None:
    raw = _raw()
    stretch = next(a for a in raw["activities"] if a["id"] == "morning-stretch")
    stretch["exercises"] = [
        {"exercise": "piriformis-stretch", "hold_seconds": 20, "side": side},
        {"exercise": "knee-to-chest", "reps": 3, "side": side},
    ]
    text = pdf_text(_sheet(raw, tmp_path, catalogue))
    assert "other side" not in text and "other leg" not in text
    assert has_words(text, f"Cross your {side} ankle over the opposite knee.")
    assert has_words(text, f"Hold your {side} knee with both hands")
    assert has_words(text, f"{side.capitalize()} side only.")


# --- 5. every page: who, what, when ------------------------------------------------


@needs_poppler
@pytest.mark.parametrize("paper", ["report", "a4", "letter"])
def test_every_page_names_the_patient_the_paper_and_its_dates(
    gui_app: object, catalogue: Catalogue, tmp_path: Path, paper: str
) -> None:
    raw = _raw(identifier="MRN-4471", birth_date="1961-03-03")
    if paper == "report":
        out = _report(raw, tmp_path, catalogue)
        head = "Clinician report: Sam Rivera, ID MRN-4471, born 3 Mar 1961, 1 Dec 2026 to 12 Dec 2026"
    else:
        out = _sheet(raw, tmp_path, catalogue, paper)
        head = "Plan sheet: Sam Rivera, ID MRN-4471, born 3 Mar 1961, week 7 Dec 2026 to 13 Dec 2026"
    pages = pdf_pages(out)
    assert pages >= 2
    for page in range(1, pages + 1):
        text = pdf_text(out, page, layout=True)
        assert has_words(text, head), page
        assert f"page {page} of {pages}" in text
        assert "printed 12 Dec 2026" in text


# --- 7. the flare-up's items in the grid; taper steps labelled -----------------------


def _flare_raw() -> dict[str, Any]:
    raw = _raw()
    raw["plan"]["flare_up"] = {
        "advice": "Keep moving gently.",
        "days": 3,
        "medications": [],
        "activities": [
            {"id": "flare-walk", "kind": "walk", "title": "Short flare-up walk",
             "schedule": {"times": ["12:30"]}, "duration_minutes": 5}
        ],
    }  # fmt: skip
    raw["events"] = [{"item": "flare-up", "status": "done", "scheduled_for": None,
                      "at": "2026-12-08T09:00:00-06:00"}]  # fmt: skip
    return raw


@needs_poppler
def test_a_running_flare_up_puts_its_items_in_the_week_grid(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    text = pdf_text(_sheet(_flare_raw(), tmp_path, catalogue))
    assert has_words(text, "12:30-12:35 Short flare-up walk (flare-up plan)")
    assert has_words(text, "A flare-up is running on")


@needs_poppler
def test_taper_steps_are_labelled_in_the_report(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    raw = _raw()
    cari = next(m for m in raw["medications"] if m["id"] == "carisoprodol")
    cari.pop("days", None)
    cari["end"] = "2026-12-05"
    step = {**cari, "id": "carisoprodol-step-2", "start": "2026-12-06", "end": "2026-12-10",
            "schedule": {"times": ["08:00", "20:00"]}}  # fmt: skip
    raw["medications"].append(step)
    text = pdf_text(_report(raw, tmp_path, catalogue))
    assert has_words(text, "Taper steps")
    assert has_words(text, "Step 1 of 2: 1 tablet 4 times a day")
    assert has_words(
        text, "Step 2 of 2: 1 tablet twice a day (08:00 and 20:00), from 6 Dec 2026 to 10 Dec 2026"
    )
    assert has_words(text, "step 2 of 2: 1 tablet twice a day")  # beside the medicine in the tables


# --- 8. non-Latin names print as themselves -------------------------------------------


@needs_poppler
def test_a_devanagari_name_prints_as_glyphs_not_a_box(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is not installed")
    raw = _raw(name=HINDI)
    out = _sheet(raw, tmp_path, catalogue)
    first = pdf_text(out, 1)
    assert "नायर" in first  # the text is there (pdftotext reads the simple clusters)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "NotoSansDevanagari" in fonts
    # The header line's name, as pixels: a glyph has ink and paper inside its box;
    # a missing-glyph box or a black bar is (nearly) all ink.
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(out), str(png)], check=True)
    from PySide6.QtGui import QImage

    image = QImage(str(next(tmp_path.glob("page*.png"))))
    width, height = image.width(), image.height()
    ptr = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = np.frombuffer(ptr.constBits(), np.uint8).reshape(height, ptr.bytesPerLine())[:, :width]
    # The patient's row of the title table: find the ink band of the name's line by
    # looking at where the word "Patient" ends; simpler and robust: the header band.
    band = data[int(height * 0.04) : int(height * 0.075), : int(width * 0.6)]
    ink = band < 128
    columns = np.flatnonzero(ink.any(axis=0))
    assert columns.size > 0
    rows = np.flatnonzero(ink.any(axis=1))
    box = ink[rows.min() : rows.max() + 1, columns.min() : columns.max() + 1]
    assert 0.05 < box.mean() < 0.5  # letters: mostly paper between the strokes
    # No solid run: no 12-pixel square of ink anywhere in the header line.
    solid = np.lib.stride_tricks.sliding_window_view(box, (12, 12)).all(axis=(2, 3))
    assert not solid.any()


@needs_poppler
def test_an_arabic_name_in_the_header_keeps_the_dates_in_order(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    raw = _raw(name="سامي الرفاعي")
    text = pdf_text(_report(raw, tmp_path, catalogue), 1, layout=True).splitlines()[0]
    assert text.rstrip().endswith("1 Dec 2026 to 12 Dec 2026")


# --- 9. pictures ------------------------------------------------------------------------


def _image_widths_cm(pdf: Path) -> list[float]:
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True)
    widths = []
    for line in listing.stdout.splitlines()[2:]:
        cols = line.split()
        pixels, ppi = int(cols[3]), float(cols[12])
        widths.append(pixels / ppi * 2.54)
    return widths


@needs_poppler
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_each_pose_is_at_least_4_cm_wide(
    gui_app: object, catalogue: Catalogue, tmp_path: Path, paper: str
) -> None:
    if not shutil.which("pdfimages"):
        pytest.skip("pdfimages is not installed")
    widths = _image_widths_cm(_sheet(_raw(), tmp_path, catalogue, paper))
    assert widths
    assert all(w / 2 >= 4.0 for w in widths), widths  # two poses side by side


@needs_poppler
def test_a_custom_exercise_shows_its_picture_or_an_empty_frame(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    import base64

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    picture = QImage(300, 150, QImage.Format.Format_RGB32)
    picture.fill(QColor("#336699"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    uri = "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode()
    jpeg = QByteArray()
    buffer = QBuffer(jpeg)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.scaled(200, 120).save(buffer, "JPEG")
    jpeg_uri = "data:image/jpeg;base64," + base64.b64encode(bytes(jpeg.data())).decode()
    raw = _raw()
    stretch = next(a for a in raw["activities"] if a["id"] == "morning-stretch")
    stretch["exercises"] = [
        {"exercise": "custom", "custom": {"name": "Wall slide", "instructions": "Slide up the wall.",
                                           "image": uri}},
        {"exercise": "custom", "custom": {"name": "Chair squat", "instructions": "Sit and stand."}},
        {"exercise": "custom", "custom": {"name": "Step up", "instructions": "One step.", "image": jpeg_uri}},
    ]  # fmt: skip
    out = _sheet(raw, tmp_path, catalogue)
    text = pdf_text(out)
    assert has_words(text, "Wall slide") and has_words(text, "Chair squat")
    assert has_words(text, "No picture: ask your clinician to show you.")
    if shutil.which("pdfimages"):
        listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True)
        sizes = {tuple(line.split()[3:5]) for line in listing.stdout.splitlines()[2:]}
        assert ("300", "150") in sizes  # the clinician's picture, as it was
        assert ("200", "120") in sizes  # and a JPEG one


# --- 10. page breaks -------------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_ten_exercises_each_card_on_one_page(
    gui_app: object, catalogue: Catalogue, tmp_path: Path, paper: str
) -> None:
    raw = _raw()
    library = [
        "knee-to-chest", "pelvic-tilt", "cat-cow", "bird-dog", "bridge", "bottom-to-heels",
        "knee-rolls", "prone-press-up", "back-extension", "hamstring-stretch",
    ]  # fmt: skip
    stretch = next(a for a in raw["activities"] if a["id"] == "morning-stretch")
    stretch["exercises"] = [{"exercise": ex, "reps": 5} for ex in library]
    out = _sheet(raw, tmp_path, catalogue, paper)
    import json

    from backplan.resources_path import resources_dir

    entries = {
        e["id"]: e
        for e in json.loads((resources_dir() / "exercises" / "library.json").read_text())["exercises"]
    }
    texts = [pdf_text(out, p) for p in range(1, pdf_pages(out) + 1)]
    for ex in library:
        entry = entries[ex]
        # The card's name, first and last step on one page (a split card has them apart).
        whole = [
            p
            for p, t in enumerate(texts)
            if all(has_words(t, part) for part in (entry["name"], entry["steps"][0], entry["steps"][-1]))
        ]
        assert whole, ex
    for page, text in enumerate(texts):
        body = [line for line in text.splitlines() if line.strip()]
        # The last body line above the footer is never a heading.
        last = body[-3] if len(body) >= 3 else ""
        assert last not in ("Medicines", "Activities and exercises", "Heat and cold safely"), (page, last)


# --- 11. cautions and what helped ------------------------------------------------------


@needs_poppler
def test_a_prescribed_naproxen_carries_no_otc_caution(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    raw = _raw()
    ibu = next(m for m in raw["medications"] if m["id"] == "ibuprofen")
    ibu.update(
        name="Naproxen 500 mg", ingredients=[{"substance": "naproxen", "mg": 500}], prescriber="Dr. Ana Ortiz"
    )
    text = pdf_text(_sheet(raw, tmp_path, catalogue))
    assert has_words(text, "Naproxen 500 mg")
    assert "OTC" not in text
    assert has_words(text, "Do not take two NSAIDs together")
    ibu.pop("prescriber")
    (tmp_path / "again").mkdir()
    text = pdf_text(_sheet(raw, tmp_path / "again", catalogue))
    assert "US OTC label for naproxen sodium" in " ".join(text.split())


@needs_poppler
def test_what_helped_needs_five_days_each_side(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> None:
    raw = _raw()
    raw["log"] = [_entry(f"2026-12-{d:02d}T20:00:00-06:00", 8 - d // 2) for d in range(1, 13)]
    # Stretching done on the last six days (pain is lower then anyway: the trend).
    raw["events"] = [
        {"item": "morning-stretch", "status": "done", "scheduled_for": f"2026-12-{d:02d}T07:15:00-06:00",
         "at": f"2026-12-{d:02d}T07:20:00-06:00"}
        for d in range(7, 13)
    ]  # fmt: skip
    # The walk only on three days: too few to compare.
    raw["events"] += [
        {"item": "evening-walk", "status": "done", "scheduled_for": f"2026-12-{d:02d}T18:00:00-06:00",
         "at": f"2026-12-{d:02d}T18:05:00-06:00"}
        for d in (2, 4, 9)
    ]  # fmt: skip
    raw["events"].sort(key=lambda e: e["at"])
    text = pdf_text(_report(raw, tmp_path, catalogue))
    section = text[text.index("What helped?") :]
    assert has_words(section, "association, not cause")
    assert has_words(section, "Stretching")
    assert has_words(section, "(n = 6 days)")
    assert has_words(section, "the pain trend alone could explain this")
    assert "Walks" not in section.split("Pain and mobility log")[0]


@needs_poppler
def test_a_removed_record_counts_for_nothing(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> None:
    raw = _raw()
    raw["events"] = [
        {"item": "carisoprodol", "status": "done", "scheduled_for": "2026-12-01T08:00:00-06:00",
         "at": "2026-12-01T08:05:00-06:00",
         "removed": {"at": "2026-12-01T08:07:00-06:00", "reason": "tapped the wrong dose"}},
    ]  # fmt: skip
    first = pdf_text(_report(raw, tmp_path, catalogue), 1)
    assert has_words(first, "Medicine doses: not recorded")
    assert has_words(first, "Days with no record at all (no log entry, dose or activity): 12 of 12")


def test_a_chart_title_in_hindi_and_arabic_has_every_glyph(tmp_path: Path) -> None:
    """Matplotlib warns for each glyph no font of the figure has (a box is drawn)."""
    import warnings

    from backplan.reports.charts import write_chart

    raw = example_json("with-history.backplan.json")
    raw["patient"]["name"] = f"{HINDI} سامي"
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*missing from font")
        write_chart(_doc(raw), tmp_path / "chart.png", None, None, now=datetime(2026, 11, 26, 12, tzinfo=UTC))
    assert (tmp_path / "chart.png").stat().st_size > 0


@needs_poppler
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_log_row_is_split_between_pages(
    gui_app: object, catalogue: Catalogue, tmp_path: Path, paper: str
) -> None:
    """Each entry's date and its time (two lines of one cell) are on the same page."""
    import re

    from report_builders import long_history

    doc = long_history(days=120)
    out = tmp_path / "log.pdf"
    write_report(doc, out, None, None, catalogue=catalogue, now=datetime(2025, 5, 6, tzinfo=UTC), paper=paper)
    rows = 0
    in_log = False
    for page in range(1, pdf_pages(out) + 1):
        lines = [line for line in pdf_text(out, page, layout=True).splitlines() if line.strip()]
        in_log = in_log or any("Pain and mobility log" in line for line in lines)
        if not in_log:
            continue
        body = lines[1:-1]  # without the header and the footer
        for index, line in enumerate(body):
            if re.match(r"^\s*\d{1,2} [A-Z][a-z]{2} 20\d\d\s+\d", line):
                rows += 1
                assert index + 1 < len(body) and "21:00" in body[index + 1], (page, line)
    assert rows == len(doc.log)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_heading_ends_a_page_and_no_box_splits(
    gui_app: object, catalogue: Catalogue, tmp_path: Path, paper: str
) -> None:
    """Laid out as printed: each heading shares its page with what follows it, and
    every table shorter than a page (exercise card, medicine box, grid part, red-flag
    box) lies on one page."""
    from PySide6.QtGui import QPdfWriter, QTextCursor, QTextTable

    from backplan.reports import qtdoc
    from backplan.reports.sheet import build_sheet_document

    raw = _flare_raw()
    stretch = next(a for a in raw["activities"] if a["id"] == "morning-stretch")
    stretch["exercises"] = [
        {"exercise": ex, "reps": 5}
        for ex in ("knee-to-chest", "pelvic-tilt", "cat-cow", "bird-dog", "bridge", "bottom-to-heels",
                   "knee-rolls", "prone-press-up", "back-extension", "hamstring-stretch")
    ]  # fmt: skip
    document = build_sheet_document(
        _doc(raw), week=date(2026, 12, 7), paper=paper, catalogue=catalogue, now=NOW
    )
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setPageLayout(qtdoc.page_layout(paper))
    writer.setResolution(qtdoc.PDF_DPI)
    qtdoc.lay_out(document, writer, header=True, numbers=True)
    layout = document.documentLayout()
    height = document.pageSize().height()
    block = document.begin()
    headings = 0
    while block.next().isValid():
        if block.blockFormat().headingLevel() > 0 and QTextCursor(block).currentTable() is None:
            headings += 1
            top = layout.blockBoundingRect(block).top()
            after = layout.blockBoundingRect(block.next()).bottom()
            assert int((top + 1) // height) == int((after - 1) // height), block.text()
        block = block.next()
    assert headings >= 5
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            first = layout.blockBoundingRect(document.findBlock(frame.firstPosition())).top()
            last = layout.blockBoundingRect(document.findBlock(frame.lastPosition())).bottom()
            if last - first < height * 0.9:
                assert int((first + 1) // height) == int((last - 1) // height), document.findBlock(
                    frame.firstPosition()
                ).text()
