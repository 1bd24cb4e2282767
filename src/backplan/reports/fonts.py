"""The fonts backplan brings with it, so any script a patient writes in prints as itself.

A computer without a Devanagari font printed a Hindi name as solid black boxes (they
read as redactions) and showed it blank in the print preview. backplan therefore
bundles free fonts (the Noto families, SIL Open Font License: ``resources/fonts/OFL.txt``)
for Latin, Devanagari and Arabic, and registers them with Qt (documents, print
preview, window) and with matplotlib (charts) before anything is drawn.

QtGui only (no widgets): the command line registers them on its offscreen
application; the window registers Qt's at start (``app.py``: matplotlib is not loaded
before the first paint) and the first chart matplotlib's, often on a worker thread.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Final

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from backplan.resources_path import resources_dir

log = logging.getLogger(__name__)

# The families, in the order text looks for a glyph in them: Latin (and Greek and
# Cyrillic) first, then Devanagari, then Arabic. The system's fonts come after these.
FONT_FAMILIES: Final = ("Noto Sans", "Noto Sans Devanagari", "Noto Naskh Arabic")
FONT_FILES: Final = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoSans-BoldItalic.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
)
LICENCE_FILE: Final = "OFL.txt"

_qt_done = False
_mpl_done = False
_mpl_lock = threading.Lock()  # the first chart may be drawn on two workers at once
_qt_families: list[str] = []  # the families Qt read from the bundled files


def font_paths() -> list[Path]:
    """The bundled font files (all of them must be there: a missing one is a broken install)."""
    folder = resources_dir() / "fonts"
    return [folder / name for name in FONT_FILES]


def register_fonts() -> None:
    """Registers the bundled fonts with Qt (needs a Qt application) and with matplotlib.

    Safe to call more than once; the work is done once per process. A font that
    cannot be read is logged and skipped: text then falls back to the system's fonts,
    which is what happened before, rather than no paper at all.
    """
    register_qt_fonts()
    register_chart_fonts()


def register_qt_fonts() -> None:
    global _qt_done
    if _qt_done:
        return
    if QGuiApplication.instance() is None:
        return  # called again once there is an application
    for path in font_paths():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the bundled font %s", path)
            continue
        _qt_families.extend(QFontDatabase.applicationFontFamilies(font_id))
    _qt_done = True


def registered_families() -> list[str]:
    """The families registered from backplan's own files (not the system's)."""
    return list(dict.fromkeys(_qt_families))


def register_chart_fonts() -> None:
    """Adds the fonts to matplotlib and puts them first in its sans-serif list.

    Matplotlib picks a fallback font per glyph from ``font.sans-serif`` (since 3.6),
    so a Hindi name in a chart title takes its glyphs from Noto Sans Devanagari
    while the rest stays in DejaVu Sans.
    """
    with _mpl_lock:
        _register_chart_fonts()


def _register_chart_fonts() -> None:
    global _mpl_done
    if _mpl_done:
        return
    import matplotlib
    from matplotlib import font_manager

    for path in font_paths():
        try:
            font_manager.fontManager.addfont(str(path))
        except (OSError, RuntimeError, ValueError):
            log.warning("could not load the bundled font %s for charts", path)
    rc = matplotlib.rcParams
    rest = [name for name in rc["font.sans-serif"] if name not in FONT_FAMILIES]
    # DejaVu Sans (which matplotlib bundles) stays first, so the charts' Latin text
    # and its layout are what they were; the bundled families follow for the
    # scripts it lacks.
    first = [name for name in rest[:1] if name == "DejaVu Sans"]
    rc["font.sans-serif"] = [*first, *FONT_FAMILIES, *rest[len(first) :]]
    # Per-glyph fallback runs over the families named in ``font.family`` (a generic
    # "sans-serif" there stands for one font only), so they are named there.
    rc["font.family"] = [*first, *FONT_FAMILIES, "sans-serif"]
    _mpl_done = True


def document_font(point_size: float) -> QFont:
    """A ``QFont`` of the bundled families (each script finds its own), at ``point_size``."""
    register_qt_fonts()
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSizeF(point_size)
    return font


__all__ = [
    "FONT_FAMILIES",
    "FONT_FILES",
    "LICENCE_FILE",
    "document_font",
    "font_paths",
    "register_chart_fonts",
    "register_fonts",
    "register_qt_fonts",
    "registered_families",
]
