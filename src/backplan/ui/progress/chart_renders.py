"""Charts drawn ahead of time on a worker thread, so a click shows one at once.

A full matplotlib draw of the Progress chart takes a few hundred milliseconds, most
of it laying out and rasterising text; no update of the figure in place gets a range
switch under 50 ms on the GUI thread. Figures are not thread-safe, but separate
figures on their own Agg canvases are (matplotlib keeps its fonts per thread), so
the section builds and draws each preset's figure here, off the GUI thread, and a
click only hands the finished figure and its pixels to the canvas.

This module holds no matplotlib: the section imports matplotlib only when first
shown, and the figure work is handed in as functions.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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


# A job gets an event that is set when its result is no longer wanted; it returns a
# Render, or what the renders need first (the section's figures for every range).
RenderWork = Callable[[threading.Event], object]


class _Signals(QObject):
    done = Signal(int, object)
    ended = Signal(int)  # the job's serial number


class _Job(QRunnable):
    def __init__(
        self, serial: int, batch: int, work: RenderWork, cancelled: threading.Event, signals: _Signals
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # RenderPool keeps it alive until it has ended
        self.serial = serial
        self.batch = batch
        self.work = work
        self.cancelled = cancelled
        self.signals = signals

    def run(self) -> None:
        try:
            if self.cancelled.is_set():
                return
            render = self.work(self.cancelled)
            if render is not None and not self.cancelled.is_set():
                self.signals.done.emit(self.batch, render)
        except Exception:
            # A chart that cannot be drawn ahead is drawn the ordinary way on a click.
            log.exception("drawing a chart ahead of time failed")
        finally:
            self.signals.ended.emit(self.serial)


class RenderPool(QObject):
    """Draws charts one after another on a private thread; the newest batch counts.

    A batch is the renders wanted for one key; :meth:`cancel` ends it (new data, a
    resize): jobs still waiting return at once when their turn comes, a running one
    stops at its next check, and none of their results is handed over. Jobs are not
    taken out of the queue, so each one ends on its own and lets go of its reference.
    """

    done = Signal(object)  # what a job of the current batch returned

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._batch = 0
        self._cancelled = threading.Event()
        self._jobs: dict[int, _Job] = {}  # by serial number, until each has ended
        self._serial = 0
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.ended.connect(self._ended)

    def submit(self, work: RenderWork) -> None:
        self._serial += 1
        job = _Job(self._serial, self._batch, work, self._cancelled, self._signals)
        self._jobs[self._serial] = job
        self._pool.start(job)

    def cancel(self) -> None:
        self._cancelled.set()
        self._batch += 1
        self._cancelled = threading.Event()

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Cancels everything and waits for the running job (for closing the window)."""
        self.cancel()
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def _done(self, batch: int, render: object) -> None:
        if batch == self._batch:
            self.done.emit(render)

    def _ended(self, serial: int) -> None:
        self._jobs.pop(serial, None)


__all__ = ["Render", "RenderFailed", "RenderKey", "RenderPool", "RenderWork"]
