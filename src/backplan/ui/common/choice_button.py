"""A button that is one choice of several: the sections, the Progress ranges.

They were checkable tool buttons, which a screen reader announces as check boxes
("Today, check box, checked"), as if several could be ticked. They are radio buttons
now, in an exclusive group, drawn as flat buttons: the reader says "radio button,
1 of 5", the arrow keys move between them, and Tab reaches the group once, at the
choice made.
"""

from __future__ import annotations

from PySide6.QtWidgets import QRadioButton, QWidget

STYLE = """
QRadioButton#choiceButton {
    padding: 6px 12px; border: 1px solid transparent; border-radius: 4px; spacing: 0px;
}
QRadioButton#choiceButton:hover { border-color: palette(mid); }
QRadioButton#choiceButton:checked { background: palette(highlight); color: palette(highlighted-text); }
QRadioButton#choiceButton:focus { border-color: palette(highlight); }
QRadioButton#choiceButton::indicator { width: 0px; height: 0px; border: none; image: none; margin: 0px; }
"""


class ChoiceButton(QRadioButton):
    """One choice of an exclusive group, drawn as a flat button, read as a radio button."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("choiceButton")
        self.setStyleSheet(STYLE)


__all__ = ["ChoiceButton"]
