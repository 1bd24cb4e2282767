"""Reminders while the window is closed, against a real notification server (dunst).

Each test runs its own session (tests/ui/private_session.py): Xvfb, a private D-Bus
session bus and dunst on it. The window is hidden, as after "Keep reminding me" and
a close. How the test sees and answers the notification, with dunst's own tools:
``dunstctl count displayed`` says it is on screen, and ``dunstctl context`` opens
dunst's action menu, which dunst hands to its ``dmenu`` program: ours records the
menu (so the test reads the actions the patient would see) and picks one, and dunst
then sends ``ActionInvoked`` to backplan exactly as a click on the button does.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from private_session import PrivateSession, need
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.domain.model import EventStatus
from backplan.services.backplan_service import Backplan
from backplan.ui.common.dialogs import RefusalDialog
from backplan.ui.shell.desktop_notifications import DesktopNotifications
from backplan.ui.shell.main_window import MainWindow

CHICAGO = ZoneInfo("America/Chicago")
EIGHT = datetime(2026, 12, 1, 8, 0, tzinfo=CHICAGO)

DMENU = """#!/bin/sh
# dunst's context menu: keep what it offered, answer with the chosen action's line.
cat > "{folder}/menu.part"
grep -m1 "^#$(cat "{folder}/choice") (" "{folder}/menu.part"
mv "{folder}/menu.part" "{folder}/menu.txt"
"""


class Dunst:
    def __init__(self, session: PrivateSession) -> None:
        self.session = session
        folder = session.folder
        dmenu = folder / "dmenu.sh"
        dmenu.write_text(DMENU.format(folder=folder), encoding="utf-8")
        dmenu.chmod(0o755)
        config = folder / "dunstrc"
        config.write_text(f"[global]\n    dmenu = {dmenu}\n    timeout = 0\n", encoding="utf-8")
        session.start("dunst", "-config", str(config), log_name="dunst.log")
        session.wait_for_name("org.freedesktop.Notifications")

    def displayed(self) -> int:
        out = self.session.run("dunstctl", "count", "displayed").stdout.strip()
        return int(out or 0)

    def choose(self, label: str) -> list[str]:
        """Opens the newest notification's action menu and picks ``label``; returns the menu."""
        (self.session.folder / "choice").write_text(label, encoding="utf-8")
        menu = self.session.folder / "menu.txt"
        menu.unlink(missing_ok=True)
        self.session.run("dunstctl", "context")  # dunst runs the menu on its own time
        deadline = time.monotonic() + 5
        while not menu.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        return menu.read_text(encoding="utf-8").splitlines() if menu.exists() else []


@pytest.fixture
def dunst(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dunst]:
    need("Xvfb", "dbus-daemon", "dunst", "dunstctl")
    session = PrivateSession(tmp_path_factory.mktemp("session"))
    try:
        yield Dunst(session)
    finally:
        session.close()


@pytest.fixture
def hidden_window(
    imported: tuple[Backplan, int], window_factory: Callable[..., MainWindow], dunst: Dunst
) -> Iterator[MainWindow]:
    """The acute plan's window, closed to the background, reminding through dunst."""
    services, _pid = imported
    window = window_factory(services)
    window.settings.keep_in_tray = True  # "When the window is closed: Keep reminding me"
    notifications = DesktopNotifications.open_session(dunst.session.bus_address, parent=window)
    assert notifications is not None, "dunst is on the bus but backplan did not find it"
    window.attach_notifications(notifications)
    assert window.reminds_in_background()
    window.close()  # "Keep reminding me": hidden, still running
    assert not window.isVisible()
    yield window
    window._quitting = True
    window.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(True)  # as every other test expects it


def _eight_oclock(window: MainWindow, clock: FixedClock) -> None:
    assert window.reminders.tick() is None  # 07:30: nothing new yet
    clock.set(EIGHT)
    assert window.reminders.tick() is not None


def test_the_dose_reminder_appears_with_its_actions_and_take_records_it(
    qtbot: QtBot, hidden_window: MainWindow, dunst: Dunst, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    before = dunst.displayed()  # the "keeps reminding you" note from the close
    _eight_oclock(hidden_window, clock)
    qtbot.waitUntil(lambda: dunst.displayed() == before + 1, timeout=5000)
    menu = dunst.choose("Take")
    # The actions the patient sees on the reminder, as dunst lists them.
    assert any(line.startswith("#Take (Time for your 08:00 dose)") for line in menu), menu
    assert any(line.startswith("#Snooze 10 min (") for line in menu), menu
    qtbot.waitUntil(lambda: len(services.events(pid)) == 1, timeout=5000)
    [(_, event)] = services.events(pid)
    assert (event.item, event.status, event.scheduled_for) == ("carisoprodol", EventStatus.DONE, EIGHT)
    assert event.override_reason is None
    assert hidden_window.notifier is not None
    assert hidden_window.notifier.answered == [("take", "Carisoprodol 350 mg recorded as taken at 08:00.")]
    assert not hidden_window.isVisible()  # a dose taken from the notification needs no window


def test_take_on_a_refused_dose_records_nothing_and_shows_the_refusal(
    qtbot: QtBot,
    hidden_window: MainWindow,
    dunst: Dunst,
    imported: tuple[Backplan, int],
    clock: FixedClock,
    data_dir: Path,
) -> None:
    services, pid = imported
    _eight_oclock(hidden_window, clock)
    # Meanwhile the command line records the 08:00 dose: a second one is refused.
    other = open_services(data_dir, clock)
    try:
        other.record_dose(pid, "carisoprodol")
    finally:
        other.db.dispose()
    qtbot.waitUntil(lambda: dunst.displayed() >= 1, timeout=5000)
    assert hidden_window.notifications is not None
    shown_before = len(hidden_window.notifications.sent)
    dunst.choose("Take")
    qtbot.waitUntil(lambda: isinstance(hidden_window.recorder.dialog, RefusalDialog), timeout=5000)
    assert len(services.events(pid)) == 1  # only the command line's dose
    assert hidden_window.isVisible()  # the window came forward with the refusal
    assert hidden_window.notifier is not None
    [(action, said)] = hidden_window.notifier.answered
    assert action == "take" and "was not recorded" in said
    # The refusal is said on the desktop too, as a notification of its own.
    assert len(hidden_window.notifications.sent) == shown_before + 1  # "... was not recorded"


def test_snooze_from_the_notification_reminds_again_ten_minutes_later(
    qtbot: QtBot, hidden_window: MainWindow, dunst: Dunst, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    _eight_oclock(hidden_window, clock)
    qtbot.waitUntil(lambda: dunst.displayed() >= 1, timeout=5000)
    dunst.choose("Snooze 10 min")
    assert hidden_window.notifier is not None
    qtbot.waitUntil(lambda: bool(hidden_window.notifier and hidden_window.notifier.answered), timeout=5000)
    assert services.events(pid) == []
    clock.set(datetime(2026, 12, 1, 8, 10, 30, tzinfo=CHICAGO))
    notice = hidden_window.reminders.tick()
    assert notice is not None and [o.item for o in notice.due] == ["carisoprodol"]


def test_without_a_notification_server_the_banner_reminds(
    qtbot: QtBot, acute_window: MainWindow, clock: FixedClock, tmp_path: Path
) -> None:
    # A bus address where nothing listens: no server, no notifications, the banner.
    assert DesktopNotifications.open_session(f"unix:path={tmp_path / 'no-bus'}") is None
    acute_window.attach_notifications(None)
    _eight_oclock(acute_window, clock)
    assert acute_window.banner.isVisible()
    assert acute_window.banner.row_for("carisoprodol") is not None


def test_the_catch_up_summary_is_one_notification_that_opens_the_window(
    qtbot: QtBot, hidden_window: MainWindow, dunst: Dunst, clock: FixedClock
) -> None:
    assert hidden_window.reminders.tick() is None  # 07:30
    clock.set(datetime(2026, 12, 1, 13, 0, tzinfo=CHICAGO))  # the computer slept till 13:00
    notice = hidden_window.reminders.tick()
    assert notice is not None and notice.missed > 0
    assert hidden_window.notifications is not None
    qtbot.waitUntil(lambda: dunst.displayed() >= 1, timeout=5000)
    menu = dunst.choose("Open backplan")
    summary = [line for line in menu if line.startswith("#Open backplan (Missed reminders)")]
    assert summary, menu
    qtbot.waitUntil(hidden_window.isVisible, timeout=5000)
