"""The services' change notices reach the views on the GUI thread, whatever thread wrote."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from backplan.services.backplan_service import Backplan
from backplan.services.changes import ChangeHub
from backplan.ui.common.events import ServiceEvents


class _Heard(QObject):
    """A subscriber that notes what it heard and on which thread."""

    def __init__(self) -> None:
        super().__init__()
        self.heard: list[tuple[str, bool]] = []

    def note(self, what: str) -> None:
        self.heard.append((what, QThread.currentThread() == self.thread()))


def test_a_notice_from_the_gui_thread_arrives_at_once(qtbot: QtBot) -> None:
    hub = ChangeHub()
    events = ServiceEvents(hub)
    heard = _Heard()
    events.changed.connect(heard.note)
    hub.notify("log")
    assert heard.heard == [("log", True)]  # before the event loop ran: synchronous


def test_a_notice_from_a_worker_thread_is_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    hub = ChangeHub()
    events = ServiceEvents(hub)
    heard = _Heard()
    events.changed.connect(heard.note)
    worker = threading.Thread(target=hub.notify, args=("events",))
    worker.start()
    worker.join()
    assert heard.heard == []  # not called from the worker
    qtbot.waitUntil(lambda: heard.heard == [("events", True)], timeout=5000)


def test_one_object_per_set_of_services_and_a_destroyed_view_is_forgotten(
    qtbot: QtBot, services: Backplan
) -> None:
    events = ServiceEvents.of(services)
    assert ServiceEvents.of(services) is events
    assert services.listeners.count(events._notify) == 1
    gone = _Heard()
    kept = _Heard()
    events.changed.connect(gone.note)
    events.changed.connect(kept.note)
    gone.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(gone), timeout=5000)
    services.listeners.notify("plan")  # Qt dropped the destroyed subscriber: no call into it
    assert kept.heard == [("plan", True)]
    events.close()
    assert events._notify not in services.listeners
