"""A chart is freed once nothing holds it: the module keeps no figure alive."""

from __future__ import annotations

import gc
import weakref
from datetime import UTC, datetime

from matplotlib.backends.backend_agg import FigureCanvasAgg
from report_builders import example

from backplan.reports.charts import build_progress_figure, update_progress_figure
from backplan.reports.progress import progress_data

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def test_a_figure_no_one_holds_is_freed() -> None:
    """Nothing in the module keeps a chart alive once its window or report lets it go.

    The handles kept for updates in place refer to the figure's axes; held in a
    module-level dictionary they kept every chart ever built in memory, and every
    full garbage collection walked them all again.
    """
    data = progress_data(example("with-history.backplan.json"), None, None, NOW)
    fig = build_progress_figure(data)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    update_progress_figure(fig, data)
    canvas.draw()
    gone = weakref.ref(fig)
    del fig, canvas
    gc.collect()
    assert gone() is None
