"""The printing toolkit: safe text, no outside resources, pages with headers."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

from pdf_support import needs_poppler, pdf_pages, pdf_text, pdf_words
from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPdfWriter, QTextDocument

from backplan.reports import qtdoc


def test_escaping_leaves_only_text(gui_app: object) -> None:
    text = '<img src="file:///etc/passwd"> & <b>bold</b>\nnext "line"'
    escaped = qtdoc.esc(text)
    assert "<img" not in escaped and "<b>" not in escaped
    assert escaped.count("<br/>") == 1
    document = qtdoc.new_document()
    document.setHtml(f"<p>{escaped}</p>")
    assert document.toPlainText() == text


def test_a_document_never_loads_outside_files(gui_app: object, tmp_path: Path) -> None:
    picture = tmp_path / "secret.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    url = QUrl.fromLocalFile(str(picture))
    # A plain QTextDocument would read the file; backplan's documents must not.
    plain = QTextDocument()
    plain.setHtml(f'<img src="{url.toString()}">')
    assert plain.resource(QTextDocument.ResourceType.ImageResource.value, url) is not None
    safe = qtdoc.new_document()
    safe.setHtml(f'<img src="{url.toString()}">')
    assert safe.resource(QTextDocument.ResourceType.ImageResource.value, url) is None
    # Pictures handed over explicitly are shown.
    src = qtdoc.add_image(safe, "dot", image)
    assert safe.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(src)) is not None


def test_ensure_gui_app_returns_the_running_app(gui_app: object) -> None:
    assert qtdoc.ensure_gui_app() is QGuiApplication.instance()


def test_ensure_gui_app_works_without_a_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"  # a desktop that is not there must not matter
    script = textwrap.dedent(
        """
        from backplan.reports.qtdoc import ensure_gui_app
        app = ensure_gui_app()
        assert ensure_gui_app() is app
        print(app.platformName())
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "offscreen"


def test_svg_pictures_keep_their_proportions(gui_app: object) -> None:
    from backplan.reports.wording import exercise_library

    entry = exercise_library()["bridge"]
    assert entry.image is not None
    image = qtdoc.svg_image(entry.image, 400)
    assert image.width() == 400
    assert image.height() == 200  # the library's pictures are drawn 2:1
    assert image.pixelColor(0, 0) == QColor("white")


def _filler_then_box(lines: int) -> str:
    filler = "".join(f"<p>Filler line {i}</p>" for i in range(lines))
    box = "".join(f"<p>Box line {i}</p>" for i in range(12))
    return f'{filler}<h2>Box heading</h2><table border="1"><tr><td>{box}</td></tr></table>'


@needs_poppler
def test_a_box_and_its_heading_are_not_split(gui_app: object, tmp_path: Path) -> None:
    # Find a filler length that puts the box across the first page break when the
    # document is simply paginated (the same page height as the PDF will have).
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setPageLayout(qtdoc.page_layout("a4"))
    writer.setResolution(qtdoc.PDF_DPI)
    _, body = qtdoc.body_area(writer, header=False, numbers=True)
    for lines in range(20, 120):
        document = qtdoc.new_document()
        document.setHtml(_filler_then_box(lines))
        document.documentLayout().setPaintDevice(writer)
        document.setPageSize(QSizeF(writer.width(), body))
        table = document.rootFrame().childFrames()[0]
        rect = document.documentLayout().frameBoundingRect(table)
        if int(rect.top() // body) == 0 and int(rect.bottom() // body) == 1:
            break
    else:
        raise AssertionError("no filler length splits the box")
    out = tmp_path / "box.pdf"
    qtdoc.write_pdf(document, out, title="t", header="")
    pages = pdf_pages(out)
    assert pages == 2
    second = pdf_text(out, 2)
    assert "Box heading" in second and "Box line 0" in second and "Box line 11" in second
    assert "Box" not in pdf_text(out, 1)


@needs_poppler
def test_every_page_has_its_header_and_number(gui_app: object, tmp_path: Path) -> None:
    document = qtdoc.new_document()
    document.setHtml("".join(f"<p>Line {i}</p>" for i in range(150)))
    out = tmp_path / "pages.pdf"
    header = "Header for \u05e9\u05dc\u05d5\u05dd, 1 Dec 2026"
    pages = qtdoc.write_pdf(document, out, title="Pages", header=header)
    assert pages == pdf_pages(out) >= 3
    for page in range(1, pages + 1):
        text = pdf_text(out, page)
        assert "Header for" in text
        assert f"page {page} of {pages}" in text
    page_boxes, words = pdf_words(out)
    for word in words:
        box = page_boxes[word.page - 1]
        assert word.x_min >= 0 and word.x_max <= box.width
        assert word.y_min >= 0 and word.y_max <= box.height


def test_paper_sizes() -> None:
    a4 = qtdoc.page_layout("a4").fullRect(qtdoc.QPageLayout.Unit.Millimeter)
    letter = qtdoc.page_layout("Letter").fullRect(qtdoc.QPageLayout.Unit.Millimeter)
    assert (round(a4.width()), round(a4.height())) == (210, 297)
    assert (round(letter.width(), 1), round(letter.height(), 1)) == (215.9, 279.4)
    try:
        qtdoc.page_layout("a3")
    except ValueError as exc:
        assert "a4" in str(exc)
    else:
        raise AssertionError("a3 was accepted")


@needs_poppler
def test_lines_at_page_breaks_are_printed_once(gui_app: object, tmp_path: Path) -> None:
    """Headings, lists and paragraphs of many heights, so page breaks fall everywhere."""
    parts = []
    for i in range(240):
        kind = i % 4
        if kind == 0:
            parts.append(f"<h2>Heading {i}</h2>")
        elif kind == 1:
            parts.append("<ul>" + "".join(f"<li>Item {i}-{j}</li>" for j in range(1 + i % 3)) + "</ul>")
        elif kind == 2:
            parts.append(f"<p>Paragraph {i} " + "word " * (i % 30) + "</p>")
        else:
            parts.append(f"<h3>Small {i}</h3>")
    document = qtdoc.new_document()
    document.setHtml("".join(parts))
    out = tmp_path / "breaks.pdf"
    assert qtdoc.write_pdf(document, out, title="t", header="H") > 5
    labels = re.findall(r"(?:Heading|Item|Paragraph|Small) [\d-]+", pdf_text(out))
    repeated = {label: n for label, n in Counter(labels).items() if n > 1}
    assert repeated == {}
    assert len(labels) == len(set(labels)) == 240 + sum(1 + i % 3 for i in range(1, 240, 4)) - 60
