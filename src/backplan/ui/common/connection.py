"""When the clinic's database server goes away: say so, keep what was typed, reconnect.

On a server (docs/clinic.md) the window's timers (the change check, the reminders)
and every save reach the network. When the server stops, restarts or the line
drops, those calls raise; left alone, each timer tick printed a traceback and a save
failed unseen. Here instead:

* :func:`handled` tells a lost connection (``services.errors.server_unreachable``)
  from a real error, and tells every :class:`ConnectionMonitor`; callers that catch
  it (the timers, the plan editor, the log form) then stop quietly, and the
  :func:`install_excepthook` filter does the same for any other slot, with one
  line in the log instead of a traceback;
* the monitor shows :class:`ConnectionBanner` at the top of the window ("no
  connection since 14:32"), tries the server again every few seconds by itself
  (and at once with the banner's button), and when it answers hides the banner and
  has the window read everything again;
* saves are refused with a message that says why while the connection is lost (the
  record buttons through :func:`refusing`, the plan editor and the log form directly);
  nothing is written half-way (every write is one transaction), and what the
  person typed stays: the log form keeps its fields, a plan form opens again with
  its values (``PlanView``), to be saved once the banner has gone.
"""

from __future__ import annotations

import logging
import sys
import weakref
from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from backplan.services.backplan_service import Backplan
from backplan.services.errors import ServerUnreachable, ServiceError, server_unreachable

from .widgets import bold, text_label

log = logging.getLogger(__name__)

RETRY_MS = 3000  # how often a lost server is tried again
RESTORED_SHOWN_MS = 6000


def tr(text: str) -> str:
    return QCoreApplication.translate("Connection", text)


def not_saved_text() -> str:
    """What a refused save says, wherever it was refused."""
    return tr(
        "Not saved: there is no connection to the database server. What you entered is "
        "kept here; save it again once the connection is back (backplan keeps trying)."
    )


_monitors: weakref.WeakSet[ConnectionMonitor] = weakref.WeakSet()


def handled(exc: BaseException) -> bool:
    """True (and every monitor told) if ``exc`` means the server cannot be reached."""
    if not server_unreachable(exc):
        return False
    for monitor in list(_monitors):
        monitor.report(exc)
    if not _monitors:
        log.warning("the database server cannot be reached: %s", _first_line(exc))
    return True


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class RefusingServices:
    """The services, for the window's record buttons: a call that meets a lost server
    raises ``ServerUnreachable`` (a ``ServiceError`` saying "Not saved: ..."), which
    those buttons already show in their "not recorded" message, after telling the
    monitors. Every other attribute and error passes through unchanged.
    """

    def __init__(self, services: Backplan) -> None:
        self._services = services

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._services, name)
        if not callable(value):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return value(*args, **kwargs)
            except ServiceError:
                raise
            except Exception as exc:
                if handled(exc):
                    raise ServerUnreachable(not_saved_text()) from exc
                raise

        return call


def refusing(services: Backplan) -> Backplan:
    """``services`` as ``RefusingServices``, typed as what it stands in for."""
    return cast(Backplan, RefusingServices(services))


class ConnectionMonitor(QObject):
    """Whether the server answers; while it does not, tries it again on a timer."""

    lost = Signal()
    restored = Signal()

    def __init__(
        self, check: Callable[[], object], now: Callable[[], datetime], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._now = now
        self.is_lost = False
        self.since: datetime | None = None
        self.reason = ""
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.try_again)
        _monitors.add(self)

    def report(self, exc: BaseException) -> bool:
        """Takes note of an error; True if it was a lost connection (now shown)."""
        if not server_unreachable(exc):
            return False
        self.reason = _first_line(exc)
        if not self.is_lost:
            log.warning("the database server cannot be reached: %s", self.reason)
            self.is_lost = True
            self.since = self._now()
            self.retry.start()
            self.lost.emit()
        return True

    def try_again(self) -> bool:
        """Asks the server once; True (and ``restored``) if it answers again."""
        if not self.is_lost:
            return True
        try:
            self._check()
        except Exception as exc:
            if not server_unreachable(exc):
                log.warning("the database server answered with an error: %s", _first_line(exc))
            return False
        log.info("the database server answers again")
        self.is_lost = False
        self.since = None
        self.retry.stop()
        self.restored.emit()
        return True


class ConnectionBanner(QFrame):
    """The strip at the top of the window that says the connection is lost, or back."""

    def __init__(self, monitor: ConnectionMonitor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monitor = monitor
        self.setObjectName("connectionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(tr("Connection to the database server"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = bold(text_label(""))
        layout.addWidget(self.label, 1)
        self.retry_button = QPushButton(tr("&Try again now"), self)
        self.retry_button.clicked.connect(monitor.try_again)
        layout.addWidget(self.retry_button)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide)
        monitor.lost.connect(self.show_lost)
        monitor.restored.connect(self.show_restored)
        self.hide()

    def show_lost(self) -> None:
        since = self.monitor.since
        # The computer's own time of day: the outage is the computer's event, not the plan's.
        when = since.astimezone().strftime("%H:%M") if since is not None else ""
        self.label.setText(
            tr(
                "No connection to the database server since {time}. backplan tries again every "
                "few seconds. Nothing can be saved until then; what you enter is kept."
            ).format(time=when)
        )
        self.setStyleSheet(
            "QFrame#connectionBanner { background: #fdecea; color: #5f2120; border: 1px solid #d32f2f; }"
        )
        self.retry_button.show()
        self._hide_timer.stop()
        self.show()

    def show_restored(self) -> None:
        self.label.setText(tr("Connected to the database server again. Everything shown was read afresh."))
        self.setStyleSheet(
            "QFrame#connectionBanner { background: #edf7ed; color: #1e4620; border: 1px solid #2e7d32; }"
        )
        self.retry_button.hide()
        self.show()
        self._hide_timer.start(RESTORED_SHOWN_MS)


def install_excepthook() -> Callable[[], None]:
    """For any slot that does not catch it: a lost connection is shown, not printed.

    Qt calls Python slots from its event loop, where an exception ends up in
    ``sys.excepthook`` (a traceback on the terminal). A lost server is an expected
    state, not a bug: it goes to the monitors (banner, retry), with one log line.
    Everything else goes on to the hook that was there. Returns what puts that back.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if handled(exc):
            return
        previous(kind, exc, tb)

    sys.excepthook = hook

    def uninstall() -> None:
        if sys.excepthook is hook:
            sys.excepthook = previous

    return uninstall


__all__ = [
    "ConnectionBanner",
    "ConnectionMonitor",
    "RefusingServices",
    "handled",
    "install_excepthook",
    "not_saved_text",
    "refusing",
]
