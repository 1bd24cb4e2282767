"""The Progress chart over five years, and switching its range.

The chart is what the Progress section and the report show: ``progress_data`` (the
figures), ``build_progress_figure`` (the matplotlib figure) and a draw on the Agg
canvas. The baseline is plain matplotlib drawing the same arrays on four panels of
the same size with default styles: what any chart of these points costs.

A range switch is timed in the real Progress view (the section of the main window):
from the click on a preset to the canvas having drawn the new range, which includes
the figures computed on the view's worker thread. The part that runs on the GUI
thread (``update_progress_figure`` and the draw) is timed on its own as well.
"""

from __future__ import annotations

import gc
import time
from datetime import date, datetime, timedelta
from typing import Any

import dataset
import numpy as np
from bench import Timing, measure, record
from dataset import FiveYears
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num
from matplotlib.figure import Figure

from backplan.reports.charts import build_progress_figure, timeline_rows, update_progress_figure
from backplan.reports.progress import ProgressData, progress_data
from backplan.services.backplan_service import Backplan

RUNS = 5
CHART_TARGET = 1.5  # times plain matplotlib
SWITCH_TARGET_S = 0.050
FIGSIZE = (11.0, 7.5)  # the Progress section's figure


def _noon(day: date, data: ProgressData) -> datetime:
    return datetime.combine(day, datetime.min.time(), data.tz) + timedelta(hours=12)


def plain_arrays(data: ProgressData) -> dict[str, Any]:
    """The numbers the chart plots, as arrays (computed once, outside the timing)."""

    def series(values: Any) -> tuple[np.ndarray, np.ndarray]:
        pairs = data.daily.value_days(values)
        return date2num([_noon(d, data) for d, _ in pairs]), np.array([v for _, v in pairs])

    rows: list[np.ndarray] = []
    for med_id in data.medicine_names:
        rows.append(date2num([t.at for t in data.doses if t.med_id == med_id]))
    for marks in data.done.values():
        rows.append(date2num([m.at for m in marks]))
    return {
        "points": (date2num([p.at for p in data.points]), np.array([p.pain for p in data.points])),
        "rolling": (
            date2num([_noon(d, data) for d in data.daily.days]),
            np.array([np.nan if v is None else v for v in data.daily.pain_mean_7d]),
        ),
        "worst": series(data.daily.pain_worst),
        "walk": series(data.daily.walking_minutes),
        "psfs": series(data.daily.psfs_average),
        "rows": [r for r in rows if len(r)],
    }


def plain_chart(arrays: dict[str, Any]) -> Figure:
    """Plain matplotlib: the same arrays on four panels, default styles, one Agg draw."""
    fig = Figure(figsize=FIGSIZE)
    pain, walk, psfs, line = fig.subplots(4, 1, sharex=True)
    pain.plot(*arrays["points"], "o", markersize=5)
    pain.plot(*arrays["rolling"], "-")
    pain.plot(*arrays["worst"], "^:")
    walk.vlines(arrays["walk"][0], 0, arrays["walk"][1])
    psfs.plot(*arrays["psfs"], "D--")
    for index, xs in enumerate(arrays["rows"]):
        line.plot(xs, np.full(len(xs), -index), "|", markersize=12)
    FigureCanvasAgg(fig).draw()
    return fig


class _Collections:
    """Counts the full (generation 2) collections that runs set off, while installed.

    ``collect`` is the setup of each run: a full collection of its own, not counted.
    """

    def __init__(self) -> None:
        self.full = 0
        self._collecting = False

    def collect(self) -> None:
        self._collecting = True
        try:
            gc.collect()
        finally:
            self._collecting = False

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2 and not self._collecting:
            self.full += 1

    def __enter__(self) -> _Collections:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *_exc: object) -> None:
        gc.callbacks.remove(self._callback)


def test_progress_chart_over_five_years(five_years: FiveYears) -> None:
    doc, now = five_years.doc, dataset.NOW
    data = progress_data(doc, None, None, now)
    # Correctness: all five years, every entry a point, every dose taken a tick.
    assert data.start == doc.plan.start and data.end >= dataset.HISTORY_END
    assert len(data.points) == len(doc.log)
    assert len(data.doses) == len(dataset.doses(doc))
    arrays = plain_arrays(data)

    def app_chart() -> Figure:
        figure = build_progress_figure(progress_data(doc, None, None, now))
        FigureCanvasAgg(figure).draw()
        return figure

    figure = app_chart()
    points = figure.axes[0].lines[0]
    assert len(points.get_xdata()) == len(doc.log)

    # Each run starts from a collected heap, on both sides. The session holds the
    # five years (and pytest, Qt and everything imported), so one full collection
    # costs 100-250 ms here; without the collect, whether one fell inside a run
    # depended on what ran before it (the app was timed first, right after the
    # session built ``data`` and ``arrays``), not only on the run. Collections that
    # a run's own allocations set off still count, and are reported.
    app_gc, plain_gc = _Collections(), _Collections()
    with app_gc:
        app = measure(app_chart, RUNS, setup=app_gc.collect)
    with plain_gc:
        plain = measure(lambda: plain_chart(arrays), RUNS, setup=plain_gc.collect)
    record(
        "Progress chart, all five years (data + figure + draw)",
        app,
        baseline_name="plain matplotlib, same arrays",
        baseline=plain,
        target=f"<= {CHART_TARGET:g}x",
        met=app.median <= CHART_TARGET * plain.median,
        note=f"full collections in the {RUNS + 1} runs: app {app_gc.full}, plain {plain_gc.full}",
    )
    # Where the time goes, for the docs.
    compute = measure(lambda: progress_data(doc, None, None, now), RUNS, setup=gc.collect)
    record("  of which progress_data (five years)", compute)

    def build_and_draw() -> None:
        FigureCanvasAgg(build_progress_figure(data)).draw()

    record("  of which figure + draw", measure(build_and_draw, RUNS, setup=gc.collect))


def _ranges(today: date) -> list[tuple[date | None, date | None]]:
    """The presets in the order the benchmark switches through them."""
    year = (today - timedelta(days=364), today)
    two_weeks = (today - timedelta(days=13), today)
    three_months = (today - timedelta(days=90), today)
    return [year, two_weeks, three_months, (None, None)] * 2


def test_range_switch_figure_update(five_years: FiveYears) -> None:
    """``update_progress_figure`` and the draw: the GUI thread's share of a switch.

    As the Progress section does it: the figure keeps the rows of the whole history
    (``timeline_rows`` of the figures over everything, which the section keeps).
    """
    doc, now = five_years.doc, dataset.NOW
    today = dataset.HISTORY_END + timedelta(days=1)
    start = (today - timedelta(days=90), today)
    rows = timeline_rows(progress_data(doc, None, None, now))
    figure = build_progress_figure(progress_data(doc, *start, now), rows=rows)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    datas = [progress_data(doc, lo, hi, now) for lo, hi in _ranges(today)]
    times: list[float] = []
    cpu: list[float] = []
    for data in datas:
        began_cpu = time.process_time()
        began = time.perf_counter()
        update_progress_figure(figure, data, rows)
        canvas.draw()
        times.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
        assert len(figure.axes[0].lines[0].get_xdata()) == len(data.points)
    timing = Timing(tuple(times), tuple(cpu))
    record(
        "Range switch: figure update + draw (GUI thread)",
        timing,
        target=f"< {SWITCH_TARGET_S * 1000:.0f} ms",
        met=timing.median < SWITCH_TARGET_S,
        note="year, 2 weeks, 3 months, all",
    )


def test_range_switch_in_the_progress_view(qtbot: Any, loaded: tuple[Backplan, int]) -> None:
    """From a click on a preset to the new range drawn, in the real Progress section."""
    from backplan.ui.progress_view import Preset, ProgressView

    services, patient_id = loaded
    view = ProgressView(services)
    qtbot.addWidget(view)
    view.resize(1180, 720)
    view.show()
    with qtbot.waitSignal(view.chart_updated, timeout=120_000):
        view.set_patient(patient_id)
    drawn: list[float] = []
    updated: list[float] = []
    view.canvas.mpl_connect("draw_event", lambda _event: drawn.append(time.perf_counter()))
    view.chart_updated.connect(lambda: updated.append(time.perf_counter()))

    def switched(began: float) -> bool:
        # The newest result arrived after the click, and the canvas drew after that.
        return bool(updated) and updated[-1] > began and bool(drawn) and drawn[-1] >= updated[-1]

    times: list[float] = []
    presets = [Preset.YEAR, Preset.TWO_WEEKS, Preset.THREE_MONTHS, Preset.ALL] * 2
    for preset in presets:
        began = time.perf_counter()
        view.set_preset(preset)
        qtbot.waitUntil(lambda b=began: switched(b) and not view.runner.busy, timeout=120_000)
        times.append(drawn[-1] - began)
        assert view.result is not None
        lo, hi = view.current_range()
        if lo is not None:
            assert view.result.data.start == lo and view.result.data.end == hi
    timing = Timing(tuple(times))
    record(
        "Range switch in the Progress view (click to redrawn chart)",
        timing,
        target=f"< {SWITCH_TARGET_S * 1000:.0f} ms",
        met=timing.median < SWITCH_TARGET_S,
        note=f"slowest {max(times) * 1000:.0f} ms",
    )
    view.shutdown()
