"""The Print section: the plan sheet and the clinician report, on paper or as PDF.

The documents are the ``QTextDocument``s that ``reports`` builds, so what the preview
shows, what the printer prints and what ``backplan sheet`` / ``backplan report``
write are one and the same. Building a report means reading the whole history and
drawing its charts, which can take seconds for years of data; that happens on a
worker thread with progress shown. Printing paints a copy of the document onto the
printer on a worker thread too, page by page (Qt allows painting on a ``QPrinter``
from another thread); only the print preview paints here, as its widget asks for
each page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from enum import Enum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backplan.reports import qtdoc
from backplan.reports.progress import default_range
from backplan.services.backplan_service import Backplan

from ..common.events import ServiceEvents
from ..common.jobs import JobRunner, Report
from ..common.screen_fit import fit_to_screen
from ..common.section import Offers
from ..common.widgets import empty_state


class Kind(Enum):
    SHEET = "sheet"
    REPORT = "report"


@dataclass(frozen=True)
class Choice:
    """Which document, for which days, on which paper."""

    kind: Kind
    paper: str  # "a4" or "letter"
    week: date  # for the sheet: any day of the week wanted
    start: date | None  # for the report
    end: date | None

    def file_name(self) -> str:
        if self.kind is Kind.SHEET:
            monday = self.week - timedelta(days=self.week.weekday())
            return f"backplan-plan-sheet-{monday.isoformat()}.pdf"
        span = f"-{self.start.isoformat()}-to-{self.end.isoformat()}" if self.start and self.end else ""
        return f"backplan-clinician-report{span}.pdf"


@dataclass
class Built:
    """A document ready to paint, with the header its pages carry."""

    choice: Choice
    document: QTextDocument
    header: str | None  # None: the document's own (the sheet's and the report's), "": none
    title: str


def default_paper() -> str:
    """Letter where the locale measures in US units, A4 everywhere else."""
    if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "letter"
    return "a4"


def build(services: Backplan, patient_id: int, choice: Choice, report: Report) -> Built:
    """Builds the chosen document (runs on a worker thread; Qt text documents may)."""
    report(0, 3)
    doc = services.document(patient_id)
    catalogue = services.catalogue
    report(1, 3)
    if choice.kind is Kind.SHEET:
        from backplan.reports.sheet import SHEET_TITLE, build_sheet_document

        document = build_sheet_document(
            doc, week=choice.week, paper=choice.paper, catalogue=catalogue, now=services.now()
        )
        built = Built(choice, document, None, SHEET_TITLE)
    else:
        from backplan.reports.report import REPORT_TITLE, build_report_document

        document = build_report_document(
            doc, choice.start, choice.end, catalogue=catalogue, now=services.now(), paper=choice.paper
        )
        built = Built(choice, document, None, REPORT_TITLE)
    report(2, 3)
    # The document was made on this worker thread; it is painted on the GUI thread.
    app = QCoreApplication.instance()
    if app is not None:
        document.moveToThread(app.thread())
    report(3, 3)
    return built


def print_pages(built: Built, printer: QPrinter, report: Report) -> int:
    """Paints ``built`` onto ``printer``; returns the pages (runs on a worker thread).

    Qt supports a QPainter on a QPrinter in another thread ("Reentrancy and
    Thread-Safety": QImage, QPrinter and QPicture, not widgets or pixmaps). A copy of
    the document is laid out and painted, so that the one the preview shows (on the
    window's thread) is never laid out for two devices at once; the copy is made and
    dropped on this thread.
    """
    document = qtdoc.copy_document(built.document)
    try:
        return qtdoc.paint_document(document, printer, header=built.header, progress=report)
    finally:
        # Deleted here, on its own thread, even when an error's traceback still
        # refers to it: its layout's timer cannot be stopped from another thread.
        shiboken6.delete(document)


def export(services: Backplan, patient_id: int, choice: Choice, out: Path) -> str:
    """Writes the chosen document as a PDF exactly as the command line does."""
    doc = services.document(patient_id)
    if choice.kind is Kind.SHEET:
        from backplan.reports.sheet import write_sheet

        write_sheet(
            doc, out, week=choice.week, paper=choice.paper, catalogue=services.catalogue, now=services.now()
        )
    else:
        from backplan.reports.report import write_report

        write_report(
            doc,
            out,
            choice.start,
            choice.end,
            catalogue=services.catalogue,
            now=services.now(),
            paper=choice.paper,
        )
    return str(out)



class PrintView(QWidget):
    """The Print section of the main window."""

    document_ready = Signal()
    preview_opened = Signal()
    printed = Signal(int)  # pages
    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, services: Backplan, parent: QWidget | None = None, *, undo_stack: Any = None) -> None:
        # ``undo_stack`` is accepted like the other sections; printing changes no data.
        super().__init__(parent)
        self.setObjectName("printView")
        self.services = services
        self.patient_id: int | None = None
        self._tz: tzinfo = ZoneInfo("UTC")
        self.built: Built | None = None
        self._then: list[Any] = []  # what to do once the document is built
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.printer: QPrinter | None = None

        self._start_jobs()
        self._build_empty()
        sheet_help, report_help = self._build_choice_fields()
        choice_box = self._build_choice_box(sheet_help, report_help)
        actions = self._build_actions()
        self._lay_out(choice_box, actions)
        self._connect_choice()

        ServiceEvents.of(services).changed.connect(self._data_changed)
        self.set_patient(None)

    # --- building ----------------------------------------------------------------------

    def _start_jobs(self) -> None:
        """Building, exporting and printing a document each run as background jobs."""
        self.runner = JobRunner(self)
        self.runner.finished.connect(self._built)
        self.runner.failed.connect(self._failed)
        self.runner.progress.connect(self._progress)
        self.runner.busy_changed.connect(self._busy)
        self.export_runner = JobRunner(self)
        self.export_runner.finished.connect(self._exported)
        self.export_runner.failed.connect(self._failed)
        self.export_runner.busy_changed.connect(self._busy)
        self.print_runner = JobRunner(self)
        self.print_runner.finished.connect(self._printed)
        self.print_runner.failed.connect(self._failed)
        self.print_runner.progress.connect(self._progress)
        self.print_runner.busy_changed.connect(self._busy)

    def _build_empty(self) -> None:
        """What the section shows before there is a patient."""
        self.empty = empty_state(
            self.tr(
                "<h2>Nothing to print yet</h2><p>Once a plan is imported (File menu), print a "
                "plan sheet for the fridge, with the week's times and the exercise pictures, "
                "or a report for your clinician.</p>"
            ),
            self.tr("No patient: import or start a plan to print"),
            self,
        )

    def _build_choice_fields(self) -> tuple[QLabel, QLabel]:
        """The sheet or the report, their dates and the paper; returns the two help texts."""
        self.sheet_radio = QRadioButton(self.tr("Plan &sheet for one week"), self)
        self.sheet_radio.setAccessibleName(self.tr("Plan sheet for one week"))
        self.report_radio = QRadioButton(self.tr("Clinician rep&ort"), self)
        self.report_radio.setAccessibleName(self.tr("Clinician report"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.sheet_radio)
        self.kind_group.addButton(self.report_radio)
        self.sheet_radio.setChecked(True)
        sheet_help = QLabel(
            self.tr(
                "For the fridge: the week's medicine times, activities, heat and cold, the "
                "exercises with their pictures, and when to get help."
            ),
            self,
        )
        sheet_help.setWordWrap(True)
        report_help = QLabel(
            self.tr(
                "For your clinician: a summary page, the progress charts, the medication "
                "record with any overrides, adherence and the log."
            ),
            self,
        )
        report_help.setWordWrap(True)

        self.week_edit = self._date_edit(self.tr("A day in the week to print"))
        self.week_label = QLabel(self)
        self.from_edit = self._date_edit(self.tr("First day of the report"))
        self.to_edit = self._date_edit(self.tr("Last day of the report"))
        self.whole_button = QPushButton(self.tr("Whole recor&d"), self)
        self.whole_button.setAccessibleName(self.tr("Report on the whole record"))
        self.whole_button.clicked.connect(self.use_whole_record)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.setCurrentIndex(max(0, self.paper.findData(default_paper())))
        return sheet_help, report_help

    def _build_choice_box(self, sheet_help: QLabel, report_help: QLabel) -> QGroupBox:
        """The choice's fields laid out under "What to print"."""
        sheet_form = QFormLayout()
        week_row = QHBoxLayout()
        week_row.addWidget(self.week_edit)
        week_row.addWidget(self.week_label, 1)
        week_label = QLabel(self.tr("Wee&k of"), self)
        week_label.setBuddy(self.week_edit)
        sheet_form.addRow(week_label, week_row)
        report_form = QFormLayout()
        range_row = QHBoxLayout()
        range_row.addWidget(self.from_edit)
        to_label = QLabel(self.tr("to"), self)
        to_label.setBuddy(self.to_edit)
        range_row.addWidget(to_label)
        range_row.addWidget(self.to_edit)
        range_row.addWidget(self.whole_button)
        range_row.addStretch(1)
        from_label = QLabel(self.tr("Fro&m"), self)
        from_label.setBuddy(self.from_edit)
        report_form.addRow(from_label, range_row)

        choice_box = QGroupBox(self.tr("What to print"), self)
        choice_layout = QVBoxLayout(choice_box)
        choice_layout.addWidget(self.sheet_radio)
        choice_layout.addWidget(self._indented(sheet_help, sheet_form))
        choice_layout.addWidget(self.report_radio)
        choice_layout.addWidget(self._indented(report_help, report_form))
        paper_row = QHBoxLayout()
        paper_label = QLabel(self.tr("P&aper"), self)
        paper_label.setBuddy(self.paper)
        paper_row.addWidget(paper_label)
        paper_row.addWidget(self.paper)
        paper_row.addStretch(1)
        choice_layout.addLayout(paper_row)
        return choice_box

    def _build_actions(self) -> QHBoxLayout:
        """Print, print preview and export, on one line."""
        self.print_button = QPushButton(self.tr("Pri&nt…"), self)
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.clicked.connect(self.print_current)
        self.preview_button = QPushButton(self.tr("Print previe&w…"), self)
        self.preview_button.setAccessibleName(self.tr("Print preview"))
        self.preview_button.clicked.connect(self.preview)
        self.export_button = QPushButton(self.tr("E&xport PDF…"), self)
        self.export_button.setAccessibleName(self.tr("Export as PDF"))
        self.export_button.clicked.connect(self.choose_export_file)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        return actions

    def _lay_out(self, choice_box: QGroupBox, actions: QHBoxLayout) -> None:
        """The choice, the actions, the progress and the status; the empty state."""
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Preparing the document"))
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Print status"))

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(choice_box)
        content_layout.addLayout(actions)
        content_layout.addWidget(self.progress)
        content_layout.addWidget(self.status)
        content_layout.addStretch(1)
        content.setMaximumWidth(760)
        self.content = content

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.stack)

    def _connect_choice(self) -> None:
        """Any change of the choice forgets the document built; the fields' tab order."""
        for signal in (
            self.sheet_radio.toggled,
            self.week_edit.dateChanged,
            self.from_edit.dateChanged,
            self.to_edit.dateChanged,
            self.paper.currentIndexChanged,
        ):
            signal.connect(self._choice_changed)

        QWidget.setTabOrder(self.sheet_radio, self.week_edit)
        QWidget.setTabOrder(self.week_edit, self.report_radio)
        QWidget.setTabOrder(self.report_radio, self.from_edit)
        QWidget.setTabOrder(self.from_edit, self.to_edit)
        QWidget.setTabOrder(self.to_edit, self.whole_button)
        QWidget.setTabOrder(self.whole_button, self.paper)
        QWidget.setTabOrder(self.paper, self.print_button)
        QWidget.setTabOrder(self.print_button, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.export_button)

    # --- building the form -------------------------------------------------------------

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd d MMM yyyy")
        edit.setAccessibleName(name)
        return edit

    def _indented(self, help_label: QLabel, form: QFormLayout) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(24, 0, 0, 8)
        layout.addWidget(help_label)
        layout.addLayout(form)
        return box

    # --- the window's interface ----------------------------------------------------------

    def set_patient(self, patient_id: int | None) -> None:
        self.patient_id = patient_id
        self.built = None
        self._then.clear()
        if patient_id is None:
            self.stack.setCurrentWidget(self.empty)
            self._enable(False)
            return
        self._tz = ZoneInfo(self.services.patient(patient_id).timezone)
        today = self.services.now().astimezone(self._tz).date()
        self._set_date(self.week_edit, today)
        self.use_whole_record()
        self.stack.setCurrentWidget(self.content)
        self._enable(True)
        self._choice_changed()

    def print_current(self) -> None:
        """File > Print…: the print dialog for the chosen document (built first if needed)."""
        if self.patient_id is not None:
            self._when_built(self._open_print_dialog)

    def print_document(self) -> None:
        """The name the main window's File > Print… looks for; the same as print_current."""
        self.print_current()

    def preview(self) -> None:
        if self.patient_id is not None:
            self._when_built(self._open_preview)

    def choose_export_file(self) -> None:
        if self.patient_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), self.choice().file_name(), self.tr("PDF document (*.pdf)")
        )
        if path:
            out = Path(path)
            if out.suffix.lower() != ".pdf":
                out = out.with_name(out.name + ".pdf")
            self.export_pdf(out)

    def export_pdf(self, out: Path) -> None:
        """Writes the chosen document to ``out`` on a worker thread."""
        if self.patient_id is None:
            return
        services, patient_id, choice = self.services, self.patient_id, self.choice()
        self._say(self.tr("Writing {0}…").format(out.name))
        self.export_runner.submit(lambda _job: export(services, patient_id, choice, out))

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.runner.wait()
        self.export_runner.wait()
        self.print_runner.wait()

    # --- the choice --------------------------------------------------------------------

    def choice(self) -> Choice:
        kind = Kind.SHEET if self.sheet_radio.isChecked() else Kind.REPORT
        return Choice(
            kind=kind,
            paper=str(self.paper.currentData()),
            week=_pydate(self.week_edit.date()),
            start=_pydate(self.from_edit.date()),
            end=_pydate(self.to_edit.date()),
        )

    def set_choice(self, kind: Kind, *, paper: str | None = None) -> None:
        (self.sheet_radio if kind is Kind.SHEET else self.report_radio).setChecked(True)
        if paper is not None:
            self.paper.setCurrentIndex(self.paper.findData(paper))

    def use_whole_record(self) -> None:
        if self.patient_id is None:
            return
        doc = self.services.document(self.patient_id, with_history=False)
        log = self.services.log_entries(self.patient_id)
        first, last = default_range(doc, self.services.now())
        if log:
            first = min(first, log[0][1].at.astimezone(self._tz).date())
        self._set_date(self.from_edit, first)
        self._set_date(self.to_edit, last)
        self._choice_changed()

    def _choice_changed(self, *_args: Any) -> None:
        self.built = None  # the next print or preview builds the new choice
        sheet = self.sheet_radio.isChecked()
        self.week_edit.setEnabled(sheet)
        self.from_edit.setEnabled(not sheet)
        self.to_edit.setEnabled(not sheet)
        self.whole_button.setEnabled(not sheet)
        monday = _pydate(self.week_edit.date())
        monday -= timedelta(days=monday.weekday())
        sunday = monday + timedelta(days=6)
        self.week_label.setText(self.tr("Monday {0} to Sunday {1}").format(_day(monday), _day(sunday)))
        start, end = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        bad_range = not sheet and end < start
        for button in (self.print_button, self.preview_button, self.export_button):
            button.setEnabled(self.patient_id is not None and not bad_range)
        if self.print_runner.busy:
            self.print_button.setEnabled(False)
            self.preview_button.setEnabled(False)
        if bad_range:
            self._say(self.tr("The report's last day is before its first; change one of them."))
        elif not self.runner.busy and not self.export_runner.busy and not self.print_runner.busy:
            self._say("")

    def _set_date(self, edit: QDateEdit, value: date) -> None:
        edit.blockSignals(True)
        edit.setDate(QDate(value.year, value.month, value.day))
        edit.blockSignals(False)

    def _enable(self, on: bool) -> None:
        for button in (self.print_button, self.preview_button, self.export_button):
            button.setEnabled(on)

    # --- building, off the GUI thread -----------------------------------------------------

    def _when_built(self, then: Any) -> None:
        choice = self.choice()
        if self.built is not None and self.built.choice == choice:
            then(self.built)
            return
        assert self.patient_id is not None
        self._then = [then]
        services, patient_id = self.services, self.patient_id
        self._say(self.tr("Preparing the document…"))
        self.runner.submit(lambda job: build(services, patient_id, choice, job.report))

    def _built(self, result: object) -> None:
        assert isinstance(result, Built)
        if result.choice != self.choice():
            return  # the choice changed while it was built; the next action builds again
        self.built = result
        self._say("")
        self.document_ready.emit()
        then, self._then = self._then, []
        for action in then:
            action(result)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _busy(self, _busy: bool) -> None:
        busy = self.runner.busy or self.export_runner.busy or self.print_runner.busy
        self.progress.setVisible(busy)
        if self.export_runner.busy and not self.runner.busy and not self.print_runner.busy:
            self.progress.setRange(0, 0)  # writing a PDF: no steps to count
        self.export_button.setEnabled(not self.export_runner.busy and self.patient_id is not None)
        # While the printer is painting a copy of the document on the worker, the
        # document itself is not laid out for a preview (nor printed twice over).
        printing = self.print_runner.busy
        self.print_button.setEnabled(not printing and self.patient_id is not None)
        self.preview_button.setEnabled(not printing and self.patient_id is not None)

    def _failed(self, message: str) -> None:
        self._then = []
        self._say(self.tr("That did not work: {0}").format(message))
        self.failed.emit(message)

    def _exported(self, path: object) -> None:
        self._say(self.tr("Saved {0}").format(path))
        self.exported.emit(str(path))

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # --- printing (on a worker thread) and the preview (on the GUI thread) ----------------

    def _new_printer(self, paper: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(qtdoc.page_layout(paper))
        printer.setDocName(self.tr("backplan"))
        printer.setCreator(qtdoc.CREATOR)
        return printer

    def paint(self, printer: QPrinter, built: Built | None = None) -> int:
        """Paints the built document on ``printer`` here, on the GUI thread (the preview).

        Printing goes through :meth:`print_in_background` instead.
        """
        built = built or self.built
        if built is None:
            return 0
        progress = self.progress

        def step(done: int, total: int) -> None:
            progress.setVisible(done < total)
            progress.setRange(0, total)
            progress.setValue(done)

        try:
            pages = qtdoc.paint_document(built.document, printer, header=built.header, progress=step)
        except (OSError, ValueError) as exc:
            self._failed(str(exc))
            return 0
        finally:
            progress.setVisible(False)
        return pages

    def _open_print_dialog(self, built: Built) -> None:
        printer = self._new_printer(built.choice.paper)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {0}").format(self._name(built)))

        dialog.accepted.connect(lambda: self.print_in_background(printer, built))
        self.printer = printer
        self.print_dialog = dialog
        QDialog.open(dialog)  # PySide binds only QPrintDialog.open(receiver, slot)

    def print_to(self, printer: QPrinter) -> None:
        """Prints the chosen document on ``printer`` without a dialog (tests, automation)."""
        self._when_built(lambda built: self.print_in_background(printer, built))

    def print_in_background(self, printer: QPrinter, built: Built) -> None:
        """Paints ``built`` onto ``printer`` on a worker thread, with the pages as progress.

        Laying out and painting a year's report takes most of a second; on the GUI
        thread the window would stand still for it.
        """
        self.printer = printer  # kept alive until the job is done
        self.print_runner.submit(lambda job: print_pages(built, printer, job.report))

    def _printed(self, pages: object) -> None:
        assert isinstance(pages, int)
        if pages:
            self._say(self.tr("Sent {0} pages to the printer.").format(pages))
            self.printed.emit(pages)

    def _open_preview(self, built: Built) -> None:
        printer = self._new_printer(built.choice.paper)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(self.tr("Print preview: {0}").format(self._name(built)))
        dialog.setAccessibleName(dialog.windowTitle())
        dialog.paintRequested.connect(lambda p: self.paint(p, built))
        fit_to_screen(dialog, 900, 1000)
        self.printer = printer
        self.preview_dialog = dialog
        dialog.open()
        self.preview_opened.emit()

    def _name(self, built: Built) -> str:
        if built.choice.kind is Kind.SHEET:
            return self.tr("plan sheet")
        return self.tr("clinician report")

    # --- data changes -------------------------------------------------------------------------

    def _data_changed(self, what: str) -> None:
        if self.patient_id is None:
            return
        if what in ("patients", "all"):
            try:
                self.services.patient(self.patient_id)
            except LookupError:
                self.set_patient(None)
                return
        self.built = None  # anything may show on paper: build again next time

    # --- the window's protocol (Section) ---------------------------------------------

    def section_offers(self) -> Offers:
        """What the main window may ask of this section (common/section.py).

        Printing changes no data, and a document is built when asked for.
        """
        return Offers(print_document=self.print_document, shutdown=self.shutdown)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _day(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


__all__ = ["Built", "Choice", "Kind", "PrintView", "build", "default_paper", "export", "print_pages"]
