"""The window's dialogs: About (with the sources of the clinical content), the user guide,
the preferences (and putting them into effect) and the clinic's set-up.

Each is opened window-modal (``open()``, not ``exec()``: the reminders keep ticking) and
deleted when closed; each module is imported when its dialog is first opened, since a
start uses none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from backplan.safety.red_flags import RED_FLAG_SOURCE
from backplan.services.backplan_service import Backplan

from .settings import Settings

if TYPE_CHECKING:
    from ..common.dialogs import AboutDialog
    from .preferences import PreferencesDialog
    from .user_guide import UserGuideDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


D = TypeVar("D", bound=QDialog)


def _opened(dialog: D) -> D:
    """Opened window-modal, deleted when closed."""
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def about_sources(services: Backplan) -> list[tuple[str, list[str]]]:
    """Where the bundled clinical content comes from: the catalogue, the library, the advice."""
    from ..common.library import library_sources

    medicines = [f"{s.display_name}: {s.source}" for s in services.catalogue.substances]
    return [
        (tr("Medicine label limits and cautions"), medicines),
        (tr("Exercise descriptions and typical doses"), library_sources()),
        (tr("Red-flag advice"), [RED_FLAG_SOURCE]),
    ]


def open_about(services: Backplan, parent: QWidget) -> AboutDialog:
    from ..common.dialogs import AboutDialog

    return _opened(AboutDialog(about_sources(services), parent))


def open_user_guide(parent: QWidget) -> UserGuideDialog:
    from .user_guide import UserGuideDialog

    return _opened(UserGuideDialog(parent))


def open_preferences(
    settings: Settings, background: bool, applied: Callable[[], None], parent: QWidget
) -> PreferencesDialog:
    """``background``: whether the app can remind with its window closed (a tray or a
    notification server); ``applied`` is called when the patient applies a change."""
    from .preferences import PreferencesDialog

    dialog = PreferencesDialog(settings, background, parent)
    dialog.applied.connect(applied)
    return _opened(dialog)


def apply_preferences(settings: Settings, background: bool, error: Callable[[str, str], None]) -> None:
    """Puts the preferences just applied into effect: the start at login (``background``:
    whether the app keeps reminding with its window closed), the text size and the theme."""
    from ..common.theme import apply_text_scale, apply_theme
    from .autostart import set_start_at_login

    try:
        set_start_at_login(settings.start_at_login, background=background)
    except OSError as exc:
        error(tr("Start at login"), str(exc))
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_text_scale(app, settings.text_scale)
        apply_theme(app, settings.theme)


def open_clinic_setup(settings: Settings, parent: QWidget) -> QDialog:
    """The clinic's shared database: an installer's choice, kept out of the Preferences."""
    from .clinic_setup import ClinicSetupDialog

    return _opened(ClinicSetupDialog(settings, parent))


__all__ = [
    "about_sources",
    "apply_preferences",
    "open_about",
    "open_clinic_setup",
    "open_preferences",
    "open_user_guide",
]
