"""The Progress section's chart area: the canvas (once there is a chart) and its summary.

It holds the figure on screen: drawn here (the first chart, a new theme), updated in
place, or taken over from a chart drawn off the thread (``chart_renders``).

Before the first chart a placeholder holds the place; the canvas is made when the
first chart is drawn (it imports matplotlib). Under the chart, the chart said in
words, in a box whose room fits the longest summary of the presets, so the canvas
keeps one size from one range to the next (a chart that changes size is laid out and
drawn again).

A narrow canvas (the side panel takes a good part of a 1280-pixel window) gets the
chart's compact layout, keys above the panels and shorter titles (see ``COMPACT_BELOW``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from backplan.reports.progress import ProgressData

from .chart_renders import Render

CONTEXT = "ProgressView"  # the section's translation context (its words live in several modules)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Below this width of the canvas (logical pixels) the chart takes its compact layout.
# The wide layout's longest title needs about 750 pixels and its keys about 200 beside
# the panels: from 900 on the plots keep 550 or more with every title whole, while
# the compact layout gives them nearly the whole width (about 480 of a 620-pixel
# canvas, where the wide one leaves 270).
COMPACT_BELOW = 900


def is_dark() -> bool:
    """Whether the window is drawn dark, so the chart should be too.

    The palette is what is on screen: it follows the system's scheme, and also the
    app's own light/dark setting when that overrides the system.
    """
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


class ChartArea:
    """The chart's box (a child of the section): placeholder or canvas, and the summary.

    ``known_summaries`` gives every summary worked out for the ranges on offer (the
    room under the chart fits the tallest).
    """

    def __init__(self, owner: QWidget, known_summaries: Callable[[], list[str]]) -> None:
        self.known_summaries = known_summaries
        self.box = QWidget(owner)
        self.layout = QVBoxLayout(self.box)
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(tr("The chart appears here."), self.box)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.layout.addWidget(self.placeholder, 1)
        self.summary = QLabel(self.box)
        self.summary.setWordWrap(True)
        # Its room fits the longest preset's summary; a shorter one starts at the top.
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleDescription(tr("What the chart shows"))  # named by its text
        self.summary.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary.setContentsMargins(6, 4, 6, 4)
        self.layout.addWidget(self.summary)
        self.summary_width = -1  # the summary's width when its room was last measured
        self.canvas: Any = None
        self.figure: Figure | None = None
        self.dark = False  # the colours and the layout of the figure on screen
        self.compact = False
        self.blank = False  # the figure on screen is the blank one of ``open_blank``

    def compact_now(self) -> bool:
        """Whether a chart built now takes the compact layout: the canvas is narrow.

        The chart's box is the canvas's width (the first chart is built before there
        is a canvas); logical pixels, as the chart's type is sized in points.
        """
        return self.box.width() < COMPACT_BELOW

    def set_summary(self, text: str) -> None:
        """Shows the summary under the chart, before the chart is drawn.

        The summary takes as many lines as the range needs; the space for it only
        grows, so the chart keeps its size from one range to the next (a chart that
        changes size is laid out and drawn again), and the chart box is laid out now,
        so the canvas has its size before it draws.
        """
        self.summary.setText(text)
        self.fit_summary([text])

    def fit_summary(self, texts: list[str]) -> None:
        """Makes room under the chart for the tallest of ``texts``, and lays the box out.

        At the width of the last fit the room only grows (see ``set_summary``). At a
        new width (the window resized) it is measured afresh for every summary known,
        so a box made tall while the window was narrow shrinks again when it widens.
        """
        width = self.summary.width()
        if width > 0:
            shown = self.summary.text()
            refit = width != self.summary_width
            if refit:
                texts = [*texts, shown, *self.known_summaries()]
                self.summary.setMinimumHeight(0)  # a label measures no less than its minimum
            needed = []
            for text in dict.fromkeys(texts):
                if text != self.summary.text():
                    self.summary.setText(text)
                needed.append(self.summary.heightForWidth(width))
            if self.summary.text() != shown:
                self.summary.setText(shown)
            if refit or max(needed) > self.summary.minimumHeight():
                self.summary.setMinimumHeight(max(needed))
            self.summary_width = width
        self.layout.activate()

    def draw(self, data: ProgressData, history: ProgressData | None, resized: Callable[[], None]) -> None:
        """Shows ``data`` in the chart, drawn on this thread, with the rows of ``history``.

        Keeping the history's rows whatever the range (a medicine whose course ended
        keeps its empty row) makes a switch of range an update of the figure in place
        instead of building it again. A new theme or layout, or the first chart, builds
        the figure and a canvas for it (``resized`` is called when the canvas changes size).
        """
        from backplan.reports import charts

        rows = charts.timeline_rows(history) if history is not None else None
        dark, compact = is_dark(), self.compact_now()
        if self.figure is None or self.blank or dark != self.dark or compact != self.compact:
            self.dark, self.compact = dark, compact
            self._install(charts.build_progress_figure(data, dark=dark, rows=rows, compact=compact), resized)
        else:
            charts.update_progress_figure(self.figure, data, rows)
        assert self.canvas is not None
        self.canvas.draw_idle()

    def open_blank(self, resized: Callable[[], None]) -> None:
        """Makes the canvas with a blank figure in the chart's background, laid out now.

        For the first chart: the canvas then has its size, so the chart can be drawn
        for it off the GUI thread and handed over (``take``) instead of built and drawn
        here, which held the window for 150-250 ms. A blank figure draws in a few
        milliseconds.
        """
        from matplotlib.figure import Figure

        from backplan.reports.chart_style import DARK, LIGHT

        self.dark, self.compact = is_dark(), self.compact_now()
        blank = Figure()
        blank.set_facecolor((DARK if self.dark else LIGHT).background)
        self._install(blank, resized)
        self.blank = True
        self.canvas.show()  # now, not on the next turn of the event loop: the layout sizes it
        self.layout.activate()

    def take(self, render: Render) -> Figure:
        """Shows ``render``, drawn for the canvas as it is now; returns the figure it replaces."""
        assert self.canvas is not None
        previous: Figure = self.canvas.take_figure(render.figure, render.image)
        self.figure = render.figure
        self.dark, self.compact = render.key.dark, render.key.compact
        self.blank = False
        return previous

    def _install(self, figure: Figure, resized: Callable[[], None]) -> None:
        """Puts a new figure on screen in a new canvas.

        No matplotlib toolbar: the ranges above the chart are the patient's controls;
        pan, zoom and "edit axes" were not. ``resized`` is called when the canvas
        changes size or pixel ratio.
        """
        from .chart_canvas import ChartCanvas

        if self.canvas is not None:
            self.layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.placeholder.setVisible(False)
        canvas = ChartCanvas(figure)  # type: ignore[no-untyped-call]
        canvas.resized.connect(resized)
        canvas.setParent(self.box)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumSize(480, 360)
        canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        canvas.setAccessibleName(tr("Progress chart"))
        self.layout.insertWidget(0, canvas, 1)
        self.canvas = canvas
        self.figure = figure
        self.blank = False


__all__ = ["COMPACT_BELOW", "ChartArea", "is_dark"]
