"""The server goes away under a running window, and comes back (issue 22, point 2).

The test's own PostgreSQL cluster (.ci/postgres.sh) is stopped with ``pg_ctl stop``
while a real window runs its change check on a timer, then started again. What must
hold: the window shows that the connection is lost (the banner), a plan edit is
refused with a clear message and its form opens again with what was typed, the log
form keeps its entry, nothing prints a traceback (pytest-qt fails the test on any
exception a slot lets out; stderr and the log are checked too), and once the
server is back the window reconnects by itself and the same form saves.

Runs on PostgreSQL only; skipped, with the reason, without a configured server or
without ``pg_ctl`` (BACKPLAN_TEST_PG_CTL, printed by .ci/postgres.sh).
"""

from __future__ import annotations

import logging
import os
import shlex
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from backplan.app import watch_outside_changes
from backplan.domain.clock import FixedClock
from backplan.services.backplan_service import Backplan
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.shell.settings import Settings

pytestmark = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
CHICAGO = ZoneInfo("America/Chicago")


@dataclass
class Cluster:
    """The test's own cluster, stopped and started with pg_ctl as its user."""

    pg_ctl: str
    data: Path
    user: str

    def _run(self, *args: str) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if os.getuid() == 0 and self.user != "root" else []
        subprocess.run([*prefix, self.pg_ctl, "-D", str(self.data), *args], check=True,
                       capture_output=True, timeout=120)  # fmt: skip

    def stop(self) -> None:
        # The options it was started with (port, socket folder), to start it alike.
        words = shlex.split((self.data / "postmaster.opts").read_text().strip())
        opts = words[1:]
        if "-D" in opts:
            at = opts.index("-D")
            del opts[at : at + 2]
        self._options = shlex.join(opts)
        self._run("stop", "-m", "fast", "-w", "-t", "60")

    def start(self) -> None:
        self._run("start", "-w", "-t", "60", "-l", str(self.data.parent / "server.log"), "-o", self._options)


@pytest.fixture
def cluster(database_url: str | None) -> Iterator[Cluster]:
    ctl = os.environ.get("BACKPLAN_TEST_PG_CTL", "")
    data = os.environ.get("BACKPLAN_TEST_POSTGRES_DATA", "")
    if not ctl or not data:
        pytest.skip("BACKPLAN_TEST_PG_CTL or BACKPLAN_TEST_POSTGRES_DATA not set (.ci/postgres.sh sets both)")
    found = Cluster(ctl, Path(data), os.environ.get("BACKPLAN_TEST_PG_USER", "postgres"))
    yield found
    if not (found.data / "postmaster.pid").exists():  # a failed test leaves it started again
        found.start()


def test_the_window_survives_the_server_stopping_and_starting(
    qtbot: QtBot,
    imported: tuple[Backplan, int],
    clock: FixedClock,
    data_dir: Path,
    cluster: Cluster,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    services, pid = imported
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=CHICAGO))
    window = MainWindow(
        services, Settings.for_data_dir(data_dir), clock, system_zone="America/Chicago",
        tray_available=False, demo_launcher=lambda: False, start_reminders=False,
    )  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    watch = watch_outside_changes(window, services)  # the change check, every 2 s
    try:
        window.show_section("today")
        window.show_section("plan")
        plan = window.plan_view
        form = plan.edit_medication(0)
        assert form is not None
        form.dose.clear()
        qtbot.keyClicks(form.dose, "2 tablets, typed during the outage")

        cluster.stop()
        # The change check meets the stopped server: the banner says so.
        qtbot.waitUntil(window.connection_banner.isVisible, timeout=15_000)
        assert window.connection.is_lost
        since = clock.now().astimezone().strftime("%H:%M")  # the computer's time of day
        assert f"No connection to the database server since {since}" in window.connection_banner.label.text()
        assert window.reminders.tick() is None  # the reminders' tick: quiet, nothing skipped
        # The Today section read during the outage still shows the day as it was.
        shown = window.today_view.timeline.count()
        assert shown > 0
        window.show_section("today")
        window.refresh()
        assert window.today_view.timeline.count() == shown
        # A dose pressed meanwhile: refused, saying why, nothing recorded.
        assert not window.recorder.take(pid, "ibuprofen", "Ibuprofen 200 mg")
        box = window.recorder.dialog
        assert box is not None and "no connection to the database server" in box.text()
        box.close()
        window.show_section("plan")

        form.save_button.click()  # save while the server is down
        assert "no connection to the database server" in plan.last_problem
        qtbot.waitUntil(form.isVisible)  # open again, with what was typed
        assert form.dose.text() == "2 tablets, typed during the outage"
        qtbot.wait(4500)  # two more change checks and a retry, all quiet

        cluster.start()
        qtbot.waitUntil(lambda: not window.connection.is_lost, timeout=20_000)
        assert "again" in window.connection_banner.label.text()
        form.save_button.click()
        qtbot.waitUntil(
            lambda: services.document(pid, with_history=False).medications[0].dose
            == "2 tablets, typed during the outage",
            timeout=10_000,
        )
        assert window.recorder.take(pid, "ibuprofen", "Ibuprofen 200 mg")  # and now it records
        assert len(services.events(pid)) == 1
    finally:
        watch.close()
        window.close()
    err = capfd.readouterr().err
    assert "Traceback" not in err
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
    assert any("cannot be reached" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
