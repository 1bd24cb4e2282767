"""A whole number that may be left blank: the pain scores, the walking minutes.

It is a line edit, not a spin box. A spin box always holds a number, so "blank" had to
be one below the minimum, and a screen reader read that number out: an untouched pain
field was announced as "-1". Here blank is an empty text and nothing else: the
accessible value is the text shown, and ``number()`` is None. The keys of a spin box
still work: Up and Down step the number (from blank, Up gives the lowest), typing a
digit replaces the selection, Delete or Backspace over the whole value clears it.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget


class OptionalNumberBox(QLineEdit):
    """A whole number from 0 to ``maximum``, or blank ("not given")."""

    numberChanged = Signal(object)

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._maximum = maximum
        digits = len(str(maximum))
        self.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{digits}}}"), self))
        self.setMaxLength(digits)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00000") + 40)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(lambda _t: self.numberChanged.emit(self.number()))

    def maximum(self) -> int:
        return self._maximum

    def number(self) -> int | None:
        """The number typed, or None when blank; a number past the maximum counts as blank."""
        text = self.text().strip()
        if not text.isdigit():
            return None
        value = int(text)
        return value if value <= self._maximum else None

    def set_number(self, value: int | None) -> None:
        self.setText("" if value is None else str(max(0, min(self._maximum, value))))

    def hasAcceptableInput(self) -> bool:
        text = self.text().strip()
        return not text or (text.isdigit() and int(text) <= self._maximum)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            current = self.number()
            step = 1 if key == Qt.Key.Key_Up else -1
            value = 0 if current is None else current + step
            self.set_number(max(0, min(self._maximum, value)))
            self.selectAll()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selectedText() == self.text():
            self.clear()
            return
        if event.text().isdigit() and self.text() and not self.hasSelectedText():
            # A score is one number: a digit typed after "7" makes "7x" only if it fits.
            candidate = self.text() + event.text()
            if int(candidate) > self._maximum:
                self.setText(event.text())
                return
        super().keyPressEvent(event)


__all__ = ["OptionalNumberBox"]
