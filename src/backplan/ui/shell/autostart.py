"""Start at login: an XDG autostart entry in the user's configuration folder.

Desktops that follow the XDG autostart specification (GNOME, KDE, Xfce, ...) start
every ``.desktop`` file in ``~/.config/autostart`` at login. Turning the option off
removes the file we wrote, and only that file.
"""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from backplan import APP_ID

FILENAME = f"{APP_ID}.desktop"


def autostart_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    if not base:  # pragma: no cover - Qt always answers on desktop platforms
        base = str(Path.home() / ".config")
    return Path(base) / "autostart"


def autostart_path() -> Path:
    return autostart_dir() / FILENAME


def launch_command() -> str:
    """How to start backplan's window from a login session, as an Exec line."""
    if getattr(sys, "frozen", False):
        return shlex.quote(sys.executable)
    for name in ("backplan-gui", "backplan"):
        found = shutil.which(name) or str(Path(sys.executable).with_name(name))
        if Path(found).is_file():
            return shlex.quote(found)
    return f"{shlex.quote(sys.executable)} -m backplan.cli"


BACKGROUND_OPTION = "--background"


def desktop_entry(command: str, background: bool = False) -> str:
    """The entry; ``background`` starts backplan reminding without opening its window.

    Only ``backplan-gui`` understands ``--background``, so the option is added only
    to a command that starts it (the bundle's executable is the command line).
    """
    if background and command.rstrip("'").endswith("backplan-gui"):
        command = f"{command} {BACKGROUND_OPTION}"
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=backplan",
            "Comment=Reminders for the back-pain plan your clinician set",
            f"Exec={command}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def set_start_at_login(enabled: bool, command: str | None = None, *, background: bool = False) -> Path:
    """Writes or removes the autostart entry; returns its path.

    ``background``: the patient keeps backplan reminding with its window closed, so
    the login start reminds without putting the window in front of everything.
    """
    path = autostart_path()
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(desktop_entry(command or launch_command(), background), encoding="utf-8")
    elif path.exists():
        path.unlink()
    return path


def starts_at_login() -> bool:
    return autostart_path().is_file()
