"""The app's life beside its window: the tray icon and the word that it keeps running.

Closing the window may keep the app reminding (the patient's choice, where a tray or a
notification server exists); these are the pieces that say so and bring it back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from backplan import APP_NAME

if TYPE_CHECKING:
    from .desktop_notifications import DesktopNotifications


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def app_icon() -> QIcon:
    from backplan.resources_path import resources_dir

    try:
        return QIcon(str(resources_dir() / "icons" / "backplan.svg"))
    except FileNotFoundError:  # pragma: no cover - a broken install
        return QIcon()


def build_tray(
    window: QWidget, bring_forward: Callable[[], None], quit: Callable[[], None]
) -> QSystemTrayIcon:
    """The tray icon: a click brings the window forward, its menu shows it or quits."""
    tray = QSystemTrayIcon(app_icon(), window)
    tray.setToolTip(APP_NAME)
    menu = QMenu(window)
    show = menu.addAction(tr("&Show backplan"))
    show.triggered.connect(bring_forward)
    menu.addSeparator()
    quit_action = menu.addAction(tr("&Quit"))
    quit_action.triggered.connect(quit)
    tray.setContextMenu(menu)
    tray.activated.connect(
        lambda reason: bring_forward() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
    )
    tray.messageClicked.connect(bring_forward)
    tray.show()
    return tray


def say_still_running(tray: QSystemTrayIcon | None, notifications: DesktopNotifications | None) -> None:
    """Tells the patient, as the window hides, that the reminders go on without it."""
    if tray is not None:
        tray.showMessage(APP_NAME, tr("backplan keeps running here and will remind you."), app_icon(), 5000)
    elif notifications is not None:
        notifications.notify(
            APP_NAME,
            tr(
                "backplan keeps reminding you while its window is closed. "
                "Open it again from your applications."
            ),
            timeout_ms=8000,
        )


__all__ = ["app_icon", "build_tray", "say_still_running"]
