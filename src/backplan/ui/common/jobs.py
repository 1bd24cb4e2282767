"""The one way the window runs slow work (a chart, a report, an import) off the GUI thread.

The window must never freeze, and widgets may only be touched on the GUI thread. A
:class:`JobRunner` runs its jobs one after another on a private thread and hands
each result (or failure, or progress) back through queued signals, so its slots
always run on the GUI thread. Every section's worker uses it: the Progress section's
figures, its charts drawn ahead and its export, the Print section's documents, the
chart library loaded ahead (``progress.warm_up``).

Staleness is by generation. :meth:`JobRunner.cancel` starts a new generation: the
jobs of older ones are told (``Job.cancelled``; one still waiting returns at once
when its turn comes, a running one may stop at its next check) and whatever they
return is dropped unseen. A runner that is ``newest_wins`` (the default) cancels on
every submit, so flicking through range presets shows the last one chosen, not a
queue of stale charts; a queue (``newest_wins=False``) runs a batch of jobs and
hands over every result until it is cancelled (the charts drawn ahead).

Quitting waits: every runner waits for its jobs when the application is about to
quit, and a closing section first cancels what it no longer needs
(:meth:`shutdown`), so no worker reads the database after it closes. Jobs are pure Python and
Agg drawing; a worker never touches a widget (PySide6 6.12.0's fault with threads
running Python, see docs/reliability.md, is excluded in pyproject.toml).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

# A job may say how far it got: (steps done, steps in all).
Report = Callable[[int, int], None]


class _JobSignals(QObject):
    done = Signal(int, int, object)  # serial, generation, result
    failed = Signal(int, int, str)
    progress = Signal(int, int, int)  # generation, done, total
    ended = Signal(int)  # serial: the job returned, failed or was skipped


class Job:
    """What a job's function gets: a way to report progress and to see it is unwanted."""

    def __init__(self, generation: int, cancelled: threading.Event, signals: _JobSignals) -> None:
        self.generation = generation  # the runner's, when it was submitted
        self._cancelled = cancelled
        self._signals = signals

    @property
    def cancelled(self) -> bool:
        """True once the result is no longer wanted: a long job may stop early."""
        return self._cancelled.is_set()

    def report(self, done: int, total: int) -> None:
        self._signals.progress.emit(self.generation, done, total)


Work = Callable[[Job], Any]


class _Task(QRunnable):
    def __init__(self, serial: int, job: Job, work: Work, signals: _JobSignals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it alive until it has ended
        self.serial = serial
        self.job = job
        self.work = work
        self.signals = signals

    def run(self) -> None:
        job = self.job
        try:
            if job.cancelled:
                return  # overtaken while it waited
            result = self.work(job)
        except Exception as exc:
            log.exception("background job failed")
            self.signals.failed.emit(self.serial, job.generation, str(exc) or type(exc).__name__)
        else:
            self.signals.done.emit(self.serial, job.generation, result)
        finally:
            self.signals.ended.emit(self.serial)


class JobRunner(QObject):
    """Runs jobs one at a time on a private thread; results arrive on the GUI thread."""

    finished = Signal(object)  # what a job of the current generation returned
    failed = Signal(str)  # why a job of the current generation failed
    progress = Signal(int, int)  # (done, total) of a job of the current generation
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, newest_wins: bool = True) -> None:
        super().__init__(parent)
        self.newest_wins = newest_wins
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._cancelled = threading.Event()
        self._serial = 0
        self._tasks: dict[int, _Task] = {}  # by serial, until each has ended
        self._current: set[int] = set()  # serials of the current generation not yet ended
        self._signals = _JobSignals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._signals.progress.connect(self._progress)
        self._signals.ended.connect(self._ended)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)

    @property
    def busy(self) -> bool:
        """Whether a job of the current generation is waiting or running."""
        return bool(self._current)

    def submit(self, work: Work) -> int:
        """Queues ``work``; a runner that is ``newest_wins`` first cancels every older job."""
        was_busy = self.busy
        if self.newest_wins:
            self._new_generation()
            self._current.clear()  # busy all the same: with the job submitted now
        self._serial += 1
        task = _Task(self._serial, Job(self._generation, self._cancelled, self._signals), work, self._signals)
        self._tasks[self._serial] = task
        self._current.add(self._serial)
        self._pool.start(task)
        if not was_busy:
            self.busy_changed.emit(True)
        return self._serial

    def cancel(self) -> None:
        """Drops every job: none of their results is handed over.

        For new data, a resize, or what was asked for already on screen another way
        (a chart drawn ahead); a running job stops at its next check of
        ``Job.cancelled`` or runs to its end, unseen.
        """
        self._new_generation()
        if self._current:
            self._current.clear()
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Waits for every job queued to end (their results arrive on the event loop)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Cancels everything and waits for the running job (closing, quitting)."""
        self.cancel()
        return self.wait(msecs)

    def _new_generation(self) -> None:
        self._cancelled.set()
        self._generation += 1
        self._cancelled = threading.Event()

    def _settle(self, serial: int, generation: int) -> bool:
        """Whether the job's outcome is wanted; says when the runner is no longer busy."""
        if generation != self._generation or serial not in self._current:
            return False
        self._current.discard(serial)
        if not self._current:
            self.busy_changed.emit(False)
        return True

    def _done(self, serial: int, generation: int, result: object) -> None:
        if self._settle(serial, generation):
            self.finished.emit(result)

    def _failed(self, serial: int, generation: int, message: str) -> None:
        if self._settle(serial, generation):
            self.failed.emit(message)

    def _progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation:
            self.progress.emit(done, total)

    def _ended(self, serial: int) -> None:
        self._tasks.pop(serial, None)
        if serial in self._current:  # ended without a result or a failure: never stay busy
            self._current.discard(serial)
            if not self._current:
                self.busy_changed.emit(False)


__all__ = ["Job", "JobRunner", "Report", "Work"]
