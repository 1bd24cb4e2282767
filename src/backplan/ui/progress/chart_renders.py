"""Charts drawn ahead of time on a worker thread, so a click shows one at once.

A full matplotlib draw of the Progress chart takes a few hundred milliseconds, most
of it laying out and rasterising text; no update of the figure in place gets a range
switch under 50 ms on the GUI thread. Figures are not thread-safe, but separate
figures on their own Agg canvases are (matplotlib keeps its fonts per thread), so
the section builds and draws each preset's figure off the GUI thread (the jobs made
here, run by the section's ``JobRunner``), and a click only hands the finished
figure and its pixels to the canvas.

This module imports no matplotlib: the jobs import it when they run (the section
imports matplotlib only when first shown).
"""

from __future__ import annotations

import logging
from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from backplan.domain.model import PlanDocument
from backplan.reports.progress import ProgressData
from backplan.services.backplan_service import Backplan

from ..common.jobs import Job, Work
from .ranges import DRAWN_AHEAD, Preset, preset_range
from .results import ProgressResult, RangeResults, compute

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RenderKey:
    """Everything a drawn chart depends on besides its range.

    A render is shown only while its key is the canvas's key now: new data (the
    generation counts data changes), another day (the presets count back from
    today), the other theme or layout (``compact``: keys above the panels, for a
    narrow canvas), or a canvas of another size or pixel ratio each make the pixels
    wrong.
    """

    patient_id: int
    generation: int
    today: date
    dark: bool
    compact: bool  # the chart's layout for a narrow canvas (see the section's docstring)
    width: float  # device pixels, as the canvas computes them
    height: float
    pixel_ratio: float


@dataclass(eq=False)
class Render:
    """One range's figure, drawn at the key's size, with the figures the panels show."""

    tag: Hashable  # which range (the section's preset)
    key: RenderKey
    result: Any  # what the section shows beside the chart for this range
    figure: Figure
    image: Any  # the drawn pixels (a matplotlib BufferRegion of the whole figure)
    limits: tuple[tuple[float, ...], ...] = field(default=())  # the axes' limits as drawn


@dataclass(frozen=True)
class RenderFailed:
    """A chart that could not be drawn ahead (the error is logged where it happened)."""

    tag: Hashable
    message: str


def range_work(
    services: Backplan,
    patient_id: int,
    data_key: tuple[int, int, date],
    doc: PlanDocument,
    history: ProgressData,
) -> Work:
    """A job computing every preset's figures from the history read, before their charts."""
    today = data_key[2]

    def work(job: Job) -> RangeResults | RenderFailed | None:
        from backplan.reports.charts import timeline_rows

        results: dict[Preset, ProgressResult] = {}
        try:
            for preset in DRAWN_AHEAD:
                if job.cancelled:
                    return None
                start, end = preset_range(preset, today)
                results[preset] = compute(services, patient_id, start, end, doc, history)
            return RangeResults(data_key, results, timeline_rows(history))
        except Exception as exc:
            log.exception("computing the presets' figures failed")
            return RenderFailed(RangeResults, str(exc) or type(exc).__name__)

    return work


def render_work(tag: Hashable, key: RenderKey, result: ProgressResult, rows: tuple[Any, ...] | None) -> Work:
    """A job drawing ``result``'s chart for the canvas; the rows default to the history's."""

    def work(job: Job) -> Render | RenderFailed | None:
        from backplan.reports.charts import build_progress_figure, timeline_rows

        from .chart_canvas import axes_limits, draw_offscreen

        try:
            shown_rows = rows
            if shown_rows is None and result.history is not None:
                shown_rows = timeline_rows(result.history)
            figure = build_progress_figure(result.data, dark=key.dark, rows=shown_rows, compact=key.compact)
            if job.cancelled:
                return None
            image = draw_offscreen(figure, key.width, key.height, key.pixel_ratio)
        except Exception as exc:
            log.exception("drawing the chart off the GUI thread failed")
            return RenderFailed(tag, str(exc) or type(exc).__name__)
        return Render(tag, key, result, figure, image, axes_limits(figure))

    return work


__all__ = ["Render", "RenderFailed", "RenderKey", "range_work", "render_work"]
