"""The window for the AT-SPI test, run as its own process on a private X display and bus.

Started by tests/ui/test_atspi.py with the venv's Python: the acute example plan in a
fresh data folder, a fixed clock that moves one minute at every reminder tick, and a
tick every ``--tick-ms`` instead of every 20 s, so that the few seconds the test
listens hold as many ticks (and reminders coming due) as minutes of real use. Prints
``ready`` once the window is shown and focused.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.domain.codec import document_from_json
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.shell.settings import Settings

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "examples" / "acute-3-weeks.backplan.json"
# 07:58 in Chicago on the plan's first day: the 08:00 dose comes due after two ticks.
START = datetime(2026, 12, 1, 13, 58, tzinfo=UTC)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--tick-ms", type=int, default=300)
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    app.setApplicationName("backplan-atspi-test")
    clock = FixedClock(START)
    services = open_services(Path(args.data_dir), clock)
    doc = document_from_json(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    services.import_document(doc)
    window = MainWindow(
        services,
        Settings.for_data_dir(Path(args.data_dir)),
        clock,
        system_zone="America/Chicago",
        tray_available=False,
        demo_launcher=lambda: False,
        start_reminders=False,
    )

    def tick() -> None:
        clock.set(clock.now() + timedelta(minutes=1))
        window.reminders.tick()

    window.reminders.timer.setInterval(args.tick_ms)
    window.reminders.timer.timeout.disconnect()
    window.reminders.timer.timeout.connect(tick)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.activateWindow()

    go = Path(args.data_dir) / "go"
    waiting = QTimer()
    waiting.setInterval(50)

    def start_ticking() -> None:
        # The reader creates the file once it listens: every tick falls inside its watch.
        if go.exists():
            waiting.stop()
            window.reminders.timer.start()

    waiting.timeout.connect(start_ticking)

    def ready() -> None:
        window.reminders.tick()  # the first tick: nothing is new at 07:58
        waiting.start()
        print("ready", flush=True)

    QTimer.singleShot(500, ready)
    code = app.exec()
    services.db.dispose()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
