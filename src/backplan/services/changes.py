"""The one place the services tell whoever listens that data changed.

A plain list of callables (no Qt: the services run in the command line too), so the
window, its views and the tests subscribe with ``append`` and leave with ``remove``.
The window adapts it once into queued Qt signals; this hub only calls, in the thread
that made the change, every listener subscribed when the change was made.
"""

from __future__ import annotations

from collections.abc import Callable

Listener = Callable[[str], None]


class ChangeHub(list[Listener]):
    """The listeners of one set of services; ``notify("plan")`` tells each of them."""

    def notify(self, what: str) -> None:
        """Calls every listener with what changed ("patients", "plan", "events", "log",
        "all"). A copy is walked, so a listener may unsubscribe itself while called."""
        for listener in list(self):
            listener(what)
