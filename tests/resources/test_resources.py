"""The bundled content in ``resources/``: exercise library, medicine catalogue, safety
texts, icons and desktop integration files.

These check the files themselves (shape, completeness, that the pictures render and
the desktop metadata validates), independently of the code that reads them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, get_args

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from backplan.safety.catalogue import SubstanceClass

RESOURCES = Path(__file__).resolve().parents[2] / "resources"

EXERCISE_IDS = [
    "knee-to-chest",
    "pelvic-tilt",
    "cat-cow",
    "bird-dog",
    "bridge",
    "bottom-to-heels",
    "knee-rolls",
    "prone-press-up",
    "back-extension",
    "piriformis-stretch",
    "hamstring-stretch",
    "walking",
]
EXERCISE_KEYS = {
    "id",
    "name",
    "purpose",
    "steps",
    "typical_dose",
    "source",
    "cautions",
    "image",
    "default_hold_seconds",
    "default_reps",
    "each_side",
}

REQUIRED_SUBSTANCES = {
    "carisoprodol",
    "cyclobenzaprine",
    "methocarbamol",
    "tizanidine",
    "diazepam",
    "ibuprofen",
    "naproxen",
    "diclofenac",
    "aspirin",
    "acetaminophen",
    "tramadol",
    "codeine",
}
SUBSTANCE_KEYS = {
    "substance",
    "names",
    "class",
    "sedating",
    "max_mg_per_24h",
    "first_day_max_mg_per_24h",
    "max_doses_per_24h",
    "otc_max_mg_per_24h",
    "otc_max_days",
    "course_max_days",
    "labelled_strengths_mg",
    "counts_as",
    "min_age_years",
    "cautions",
    "source",
    "source_url",
    "note",
}
# The classes the safety layer reasons with (sedating combinations, duplicate NSAIDs).
CLASSES = set(get_args(SubstanceClass))

# Claims in marketing copy that the carisoprodol label does not support (FACTS.md).
UNSUPPORTED_PHRASES = [
    "blocks prostaglandins",
    "500 mg for severe cases",
    "low dependency risk",
    "fibromyalgia",
    "works in 30 minutes",
]
# The only web addresses the clinical facts give.
FACTS_URLS = {
    "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=6297cf20-830a-11dc-94c8-0002a5d5c51b",
}

ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
APP_ID = "org.backplan.Backplan"
DESKTOP_DIR = RESOURCES / "desktop"


def load(relative: str) -> Any:
    return json.loads((RESOURCES / relative).read_text(encoding="utf-8"))


def all_strings(value: Any) -> list[str]:
    """Every string anywhere inside a JSON value, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*all_strings(k), *all_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in all_strings(v)]
    return []


@pytest.fixture(scope="module")
def gui_app() -> QGuiApplication:
    app = QGuiApplication.instance()
    return app if app is not None else QGuiApplication([])  # type: ignore[return-value]


def render_svg(path: Path, width: int, height: int) -> QImage:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), f"{path.name} is not valid SVG for Qt"
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def count_non_white(image: QImage, step: int = 2) -> int:
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixelColor(x, y).lightness() < 240
    )


# --- exercise library ---------------------------------------------------------------


@pytest.fixture(scope="module")
def library() -> dict[str, Any]:
    data = load("exercises/library.json")
    assert isinstance(data, dict)
    return data


def test_library_has_the_spec_ids_in_order(library: dict[str, Any]) -> None:
    assert library["version"] == 1
    assert set(library) == {"version", "exercises"}
    assert [e["id"] for e in library["exercises"]] == EXERCISE_IDS


@pytest.mark.parametrize("index", range(len(EXERCISE_IDS)), ids=EXERCISE_IDS)
def test_exercise_entry_is_complete(library: dict[str, Any], index: int) -> None:
    entry = library["exercises"][index]
    assert set(entry) == EXERCISE_KEYS
    for key in ("name", "purpose", "typical_dose", "source", "image"):
        assert isinstance(entry[key], str) and entry[key].strip(), key
    assert 3 <= len(entry["steps"]) <= 6
    for step in entry["steps"]:
        assert isinstance(step, str) and step.strip()
        assert not re.match(r"\s*\d", step), f"step text should not be numbered: {step!r}"
    assert entry["cautions"] and all(isinstance(c, str) and c for c in entry["cautions"])
    assert any("severe" in c and "spread" in c and "clinician" in c for c in entry["cautions"]), (
        "every exercise carries the stop-if-severe-or-spreading-pain caution"
    )
    assert entry["image"] == f"{entry['id']}.svg"
    for key in ("default_hold_seconds", "default_reps"):
        value = entry[key]
        assert value is None or (type(value) is int and value > 0), key
    assert type(entry["each_side"]) is bool


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_exercise_image_renders(gui_app: QGuiApplication, exercise_id: str) -> None:
    path = RESOURCES / "exercises" / f"{exercise_id}.svg"
    assert path.is_file()
    assert path.stat().st_size < 6 * 1024
    text = path.read_text(encoding="utf-8")
    assert 'viewBox="0 0 400 200"' in text
    for forbidden in ("<text", "<image", "filter", "var(", "xlink:href", "http://", "<style"):
        assert forbidden not in text.replace("http://www.w3.org/2000/svg", ""), forbidden
    ET.fromstring(text)  # well-formed XML
    image = render_svg(path, 400, 200)
    assert not image.isNull()
    # Above the floor line, away from the arrow in the middle: the figures themselves.
    left = image.copy(0, 0, 186, 170)
    right = image.copy(214, 0, 186, 170)
    assert count_non_white(left) > 60, "the start position is drawn on the left half"
    assert count_non_white(right) > 60, "the end position is drawn on the right half"


# --- medicine catalogue -------------------------------------------------------------


@pytest.fixture(scope="module")
def catalogue() -> dict[str, Any]:
    data = load("medicines/catalogue.json")
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def substances(catalogue: dict[str, Any]) -> dict[str, dict[str, Any]]:
    by_name = {entry["substance"]: entry for entry in catalogue["substances"]}
    assert len(by_name) == len(catalogue["substances"]), "a substance is listed twice"
    return by_name


def test_catalogue_has_the_required_substances(
    catalogue: dict[str, Any], substances: dict[str, dict[str, Any]]
) -> None:
    assert catalogue["version"] == 1
    assert set(catalogue) == {"version", "substances"}
    assert set(substances) >= REQUIRED_SUBSTANCES


def test_catalogue_entries_have_exactly_the_keys(substances: dict[str, dict[str, Any]]) -> None:
    for name, entry in substances.items():
        assert set(entry) == SUBSTANCE_KEYS, name
        assert name == name.strip().lower(), name
        assert entry["class"] in CLASSES, name
        assert type(entry["sedating"]) is bool, name
        assert all(isinstance(n, str) and n.strip() for n in entry["names"]), name
        for key in ("max_mg_per_24h", "first_day_max_mg_per_24h", "otc_max_mg_per_24h"):
            value = entry[key]
            assert value is None or (type(value) in (int, float) and value > 0), (name, key)
        for key in ("max_doses_per_24h", "otc_max_days", "course_max_days"):
            value = entry[key]
            assert value is None or (type(value) is int and value >= 1), (name, key)
        assert all(type(s) in (int, float) and s > 0 for s in entry["labelled_strengths_mg"]), name
        assert entry["cautions"] and all(isinstance(c, str) and c for c in entry["cautions"])
        assert entry["note"] is None or (isinstance(entry["note"], str) and entry["note"])


def test_every_entry_names_its_source(substances: dict[str, dict[str, Any]]) -> None:
    for name, entry in substances.items():
        assert isinstance(entry["source"], str) and entry["source"].strip(), name
        assert entry["source_url"] is None or entry["source_url"] in FACTS_URLS, name


def test_carisoprodol_limits(substances: dict[str, dict[str, Any]]) -> None:
    soma = substances["carisoprodol"]
    assert soma["class"] == "muscle_relaxant"
    assert soma["sedating"] is True
    assert soma["max_mg_per_24h"] == 1400
    assert soma["course_max_days"] == 21
    assert soma["labelled_strengths_mg"] == [250, 350]
    assert "Soma" in soma["names"]
    assert "6297cf20-830a-11dc-94c8-0002a5d5c51b" in soma["source"]
    cautions = " ".join(soma["cautions"]).lower()
    for phrase in (
        "two or three weeks",
        "withdrawal",
        "ask your prescriber how to stop",
        "alcohol",
        "drive",
        "opioids",
        "benzodiazepines",
        "cyp2c19",
        "under 16 or over 65",
        "breast milk",
        "no missed-dose guidance on the label: ask your pharmacist",
        "european medicines agency",
    ):
        assert phrase in cautions, phrase


@pytest.mark.parametrize(
    ("substance", "key", "expected"),
    [
        ("naproxen", "first_day_max_mg_per_24h", 1250),
        ("methocarbamol", "first_day_max_mg_per_24h", 8000),
        ("tizanidine", "max_doses_per_24h", 3),
        ("ibuprofen", "otc_max_mg_per_24h", 1200),
        ("naproxen", "otc_max_mg_per_24h", 660),
        ("naproxen", "otc_max_days", 10),
        ("naproxen sodium", "otc_max_mg_per_24h", 660),
        ("ibuprofen", "otc_max_days", 10),
        ("naproxen sodium", "otc_max_days", 10),
        ("naproxen sodium", "max_mg_per_24h", 1100),
        ("naproxen sodium", "first_day_max_mg_per_24h", 1375),
        ("carisoprodol", "max_doses_per_24h", 4),
        ("ketorolac", "course_max_days", 5),
        ("celecoxib", "first_day_max_mg_per_24h", 600),
        ("cyclobenzaprine", "course_max_days", 21),
        ("acetaminophen", "max_mg_per_24h", 4000),
        ("ibuprofen", "max_mg_per_24h", 3200),
    ],
)
def test_catalogue_figures_from_the_facts(
    substances: dict[str, dict[str, Any]], substance: str, key: str, expected: int
) -> None:
    assert substances[substance][key] == expected


def test_only_the_labels_with_a_first_day_figure_have_a_first_day_maximum(
    substances: dict[str, dict[str, Any]],
) -> None:
    with_first_day = {n for n, e in substances.items() if e["first_day_max_mg_per_24h"]}
    assert with_first_day == {"naproxen", "naproxen sodium", "methocarbamol", "celecoxib"}


def test_sedating_substances_carry_the_alcohol_and_driving_caution(
    substances: dict[str, dict[str, Any]],
) -> None:
    sedating = {n for n, e in substances.items() if e["sedating"]}
    assert {"carisoprodol", "diazepam", "tramadol", "codeine"} <= sedating
    for name in sedating:
        text = " ".join(substances[name]["cautions"]).lower()
        assert "alcohol" in text and "drive" in text, name


def test_nsaid_and_acetaminophen_cautions(substances: dict[str, dict[str, Any]]) -> None:
    nsaids = {n for n, e in substances.items() if e["class"] == "nsaid"}
    assert {"ibuprofen", "naproxen", "diclofenac", "aspirin"} <= nsaids
    for name in nsaids:
        text = " ".join(substances[name]["cautions"]).lower()
        assert "two nsaids" in text and "stomach bleeding" in text, name
    paracetamol = substances["acetaminophen"]
    assert "paracetamol" in paracetamol["names"]
    text = " ".join(paracetamol["cautions"]).lower()
    assert "add it up" in text and "3,000 mg" in text


def test_figures_to_verify_say_so(substances: dict[str, dict[str, Any]]) -> None:
    marker = "as given in the project's clinical facts; verify against the product label"
    for name in ("methocarbamol", "diazepam", "diclofenac", "aspirin", "codeine"):
        assert marker in (substances[name]["note"] or ""), name


def test_no_names_shared_between_substances(substances: dict[str, dict[str, Any]]) -> None:
    seen: dict[str, str] = {n: n for n in substances}
    for name, entry in substances.items():
        for alias in entry["names"]:
            owner = seen.setdefault(alias.casefold(), name)
            assert owner == name, f"{alias!r} names both {owner} and {name}"


@pytest.mark.parametrize(
    "relative", ["medicines/catalogue.json", "exercises/library.json", "safety/texts.json"]
)
def test_no_unsupported_marketing_claims(relative: str) -> None:
    text = " ".join(all_strings(load(relative))).lower()
    for phrase in UNSUPPORTED_PHRASES:
        assert phrase not in text, f"{relative} repeats the unsupported claim {phrase!r}"


def test_opioid_appears_only_as_a_class_or_in_a_caution(
    substances: dict[str, dict[str, Any]],
) -> None:
    assert {n for n, e in substances.items() if e["class"] == "opioid"} == {
        "tramadol",
        "codeine",
        "hydrocodone",
        "oxycodone",
        "morphine",
    }
    soma = substances["carisoprodol"]
    assert soma["class"] != "opioid"
    for caution in soma["cautions"]:
        if "opioid" in caution.lower():
            # A warning about taking it with opioids, never a claim that it is one.
            assert "opioids" in caution.lower() and ("drows" in caution or "breathing" in caution), caution


# --- safety texts -------------------------------------------------------------------


@pytest.fixture(scope="module")
def texts() -> dict[str, Any]:
    data = load("safety/texts.json")
    assert isinstance(data, dict)
    return data


def test_safety_texts_keys(texts: dict[str, Any]) -> None:
    assert texts["version"] == 1
    for key in (
        "red_flag_advice",
        "red_flags",
        "heat_cold_safety",
        "heat_cold_source",
        "disclaimer",
        "missed_dose",
        "guidelines",
        "measures",
        "side_effects",
        "locations",
    ):
        assert key in texts, key


def test_red_flag_texts(texts: dict[str, Any]) -> None:
    advice = texts["red_flag_advice"]
    assert advice["title"].strip() and advice["body"].strip()
    assert advice["source"] == "NHS / HSC guidance"
    assert set(texts["red_flags"]) == {
        "both_legs",
        "saddle_numbness",
        "bladder_bowel",
        "leg_weakness",
        "fever",
        "trauma",
        "night_pain",
        "weight_loss",
    }
    assert all(isinstance(v, str) and v.strip() for v in texts["red_flags"].values())
    emergency = texts["red_flag_emergency"]
    assert emergency["title"] == "Go to an emergency department now"
    assert emergency["body"].strip()


def test_label_sets_match_the_plan_format(texts: dict[str, Any]) -> None:
    assert set(texts["side_effects"]) == {
        "drowsiness",
        "dizziness",
        "headache",
        "fatigue",
        "nausea",
        "other",
    }
    assert set(texts["locations"]) == {
        "lower_back",
        "upper_back",
        "neck",
        "buttock_left",
        "buttock_right",
        "leg_left",
        "leg_right",
    }


def test_heat_cold_disclaimer_and_missed_dose(texts: dict[str, Any]) -> None:
    safety = " ".join(texts["heat_cold_safety"]).lower()
    for phrase in ("cloth", "15-20 minutes", "numb", "sleep", "switches itself off"):
        assert phrase in safety, phrase
    assert "CD004750" in texts["heat_cold_source"]
    assert "never changes a dose" in texts["disclaimer"]
    assert "pharmacist" in texts["missed_dose"]


def test_guidelines_and_measures(texts: dict[str, Any]) -> None:
    guidelines = texts["guidelines"]
    assert {g["id"] for g in guidelines} == {"acp-2017", "nice-ng59"}
    for g in guidelines:
        assert g["summary"].strip() and g["source"].strip()
    measures = texts["measures"]
    assert measures["pain"]["loinc"] == "72514-3"
    assert "Stratford" in measures["psfs"]["attribution"]
    assert "1995" in measures["psfs"]["attribution"]
    assert "a change of 2 points is meaningful" in measures["psfs"]["meaningful_change"]


# --- icons --------------------------------------------------------------------------


def test_icon_svg_renders(gui_app: QGuiApplication) -> None:
    source = RESOURCES / "icons" / "backplan.svg"
    image = render_svg(source, 64, 64)
    assert count_non_white(image, step=1) > 500
    scalable = RESOURCES / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == source.read_bytes()


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_has_its_size(gui_app: QGuiApplication, size: int) -> None:
    path = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert path.is_file()
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)


# --- desktop integration ------------------------------------------------------------


def run_tool(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    return subprocess.run([tool, *args], capture_output=True, text=True, timeout=60)


def test_desktop_entry_validates() -> None:
    path = DESKTOP_DIR / f"{APP_ID}.desktop"
    result = run_tool("desktop-file-validate", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower() and "warning" not in result.stdout.lower()


def test_desktop_entry_fields() -> None:
    lines = (DESKTOP_DIR / f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
    fields = dict(line.split("=", 1) for line in lines if "=" in line)
    assert lines[0] == "[Desktop Entry]"
    assert fields["Type"] == "Application"
    assert fields["Name"] == "backplan"
    assert fields["Exec"] == "backplan-gui %f"
    assert fields["Icon"] == APP_ID
    assert fields["Terminal"] == "false"
    assert fields["MimeType"] == "application/x-backplan+json;"
    assert fields["StartupWMClass"] == "backplan"


def test_metainfo_validates() -> None:
    path = DESKTOP_DIR / f"{APP_ID}.metainfo.xml"
    result = run_tool("appstreamcli", "validate", "--no-net", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    issues = [line for line in result.stdout.splitlines() if re.match(r"\s*[EW]:", line)]
    assert not issues, issues


def test_metainfo_fields() -> None:
    root = ET.parse(DESKTOP_DIR / f"{APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "backplan"
    assert root.findtext("screenshots/screenshot/caption")
    release = root.find("releases/release")
    assert release is not None
    assert (release.get("version"), release.get("date")) == ("0.1.0", "2026-11-26")


def test_mime_package() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(DESKTOP_DIR / "backplan-mime.xml").getroot()
    mime = root.find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == "application/x-backplan+json"
    glob = mime.find("m:glob", ns)
    assert glob is not None and glob.get("pattern") == "*.backplan.json"
