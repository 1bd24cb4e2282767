"""The progress chart's static parts, worked out once: its layout and its date ticks.

Solving the constrained layout measures every title, tick label and key of the four
panels, several times over: about a fifth of building and drawing a chart. Once
solved, the panels stay where they are until the figure changes size or a key or the
rows change, so :class:`ProgressFigure` keeps the solution after its first draw
(``set_layout_engine("none")``) and a figure of the same size with the same texts
takes a solution kept from another figure (``LAYOUTS``).

Only matplotlib's public API is used: the layout engine is read and set with
``get_layout_engine``/``set_layout_engine``, positions with ``get_position`` and
``set_position``, and the texts that the layout depends on through the public
getters of the axes, axis, legend and figure. A matplotlib release that changes its
internals cannot break the chart; at worst a solution is not found in the store and
the layout is solved again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, num2date
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.layout_engine import ConstrainedLayoutEngine, LayoutEngine
from matplotlib.text import Text
from matplotlib.transforms import Bbox
from PySide6.QtCore import QLocale

from backplan.reports.bounded_store import BoundedStore
from backplan.reports.chart_style import localized_months
from backplan.reports.chart_text_cache import draw_with_kept_texts


class DateLocator(AutoDateLocator):
    """``AutoDateLocator`` that remembers the ticks of the view it last placed.

    The four panels share one date axis, and a draw (with the layout solved, several
    times over) asks for the same ticks again and again; working them out is an
    ``rrule`` walk each time. The ticks depend only on the view's limits.
    """

    remembered_view: tuple[float, float] | None = None
    remembered_ticks: Any = None

    def __call__(self) -> Any:
        assert self.axis is not None
        vmin, vmax = self.axis.get_view_interval()
        view = (float(vmin), float(vmax))
        if view != self.remembered_view:
            self.remembered_ticks = np.array(super().__call__())  # type: ignore[no-untyped-call]
            self.remembered_view = view
        return self.remembered_ticks.copy()  # a copy: whoever asked may change theirs


class DateFormatter(ConciseDateFormatter):
    """``ConciseDateFormatter`` with the month names in the window's language.

    Through its public methods only: the tick labels (``format_ticks``) and the offset
    beside the axis (``get_offset``) are matplotlib's, their English month names put
    into the locale's words (see :func:`localized_months`).
    """

    def __init__(self, locator: Any, tz: Any = None) -> None:
        super().__init__(locator, tz=tz)  # type: ignore[no-untyped-call]
        self.zone = tz
        self.last_year_of_months: int | None = None  # the ticks' year, when they span months

    def format_ticks(self, values: Any) -> Any:
        labels = super().format_ticks(values)  # type: ignore[no-untyped-call]
        months = {(d.year, d.month) for d in num2date(values, tz=self.zone)}  # type: ignore[no-untyped-call]
        self.last_year_of_months = max(months)[0] if len(months) > 1 else None
        return [localized_months(str(label)) for label in labels]

    def get_offset(self) -> str:
        offset = str(super().get_offset())  # type: ignore[no-untyped-call]
        # matplotlib names the last tick's month beside day ticks ("2026-Dec") even when
        # the ticks run over several months, as if the whole range were that month: such
        # ranges (their month names are among the ticks) get the year alone.
        if offset and self.last_year_of_months is not None:
            return str(self.last_year_of_months)
        return localized_months(offset)


# --- a layout solved once per figure ---------------------------------------------------


class ProgressFigure(Figure):
    """The chart's figure: keeps its layout once solved, and takes one solved before.

    ``chart`` is what ``chart_figure`` keeps for updates in place (the artists it
    changes); ``solved_engine`` is the constrained layout engine while the solution
    is kept as it is (the figure then has no engine of its own, so a draw does not
    solve it again); ``key_widths`` how far the keys reached out of their panels when
    the layout was solved (see :func:`key_widths`).
    """

    chart: Any = None
    solved_engine: LayoutEngine | None = None
    key_widths: tuple[tuple[float, ...], ...] | None = None

    def draw(self, renderer: Any) -> None:
        key = layout_key(self)
        if key is not None:
            solved = LAYOUTS.get(key)
            if solved is not None:
                solved.apply(self)
                keep_layout(self, None)
                key = None
        solving = isinstance(self.get_layout_engine(), ConstrainedLayoutEngine)
        draw_with_kept_texts(self, renderer, super().draw, solving)
        if isinstance(self.get_layout_engine(), ConstrainedLayoutEngine):
            keep_layout(self, renderer)
            if key is not None:
                LAYOUTS.keep(key, SolvedLayout.of(self))


def keep_layout(fig: ProgressFigure, renderer: Any) -> None:
    """Keep the panels where the constrained layout put them (after a draw solved it).

    With ``renderer`` the keys' reach is measured now (a layout taken from the store
    brings its own).
    """
    engine = fig.get_layout_engine()
    if not isinstance(engine, ConstrainedLayoutEngine):
        return
    fig.solved_engine = engine
    fig.set_layout_engine("none")
    if renderer is not None:
        fig.key_widths = key_widths(fig, renderer)


def solve_again(fig: Figure) -> None:
    """Solve the layout again at the next draw (a resize, new axes, a key that changed width)."""
    if not isinstance(fig, ProgressFigure) or fig.solved_engine is None:
        return
    engine, fig.solved_engine = fig.solved_engine, None
    fig.set_layout_engine(engine)
    for ax in fig.axes:
        ax.set_in_layout(True)  # ``set_position`` (a kept solution) takes an axes out


def layout_kept(fig: Figure) -> bool:
    return isinstance(fig, ProgressFigure) and fig.solved_engine is not None


def key_widths(fig: Figure, renderer: Any) -> tuple[tuple[float, ...], ...]:
    """How far the pain panel's and the plan panel's keys reach out of their panels, in pixels.

    That is what the layout makes room for (a key inside its panel's height takes
    no room of its own); rounded, so that a hair is no change.
    """
    sizes = []
    for ax in (fig.axes[0], fig.axes[-1]):
        legend = ax.get_legend()
        if legend is None:
            sizes.append((0.0, 0.0, 0.0, 0.0))
            continue
        box, panel = legend.get_window_extent(renderer), ax.bbox
        sizes.append(
            tuple(
                round(max(0.0, out), 1)
                for out in (panel.x0 - box.x0, box.x1 - panel.x1, panel.y0 - box.y0, box.y1 - panel.y1)
            )
        )
    return tuple(sizes)


# --- layouts solved for figures of the same geometry ---------------------------------


@dataclass(frozen=True)
class SolvedLayout:
    """Where the constrained layout put a figure's panels, and how far its keys reached."""

    axes: tuple[tuple[tuple[float, ...], tuple[float, ...]], ...]  # (original, active) corners
    key_widths: tuple[tuple[float, ...], ...] | None

    @staticmethod
    def of(fig: ProgressFigure) -> SolvedLayout:
        return SolvedLayout(
            tuple(
                (_corners(ax.get_position(original=True)), _corners(ax.get_position(original=False)))
                for ax in fig.axes
            ),
            fig.key_widths,
        )

    def apply(self, fig: ProgressFigure) -> None:
        for ax, (original, active) in zip(fig.axes, self.axes, strict=True):
            ax.set_position(Bbox(np.reshape(original, (2, 2))), which="original")
            ax.set_position(Bbox(np.reshape(active, (2, 2))), which="active")
        fig.key_widths = self.key_widths


def _corners(box: Bbox) -> tuple[float, ...]:
    """x0, y0, x1, y1 as they are (bounds would add the width back: a last bit off)."""
    return tuple(float(v) for v in box.get_points().flat)


# Solved layouts by everything the solution depends on (see :func:`layout_key`): every
# chart of the same size, with the same titles, keys, row labels and tick labels, comes
# out of the constrained layout in the same place. A few dozen geometries is more than
# a session sees.
LAYOUTS: Final[BoundedStore[tuple[Any, ...], SolvedLayout]] = BoundedStore(32)


def forget_solved_layouts() -> None:
    """Empty the store: the next figure of every geometry solves its layout (tests)."""
    LAYOUTS.clear()


def _text_key(text: Text) -> tuple[Any, ...]:
    """What the layout measures of a text (matplotlib compares fonts by hash too)."""
    return (
        text.get_text(),
        text.get_visible(),
        text.get_in_layout(),
        hash(text.get_fontproperties()),
        text.get_rotation(),
        text.get_horizontalalignment(),
        text.get_verticalalignment(),
    )


def _axes_key(ax: Axes) -> list[Any]:
    """The texts of one panel that the layout measures, and what decides its tick labels.

    The tick labels themselves are not asked for: making them creates the ticks,
    which costs as much as a tenth of the draw. They follow from where the ticks are
    (``get_ticklocs``, which creates none), the view, the tick parameters (sizes,
    pads) and the kind of formatter; the row labels are the chart's rows.
    """
    parts: list[Any] = [
        tuple(float(v) for v in ax.get_position(original=True).bounds),
        (ax.axison, ax.get_visible(), ax.get_in_layout()),
        tuple(ax.get_title(loc=loc) for loc in ("left", "center", "right")),
        _text_key(ax.title),
    ]
    texts: list[Text] = list(ax.texts)
    for axis in (ax.xaxis, ax.yaxis):
        texts.append(axis.label)
        parts.append(
            (
                axis.get_visible(),
                axis.labelpad,
                tuple(float(v) for v in axis.get_view_interval()),
                tuple(float(v) for v in axis.get_ticklocs()),
                type(axis.get_major_locator()).__name__,
                type(axis.get_major_formatter()).__name__,
                tuple(sorted((k, str(v)) for k, v in axis.get_tick_params(which="major").items())),
            )
        )
    legend = ax.get_legend()
    if legend is not None:
        texts += [*legend.get_texts(), legend.get_title()]
        parts.append((legend.get_visible(), legend.get_in_layout(), legend.get_frame_on()))
    parts.append(tuple(_text_key(t) for t in texts))
    return parts


def layout_key(fig: ProgressFigure) -> tuple[Any, ...] | None:
    """Everything the constrained layout of ``fig`` depends on, or None to solve it.

    The layout engine sizes each panel's margins from the boxes of its texts: titles,
    axis labels, tick labels, the offset of the date axis, keys. A chart with the same
    size, dpi, grid, texts and fonts, starting from the same places, comes out the
    same. A figure with a title of its own (``write_chart``'s) or anything else this
    key does not know of is solved.
    """
    engine = fig.get_layout_engine()
    if fig.chart is None or not isinstance(engine, ConstrainedLayoutEngine):
        return None
    if fig.get_suptitle() or fig.texts or fig.legends or fig.subfigs or fig.images or len(fig.axes) != 4:
        return None
    specs = [ax.get_subplotspec() for ax in fig.axes]
    if any(spec is None for spec in specs):
        return None
    parts: list[Any] = [
        float(fig.dpi),
        tuple(float(v) for v in fig.get_size_inches()),
        tuple(sorted((k, str(v)) for k, v in engine.get().items())),
        str(specs[0].get_gridspec().get_height_ratios()),  # type: ignore[union-attr]
        str(matplotlib.rcParams["text.hinting"]),
        fig.chart.compact,
        tuple(row.label for row in fig.chart.rows),  # the plan panel's tick labels
        QLocale().name(),  # the month names of the date axis
        hash(FontProperties()),  # the default font (and its fallbacks) of every text
    ]
    for ax in fig.axes:
        parts += _axes_key(ax)
    return tuple(parts)


__all__ = [
    "LAYOUTS",
    "DateFormatter",
    "DateLocator",
    "ProgressFigure",
    "SolvedLayout",
    "forget_solved_layouts",
    "keep_layout",
    "key_widths",
    "layout_kept",
    "layout_key",
    "solve_again",
]
