"""The one base of every undoable change the window makes: :class:`ServiceCommand`.

A dose taken in Today, a pain entry edited in the Log, a record taken back, a plan
edit: each is a ``QUndoCommand`` on the window's one stack, and each does the same
things around its own service call, written once here:

* The change is usually made before the command is pushed (so that a refusal of
  the safety guard reaches the caller as an exception instead of vanishing inside
  ``QUndoStack.push``): then the first ``redo`` does nothing (``done=True``).
* Undo and redo go through the services like any change, and may fail: the record
  was removed from the command line meanwhile, the database went away, the plan was
  changed elsewhere. A failure never escapes into Qt's callback: it is reported
  through ``on_error`` (or was already told by a dialog: :class:`StepFailed`), and a
  command that can no longer be replayed may leave the stack (``drop_on_failure``).
* Every command says whose data it changes (``patient_id``): the undo guard
  (:mod:`.undo_guard`) reads the revisions of every patient the history touches.
* Undo can re-create a record under a new database id; :class:`RecordIds` keeps a
  stable key per record so that older commands on the stack still find it.

A subclass only says what it does (:meth:`ServiceCommand.apply`) and what it undoes
(:meth:`ServiceCommand.revert`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtGui import QUndoCommand

from backplan.services.errors import ServiceError

ErrorHandler = Callable[[str], None]


class StepFailed(Exception):
    """An undo or redo that could not be made and has already told the user why."""


class ServiceCommand(QUndoCommand):
    """One undoable change of a patient's data, made and taken back through the services."""

    #: What a failed step may raise: the service's refusals, a record gone meanwhile.
    failures: ClassVar[tuple[type[Exception], ...]] = (ServiceError, LookupError, ValueError)
    #: Whether a failed step takes the command off the stack (it cannot be replayed).
    drop_on_failure: ClassVar[bool] = False

    def __init__(
        self, text: str, patient_id: int, on_error: ErrorHandler | None = None, *, done: bool = True
    ) -> None:
        super().__init__(text)
        self.patient_id = patient_id
        self.on_error = on_error
        self._skip_redo = done  # the change was made before the push

    def apply(self) -> None:
        """Makes the change (again)."""
        raise NotImplementedError

    def revert(self) -> None:
        """Takes the change back."""
        raise NotImplementedError

    def failure_text(self, exc: Exception) -> str:
        """What the user is told when a step failed with ``exc``."""
        return str(exc)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._attempt(self.apply)

    def undo(self) -> None:
        self._attempt(self.revert)

    def _attempt(self, step: Callable[[], None]) -> None:
        try:
            step()
        except StepFailed:
            self._failed(None)
        except self.failures as exc:
            self._failed(exc)

    def _failed(self, exc: Exception | None) -> None:
        if self.drop_on_failure:
            self.setObsolete(True)
        if exc is not None and self.on_error is not None:
            self.on_error(self.failure_text(exc))


class RecordIds:
    """Stable keys for records whose database id changes when undo re-creates them.

    A key is live while its record exists. The database may hand a deleted record's
    id to a new one, so a deleted record's key is set aside (not matched by id) until
    an undo brings the record back.
    """

    #: The LookupError's message when a key's record is gone.
    gone_message: ClassVar[str] = "that record no longer exists"

    def __init__(self) -> None:
        self._live: dict[int, int] = {}
        self._next = 1

    def key_for(self, record_id: int) -> int:
        """The key of the record that now has ``record_id`` (a new key the first time)."""
        for key, current in self._live.items():
            if current == record_id:
                return key
        key = self._next
        self._next += 1
        self._live[key] = record_id
        return key

    def current(self, key: int) -> int:
        try:
            return self._live[key]
        except KeyError:
            raise LookupError(self.gone_message) from None

    def moved(self, key: int, new_id: int) -> None:
        self._live[key] = new_id

    def gone(self, key: int) -> None:
        self._live.pop(key, None)


__all__ = ["ErrorHandler", "RecordIds", "ServiceCommand", "StepFailed"]
