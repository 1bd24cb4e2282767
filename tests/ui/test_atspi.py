"""The window as a screen reader reads it: the real AT-SPI bus, read with pyatspi.

A private session (tests/ui/private_session.py: Xvfb, a session bus) gets the
accessibility bus of at-spi2-core (``at-spi-bus-launcher``); the window runs in its
own process on it (tests/ui/atspi_app.py) with Qt's AT-SPI bridge on, and Debian's
pyatspi reads it from the system Python (tests/ui/atspi_reader.py), as Orca would.

* Every control a person can reach has a name.
* Nothing moves the focus without input. Orca reads every focus change aloud, so a
  timeline rebuilt at each reminder tick interrupted the patient three times a
  minute. The issue asks for 60 s without a change; here the reminders tick every
  300 ms with the clock moving one minute per tick, so the 8 s watched hold 26
  ticks and 26 minutes of the plan (the 08:00 dose coming due, its banner appearing,
  Today refreshing): more of what moved the focus than 60 s of real time would.
* A confirmation is announced (Qt's announcement event, AT-SPI "Announcement").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from private_session import PrivateSession, need

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
APP_NAME = "backplan-atspi-test"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
TICK_MS = 300
WATCH_S = 8.0
PRESS_AFTER_S = 5.0  # well after 08:00 came due (07:58 + 2 ticks)
# The roles a person can act on, and so must hear named.
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "spin button",
    "text",
    "entry",
    "password text",
    "slider",
    "page tab",
    "menu item",
    "check menu item",
    "radio menu item",
}


def _pyatspi_available() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    return probe.returncode == 0


@dataclass
class Reader:
    session: PrivateSession
    data_dir: Path

    def run(self, *args: str, timeout: float = 90.0) -> object:
        done = subprocess.run(
            [SYSTEM_PYTHON, str(HERE / "atspi_reader.py"), *args, "--app", APP_NAME],
            env=self.session.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Reader]:
    need("Xvfb", "dbus-daemon")
    if not Path(LAUNCHER).exists():
        pytest.skip("needs at-spi2-core (Debian package: see .ci/run)")
    if not _pyatspi_available():
        pytest.skip("needs python3-pyatspi for /usr/bin/python3 (Debian package: see .ci/run)")
    folder = tmp_path_factory.mktemp("atspi")
    session = PrivateSession(folder)
    try:
        session.start(LAUNCHER, "--launch-immediately", log_name="at-spi.log", group=True)
        session.wait_for_name("org.a11y.Bus")
        data_dir = folder / "data"
        data_dir.mkdir()
        app = session.start(
            sys.executable,
            str(HERE / "atspi_app.py"),
            "--data-dir",
            str(data_dir),
            "--tick-ms",
            str(TICK_MS),
            log_name="app.log",
            env={
                "QT_QPA_PLATFORM": "xcb",
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
            },
        )
        log = folder / "app.log"
        deadline = time.monotonic() + 60
        while "ready" not in log.read_text(encoding="utf-8", errors="replace"):
            assert app.poll() is None, log.read_text(encoding="utf-8", errors="replace")
            assert time.monotonic() < deadline, "the window did not start"
            time.sleep(0.1)
        yield Reader(session, data_dir)
    finally:
        session.close()


@pytest.fixture(scope="module")
def watched(reader: Reader) -> dict[str, object]:
    """What the reader heard while the reminders ticked, then after one press of Take."""
    result = reader.run(
        "listen",
        "--seconds",
        str(WATCH_S),
        "--focus",
        "Skip",
        "--go",
        str(reader.data_dir / "go"),
        "--press",
        "Take Carisoprodol",
        "--press-after",
        str(PRESS_AFTER_S),
    )
    assert isinstance(result, dict)
    return result


def _unnamed(tree: object) -> list[dict[str, object]]:
    assert isinstance(tree, list)
    assert not [n for n in tree if n["role"] == "error"]
    return [n for n in tree if n["role"] in INTERACTIVE and n["showing"] and not n["name"].strip()]


def test_every_control_a_person_can_reach_is_named(reader: Reader) -> None:
    tree = reader.run("tree")
    assert isinstance(tree, list)
    assert any(n["role"] == "push button" and n["showing"] for n in tree), "the tree was not read"
    assert _unnamed(tree) == []


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


# The two fixes these tests check land from the daily branch (issue 20, point 11):
# Today's rows updated in place (ui/today/rows.py) and confirmations announced
# (ui/common/announce.py). Until then the tests must fail, as they do on the rebuilt timeline.
@pytest.mark.xfail(
    not _has("backplan.ui.today.rows"), reason="Today is rebuilt at each tick", strict=True
)
def test_no_focus_change_without_input_across_the_reminder_ticks(watched: dict[str, object]) -> None:
    pressed = watched["pressed"]
    assert isinstance(pressed, dict) and pressed["name"], "the 08:00 Take button never showed"
    events = watched["events"]
    assert isinstance(events, list)
    focus = [e for e in events if e["type"] in ("focus:", "object:state-changed:focused")]
    before_press = [e for e in focus if e["t"] < pressed["at"]]
    assert before_press == [], before_press
    # After the press: at most one move (to what now holds the focus), never to an
    # object without a name (a button already destroyed).
    after = {e["name"] for e in focus if e["t"] >= pressed["at"]}
    assert len(after) <= 1 and "" not in after, after


@pytest.mark.xfail(
    not _has("backplan.ui.common.announce"), reason="confirmations only in the status bar", strict=True
)
def test_the_confirmation_is_announced(watched: dict[str, object]) -> None:
    events = watched["events"]
    assert isinstance(events, list)
    # The announcement's text (AT-SPI sends it as the event's data), from the label
    # that keeps it readable afterwards.
    said = [e for e in events if e["type"].startswith("object:announcement")]
    assert any("recorded as taken at" in e["text"] for e in said), events
    assert all(e["name"] for e in said), said


# A button each section shows, to know the reader really opened it.
SECTION_MARKS = {
    "Plan": "Plan details",
    "Log": "Save entry",
    "Progress": "Export the chart",
    "Print": "Print preview",
    "Today": "Save pain",
}


@pytest.mark.parametrize("section", list(SECTION_MARKS))
def test_every_section_opened_by_the_reader_has_only_named_controls(reader: Reader, section: str) -> None:
    tree = reader.run("tree", "--open", section)
    assert isinstance(tree, list)
    mark = SECTION_MARKS[section]
    shown = [n["name"] for n in tree if n["showing"] and n["role"] in INTERACTIVE]
    assert any(name.replace("&", "").startswith(mark) for name in shown), (mark, shown)
    assert _unnamed(tree) == []
