"""Keeps Undo from reaching past a change made elsewhere (another workstation, the command line).

An undo is a new change: it writes the plan as it was, so it must be checked against
the revision it was made from, like any edit. The window therefore remembers, per
patient, the plan revision of its own last write or read (:class:`RevisionWatch`,
one per undo stack, a child of it so that every view sharing the stack shares it):

* an undo or redo of a plan edit saves with that revision as the expected one, so if
  the plan moved on meanwhile (not yet read here) the save is refused with the usual
  "changed elsewhere" dialog instead of writing back a plan that erases the other
  change;
* whenever the window reads a revision that it did not write itself (another
  workstation's edit, ``import --replace`` from a terminal), the undo history is
  cleared and the window says so (``cleared``). The history is one line: a plan edit
  further down could not be undone without the newer ones above it, and after a
  replacing import the recorded doses and entries it would take back are gone. A
  history of only this patient's records stays when only another patient changed.

Writes of this process reach the watch first (``wrote`` with the revision a save
produced, ``own_change`` when the services report a plan change of this process), so
they are never mistaken for someone else's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from backplan.services.backplan_service import Backplan
from backplan.services.errors import ServiceError


def tr(text: str) -> str:
    return QCoreApplication.translate("UndoGuard", text)


class RevisionWatch(QObject):
    """The plan revisions an undo stack's commands were made from, per patient."""

    cleared = Signal(str)  # the message that says the history was cleared, and why

    def __init__(self, services: Backplan, stack: QUndoStack) -> None:
        super().__init__(stack)
        self.setObjectName("revisionWatch")
        self.services = services
        self.stack = stack
        self._known: dict[int, int] = {}
        self.last_message = ""

    @classmethod
    def of(cls, stack: QUndoStack, services: Backplan) -> RevisionWatch:
        """The stack's watch, made on first use: the window's and the plan view's are one."""
        found = stack.findChild(RevisionWatch, "revisionWatch")
        if isinstance(found, RevisionWatch):
            return found
        return cls(services, stack)

    def _read(self, patient_id: int) -> int | None:
        try:
            return self.services.plan_revision(patient_id)
        except (LookupError, ServiceError):
            return None

    def expected(self, patient_id: int) -> int | None:
        """The revision an undo or redo for this patient must find (read if never seen)."""
        if patient_id not in self._known:
            revision = self._read(patient_id)
            if revision is not None:
                self._known[patient_id] = revision
        return self._known.get(patient_id)

    def wrote(self, patient_id: int, revision: int) -> None:
        """This window saved the plan, which is now at ``revision``."""
        self._known[patient_id] = revision

    def own_change(self, patient_id: int | None) -> None:
        """The services report a plan change made by this process: read where it left the plan."""
        if patient_id is None:
            return
        revision = self._read(patient_id)
        if revision is not None:
            self._known[patient_id] = revision

    def _stack_patients(self) -> set[int]:
        found: set[int] = set()
        for index in range(self.stack.count()):
            pid = getattr(self.stack.command(index), "patient_id", None)
            if isinstance(pid, int):
                found.add(pid)
        return found

    def check(self, patient_id: int | None, name: str = "") -> bool:
        """Reads the revisions of the shown patient and of every patient the history
        touches; if someone else moved one, clears the history and says so.

        Returns whether the history was cleared.
        """
        moved: set[int] = set()
        for pid in {patient_id, *self._stack_patients()} - {None}:
            assert pid is not None
            revision = self._read(pid)
            known = self._known.get(pid)
            if revision is None:
                self._known.pop(pid, None)
            else:
                self._known[pid] = revision
            if known is not None and known != revision:
                moved.add(pid)
        if not moved or self.stack.count() == 0:
            return False
        # Later, not now: this may run inside a command's undo (a refused save reloads
        # the plan), and a stack must not delete the command it is running.
        QTimer.singleShot(0, self.stack.clear)
        self.last_message = tr(
            "The plan of {name} was changed elsewhere (another workstation or the command "
            "line). The undo history was cleared, so Undo cannot take back that change."
        ).format(name=name if name and patient_id in moved else tr("a patient"))
        self.cleared.emit(self.last_message)
        return True


__all__ = ["RevisionWatch"]
