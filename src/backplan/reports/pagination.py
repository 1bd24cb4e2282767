"""Page breaks for the printed papers: what must stay together on one page.

report.md: "a heading is never the last line of a page, one exercise's card and one
table row stay on one page". Qt's own pagination moves a line that does not fit, but
breaks a table between rows and a row between two lines of a cell, and leaves a
heading at the foot of a page. The passes here run on a document laid out for one
page size (:func:`backplan.reports.qtdoc.lay_out` calls them) and add page breaks,
or empty rows, where Qt's would cut; they are undone before a layout for another
page size. The layout is asked for a little at a time (:class:`Steps`), so no call
into Qt holds Python's lock for long while a year's report is printed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextTable,
)

# Set while a document holds page breaks that keep_tables_together added for a page
# size, to be undone before it is laid out for another.
MOVED_PROPERTY: Final = "backplanMovedBreaks"


# Characters laid out per call when the layout is asked for in steps. Qt stops a
# lazy layout step about a thousand characters on, at its next check point; a year's
# report is laid out in calls of 10-40 ms this way, against 0.2-0.3 s for one call.
_STEP: Final = 1000


class Steps:
    """Asks a document's lazy layout for a little more at a time, up to a position."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self.layout = document.documentLayout()
        self.done = 0

    def change(self, apply: Callable[[], None]) -> None:
        """Make a change (a page break) in what was laid out, then lay out from the top.

        A change would lay the document out again from there for a page or two in
        one call, and Qt then takes the pages after those as they were, although they
        moved (found here: headings printed as nothing). Without a page size Qt does
        no layout at all, so the change costs nothing; the page size back starts the
        layout again, lazily.
        """
        size = self.document.pageSize()
        self.document.setPageSize(QSizeF(0, 0))
        apply()
        self.document.setPageSize(size)
        self.done = 0

    def until(self, position: int) -> None:
        end = min(position, self.document.characterCount() - 1)
        while self.done < end:
            self.done = min(end, self.done + _STEP)
            # blockBoundingRect lays out up to the end of the block it is asked
            # about (frameBoundingRect and pageCount lay out the whole document).
            self.layout.blockBoundingRect(self.document.findBlock(self.done))


_MOVED: Final = QTextFormat.Property.UserProperty.value + 1
_INTRO_BLOCKS: Final = 3  # plain paragraphs between a heading and its table


def keep_tables_together(document: QTextDocument, *, steps: Steps | None = None) -> None:
    """Move a table that a page break would cut to the next page, if it fits on one.

    Boxes such as "When to get help now" or an exercise with its picture must not be
    split between two pages. The headings (and a short introduction) just above such
    a table move with it, so no heading is left alone at the foot of a page. Tables
    with a header row (``<thead>``, the report's log) flow over pages instead and
    repeat that row; tables longer than a page have to break anyway.

    One pass from the top: a break moves only what follows it, so the tables above
    stay where they were. The layout is asked for in steps, only as far as the table
    looked at; after a break it starts again from the top (see :meth:`Steps.change`),
    so no call lays out more than about a table, where a break used to lay out the
    rest of the document in one call (0.3 s for a year's report, each time).
    """
    page_height = document.pageSize().height()
    if page_height <= 0:
        return
    steps = steps or Steps(document)
    if document.property(MOVED_PROPERTY):
        steps.change(lambda: _clear_moves(document))
        document.setProperty(MOVED_PROPERTY, False)
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            steps.until(frame.lastPosition() + 1)
            move = _keep_together(document, frame, page_height)
            if move is not None:
                steps.change(move)
                document.setProperty(MOVED_PROPERTY, True)
            if frame.format().headerRowCount() > 0:
                _keep_rows_whole(document, frame, page_height, steps)


# A row of a flowing table (the report's log) that a page break would cut is pushed
# to the next page by an empty row above it, as tall as what is left of the page:
# Qt itself breaks a row between two lines of a cell ("2 Nov 2026" on one page,
# "20:30" on the next). The empty row holds one invisible picture of that height.
SPACER_URL: Final = "backplan:spacer"  # (qtdoc.RESOURCE_SCHEME)
_MAX_SPACERS: Final = 500


def _keep_rows_whole(document: QTextDocument, table: QTextTable, page_height: float, steps: Steps) -> None:
    device = document.documentLayout().paintDevice()
    scale = device.logicalDpiY() / 96 if device is not None else 1.0
    descent = QFontMetricsF(document.defaultFont(), device).descent() if device is not None else 4.0
    if document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(SPACER_URL)) is None:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(QColor(0, 0, 0, 0))
        document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(SPACER_URL), blank)
    padding = table.format().cellPadding() * scale
    start = table.format().headerRowCount()
    for _ in range(_MAX_SPACERS):
        found = _first_cut_row(document, table, page_height, start)
        if found is None:
            return
        row, top = found
        boundary = (_page(top, page_height) + 1) * page_height
        height = (boundary - top - 2 * padding - descent - 2) / scale
        if height < 1:
            return  # no room for a spacer: Qt moves such a row itself
        start = row + 1

        def insert(row: int = row, height: float = height) -> None:
            table.insertRows(row, 1)
            cursor = table.cellAt(row, 0).firstCursorPosition()
            image = QTextImageFormat()
            image.setName(SPACER_URL)
            image.setWidth(1)
            image.setHeight(height)
            cursor.insertImage(image)

        steps.change(insert)
        document.setProperty(MOVED_PROPERTY, True)
        steps.until(table.lastPosition() + 1)


def _first_cut_row(
    document: QTextDocument, table: QTextTable, page_height: float, start: int
) -> tuple[int, float] | None:
    """The first row from ``start`` that lies on two pages (and fits on one), with its top."""
    layout = document.documentLayout()
    for row in range(start, table.rows()):
        top, bottom = float("inf"), float("-inf")
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() != row:
                continue
            first = layout.blockBoundingRect(document.findBlock(cell.firstPosition()))
            last = layout.blockBoundingRect(document.findBlock(cell.lastPosition()))
            top, bottom = min(top, first.top()), max(bottom, last.bottom())
        if top == float("inf"):
            continue
        if _page(top + 1, page_height) != _page(bottom - 1, page_height) and bottom - top < page_height * 0.9:
            return row, top
    return None


def _remove_spacers(document: QTextDocument) -> None:
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        for row in reversed(range(frame.rows())):
            cell = frame.cellAt(row, 0)
            block = document.findBlock(cell.firstPosition())
            if block.text() != "\ufffc":
                continue
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
            fmt = cursor.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name() == SPACER_URL:
                frame.removeRows(row, 1)


def keep_headings_with_next(document: QTextDocument, *, steps: Steps | None = None) -> None:
    """A heading is never the last line of a page: it moves to the next with what follows.

    :func:`keep_tables_together` moves a heading with the table under it; this pass
    catches every other case (a heading above a paragraph, a list, or a table whose
    lead-in it did not recognise), looking at each heading outside a table and the
    block after it, once the layout is final for everything above.
    """
    page_height = document.pageSize().height()
    if page_height <= 0:
        return
    steps = steps or Steps(document)
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        after = block.next()
        if (
            after.isValid()
            and block.blockFormat().headingLevel() > 0
            and QTextCursor(block).currentTable() is None
        ):
            steps.until(after.position() + after.length())
            top = layout.blockBoundingRect(block).top() + 1  # Qt's rounding at a page top
            bottom = layout.blockBoundingRect(after).bottom()
            if _page(top, page_height) != _page(bottom - 1, page_height):
                move = _break_block(block)
                if move is not None:
                    steps.change(move)
                    document.setProperty(MOVED_PROPERTY, True)
        block = after


def _page(y: float, page_height: float) -> int:
    return int(y // page_height)


def _table_span(document: QTextDocument, table: QTextTable) -> tuple[float, float]:
    """The top of a table's first row and the bottom of its last, from their cells.

    ``frameBoundingRect`` would do, but it lays out the whole document first. Qt
    moves a row that does not fit to the next page whole, so the cells' text says on
    which pages the table is.
    """
    layout = document.documentLayout()
    top, bottom = float("inf"), float("-inf")
    for row in {0, table.rows() - 1}:
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            first = layout.blockBoundingRect(document.findBlock(cell.firstPosition()))
            last = layout.blockBoundingRect(document.findBlock(cell.lastPosition()))
            top = min(top, first.top())
            bottom = max(bottom, last.bottom())
    return top, bottom


def _keep_together(
    document: QTextDocument, frame: QTextTable, page_height: float
) -> Callable[[], None] | None:
    """The page break ``frame`` needs, if it needs one (to apply), else None."""
    layout = document.documentLayout()
    lead = _lead_in(document, frame)
    header_rows = frame.format().headerRowCount()
    if header_rows > 0:
        # A table with a header row flows over pages (the header repeats); only
        # its heading must not stay behind at the foot of a page.
        if lead is None or frame.rows() <= header_rows:
            return None
        first_row = document.findBlock(frame.cellAt(header_rows, 0).firstPosition())
        lead_page = _page(layout.blockBoundingRect(lead).top(), page_height)
        row_page = _page(layout.blockBoundingRect(first_row).bottom() - 1, page_height)
        return _break_block(lead) if lead_page != row_page else None
    top, bottom = _table_span(document, frame)
    if lead is not None:
        top = min(top, layout.blockBoundingRect(lead).top())
    if _page(top, page_height) == _page(bottom - 1, page_height):
        return None
    if bottom - top >= page_height * 0.95:
        return None  # longer than a page: it has to break somewhere
    if lead is not None:
        return _break_block(lead)
    fmt = frame.format()
    if fmt.pageBreakPolicy() & QTextFrameFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return None
    fmt.setPageBreakPolicy(QTextFrameFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    fmt.setProperty(_MOVED, True)
    return lambda: frame.setFrameFormat(fmt)


def _lead_in(document: QTextDocument, table: QTextTable) -> QTextBlock | None:
    """The first heading of the headings and short paragraphs right above ``table``."""
    block = document.findBlock(table.firstPosition()).previous()
    found: QTextBlock | None = None
    plain = 0
    while block.isValid():
        cursor = QTextCursor(block)
        if cursor.currentTable() is not None or block.textList() is not None:
            break
        if block.blockFormat().headingLevel() > 0:
            found = block
        elif found is not None or plain >= _INTRO_BLOCKS or not block.text().strip():
            break
        else:
            plain += 1
        block = block.previous()
    return found


def _break_block(block: QTextBlock) -> Callable[[], None] | None:
    fmt = block.blockFormat()
    if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return None
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    fmt.setProperty(_MOVED, True)
    return lambda: QTextCursor(block).setBlockFormat(fmt)


def _clear_moves(document: QTextDocument) -> None:
    """Undo the breaks (and the spacer rows) added for another page size."""
    _remove_spacers(document)
    for frame in document.rootFrame().childFrames():
        fmt = frame.frameFormat()
        if fmt.boolProperty(_MOVED):
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            fmt.setProperty(_MOVED, False)
            frame.setFrameFormat(fmt)
    block = document.begin()
    while block.isValid():
        block_format = block.blockFormat()
        if block_format.boolProperty(_MOVED):
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            block_format.setProperty(_MOVED, False)
            QTextCursor(block).setBlockFormat(block_format)
        block = block.next()


__all__ = [
    "MOVED_PROPERTY",
    "SPACER_URL",
    "Steps",
    "keep_headings_with_next",
    "keep_tables_together",
]
