"""Help > User guide: the short illustrated guide bundled in ``resources/guide``.

The guide is plain HTML with pictures beside it (``images/``), shown in a
``QTextBrowser`` so that it works without a browser or a network. It is written per
language (``guide_<lang>.html``); a language without its own guide shows the English
one. The pictures are screenshots of the window (docs/screenshots/take_desktop_shots.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from backplan.resources_path import resources_dir


def tr(text: str) -> str:
    return QCoreApplication.translate("UserGuide", text)


def guide_path(language: str | None = None) -> Path:
    """The guide in ``language`` (the window's language by default), else the English one."""
    folder = resources_dir() / "guide"
    code = (language or QLocale().name()).split("_")[0]
    own = folder / f"guide_{code}.html"
    return own if own.is_file() else folder / "guide_en.html"


class UserGuideDialog(QDialog):
    """The guide in a browser that scrolls, follows its own links and opens others outside."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("backplan user guide"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(tr("User guide"))
        path = guide_path(language)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        # Qt ships no Hindi for its own buttons: the guide's says it in the window's language.
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 620)
