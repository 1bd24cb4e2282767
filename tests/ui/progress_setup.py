"""What the Progress section's tests share: the example with history and a pinned clock.

The clock is pinned to 12 Nov 2026 in Kolkata, the morning after the with-history
example's last entry; the section runs on real services over a real SQLite file.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from backplan.services.backplan_service import Backplan
from backplan.ui.progress.view import ProgressView

HISTORY_FILE = Path(__file__).resolve().parents[1] / "data" / "examples" / "with-history.backplan.json"
KOLKATA = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 11, 12, 9, 15, tzinfo=KOLKATA)
WAIT_MS = 30_000


def open_view(
    qtbot: Any, services: Backplan, patient_id: int, size: tuple[int, int] = (1280, 800), **options: Any
) -> ProgressView:
    """The section, shown at a window's size, once its first chart is on screen."""
    widget = ProgressView(services, **options)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.chart_updated, timeout=WAIT_MS):
        widget.set_patient(patient_id)
    return widget


def pain_points(view: ProgressView) -> list[tuple[float, int]]:
    """The pain entries the chart on screen plots, as (matplotlib date, pain)."""
    assert view.figure is not None
    line = view.figure.axes[0].get_lines()[0]
    assert line.get_label() == "Pain (each entry)"
    return [(float(x), int(y)) for x, y in zip(line.get_xdata(), line.get_ydata(), strict=True)]


def logged_pain(services: Backplan, pid: int, first: date, last: date) -> list[tuple[float, int]]:
    """The log's pain entries from ``first`` to ``last`` (Kolkata days), as the chart plots them."""
    from matplotlib.dates import date2num

    return [
        (float(date2num(e.at)), e.pain)
        for _, e in services.log_entries(pid)
        if first <= e.at.astimezone(KOLKATA).date() <= last
    ]


def shown_days(view: ProgressView) -> tuple[date, date]:
    """The first day the chart shows and the day after its last (the axis ends at midnight)."""
    from matplotlib.dates import num2date

    assert view.figure is not None
    lo, hi = view.figure.axes[0].get_xlim()
    return num2date(lo, tz=KOLKATA).date(), num2date(hi, tz=KOLKATA).date()
