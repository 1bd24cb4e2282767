"""Small building blocks the sections share: headings, text, findings, fitted tables.

Colours come from the palette only (``palette(...)`` in style sheets, roles in code),
so the window follows a light or a dark desktop without a colour of its own. Text a
person typed (names, notes, advice) is always shown as plain text, never as rich text,
so that ``<b>`` in a note is shown as written.
"""

from __future__ import annotations

from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backplan.safety.findings import Finding

W = TypeVar("W", bound=QWidget)


def tr(text: str) -> str:
    return QCoreApplication.translate("widgets", text)


class WrappingLabel(QLabel):
    """A wrapped label whose longest word cannot make the window wider.

    A wrapped QLabel asks for at least the width of its longest word, so one long
    unbroken name in a plan (a compound word, a pasted reference) would push a page
    past the screen. This one asks for at most about 30 characters; a longer word is
    cut at the label's edge instead, and the rest of the layout stays put.
    """

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.wordWrap():
            hint.setWidth(min(hint.width(), self.fontMetrics().averageCharWidth() * 30))
        return hint


def text_label(
    text: str = "", *, wrap: bool = True, selectable: bool = False, parent: QWidget | None = None
) -> QLabel:
    """A label for plain text: never interpreted as HTML, wrapped by default."""
    label = WrappingLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _FontFollower(QObject):
    """Re-applies relative fonts when the application font (the text size) changes.

    A widget given a point size of its own stops following the application font, so
    a heading would keep its old size after the text-size setting changed. The
    application announces the change (``fontChanged``); this passes it on to every
    widget that asked for a relative font.
    """

    def __init__(self) -> None:
        super().__init__()
        self.widgets: list[QWidget] = []

    def add(self, widget: QWidget) -> None:
        self.widgets.append(widget)
        if len(self.widgets) % 512 == 0:  # views rebuild their rows: forget the deleted ones
            self.prune()

    def prune(self) -> None:
        self.widgets = [w for w in self.widgets if shiboken6.isValid(w)]

    def follow(self, _font: QFont) -> None:
        self.prune()
        for widget in self.widgets:
            _apply_relative(widget)


_follower: _FontFollower | None = None


def _apply_relative(widget: QWidget) -> None:
    font = QFont(QApplication.font())
    factor = float(widget.property("fontFactor") or 1.0)
    font.setPointSizeF(max(1.0, font.pointSizeF() * factor))
    font.setBold(bool(widget.property("fontBold")))
    widget.setFont(font)
    lines = widget.property("minLines")
    if lines:
        widget.setMinimumHeight(round(widget.fontMetrics().height() * float(lines)))


def relative_font(widget: W, factor: float = 1.0, bold: bool = False, min_lines: float = 0) -> W:
    """Gives ``widget`` the application font times ``factor``, following later size changes.

    ``min_lines``: a minimum height in lines of that font (big, easy targets).
    """
    global _follower
    app = QApplication.instance()
    if _follower is None and isinstance(app, QApplication):
        _follower = _FontFollower()
        app.fontChanged.connect(_follower.follow)
    widget.setProperty("fontFactor", factor)
    widget.setProperty("fontBold", bold)
    widget.setProperty("minLines", min_lines)
    _apply_relative(widget)
    if _follower is not None:
        _follower.add(widget)
    return widget


def heading(text: str, level: int = 2, parent: QWidget | None = None) -> QLabel:
    """A heading: larger and bold, scaled from the application font (so it follows text size)."""
    label = text_label(text, parent=parent)
    relative_font(label, {1: 1.6, 2: 1.3, 3: 1.1}.get(level, 1.0), bold=True)
    # No fixed accessible name: a label is named by its text, which a later setText
    # changes too ("Safety checks (2)"); a fixed one went stale and hid the new text.
    return label


def muted(label: QLabel) -> QLabel:
    """Secondary text: the palette's text colour moved a quarter towards the background.

    Computed from the palette rather than fixed, so it keeps enough contrast (WCAG AA)
    on a light and on a dark desktop; the platform's placeholder grey is too faint for
    text people must read.
    """
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(
        round(text.red() * 0.72 + back.red() * 0.28),
        round(text.green() * 0.72 + back.green() * 0.28),
        round(text.blue() * 0.72 + back.blue() * 0.28),
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)
    return label


def bold(label: QLabel) -> QLabel:
    factor = label.property("fontFactor")
    return relative_font(label, float(factor) if factor else 1.0, bold=True)


class Card(QFrame):
    """A framed panel; ``highlight`` draws it with the palette's highlight as its border.

    A class so that a section's panel with contents of its own (Today's cards) can be
    one widget class in its own module."""

    def __init__(self, parent: QWidget | None = None, *, highlight: bool = False) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        name = "highlightCard" if highlight else "card"
        self.setObjectName(name)
        border = "palette(highlight)" if highlight else "palette(mid)"
        # Selected by class, not by object name: a card that names itself for tests and
        # screen readers (Today's red-flag card) keeps its border.
        self.setStyleSheet(
            f"Card {{ border: {'2' if highlight else '1'}px solid {border}; border-radius: 6px;"
            " background: palette(base); }"
        )


def empty_state(text: str, accessible_name: str, parent: QWidget | None = None) -> QLabel:
    """A section's message while there is no patient: centred, wrapped, and named for
    screen readers by what to do (each section passes its own translated words)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(accessible_name)
    return label


def card(parent: QWidget | None = None, *, highlight: bool = False) -> QFrame:
    """A framed panel (see :class:`Card`)."""
    return Card(parent, highlight=highlight)


_SEVERITY_WORDS = {
    "refusal": "Not allowed now",
    "flag": "Please check",
    "caution": "Caution",
    "note": "Note",
    "advice": "Get help",
}


def finding_widget(finding: Finding, parent: QWidget | None = None) -> QWidget:
    """One safety finding: what kind it is, the rule's name, the reason and the source.

    Warnings get the platform's warning icon and a word that says what to do ("Please
    check"); the message itself stays calm and is not in a colour that shouts.
    """
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 4, 0, 4)
    row.setSpacing(10)
    warning = finding.severity in ("refusal", "flag", "advice")
    pixmap = (
        QStyle.StandardPixmap.SP_MessageBoxWarning
        if warning
        else QStyle.StandardPixmap.SP_MessageBoxInformation
    )
    icon = QLabel(box)
    size = box.fontMetrics().height() + 6
    icon.setPixmap(box.style().standardIcon(pixmap).pixmap(size, size))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    row.addWidget(icon)
    texts = QVBoxLayout()
    texts.setSpacing(2)
    # The rule's name and "your plan" in the window's language (context SafetyRules).
    rule = QCoreApplication.translate("SafetyRules", finding.rule)
    source = QCoreApplication.translate("SafetyRules", finding.source)
    title = bold(text_label(f"{tr(_SEVERITY_WORDS[finding.severity])}: {rule}"))
    texts.addWidget(title)
    texts.addWidget(text_label(finding.message, selectable=True))
    texts.addWidget(muted(text_label(tr("Source: {source}").format(source=source))))
    row.addLayout(texts, 1)
    box.setAccessibleName(f"{title.text()}. {finding.message}")
    return box


class FittedTable(QTableView):
    """A read-only table as tall as its rows, for a page that scrolls as a whole.

    A table with its own scroll bar inside a scrolling page is hard to use with a
    mouse wheel and with a keyboard alike, so the page does the scrolling.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setAccessibleName(tr("{table}: column titles").format(table=name))
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # A name with no space in it wraps inside its cell rather than widening the table.
        header.setMaximumSectionSize(self.fontMetrics().averageCharWidth() * 48)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fit(self) -> None:
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        for row in range(self.model().rowCount() if self.model() else 0):
            height += self.rowHeight(row)
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        self.setFixedHeight(max(height, self.horizontalHeader().height() + 8))


def show_added(layout: QLayout) -> None:
    """Shows at once the widgets just added to a layout of a visible window.

    Qt shows such widgets on a later pass of the event loop; until then they are not
    in the Tab order nor seen by a screen reader. Widgets hidden on purpose stay hidden.
    """
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            if not (
                widget.isHidden() and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
            ):
                widget.show()
        elif (inner := item.layout()) is not None:
            show_added(inner)
