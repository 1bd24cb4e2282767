"""Adds backplan to the desktop menu for a pip or pipx install (XDG folders).

A wheel cannot put files into ``~/.local/share`` by itself, so
``backplan --install-desktop-entry`` copies the menu entry, the icons, the AppStream
metadata and the MIME type there, pointing the entry at this installation's own
``backplan-gui``; ``--uninstall-desktop-entry`` removes exactly those files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from backplan import APP_ID
from backplan.resources_path import resources_dir

MIME_FILE = "backplan-mime.xml"


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _launcher() -> str:
    """The command the menu entry runs: this installation's GUI script if there is one."""
    bindir = Path(sys.executable).parent
    gui = bindir / "backplan-gui"
    if gui.exists():
        return _quoted(str(gui))
    return f"{_quoted(sys.executable)} -m backplan"


def _quoted(path: str) -> str:
    """Desktop-entry quoting: a path with spaces or quotes goes in double quotes."""
    if any(c in path for c in ' \t"`$\\'):
        escaped = path.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
        return '"' + escaped + '"'
    return path


def _targets(data_home: Path) -> list[tuple[Path, Path]]:
    res = resources_dir()
    pairs = [
        (res / "desktop" / f"{APP_ID}.desktop", data_home / "applications" / f"{APP_ID}.desktop"),
        (res / "desktop" / f"{APP_ID}.metainfo.xml", data_home / "metainfo" / f"{APP_ID}.metainfo.xml"),
        (res / "desktop" / MIME_FILE, data_home / "mime" / "packages" / f"{APP_ID}.xml"),
    ]
    hicolor = res / "icons" / "hicolor"
    for icon in sorted(hicolor.glob("*/apps/*")):
        pairs.append((icon, data_home / "icons" / "hicolor" / icon.relative_to(hicolor)))
    return pairs


def _refresh_caches(data_home: Path) -> None:
    for command in (
        ["update-desktop-database", str(data_home / "applications")],
        ["update-mime-database", str(data_home / "mime")],
        ["gtk-update-icon-cache", "-q", "-t", str(data_home / "icons" / "hicolor")],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)


def install_desktop_entry(data_home: Path | None = None) -> list[Path]:
    data_home = data_home or _data_home()
    written = []
    for source, target in _targets(data_home):
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".desktop":
            text = source.read_text("utf-8").replace("Exec=backplan-gui", f"Exec={_launcher()}")
            target.write_text(text, "utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    _refresh_caches(data_home)
    return written


def uninstall_desktop_entry(data_home: Path | None = None) -> list[Path]:
    data_home = data_home or _data_home()
    removed = []
    for _, target in _targets(data_home):
        if target.exists():
            target.unlink()
            removed.append(target)
    _refresh_caches(data_home)
    return removed
