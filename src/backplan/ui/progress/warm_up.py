"""Loading the chart library ahead, while the window waits for the patient.

matplotlib takes about a second to import on a modest laptop, and the Progress
section needs it for its first chart: imported on the click, that second is the
patient's wait. The window's start does not pay it either (a start on Today needs no
chart): shortly after the window is up, a background thread imports the chart
modules (no Qt in them: ``reports.charts`` builds ``Figure`` objects and the Agg
canvas draws them), so the first chart only has its own drawing left to do.
"""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

CHART_MODULES = ("matplotlib.figure", "matplotlib.backends.backend_agg", "backplan.reports.charts")

_done = threading.Event()
_lock = threading.Lock()
_started = False


def warm_up_charts() -> threading.Event:
    """Starts importing the chart modules on a background thread (once); returns the
    event set when they are imported (or the import failed: the section then imports,
    and reports the failure, on its own)."""
    global _started
    with _lock:
        if not _started:
            _started = True
            threading.Thread(target=_import_all, name="backplan-chart-warm-up", daemon=True).start()
    return _done


def _import_all() -> None:
    try:
        for name in CHART_MODULES:
            importlib.import_module(name)
    except Exception:  # the section shows the real error when it imports them itself
        log.exception("loading the chart modules ahead failed")
    finally:
        _done.set()


__all__ = ["CHART_MODULES", "warm_up_charts"]
