"""The Qt binding keeps Python's reference counts while worker threads run Python.

The Progress and Print sections run Python on worker threads (charts drawn ahead,
reports) while the GUI thread calls into Qt. PySide6 6.12.0 lets the interpreter
lock go in QThreadPool.clear (which the job runner called while a job ran, until
issue 23), QCoreApplication.processEvents (which pytest-qt calls around every test) and
QTest.qWait, and touches None without it: None's count drifts until the interpreter
frees it and aborts, or memory goes bad and a run hangs. pyproject.toml excludes that
release; this test fails within a second on it, naming the call.

Each call runs in a child process, since the failure is the interpreter aborting.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

CHILD = """
import os, sys, threading, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
pool = QThreadPool()
calls = {{
    "QThreadPool.clear": pool.clear,
    "QCoreApplication.processEvents": QCoreApplication.processEvents,
    "QTest.qWait": lambda: QTest.qWait(0),
}}
call = calls[{name!r}]
stop = threading.Event()

def nothing():
    return None

def worker():  # Python on another thread: every call returns None
    while not stop.is_set():
        for _ in range(1000):
            nothing()

thread = threading.Thread(target=worker)
thread.start()
deadline = time.monotonic() + {seconds}
while time.monotonic() < deadline:
    call()
stop.set()
thread.join()
print("sound")
"""


@pytest.mark.parametrize("name", ["QThreadPool.clear", "QCoreApplication.processEvents", "QTest.qWait"])
def test_a_qt_call_on_the_gui_thread_keeps_the_counts_of_a_worker(name: str) -> None:
    import PySide6

    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(name=name, seconds=1.5)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and "sound" in done.stdout, (
        f"PySide6 {PySide6.__version__}: {name} while a worker thread runs Python "
        f"ended the process (exit {done.returncode}):\n{done.stderr[-1500:]}"
    )
