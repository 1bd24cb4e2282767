"""The baseline of the start-up benchmark: an empty PySide6 ``QMainWindow``, shown and closed.

It is started exactly as the app is (a new Python process, the same platform plugin
and window size) and reports its first paint the same way the app does with
``BACKPLAN_EXIT_AFTER_PAINT=1``: a line ``bare-first-paint <epoch> - <CPU seconds>``, then
it quits.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1180, 780)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                window.removeEventFilter(self)
                # The same fields as the app's line: epoch, (no /proc figure), CPU seconds.
                print(f"bare-first-paint {time.time():.6f} - {time.process_time():.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    window.installEventFilter(FirstPaint(window))
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
