"""The window's preferences: one typed wrapper over ``QSettings``.

Stored as an ini file in the data folder (``settings.ini``), so that a data folder
carries its own preferences (the demo folder does not change the real one) and a
backup of the folder is complete. Only window state and preferences live here;
medical data (plans, doses, the pain log, patient names) lives in the database, where
it is backed up and protected like the rest of the record.

Every getter clamps what it reads: the file is plain text a person can edit, and a
stray value must not turn the grace period negative or the text size to 5000 %.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from backplan.domain.files import create_private_file

SETTINGS_FILENAME = "settings.ini"

DEFAULT_GRACE_MINUTES = 120
MIN_GRACE_MINUTES = 15
MAX_GRACE_MINUTES = 12 * 60
MIN_TEXT_SCALE = 100
MAX_TEXT_SCALE = 200
SECTIONS = ("today", "plan", "log", "progress", "print")
THEMES = ("system", "light", "dark")  # as theme.THEMES (settings stays free of the palette code)


def _clamp(value: int, lo: int, hi: int) -> int:
    return max(lo, min(hi, value))


class Settings:
    """Typed access to the preferences of one data folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # QSettings writes the file on its own schedule (through a temporary file that
        # keeps an existing file's mode, or the umask's 0644 for a new one): made empty
        # and 0600 here first, the file is never readable by others, not even before
        # the window's first explicit sync. A folder we cannot write is the window's to
        # report, not this constructor's.
        if path.parent.is_dir():
            with contextlib.suppress(OSError):
                create_private_file(path)
        self._q = QSettings(str(path), QSettings.Format.IniFormat)

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> Settings:
        return cls(data_dir / SETTINGS_FILENAME)

    # --- plumbing ------------------------------------------------------------------

    def _int(self, key: str, default: int) -> int:
        raw = self._q.value(key, default)
        try:
            return int(str(raw))
        except (TypeError, ValueError):
            return default

    def _bool(self, key: str, default: bool) -> bool:
        raw = self._q.value(key, default)
        if isinstance(raw, bool):
            return raw
        return str(raw).strip().lower() in {"true", "1", "yes", "on"}

    def _bytes(self, key: str) -> QByteArray | None:
        raw = self._q.value(key)
        if isinstance(raw, QByteArray) and not raw.isEmpty():
            return raw
        return None

    def sync(self) -> None:
        """Writes to disk now, readable by the owner alone like the rest of the folder."""
        self._q.sync()
        if self.path.exists():
            with contextlib.suppress(OSError):
                os.chmod(self.path, 0o600)

    # --- window --------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._q.setValue("window/state", value)

    @property
    def last_section(self) -> str:
        value = str(self._q.value("window/section", SECTIONS[0]))
        return value if value in SECTIONS else SECTIONS[0]

    @last_section.setter
    def last_section(self, value: str) -> None:
        if value not in SECTIONS:
            raise ValueError(f"unknown section {value!r}")
        self._q.setValue("window/section", value)

    # --- reminders -----------------------------------------------------------------

    @property
    def grace_minutes(self) -> int:
        """How long an occurrence nobody acted on stays "due" before it counts as missed."""
        value = self._int("reminders/grace_minutes", DEFAULT_GRACE_MINUTES)
        return _clamp(value, MIN_GRACE_MINUTES, MAX_GRACE_MINUTES)

    @grace_minutes.setter
    def grace_minutes(self, value: int) -> None:
        self._q.setValue("reminders/grace_minutes", _clamp(int(value), MIN_GRACE_MINUTES, MAX_GRACE_MINUTES))

    @property
    def keep_in_tray(self) -> bool:
        """Keep reminding when the window is closed (in the tray, or by desktop notifications)."""
        return self._bool("reminders/keep_in_tray", False)

    @keep_in_tray.setter
    def keep_in_tray(self, value: bool) -> None:
        self._q.setValue("reminders/keep_in_tray", bool(value))

    @property
    def start_at_login(self) -> bool:
        return self._bool("reminders/start_at_login", False)

    @start_at_login.setter
    def start_at_login(self, value: bool) -> None:
        self._q.setValue("reminders/start_at_login", bool(value))

    # --- appearance ----------------------------------------------------------------

    @property
    def text_scale(self) -> int:
        """Text size in percent of the normal size (100-200)."""
        return _clamp(self._int("appearance/text_scale", MIN_TEXT_SCALE), MIN_TEXT_SCALE, MAX_TEXT_SCALE)

    @text_scale.setter
    def text_scale(self, value: int) -> None:
        self._q.setValue("appearance/text_scale", _clamp(int(value), MIN_TEXT_SCALE, MAX_TEXT_SCALE))

    @property
    def theme(self) -> str:
        """"system" (follow the desktop), "light" or "dark"."""
        value = str(self._q.value("appearance/theme", "system") or "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"unknown theme {value!r}")
        self._q.setValue("appearance/theme", value)

    @property
    def language(self) -> str:
        """A language code such as ``hi``, or empty for the system's language."""
        value = str(self._q.value("appearance/language", "") or "")
        return value if value.replace("_", "").isalpha() or not value else ""

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("appearance/language", value)

    # --- clinic --------------------------------------------------------------------

    @property
    def database_url(self) -> str:
        """The clinic's PostgreSQL URL, or empty for the data folder's own SQLite file.

        Never holds a password: the dialog stores only a URL the services' check
        accepted, and that check refuses one with a password in it.
        """
        return str(self._q.value("clinic/database_url", "") or "").strip()

    @database_url.setter
    def database_url(self, value: str) -> None:
        self._q.setValue("clinic/database_url", value.strip())
