"""The first chart of the Progress section is on screen in under a second on the demo data.

Measured as a patient sees it: from the click on the section's button in a real
window over the demo's six weeks of history, until the chart's canvas is shown. A
loaded machine (the suite runs beside other work) is given one second more before
the test fails, and the time measured is printed for the benchmark notes. Without
the window's warm-up of the chart library this took 1.9 s here (1.07 s of it the
import of matplotlib); with it, about 0.35 s.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.services.demo import ensure_demo
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.shell.settings import Settings

FIRST_CHART_S = 1.0
LOADED_MACHINE_ALLOWANCE_S = 0.3


def test_first_chart_on_the_demo_in_under_a_second(qtbot: QtBot, tmp_path: Path, clock: FixedClock) -> None:
    services = open_services(tmp_path, clock)
    try:
        ensure_demo(services)
        window = MainWindow(
            services, Settings.for_data_dir(tmp_path), clock, system_zone="America/Chicago",
            tray_available=False, demo_launcher=lambda: False, start_reminders=False,
        )  # fmt: skip
        qtbot.addWidget(window)
        window.resize(1366, 730)
        window.show()
        qtbot.waitExposed(window)
        # The window loads the chart library in the background shortly after its start;
        # the patient clicks Progress once the window is up and idle.
        from backplan.ui.progress.warm_up import warm_up_charts

        qtbot.waitUntil(warm_up_charts().is_set, timeout=30_000)
        started = time.perf_counter()
        qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
        view = window.views["progress"]
        # The chart itself, not only its canvas: the canvas opens blank while the first
        # chart is drawn off the GUI thread.
        qtbot.waitUntil(
            lambda: getattr(view, "canvas", None) is not None
            and view.canvas.isVisible()
            and view.figure is not None
            and bool(view.figure.axes),
            timeout=int((FIRST_CHART_S + LOADED_MACHINE_ALLOWANCE_S) * 1000) + 5000,
        )
        elapsed = time.perf_counter() - started
        print(f"first Progress chart on the demo: {elapsed * 1000:.0f} ms")
        assert elapsed < FIRST_CHART_S + LOADED_MACHINE_ALLOWANCE_S
        window.close()
    finally:
        services.listeners.clear()
        services.db.dispose()
