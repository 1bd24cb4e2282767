"""A private desktop session for tests: its own X display, D-Bus session bus and daemons.

The notification test needs a real notification server (dunst) and the AT-SPI test a
real accessibility bus; neither may touch the developer's own session. Each session
here starts Xvfb on a free display (``-displayfd``: the server picks the number), a
``dbus-daemon`` on a socket in a temporary folder, and whatever the test adds on
that bus; ``close`` ends exactly the processes it started. This is what
``dbus-run-session`` does, kept inside the fixture so that ``make test`` stays the one
test command.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

START_TIMEOUT_S = 15.0


def need(*binaries: str) -> None:
    """Skips the test, saying which, when a program it needs is not installed (CI installs them)."""
    missing = [name for name in binaries if shutil.which(name) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian packages: see .ci/run)")


class PrivateSession:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.processes: list[subprocess.Popen[bytes]] = []
        self.groups: set[int] = set()  # process groups we made (their leaders' pids)
        self.display = self._start_xvfb()
        self.bus_address = self._start_bus()
        self.env = {
            **os.environ,
            "DISPLAY": self.display,
            "DBUS_SESSION_BUS_ADDRESS": self.bus_address,
            "XDG_RUNTIME_DIR": str(folder),
        }

    def _start_xvfb(self) -> str:
        read, write = os.pipe()
        try:
            process = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                pass_fds=(write,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            self.processes.append(process)
            os.close(write)
            write = -1
            number = b""
            deadline = time.monotonic() + START_TIMEOUT_S
            while not number.endswith(b"\n") and time.monotonic() < deadline:
                chunk = os.read(read, 16)
                if not chunk:
                    break
                number += chunk
        finally:
            os.close(read)
            if write >= 0:
                os.close(write)
        if not number.strip():
            self.close()
            raise RuntimeError("Xvfb did not start")
        return f":{number.decode().strip()}"

    def _start_bus(self) -> str:
        socket = self.folder / "bus"
        address = f"unix:path={socket}"
        process = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", f"--address={address}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(process)
        deadline = time.monotonic() + START_TIMEOUT_S
        while not socket.exists():
            if time.monotonic() > deadline or process.poll() is not None:
                self.close()
                raise RuntimeError("dbus-daemon did not start")
            time.sleep(0.02)
        return address

    def start(
        self, *command: str, log_name: str, group: bool = False, env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        """Starts a program in this session; its output goes to a log in the folder.

        ``group``: the program starts helpers of its own (at-spi-bus-launcher starts a
        bus and the registry), so it gets its own process group, ended as a whole.
        """
        log = (self.folder / log_name).open("wb")
        process = subprocess.Popen(
            list(command),
            env={**self.env, **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=group,
        )
        if group:
            self.groups.add(process.pid)
        self.processes.append(process)
        return process

    def run(self, *command: str, timeout: float = 10.0) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(command), env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )

    def wait_for_name(self, name: str) -> None:
        """Waits until a service owns ``name`` on this session's bus."""
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        deadline = time.monotonic() + START_TIMEOUT_S
        with open_dbus_connection(bus=self.bus_address) as conn:
            while True:
                reply = conn.send_and_get_reply(message_bus.NameHasOwner(name), timeout=2)
                if reply.body[0]:
                    return
                if time.monotonic() > deadline:
                    raise RuntimeError(f"nothing took the bus name {name}")
                time.sleep(0.05)

    def close(self) -> None:
        for process in reversed(self.processes):
            if process.pid in self.groups:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self.processes.clear()
