"""Help > User guide opens the bundled guide, in the window's language, with its pictures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backplan.resources_path import resources_dir
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.shell.user_guide import UserGuideDialog, guide_path

GUIDE = resources_dir() / "guide"
TOPICS = ("daily", "reminders", "safety", "flare-ups", "printing", "backups")


def _pictures(path: Path) -> list[str]:
    return re.findall(r'<img src="([^"]+)"', path.read_text(encoding="utf-8"))


def _loaded(dialog: UserGuideDialog, src: str) -> QImage:
    """The picture as the browser loaded it for the page (None-safe: a null image if it did not)."""
    resource = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(src))
    if isinstance(resource, QPixmap):
        return resource.toImage()
    return resource if isinstance(resource, QImage) else QImage()


def test_the_help_menu_opens_the_guide_with_its_pictures(qtbot: QtBot, acute_window: MainWindow) -> None:
    help_menu = next(a.menu() for a in acute_window.menuBar().actions() if a.text() == "&Help")
    assert acute_window.guide_action in help_menu.actions()
    acute_window.guide_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, UserGuideDialog))
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.browser.toPlainText()
    assert "The safety guard" in text and "Backups" in text
    pictures = _pictures(guide_path("en"))
    assert len(pictures) >= 4
    for src in pictures:
        image = _loaded(dialog, src)
        assert not image.isNull() and image.width() > 300, src
    dialog.reject()


@pytest.mark.parametrize("language", ["en", "hi"])
def test_each_guide_covers_every_topic_and_its_pictures_exist(language: str) -> None:
    path = GUIDE / f"guide_{language}.html"
    html = path.read_text(encoding="utf-8")
    for topic in TOPICS:
        assert f'id="{topic}"' in html, (language, topic)
    for src in _pictures(path):
        assert (GUIDE / src).is_file(), src
        assert re.search(rf'<img src="{re.escape(src)}" alt="[^"]+"', html), f"{src} has no alt text"


def test_the_guide_follows_the_language(hindi: QTranslator) -> None:
    assert guide_path() == GUIDE / "guide_hi.html"
    assert guide_path("de") == GUIDE / "guide_en.html"  # no German guide: English
