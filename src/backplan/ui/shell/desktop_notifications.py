"""Desktop notifications (``org.freedesktop.Notifications``) with action buttons.

Reminders must reach the patient while backplan's window is closed, on desktops that
have no system tray (most GNOME set-ups). Every Linux desktop runs a notification
server on the session bus; this module talks to it: ``Notify`` with actions ("Take",
"Done", "Snooze 10 min"), ``CloseNotification``, and the server's ``ActionInvoked``
and ``NotificationClosed`` signals, turned into Qt signals.

Why jeepney and not QtDBus: PySide6-Essentials does ship QtDBus, but a Python ``int``
can only reach it as a D-Bus ``int32`` (or, through ``QDBusArgument <<``, a
``uint16``); ``Notify`` takes ``replaces_id`` as a ``uint32``, and the servers built
on GDBus (GNOME Shell, dunst, xfce4-notifyd) refuse the call outright ("Type of
message (sisssasa{sv}i) does not match expected type (susssasa{sv}i)"). The server
sends its signals to the connection that made the notification, so the calls and the
signals must share one connection: jeepney (pure Python, no compiled part) holds it,
and a ``QSocketNotifier`` on its socket hands what arrives to the Qt event loop, so
nothing blocks and no thread is needed. Calls wait at most ``CALL_TIMEOUT_S``.

Where there is no session bus or no server, :meth:`DesktopNotifications.open_session`
returns None and the window shows its in-window banner instead.
"""

from __future__ import annotations

import collections
import logging
import os
from collections.abc import Sequence

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from backplan import APP_ID, APP_NAME

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
CALL_TIMEOUT_S = 2.0
DEFAULT_ACTION = "default"  # the spec's key for a click on the notification itself
# Urgency hint values (the spec's byte): normal for reminders, critical stays until answered.
NORMAL = 1
CRITICAL = 2


class DesktopNotifications(QObject):
    """One connection to the session's notification server."""

    action_invoked = Signal(int, str)  # notification id, action key
    closed = Signal(int, int)  # notification id, reason (1 expired, 2 dismissed, 3 closed by us)
    lost = Signal()  # the bus went away: the window falls back to its banner

    def __init__(
        self, connection: object, capabilities: Sequence[str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        from jeepney import DBusAddress, MatchRule

        self._conn = connection
        self.capabilities = tuple(capabilities)
        self._address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        self._signals: collections.deque[object] = collections.deque()
        rule = MatchRule(type="signal", interface=INTERFACE, path=PATH)
        self._filter = connection.filter(rule, queue=self._signals, bufsize=1000)  # type: ignore[attr-defined]
        self._notifier = QSocketNotifier(
            connection.sock.fileno(), QSocketNotifier.Type.Read, self  # type: ignore[attr-defined]
        )
        self._notifier.activated.connect(self._readable)
        self.sent: list[int] = []  # ids of notifications shown this session, oldest first

    # --- connecting ----------------------------------------------------------------

    @classmethod
    def open_session(
        cls, address: str | None = None, parent: QObject | None = None
    ) -> DesktopNotifications | None:
        """Connects to the server on the session bus (or ``address``); None if there is none.

        A server counts only if it supports actions: without them a reminder could not
        be answered from the notification, and the banner serves the patient better.
        """
        try:
            from jeepney import DBusAddress, new_method_call
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:  # pragma: no cover - a dependency of the package
            log.warning("desktop notifications: jeepney is not installed")
            return None
        bus = address or os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
        if not bus:
            return None
        try:
            conn = open_dbus_connection(bus=bus)
        except (OSError, ValueError, KeyError) as exc:
            log.info("desktop notifications: no session bus (%s)", exc)
            return None
        try:
            owned = conn.send_and_get_reply(message_bus.NameHasOwner(SERVICE), timeout=CALL_TIMEOUT_S)
            if not owned.body[0]:
                conn.close()
                return None
            address_ = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
            reply = conn.send_and_get_reply(
                new_method_call(address_, "GetCapabilities"), timeout=CALL_TIMEOUT_S
            )
            capabilities = list(reply.body[0]) if reply.body else []
            if "actions" not in capabilities:
                conn.close()
                return None
            from jeepney import MatchRule

            rule = MatchRule(type="signal", interface=INTERFACE, path=PATH)
            conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S)
        except Exception as exc:  # a server that answers badly is as good as none
            log.info("desktop notifications: the server did not answer (%s)", exc)
            conn.close()
            return None
        return cls(conn, capabilities, parent)

    def close(self) -> None:
        """Ends the connection (the server then forgets our notifications' actions)."""
        self._notifier.setEnabled(False)
        try:
            self._filter.close()
            self._conn.close()  # type: ignore[attr-defined]
        except OSError:
            pass

    # --- calls ---------------------------------------------------------------------

    def notify(
        self,
        summary: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        *,
        replaces: int = 0,
        urgency: int = NORMAL,
        timeout_ms: int = 0,
    ) -> int | None:
        """Shows a notification; returns its id, or None when the server refused it.

        ``actions``: (key, label) pairs; the key comes back in ``action_invoked``.
        ``timeout_ms`` 0 keeps a reminder until the patient answers it.
        """
        from jeepney import new_method_call

        flat: list[str] = []
        for key, label in actions:
            flat += [key, label.replace("&", "")]
        hints = {"urgency": ("y", urgency), "desktop-entry": ("s", APP_ID)}
        message = new_method_call(
            self._address,
            "Notify",
            "susssasa{sv}i",
            (APP_NAME, replaces, APP_ID, summary, body, flat, hints, timeout_ms),
        )
        try:
            reply = self._conn.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)  # type: ignore[attr-defined]
        except Exception as exc:
            log.warning("desktop notifications: Notify failed (%s)", exc)
            self._gone()
            return None
        finally:
            QTimer.singleShot(0, self._deliver)  # never re-entered from inside a call
        if not reply.body:
            return None
        notification_id = int(reply.body[0])
        self.sent.append(notification_id)
        return notification_id

    def close_notification(self, notification_id: int) -> None:
        from jeepney import new_method_call

        try:
            self._conn.send_and_get_reply(  # type: ignore[attr-defined]
                new_method_call(self._address, "CloseNotification", "u", (notification_id,)),
                timeout=CALL_TIMEOUT_S,
            )
        except Exception as exc:  # already gone, or the server went away
            log.info("desktop notifications: CloseNotification failed (%s)", exc)
        finally:
            QTimer.singleShot(0, self._deliver)

    # --- signals -------------------------------------------------------------------

    def _readable(self) -> None:
        """Reads what the bus sent without waiting, then hands the signals on."""
        try:
            while True:
                self._conn.recv_messages(timeout=0)  # type: ignore[attr-defined]
        except TimeoutError:
            pass
        except (OSError, EOFError, ValueError) as exc:
            log.warning("desktop notifications: the session bus went away (%s)", exc)
            self._gone()
        self._deliver()

    def _gone(self) -> None:
        self._notifier.setEnabled(False)
        self.lost.emit()

    def _deliver(self) -> None:
        from jeepney import HeaderFields

        while self._signals:
            message = self._signals.popleft()
            member = message.header.fields.get(HeaderFields.member)  # type: ignore[attr-defined]
            body = message.body  # type: ignore[attr-defined]
            if member == "ActionInvoked" and len(body) == 2 and int(body[0]) in self.sent:
                self.action_invoked.emit(int(body[0]), str(body[1]))
            elif member == "NotificationClosed" and len(body) == 2 and int(body[0]) in self.sent:
                self.closed.emit(int(body[0]), int(body[1]))
