"""Pain 0-10 as eleven large buttons, chosen from across the room or from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .parts import KeyboardFocusFrame


def tr(text: str) -> str:
    return QCoreApplication.translate("routine_player", text)


class PainScale(KeyboardFocusFrame):
    """Pain 0-10 as eleven large buttons, and from the keyboard.

    Digits choose a score ("1" then "0" gives 10), the arrow keys move it, and the
    buttons can be clicked or tapped. The scale itself takes the focus rather than
    each button, so Tab does not have to walk eleven buttons to get past it.
    """

    changed = Signal(int)

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._typed = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(question)
        self.setAccessibleDescription(
            tr("0 is no pain, 10 is the worst pain you can imagine. Type a number.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        row.setSpacing(6)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        for score in range(11):
            button = QPushButton(str(score), self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(tr("Pain {n}").format(n=score))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._group.addButton(button, score)
            self.buttons.append(button)
            row.addWidget(button)
        # The chosen score must be plain from across the room: the palette's highlight,
        # not the style's faint "pressed" shade.
        self.setStyleSheet(
            "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
            " border: 2px solid palette(highlight); border-radius: 4px; }"
        )
        self._group.idClicked.connect(self._clicked)
        layout.addLayout(row)
        ends = QHBoxLayout()
        self._low = QLabel(tr("0 = no pain"), self)
        self._high = QLabel(tr("10 = worst pain you can imagine"), self)
        self._high.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(self._low)
        ends.addStretch(1)
        ends.addWidget(self._high)
        layout.addLayout(ends)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value
        if value is None:
            self._group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self._group.setExclusive(True)
            self.setAccessibleDescription(tr("Nothing chosen yet"))
            return
        self.buttons[value].setChecked(True)
        self.setAccessibleDescription(tr("Chosen: {n} out of 10").format(n=value))
        self.changed.emit(value)

    def _clicked(self, score: int) -> None:
        self._typed = ""
        self.set_value(score)

    def apply_scale(self, base: QFont) -> None:
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * 1.6)
        font.setBold(True)
        metrics = QFontMetricsF(font)
        height = round(metrics.height() * 1.9)
        for button in self.buttons:
            button.setFont(font)
            button.setMinimumHeight(height)
            # Narrow enough for eleven in a row on a laptop at 175 % text.
            button.setMinimumWidth(round(metrics.horizontalAdvance("10") * 1.4))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if text.isdigit() and len(text) == 1:
            value = 10 if self._typed == "1" and text == "0" else int(text)
            self._typed = text
            self.set_value(value)
            return
        self._typed = ""
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.set_value(0 if current is None else min(10, current + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.set_value(0 if current is None else max(0, current - 1))
        elif key == Qt.Key.Key_Home:
            self.set_value(0)
        elif key == Qt.Key.Key_End:
            self.set_value(10)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)  # the buttons take no focus, so the scale shows it
        self.paint_focus_frame(painter)
        painter.end()
