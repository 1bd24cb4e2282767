"""Loading the chart library ahead, while the window waits for the patient.

matplotlib takes about a second to import on a modest laptop, and the Progress
section needs it for its first chart: imported on the click, that second is the
patient's wait. The window's start does not pay it either (a start on Today needs no
chart): shortly after the window is up, a background job imports the chart modules
(no Qt in them: ``reports.charts`` builds ``Figure`` objects and the Agg canvas draws
them), so the first chart only has its own drawing left to do.
"""

from __future__ import annotations

import importlib
import logging
import threading

from PySide6.QtCore import QCoreApplication

from ..common.jobs import Job, JobRunner

log = logging.getLogger(__name__)

CHART_MODULES = ("matplotlib.figure", "matplotlib.backends.backend_agg", "backplan.reports.charts")

_done = threading.Event()
# Once per process (imports are): the runner lives as long as the application, which
# waits for it on quit.
_runner: list[JobRunner] = []


def warm_up_charts() -> threading.Event:
    """Starts importing the chart modules in a background job (once); returns the
    event set when they are imported (or the import failed: the section then imports,
    and reports the failure, on its own). Called on the GUI thread."""
    if not _runner:
        runner = JobRunner(QCoreApplication.instance())
        _runner.append(runner)
        runner.submit(_import_all)
    return _done


def _import_all(_job: Job) -> None:
    try:
        for name in CHART_MODULES:
            importlib.import_module(name)
    except Exception:  # the section shows the real error when it imports them itself
        log.exception("loading the chart modules ahead failed")
    finally:
        _done.set()


__all__ = ["CHART_MODULES", "warm_up_charts"]
