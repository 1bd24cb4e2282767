"""The clinician report for a year, and whether the window stays responsive meanwhile.

The report is ``write_report`` as ``backplan report`` and Print > Export PDF run it,
for the last full year of the history. The baseline is matplotlib's ``PdfPages``
writing the same chart (the report's one figure) to a PDF.

Responsiveness is measured in the real Print section: a 10 ms ``QTimer`` records
when it fires while the section prepares a year's report, and the longest gap
between two ticks is how long the window could not react. Three phases are timed:
building the document for printing (on the section's worker thread), painting its
pages onto the printer (a copy of the document, on the section's print worker), and
Export PDF (all on the worker). The baseline is the same probe on an idle loop.
"""

from __future__ import annotations

import gc
import itertools
import re
import statistics
import time
from dataclasses import replace
from datetime import datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import dataset
from bench import Timing, cpu_against, measure, measure_alternately, record
from dataset import FiveYears
from matplotlib.backends.backend_pdf import PdfPages

from backplan.domain.model import PlanDocument
from backplan.reports.charts import build_progress_figure
from backplan.reports.progress import progress_data
from backplan.reports.qtdoc import body_width_px, ensure_gui_app
from backplan.reports.report import write_report
from backplan.safety.catalogue import load_catalogue
from backplan.services.backplan_service import Backplan

RUNS = 3
SAME_COST = 1.1  # "costs the same": within a tenth, which is about how much runs vary here
REPORT_TARGET_S = 3.0
FREEZE_TARGET_S = 0.100
FIRST = dataset.HISTORY_END - timedelta(days=364)
LAST = dataset.HISTORY_END


def pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def test_yearly_clinician_report(tmp_path: Path, five_years: FiveYears) -> None:
    ensure_gui_app()
    doc, catalogue = five_years.doc, load_catalogue()
    out = tmp_path / "report.pdf"

    def report() -> None:
        write_report(doc, out, FIRST, LAST, catalogue=catalogue, now=dataset.NOW)

    timing = measure(report, RUNS)
    pages = pdf_pages(out)
    assert pages >= 4  # summary, chart, records, and a year of log

    data = progress_data(doc, FIRST, LAST, dataset.NOW)
    inches = body_width_px("a4") / 96
    plain_out = tmp_path / "plain.pdf"

    def plain() -> None:
        with PdfPages(plain_out) as pdf:
            pdf.savefig(build_progress_figure(data, figsize=(inches, inches), compact=True))

    baseline = measure(plain, RUNS)
    assert pdf_pages(plain_out) == 1
    record(
        "Clinician report for a year (write_report)",
        timing,
        baseline_name="PdfPages, the same chart",
        baseline=baseline,
        target=f"< {REPORT_TARGET_S:g} s",
        met=timing.median < REPORT_TARGET_S,
        note=f"{pages} pages",
    )


class Probe:
    """A 10 ms timer that notes when it fires: gaps between ticks are the loop's latency."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def longest_gap(self, since: float, until: float) -> float:
        moments = [since, *(t for t in self.ticks if since < t < until), until]
        return max(b - a for a, b in itertools.pairwise(moments))


def test_no_freeze_while_a_report_is_built(qtbot: Any, tmp_path: Path, loaded: tuple[Backplan, int]) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtPrintSupport import QPrinter

    from backplan.ui.print.view import Kind, PrintView

    services, patient_id = loaded
    view = PrintView(services)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.set_patient(patient_id)
    view.set_choice(Kind.REPORT)
    view.from_edit.setDate(QDate(FIRST.year, FIRST.month, FIRST.day))
    view.to_edit.setDate(QDate(LAST.year, LAST.month, LAST.day))
    choice = view.choice()
    assert choice.kind is Kind.REPORT and choice.start == FIRST and choice.end == LAST

    # As the app does once its window is built (app.run_gui): long-lived objects are
    # left out of the collector's full passes, which stop every thread.
    gc.freeze()
    probe = Probe()
    probe.start()
    idle_from = time.perf_counter()
    qtbot.wait(1000)
    idle = probe.longest_gap(idle_from, time.perf_counter())

    build_gaps: list[float] = []
    paint_gaps: list[float] = []
    export_gaps: list[float] = []
    build_times: list[float] = []
    export_times: list[float] = []
    for run in range(RUNS):
        view.built = None  # build again, as after a change of data
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"printed-{run}.pdf"))
        marks: dict[str, float] = {}

        def ready_now(marks: dict[str, float] = marks) -> None:
            marks.setdefault("ready", time.perf_counter())

        view.document_ready.connect(ready_now)
        began = time.perf_counter()
        with qtbot.waitSignal(view.printed, timeout=300_000) as printed:
            view.print_to(printer)
        done = time.perf_counter()
        view.document_ready.disconnect(ready_now)
        assert printed.args and printed.args[0] >= 4
        ready = marks["ready"]
        build_gaps.append(probe.longest_gap(began, ready))
        paint_gaps.append(probe.longest_gap(ready, done))
        build_times.append(ready - began)

        out = tmp_path / f"exported-{run}.pdf"
        began = time.perf_counter()
        with qtbot.waitSignal(view.exported, timeout=300_000):
            view.export_pdf(out)
        done = time.perf_counter()
        assert pdf_pages(out) >= 4
        export_gaps.append(probe.longest_gap(began, done))
        export_times.append(done - began)
    probe.stop()
    view.shutdown()
    gc.unfreeze()

    def gap_row(name: str, gaps: list[float], times: list[float] | None, note: str) -> None:
        median = statistics.median(gaps)
        took = f"; took {statistics.median(times):.1f} s" if times else ""
        record(
            name,
            Timing(tuple(gaps)),
            baseline_name="idle event loop",
            baseline=idle,
            target=f"< {FREEZE_TARGET_S * 1000:.0f} ms",
            met=max(gaps) < FREEZE_TARGET_S,
            note=f"{note}; worst {max(gaps) * 1000:.0f} ms{took}",
        )
        assert median > 0

    gap_row("Longest freeze: report built for printing", build_gaps, build_times, "worker thread")
    gap_row("Longest freeze: Export PDF of the report", export_gaps, export_times, "worker thread")
    gap_row("Longest freeze: painting the pages to the printer", paint_gaps, None, "worker thread")


def one_year_stored(doc: PlanDocument) -> PlanDocument:
    """``doc`` with only the records of the report's year kept (and the week before it,
    which the rolling mean and the guard's 24-hour reach look back into)."""
    since = datetime.combine(FIRST - timedelta(days=7), clock_time(), ZoneInfo(doc.patient.timezone))
    return replace(
        doc,
        log=tuple(e for e in doc.log if e.at >= since),
        events=tuple(e for e in doc.events if e.sort_key >= since),
    )


def test_yearly_report_costs_the_same_with_ten_years_stored(tmp_path: Path, ten_years: PlanDocument) -> None:
    """A year's report must cost the same whether one year or ten are stored (issue 23):
    what it reads follows the year asked for, not the length of the history."""
    ensure_gui_app()
    catalogue = load_catalogue()
    one = one_year_stored(ten_years)
    assert len(one.log) < len(ten_years.log) // 8 and len(one.events) < len(ten_years.events) // 8
    pages: dict[str, int] = {}

    def report(doc: PlanDocument, name: str) -> None:
        out = tmp_path / f"{name}.pdf"
        write_report(doc, out, FIRST, LAST, catalogue=catalogue, now=dataset.NOW)
        pages[name] = pdf_pages(out)

    ten, single = measure_alternately(lambda: report(ten_years, "ten"), lambda: report(one, "one"), RUNS)
    # The same year, the same report: its pages do not depend on the years before.
    assert pages["ten"] == pages["one"] >= 4
    record(
        "Clinician report for a year, ten years stored (4 entries a day, 8 medicines)",
        ten,
        baseline_name="the same year with one year stored",
        baseline=single,
        target=f"<= {SAME_COST:g}x",
        met=ten.median <= SAME_COST * single.median,
        note=f"{pages['ten']} pages; {cpu_against(ten, single)}",
    )


def test_yearly_report_timing_is_for_the_whole_year(five_years: FiveYears) -> None:
    """The year the report covers is the last full year of the history (a sanity check)."""
    data = progress_data(five_years.doc, FIRST, LAST, dataset.NOW)
    assert (data.end - data.start).days == 364
    assert len(data.entries) > 365
