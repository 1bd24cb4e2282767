"""Confirmations a screen reader says, and a sighted patient can read again.

"Carisoprodol 350 mg recorded as taken at 10:16" used to flash in the status bar for
eight seconds, which exposes no text to the accessibility tree: a blind patient never
heard it, and a slow reader lost it. A confirmation now goes to a label that keeps
it until the next one (:class:`ConfirmationLine`, a real label, read by a screen
reader like any other text) and is announced where Qt can (the accessibility
announcement event, Qt 6.8 and later); on an older Qt the label is marked as a live
region (its text change is what the reader follows).
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Announce", text)


def can_announce() -> bool:
    return hasattr(QtGui, "QAccessibleAnnouncementEvent")


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> bool:
    """Has the screen reader say ``text`` now; False where this Qt cannot."""
    if not text or not can_announce():
        return False
    event = QtGui.QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
    return True


class ConfirmationLine(QLabel):
    """The last confirmation, kept on screen (and in the accessibility tree) until the next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmation")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.announced: list[str] = []  # what was announced, for tests and logs
        if not can_announce():
            # Read by screen readers that follow a label's changes (AT-SPI "live" regions).
            self.setAccessibleDescription(tr("Latest confirmation"))

    def say(self, text: str) -> None:
        """Shows ``text`` and announces it."""
        self.setText(text)
        self.setToolTip(text)
        if announce(self, text):
            self.announced.append(text)


__all__ = ["ConfirmationLine", "announce", "can_announce"]
