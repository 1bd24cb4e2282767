"""One window per data folder: a second launch brings the running window forward.

Two windows writing the same database would each show a stale picture of the other's
changes, so the first instance listens on a local socket named after the data folder;
a later launch on the same folder connects, asks it to come forward, and exits. A
launch on another folder (the demo, say) gets a different name and runs alongside.

The socket lives in a folder only this user can enter: ``$XDG_RUNTIME_DIR/backplan``
when the runtime folder is the user's own and private (0700), else ``.run`` inside
the data folder. Never a shared folder such as /tmp under a name anyone can work out:
someone else listening there first would keep the window from opening, or receive its
messages. And each side checks the other's user (``SO_PEERCRED`` where the system has
it), so a socket that somehow is not ours is ignored.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import socket as pysocket
import stat
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MESSAGE = b"raise\n"
TIMEOUT_MS = 800


# A Unix socket's path must fit in sun_path with its NUL (108 bytes on Linux, 104 on macOS).
_MAX_SOCKET_PATH = 107 if sys.platform.startswith("linux") else 103


def _private_folder(folder: Path, *, create: bool) -> bool:
    """Whether ``folder`` is ours and 0700 (made so if ``create`` and it is missing)."""
    if create:
        with contextlib.suppress(OSError):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if folder.stat().st_uid == _own_uid():
                os.chmod(folder, 0o700)
    try:
        st = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == _own_uid() and stat.S_IMODE(st.st_mode) == 0o700


def _own_uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else 0


def socket_folder(data_dir: Path) -> Path | None:
    """The private folder for the socket, or None when there is none to be had."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    candidates = []
    if runtime and os.path.isabs(runtime) and _private_folder(Path(runtime), create=False):
        candidates.append(Path(runtime) / "backplan")
    candidates.append(data_dir.expanduser().resolve() / ".run")
    for folder in candidates:
        if len(os.fsencode(str(folder))) + 26 <= _MAX_SOCKET_PATH and _private_folder(folder, create=True):
            return folder
    return None


def server_name(data_dir: Path) -> str:
    """The socket's full path: a name unique to this user and folder, in a private folder.

    Where no private folder can be had (a path too long for a socket, a folder not ours),
    a bare name is returned; Qt then puts it in its temporary folder, and the peer
    check below is what keeps a stranger's socket from counting.
    """
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user name on some systems
        user = "user"
    key = f"{user}\0{data_dir.expanduser().resolve()}".encode()
    name = "backplan-" + hashlib.sha256(key).hexdigest()[:16]
    folder = socket_folder(data_dir)
    return name if folder is None else str(folder / name)


def peer_is_us(descriptor: int) -> bool:
    """Whether the process at the other end of a connected Unix socket runs as our user.

    ``SO_PEERCRED`` (Linux) gives the peer's uid as the kernel saw it at connect time;
    where the system has no such option, the private folder is the whole protection.
    """
    option = getattr(pysocket, "SO_PEERCRED", None)
    if option is None or descriptor < 0:
        return option is None
    try:
        with pysocket.socket(fileno=os.dup(descriptor)) as sock:
            creds = sock.getsockopt(pysocket.SOL_SOCKET, option, struct.calcsize("3i"))
    except OSError:
        return False
    _pid, uid, _gid = struct.unpack("3i", creds)
    return bool(uid == _own_uid())


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
        if not peer_is_us(int(socket.socketDescriptor())):
            socket.abort()  # someone else's socket: not our window, tell it nothing
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
            if not peer_is_us(int(socket.socketDescriptor())):
                socket.abort()  # another user may not raise our window
                socket.deleteLater()
                continue
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
