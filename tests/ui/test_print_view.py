"""The Print section: export, print and preview of the plan sheet and clinician report.

Real services with the with-history example, the clock at 12 Nov 2026 in Kolkata.
PDFs are read back with poppler's pdftotext and pdfinfo, as a person would open them.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from backplan.domain.clock import FixedClock
from backplan.services.backplan_service import Backplan
from backplan.ui.print.view import Kind, PrintView

HISTORY_FILE = Path(__file__).resolve().parents[1] / "data" / "examples" / "with-history.backplan.json"
KOLKATA = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 11, 12, 9, 15, tzinfo=KOLKATA)
WAIT_MS = 60_000

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdfinfo")), reason="poppler-utils missing"
)


@pytest.fixture
def history(services: Backplan, clock: FixedClock) -> tuple[Backplan, int]:
    clock.set(NOW)
    return services, services.import_file(HISTORY_FILE).patient_id


@pytest.fixture
def view(qtbot, history) -> PrintView:  # type: ignore[no-untyped-def]
    services, pid = history
    widget = PrintView(services)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.set_patient(pid)
    return widget


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _info(pdf: Path) -> tuple[int, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = re.search(r"^Pages:\s+(\d+)", out, re.MULTILINE)
    size = re.search(r"^Page size:\s+(.*)$", out, re.MULTILINE)
    assert pages is not None and size is not None
    return int(pages.group(1)), size.group(1)


@needs_poppler
@pytest.mark.parametrize(
    ("kind", "expected"),
    [(Kind.SHEET, "When to get help now"), (Kind.REPORT, "Clinician report")],
)
def test_export_pdf_names_the_patient(
    qtbot, view: PrintView, tmp_path: Path, kind: Kind, expected: str
) -> None:  # type: ignore[no-untyped-def]
    view.set_choice(kind)
    out = tmp_path / view.choice().file_name()
    with qtbot.waitSignal(view.exported, timeout=WAIT_MS):
        view.export_pdf(out)
    text = _text(out)
    assert "Priya Nair" in text
    assert expected in text
    pages, size = _info(out)
    assert pages >= 1
    assert "A4" in size


@needs_poppler
def test_letter_paper(qtbot, view: PrintView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view.set_choice(Kind.SHEET, paper="letter")
    out = tmp_path / "sheet-letter.pdf"
    with qtbot.waitSignal(view.exported, timeout=WAIT_MS):
        view.export_pdf(out)
    assert "letter" in _info(out)[1].lower()


def test_sheet_week_and_report_range(view: PrintView) -> None:
    # The week is the one containing today (Thursday 12 Nov): Monday 9 to Sunday 15.
    choice = view.choice()
    assert choice.kind is Kind.SHEET
    assert choice.week == date(2026, 11, 12)
    assert choice.file_name() == "backplan-plan-sheet-2026-11-09.pdf"
    assert "9 Nov 2026" in view.week_label.text() and "15 Nov 2026" in view.week_label.text()
    # The report's range defaults to the whole record: first entry to today.
    assert (choice.start, choice.end) == (date(2026, 11, 2), date(2026, 11, 12))


def test_print_preview_opens_with_pages(qtbot, view: PrintView) -> None:  # type: ignore[no-untyped-def]
    view.set_choice(Kind.REPORT)
    with qtbot.waitSignal(view.preview_opened, timeout=WAIT_MS):
        view.preview()
        # Built off the GUI thread: the progress bar is up until the result arrives.
        assert view.progress.isVisible()
    dialog = view.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() > 0, timeout=WAIT_MS)
    assert widget.pageCount() >= 2  # a multi-page report
    dialog.close()
    assert not dialog.isVisible()


@needs_poppler
def test_printing_paints_every_page(qtbot, view: PrintView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(view.printed, timeout=WAIT_MS) as blocker:
        view.print_to(printer)
    pages = blocker.args[0]
    assert pages == _info(out)[0]
    text = _text(out)
    assert "Priya Nair" in text
    assert f"page {pages} of {pages}" in text


@needs_poppler
def test_the_report_is_printed_off_the_gui_thread(
    qtbot, view: PrintView, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A year's report takes most of a second to lay out and paint: not on the window's thread."""
    import threading

    from backplan.reports import qtdoc

    painted_on: list[int] = []
    real_paint = qtdoc.paint_document

    def paint_and_note(*args, **kwargs):  # type: ignore[no-untyped-def]
        painted_on.append(threading.get_ident())
        return real_paint(*args, **kwargs)

    monkeypatch.setattr(qtdoc, "paint_document", paint_and_note)
    view.set_choice(Kind.REPORT)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "report-printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(view.document_ready, timeout=WAIT_MS):
        view.print_to(printer)
    # Printing now: the document is not laid out for a preview meanwhile.
    assert view.print_runner.busy
    assert not view.preview_button.isEnabled() and not view.print_button.isEnabled()
    assert view.progress.isVisible()
    with qtbot.waitSignal(view.printed, timeout=WAIT_MS) as blocker:
        pass
    assert painted_on and threading.get_ident() not in painted_on
    pages = blocker.args[0]
    assert pages == _info(out)[0] >= 2
    text = _text(out)
    for heading in ("Clinician report", "Progress chart", "Medication record", "Pain and mobility log"):
        assert heading in text
    assert f"page {pages} of {pages}" in text
    assert "Sent" in view.status.text()
    assert view.preview_button.isEnabled() and view.print_button.isEnabled()
    # The chart went with the copy that was printed.
    if shutil.which("pdfimages"):
        listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True)
        assert len(listing.stdout.splitlines()[2:]) == 1


def test_a_changed_choice_builds_again(qtbot, view: PrintView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sheet.pdf"))
    with qtbot.waitSignal(view.printed, timeout=WAIT_MS):
        view.print_to(printer)
    assert view.built is not None and view.built.choice.kind is Kind.SHEET
    view.set_choice(Kind.REPORT)
    assert view.built is None


def test_a_printer_that_cannot_start_is_reported(qtbot, view: PrintView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no-such-folder" / "x.pdf"))
    with qtbot.waitSignal(view.failed, timeout=WAIT_MS):
        view.print_to(printer)
    assert "did not work" in view.status.text()


def test_a_report_range_that_ends_before_it_starts(view: PrintView) -> None:
    view.set_choice(Kind.REPORT)
    view.from_edit.setDate(view.to_edit.date().addDays(3))
    assert not view.preview_button.isEnabled()
    assert "before" in view.status.text()


def test_empty_state(qtbot, services: Backplan) -> None:  # type: ignore[no-untyped-def]
    widget = PrintView(services)
    qtbot.addWidget(widget)
    widget.set_patient(None)
    assert widget.stack.currentWidget() is widget.empty
    assert not widget.print_button.isEnabled()


def test_print_opens_the_print_dialog(qtbot, view: PrintView) -> None:  # type: ignore[no-untyped-def]
    """File > Print… delegates here: the print dialog opens, without blocking the window."""
    view.print_current()
    qtbot.waitUntil(lambda: view.print_dialog is not None, timeout=WAIT_MS)
    dialog = view.print_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert "plan sheet" in dialog.windowTitle()
    dialog.reject()
    assert not dialog.isVisible()


def test_file_print_in_the_main_window(qtbot, history, window_factory) -> None:  # type: ignore[no-untyped-def]
    services, pid = history
    window = window_factory(services)
    window.set_patient(pid)
    window.print_action.trigger()
    view = window.views["print"]
    assert isinstance(view, PrintView)
    qtbot.waitUntil(lambda: view.print_dialog is not None, timeout=WAIT_MS)
    dialog = view.print_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
    view.shutdown()


def _unnamed_controls(root: QWidget) -> list[str]:
    """Visible controls a keyboard reaches that a screen reader could not name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if widget.focusProxy() is not None or isinstance(
            widget.parentWidget(), (QAbstractSpinBox, QComboBox)
        ):
            continue  # the inner line edit of a spin box or combo box speaks through it
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_an_accessible_name(view: PrintView) -> None:
    assert _unnamed_controls(view) == []
