"""The window's one background-job helper: results on the GUI thread, the newest wins.

Real threads and a real QApplication (pytest-qt); each job waits on an event the
test sets, so what runs when is the test's to say, not the machine's speed.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QThread

from backplan.ui.common.jobs import Job, JobRunner

WAIT_MS = 10_000


def _gated(value: object, gate: threading.Event, ran: list[object] | None = None) -> Any:
    def work(job: Job) -> object:
        if ran is not None:
            ran.append(value)
        assert gate.wait(10)
        return value

    return work


def test_the_newest_job_wins_and_its_result_arrives_on_the_gui_thread(qtbot: Any) -> None:
    runner = JobRunner()
    got: list[tuple[object, bool]] = []
    runner.finished.connect(lambda r: got.append((r, QThread.currentThread() == runner.thread())))
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    gate, ran = threading.Event(), []
    runner.submit(_gated("first", gate, ran))
    qtbot.waitUntil(lambda: ran == ["first"], timeout=WAIT_MS)  # running
    runner.submit(_gated("second", gate, ran))
    runner.submit(_gated("third", gate, ran))
    assert runner.busy
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert runner.wait()
    qtbot.wait(50)
    assert got == [("third", True)]
    assert ran == ["first", "third"]  # "second" was overtaken while it waited: never ran
    assert busy == [True, False]


def test_a_queue_hands_over_every_result_until_it_is_cancelled(qtbot: Any) -> None:
    runner = JobRunner(newest_wins=False)
    got: list[object] = []
    runner.finished.connect(got.append)
    for value in (1, 2, 3):
        runner.submit(lambda _job, v=value: v)
    qtbot.waitUntil(lambda: got == [1, 2, 3], timeout=WAIT_MS)
    assert not runner.busy

    gate, ran = threading.Event(), []
    seen_cancelled: list[bool] = []

    def long(job: Job) -> str:
        ran.append("long")
        assert gate.wait(10)
        seen_cancelled.append(job.cancelled)
        return "long"

    runner.submit(long)
    runner.submit(_gated("waiting", gate, ran))
    qtbot.waitUntil(lambda: ran == ["long"], timeout=WAIT_MS)
    runner.cancel()
    assert not runner.busy
    gate.set()
    assert runner.wait()
    qtbot.wait(50)
    assert got == [1, 2, 3]  # nothing of the cancelled batch
    assert seen_cancelled == [True]  # the running job could see it was unwanted
    assert ran == ["long"]  # the waiting one returned at once when its turn came


def test_a_failure_is_handed_over_with_its_message(qtbot: Any) -> None:
    runner = JobRunner()
    failed: list[str] = []
    runner.failed.connect(failed.append)

    def broken(_job: Job) -> None:
        raise ValueError("no history for patient 7")

    with qtbot.waitSignal(runner.failed, timeout=WAIT_MS):
        runner.submit(broken)
    assert failed == ["no history for patient 7"]
    assert not runner.busy


def test_progress_of_the_current_job_arrives(qtbot: Any) -> None:
    runner = JobRunner()
    steps: list[tuple[int, int]] = []
    runner.progress.connect(lambda done, total: steps.append((done, total)))

    def counting(job: Job) -> None:
        for done in range(3):
            job.report(done + 1, 3)

    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        runner.submit(counting)
    assert steps == [(1, 3), (2, 3), (3, 3)]


def test_shutdown_cancels_and_waits_for_the_running_job(qtbot: Any) -> None:
    runner = JobRunner()
    got: list[object] = []
    runner.finished.connect(got.append)
    gate, ran = threading.Event(), []
    runner.submit(_gated("late", gate, ran))
    qtbot.waitUntil(lambda: ran == ["late"], timeout=WAIT_MS)
    threading.Timer(0.2, gate.set).start()
    assert runner.shutdown()  # returns once the job has ended
    qtbot.wait(50)
    assert got == []  # and its result is not handed over after the close


QUIT_CHILD = """
import sys, time
from PySide6.QtCore import QCoreApplication, QTimer
from backplan.ui.common.jobs import JobRunner

app = QCoreApplication([])
runner = JobRunner()
ended = []

def slow(_job):
    time.sleep(0.5)
    ended.append(True)

runner.submit(slow)
QTimer.singleShot(0, app.quit)
app.exec()
print("ended before exec returned:", bool(ended), flush=True)
"""


def test_quitting_the_app_waits_for_a_running_job() -> None:
    """No job outlives the app: the runner waits when the application is about to quit
    (a child process, since the test's own application must not quit)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", QUIT_CHILD]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert "ended before exec returned: True" in done.stdout
