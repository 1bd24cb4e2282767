"""Small parts the routine player's pages share: plain labels, big buttons, scaled fonts.

The player is read from the floor, so its text is sized relative to the window's font
(:class:`Scaler` remembers each widget's factor, so a text size change follows), and a
widget that holds the focus for single keys shows a frame only when reached by Tab.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QPushButton, QStyle, QWidget

W = TypeVar("W", bound=QWidget)


def tr(text: str) -> str:
    return QCoreApplication.translate("routine_player", text)


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1.0 - share_of_b
    return QColor(
        round(a.red() * keep + b.red() * share_of_b),
        round(a.green() * keep + b.green() * share_of_b),
        round(a.blue() * keep + b.blue() * share_of_b),
    )


# --- widgets ---------------------------------------------------------------------------------


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """Plain text only: names and notes come from a plan file and must never be read as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def big_button(
    parent: QWidget, text: str, name: str, icon: QStyle.StandardPixmap | None = None, tip: str = ""
) -> QPushButton:
    """A button with an accessible name, the key that does the same as its tip, and an icon."""
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    if tip:
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
    if icon is not None:
        button.setIcon(parent.style().standardIcon(icon))
    return button


class Scaler:
    """Remembers widgets' font sizes relative to the dialog's font, so text size changes follow."""

    def __init__(self) -> None:
        self.scaled: list[tuple[QWidget, float, bool]] = []

    def __call__(self, widget: W, factor: float, bold: bool = False) -> W:
        self.scaled.append((widget, factor, bold))
        return widget

    def apply(self, base: QFont) -> None:
        for widget, factor, bold in self.scaled:
            font = QFont(base)
            font.setPointSizeF(max(1.0, base.pointSizeF() * factor))
            font.setBold(bold)
            widget.setFont(font)


class KeyboardFocusFrame(QWidget):
    """A widget that draws a focus frame when it was reached from the keyboard.

    The ring and the pain scale hold the focus most of the time (so that single keys
    reach the player); a frame around them all the time would be clutter, but someone
    who tabs to them must see where they are.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keyboard_focus = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        ):
            self._keyboard_focus = True
        elif reason in (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.OtherFocusReason):
            self._keyboard_focus = False
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
            self._keyboard_focus = False
        self.update()

    def shows_focus_frame(self) -> bool:
        return self._keyboard_focus and self.hasFocus()

    def paint_focus_frame(self, painter: QPainter) -> None:
        if not self.shows_focus_frame():
            return
        painter.save()
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.restore()
