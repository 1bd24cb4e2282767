"""The bundled exercise library as typed values, and its pictures for any view.

``load_library`` reads ``resources/exercises/library.json`` into :class:`LibraryEntry`
values with plain Python only, so the routine's step list, the plan sheet and the
tests can use the library without a ``QApplication``. The picture helpers below it
(:func:`svg_renderer`, :func:`render_picture`, :func:`exercise_icon`) do need one, and
are what the player, the picker and the Plan section draw with.

The loader is strict: the library ships with backplan and is checked by the tests, so
a malformed entry is a bug to report loudly (:class:`LibraryError`, naming the entry
and field) rather than an exercise that silently loses its steps or its cautions.
A plan may still name an id the library lacks (an older library, a hand-edited file);
callers handle that through :meth:`ExerciseLibrary.get` returning ``None``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from backplan.resources_path import resources_dir

LIBRARY_FILENAME = "library.json"


class LibraryError(ValueError):
    """The library file is missing or does not have the expected shape."""


@dataclass(frozen=True)
class LibraryEntry:
    """One exercise of the bundled library, with everything a person is shown about it."""

    id: str
    name: str
    purpose: str
    steps: tuple[str, ...]
    typical_dose: str
    source: str
    cautions: tuple[str, ...]
    image: Path | None
    default_hold_seconds: int | None
    default_reps: int | None
    each_side: bool

    def matches(self, text: str) -> bool:
        """Whether a search for ``text`` finds this entry (id, name or purpose, any case)."""
        needle = text.strip().casefold()
        if not needle:
            return True
        haystack = " ".join((self.id, self.name, self.purpose)).casefold()
        return all(word in haystack for word in needle.split())


@dataclass(frozen=True)
class ExerciseLibrary:
    """The entries in the library file's order, looked up by id."""

    entries: Mapping[str, LibraryEntry]
    folder: Path

    def get(self, exercise_id: str) -> LibraryEntry | None:
        return self.entries.get(exercise_id)

    def __getitem__(self, exercise_id: str) -> LibraryEntry:
        return self.entries[exercise_id]

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self.entries

    def __iter__(self) -> Iterator[LibraryEntry]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def ids(self) -> list[str]:
        return list(self.entries)

    def search(self, text: str) -> list[LibraryEntry]:
        """The entries a picker's search box should show for ``text``, in library order."""
        return [entry for entry in self if entry.matches(text)]


# --- pure loading ----------------------------------------------------------------------


def _field(raw: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in raw:
        raise LibraryError(f"{where}.{key}: missing")
    return raw[key]


def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = _field(raw, key, where)
    if not isinstance(value, str) or not value.strip():
        raise LibraryError(f"{where}.{key}: expected non-empty text, got {value!r}")
    return value


def _texts(raw: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = _field(raw, key, where)
    # Empty is refused too: an exercise without steps or cautions is an unfinished entry.
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise LibraryError(f"{where}.{key}: expected a non-empty list of non-empty texts")
    return tuple(value)


def _optional_count(raw: Mapping[str, Any], key: str, where: str) -> int | None:
    value = _field(raw, key, where)
    if value is None:
        return None
    # bool is an int in Python; a "true" hold time is a typo, not one second.
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise LibraryError(f"{where}.{key}: expected a whole number of at least 1 or null")
    return value


def _entry(raw: Any, folder: Path, where: str) -> LibraryEntry:
    if not isinstance(raw, dict):
        raise LibraryError(f"{where}: expected an object")
    each_side = _field(raw, "each_side", where)
    if not isinstance(each_side, bool):
        raise LibraryError(f"{where}.each_side: expected true or false")
    image_name = _field(raw, "image", where)
    if image_name is not None and (
        not isinstance(image_name, str)
        or "/" in image_name
        or "\\" in image_name
        or image_name.startswith(".")
    ):
        # Only a plain file name inside the library folder: never a path out of it.
        raise LibraryError(f"{where}.image: expected a file name in the library folder")
    return LibraryEntry(
        id=_text(raw, "id", where),
        name=_text(raw, "name", where),
        purpose=_text(raw, "purpose", where),
        steps=_texts(raw, "steps", where),
        typical_dose=_text(raw, "typical_dose", where),
        source=_text(raw, "source", where),
        cautions=_texts(raw, "cautions", where),
        image=folder / image_name if image_name else None,
        default_hold_seconds=_optional_count(raw, "default_hold_seconds", where),
        default_reps=_optional_count(raw, "default_reps", where),
        each_side=each_side,
    )


def load_library(path: Path | None = None) -> ExerciseLibrary:
    """Reads the library file (the bundled one by default) without needing Qt running."""
    if path is None:
        path = resources_dir() / "exercises" / LIBRARY_FILENAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise LibraryError(f"{path}: cannot be read: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("exercises"), list):
        raise LibraryError(f"{path}: expected an object with an 'exercises' list")
    entries: dict[str, LibraryEntry] = {}
    for index, raw in enumerate(data["exercises"]):
        entry = _entry(raw, path.parent, f"exercises[{index}]")
        if entry.id in entries:
            raise LibraryError(f"exercises[{index}].id: {entry.id!r} appears twice")
        entries[entry.id] = entry
    return ExerciseLibrary(entries=entries, folder=path.parent)


@cache
def bundled_library() -> ExerciseLibrary:
    """The library that ships with backplan, read once per process."""
    return load_library()


# --- pictures (these need a QGuiApplication) --------------------------------------------


_renderers: dict[Path, QSvgRenderer] = {}


def svg_renderer(entry: LibraryEntry) -> QSvgRenderer | None:
    """The entry's drawing as a renderer (kept for reuse), or None if it has none or is broken."""
    if entry.image is None:
        return None
    cached = _renderers.get(entry.image)
    if cached is not None:
        return cached
    if not entry.image.is_file():
        return None
    renderer = QSvgRenderer(str(entry.image))
    if not renderer.isValid():
        return None
    _renderers[entry.image] = renderer
    return renderer


def fitted_rect(picture: QSizeF, target: QRectF) -> QRectF:
    """The largest rectangle of ``picture``'s proportions centred in ``target``.

    The drawings are made at one aspect ratio; stretching them to a window's shape
    would make a person look short and wide, so every view draws through this.
    """
    if picture.width() <= 0 or picture.height() <= 0 or target.isEmpty():
        return QRectF(target)
    scale = min(target.width() / picture.width(), target.height() / picture.height())
    width, height = picture.width() * scale, picture.height() * scale
    return QRectF(
        target.x() + (target.width() - width) / 2,
        target.y() + (target.height() - height) / 2,
        width,
        height,
    )


def paint_picture(painter: QPainter, renderer: QSvgRenderer, target: QRectF) -> None:
    """Draws the drawing into ``target`` at its own proportions, on a white card.

    The illustrations are drawn for paper (dark lines on white); on a dark desktop a
    white card behind them keeps the lines readable rather than inverting the art.
    """
    rect = fitted_rect(QSizeF(renderer.defaultSize()), target)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(Qt.GlobalColor.white))
    painter.drawRect(rect)
    renderer.render(painter, rect)
    painter.restore()


def render_picture(entry: LibraryEntry, size: QSize) -> QPixmap | None:
    """The drawing fitted into ``size`` pixels (transparent around it), or None."""
    renderer = svg_renderer(entry)
    if renderer is None or size.isEmpty():
        return None
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_picture(painter, renderer, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return QPixmap.fromImage(image)


_icons: dict[tuple[str, int], QIcon] = {}


def exercise_icon(entry: LibraryEntry, size: int = 64) -> QIcon:
    """A square thumbnail icon for lists and pickers (an empty icon if there is no picture)."""
    key = (entry.id, size)
    cached = _icons.get(key)
    if cached is not None:
        return cached
    pixmap = render_picture(entry, QSize(size, size))
    icon = QIcon(pixmap) if pixmap is not None else QIcon()
    _icons[key] = icon
    return icon


__all__ = [
    "ExerciseLibrary",
    "LibraryEntry",
    "LibraryError",
    "bundled_library",
    "exercise_icon",
    "fitted_rect",
    "load_library",
    "paint_picture",
    "render_picture",
    "svg_renderer",
]
