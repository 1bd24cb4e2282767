"""Lenient views of the exercise library for the window: names, sources, thumbnails.

The library itself is read by :mod:`backplan.ui.common.exercise_library` (one reader for the
whole app). The window shows a plan from any file, so a missing or damaged library
must not stop it: here an exercise it cannot find is shown by its id, without a
picture.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter

from backplan.domain.model import ExercisePrescription

from .exercise_library import ExerciseLibrary, LibraryError, bundled_library, svg_renderer

log = logging.getLogger(__name__)


@cache
def _library() -> ExerciseLibrary | None:
    try:
        return bundled_library()
    except (LibraryError, FileNotFoundError) as exc:
        log.warning("the exercise library cannot be read: %s", exc)
        return None


def exercise_name(ex: ExercisePrescription) -> str:
    if ex.custom is not None:
        return ex.custom.name
    lib = _library()
    entry = lib.get(ex.exercise) if lib is not None else None
    return entry.name if entry is not None else ex.exercise


def library_sources() -> list[str]:
    """Each distinct source the library cites, in the library's order."""
    lib = _library()
    return [] if lib is None else list(dict.fromkeys(e.source for e in lib if e.source))


_thumbnails: dict[tuple[str, int], QImage] = {}


def thumbnail(exercise_id: str, size: int = 64) -> QImage | None:
    """The exercise's picture drawn at ``size`` pixels high (cached), or None.

    A ``QImage`` rather than a ``QPixmap``: it can be drawn without a running
    application, so a model can answer ``data()`` anywhere (tests, a print job).
    """
    key = (exercise_id, size)
    if key in _thumbnails:
        return _thumbnails[key]
    lib = _library()
    entry = lib.get(exercise_id) if lib is not None else None
    renderer = svg_renderer(entry) if entry is not None else None
    if renderer is None:
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
