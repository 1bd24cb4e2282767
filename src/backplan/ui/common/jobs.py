"""Runs slow work (a chart over years, a long report) off the GUI thread.

The window must never freeze: a job runs on a private one-thread pool and hands its
result back through a queued signal, so widgets are only ever touched on the GUI
thread. A newer request supersedes an older one: jobs still waiting are dropped and
the result of a job that was overtaken is ignored, so flicking through range presets
shows the last one chosen, not a queue of stale charts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

# A job's function gets a callback it may call with (steps done, steps in all).
Report = Callable[[int, int], None]
Work = Callable[[Report], Any]


class _JobSignals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)
    progress = Signal(int, int, int)


class _Job(QRunnable):
    def __init__(self, token: int, work: Work, signals: _JobSignals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it alive until its result arrives
        self.token = token
        self.work = work
        self.signals = signals

    def run(self) -> None:
        def report(done: int, total: int) -> None:
            self.signals.progress.emit(self.token, done, total)

        try:
            result = self.work(report)
        except Exception as exc:
            log.exception("background job failed")
            self.signals.failed.emit(self.token, str(exc) or type(exc).__name__)
            return
        self.signals.done.emit(self.token, result)


class JobRunner(QObject):
    """One job at a time; the newest request wins."""

    finished = Signal(object)  # the result of the newest job
    failed = Signal(str)
    progress = Signal(int, int)  # (done, total) of the newest job
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._token = 0
        self._jobs: dict[int, _Job] = {}
        self._retired: dict[int, _Job] = {}  # cancelled jobs, until they have ended
        self._signals = _JobSignals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._signals.progress.connect(self._progress)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def submit(self, work: Work) -> int:
        """Starts ``work`` once the running job (if any) ends; drops any still waiting."""
        self._pool.clear()  # waiting jobs never start; the dict forgets them when one settles
        self._token += 1
        job = _Job(self._token, work, self._signals)
        was_busy = self.busy
        self._jobs[self._token] = job
        self._pool.start(job)
        if not was_busy:
            self.busy_changed.emit(True)
        return self._token

    def cancel(self) -> None:
        """Forgets every job: a result that arrives later is ignored.

        For when what was asked for is already on screen another way (a chart drawn
        ahead of time); the running job still runs to its end, unseen.
        """
        self._pool.clear()
        self._token += 1
        if self._jobs:
            self._retired.update(self._jobs)  # kept alive while one may still run
            self._jobs.clear()
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Waits for the running job (for closing the window and for tests)."""
        self._pool.clear()
        return self._pool.waitForDone(msecs)

    def _settle(self, token: int) -> bool:
        self._jobs.pop(token, None)
        # Jobs run in order: every older one has ended or never will start.
        self._retired = {t: job for t, job in self._retired.items() if t > token}
        current = token == self._token
        if current:
            self._jobs.clear()
            self.busy_changed.emit(False)
        return current

    def _done(self, token: int, result: object) -> None:
        if self._settle(token):
            self.finished.emit(result)

    def _failed(self, token: int, message: str) -> None:
        if self._settle(token):
            self.failed.emit(message)

    def _progress(self, token: int, done: int, total: int) -> None:
        if token == self._token:
            self.progress.emit(done, total)


__all__ = ["JobRunner", "Report", "Work"]
