"""What a section of the main window is to the window: the ``Section`` protocol.

The window (``ui/shell``) shows five sections (Today, Plan, Log, Progress, Print) and
knows each only through this protocol: it hands a section the patient to show and asks
it, through :class:`Offers`, for the rest. A section that has no use for a part (Print
reads nothing again after a change, Log edits nothing the window must undo) leaves it
``None``; the window never probes a view for a method by name.

It lives in ``common`` because the sections fill in :class:`Offers` themselves, and a
section may import common but never the shell (the import contract in pyproject).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtGui import QUndoStack


@dataclass(frozen=True)
class Offers:
    """What a section offers the window besides showing a patient; ``None``: not offered.

    ``refresh``: read again after a change elsewhere (the window calls it for the
    sections it has built). ``share_undo``: take the window's undo stack, so that
    Edit > Undo undoes the section's edits. ``print_document``: File > Print… for the
    section's document. ``shutdown``: wait for work running off the GUI thread, before
    the window closes the database.
    """

    refresh: Callable[[], None] | None = None
    share_undo: Callable[[QUndoStack], None] | None = None
    print_document: Callable[[], None] | None = None
    shutdown: Callable[[], None] | None = None


@runtime_checkable
class Section(Protocol):
    """A section of the main window, as the window talks to it."""

    def set_patient(self, patient_id: int | None) -> None:
        """Shows ``patient_id``'s data (``None``: nobody's)."""

    def section_offers(self) -> Offers:
        """What else the window may ask of this section (see :class:`Offers`)."""
