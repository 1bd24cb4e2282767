"""The clinician report: a few pages a clinician can read in a minute.

The first page answers "is the plan working, and is it being followed?": pain and
PSFS change, adherence by kind, safety overrides, side effects. Then the progress
chart, the medication record, the Safety section (every dose that broke a rule or was
recorded with an override, with its reason, listed once), adherence by
activity, what went with lower pain (association, not cause), and the whole log as
a table. Every page carries the patient, the period and its number.

The figures come from :mod:`backplan.reports.progress`, the same ones the Progress
section shows. Everything is computed once up front, so that a year of entries is one
pass over the data and one table, not work per row.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Final

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QImage, QTextDocument

from backplan.domain.model import EventStatus, LogEntry, PlanDocument
from backplan.reports.charts import build_progress_figure
from backplan.reports.progress import ProgressData, progress_data
from backplan.reports.qtdoc import (
    HEADER_PROPERTY,
    PRINTED_PROPERTY,
    add_image,
    body_width_px,
    ensure_gui_app,
    esc,
    insert_html_parts,
    new_document,
    write_pdf,
)
from backplan.reports.report_summary import (
    TABLE,
    adherence_section,
    adherence_summary,
    as_needed_section,
    facts_table,
    flare_row,
    item_share,
    num,
    pain_rows,
    psfs_row,
    red_flag_row,
    side_effect_row,
    taper_section,
    what_helped_section,
)
from backplan.reports.safety_section import safety_section_html
from backplan.reports.summary import is_recorded, recorded_items
from backplan.reports.wording import (
    describe_course,
    describe_schedule,
    hhmm,
    page_header,
    patient_label,
    printed_on,
    safety_texts,
    taper_step_labels,
)
from backplan.safety.catalogue import Catalogue
from backplan.safety.findings import format_date
from backplan.safety.plan_checks import check_plan
from backplan.schedule.stock import stock_status

REPORT_TITLE: Final = "backplan clinician report"
_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
CHART_DPI: Final = 150

_CSS: Final = """
body { font-size: 11pt; }
h1 { font-size: 18pt; margin-top: 0px; margin-bottom: 6px; }
h2 { font-size: 14pt; margin-top: 16px; margin-bottom: 6px; }
h3 { font-size: 12pt; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 5px; }
td, th { vertical-align: top; }
th { font-weight: bold; text-align: left; background-color: #d0d0d0; }
.small td, .small th { font-size: 10pt; }
.muted { color: #333333; }
"""


@dataclass(frozen=True)
class ReportFigures:
    """The summary numbers of the first page, for the window and for tests alike."""

    entries: int
    logged_days: int
    overrides: int
    side_effects: dict[str, int]  # side effect value -> number of entries naming it
    red_flag_entries: int
    flare_ups: int


def report_header(doc: PlanDocument, data: ProgressData) -> str:
    """The line printed at the top of every page (plain text, never HTML)."""
    period = f"{format_date(data.start)} to {format_date(data.end)}"
    return page_header("Clinician report", doc.patient, period)


def report_figures(data: ProgressData) -> ReportFigures:
    effects: Counter[str] = Counter()
    for entry in data.entries:
        for effect in dict.fromkeys(entry.side_effects or ()):
            effects[effect.value] += 1
    starts = sum(1 for e in data.events if e.item == "flare-up" and e.status is EventStatus.DONE)
    return ReportFigures(
        entries=len(data.entries),
        logged_days=sum(1 for v in data.daily.pain if v is not None),
        overrides=sum(1 for e in data.events if e.override_reason),
        side_effects=dict(effects),
        red_flag_entries=sum(1 for e in data.entries if e.red_flags),
        flare_ups=starts,
    )


def build_report_document(
    doc: PlanDocument,
    start: date | None,
    end: date | None,
    *,
    catalogue: Catalogue,
    now: datetime,
    paper: str = "a4",
) -> QTextDocument:
    """The report as a document; its page header is in the ``backplanHeader`` property.

    Print it with :func:`backplan.reports.qtdoc.paint_document` (the window's print
    preview) or :func:`write_report`.
    """
    ensure_gui_app()
    data = progress_data(doc, start, end, now)
    document = new_document()
    document.setDefaultStyleSheet(_CSS)
    document.setProperty(HEADER_PROPERTY, report_header(doc, data))
    document.setProperty(PRINTED_PROPERTY, printed_on(now.astimezone(data.tz).date()))
    chart_src = _chart(document, data, paper)
    parts = _ReportBuilder(doc, data, catalogue, now, chart_src).parts()
    insert_html_parts(document, parts)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, REPORT_TITLE)
    return document


def write_report(
    doc: PlanDocument,
    out: Path,
    start: date | None,
    end: date | None,
    *,
    catalogue: Catalogue,
    now: datetime,
    paper: str = "a4",
) -> None:
    """The report as a multi-page PDF titled "backplan clinician report"."""
    document = build_report_document(doc, start, end, catalogue=catalogue, now=now, paper=paper)
    write_pdf(document, out, title=REPORT_TITLE, paper=paper, numbers=True)


def _chart(document: QTextDocument, data: ProgressData, paper: str) -> tuple[str, int, int]:
    width_px = body_width_px(paper)
    inches = width_px / 96
    fig = build_progress_figure(data, figsize=(inches, inches * 1.0), compact=True)
    image = _figure_image(fig, CHART_DPI)
    src = add_image(document, "progress-chart", image)
    height_px = round(width_px * image.height() / image.width())
    return src, width_px, height_px


def _figure_image(fig: Figure, dpi: int) -> QImage:
    """The figure drawn by Agg at ``dpi`` straight into a ``QImage``.

    The same pixels as a PNG of it, without encoding a PNG only to decode it again
    (about 0.4 s for a year's chart, half of it holding the GIL, which the window's
    thread then waits for).
    """
    fig.set_dpi(dpi)
    canvas = FigureCanvasAgg(fig)
    # Agg's draw and buffer are not annotated in matplotlib (as elsewhere in backplan).
    canvas.draw()  # type: ignore[no-untyped-call]
    width, height = (int(v) for v in canvas.get_width_height(physical=True))
    pixels = bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    return QImage(pixels, width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()


class _ReportBuilder:
    def __init__(
        self,
        doc: PlanDocument,
        data: ProgressData,
        catalogue: Catalogue,
        now: datetime,
        chart: tuple[str, int, int],
    ) -> None:
        self.doc = doc
        self.data = data
        self.catalogue = catalogue
        self.now = now
        self.chart = chart
        self.figures = report_figures(data)

    def html(self) -> str:
        """The whole report as one HTML text (what :meth:`parts` hold, in order)."""
        return "\n".join(["<html><body>", *self.parts(), "</body></html>"])

    def parts(self) -> list[str]:
        """The report as HTML pieces of a few kilobytes: each section, the log by month.

        The document is filled piece by piece (:func:`qtdoc.insert_html_parts`): one
        ``setHtml`` of a year's report is a single call of a few hundred milliseconds
        that keeps the window's thread from running, a piece is a few milliseconds.
        """
        sections = [
            self._summary(),
            self._chart_section(),
            adherence_section(self.data, self.now, self.doc),
            as_needed_section(self.data, self.doc),
            self._medication_record(),
            self._safety(),
            taper_section(self.doc),
            self._stock(),
            what_helped_section(self.data, self.doc),
        ]
        return [part for part in (*sections, *self._log_parts()) if part]

    # --- first page ------------------------------------------------------------------

    def _summary(self) -> str:
        doc, data, fig = self.doc, self.data, self.figures
        plan = doc.plan
        tz = data.tz
        plan_dates = format_date(plan.start)
        plan_dates = f"{plan_dates} to {format_date(plan.end)}" if plan.end else f"from {plan_dates}"
        facts = [
            ("Patient", esc(patient_label(doc.patient))),
            ("Plan", f"{esc(plan.title)} ({esc(plan_dates)})"),
        ]
        if plan.clinician is not None:
            who = plan.clinician.name + (f", {plan.clinician.role}" if plan.clinician.role else "")
            facts.append(("Clinician", esc(who)))
        facts.append(("Period", esc(f"{format_date(data.start)} to {format_date(data.end)}")))
        facts.append(("Written", esc(format_date(self.now.astimezone(tz).date()))))
        out = ["<h1>Clinician report</h1>", facts_table(facts)]

        rows: list[tuple[str, str]] = pain_rows(data)
        rows.append(
            (
                "Entries",
                f"{fig.entries} pain entr{'y' if fig.entries == 1 else 'ies'} on {_days(fig.logged_days)}",
            )
        )
        rows.append(psfs_row(data))
        rows.append(("Adherence (past occurrences)", adherence_summary(data, self.now)))
        rows.append(
            (
                "Safety overrides",
                f"{fig.overrides} dose{'s' if fig.overrides != 1 else ''} recorded with a "
                "safety rule overridden (reasons in the medication record)"
                if fig.overrides
                else "None",
            )
        )
        rows.append(side_effect_row(fig.side_effects))
        rows.append(red_flag_row(data))
        if plan.flare_up is not None or data.flare_ups:
            rows.append(flare_row(data))
        out.append("<h2>Summary</h2>")
        out.append(facts_table(rows, label_width=30))
        return "\n".join(out)

    # --- chart -----------------------------------------------------------------------

    def _chart_section(self) -> str:
        src, width, height = self.chart
        return (
            '<h2 style="page-break-before: always">Progress chart</h2>'
            f'<p><img src="{src}" width="{width}" height="{height}"></p>'
            '<p class="muted">Pain: each entry as a point, the 7-day mean of the daily '
            "values as a line, and the worst pain in the last 24 hours as triangles. "
            "Shaded bars are medicine courses; ticks are doses taken.</p>"
        )

    # --- medication record -----------------------------------------------------------

    def _medication_record(self) -> str:
        data = self.data
        stats = {row.item: row for row in data.item_adherence}
        recorded = recorded_items(data)
        steps = taper_step_labels(self.doc.medications)
        taken: Counter[str] = Counter(t.med_id for t in data.doses)
        rows = ["<tr><th>Medicine</th><th>Dose and when</th><th>Course</th><th>Doses</th></tr>"]
        for med in self.doc.all_medications():
            course = describe_course(med) or "during a flare-up only"
            row = stats.get(med.id)
            if med.as_needed:
                doses = f"{taken[med.id]} taken as needed"
            elif row is not None and not is_recorded(row, recorded):
                doses = item_share(row, recorded)
            elif row is not None:
                doses = f"{item_share(row, recorded)} taken; {row.skipped} skipped, {row.missed} missed"
                extra = taken[med.id] - row.done
                if extra > 0:
                    doses += f"; {extra} more taken outside the schedule"
            else:
                doses = f"{taken[med.id]} taken; none was due"
            name = f"<b>{esc(med.name)}</b>"
            if med.id in steps:
                name += f"<br/>{esc(steps[med.id])}"
            rows.append(
                f"<tr><td>{name}</td>"
                f"<td>{esc(med.dose)}, {esc(describe_schedule(med.schedule))}</td>"
                f"<td>{esc(course)}</td><td>{esc(doses)}</td></tr>"
            )
        out = ["<h2>Medication record</h2>", f'{TABLE} class="small">', *rows, "</table>"]

        # Doses recorded past a refusal are listed once, in the Safety section.

        findings = [f for f in check_plan(self.doc, self.catalogue) if f.severity in ("flag", "note")]
        if findings:
            out.append("<h3>Plan checks</h3><ul>")
            out += [
                f"<li><b>{esc(f.rule)}</b>: {esc(f.message)} "
                f'<span class="muted">(source: {esc(f.source)})</span></li>'
                for f in findings
            ]
            out.append("</ul>")
        return "\n".join(out)

    def _safety(self) -> str:
        data = self.data
        return safety_section_html(self.doc, self.catalogue, data.range_start, data.range_end, data.tz)

    # --- stock -----------------------------------------------------------------------

    def _stock(self) -> str:
        """Units left at the moment the report is written, and when they run out.

        The figures are the same ones the Today view's refill reminder uses
        (:func:`backplan.schedule.stock.stock_status`), over every dose recorded, not
        only the report's period: stock is counted from the plan's ``as_of`` day on.
        Medicines without a stock count are left out; the section is absent when none
        has one.
        """
        rows = [
            "<tr><th>Medicine</th><th>Units left</th><th>Daily use</th>"
            "<th>Runs out on</th><th>Refill</th></tr>"
        ]
        early: list[str] = []
        for med in self.doc.all_medications():
            status = stock_status(self.doc, med, self.doc.events, self.now)
            if status is None or med.stock is None:
                continue
            runs_out = format_date(status.runs_out_on) if status.runs_out_on else "not in the course"
            refill = (
                f"<b>refill due</b> (below {num(status.remind_below)})"
                if status.needs_refill
                else f"not yet (reminder below {num(status.remind_below)})"
            )
            rows.append(
                f"<tr><td><b>{esc(med.name)}</b><br/>counted {num(float(med.stock.on_hand))} "
                f"on {esc(format_date(med.stock.as_of))}</td>"
                f"<td>{num(status.units_left)}</td><td>{num(status.daily_use)} a day</td>"
                f"<td>{esc(runs_out)}</td><td>{refill}</td></tr>"
            )
            if status.runs_out_before_course_end and status.runs_out_on and med.last_day:
                early.append(
                    f"<li><b>{esc(med.name)}</b>: the tablets run out on "
                    f"{esc(format_date(status.runs_out_on))}, before the course's last day "
                    f"({esc(format_date(med.last_day))}).</li>"
                )
        if len(rows) == 1:
            return ""
        written = format_date(self.now.astimezone(self.data.tz).date())
        out = [
            "<h2>Tablets and refills</h2>",
            f"<p>Units on hand as of {esc(written)}, from the last count and the doses "
            "recorded since. Daily use is as planned for medicines at set times and as "
            "recently taken for medicines taken when needed.</p>",
            f'{TABLE} class="small">',
            *rows,
            "</table>",
        ]
        if early:
            out += ["<p><b>Courses that run out before their last day:</b></p><ul>", *early, "</ul>"]
        return "\n".join(out)

    # --- the log ---------------------------------------------------------------------

    def _log_parts(self) -> list[str]:
        """The log, one table per month (each with its own heading row).

        Months keep a year's log easy to find one's way in, and many short tables lay
        out much faster in Qt than one table of hundreds of rows. The heading of the
        log is the first piece, then each month (its heading and table) is one.
        """
        data = self.data
        flags: dict[str, str] = safety_texts().get("red_flags", {})
        effects: dict[str, str] = safety_texts().get("side_effects", {})
        head = (
            '<thead><tr><th width="14%">Date and time</th><th width="7%">Pain</th>'
            '<th width="8.5%">Worst</th><th width="8.5%">Spasm</th>'
            '<th width="8%">Walk<br/>(min)</th><th width="7%">PSFS<br/>avg</th>'
            '<th width="8%">Sleep</th><th>Side effects, red flags and note</th></tr></thead>'
        )
        heading = '<h2 style="page-break-before: always">Pain and mobility log</h2>'
        if not data.entries:
            return [f"{heading}\n<p>No entries in this period.</p>"]
        months: dict[tuple[int, int], list[str]] = {}
        for entry in data.entries:
            local = entry.at.astimezone(data.tz)
            months.setdefault((local.year, local.month), []).append(_log_row(entry, data, effects, flags))
        parts = [heading]
        for (year, month), rows in months.items():
            out = [f"<h3>{_MONTHS[month - 1]} {year}</h3>"]
            # Striped rows rather than ruled cells: as readable on paper, and Qt lays
            # out and paints collapsed cell borders several times slower, which a
            # year of entries would feel.
            striped = [
                row.replace("<tr>", '<tr bgcolor="#eeeeee">', 1) if k % 2 else row
                for k, row in enumerate(rows)
            ]
            out += [
                '<table border="0" cellspacing="0" cellpadding="3" width="100%" class="small">',
                head,
                *striped,
                "</table>",
            ]
            parts.append("\n".join(out))
        return parts


def _log_row(entry: LogEntry, data: ProgressData, effects: dict[str, str], flags: dict[str, str]) -> str:
    notes: list[str] = []
    if entry.side_effects:
        notes.append(
            "Side effects: " + esc(", ".join(effects.get(s.value, s.value) for s in entry.side_effects))
        )
    if entry.red_flags:
        notes.append(
            "<b>Red flags: " + esc(", ".join(flags.get(f.value, f.value) for f in entry.red_flags)) + "</b>"
        )
    if entry.note:
        notes.append(esc(entry.note))
    psfs = entry.psfs_average
    return (
        f"<tr><td>{_stamp_cell(entry.at.astimezone(data.tz))}</td><td>{entry.pain}</td>"
        f"<td>{_opt(entry.pain_worst)}</td><td>{_opt(entry.spasm)}</td>"
        f"<td>{_opt(entry.walking_minutes)}</td>"
        f"<td>{'' if psfs is None else num(psfs)}</td><td>{_opt(entry.sleep)}</td>"
        f"<td>{'<br/>'.join(notes)}</td></tr>"
    )


def _stamp_cell(moment: datetime) -> str:
    """The date on one line (it never breaks inside), the time under it."""
    return esc(format_date(moment.date())).replace(" ", "&nbsp;") + f"<br/>{hhmm(moment)}"


def _when(moment: datetime) -> str:
    return f"{format_date(moment.date())} {hhmm(moment)}"


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"


def _opt(value: int | None) -> str:
    return "" if value is None else str(value)


__all__ = [
    "HEADER_PROPERTY",
    "REPORT_TITLE",
    "ReportFigures",
    "build_report_document",
    "report_figures",
    "report_header",
    "write_report",
]
