"""The Progress section on the with-history example: chart, panels, exports.

Real services on a real SQLite file, the clock pinned to 12 Nov 2026 in Kolkata (the
morning after the example's last entry). What the chart plots is read back from the
matplotlib artists and compared with the log as the service returns it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from progress_setup import HISTORY_FILE, KOLKATA, NOW, WAIT_MS, logged_pain, open_view
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from backplan.domain.clock import FixedClock
from backplan.services.backplan_service import Backplan
from backplan.ui.progress.models import AdherenceModel, HelpedModel
from backplan.ui.progress.view import Preset, ProgressView, preset_range


@pytest.fixture
def history(services: Backplan, clock: FixedClock) -> tuple[Backplan, int]:
    clock.set(NOW)
    return services, services.import_file(HISTORY_FILE).patient_id


@pytest.fixture
def view(qtbot, history) -> ProgressView:  # type: ignore[no-untyped-def]
    services, pid = history
    return open_view(qtbot, services, pid)


def _pain_line(view: ProgressView):  # type: ignore[no-untyped-def]
    assert view.figure is not None
    for ax in view.figure.axes:
        for line in ax.get_lines():
            if line.get_label() == "Pain (each entry)":
                return ax, line
    raise AssertionError("no pain series in the figure")


def _plotted(view: ProgressView) -> list[tuple[float, int]]:
    _, line = _pain_line(view)
    return [(float(x), int(y)) for x, y in zip(line.get_xdata(), line.get_ydata(), strict=True)]


def test_the_chart_plots_the_log_at_two_ranges(qtbot, view: ProgressView, history) -> None:  # type: ignore[no-untyped-def]
    from matplotlib.dates import num2date

    services, pid = history
    # The default preset, three months back from today: the whole example.
    start, end = preset_range(Preset.THREE_MONTHS, date(2026, 11, 12))
    assert start is not None and end is not None
    everything = logged_pain(services, pid, start, end)
    assert len(everything) == 4
    assert _plotted(view) == everything
    ax, _ = _pain_line(view)
    lo, hi = (num2date(x, tz=KOLKATA) for x in ax.get_xlim())
    assert (lo.date(), hi.date()) == (start, date(2026, 11, 13))  # up to the end of today

    # A custom range of five days: only the two entries inside it, and the axis follows.
    canvas = view.canvas
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        view.set_custom_range(date(2026, 11, 4), date(2026, 11, 8))
    assert view.preset is Preset.CUSTOM
    some = logged_pain(services, pid, date(2026, 11, 4), date(2026, 11, 8))
    assert [p for _, p in some] == [7, 5]
    assert _plotted(view) == some
    ax, _ = _pain_line(view)
    lo, hi = (num2date(x, tz=KOLKATA) for x in ax.get_xlim())
    assert (lo.date(), hi.date()) == (date(2026, 11, 4), date(2026, 11, 9))
    # The same canvas shows it (the figure is drawn off the thread and handed over).
    assert view.canvas is canvas

    # "All" goes back to everything and shows its dates in the range fields.
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        view.set_preset(Preset.ALL)
    assert _plotted(view) == everything
    assert view.from_edit.date().toPython() == date(2026, 11, 2)


def test_courses_are_shaded_for_their_days(view: ProgressView) -> None:
    from matplotlib.dates import num2date

    assert view.figure is not None
    spans = {}
    for ax in view.figure.axes:
        for artist in ax.collections:
            gid = artist.get_gid() or ""
            if gid.startswith("course:"):
                vertices: Any = artist.get_paths()[0].vertices
                xs = [float(x) for x in vertices[:, 0]]
                spans[gid[7:]] = (
                    num2date(min(xs), tz=KOLKATA).date(),  # type: ignore[no-untyped-call]
                    num2date(max(xs), tz=KOLKATA).date(),  # type: ignore[no-untyped-call]
                )
    # Pain O Soma: 10 days from 2 Nov (through 11 Nov, drawn to the start of 12 Nov).
    assert spans["pain-o-soma"] == (date(2026, 11, 2), date(2026, 11, 12))
    assert spans["paracetamol"][0] == date(2026, 11, 2)


def test_side_panels_and_summary(view: ProgressView, history) -> None:  # type: ignore[no-untyped-def]
    del history
    # What helped: exercise was done on 2 Nov only, one day of four: too few days to
    # compare (5 with and 5 without are needed), so no means are shown.
    model = view.helped_model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    row = rows["Exercise"]
    assert model.index(row, 1).data() == "not enough days yet"
    assert model.index(row, 2).data() == ""
    assert "1 days with it and 3 without" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "association, not cause" in view.association_note.text()
    # PSFS: 1.5 on 2 Nov to 3.5 on 7 Nov, measured against the 2-point meaningful change.
    assert "+2" in view.psfs_label.text()
    assert "meaningful" in view.psfs_label.text()
    # Adherence has a row for medicine doses with a share.
    adherence = view.adherence_model
    labels = [adherence.index(r, 0).data() for r in range(adherence.rowCount())]
    assert "Medicine doses" in labels
    # The chart's text summary is its accessible description.
    assert view.canvas is not None
    description = view.canvas.accessibleDescription()
    assert "4 pain entries" in description
    assert "Priya Nair" in description
    assert view.summary.text() == description


def test_the_busy_indicator_shows_while_working(qtbot, view: ProgressView) -> None:  # type: ignore[no-untyped-def]
    assert not view.busy.isVisible()
    with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
        view.set_preset(Preset.TWO_WEEKS)
        # The result comes back through the event loop, so the indicator is up until then.
        assert view.busy.isVisible()
    assert not view.busy.isVisible()


@pytest.mark.parametrize("suffix", [".png", ".pdf", ".svg"])
def test_export_writes_a_valid_file(qtbot, view: ProgressView, tmp_path: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"chart{suffix}"
    with qtbot.waitSignal(view.exported, timeout=WAIT_MS) as blocker:
        view.export_chart(out)
    assert blocker.args == [str(out)]
    data = out.read_bytes()
    if suffix == ".png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
    elif suffix == ".svg":
        assert b"<svg" in data[:2000]
    else:
        assert data.startswith(b"%PDF-")
        if shutil.which("pdfinfo") and shutil.which("pdftotext"):
            info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
            pages = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
            assert pages is not None and pages.group(1) == "1"
            text = subprocess.run(
                ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
            ).stdout
            assert "Priya Nair" in text


def test_a_bad_export_name_is_reported(qtbot, view: ProgressView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.export_failed, timeout=WAIT_MS):
        view.export_chart(tmp_path / "chart.txt")
    assert view.message.isVisible()


def test_empty_state(qtbot, services: Backplan) -> None:  # type: ignore[no-untyped-def]
    widget = ProgressView(services)
    qtbot.addWidget(widget)
    widget.set_patient(None)
    assert widget.stack.currentWidget() is widget.empty


def test_models_pass_the_model_tester(qtmodeltester, view: ProgressView) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(view.adherence_model, AdherenceModel)
    assert isinstance(view.helped_model, HelpedModel)
    qtmodeltester.check(view.adherence_model)
    qtmodeltester.check(view.helped_model)
    for model in (view.adherence_model, view.helped_model):
        assert len(model.headers()) == model.columnCount()  # counted once, kept in step


def test_name_column_titles_start_at_the_left(view: ProgressView) -> None:
    """A narrow names column keeps the start of its title; the figures' titles stay centred."""
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for model in (view.adherence_model, view.helped_model):
        horizontal = Qt.Orientation.Horizontal
        assert model.headerData(0, horizontal, Qt.ItemDataRole.TextAlignmentRole) == left
        assert model.headerData(1, horizontal, Qt.ItemDataRole.TextAlignmentRole) is None


def test_matplotlib_waits_until_the_chart_is_shown(tmp_path: Path) -> None:
    """Opening the window must not pay for matplotlib; showing the section does."""
    script = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo
from PySide6.QtWidgets import QApplication
from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.ui.progress.view import ProgressView
app = QApplication([])
svc = open_services(Path({str(tmp_path)!r}), FixedClock(datetime(2026, 11, 12, 9, tzinfo=ZoneInfo("UTC"))))
pid = svc.import_file(Path({str(HISTORY_FILE)!r})).patient_id
view = ProgressView(svc)
view.set_patient(pid)  # not shown yet
app.processEvents()
print("before", "matplotlib" in sys.modules)
with_signal = []
view.chart_updated.connect(lambda: with_signal.append(1))
view.show()
import time
deadline = time.time() + 30
while not with_signal and time.time() < deadline:
    app.processEvents()
view.shutdown()
print("after", "matplotlib" in sys.modules)
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert "before False" in result.stdout
    assert "after True" in result.stdout


def _unnamed_controls(root: QWidget) -> list[str]:
    """Visible controls a keyboard reaches that a screen reader could not name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if widget.focusProxy() is not None or isinstance(
            widget.parentWidget(), (QAbstractSpinBox, QComboBox)
        ):
            continue  # the inner line edit of a spin box or combo box speaks through it
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_an_accessible_name(view: ProgressView) -> None:
    assert _unnamed_controls(view) == []


def test_side_panels_do_not_overlap_on_the_demo(qtbot, services: Backplan) -> None:  # type: ignore[no-untyped-def]
    """Six weeks of demo history fill the what-helped table; the note stays below it."""
    from backplan.services.demo import ensure_demo

    widget = open_view(qtbot, services, ensure_demo(services), size=(1200, 860))
    # Right at once, not after some later layout pass (a screenshot caught that frame).
    table, note = widget.helped_table, widget.association_note
    assert widget.helped_model.rowCount() >= 5
    assert note.geometry().top() >= table.geometry().bottom()
    assert widget.psfs_label.geometry().top() >= note.geometry().bottom()
    widget.shutdown()


def test_the_chart_follows_a_dark_palette(qtbot, view: ProgressView) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from backplan.reports.charts import DARK

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8e8e8"))
    try:
        with qtbot.waitSignal(view.chart_updated, timeout=WAIT_MS):
            app.setPalette(dark)
        assert view.figure is not None
        from matplotlib.colors import to_rgb

        assert view.figure.get_facecolor()[:3] == pytest.approx(to_rgb(DARK.background))
    finally:
        app.setPalette(light)


def test_what_helped_shows_means_only_from_five_days_each_way(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from backplan.reports.progress import HelpedRow
    from backplan.ui.progress.models import HelpedModel

    model = HelpedModel()
    model.set_rows(
        [
            HelpedRow("walk", "Walking", "activity", 3.0, 5, 5.0, 5),
            HelpedRow("stretching", "Stretching", "activity", 3.0, 4, 5.0, 20),
            HelpedRow("ibuprofen", "Ibuprofen", "medicine", 3.0, 20, 5.0, 4),
        ]
    )
    qtmodeltester.check(model)
    shown = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert shown[0][1].endswith("(n=5)") and shown[0][2].endswith("(n=5)") and shown[0][3]
    assert shown[1][1:] == ["not enough days yet", "", ""]
    assert shown[2][1:] == ["not enough days yet", "", ""]
