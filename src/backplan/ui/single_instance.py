"""One window per data folder: a second launch brings the running window forward.

Two windows writing the same database would each show a stale picture of the other's
changes, so the first instance listens on a local socket named after the data folder;
a later launch on the same folder connects, asks it to come forward, and exits. A
launch on another folder (the demo, say) gets a different name and runs alongside.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MESSAGE = b"raise\n"
TIMEOUT_MS = 800


def server_name(data_dir: Path) -> str:
    """A name unique to this user and folder, short enough for a Unix socket path."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user name on some systems
        user = "user"
    key = f"{user}\0{data_dir.expanduser().resolve()}".encode()
    return "backplan-" + hashlib.sha256(key).hexdigest()[:24]


class SingleInstance(QObject):
    """Listens for later launches; ``activated`` fires when one asks to bring us forward."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server: QLocalServer | None = None

    def notify_running(self) -> bool:
        """True when another instance holds this folder (and was asked to come forward)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(MESSAGE)
        socket.flush()
        socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket file left behind by a crashed instance: nobody answered, so remove it.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return False
        server.newConnection.connect(self._connection)
        self.server = server
        return True

    def _connection(self) -> None:
        if self.server is None:
            return
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is None:
                break
            # The message is a few bytes written at once: read what has come within a
            # moment, answer, and let the socket go. No Python reference outlives it.
            arrived = socket.bytesAvailable() > 0 or socket.waitForReadyRead(TIMEOUT_MS)
            if arrived and MESSAGE.strip() in bytes(socket.readAll().data()):
                self.activated.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def close(self) -> None:
        if self.server is not None:
            self.server.newConnection.disconnect(self._connection)
            self.server.close()
            self.server.deleteLater()
            self.server = None
