"""The bundled exercise library as the window needs it: names, sources, pictures.

Read once from ``resources/exercises/library.json``. The window shows a plan from any
file, so a missing or damaged library must not stop it: an exercise it cannot find is
shown by its id, without a picture.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from backplan.domain.model import ExercisePrescription
from backplan.resources_path import resources_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LibraryExercise:
    id: str
    name: str
    purpose: str
    source: str
    image: Path | None


@cache
def library() -> dict[str, LibraryExercise]:
    try:
        folder = resources_dir() / "exercises"
        data = json.loads((folder / "library.json").read_text(encoding="utf-8"))
        entries = data["exercises"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("the exercise library cannot be read: %s", exc)
        return {}
    found: dict[str, LibraryExercise] = {}
    for raw in entries:
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            continue
        image = raw.get("image")
        found[raw["id"]] = LibraryExercise(
            id=raw["id"],
            name=str(raw.get("name") or raw["id"]),
            purpose=str(raw.get("purpose") or ""),
            source=str(raw.get("source") or ""),
            image=folder / image if isinstance(image, str) else None,
        )
    return found


def exercise_name(ex: ExercisePrescription) -> str:
    if ex.custom is not None:
        return ex.custom.name
    entry = library().get(ex.exercise)
    return entry.name if entry is not None else ex.exercise


def library_sources() -> list[str]:
    """Each distinct source the library cites, in the library's order."""
    return list(dict.fromkeys(e.source for e in library().values() if e.source))


_thumbnails: dict[tuple[str, int], QImage] = {}


def thumbnail(exercise_id: str, size: int = 64) -> QImage | None:
    """The exercise's picture drawn at ``size`` pixels high (cached), or None.

    A ``QImage`` rather than a ``QPixmap``: it can be drawn without a running
    application, so a model can answer ``data()`` anywhere (tests, a print job).
    """
    key = (exercise_id, size)
    if key in _thumbnails:
        return _thumbnails[key]
    entry = library().get(exercise_id)
    if entry is None or entry.image is None or not entry.image.is_file():
        return None
    renderer = QSvgRenderer(str(entry.image))
    if not renderer.isValid():
        return None
    default = renderer.defaultSize()
    width = max(1, round(size * default.width() / max(1, default.height())))
    image = QImage(QSize(width, size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)  # the drawings are made for paper: keep them on white
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    _thumbnails[key] = image
    return image
