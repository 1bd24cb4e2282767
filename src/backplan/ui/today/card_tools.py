"""What Today's cards share: emptying a card's layout before it is filled again."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout


def clear_layout(layout: QVBoxLayout | QHBoxLayout) -> None:
    """Removes and deletes every widget of ``layout``, nested layouts included."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif isinstance(inner, QVBoxLayout | QHBoxLayout):
            clear_layout(inner)
