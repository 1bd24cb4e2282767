"""The progress chart's figure: built from :class:`ProgressData`, updated in place.

What the figure shows, on panels that share one date axis:

* Pain, 0-10: each entry as a point, the 7-day mean as a line, the worst pain in the
  last 24 hours as triangles; red-flag days as dotted vertical lines.
* The longest comfortable walk of each day, in minutes.
* The PSFS average, 0-10.
* "Plan and what was done": one row per medicine (its courses shaded, each dose taken a
  tick, a dose taken with a safety override crossed), one row per kind of activity
  done, heat and cold, side effects and red flags.
* Flare-ups hatched across every panel.

Each series is one artist whatever the range: a ``Line2D`` of markers, or one
collection (the walking bars, each medicine's courses, each panel's flare-up bands
and the red-flag lines), so the cost of a draw follows the points of the range shown
and not how many days or episodes the history holds. Only matplotlib's public API.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Final

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from PySide6.QtCore import QCoreApplication

from backplan.reports.chart_layout import (
    DateFormatter,
    DateLocator,
    ProgressFigure,
    key_widths,
    layout_kept,
    solve_again,
)
from backplan.reports.chart_style import (
    DARK,
    LIGHT,
    OKABE_ITO,
    Row,
    Theme,
    day_xs,
    empty_text,
    name_panels,
    noon,
    plain,
    rolling_series,
    row_style,
    series,
    shorten,
    style_panel,
    timeline_rows,
    x_of,
    xs_of,
)
from backplan.reports.fonts import register_chart_fonts
from backplan.reports.progress import ProgressData
from backplan.schedule.agenda import day_bounds


def tr(text: str) -> str:
    """The keys' words in the window's language (the "Charts" context, as ``chart_style``'s;
    a helper of its own, so that ``ui.i18n`` finds this module's strings and their context)."""
    return QCoreApplication.translate("Charts", text)


@dataclass
class ChartArtists:
    """The artists an update changes in place, kept on the figure (``ProgressFigure.chart``)."""

    theme: Theme
    compact: bool
    rows: tuple[Row, ...]
    pain_ax: Axes
    walk_ax: Axes
    psfs_ax: Axes
    line_ax: Axes
    points: Line2D
    rolling: Line2D
    worst: Line2D
    psfs: Line2D
    row_markers: dict[str, Line2D]
    overrides: Line2D | None
    empty: dict[str, Any]
    replaceable: list[Any] = field(default_factory=list)  # spans, bars, bands, flag lines

    @property
    def axes(self) -> tuple[Axes, Axes, Axes, Axes]:
        return (self.pain_ax, self.walk_ax, self.psfs_ax, self.line_ax)


def _artists(fig: Figure) -> ChartArtists | None:
    found = fig.chart if isinstance(fig, ProgressFigure) else None
    return found if isinstance(found, ChartArtists) else None


def _on_resize(event: Any) -> None:
    solve_again(event.canvas.figure)


def build_progress_figure(
    data: ProgressData,
    *,
    dark: bool = False,
    figsize: tuple[float, float] = (11.0, 7.5),
    compact: bool = False,
    rows: Sequence[Row] | None = None,
) -> Figure:
    """A new figure of ``data``; light for paper, ``dark`` for a dark window theme.

    ``compact`` is for a portrait page (the report): the keys go above the panels
    instead of beside them, titles are shorter and the type a little smaller, so the
    plots keep the page's full width.

    ``rows`` are the lower panel's rows (by default :func:`timeline_rows` of
    ``data``). A window that switches between ranges passes the rows of the whole
    history, so that every range fits the same rows and a switch is an update in
    place; a row with nothing in the range stays empty.

    The layout is solved at the first draw and then kept (see ``chart_layout``)
    until the figure is resized or its keys or rows change.
    """
    register_chart_fonts()
    fig = ProgressFigure(figsize=figsize, layout="constrained")
    # The callback belongs to the figure, so it holds on whichever canvas shows it.
    fig.canvas.mpl_connect("resize_event", _on_resize)
    _populate(fig, data, DARK if dark else LIGHT, compact, _rows_for(data, rows))
    return fig


def update_progress_figure(fig: Figure, data: ProgressData, rows: Sequence[Row] | None = None) -> None:
    """Show ``data`` in a figure made by :func:`build_progress_figure`.

    When the lower panel keeps the same rows (the usual case when only the range
    changes, always when the window passes the whole history's ``rows``) the series
    are swapped in place (``set_data``, a new x range) instead of building every axis
    again; otherwise the figure is cleared and refilled. The figure object stays the
    same either way, so a canvas showing it keeps working.
    """
    wanted = _rows_for(data, rows)
    chart = _artists(fig)
    if chart is None or chart.rows != wanted:
        theme = chart.theme if chart is not None else LIGHT
        compact = chart.compact if chart is not None else False
        fig.clear()
        _populate(fig, data, theme, compact, wanted)
        return
    _fill(chart, data)
    _legends(fig, chart, data)


def _rows_for(data: ProgressData, rows: Sequence[Row] | None) -> tuple[Row, ...]:
    """``rows`` when every row ``data`` needs is among them, else ``data``'s own rows."""
    own = timeline_rows(data)
    if rows is None:
        return own
    given = tuple(rows)
    return given if set(own) <= set(given) else own


def set_progress_range(fig: Figure, start: date, end: date, timezone: str) -> None:
    """Show local days ``start`` to ``end`` without touching the data (cheapest zoom)."""
    lo, hi = day_bounds(timezone, start, (end - start).days + 1)
    chart = _artists(fig)
    if chart is not None:
        chart.pain_ax.set_xlim(x_of(lo), x_of(hi))


# --- building ---------------------------------------------------------------------------


def _populate(fig: Figure, data: ProgressData, theme: Theme, compact: bool, rows: tuple[Row, ...]) -> None:
    solve_again(fig)  # new axes: lay them out afresh
    small = 8 if compact else 9
    fig.set_facecolor(theme.background)
    heights = [3.0, 1.25, 1.25, max(1.1, 0.34 * len(rows) + 0.5)]
    grid = fig.add_gridspec(4, 1, height_ratios=heights)
    pain_ax = fig.add_subplot(grid[0])
    walk_ax = fig.add_subplot(grid[1], sharex=pain_ax)
    psfs_ax = fig.add_subplot(grid[2], sharex=pain_ax)
    line_ax = fig.add_subplot(grid[3], sharex=pain_ax)
    axes = (pain_ax, walk_ax, psfs_ax, line_ax)
    for ax in axes:
        style_panel(ax, theme, small)

    tz = data.tz
    locator = DateLocator(tz=tz, minticks=4, maxticks=10)  # type: ignore[no-untyped-call]
    line_ax.xaxis.set_major_locator(locator)
    line_ax.xaxis.set_major_formatter(DateFormatter(locator, tz=tz))
    for ax in axes[:-1]:
        ax.tick_params(labelbottom=False)

    points, rolling, worst = _pain_lines(pain_ax, theme)
    name_panels(axes, theme, compact)
    psfs = psfs_ax.plot(
        [],
        [],
        marker="D",
        markersize=5,
        linewidth=1.6,
        linestyle="--",
        color=OKABE_ITO["reddish_purple"],
        label=tr("PSFS average"),
    )[0]
    psfs_ax.set_ylim(-0.5, 10.5)
    psfs_ax.set_yticks(range(0, 11, 5))
    row_markers, overrides = _row_lines(line_ax, rows, theme)
    empty = {
        "pain": empty_text(pain_ax, "No pain entries in this period", theme),
        "walk": empty_text(walk_ax, "No walking minutes in this period", theme),
        "psfs": empty_text(psfs_ax, "No PSFS scores in this period", theme),
        "line": empty_text(line_ax, "Nothing recorded as done in this period", theme),
    }
    chart = ChartArtists(
        theme, compact, rows, *axes, points, rolling, worst, psfs, row_markers, overrides, empty
    )
    assert isinstance(fig, ProgressFigure)
    fig.chart = chart
    _fill(chart, data)
    _legends(fig, chart, data)


def _pain_lines(pain_ax: Axes, theme: Theme) -> tuple[Line2D, Line2D, Line2D]:
    """The pain panel's three series (empty until filled) and its fixed scale."""
    points = pain_ax.plot(
        [],
        [],
        linestyle="none",
        marker="o",
        markersize=5,
        color=theme.ink,
        label=tr("Pain (each entry)"),
        zorder=4,
    )[0]
    rolling = pain_ax.plot([], [], color=OKABE_ITO["blue"], linewidth=2.4, label=tr("7-day mean"), zorder=3)[
        0
    ]
    worst = pain_ax.plot(
        [],
        [],
        linestyle=(0, (1, 2)),
        linewidth=1,
        marker="^",
        markersize=6,
        markerfacecolor="none",
        color=OKABE_ITO["vermillion"],
        label=tr("Worst pain (last 24 h)"),
        zorder=3,
    )[0]
    pain_ax.set_ylim(-0.5, 10.5)
    pain_ax.set_yticks(range(0, 11, 2))
    return points, rolling, worst


def _row_lines(line_ax: Axes, rows: tuple[Row, ...], theme: Theme) -> tuple[dict[str, Line2D], Line2D | None]:
    """One line of markers per row of the lower panel, and one for the overrides."""
    row_markers: dict[str, Line2D] = {}
    for row in rows:
        marker, colour = row_style(row, theme)
        size = 14 if row.key.startswith("med:") else 7
        row_markers[row.key] = line_ax.plot(
            [],
            [],
            linestyle="none",
            marker=marker,
            markersize=size,
            color=colour,
            markeredgewidth=1.6 if marker == "|" else 0.8,
            zorder=3,
        )[0]
    overrides = None
    if any(r.key.startswith("med:") for r in rows):
        overrides = line_ax.plot(
            [],
            [],
            linestyle="none",
            marker="x",
            markersize=9,
            markeredgewidth=2,
            color=OKABE_ITO["vermillion"],
            zorder=4,
        )[0]
    line_ax.set_yticks([-i for i in range(len(rows))])
    line_ax.set_yticklabels([plain(shorten(r.label)) for r in rows])
    line_ax.set_ylim(-max(1, len(rows)) + 0.5, 0.5)
    line_ax.grid(axis="y", visible=False)
    return row_markers, overrides


# --- filling with a range's data ----------------------------------------------------------

# Marker sizes at two weeks to two months; longer ranges draw them smaller.
_BASE_SIZES: Final = {"points": 5.0, "worst": 6.0, "psfs": 5.0, "dose": 14.0, "mark": 7.0}


def _scale_markers(chart: ChartArtists, data: ProgressData) -> None:
    """Smaller markers (and no joining line for the worst pain) over long ranges.

    A year of daily points at two-week sizes merges into a smear; shrinking them
    with the square root of the density keeps single days visible and the trend
    readable, from two weeks to five years.
    """
    days = (data.end - data.start).days + 1
    scale = 1.0 if days <= 60 else max(0.3, (60 / days) ** 0.5)
    chart.points.set_markersize(_BASE_SIZES["points"] * scale)
    chart.worst.set_markersize(_BASE_SIZES["worst"] * scale)
    chart.worst.set_linestyle((0, (1, 2)) if days <= 60 else "none")
    chart.psfs.set_markersize(_BASE_SIZES["psfs"] * scale)
    for key, line in chart.row_markers.items():
        base = _BASE_SIZES["dose"] if key.startswith("med:") else _BASE_SIZES["mark"]
        line.set_markersize(base * max(scale, 0.5))


def _fill(chart: ChartArtists, data: ProgressData) -> None:
    """Put ``data`` into the artists (also used for an in-place update)."""
    for artist in chart.replaceable:
        artist.remove()
    chart.replaceable.clear()

    at = day_xs(data)
    chart.points.set_data(xs_of([p.at for p in data.points]), [p.pain for p in data.points])
    _scale_markers(chart, data)
    chart.rolling.set_data(*rolling_series(data, at))
    chart.worst.set_data(*series(data, data.daily.pain_worst, at))
    psfs_x, psfs_y = series(data, data.daily.psfs_average, at)
    chart.psfs.set_data(psfs_x, psfs_y)
    walked = _walking_bars(chart, data, at)
    _courses(chart, data)
    _row_marks(chart, data)
    _flare_ups(chart, data)
    _red_flags(chart, data)

    chart.empty["pain"].set_visible(not data.points)
    chart.empty["walk"].set_visible(not walked)
    chart.empty["psfs"].set_visible(not len(psfs_x))
    chart.empty["line"].set_visible(not timeline_rows(data))
    chart.pain_ax.set_xlim(x_of(data.range_start), x_of(data.range_end))
    # The data are clipped to their panels, so the layout need not measure them.
    lines = (chart.points, chart.rolling, chart.worst, chart.psfs, *chart.row_markers.values())
    lines += (chart.overrides,) if chart.overrides is not None else ()
    for artist in (*lines, *chart.replaceable):
        if artist is not None:
            artist.set_in_layout(False)


def _add(chart: ChartArtists, ax: Axes, collection: Any, gid: str) -> None:
    collection.set_gid(gid)
    ax.add_collection(collection, autolim=False)
    chart.replaceable.append(collection)


def _walking_bars(chart: ChartArtists, data: ProgressData, at: np.ndarray) -> bool:
    """The walking minutes as one collection of bars; whether there were any."""
    wx, wy = series(data, data.daily.walking_minutes, at)
    if not len(wx):
        chart.walk_ax.set_ylim(0, 10)
        return False
    # Gaps between bars only where a day is several pixels wide; over long ranges
    # touching bars read as an area instead of a moiré of slivers.
    half = 0.35 if (data.end - data.start).days < 120 else 0.5
    verts = np.zeros((len(wx), 4, 2))
    verts[:, (0, 1), 0] = (wx - half)[:, None]
    verts[:, (2, 3), 0] = (wx + half)[:, None]
    verts[:, (1, 2), 1] = wy[:, None]
    bars = PolyCollection(
        verts,  # type: ignore[arg-type]  # an (n, 4, 2) array is accepted
        facecolors=OKABE_ITO["bluish_green"],
        edgecolors=chart.theme.ink,
        linewidths=0.3 if len(wx) <= 120 else 0.0,
        label=tr("Walking minutes"),
    )
    _add(chart, chart.walk_ax, bars, "walking")
    chart.walk_ax.set_ylim(0, max(10.0, float(wy.max()) * 1.15))
    return True


def _boxes(x0: np.ndarray, x1: np.ndarray, y0: np.ndarray | float, y1: np.ndarray | float) -> np.ndarray:
    """Rectangles from x0 to x1 and y0 to y1, as the (n, 4, 2) vertices a PolyCollection takes."""
    verts = np.zeros((len(x0), 4, 2))
    verts[:, (0, 1), 0] = np.asarray(x0)[:, None]
    verts[:, (2, 3), 0] = np.asarray(x1)[:, None]
    verts[:, (0, 3), 1] = np.broadcast_to(y0, len(x0))[:, None]
    verts[:, (1, 2), 1] = np.broadcast_to(y1, len(x0))[:, None]
    return verts


def _courses(chart: ChartArtists, data: ProgressData) -> None:
    """Each medicine's courses shaded on its row: one collection per medicine."""
    index = {row.key: -i for i, row in enumerate(chart.rows)}
    tz = data.tz
    spans: dict[str, list[tuple[float, float]]] = {}
    for course in data.courses:
        if f"med:{course.med_id}" not in index:
            continue
        lo = datetime.combine(course.first, time(), tz)
        hi = datetime.combine(course.last + timedelta(days=1), time(), tz)
        spans.setdefault(course.med_id, []).append((x_of(lo), x_of(hi)))
    for med_id, pairs in spans.items():
        y = index[f"med:{med_id}"]
        xs = np.array(pairs)
        span = PolyCollection(
            _boxes(xs[:, 0], xs[:, 1], y - 0.32, y + 0.32),  # type: ignore[arg-type]
            facecolors=OKABE_ITO["sky_blue"],
            alpha=chart.theme.span_alpha + 0.2,
            linewidths=0,
            hatch="..",
            edgecolors=chart.theme.grid,
            zorder=1,
        )
        if hasattr(span, "set_hatchcolor"):  # matplotlib 3.10 and later
            span.set_hatchcolor(OKABE_ITO["sky_blue"])  # as ``fill_between(color=...)`` had them
        _add(chart, chart.line_ax, span, f"course:{med_id}")


def _row_marks(chart: ChartArtists, data: ProgressData) -> None:
    """The doses, kinds done and symptom days on their rows, and the overrides crossed."""
    index = {row.key: -i for i, row in enumerate(chart.rows)}
    doses: dict[str, list[datetime]] = {}
    override_at: list[datetime] = []
    override_y: list[float] = []
    for tick in data.doses:
        doses.setdefault(tick.med_id, []).append(tick.at)
        if tick.override_reason:
            override_at.append(tick.at)
            override_y.append(index.get(f"med:{tick.med_id}", 0))
    for row in chart.rows:
        moments: Sequence[datetime]
        if row.key.startswith("med:"):
            moments = doses.get(row.key[4:], [])
        elif row.key.startswith("kind:"):
            moments = [m.at for m in data.done.get(row.key[5:], ())]
        elif row.key == "side_effects":
            moments = [noon(s.day, data) for s in data.side_effect_days]
        else:
            moments = [noon(s.day, data) for s in data.red_flag_days]
        xs = xs_of(moments)
        chart.row_markers[row.key].set_data(xs, np.full(len(xs), float(index[row.key])))
    if chart.overrides is not None:
        chart.overrides.set_data(xs_of(override_at), override_y)


def _flare_ups(chart: ChartArtists, data: ProgressData) -> None:
    """Every flare-up hatched across each panel: one collection of bands per panel."""
    if not data.flare_ups:
        return
    x0 = xs_of([f.start for f in data.flare_ups])
    x1 = xs_of([f.end for f in data.flare_ups])
    for ax in chart.axes:
        # x in dates, y from the panel's bottom (0) to its top (1), as axvspan draws.
        bands = PolyCollection(
            _boxes(x0, x1, 0.0, 1.0),  # type: ignore[arg-type]
            transform=ax.get_xaxis_transform(),
            facecolors=OKABE_ITO["yellow"],
            alpha=chart.theme.span_alpha,
            hatch="//",
            edgecolors=OKABE_ITO["orange"],
            linewidths=0,
            zorder=0,
        )
        _add(chart, ax, bands, "flare-up")


def _red_flags(chart: ChartArtists, data: ProgressData) -> None:
    """The red-flag days as dotted lines across the pain panel: one collection."""
    if not data.red_flag_days:
        return
    xs = xs_of([noon(flagged.day, data) for flagged in data.red_flag_days])
    segments = np.zeros((len(xs), 2, 2))
    segments[:, :, 0] = xs[:, None]
    segments[:, 1, 1] = 1.0
    marks = LineCollection(
        segments,  # type: ignore[arg-type]
        transform=chart.pain_ax.get_xaxis_transform(),
        colors=OKABE_ITO["vermillion"],
        linestyles=[(0, (1, 1.5))],
        linewidths=1.6,
        zorder=2,
    )
    _add(chart, chart.pain_ax, marks, "red-flag")


# --- keys -------------------------------------------------------------------------------


def _legends(fig: Figure, chart: ChartArtists, data: ProgressData) -> None:
    """A key for each panel that needs one; entries only for what the period shows."""
    before = _legend_labels(chart)
    _make_legends(chart, data)
    if _legend_labels(chart) == before or not isinstance(fig, ProgressFigure) or not layout_kept(fig):
        return
    # Entries came or went. The layout keeps room beside the panels for the keys'
    # widths (their height stays within the panels): solve it again only when a
    # width changed, as a figure built afresh would have it.
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    if fig.key_widths is None or key_widths(fig, renderer) != fig.key_widths:
        solve_again(fig)


def _legend_labels(chart: ChartArtists) -> tuple[tuple[str, ...], ...]:
    labels = []
    for ax in (chart.pain_ax, chart.line_ax):
        legend = ax.get_legend()
        labels.append(tuple(t.get_text() for t in legend.get_texts()) if legend is not None else ())
    return tuple(labels)


def _make_legends(chart: ChartArtists, data: ProgressData) -> None:
    theme = chart.theme
    pain_items: list[Any] = [chart.points, chart.rolling, chart.worst]
    if data.flare_ups:
        pain_items.append(
            Patch(
                facecolor=OKABE_ITO["yellow"],
                alpha=theme.span_alpha + 0.2,
                hatch="//",
                edgecolor=OKABE_ITO["orange"],
                label=tr("Flare-up"),
            )
        )
    if data.red_flag_days:
        pain_items.append(
            Line2D(
                [],
                [],
                color=OKABE_ITO["vermillion"],
                linestyle=(0, (1, 1.5)),
                linewidth=1.6,
                label=tr("Red flag logged"),
            )
        )
    _legend(chart.pain_ax, pain_items, theme, chart.compact)
    if any(r.key.startswith("med:") for r in timeline_rows(data)):
        _legend(chart.line_ax, _medicine_key(data, theme), theme, chart.compact)
    elif (old := chart.line_ax.get_legend()) is not None:
        old.remove()  # no medicine in this range (the rows kept are empty): no key for them


def _medicine_key(data: ProgressData, theme: Theme) -> list[Any]:
    items: list[Any] = [
        Patch(
            facecolor=OKABE_ITO["sky_blue"],
            alpha=theme.span_alpha + 0.2,
            hatch="..",
            edgecolor=theme.grid,
            label=tr("Medicine course"),
        ),
        Line2D(
            [],
            [],
            linestyle="none",
            marker="|",
            markersize=12,
            markeredgewidth=1.6,
            color=theme.ink,
            label=tr("Dose taken"),
        ),
    ]
    if any(t.override_reason for t in data.doses):
        items.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="x",
                markersize=8,
                markeredgewidth=2,
                color=OKABE_ITO["vermillion"],
                label=tr("Taken with a safety override"),
            )
        )
    return items


def _legend(ax: Axes, handles: list[Any], theme: Theme, compact: bool) -> None:
    if compact:
        # Above the panel, right-aligned, beside its (short) title.
        legend = ax.legend(
            handles=handles,
            loc="lower right",
            bbox_to_anchor=(0.985, 1.0),
            ncol=min(3 if ax.get_title(loc="left") == tr("Pain") else 2, len(handles)),
            fontsize=7.5,
            frameon=False,
            borderaxespad=0.2,
            columnspacing=1.2,
            handlelength=1.8,
        )
    else:
        legend = ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            fontsize=9,
            frameon=True,
            borderaxespad=0.0,
        )
    legend.get_frame().set_facecolor(theme.panel)
    legend.get_frame().set_edgecolor(theme.grid)
    for text in legend.get_texts():
        text.set_color(theme.text)


__all__ = [
    "ChartArtists",
    "build_progress_figure",
    "set_progress_range",
    "update_progress_figure",
]
