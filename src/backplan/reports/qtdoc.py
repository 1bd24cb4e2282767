"""Printable documents with Qt's text engine: safe text, pictures, pages with headers.

The plan sheet and the clinician report are ``QTextDocument``s, so the window can
preview and print exactly what the command line writes to PDF. Three things here are
easy to get wrong, hence one module for them:

* **User text is text.** Names, notes and titles go through :func:`esc` before they
  reach the HTML, so ``<b>`` or ``<img src="file:///etc/passwd">`` typed into a note
  prints as those characters. As a second line of defence the documents are
  :class:`SafeTextDocument`s, which never load a resource they were not given.
* **Point sizes mean points on paper.** The layout is done against the printer or PDF
  writer itself (``setPaintDevice``), so 11 pt body text is 11 pt when printed.
* **Every page gets its header and number.** :func:`paint_document` draws the document
  page by page and paints the header and "Page N of M" around each page.
* **No long call into Qt.** PySide keeps Python's GIL during a call into Qt, so one
  call that parses or lays out a whole year's report (0.1-0.3 s) stops the window's
  thread while a worker thread makes it. Documents are filled piece by piece
  (:func:`insert_html_parts`), laid out a few pages at a time (Qt lays out lazily up
  to the position asked for), and painted one page per call.

QtGui only: no widgets, so this runs under the command line's offscreen application.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QMarginsF, QObject, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextFrameFormat,
    QTextOption,
    QTextTable,
)

from backplan.domain.files import private_temp_file

CREATOR: Final = "backplan"
BODY_PT: Final = 11.0
HEADER_PT: Final = 9.0
MARGIN_MM: Final = 15.0
PDF_DPI: Final = 600
RESOURCE_SCHEME: Final = "backplan"
# A document's page header travels with it as this dynamic property, so that the
# window can print a document built elsewhere without knowing what it is.
HEADER_PROPERTY: Final = "backplanHeader"
# The pictures a document was handed (their URLs), so that a copy can carry them too.
IMAGES_PROPERTY: Final = "backplanImages"
# Set while a document holds page breaks that keep_tables_together added for a page
# size, to be undone before it is laid out for another.
MOVED_PROPERTY: Final = "backplanMovedBreaks"
# The font the documents ask for; Qt falls back per character (Arabic, Hebrew, CJK,
# emoji) to whatever installed font has the glyph.
FONT_FAMILY: Final = "DejaVu Sans"

_app: QGuiApplication | None = None


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new offscreen ``QGuiApplication``.

    Fonts and text layout need an application object. The window already has one; the
    command line has none and may have no display, so it gets the "offscreen"
    platform, which needs neither X nor Wayland. The new application is kept for the
    life of the process (Qt allows one).
    """
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        assert isinstance(existing, QGuiApplication)
        return existing
    # The "-platform" argument wins over QT_QPA_PLATFORM, so a session variable set
    # for a desktop that is not there cannot stop a PDF from being written.
    _app = QGuiApplication(["backplan", "-platform", "offscreen"])
    return _app


# --- safe text ---------------------------------------------------------------------


def esc(text: str | None) -> str:
    """Anything a person typed, as HTML that shows exactly those characters.

    Line breaks are kept as line breaks; nothing else in the text has any effect.
    """
    if not text:
        return ""
    escaped = html.escape(text, quote=True)
    return escaped.replace("\r\n", "\n").replace("\n", "<br/>")


def esc_join(parts: Iterable[str | None], sep: str = ", ") -> str:
    return esc(sep.join(p for p in parts if p))


class SafeTextDocument(QTextDocument):
    """A document that only shows pictures it was handed with ``addResource``.

    Qt would otherwise try to load ``<img src="...">`` from files or URLs. All user
    text is escaped anyway; this makes sure that a mistake there still cannot pull a
    file from the computer into a printout.
    """

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None


def new_document(parent: QObject | None = None) -> SafeTextDocument:
    """An empty document with backplan's print defaults.

    Long words (a pasted link, a name without spaces) break anywhere rather than push
    a table past the page edge.
    """
    document = SafeTextDocument(parent)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(BODY_PT)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    return document


def add_image(document: QTextDocument, name: str, image: QImage) -> str:
    """Register ``image`` with the document; returns the ``src`` to use in its HTML."""
    url = f"{RESOURCE_SCHEME}:image/{name}"
    document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url), image)
    names = [str(n) for n in (document.property(IMAGES_PROPERTY) or [])]
    if url not in names:
        document.setProperty(IMAGES_PROPERTY, [*names, url])
    return url


def insert_html_parts(
    document: QTextDocument,
    parts: Iterable[str],
    progress: Callable[[], None] | None = None,
) -> None:
    """Append HTML ``parts`` to ``document``, giving what one ``setHtml`` of them gives.

    A year's report is about 90 KB of HTML; ``setHtml`` of it is one call of
    0.1-0.3 s, and PySide keeps the GIL for the whole of it, so the window's thread
    stands still while a worker builds a report. Each part here is parsed on its own
    (a few milliseconds) and copied in. Where two parts meet, Qt's HTML reader would
    have merged the next part's first block into the empty block after a table whose
    last cell is empty, and started a new block anywhere else; that is done here by
    hand, with the first block's own formats, so a heading keeps its page break and
    margins. ``progress()`` is called after each part.
    """
    css = document.defaultStyleSheet()
    cursor = QTextCursor(document)
    for part in parts:
        scratch = new_document()
        scratch.setDefaultStyleSheet(css)
        scratch.setDefaultFont(document.defaultFont())
        scratch.setHtml(f"<html><body>{part}</body></html>")
        first = scratch.begin()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if document.isEmpty():
            cursor.setBlockFormat(first.blockFormat())
            cursor.setBlockCharFormat(first.charFormat())
        elif _after_empty_cell(document.lastBlock()):
            cursor.setBlockFormat(first.blockFormat())
            cursor.mergeBlockCharFormat(first.charFormat())
        else:
            cursor.insertBlock(first.blockFormat(), first.charFormat())
        cursor.insertFragment(QTextDocumentFragment(scratch))
        if progress is not None:
            progress()


def _after_empty_cell(block: QTextBlock) -> bool:
    """Whether ``block`` is the empty one after a table that ends with an empty cell."""
    if block.text():
        return False
    previous = block.previous()
    return previous.isValid() and not previous.text() and QTextCursor(previous).currentTable() is not None


def copy_document(document: QTextDocument) -> SafeTextDocument:
    """A copy of ``document`` to lay out and paint elsewhere (another thread, device).

    What ``QTextDocument.clone`` does, in two calls of about 20 ms each rather than
    one of 45 ms for a year's report, and still a :class:`SafeTextDocument`: the text
    and its formats, the pictures it was handed, its header and title.
    """
    copy = new_document()
    copy.setDefaultFont(document.defaultFont())
    copy.setDefaultTextOption(document.defaultTextOption())
    copy.setDefaultStyleSheet(document.defaultStyleSheet())
    kind = QTextDocument.ResourceType.ImageResource.value
    names = [str(n) for n in (document.property(IMAGES_PROPERTY) or [])]
    for url in names:
        copy.addResource(kind, QUrl(url), document.resource(kind, QUrl(url)))
    copy.setProperty(IMAGES_PROPERTY, names)
    copy.setProperty(HEADER_PROPERTY, document.property(HEADER_PROPERTY))
    copy.setProperty(MOVED_PROPERTY, document.property(MOVED_PROPERTY))
    title = QTextDocument.MetaInformation.DocumentTitle
    copy.setMetaInformation(title, document.metaInformation(title))
    fragment = QTextDocumentFragment(document)
    QTextCursor(copy).insertFragment(fragment)
    copy.rootFrame().setFrameFormat(document.rootFrame().frameFormat())
    return copy


def svg_image(path: Path, width_px: int) -> QImage:
    """An SVG drawn on a white background, ``width_px`` wide, keeping its proportions.

    White rather than transparent, so that the picture prints the same on any paper
    and shows in a dark-themed preview.
    """
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise ValueError(f"{path.name}: not a readable SVG picture")
    size = renderer.defaultSize()
    height = max(1, round(width_px * size.height() / max(1, size.width())))
    image = QImage(width_px, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width_px, height))
    painter.end()
    return image


def png_image(data: bytes) -> QImage:
    image = QImage()
    if not image.loadFromData(QByteArray(data), "PNG"):
        raise ValueError("not a PNG picture")
    return image


# --- paper and pages -----------------------------------------------------------------

PAPERS: Final[dict[str, QPageSize.PageSizeId]] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}


def page_layout(paper: str, margin_mm: float = MARGIN_MM) -> QPageLayout:
    """Portrait A4 or Letter with even margins (in millimetres)."""
    key = paper.lower()
    if key not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, got {paper!r}")
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    return QPageLayout(
        QPageSize(PAPERS[key]),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def body_width_px(paper: str, margin_mm: float = MARGIN_MM) -> int:
    """The text width in CSS pixels (1/96 inch), which is how ``<img width>`` counts."""
    layout = page_layout(paper, margin_mm)
    width_mm = layout.paintRect(QPageLayout.Unit.Millimeter).width()
    return int(width_mm / 25.4 * 96)


def _header_font(device: QPagedPaintDevice) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(HEADER_PT)
    return font


def _paint_size(device: QPagedPaintDevice) -> tuple[float, float]:
    dpi = device.logicalDpiY()  # a QPdfWriter's or QPrinter's resolution
    paint = device.pageLayout().paintRectPixels(dpi)
    return float(paint.width()), float(paint.height())


def body_area(device: QPagedPaintDevice, *, header: bool, numbers: bool) -> tuple[float, float]:
    """Where the document goes on each page: (top offset, height), in device pixels.

    The header and the page number each take a band of about two lines of 9 pt type
    inside the margins; the document gets the rest.
    """
    _, height = _paint_size(device)
    metrics = QFontMetricsF(_header_font(device), device)
    band = metrics.height() * 2.2
    top = band if header else 0.0
    bottom = band if numbers else 0.0
    return top, height - top - bottom


def lay_out(document: QTextDocument, device: QPagedPaintDevice, *, header: bool, numbers: bool) -> int:
    """Paginate ``document`` for ``device`` as :func:`paint_document` will; returns pages.

    Point sizes become the device's own, the page height is what the header and
    number bands leave, and boxes that a page break would cut are moved whole.
    """
    width, _ = _paint_size(device)
    _, body_height = body_area(device, header=header, numbers=numbers)
    document.documentLayout().setPaintDevice(device)
    # A new page size starts Qt's layout again, lazily: nothing past the first
    # thousand characters is laid out until asked for, and it is asked for a few
    # pages at a time below, so that no single call holds the GIL for long.
    document.setPageSize(QSizeF(width, body_height))
    steps = _Steps(document)
    keep_tables_together(document, steps=steps)
    steps.until(document.characterCount())
    return document.pageCount()


# Characters laid out per call when the layout is asked for in steps. Qt stops a
# lazy layout step about a thousand characters on, at its next check point; a year's
# report is laid out in calls of 10-40 ms this way, against 0.2-0.3 s for one call.
_STEP: Final = 1000


class _Steps:
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


def paint_document(
    document: QTextDocument,
    device: QPagedPaintDevice,
    *,
    header: str | None = None,
    numbers: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Lay ``document`` out on ``device``'s pages and paint them; returns the page count.

    ``device`` is a ``QPdfWriter`` or a ``QPrinter`` (print and print preview). The
    header (plain text, drawn as given: never interpreted as HTML) and "Page N of M"
    are painted in the top and bottom margins' worth of space on every page, the
    document in between. Without ``header`` the document's own (its
    ``backplanHeader`` property, set by the report) is used. ``progress(done, total)``
    is called after each page.
    """
    if header is None:
        header = str(document.property(HEADER_PROPERTY) or "")
    dpi = device.logicalDpiY()
    width, height = _paint_size(device)
    font = _header_font(device)
    metrics = QFontMetricsF(font, device)
    top, body_height = body_area(device, header=bool(header), numbers=numbers)

    painter = QPainter()
    if not painter.begin(device):  # before laying out pages that cannot be written
        raise OSError("cannot start painting (is the file writable?)")
    # Charts and line drawings stay sharp: no JPEG for pictures in a PDF.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        pages = lay_out(document, device, header=bool(header), numbers=numbers)
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.setFont(font)
            pen = QPen(QColor("black"))
            pen.setWidthF(max(1.0, dpi / 200))
            painter.setPen(pen)
            if header:
                text = metrics.elidedText(header, Qt.TextElideMode.ElideMiddle, width)
                painter.drawText(QRectF(0, 0, width, metrics.height() * 1.3), 0, text)
                rule_y = metrics.height() * 1.5
                painter.drawLine(0, round(rule_y), round(width), round(rule_y))
            if numbers:
                label = f"Page {page + 1} of {pages}"
                rect = QRectF(0, height - metrics.height() * 1.3, width, metrics.height() * 1.3)
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight), label)
            painter.restore()

            painter.save()
            painter.translate(0, top - page * body_height)
            clip = QRectF(0, page * body_height, width, body_height)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            # Qt draws every line that touches the clip, and a PDF keeps text that
            # the clip hides: a line that starts exactly on the page boundary would
            # be copied, invisibly, onto the page before. A hair's inset avoids it.
            context.clip = clip.adjusted(0, 1, 0, -1)
            document.documentLayout().draw(painter, context)
            painter.restore()
            if progress is not None:
                progress(page + 1, pages)
    finally:
        painter.end()
    return pages


_MOVED: Final = QTextFormat.Property.UserProperty.value + 1
_INTRO_BLOCKS: Final = 3  # plain paragraphs between a heading and its table


def keep_tables_together(document: QTextDocument, *, steps: _Steps | None = None) -> None:
    """Move a table that a page break would cut to the next page, if it fits on one.

    Boxes such as "When to get help now" or an exercise with its picture must not be
    split between two pages. The headings (and a short introduction) just above such
    a table move with it, so no heading is left alone at the foot of a page. Tables
    with a header row (``<thead>``, the report's log) flow over pages instead and
    repeat that row; tables longer than a page have to break anyway.

    One pass from the top: a break moves only what follows it, so the tables above
    stay where they were. The layout is asked for in steps, only as far as the table
    looked at; after a break it starts again from the top (see :meth:`_Steps.change`),
    so no call lays out more than about a table, where a break used to lay out the
    rest of the document in one call (0.3 s for a year's report, each time).
    """
    page_height = document.pageSize().height()
    if page_height <= 0:
        return
    steps = steps or _Steps(document)
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
    """Undo the breaks added for another page size."""
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


def write_pdf(
    document: QTextDocument,
    out: Path,
    *,
    title: str,
    paper: str = "a4",
    header: str | None = None,
    numbers: bool = True,
) -> int:
    """Write ``document`` to a PDF file; returns the number of pages.

    The file's metadata carries the document's title and "backplan" as its creator,
    nothing about the person or the computer.
    """
    # Written to a private temporary file and renamed into place (domain.files): the
    # PDF holds health data, and a link planted at ``out`` must not be followed.
    with private_temp_file(out) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(page_layout(paper))
        writer.setResolution(PDF_DPI)
        writer.setTitle(title)
        writer.setCreator(CREATOR)
        writer.setDocumentXmpMetadata(QByteArray(_xmp(title).encode("utf-8")))
        pages = paint_document(document, writer, header=header, numbers=numbers)
        del writer  # closes the file
        scrub_pdf_metadata(tmp)
    return pages


def _xmp(title: str) -> str:
    """XMP that names the document and the app, nothing more (Qt's own adds dates)."""
    return (
        "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        '<rdf:Description rdf:about=""><dc:title><rdf:Alt><rdf:li xml:lang="x-default">'
        f"{html.escape(title)}</rdf:li></rdf:Alt></dc:title></rdf:Description>"
        f'<rdf:Description rdf:about="" xmp:CreatorTool="{CREATOR}"/>'
        "</rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    )


_INFO_ENTRY = re.compile(rb"/(Producer|CreationDate|ModDate|Author) \((?:\\.|[^\\)])*\)")


def scrub_pdf_metadata(path: Path) -> None:
    """Blanks what QPdfWriter adds beyond the title and creator (Qt's version, dates).

    The entries are overwritten with spaces of the same length, so every byte offset
    in the file's cross-reference table stays right.
    """
    data = bytearray(path.read_bytes())  # the private temporary file write_pdf made
    head = bytes(data[:8192])
    info_at = head.find(b"/Creator")
    if info_at < 0:
        return
    for match in _INFO_ENTRY.finditer(head):
        data[match.start() : match.end()] = b" " * (match.end() - match.start())
    path.write_bytes(bytes(data))


__all__ = [
    "BODY_PT",
    "CREATOR",
    "HEADER_PROPERTY",
    "IMAGES_PROPERTY",
    "MOVED_PROPERTY",
    "PAPERS",
    "SafeTextDocument",
    "add_image",
    "body_width_px",
    "copy_document",
    "ensure_gui_app",
    "esc",
    "esc_join",
    "insert_html_parts",
    "keep_tables_together",
    "lay_out",
    "new_document",
    "page_layout",
    "paint_document",
    "png_image",
    "svg_image",
    "write_pdf",
]
