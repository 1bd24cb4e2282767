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
  page by page and paints the header (patient, paper, dates), "page N of M" and the
  day it was printed around each page.
* **No long call into Qt.** PySide keeps Python's GIL during a call into Qt, so one
  call that parses or lays out a whole year's report (0.1-0.3 s) stops the window's
  thread while a worker thread makes it. Documents are filled piece by piece
  (:func:`insert_html_parts`), laid out a few pages at a time (Qt lays out lazily up
  to the position asked for), and painted one page per call.

QtGui only: no widgets, so this runs under the command line's offscreen application.
"""

from __future__ import annotations

import base64
import binascii
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
    QTextOption,
)

from backplan.domain.files import private_temp_file
from backplan.reports.fonts import document_font, register_fonts
from backplan.reports.pagination import MOVED_PROPERTY, Steps, keep_headings_with_next, keep_tables_together

CREATOR: Final = "backplan"
BODY_PT: Final = 11.0
HEADER_PT: Final = 9.0
MARGIN_MM: Final = 15.0
PDF_DPI: Final = 600
RESOURCE_SCHEME: Final = "backplan"
# A document's page header travels with it as this dynamic property, so that the
# window can print a document built elsewhere without knowing what it is.
HEADER_PROPERTY: Final = "backplanHeader"
# The footer's "printed on" text (plain), likewise carried by the document.
PRINTED_PROPERTY: Final = "backplanPrinted"
# The pictures a document was handed (their URLs), so that a copy can carry them too.
IMAGES_PROPERTY: Final = "backplanImages"
# The documents ask for the bundled Noto families (fonts.FONT_FAMILIES), each script
# finding its glyphs in its own; past those Qt falls back per character (Hebrew, CJK,
# emoji) to whatever installed font has the glyph.

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
        register_fonts()
        return existing
    # The "-platform" argument wins over QT_QPA_PLATFORM, so a session variable set
    # for a desktop that is not there cannot stop a PDF from being written.
    _app = QGuiApplication(["backplan", "-platform", "offscreen"])
    register_fonts()
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
    document.setDefaultFont(document_font(BODY_PT))
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
    copy.setProperty(PRINTED_PROPERTY, document.property(PRINTED_PROPERTY))
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


def empty_frame(width_px: int) -> QImage:
    """A clear empty frame (white, a grey rule round it), twice as wide as tall.

    Stands where a custom exercise has no picture, so the card does not look as if
    a picture failed to print.
    """
    height = max(1, width_px // 2)
    image = QImage(width_px, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    pen = QPen(QColor("#555555"))
    pen.setWidthF(max(2.0, width_px / 200))
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    inset = pen.widthF()
    painter.drawRect(QRectF(inset, inset, width_px - 2 * inset, height - 2 * inset))
    painter.end()
    return image


def custom_image_bytes(prescription: object) -> bytes | None:
    """The picture a clinician attached to a custom exercise (``custom.image``), decoded.

    The codec has checked the data URI (PNG or JPEG, size limits); this only takes
    the bytes out of it. None when there is none or it cannot be read.
    """
    custom = getattr(prescription, "custom", None)
    uri = getattr(custom, "image", None)
    if not isinstance(uri, str) or "," not in uri:
        return None
    head, _, payload = uri.partition(",")
    if not head.startswith("data:image/") or ";base64" not in head:
        return None
    try:
        return base64.b64decode(payload, validate=True)
    except (ValueError, binascii.Error):
        return None


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
    return document_font(HEADER_PT)


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
    steps = Steps(document)
    keep_tables_together(document, steps=steps)
    keep_headings_with_next(document, steps=steps)
    steps.until(document.characterCount())
    return document.pageCount()


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
    header (plain text, drawn as given: never interpreted as HTML), "page N of M" and
    the day it was printed (the document's ``backplanPrinted`` property) are painted
    in the top and bottom margins' worth of space on every page, the document in
    between, so that pages of two patients printed together can be sorted back.
    Without ``header`` the document's own (its ``backplanHeader`` property, set by
    the sheet and the report) is used. ``progress(done, total)``
    is called after each page.
    """
    if header is None:
        header = str(document.property(HEADER_PROPERTY) or "")
    printed = str(document.property(PRINTED_PROPERTY) or "")
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
                label = page_label(page + 1, pages)
                rect = QRectF(0, height - metrics.height() * 1.3, width, metrics.height() * 1.3)
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight), label)
                if printed:
                    room = width - metrics.horizontalAdvance(label) - metrics.height() * 2
                    text = metrics.elidedText(printed, Qt.TextElideMode.ElideRight, max(0.0, room))
                    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), text)
            painter.restore()

            painter.save()
            painter.translate(0, top - page * body_height)
            clip = QRectF(0, page * body_height, width, body_height)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            # Qt draws every line that touches the clip, and a PDF keeps text that
            # the clip hides: a line that starts on the page boundary (or, by the
            # layout's rounding, a few hundredths of a pixel above it) would be
            # copied, invisibly, onto the page before. An inset of a fraction of a
            # point avoids it; no line is that short, so none is lost.
            inset = max(1.0, dpi / 75)
            context.clip = clip.adjusted(0, inset, 0, -inset)
            document.documentLayout().draw(painter, context)
            painter.restore()
            if progress is not None:
                progress(page + 1, pages)
    finally:
        painter.end()
    return pages


def page_label(number: int, total: int) -> str:
    """The footer's page number, as report.md words it: ``page 2 of 5``."""
    return f"page {number} of {total}"


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
    "PRINTED_PROPERTY",
    "SafeTextDocument",
    "add_image",
    "body_width_px",
    "copy_document",
    "custom_image_bytes",
    "empty_frame",
    "ensure_gui_app",
    "esc",
    "esc_join",
    "insert_html_parts",
    "keep_headings_with_next",
    "keep_tables_together",
    "lay_out",
    "new_document",
    "page_label",
    "page_layout",
    "paint_document",
    "png_image",
    "svg_image",
    "write_pdf",
]
