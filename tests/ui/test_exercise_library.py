"""The exercise library loader and its pictures.

The loader is pure Python (checked in a fresh interpreter with no QApplication), and
strict: each kind of damage to the file is refused with the place it was found.
Every bundled entry has its picture, and every picture renders into real pixels.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from backplan.domain.exercises import EXERCISE_IDS
from backplan.resources_path import resources_dir
from backplan.ui.common.exercise_library import (
    LibraryError,
    bundled_library,
    exercise_icon,
    fitted_rect,
    load_library,
    render_picture,
    svg_renderer,
)

LIBRARY_FILE = resources_dir() / "exercises" / "library.json"


def _bundled_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(LIBRARY_FILE.read_text(encoding="utf-8"))
    return data


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "library.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_bundled_library_has_every_id_of_the_file_format_in_order() -> None:
    library = load_library()
    assert library.ids() == list(EXERCISE_IDS)
    for entry in library:
        assert entry.steps and all(step.strip() for step in entry.steps)
        assert entry.cautions
        assert entry.image is not None and entry.image.is_file(), entry.id


def test_entries_carry_the_file_s_values() -> None:
    raw = {e["id"]: e for e in _bundled_data()["exercises"]}
    library = bundled_library()
    for exercise_id, entry in library.entries.items():
        source = raw[exercise_id]
        assert entry.name == source["name"]
        assert entry.steps == tuple(source["steps"])
        assert entry.cautions == tuple(source["cautions"])
        assert entry.default_hold_seconds == source["default_hold_seconds"]
        assert entry.default_reps == source["default_reps"]
        assert entry.each_side is source["each_side"]
    assert "Stop if pain spreads down your leg." in library["knee-to-chest"].cautions


def test_loading_needs_no_qapplication() -> None:
    """Run in a fresh interpreter: the step list and the plan sheet load it without a GUI."""
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from backplan.ui.common.exercise_library import load_library\n"
        "lib = load_library()\n"
        "assert QCoreApplication.instance() is None\n"
        "print(len(lib), lib['bridge'].name)\n"
    )
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # no display is needed either
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == str(len(EXERCISE_IDS))


def test_search_finds_by_name_id_and_purpose_in_library_order() -> None:
    library = bundled_library()
    # Cat-cow is done "on hands and knees": the purpose counts as well as the name.
    assert [e.id for e in library.search("knee")] == ["knee-to-chest", "cat-cow", "knee-rolls"]
    assert [e.id for e in library.search("HAMSTRING")] == ["hamstring-stretch"]
    assert len(library.search("  ")) == len(library)
    assert library.search("no such exercise") == []
    # Every word must match, wherever it is.
    assert [e.id for e in library.search("stretch lower back")] == ["knee-to-chest"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["exercises"][0].pop("steps"), "exercises[0].steps: missing"),
        (lambda d: d["exercises"][1].update(steps=[]), "exercises[1].steps"),
        (lambda d: d["exercises"][2].update(cautions=["ok", 3]), "exercises[2].cautions"),
        (lambda d: d["exercises"][3].update(name="  "), "exercises[3].name"),
        (lambda d: d["exercises"][4].update(default_hold_seconds=0), "exercises[4].default_hold_seconds"),
        (lambda d: d["exercises"][4].update(default_reps=True), "exercises[4].default_reps"),
        (lambda d: d["exercises"][5].update(each_side="yes"), "exercises[5].each_side"),
        (lambda d: d["exercises"][6].update(image="../../etc/passwd"), "exercises[6].image"),
        (lambda d: d["exercises"][7].update(id=d["exercises"][0]["id"]), "appears twice"),
        (lambda d: d["exercises"].append("bridge"), "expected an object"),
        (lambda d: d.pop("exercises"), "'exercises' list"),
    ],
)
def test_a_damaged_file_is_refused_with_where(tmp_path: Path, change: Any, message: str) -> None:
    data = _bundled_data()
    change(data)
    with pytest.raises(LibraryError) as caught:
        load_library(_write(tmp_path, data))
    assert message in str(caught.value)


def test_an_unreadable_file_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "library.json"
    broken.write_bytes(b'{"exercises": [')
    with pytest.raises(LibraryError, match="cannot be read"):
        load_library(broken)
    with pytest.raises(LibraryError, match="cannot be read"):
        load_library(tmp_path / "missing.json")


def test_the_unchanged_file_loads_from_anywhere(tmp_path: Path) -> None:
    """The same content in another folder loads, with pictures looked for next to it."""
    library = load_library(_write(tmp_path, _bundled_data()))
    assert library.ids() == list(EXERCISE_IDS)
    entry = library["bridge"]
    assert entry.image == tmp_path / "bridge.svg"
    assert library.get("no-such-id") is None


def test_every_picture_renders(qtbot: QtBot) -> None:
    del qtbot  # only for its QApplication
    for entry in bundled_library():
        renderer = svg_renderer(entry)
        assert renderer is not None and renderer.isValid(), entry.id
        pixmap = render_picture(entry, QSize(240, 120))
        assert pixmap is not None and not pixmap.isNull(), entry.id
        image = pixmap.toImage()
        # Something was drawn: the figure's dark lines are there, not just a white card.
        dark = sum(
            1
            for x in range(0, image.width(), 3)
            for y in range(0, image.height(), 3)
            if QColor(image.pixel(x, y)).lightness() < 100 and QColor(image.pixel(x, y)).alpha() > 200
        )
        assert dark > 20, entry.id
        icon = exercise_icon(entry, 48)
        assert not icon.isNull()
        assert not icon.pixmap(48, 48).isNull()


def test_a_missing_picture_gives_none_not_an_error(tmp_path: Path, qtbot: QtBot) -> None:
    del qtbot
    library = load_library(_write(tmp_path, _bundled_data()))  # no SVG files next to this copy
    entry = library["cat-cow"]
    assert svg_renderer(entry) is None
    assert render_picture(entry, QSize(100, 50)) is None
    assert exercise_icon(entry).isNull()


def test_fitted_rect_keeps_the_drawing_s_proportions() -> None:
    wide = fitted_rect(QSizeF(400, 200), QRectF(0, 0, 300, 300))
    assert (wide.width(), wide.height()) == (300, 150)
    assert wide.center() == QRectF(0, 0, 300, 300).center()
    tall = fitted_rect(QSizeF(400, 200), QRectF(10, 10, 1000, 100))
    assert (tall.width(), tall.height()) == (200, 100)
    assert tall.x() == 10 + 400
