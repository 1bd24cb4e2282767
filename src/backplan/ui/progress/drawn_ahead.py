"""The presets' charts drawn ahead of time, for the canvas as it is now.

Once the history is read, every preset's figures are worked out in one job (so the
summary's room under the chart is fixed first, and the canvas keeps its size), then
each preset's chart is drawn at the canvas's size in a job of its own, the presets
other than the one on screen first. A click on a preset then only hands a finished
figure and its pixels to the canvas (see ``chart_renders``).

A chart drawn ahead is right only for its :class:`RenderKey` (the data's generation,
the day, the theme, the layout, the canvas's size and pixel ratio); any change of
key forgets them all and draws again once the window settles.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from backplan.domain.model import PlanDocument
from backplan.reports.progress import ProgressData
from backplan.services.backplan_service import Backplan

from ..common.jobs import JobRunner
from .chart_renders import Render, RenderFailed, RenderKey, range_work, render_work
from .ranges import DRAWN_AHEAD, Preset
from .results import RangeResults


class Host(Protocol):
    """What the charts drawn ahead need to know of the section."""

    @property
    def preset(self) -> Preset: ...

    def render_key_now(self) -> RenderKey | None:
        """What a chart drawn ahead must match to be shown now; None: none can be."""
        ...

    def history_now(self) -> tuple[int, int, PlanDocument, ProgressData] | None:
        """The history read and still current: (patient, generation, document, figures)."""
        ...


class DrawnAhead(QObject):
    """Every preset's chart, drawn off the GUI thread for the canvas as it is now."""

    arrived = Signal(object)  # the Preset whose chart just arrived, right for the canvas
    ready = Signal()  # every preset's chart is drawn ahead (or on screen as drawn)

    def __init__(
        self, host: Host, services: Backplan, fit_summaries: Callable[[list[str]], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.services = services
        self.fit_summaries = fit_summaries
        self.jobs = JobRunner(self, newest_wins=False)  # a batch, one chart after another
        self.jobs.finished.connect(self._done)
        self.renders: dict[Preset, Render] = {}
        self.key: RenderKey | None = None  # the key of every chart in ``renders``
        self.rendering: set[Preset] = set()
        self.range_results: RangeResults | None = None
        self.computing_ranges = False
        self.wearing: Render | None = None  # the render the canvas shows, as drawn

    def summaries(self) -> list[str]:
        """The presets' summaries once worked out (the summary's room fits the tallest)."""
        if self.range_results is None:
            return []
        return [r.summary for r in self.range_results.results.values()]

    def get(self, preset: Preset) -> Render | None:
        """``preset``'s chart if it is drawn ahead and right for the canvas now."""
        render = self.renders.get(preset)
        return render if render is not None and render.key == self.host.render_key_now() else None

    def take(self, preset: Preset) -> Render | None:
        """Like :meth:`get`, and the render leaves the store (the canvas takes its figure)."""
        render = self.get(preset)
        if render is not None:
            del self.renders[preset]
        return render

    def wear(self, render: Render, previous_figure: object) -> None:
        """``render`` is on screen now; the chart it replaced is kept if still as drawn."""
        before = self.wearing
        self.wearing = render if isinstance(render.tag, Preset) else None
        if before is not None and before.figure is previous_figure and self.pristine(before):
            assert isinstance(before.tag, Preset)
            self.renders[before.tag] = before

    def pristine(self, render: Render) -> bool:
        """Whether ``render``'s figure still shows what was drawn, right for the canvas now."""
        from .chart_canvas import axes_limits

        return render.key == self.host.render_key_now() and axes_limits(render.figure) == render.limits

    def drop(self) -> None:
        """Forgets every chart drawn ahead (and stops drawing them): they are out of date."""
        self.jobs.cancel()
        self.renders.clear()
        self.rendering.clear()
        self.computing_ranges = False
        self.key = None

    def forget_data(self) -> None:
        """The data changed: the presets' figures are worked out again before any chart."""
        self.drop()
        self.range_results = None

    def start(self) -> None:
        """Draws, off the GUI thread, each preset's chart that is not ready for the canvas.

        First the figures of every preset (one job), so the summary's room is fixed
        before any chart is drawn at the canvas's size; then one job per chart, the
        presets other than the one on screen first.
        """
        key = self.host.render_key_now()
        history = self.host.history_now()
        if key is None or history is None:
            return
        data_key = (key.patient_id, key.generation, key.today)
        if self.range_results is None or self.range_results.data_key != data_key:
            if not self.computing_ranges:
                self.drop()  # drawn from older figures
                self.computing_ranges = True
                self.jobs.submit(range_work(self.services, key.patient_id, data_key, history[2], history[3]))
            return
        # Room for the tallest summary at the width now (the canvas may shrink for it).
        self.fit_summaries(self.summaries())
        key = self.host.render_key_now()
        if key is None:
            return
        if key != self.key:
            self.drop()
            self.key = key
        worn = self._worn()
        wanted = [p for p in DRAWN_AHEAD if p not in self.renders and p not in self.rendering and p != worn]
        wanted.sort(key=lambda p: p == self.host.preset)
        for preset in wanted:
            self.rendering.add(preset)
            result = self.range_results.results[preset]
            self.jobs.submit(render_work(preset, key, result, self.range_results.rows))
        self._say_if_all_drawn()

    def all_ready(self) -> bool:
        """Whether a click on any preset now shows a chart drawn ahead (or the one on screen)."""
        key = self.host.render_key_now()
        if key is None or key != self.key:
            return False
        worn = self._worn()
        return all(p in self.renders or p == worn for p in DRAWN_AHEAD)

    def _worn(self) -> Preset | None:
        if self.wearing is None or not self.pristine(self.wearing):
            return None
        tag = self.wearing.tag
        assert isinstance(tag, Preset)
        return tag

    def _done(self, done: object) -> None:
        """A job of the current batch ended (on the GUI thread)."""
        if isinstance(done, RenderFailed) and done.tag is RangeResults:
            self.computing_ranges = False  # tried again when the window settles
            return
        if isinstance(done, RangeResults):
            self.computing_ranges = False
            if self._current(done.data_key):
                self.range_results = done
                self.start()
            return
        assert isinstance(done, Render | RenderFailed)
        preset = done.tag
        assert isinstance(preset, Preset)
        self.rendering.discard(preset)  # a failed one is tried again when the window settles
        if isinstance(done, RenderFailed) or done.key != self.key:
            return
        self.renders[preset] = done
        self.arrived.emit(preset)
        self._say_if_all_drawn()

    def _current(self, data_key: tuple[int, int, date]) -> bool:
        history = self.host.history_now()
        return history is not None and history[:2] == data_key[:2]

    def _say_if_all_drawn(self) -> None:
        if not self.rendering and not self.computing_ranges and self.all_ready():
            self.ready.emit()


__all__ = ["DrawnAhead", "Host"]
