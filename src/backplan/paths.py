"""Where backplan keeps its data: the user's application data folder by default."""

from __future__ import annotations

import os
from pathlib import Path

from backplan import APP_ID

ENV_DATA_DIR = "BACKPLAN_DATA_DIR"


def configure_application_names() -> None:
    """Names Qt uses for folders; set before asking QStandardPaths anything."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName("")
    QCoreApplication.setOrganizationDomain("backplan.org")
    QCoreApplication.setApplicationName(APP_ID)


def platform_data_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    configure_application_names()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:  # pragma: no cover - Qt always answers on desktop platforms
        location = str(Path.home() / ".local" / "share" / APP_ID)
    return Path(location)


def resolve_data_dir(explicit: str | os.PathLike[str] | None) -> Path:
    """``--data-dir`` first, then ``BACKPLAN_DATA_DIR``, then the platform's folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return platform_data_dir()


def demo_data_dir(explicit: str | os.PathLike[str] | None) -> Path:
    """The demo's own folder: never the folder that holds the user's real data."""
    if explicit or os.environ.get(ENV_DATA_DIR):
        return resolve_data_dir(explicit) / "demo"
    base = platform_data_dir()
    return base.with_name(base.name + "-demo")
