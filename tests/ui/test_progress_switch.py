"""Switching the Progress section's range: the history is read once, the chart updated in place.

Real services on a real SQLite file, the clock pinned (see ``progress_setup``).
Reads of the history are counted by wrapping the service's own ``document``.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from datetime import date, timedelta
from typing import Any

import pytest
from progress_setup import HISTORY_FILE, NOW, WAIT_MS, logged_pain, open_view, pain_points, shown_days

from backplan.domain.clock import FixedClock
from backplan.domain.model import LogEntry, PlanDocument
from backplan.reports.progress import adherence_rows, progress_data
from backplan.services.backplan_service import Backplan
from backplan.ui.progress.view import Preset, ProgressView


@pytest.fixture
def reads(services: Backplan, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The patient ids whose whole history was read from the database, in order."""
    clock.set(NOW)
    done: list[int] = []
    read = services.document

    def counted(patient_id: int, **options: Any) -> PlanDocument:
        if options.get("with_history", True):
            done.append(patient_id)
        return read(patient_id, **options)

    monkeypatch.setattr(services, "document", counted)
    return done


@pytest.fixture
def view(qtbot: Any, services: Backplan, reads: list[int]) -> ProgressView:
    pid = services.import_file(HISTORY_FILE).patient_id
    return open_view(qtbot, services, pid)


def _switch(qtbot: Any, view: ProgressView, preset: Preset) -> None:
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        view.set_preset(preset)


def test_switching_range_reads_the_history_once(
    qtbot: Any, view: ProgressView, services: Backplan, reads: list[int]
) -> None:
    pid = view.patient_id
    assert pid is not None
    assert reads == [pid]  # the first chart read it
    today = date(2026, 11, 12)
    for preset, first in (
        (Preset.TWO_WEEKS, today - timedelta(days=13)),
        (Preset.YEAR, today - timedelta(days=364)),
        (Preset.ALL, date(2026, 11, 2)),
    ):
        _switch(qtbot, view, preset)
        # Each range shows its own entries and days...
        assert pain_points(view) == logged_pain(services, pid, first, today)
        assert shown_days(view) == (first, today + timedelta(days=1))
    # ...and none of the switches read the history again.
    assert reads == [pid]


def test_new_data_is_read_again_and_shown(
    qtbot: Any, view: ProgressView, services: Backplan, reads: list[int]
) -> None:
    pid = view.patient_id
    assert pid is not None
    before = len(pain_points(view))
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        services.record_log(pid, LogEntry(at=NOW - timedelta(minutes=5), pain=1))
    assert reads == [pid, pid]  # the services said the log changed: read again
    assert len(pain_points(view)) == before + 1
    assert pain_points(view)[-1][1] == 1
    # The new read is kept in turn: a switch after it does not read again, and still
    # shows the new entry.
    _switch(qtbot, view, Preset.TWO_WEEKS)
    assert reads == [pid, pid]
    assert pain_points(view)[-1][1] == 1


def test_a_read_overtaken_by_new_data_is_not_kept(
    qtbot: Any, view: ProgressView, services: Backplan, reads: list[int]
) -> None:
    """A job asked for before the data changed may still land (the section was hidden,
    so no newer job replaced it): it is shown, but what it read is not kept."""
    pid = view.patient_id
    assert pid is not None
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        view.set_preset(Preset.TWO_WEEKS)  # the job starts on the kept history...
        view.hide()
        # ...and the log changes before its result comes back through the event loop.
        services.record_log(pid, LogEntry(at=NOW - timedelta(minutes=5), pain=1))
    assert view._kept is None
    assert reads == [pid]
    # Shown again: the section reads the history afresh and shows the new entry.
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        view.show()
    assert reads == [pid, pid]
    assert pain_points(view)[-1][1] == 1
    assert view._kept is not None


def test_the_chart_keeps_its_figure_and_rows_across_ranges(
    qtbot: Any, services: Backplan, reads: list[int]
) -> None:
    """The ordinary way (a custom range, or a preset not drawn ahead yet) updates in place."""
    from backplan.reports.charts import timeline_rows

    view = open_view(qtbot, services, services.import_file(HISTORY_FILE).patient_id, draw_ahead=False)
    assert view.figure is not None and view.result is not None and view.result.history is not None
    figure, axes = view.figure, list(view.figure.axes)
    rows = [r.label for r in timeline_rows(view.result.history)]
    for preset in (Preset.TWO_WEEKS, Preset.ALL, Preset.YEAR, Preset.THREE_MONTHS):
        _switch(qtbot, view, preset)
        assert view.figure is figure and list(figure.axes) == axes  # updated in place
        assert [t.get_text() for t in figure.axes[3].get_yticklabels()] == rows


def test_the_tables_and_summary_follow_the_range(qtbot: Any, view: ProgressView, services: Backplan) -> None:
    pid = view.patient_id
    assert pid is not None
    doc = services.document(pid)
    for first, last in ((date(2026, 11, 4), date(2026, 11, 8)), (date(2026, 11, 2), date(2026, 11, 12))):
        with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
            view.set_custom_range(first, last)
        data = progress_data(doc, first, last, NOW)
        model = view.adherence_model
        shown = [
            tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())
        ]
        wanted = adherence_rows(data)
        assert len(shown) == len(wanted)
        assert [row[1:3] for row in shown] == [(str(done), str(counted)) for _, _, done, counted in wanted]
        assert f"{len(data.points)} pain entries" in view.summary.text()
        assert shown_days(view) == (first, last + timedelta(days=1))


def test_the_chart_is_laid_out_again_when_the_window_resizes(qtbot: Any, view: ProgressView) -> None:
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    assert view.figure is not None and view.canvas is not None
    figure, canvas = view.figure, view.canvas
    qtbot.waitUntil(
        lambda: not isinstance(figure.get_layout_engine(), ConstrainedLayoutEngine), timeout=WAIT_MS
    )
    # The layout was solved at the first draw and is kept; margins are sizes of text,
    # not shares of the figure, so a resize must solve it again.
    before = [tuple(ax.get_position().bounds) for ax in figure.axes]
    width_before = canvas.width()
    drawn: list[bool] = []
    canvas.mpl_connect("draw_event", lambda _event: drawn.append(True))
    view.resize(900, 650)
    qtbot.waitUntil(lambda: bool(drawn), timeout=WAIT_MS)
    after = [tuple(ax.get_position().bounds) for ax in figure.axes]
    assert canvas.width() < width_before
    assert after != before
    # The left margin holds the rows' labels: about the same width in pixels at both
    # sizes (a layout kept as shares of the figure would have shrunk it with the canvas).
    assert after[3][0] * canvas.width() == pytest.approx(before[3][0] * width_before, abs=3)
    assert not isinstance(figure.get_layout_engine(), ConstrainedLayoutEngine)  # kept again
