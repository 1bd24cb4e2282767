"""Undoable changes to the pain log: record, edit and delete an entry.

Every change goes through the service (``record_log`` / ``update_log`` /
``delete_log``) and its inverse, so undo works the same whether it is pressed in the
Log section or in the window's Edit menu. Deleting and then undoing puts the entry
back under a new database id; :class:`LogIds` keeps a stable key per entry so that
older commands on the stack still find it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from backplan.domain.model import LogEntry
from backplan.services.backplan_service import Backplan

from .model import format_moment

ErrorHandler = Callable[[str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogCommands", text)


class LogIds:
    """Stable keys for log entries whose database id changes when undo re-creates them.

    A key is live while its entry exists. The database may hand a deleted entry's id
    to a new one, so a deleted entry's key is set aside (not matched by id) until an
    undo brings the entry back.
    """

    def __init__(self) -> None:
        self._live: dict[int, int] = {}
        self._next = 1

    def key_for(self, entry_id: int) -> int:
        """The key of the entry that now has ``entry_id`` (a new key the first time)."""
        for key, current in self._live.items():
            if current == entry_id:
                return key
        key = self._next
        self._next += 1
        self._live[key] = entry_id
        return key

    def current(self, key: int) -> int:
        try:
            return self._live[key]
        except KeyError:
            raise LookupError("that log entry no longer exists") from None

    def moved(self, key: int, new_id: int) -> None:
        self._live[key] = new_id

    def gone(self, key: int) -> None:
        self._live.pop(key, None)


class _LogCommand(QUndoCommand):
    """Shared plumbing: the first redo already happened when the command was pushed."""

    def __init__(
        self,
        services: Backplan,
        patient_id: int,
        ids: LogIds,
        text: str,
        on_error: ErrorHandler | None,
    ) -> None:
        super().__init__(text)
        self._services = services
        self._patient_id = patient_id
        self._ids = ids
        self._on_error = on_error
        self._done_once = True

    def _fail(self, exc: Exception) -> None:
        # The entry was changed elsewhere (the command line, another window): this step
        # can no longer be replayed, so it leaves the stack rather than raise in Qt.
        self.setObsolete(True)
        if self._on_error is not None:
            self._on_error(_tr("That step could not be undone or redone: {0}").format(exc))


class RecordLogCommand(_LogCommand):
    """A new entry; undo deletes it, redo records it again."""

    def __init__(
        self,
        services: Backplan,
        patient_id: int,
        ids: LogIds,
        entry_id: int,
        entry: LogEntry,
        on_error: ErrorHandler | None = None,
    ) -> None:
        text = _tr("Log entry (pain {0})").format(entry.pain)
        super().__init__(services, patient_id, ids, text, on_error)
        self._key = ids.key_for(entry_id)
        self._entry = entry

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        try:
            new_id = self._services.record_log(self._patient_id, self._entry)
        except Exception as exc:
            self._fail(exc)
            return
        self._ids.moved(self._key, new_id)

    def undo(self) -> None:
        try:
            self._services.delete_log(self._ids.current(self._key))
        except Exception as exc:
            self._fail(exc)
            return
        self._ids.gone(self._key)


class UpdateLogCommand(_LogCommand):
    """An edit of an entry; undo writes back what it was."""

    def __init__(
        self,
        services: Backplan,
        patient_id: int,
        ids: LogIds,
        entry_id: int,
        before: LogEntry,
        after: LogEntry,
        on_error: ErrorHandler | None = None,
    ) -> None:
        text = _tr("Edit log entry of {0}").format(format_moment(before.at))
        super().__init__(services, patient_id, ids, text, on_error)
        self._key = ids.key_for(entry_id)
        self._before = before
        self._after = after

    def _write(self, entry: LogEntry) -> None:
        try:
            self._services.update_log(self._patient_id, self._ids.current(self._key), entry)
        except Exception as exc:
            self._fail(exc)

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)


class DeleteLogCommand(_LogCommand):
    """A deleted entry; undo records it again (under a new id, tracked by LogIds)."""

    def __init__(
        self,
        services: Backplan,
        patient_id: int,
        ids: LogIds,
        entry_id: int,
        entry: LogEntry,
        on_error: ErrorHandler | None = None,
    ) -> None:
        text = _tr("Delete log entry of {0}").format(format_moment(entry.at))
        super().__init__(services, patient_id, ids, text, on_error)
        self._key = ids.key_for(entry_id)
        self._entry = entry
        ids.gone(self._key)  # the entry was deleted before the command was pushed

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        try:
            self._services.delete_log(self._ids.current(self._key))
        except Exception as exc:
            self._fail(exc)
            return
        self._ids.gone(self._key)

    def undo(self) -> None:
        try:
            new_id = self._services.record_log(self._patient_id, self._entry)
        except Exception as exc:
            self._fail(exc)
            return
        self._ids.moved(self._key, new_id)


__all__ = ["DeleteLogCommand", "LogIds", "RecordLogCommand", "UpdateLogCommand"]
