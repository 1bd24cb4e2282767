"""The window's place on the screen, and when its activation reads the data again.

Geometry and toolbar state are kept in the settings between runs; a window restored on
a smaller screen (or first shown) is fitted to it and never grows past it afterwards.
The command line may write to the same folder while the window is open, so an
activation reads everything again, but not twice within a couple of seconds.
"""

from __future__ import annotations

import time

from PySide6.QtWidgets import QMainWindow

from ..common.screen_fit import ScreenBound, fit_to_screen
from .settings import Settings

# Activations closer together than this read the data only once.
ACTIVATION_READ_PAUSE_S = 2.0


def restore_geometry(window: QMainWindow, settings: Settings) -> ScreenBound:
    """Puts the window where it was (or fits it to the screen); it stays within the screen."""
    geometry = settings.geometry
    if geometry is None or not window.restoreGeometry(geometry):
        fit_to_screen(window, 1180, 780)
    bound = ScreenBound(window)  # never grows past the screen
    state = settings.window_state
    if state is not None:
        window.restoreState(state)
    return bound


def save_geometry(window: QMainWindow, settings: Settings) -> None:
    settings.geometry = window.saveGeometry()
    settings.window_state = window.saveState()
    settings.sync()


class ActivationReads:
    """Whether an activation should read the data again: not within a pause of the last read.

    A pause between reads, not a time of the plan: the monotonic clock, which a change
    of the computer's clock cannot move.
    """

    def __init__(self) -> None:
        self.last: float | None = None  # time.monotonic() of the last read

    def just_read(self) -> None:
        """Everything shown was just read: the activation that follows need not read it."""
        self.last = time.monotonic()

    def due(self) -> bool:
        """True (and the read counted as done now) if the last read is older than the pause."""
        now = time.monotonic()
        if self.last is None or now - self.last > ACTIVATION_READ_PAUSE_S:
            self.last = now
            return True
        return False


__all__ = ["ACTIVATION_READ_PAUSE_S", "ActivationReads", "restore_geometry", "save_geometry"]
