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
from backplan.ui.progress.view import COMPACT_BELOW, DRAWN_AHEAD, Preset, ProgressView, preset_range

TODAY = date(2026, 11, 12)
NARROW = (1000, 800)  # the section in a 1280-pixel window beside the sidebar: a canvas of ~620
WIDE = (1760, 1000)  # a maximised 1920-pixel window


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
    """The range's chart built and drawn on this (the GUI) thread at the canvas's size,
    in the layout for its width."""
    from backplan.reports.charts import build_progress_figure, timeline_rows
    from backplan.ui.progress.chart_canvas import draw_offscreen

    doc = services.document(pid)
    figure = build_progress_figure(
        progress_data(doc, start, end, NOW),
        rows=timeline_rows(progress_data(doc, None, None, NOW)),
        compact=view.canvas.width() < COMPACT_BELOW,
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


def test_no_matplotlib_toolbar_only_the_apps_range_controls(qtbot: Any, view: ProgressView) -> None:
    """Pan, zoom and "edit axes" gave way to the range presets (issue 20, point 7)."""
    from matplotlib.backends.backend_qt import NavigationToolbar2QT
    from PySide6.QtWidgets import QToolBar

    _click(qtbot, view, Preset.YEAR)
    assert view.findChildren(NavigationToolbar2QT) == [] and view.findChildren(QToolBar) == []
    assert view.range_group.exclusive() and len(view.preset_buttons) >= 4


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


# --- the layout for the canvas's width -----------------------------------------------------


def _layout(view: ProgressView) -> str:
    """The layout of the chart on screen: "compact" with its keys above the panels and
    the short titles, "wide" with the keys beside the panels and the titles whole."""
    figure = view.figure
    assert figure is not None
    view.canvas.draw()  # laid out at the canvas's size now
    renderer = view.canvas.get_renderer()
    pain, psfs = figure.axes[0], figure.axes[2]
    legend = pain.get_legend()
    assert legend is not None
    key, panel = legend.get_window_extent(renderer), pain.get_window_extent(renderer)
    title = psfs.get_title(loc="left")
    if key.y0 >= panel.y1 - 1 and key.x1 <= panel.x1 + 1 and pain.get_title(loc="left") == "Pain":
        assert title.startswith("PSFS average")
        for ax in figure.axes:
            # No key runs into its panel's title, and no upright axis label is taller
            # than its panel (the walking and PSFS panels put the unit in the title).
            ax_key = ax.get_legend()
            heading = ax._left_title.get_window_extent(renderer)  # type: ignore[attr-defined]
            if ax_key is not None:
                assert ax_key.get_window_extent(renderer).x0 > heading.x1, ax.get_title(loc="left")
            if ax.get_ylabel():
                label = ax.yaxis.label.get_window_extent(renderer)
                assert label.height <= ax.bbox.height, ax.get_ylabel()
        return "compact"
    assert key.x0 >= panel.x1 and title.startswith("Activities you chose")
    # Every title ends inside the figure (the long one ran off it in a narrow canvas).
    for ax in figure.axes:
        assert ax._left_title.get_window_extent(renderer).x1 <= figure.bbox.x1  # type: ignore[attr-defined]
    return "wide"


def _wait_redrawn(qtbot: Any, view: ProgressView, *, compact: bool) -> None:
    """Waits until the chart on screen is drawn again in the layout (its first title
    is "Pain" only in the compact one) and the section is no longer working."""
    qtbot.waitUntil(
        lambda: view.figure is not None and (view.figure.axes[0].get_title(loc="left") == "Pain") == compact,
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: not view.busy.isVisibleTo(view), timeout=WAIT_MS)


def test_a_narrow_section_shows_the_compact_layout(qtbot: Any, services: Backplan, pid: int) -> None:
    view = open_view(qtbot, services, pid, NARROW)
    _wait_ready(qtbot, view)  # the canvas has its size
    assert view.canvas.width() < COMPACT_BELOW
    assert _layout(view) == "compact"
    # The plots keep the width: the keys take none of it beside them.
    assert view.figure is not None
    assert view.figure.axes[0].bbox.width > 0.7 * view.canvas.device_size()[0]


def test_the_smallest_section_keeps_keys_and_titles_apart(qtbot: Any, services: Backplan, pid: int) -> None:
    # The main window's smallest size leaves the section about 930 x 600 pixels.
    view = open_view(qtbot, services, pid, (930, 600))
    _wait_ready(qtbot, view)
    assert _layout(view) == "compact"  # which checks the keys and labels


def test_the_summary_room_shrinks_again_when_the_section_widens(
    qtbot: Any, services: Backplan, pid: int
) -> None:
    view = open_view(qtbot, services, pid, NARROW)
    _wait_ready(qtbot, view)
    narrow_room = view.summary.minimumHeight()
    view.resize(*WIDE)
    _wait_redrawn(qtbot, view, compact=False)
    _wait_ready(qtbot, view)
    summaries = [view.summary.text(), *view.preset_summaries()]
    assert len(set(summaries)) > 1
    room = view.summary.minimumHeight()
    assert room < narrow_room
    # The room is what the tallest summary needs at the new width, no more.
    label = view.summary
    label.setMinimumHeight(0)  # a label measures no less than its minimum height
    needed = []
    for text in summaries:
        label.setText(text)
        needed.append(label.heightForWidth(label.width()))
    label.setText(summaries[0])
    assert room == max(needed)


def test_a_wide_section_shows_the_wide_layout(qtbot: Any, services: Backplan, pid: int) -> None:
    view = open_view(qtbot, services, pid, WIDE)
    _wait_ready(qtbot, view)
    assert view.canvas.width() >= COMPACT_BELOW
    assert _layout(view) == "wide"


def test_a_preset_at_narrow_width_shows_a_compact_chart_drawn_ahead(
    qtbot: Any, services: Backplan, pid: int
) -> None:
    view = open_view(qtbot, services, pid, NARROW)
    _wait_ready(qtbot, view)
    render = view.drawn_ahead(Preset.YEAR)
    assert render is not None and render.key.compact
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        _click(qtbot, view, Preset.YEAR)
    assert view.figure is render.figure
    assert _layout(view) == "compact"
    _shows_as_drawn_here(view, services, pid, *preset_range(Preset.YEAR, TODAY))


def test_a_resize_across_the_threshold_switches_the_layout(qtbot: Any, services: Backplan, pid: int) -> None:
    view = open_view(qtbot, services, pid, NARROW)
    _wait_ready(qtbot, view)
    narrow = view.drawn_ahead(Preset.YEAR)
    assert narrow is not None and narrow.key.compact
    view.resize(*WIDE)
    # Once the resize settles the chart on screen is drawn again in the wide layout...
    _wait_redrawn(qtbot, view, compact=False)
    # The narrow layout's render is never shown now; a wide one may already be drawn
    # (on a quick machine the worker finishes it before the busy sign goes).
    ahead = view.drawn_ahead(Preset.YEAR)
    assert ahead is None or (ahead is not narrow and not ahead.key.compact)
    assert _layout(view) == "wide"
    _shows_as_drawn_here(view, services, pid, *preset_range(Preset.THREE_MONTHS, TODAY))
    # ...and so are the charts drawn ahead.
    _wait_ready(qtbot, view)
    wide = view.drawn_ahead(Preset.YEAR)
    assert wide is not None and not wide.key.compact
    _click(qtbot, view, Preset.YEAR)
    assert view.figure is wide.figure
    _shows_as_drawn_here(view, services, pid, *preset_range(Preset.YEAR, TODAY))
    # Back to narrow: compact again, for the preset on screen.
    view.resize(*NARROW)
    _wait_redrawn(qtbot, view, compact=True)
    assert view.preset is Preset.YEAR and _layout(view) == "compact"
    _shows_as_drawn_here(view, services, pid, *preset_range(Preset.YEAR, TODAY))


def test_a_resize_across_the_threshold_switches_the_layout_drawn_here_too(
    qtbot: Any, services: Backplan, pid: int
) -> None:
    # Without the charts drawn ahead (and their off-thread draws) the chart is drawn here.
    view = open_view(qtbot, services, pid, NARROW, draw_ahead=False)
    assert _layout(view) == "compact"
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        view.resize(*WIDE)
    assert _layout(view) == "wide"
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        _click(qtbot, view, Preset.TWO_WEEKS)
    assert _layout(view) == "wide"  # a switch of range keeps it
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        view.resize(*NARROW)
    assert _layout(view) == "compact"
    assert shown_days(view) == (TODAY - timedelta(days=13), TODAY + timedelta(days=1))


def test_the_first_chart_is_drawn_off_the_gui_thread_and_is_as_drawn_here(
    qtbot: Any, services: Backplan, pid: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first chart no longer builds and draws its figure on the GUI thread (150-250 ms
    with years of history): the canvas opens blank and takes the chart drawn for it."""
    import threading

    from backplan.reports import charts

    built_on: list[int] = []
    build = charts.build_progress_figure

    def spy(*args: Any, **kwargs: Any) -> Any:
        built_on.append(threading.get_ident())
        return build(*args, **kwargs)

    monkeypatch.setattr(charts, "build_progress_figure", spy)
    view = open_view(qtbot, services, pid)
    assert built_on and threading.get_ident() not in built_on
    assert view.figure is not None and view.figure.axes
    _shows_as_drawn_here(view, services, pid, *preset_range(Preset.THREE_MONTHS, TODAY))
