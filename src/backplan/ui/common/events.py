"""The services' change notices as one Qt signal, delivered on the GUI thread.

The services tell a plain list of callables (``services.listeners``, a ``ChangeHub``:
no Qt, the command line uses them too) in the thread that made the change. The window
has one ``ServiceEvents`` per set of services, and every view subscribes to its
``changed`` signal instead of keeping a callable of its own in the hub. Why one object:

- A notice from a worker thread (a report's read, the outside-change poll, a
  reminder's background write) must not call a widget: here it crosses to the GUI
  thread as a queued signal, posted to this object's thread.
- A notice from the GUI thread is delivered at once, as before, so a view is current
  when the write that changed it returns (the tests and Undo count on that).
- A view that connects a bound method is disconnected by Qt when it is destroyed:
  nothing is left in the hub to forget.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal

from backplan.services.backplan_service import Backplan
from backplan.services.changes import ChangeHub


class ServiceEvents(QObject):
    """``changed(what)``: "patients", "plan", "events", "log" or "all" changed."""

    changed = Signal(str)
    # The same notice, from another thread: queued to this object's (the GUI) thread.
    _crossing = Signal(str)

    def __init__(self, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QCoreApplication.instance()
        if parent is None and app is not None and self.thread() != app.thread():
            self.moveToThread(app.thread())  # made off the GUI thread: deliver on it all the same
        self._hub = weakref.ref(hub)  # the hub holds this object; not the other way round
        self._crossing.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        hub.append(self._notify)

    def _notify(self, what: str) -> None:
        if QThread.currentThread() == self.thread():
            self.changed.emit(what)
        else:
            self._crossing.emit(what)

    def close(self) -> None:
        """Stops listening to the services (the window is closing)."""
        hub = self._hub()
        if hub is not None and self._notify in hub:
            hub.remove(self._notify)

    @classmethod
    def of(cls, services: Backplan) -> ServiceEvents:
        """The one ``ServiceEvents`` of ``services``, made on first use."""
        hub = services.listeners
        events = _EVENTS.get(id(hub))
        if events is None:
            events = cls(hub)
            _EVENTS[id(hub)] = events
            weakref.finalize(hub, _EVENTS.pop, id(hub), None)  # gone with the services' hub
        return events


# One per set of services, keyed by their hub (the services are a dataclass: unhashable).
_EVENTS: dict[int, ServiceEvents] = {}

__all__ = ["ServiceEvents"]
