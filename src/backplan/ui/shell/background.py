"""The app's life beside its window: the tray icon and the desktop's notifications.

Closing the window may keep the app reminding (the patient's choice, where a tray or a
notification server exists); :class:`Background` holds the pieces that remind while the
window is not in front, say that the app keeps running, and bring the window back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from backplan import APP_NAME

from ..today.actions import RecordActions
from ..today.reminders import Notice, Reminders
from .settings import Settings

if TYPE_CHECKING:
    from .desktop_notifications import DesktopNotifications
    from .reminder_notifications import ReminderNotifications


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


class Background(QObject):
    """The tray icon (where the desktop has one) and the desktop's notifications (once
    attached), and whether closing the window keeps the app reminding."""

    def __init__(
        self,
        window: QWidget,
        settings: Settings,
        recorder: RecordActions,
        reminders: Reminders,
        tray_available: bool,
        quit: Callable[[], None],
        bring_forward: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.settings = settings
        self.recorder = recorder
        self.reminders = reminders
        self.bring_forward = bring_forward
        self.tray = build_tray(window, bring_forward, quit) if tray_available else None
        self.notifications: DesktopNotifications | None = None
        self.notifier: ReminderNotifications | None = None

    def can_remind(self) -> bool:
        """Whether anything can remind with the window closed (a tray, a notification server)."""
        return self.tray is not None or self.notifier is not None

    def reminds(self) -> bool:
        """Whether closing the window keeps the app reminding (the patient's choice, if possible)."""
        return self.settings.keep_in_tray and self.can_remind()

    def update_mode(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not self.reminds())

    def attach(self, notifications: DesktopNotifications | None) -> None:
        """Sends reminders to the desktop's notification server from now on (None: banner only)."""
        from .reminder_notifications import ReminderNotifications

        if self.notifier is not None:
            self.notifier.deleteLater()
        self.notifications = notifications
        self.notifier = None
        if notifications is not None:
            self.notifier = ReminderNotifications(
                notifications, self.recorder, self.reminders.describe, self.bring_forward, self
            )
            notifications.lost.connect(lambda: self.attach(None))
        self.update_mode()

    def show(self, patient_id: int, notice: Notice) -> None:
        """A reminder for the window not in front: as a notification, else in the tray."""
        if self.notifier is not None:
            self.notifier.show(patient_id, notice)
        elif self.tray is not None:
            self.tray.showMessage(notice.title, notice.text, app_icon(), 30_000)

    def say_still_running(self) -> None:
        say_still_running(self.tray, self.notifications)

    def close(self) -> None:
        """The app ends: the tray icon goes, the notification session closes."""
        if self.tray is not None:
            self.tray.hide()
        if self.notifications is not None:
            self.notifications.close()
            self.notifications = None
            self.notifier = None


__all__ = ["Background", "app_icon", "build_tray", "say_still_running"]
