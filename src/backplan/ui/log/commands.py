"""Undoable changes to the pain log: record, edit and delete an entry.

Every change goes through the service (``record_log`` / ``update_log`` /
``delete_log``) and its inverse, so undo works the same whether it is pressed in the
Log section or in the window's Edit menu. Deleting and then undoing puts the entry
back under a new database id; :class:`LogIds` keeps a stable key per entry so that
older commands on the stack still find it. The plumbing (the first redo already done,
a failure reported, not raised) is :class:`~backplan.ui.common.undo.ServiceCommand`'s.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backplan.domain.model import LogEntry
from backplan.services.backplan_service import Backplan

from ..common.undo import ErrorHandler, RecordIds, ServiceCommand
from .model import format_moment


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogCommands", text)


class LogIds(RecordIds):
    """Stable keys for log entries whose database id changes when undo re-creates them."""

    gone_message = "that log entry no longer exists"


class _LogCommand(ServiceCommand):
    """A change of one entry, known by its stable key in :class:`LogIds`.

    A step that fails (the entry was changed elsewhere: the command line, another
    window) can no longer be replayed, so the command leaves the stack rather than
    raise in Qt, and says so.
    """

    failures = (Exception,)
    drop_on_failure = True

    def __init__(
        self,
        services: Backplan,
        patient_id: int,
        ids: LogIds,
        entry_id: int,
        text: str,
        on_error: ErrorHandler | None,
    ) -> None:
        super().__init__(text, patient_id, on_error)
        self._services = services
        self._ids = ids
        self._key = ids.key_for(entry_id)

    def failure_text(self, exc: Exception) -> str:
        return _tr("That step could not be undone or redone: {0}").format(exc)

    def _record(self, entry: LogEntry) -> None:
        self._ids.moved(self._key, self._services.record_log(self.patient_id, entry))

    def _delete(self) -> None:
        self._services.delete_log(self._ids.current(self._key))
        self._ids.gone(self._key)


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
        super().__init__(services, patient_id, ids, entry_id, text, on_error)
        self._entry = entry

    def apply(self) -> None:
        self._record(self._entry)

    def revert(self) -> None:
        self._delete()


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
        super().__init__(services, patient_id, ids, entry_id, text, on_error)
        self._before = before
        self._after = after

    def _write(self, entry: LogEntry) -> None:
        self._services.update_log(self.patient_id, self._ids.current(self._key), entry)

    def apply(self) -> None:
        self._write(self._after)

    def revert(self) -> None:
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
        super().__init__(services, patient_id, ids, entry_id, text, on_error)
        self._entry = entry
        ids.gone(self._key)  # the entry was deleted before the command was pushed

    def apply(self) -> None:
        self._delete()

    def revert(self) -> None:
        self._record(self._entry)


__all__ = ["DeleteLogCommand", "LogIds", "RecordLogCommand", "UpdateLogCommand"]
