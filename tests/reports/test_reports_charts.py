"""The progress chart: what it plots, and the files it is exported to."""

from __future__ import annotations

import math
import struct
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.dates import num2date
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from pdf_support import has_words, needs_poppler, pdf_info, pdf_pages, pdf_text
from report_builders import example, long_history

from backplan.domain.model import LogEntry, Patient, PlanDocument
from backplan.reports.charts import (
    CHART_TITLE,
    DARK,
    LIGHT,
    build_progress_figure,
    timeline_rows,
    update_progress_figure,
    write_chart,
)
from backplan.reports.progress import progress_data

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture
def history() -> PlanDocument:
    return example("with-history.backplan.json")


def _line(fig: Figure, label: str) -> Line2D:
    for ax in fig.axes:
        for line in ax.get_lines():
            if line.get_label() == label:
                return line
    raise AssertionError(f"no line labelled {label!r}")


def _instants(xs: object) -> list[datetime]:
    return [num2date(x).astimezone(UTC) for x in xs]  # type: ignore[attr-defined]


def test_the_plotted_pain_is_the_log(history: PlanDocument) -> None:
    data = progress_data(history, None, None, NOW)
    fig = build_progress_figure(data)
    points = _line(fig, "Pain (each entry)")
    plotted = list(zip(_instants(points.get_xdata()), points.get_ydata(), strict=True))
    logged = [(e.at.astimezone(UTC), e.pain) for e in history.log]
    assert len(plotted) == len(logged)
    for (x, y), (at, pain) in zip(plotted, logged, strict=True):
        assert abs((x - at).total_seconds()) < 1
        assert y == pain


def test_the_mean_line_is_the_rolling_mean(history: PlanDocument) -> None:
    data = progress_data(history, None, None, NOW)
    line = _line(build_progress_figure(data), "7-day mean")
    ys = list(line.get_ydata())
    assert len(ys) == len(data.daily.days)
    for got, want in zip(ys, data.daily.pain_mean_7d, strict=True):
        if want is None:
            assert math.isnan(got)
        else:
            assert got == pytest.approx(want)
    # Each daily value sits at local noon of its day.
    tz = ZoneInfo(history.patient.timezone)
    first = _instants(line.get_xdata()[:1])[0]
    assert first == datetime.combine(data.daily.days[0], time(12), tz).astimezone(UTC)


def test_course_spans_match_the_courses(history: PlanDocument) -> None:
    data = progress_data(history, None, None, NOW)
    fig = build_progress_figure(data)
    tz = ZoneInfo(history.patient.timezone)
    spans = {
        artist.get_gid(): artist
        for ax in fig.axes
        for artist in ax.collections
        if str(artist.get_gid()).startswith("course:")
    }
    expected = {m.id: m for m in history.medications}
    assert set(spans) == {f"course:{i}" for i in expected}
    for gid, artist in spans.items():
        med = expected[gid.removeprefix("course:")]
        assert med.start is not None and med.last_day is not None
        xs = [x for path in artist.get_paths() for x, _ in path.vertices]
        lo, hi = _instants([min(xs), max(xs)])
        assert lo == datetime.combine(med.start, time(), tz).astimezone(UTC)
        assert hi == datetime.combine(med.last_day + timedelta(days=1), time(), tz).astimezone(UTC)


def test_doses_flare_ups_and_rows(history: PlanDocument) -> None:
    data = progress_data(history, None, None, NOW)
    fig = build_progress_figure(data)
    labels = [t.get_text() for t in fig.axes[3].get_yticklabels()]
    assert labels == [r.label for r in timeline_rows(data)]
    assert labels[:2] == ["Pain O Soma 500", "Paracetamol 500 mg"]
    assert len(data.flare_ups) == 1
    # One collection of bands on each of the four panels, a band per flare-up.
    flares = [[c for c in ax.collections if c.get_gid() == "flare-up"] for ax in fig.axes]
    assert [len(found) for found in flares] == [1, 1, 1, 1]
    assert all(len(found[0].get_paths()) == len(data.flare_ups) for found in flares)
    walking = [c for c in fig.axes[1].collections if isinstance(c, PolyCollection)]
    heights = sorted(max(y for _, y in p.vertices) for p in walking[0].get_paths())
    assert heights == sorted(e.walking_minutes for e in history.log if e.walking_minutes)


def test_empty_period_says_so(history: PlanDocument) -> None:
    data = progress_data(history, date(2026, 11, 24), date(2026, 11, 25), NOW)
    fig = build_progress_figure(data)
    shown = [t.get_text() for ax in fig.axes for t in ax.texts if t.get_visible()]
    assert "No pain entries in this period" in shown
    assert "No walking minutes in this period" in shown


def test_update_in_place_keeps_the_axes(history: PlanDocument) -> None:
    full = progress_data(history, date(2026, 11, 2), date(2026, 11, 11), NOW)
    fig = build_progress_figure(full)
    axes_before = list(fig.axes)
    part = progress_data(history, date(2026, 11, 2), date(2026, 11, 5), NOW)
    assert timeline_rows(part) == timeline_rows(full)  # the same rows: updated in place
    update_progress_figure(fig, part)
    assert fig.axes == axes_before
    points = _line(fig, "Pain (each entry)")
    assert list(points.get_ydata()) == [p.pain for p in part.points]
    lo, hi = fig.axes[0].get_xlim()
    assert _instants([lo, hi]) == [
        part.range_start.astimezone(UTC),
        part.range_end.astimezone(UTC),
    ]


def test_update_rebuilds_when_the_rows_change(history: PlanDocument) -> None:
    fig = build_progress_figure(progress_data(history, None, None, NOW), dark=True)
    later = progress_data(history, date(2026, 11, 20), date(2026, 11, 26), NOW)
    update_progress_figure(fig, later)
    assert [t.get_text() for t in fig.axes[3].get_yticklabels()] == [r.label for r in timeline_rows(later)]
    assert fig.get_facecolor()[:3] != (1.0, 1.0, 1.0)  # the dark theme survived


def test_themes_differ() -> None:
    assert LIGHT.background != DARK.background
    assert LIGHT.ink != DARK.ink


@pytest.mark.parametrize("days", [14, 91, 365, 5 * 365])
def test_dates_read_well_at_every_range(days: int) -> None:
    doc = long_history(days=days)
    first = doc.plan.start
    data = progress_data(doc, first, first + timedelta(days=days - 1), NOW)
    fig = build_progress_figure(data)
    FigureCanvasAgg(fig).draw()
    ticks = [t.get_text() for t in fig.axes[3].get_xticklabels() if t.get_text()]
    # Enough dates to read the axis by, few enough not to crowd it, and each one short
    # (the concise formatter writes "Mar" or "15" and puts the year once, aside).
    assert 3 <= len(ticks) <= 12, ticks
    assert all(len(t) <= 5 for t in ticks), ticks


def test_the_chart_never_uses_pyplot(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from datetime import UTC, datetime
        from pathlib import Path
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from report_builders import example
        from backplan.reports.charts import write_chart
        doc = example("with-history.backplan.json")
        for ext in ("png", "pdf", "svg"):
            write_chart(doc, Path({str(tmp_path)!r}) / f"c.{{ext}}", None, None,
                        now=datetime(2026, 11, 26, tzinfo=UTC))
        assert "matplotlib.pyplot" not in sys.modules, "pyplot was imported"
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "ok" in result.stdout


# --- export ---------------------------------------------------------------------------


@needs_poppler
def test_pdf_export_is_one_titled_page(history: PlanDocument, tmp_path: Path) -> None:
    out = tmp_path / "chart.pdf"
    write_chart(history, out, date(2026, 11, 2), date(2026, 11, 22), now=NOW)
    assert pdf_pages(out) == 1
    text = pdf_text(out)
    assert has_words(text, "Pain and mobility: Priya Nair, 2 Nov 2026 to 22 Nov 2026")
    info = pdf_info(out)
    assert info["Title"] == CHART_TITLE
    assert info["Creator"] == "backplan"
    for key in ("Author", "Producer", "CreationDate", "Subject", "Keywords"):
        assert not info.get(key), key
    assert str(tmp_path).encode() not in out.read_bytes()


@needs_poppler
def test_dollar_signs_in_names_print_literally(history: PlanDocument, tmp_path: Path) -> None:
    doc = replace(history, patient=Patient("Sam $x^2$ Lee", history.patient.timezone))
    out = tmp_path / "chart.pdf"
    write_chart(doc, out, None, None, now=NOW)
    assert has_words(pdf_text(out), "Sam $x^2$ Lee")


def test_png_export_is_a_png(history: PlanDocument, tmp_path: Path) -> None:
    out = tmp_path / "chart.png"
    write_chart(history, out, None, None, now=NOW)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width > height > 500  # A4 landscape at 150 dpi
    assert b"backplan" in data  # the Software and Title text chunks


def test_svg_export_is_an_svg(history: PlanDocument, tmp_path: Path) -> None:
    out = tmp_path / "chart.svg"
    write_chart(history, out, None, None, now=NOW)
    root = ET.parse(out).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    title = root.find("{http://www.w3.org/2000/svg}title")
    assert title is not None and title.text == CHART_TITLE
    assert "Matplotlib" not in out.read_text(encoding="utf-8").split("<defs>")[0]


def test_unknown_extension_is_refused(history: PlanDocument, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.pdf, \.png or \.svg"):
        write_chart(history, tmp_path / "chart.jpg", None, None, now=NOW)


def test_a_long_history_still_plots_every_entry() -> None:
    doc = long_history(days=400)
    data = progress_data(doc, None, None, datetime(2026, 6, 1, tzinfo=UTC))
    fig = build_progress_figure(data)
    assert len(_line(fig, "Pain (each entry)").get_xdata()) == len(doc.log)
    extra = LogEntry(at=doc.log[-1].at + timedelta(hours=1), pain=0)
    more = progress_data(replace(doc, log=(*doc.log, extra)), None, None, NOW)
    update_progress_figure(fig, more)
    assert len(_line(fig, "Pain (each entry)").get_xdata()) == len(doc.log) + 1
