"""Documents filled piece by piece, laid out in steps and copied, as one would be at once.

The report is no longer one ``setHtml`` and one layout (each a long call that holds
the GIL while the window waits): these tests hold the pieces to giving the same
document, the same pages and the same printout.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pdf_support import has_words, needs_poppler, pdf_pages, pdf_text
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QPdfWriter, QTextBlock, QTextCursor, QTextDocument, QTextFormat
from report_builders import example, long_history

from backplan.reports import qtdoc
from backplan.reports.report import build_report_document
from backplan.safety.catalogue import Catalogue

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
YEAR_NOW = datetime(2026, 1, 10, tzinfo=UTC)
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
CSS = "h2 { font-size: 14pt; margin-top: 16px; } p { margin-bottom: 5px; } th { font-weight: bold; }"

# The places where two parts meet that Qt's HTML reader treats differently: after a
# table whose last cell is empty, after one whose last cell has text, after a
# paragraph, after a list, before a heading with a page break, and a first part.
PARTS = [
    "<h1>Title</h1><p>Intro</p>",
    '<h2>Facts</h2><table border="1"><tr><td>a</td><td>b</td></tr></table>',
    '<h2 style="page-break-before: always">Chart</h2><p class="x">Under the chart</p>',
    "<h2>List</h2><ul><li>one</li><li>two</li></ul>",
    "<h3>Month one</h3><table><thead><tr><th>Date</th><th>Note</th></tr></thead>"
    "<tr><td>1 Jan</td><td></td></tr></table>",
    "<h3>Month two</h3><table><thead><tr><th>Date</th><th>Note</th></tr></thead>"
    "<tr><td>1 Feb</td><td>text</td></tr></table>",
    '<h2 style="page-break-before: always">Log</h2>',
    "<p>After the log heading</p>",
]


def _props(fmt: QTextFormat) -> dict[int, object]:
    # ObjectIndex numbers the tables in the order they were made: not a format.
    return {k: v for k, v in fmt.properties().items() if k != QTextFormat.Property.ObjectIndex.value}


def _blocks(document: QTextDocument) -> list[tuple[str, bool, dict[int, object], dict[int, object]]]:
    out = []
    block = document.begin()
    while block.isValid():
        in_table = QTextCursor(block).currentTable() is not None
        out.append((block.text(), in_table, _props(block.blockFormat()), _props(block.charFormat())))
        block = block.next()
    return out


def _document() -> QTextDocument:
    document = qtdoc.new_document()
    document.setDefaultStyleSheet(CSS)
    return document


def test_parts_make_the_document_one_html_text_makes(gui_app: object) -> None:
    whole = _document()
    whole.setHtml("<html><body>" + "\n".join(PARTS) + "</body></html>")
    pieces = _document()
    calls: list[int] = []
    qtdoc.insert_html_parts(pieces, PARTS, progress=lambda: calls.append(1))
    assert len(calls) == len(PARTS)
    assert pieces.toPlainText() == whole.toPlainText()
    assert _blocks(pieces) == _blocks(whole)
    frames = [_props(f.frameFormat()) for f in pieces.rootFrame().childFrames()]
    assert frames == [_props(f.frameFormat()) for f in whole.rootFrame().childFrames()]


def _heading(document: QTextDocument, text: str) -> QTextBlock:
    block = document.begin()
    while block.isValid():
        if block.text() == text and block.blockFormat().headingLevel() > 0:
            return block
        block = block.next()
    raise AssertionError(f"no heading {text!r}")


def test_the_report_headings_keep_their_page_breaks(gui_app: object, catalogue: Catalogue) -> None:
    document = build_report_document(
        example("with-history.backplan.json"), None, None, catalogue=catalogue, now=NOW
    )
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    for text in ("Progress chart", "Pain and mobility log"):
        block = _heading(document, text)
        assert block.blockFormat().headingLevel() == 2
        assert block.blockFormat().pageBreakPolicy() & always, text
    summary = _heading(document, "Summary")
    assert not summary.blockFormat().pageBreakPolicy() & always


def _writer(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(qtdoc.page_layout("a4"))
    writer.setResolution(qtdoc.PDF_DPI)
    return writer


def test_laid_out_in_steps_every_line_has_its_place(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    """No block is left without a layout after page breaks were added in between.

    (Qt lays out again only a little after a change; headings further on printed as
    nothing until the layout was started again.)
    """
    doc = long_history(days=365)
    document = build_report_document(
        doc, None, None, catalogue=catalogue, now=datetime(2026, 1, 10, tzinfo=UTC)
    )
    pages = qtdoc.lay_out(document, _writer(tmp_path / "x.pdf"), header=True, numbers=True)
    assert pages > 10
    layout = document.documentLayout()
    height = document.pageSize().height()
    block = document.begin()
    previous_bottom = 0.0
    headings = 0
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if block.text():
            assert rect.height() > 0, block.text()
        if block.blockFormat().headingLevel() > 0 and QTextCursor(block).currentTable() is None:
            headings += 1
            assert rect.top() >= previous_bottom - 1, block.text()
            # A heading is never the last thing on its page: what follows starts there.
            # (Qt puts a block it moved to a page's top a few hundredths of a pixel
            # above the page boundary's float value: a pixel's tolerance.)
            after = layout.blockBoundingRect(block.next())
            assert int((rect.top() + 1) // height) == int((after.bottom() - 1) // height), block.text()
        if QTextCursor(block).currentTable() is None:
            previous_bottom = rect.bottom()
        block = block.next()
    assert headings >= 12 + 6  # a heading per month and the sections


@needs_poppler
def test_every_month_of_a_year_is_printed(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> None:
    doc = long_history(days=365)
    document = build_report_document(
        doc, None, None, catalogue=catalogue, now=datetime(2026, 1, 10, tzinfo=UTC)
    )
    out = tmp_path / "year.pdf"
    pages = qtdoc.write_pdf(document, out, title="t")
    assert pages == pdf_pages(out)
    text = pdf_text(out)
    months = {(e.at.year, e.at.month) for e in doc.log}
    for year, month in months:
        assert has_words(text, f"{MONTH_NAMES[month - 1]} {year}"), (year, month)


def test_a_copy_keeps_text_pictures_and_header(gui_app: object) -> None:
    document = qtdoc.new_document()
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    src = qtdoc.add_image(document, "dot", image)
    qtdoc.insert_html_parts(
        document, ["<h2>Picture</h2>", f'<p><img src="{src}" width="10" height="10"></p>']
    )
    document.setProperty(qtdoc.HEADER_PROPERTY, "Header line")
    copy = qtdoc.copy_document(document)
    assert isinstance(copy, qtdoc.SafeTextDocument)
    assert copy.toHtml() == document.toHtml()
    assert copy.property(qtdoc.HEADER_PROPERTY) == "Header line"
    picture = copy.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(src))
    assert isinstance(picture, QImage) and picture.pixelColor(5, 5) == QColor("blue")
    # The copy is its own: breaks added for one device do not reach the original.
    QTextCursor(copy).insertText("more")
    assert "more" not in document.toPlainText()


@needs_poppler
def test_a_copy_prints_the_same_pages(gui_app: object, catalogue: Catalogue, tmp_path: Path) -> None:
    document = build_report_document(
        example("with-history.backplan.json"), None, None, catalogue=catalogue, now=NOW
    )
    first, second = tmp_path / "original.pdf", tmp_path / "copy.pdf"
    copy = qtdoc.copy_document(document)
    assert qtdoc.write_pdf(document, first, title="t") == qtdoc.write_pdf(copy, second, title="t")
    for page in range(1, pdf_pages(first) + 1):
        assert pdf_text(first, page) == pdf_text(second, page)


def _breaks(document: QTextDocument) -> list[str]:
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    out = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().pageBreakPolicy() & always:
            out.append(block.text())
        block = block.next()
    return out


@needs_poppler
def test_breaks_for_one_paper_are_undone_for_another(
    gui_app: object, catalogue: Catalogue, tmp_path: Path
) -> None:
    """The preview can change paper: the breaks of the first layout must not stay.

    (A year's log needs a break on Letter that it does not need on A4.)
    """
    doc = long_history(days=365)
    document = build_report_document(doc, None, None, catalogue=catalogue, now=YEAR_NOW)
    written = _breaks(document)
    first = tmp_path / "a4.pdf"
    qtdoc.write_pdf(document, first, title="t")
    a4_breaks = _breaks(document)
    assert len(a4_breaks) > len(written)  # headings moved to keep them with their tables
    qtdoc.write_pdf(document, tmp_path / "letter.pdf", title="t", paper="letter")
    again = tmp_path / "a4-again.pdf"
    qtdoc.write_pdf(document, again, title="t")
    assert _breaks(document) == a4_breaks
    assert pdf_pages(again) == pdf_pages(first)
    for page in range(1, pdf_pages(first) + 1):
        assert pdf_text(again, page) == pdf_text(first, page)


def test_the_report_in_pieces_is_the_report_in_one_piece(gui_app: object, catalogue: Catalogue) -> None:
    """A year's report: the sections and months joined as one setHtml would join them."""
    from backplan.reports import report
    from backplan.reports.progress import progress_data

    doc = long_history(days=365)
    data = progress_data(doc, None, None, YEAR_NOW)
    builder = report._ReportBuilder(doc, data, catalogue, YEAR_NOW, ("backplan:image/chart", 10, 10))
    whole = qtdoc.new_document()
    whole.setDefaultStyleSheet(report._CSS)
    whole.setHtml(builder.html())
    pieces = qtdoc.new_document()
    pieces.setDefaultStyleSheet(report._CSS)
    qtdoc.insert_html_parts(pieces, builder.parts())
    assert len(builder.parts()) > 12  # the sections, then a piece per month
    assert _blocks(pieces) == _blocks(whole)
