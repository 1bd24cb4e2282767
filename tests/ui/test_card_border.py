"""A highlighted card keeps its border when it gives itself a name (Today's red-flag card)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from backplan.ui.common.widgets import Card


class _NamedCard(Card):
    def __init__(self) -> None:
        super().__init__(highlight=True)
        self.setObjectName("redFlagCard")  # as Today's red-flag card does


def _left_edge(card: Card) -> QColor:
    card.resize(200, 80)
    image = card.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


def test_a_named_highlighted_card_is_drawn_with_the_highlight_border(qtbot: QtBot) -> None:
    card = _NamedCard()
    qtbot.addWidget(card)
    highlight = card.palette().color(QPalette.ColorRole.Highlight)
    assert _left_edge(card).name() == highlight.name()


def test_a_plain_card_is_not(qtbot: QtBot) -> None:
    card = Card()
    qtbot.addWidget(card)
    highlight = card.palette().color(QPalette.ColorRole.Highlight)
    assert _left_edge(card).name() != highlight.name()
