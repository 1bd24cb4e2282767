"""The presets' charts drawn ahead on a worker thread, and shown on a click.

Real services on a real SQLite file, the clock pinned (see ``progress_setup``). What
a click puts on screen is compared pixel by pixel with the same range's chart drawn
here on the GUI thread, and with the figure drawn again where it is shown.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest
from progress_setup import HISTORY_FILE, NOW, WAIT_MS, logged_pain, open_view, pain_points, shown_days
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from backplan.domain.clock import FixedClock
from backplan.domain.model import LogEntry
from backplan.reports.progress import adherence_rows, progress_data
from backplan.services.backplan_service import Backplan
from backplan.ui.progress_view import DRAWN_AHEAD, Preset, ProgressView, preset_range

TODAY = date(2026, 11, 12)


@pytest.fixture
def pid(services: Backplan, clock: FixedClock) -> int:
    clock.set(NOW)
    return services.import_file(HISTORY_FILE).patient_id


@pytest.fixture
def view(qtbot: Any, services: Backplan, pid: int) -> ProgressView:
    widget = open_view(qtbot, services, pid)
    _wait_ready(qtbot, widget)
    return widget


def _wait_ready(qtbot: Any, view: ProgressView) -> None:
    qtbot.waitUntil(view.charts_ready, timeout=WAIT_MS)


def _click(qtbot: Any, view: ProgressView, preset: Preset) -> None:
    qtbot.mouseClick(view.preset_buttons[preset], Qt.MouseButton.LeftButton)


def _on_screen(view: ProgressView) -> np.ndarray:
    """What the canvas paints, as RGBA rows."""
    image = view.canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return pixels[:, : image.width()].copy()


def _shows_as_drawn_here(
    view: ProgressView, services: Backplan, pid: int, start: date | None, end: date | None
) -> None:
    """The canvas holds the pixels of the range's chart drawn on this thread, and paints
    what a draw of its figure here would paint."""
    reference = _drawn_here(view, services, pid, start, end)
    painted = _on_screen(view)
    assert np.array_equal(_canvas_pixels(view), reference)
    view.canvas.draw()
    assert np.array_equal(_canvas_pixels(view), reference)
    assert np.array_equal(_on_screen(view), painted)


def _canvas_pixels(view: ProgressView) -> np.ndarray:
    return np.asarray(view.canvas.buffer_rgba()).copy()


def _drawn_here(
    view: ProgressView, services: Backplan, pid: int, start: date | None, end: date | None
) -> np.ndarray:
    """The range's chart built and drawn on this (the GUI) thread at the canvas's size."""
    from backplan.reports.charts import build_progress_figure, timeline_rows
    from backplan.ui.chart_canvas import draw_offscreen

    doc = services.document(pid)
    figure = build_progress_figure(
        progress_data(doc, start, end, NOW), rows=timeline_rows(progress_data(doc, None, None, NOW))
    )
    width, height = view.canvas.device_size()
    image = draw_offscreen(figure, width, height, view.canvas.device_pixel_ratio)
    return np.asarray(memoryview(image)).copy()


def test_a_click_shows_exactly_the_chart_drawn_ahead_for_that_range(
    qtbot: Any, view: ProgressView, services: Backplan, pid: int
) -> None:
    doc = services.document(pid)
    for preset in (Preset.YEAR, Preset.TWO_WEEKS, Preset.ALL, Preset.THREE_MONTHS):
        render = view.drawn_ahead(preset)
        assert render is not None
        with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
            _click(qtbot, view, preset)
        # The figure drawn ahead is the live figure now, and it is the range clicked...
        assert view.figure is render.figure and view.preset is preset
        start, end = preset_range(preset, TODAY)
        first = start if start is not None else date(2026, 11, 2)  # "all": from the first entry
        assert shown_days(view) == (first, TODAY + timedelta(days=1))
        assert pain_points(view) == logged_pain(services, pid, first, TODAY)
        data = progress_data(doc, start, end, NOW)
        assert view.adherence_model.rowCount() == len(adherence_rows(data))
        assert f"{len(data.points)} pain entr" in view.summary.text()
        # ...drawn as on this thread, and painted as a draw of it here paints.
        _shows_as_drawn_here(view, services, pid, start, end)


def test_a_chart_left_as_drawn_is_kept_for_the_next_click(qtbot: Any, view: ProgressView) -> None:
    year = view.drawn_ahead(Preset.YEAR)
    assert year is not None
    _click(qtbot, view, Preset.YEAR)
    _click(qtbot, view, Preset.TWO_WEEKS)
    assert view.drawn_ahead(Preset.YEAR) is year  # given back, not drawn again
    _click(qtbot, view, Preset.YEAR)
    assert view.figure is year.figure


def test_the_toolbar_works_on_the_figure_shown(qtbot: Any, view: ProgressView) -> None:
    from matplotlib.backend_bases import MouseButton, MouseEvent

    _click(qtbot, view, Preset.YEAR)
    assert view.figure is not None
    ax = view.figure.axes[0]
    year = ax.get_xlim()
    # A zoom drawn with the mouse over the top panel, as the toolbar sees it.
    view.toolbar.zoom()
    (x0, y0), (x1, y1) = ax.transAxes.transform([(0.4, 0.3), (0.6, 0.7)])
    for name, x, y in (("button_press_event", x0, y0), ("button_release_event", x1, y1)):
        MouseEvent(name, view.canvas, x, y, MouseButton.LEFT)._process()
    zoomed = ax.get_xlim()
    assert year[0] < zoomed[0] < zoomed[1] < year[1]
    # The zoomed chart is not the one drawn ahead any more: a switch does not keep it.
    _click(qtbot, view, Preset.TWO_WEEKS)
    assert view.drawn_ahead(Preset.YEAR) is None
    view.toolbar.zoom()  # off again


def test_new_data_drops_the_charts_drawn_ahead(
    qtbot: Any, view: ProgressView, services: Backplan, pid: int
) -> None:
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        services.record_log(pid, LogEntry(at=NOW - timedelta(minutes=5), pain=1))
        assert all(view.drawn_ahead(p) is None for p in DRAWN_AHEAD)  # at once
    # A click before they are drawn again takes the ordinary way, with the new entry.
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        _click(qtbot, view, Preset.TWO_WEEKS)
    assert pain_points(view)[-1][1] == 1
    # Drawn again, they have it too.
    _wait_ready(qtbot, view)
    for preset in (Preset.YEAR, Preset.ALL):
        render = view.drawn_ahead(preset)
        assert render is not None
        _click(qtbot, view, preset)
        assert view.figure is render.figure
        assert pain_points(view)[-1][1] == 1


def test_a_resize_draws_them_again_at_the_new_size(
    qtbot: Any, view: ProgressView, services: Backplan, pid: int
) -> None:
    before = view.drawn_ahead(Preset.YEAR)
    assert before is not None
    view.resize(1000, 700)
    qtbot.waitUntil(lambda: view.canvas.device_size()[0] != before.key.width, timeout=WAIT_MS)
    assert view.drawn_ahead(Preset.YEAR) is None  # the wrong size: not shown
    _wait_ready(qtbot, view)
    after = view.drawn_ahead(Preset.YEAR)
    assert after is not None and (after.key.width, after.key.height) == view.canvas.device_size()
    _click(qtbot, view, Preset.YEAR)
    assert view.figure is after.figure
    _shows_as_drawn_here(view, services, pid, *preset_range(Preset.YEAR, TODAY))


def test_a_custom_range_is_drawn_off_the_thread_too(
    qtbot: Any, view: ProgressView, services: Backplan, pid: int
) -> None:
    first, last = date(2026, 11, 4), date(2026, 11, 8)
    shown = view.figure
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        view.set_custom_range(first, last)
    assert view.figure is not shown  # a figure drawn on the worker, handed to the canvas
    assert shown_days(view) == (first, last + timedelta(days=1))
    assert pain_points(view) == logged_pain(services, pid, first, last)
    _shows_as_drawn_here(view, services, pid, first, last)
    # A preset clicked while a custom range's chart is being drawn wins.
    view.set_custom_range(date(2026, 11, 2), date(2026, 11, 6))
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=WAIT_MS)
    _click(qtbot, view, Preset.YEAR)
    view.range_renders.shutdown()  # cancels and waits for what was being drawn
    qtbot.wait(50)
    assert view.preset is Preset.YEAR
    assert shown_days(view) == (TODAY - timedelta(days=364), TODAY + timedelta(days=1))
    assert not view.busy.isVisibleTo(view)


def test_rapid_clicks_end_on_the_last_one(qtbot: Any, view: ProgressView) -> None:
    for preset in (Preset.YEAR, Preset.TWO_WEEKS, Preset.ALL, Preset.YEAR):
        _click(qtbot, view, preset)
    # A custom range (the ordinary way, computed off the thread), overtaken by a preset:
    # the slower result must not land after it.
    view.set_custom_range(date(2026, 11, 4), date(2026, 11, 8))
    _click(qtbot, view, Preset.TWO_WEEKS)
    view.runner.wait()
    qtbot.wait(100)  # any result still queued arrives
    assert view.preset is Preset.TWO_WEEKS
    assert shown_days(view) == (TODAY - timedelta(days=13), TODAY + timedelta(days=1))
    assert view.result is not None and view.result.data.start == TODAY - timedelta(days=13)


def test_closing_while_charts_are_drawn_ahead_is_clean(qtbot: Any, services: Backplan, pid: int) -> None:
    view = open_view(qtbot, services, pid)
    qtbot.waitUntil(lambda: view.renders.busy, timeout=WAIT_MS)
    shown = view.figure
    view.close()
    assert view.renders.shutdown(0)  # nothing runs any more
    qtbot.wait(200)  # nothing is handed over after the close either
    assert view.figure is shown
    assert not view.charts_ready()


def test_a_chart_that_cannot_be_drawn_says_so(
    qtbot: Any, view: ProgressView, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backplan.reports import charts

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("no fonts")

    monkeypatch.setattr(charts, "build_progress_figure", broken)
    view.set_custom_range(date(2026, 11, 4), date(2026, 11, 8))
    qtbot.waitUntil(lambda: view.message.isVisibleTo(view), timeout=WAIT_MS)
    assert "no fonts" in view.message.text()
    assert not view.busy.isVisibleTo(view)  # not left "working" for ever
