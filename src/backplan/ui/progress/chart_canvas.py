"""The Progress chart's canvas: it can take over a figure drawn on another thread.

A figure drawn ahead of time (see ``chart_renders``) is handed to the canvas with
its pixels, so it is on screen after a copy instead of a draw, and it is the real
figure from then on: every later draw (a resize) paints
the same picture, because its layout was solved and kept at the first draw.

Imported only once the Progress section shows a chart (it imports matplotlib).
"""

from __future__ import annotations

from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox
from PySide6.QtCore import Signal


def draw_offscreen(figure: Figure, width: float, height: float, pixel_ratio: float) -> Any:
    """Draws ``figure`` at a canvas's size in device pixels; returns the pixels.

    Runs on a worker thread, on a figure no other thread touches. The size and dpi
    are set as ``FigureCanvasQT`` sets them for its own figure (same expressions,
    so the same numbers), which is what lets the Qt canvas reuse the pixels as they
    are. The figure is left with an Agg canvas of its own and no renderer, so only
    the returned copy of the pixels is kept.
    """
    agg = FigureCanvasAgg(figure)  # records the dpi before the ratio
    figure.set_dpi(pixel_ratio * figure.dpi)
    figure.set_size_inches(width / figure.dpi, height / figure.dpi, forward=False)
    agg.draw()  # type: ignore[no-untyped-call]
    # All of the renderer's pixels: matplotlib rounds the size up when it is within a
    # hair of a whole pixel (5.02 in at 100 dpi), which the figure's bbox does not.
    width_px, height_px = agg.get_width_height(physical=True)
    image = agg.copy_from_bbox(Bbox.from_bounds(0, 0, width_px, height_px))  # type: ignore[no-untyped-call]
    FigureCanvasAgg(figure)
    return image


def axes_limits(figure: Figure) -> tuple[tuple[float, ...], ...]:
    """The limits of every panel: a pan or a zoom changes them."""
    return tuple((*ax.get_xlim(), *ax.get_ylim()) for ax in figure.axes)


class ChartCanvas(FigureCanvasQTAgg):
    """``FigureCanvasQTAgg`` that can show a figure already drawn elsewhere."""

    # The canvas changed size or pixel ratio (the ratio changes without a Qt event).
    resized = Signal()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)  # type: ignore[no-untyped-call]
        self.resized.emit()

    def device_size(self) -> tuple[float, float]:
        """The size in device pixels, computed as ``resizeEvent`` computes it."""
        ratio = self.device_pixel_ratio
        return self.width() * ratio, self.height() * ratio

    def take_figure(self, figure: Figure, image: Any) -> Figure:
        """Shows ``figure``, drawn at this canvas's size, from its pixels ``image``.

        Returns the figure shown before, which gets an Agg canvas of its own again,
        untouched: drawn ahead for a range, it can be taken back later.
        """
        old = self.figure
        FigureCanvasAgg(old)
        figure.set_canvas(self)
        self.figure = figure
        self.restore_region(image)  # type: ignore[no-untyped-call]  # into a renderer of this size
        self.update()
        return old


__all__ = ["ChartCanvas", "axes_limits", "draw_offscreen"]
