"""The pain and mobility chart: a matplotlib ``Figure`` built from :class:`ProgressData`.

Built on ``matplotlib.figure.Figure`` and explicit canvases, never ``pyplot``: pyplot
keeps global state and picks a GUI backend, which neither the window (that embeds the
figure in its own canvas) nor the command line (that has no display) wants.

This module is the chart's entry point: the chart written to a file, a figure as PNG
bytes, and the names the window and the reports use. The figure is built in
``chart_figure``, its look is in ``chart_style``, and its layout, worked out once and
kept, in ``chart_layout``. Only matplotlib's public API is used anywhere
(``tests/reports/test_no_private_matplotlib.py`` holds to that).
"""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from backplan.domain.files import private_temp_file
from backplan.domain.model import PlanDocument
from backplan.reports.chart_figure import build_progress_figure, set_progress_range, update_progress_figure
from backplan.reports.chart_style import (
    A4_LANDSCAPE_INCHES,
    CHART_TITLE,
    DARK,
    LIGHT,
    OKABE_ITO,
    Row,
    Theme,
    localized_months,
    panel_names,
    plain,
    timeline_rows,
)
from backplan.reports.progress import progress_data
from backplan.safety.findings import format_date

# --- export ---------------------------------------------------------------------------


def period_text(start: date, end: date) -> str:
    """``2 Nov 2026 to 26 Nov 2026``, the same words the documents use."""
    return f"{format_date(start)} to {format_date(end)}"


def write_chart(
    doc: PlanDocument,
    out: Path,
    start: date | None,
    end: date | None,
    *,
    now: datetime,
) -> None:
    """The chart for local days ``start``-``end`` as .pdf (one page), .png or .svg.

    The format follows the extension. The page is titled with the patient and the
    period; the file's own metadata names only the document and backplan.
    """
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".png", ".svg"):
        raise ValueError(f"{out.name}: the chart is written as .pdf, .png or .svg")
    data = progress_data(doc, start, end, now)
    fig = build_progress_figure(data, figsize=A4_LANDSCAPE_INCHES)
    fig.suptitle(
        f"Pain and mobility: {plain(data.patient)}, {period_text(data.start, data.end)}",
        fontsize=14,
        x=0.01,
        ha="left",
    )
    save_figure(fig, out, title=CHART_TITLE)


def save_figure(fig: Figure, out: Path, *, title: str, dpi: int = 150) -> None:
    """Write ``fig`` in the format its extension names, with minimal metadata.

    The figure gets an Agg canvas, and ``savefig`` switches to the PDF or SVG
    canvas for those formats; pyplot is never involved. The metadata keeps only the
    document's name and backplan (no dates, no library banners).
    """
    suffix = out.suffix.lower()
    metadata: dict[str, str | None]
    if suffix == ".pdf":
        metadata = {"Title": title, "Creator": "backplan", "Producer": None, "CreationDate": None}
    elif suffix == ".svg":
        metadata = {"Title": title, "Creator": "backplan", "Date": None}
    elif suffix == ".png":
        metadata = {"Title": title, "Software": "backplan"}
    else:
        raise ValueError(f"{out.name}: expected .pdf, .png or .svg")
    FigureCanvasAgg(fig)
    # A private temporary file renamed into place (domain.files): the chart is health
    # data, and a link planted at ``out`` must not be followed.
    with (
        matplotlib.rc_context({"pdf.fonttype": 42, "svg.hashsalt": "backplan"}),
        private_temp_file(Path(out)) as tmp,
    ):
        fig.savefig(str(tmp), format=suffix[1:], dpi=dpi, metadata=metadata)


def figure_png_bytes(fig: Figure, dpi: int = 150) -> bytes:
    """The figure as PNG bytes (for documents that embed it as a picture)."""
    buffer = io.BytesIO()
    FigureCanvasAgg(fig)
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": "backplan"})
    return buffer.getvalue()


__all__ = [
    "A4_LANDSCAPE_INCHES",
    "CHART_TITLE",
    "DARK",
    "LIGHT",
    "OKABE_ITO",
    "Row",
    "Theme",
    "build_progress_figure",
    "figure_png_bytes",
    "localized_months",
    "panel_names",
    "period_text",
    "plain",
    "save_figure",
    "set_progress_range",
    "timeline_rows",
    "update_progress_figure",
    "write_chart",
]
