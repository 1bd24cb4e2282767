"""Text size, style and language for the whole application.

The text size scales the application font, so every widget (and every heading, which
is sized relative to it) follows; 100 % is never below 10 points, a size that stays
readable for the people backplan is for. Colours are left to the platform palette so
that a dark desktop gives a dark window.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from backplan.resources_path import resources_dir

log = logging.getLogger(__name__)

MIN_BASE_POINTS = 10.0
_BASE_PROPERTY = "backplanBaseFontPoints"


def apply_text_scale(app: QApplication, percent: int) -> float:
    """Sets the application font to ``percent`` of the base size; returns the new size."""
    base = app.property(_BASE_PROPERTY)
    if not isinstance(base, float):
        base = max(MIN_BASE_POINTS, app.font().pointSizeF())
        app.setProperty(_BASE_PROPERTY, base)
    font = app.font()
    size = base * max(100, min(200, percent)) / 100
    font.setPointSizeF(size)
    app.setFont(font)
    return size


def install_translation(app: QCoreApplication, language: str) -> QTranslator | None:
    """Loads ``resources/translations/backplan_<lang>.qm`` if it exists; English otherwise.

    Dates follow the language the window speaks: the chosen (or system) language when
    its translation is there, else English in the system's country, so a German system
    without a German translation does not mix German month names into English text.
    """
    locale = QLocale(language) if language else QLocale.system()
    translator = QTranslator(app)
    loaded = False
    try:
        folder = resources_dir() / "translations"
        loaded = folder.is_dir() and translator.load(locale, "backplan", "_", str(folder))
    except FileNotFoundError:  # pragma: no cover - a broken install
        loaded = False
    if loaded:
        app.installTranslator(translator)
        QLocale.setDefault(locale)
    elif locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        # English words, the country's conventions (its paper size, first day of week).
        QLocale.setDefault(QLocale(QLocale.Language.English, locale.territory()))
    return translator if loaded else None
