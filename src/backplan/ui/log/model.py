"""The pain log as a Qt table model, for the Log section's history.

A model over the service's results rather than a table of item widgets, so that the
view sorts through a ``QSortFilterProxyModel`` (by the real value, not the text: 10
sorts after 9, and times sort as instants) and so that ``qtmodeltester`` can hold it
to Qt's rules. Times are shown in the patient's zone, the one their day is lived in.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QBrush, QFont

from backplan.domain.model import LogEntry

from ..common.log_labels import join_labels
from ..common.theme import error_color

AnyIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    WHEN = 0
    PAIN = 1
    WORST = 2
    SPASM = 3
    SLEEP = 4
    WALKING = 5
    PSFS = 6
    LOCATIONS = 7
    SIDE_EFFECTS = 8
    RED_FLAGS = 9
    NOTE = 10


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogTableModel", text)


def _headers() -> dict[Column, tuple[str, str]]:
    """(short header, longer description for tooltips and screen readers)."""
    return {
        Column.WHEN: (_tr("When"), _tr("Date and time of the entry")),
        Column.PAIN: (_tr("Pain"), _tr("Pain now, 0 (none) to 10 (worst imaginable)")),
        Column.WORST: (_tr("Worst"), _tr("Worst pain in the last 24 hours, 0-10")),
        Column.SPASM: (_tr("Spasm"), _tr("Muscle spasm, 0 (none) to 10")),
        Column.SLEEP: (_tr("Sleep"), _tr("Sleep last night, 0 (very badly) to 10 (very well)")),
        Column.WALKING: (_tr("Walk (min)"), _tr("Longest comfortable walk, in minutes")),
        Column.PSFS: (_tr("PSFS"), _tr("Average of the Patient-Specific Functional Scale scores")),
        Column.LOCATIONS: (_tr("Where"), _tr("Where it hurt")),
        Column.SIDE_EFFECTS: (_tr("Side effects"), _tr("Side effects noticed")),
        Column.RED_FLAGS: (_tr("Warning signs"), _tr("Red flags recorded")),
        Column.NOTE: (_tr("Note"), _tr("Your note")),
    }


def to_qdatetime(moment: datetime) -> QDateTime:
    """A wall-clock QDateTime showing ``moment`` as it reads on its own clock."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


def datetime_format() -> str:
    """Weekday, day, month by name and year, then the time on the 24-hour clock.

    "11 11 2026" or "11/12/2026" read differently in different countries; a month
    name never does, and QLocale still writes it in the person's language. The time
    is written as everywhere else in the window (Today, reminders: ``fmt.hhmm``), so
    one dose never reads "20:08" in one place and "8:08 pm" in another.
    """
    return "ddd d MMM yyyy, HH:mm"


def format_moment(moment: datetime) -> str:
    return QLocale().toString(to_qdatetime(moment), datetime_format())


class LogTableModel(QAbstractTableModel):
    """Rows of ``(entry id, LogEntry)``, newest last as the service returns them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, LogEntry]] = []
        self._tz: tzinfo | None = None

    # --- filling -----------------------------------------------------------------

    def set_rows(self, rows: list[tuple[int, LogEntry]], tz: tzinfo | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._tz = tz
        self.endResetModel()

    def entry_id(self, row: int) -> int:
        return self._rows[row][0]

    def entry(self, row: int) -> LogEntry:
        return self._rows[row][1]

    def row_of(self, entry_id: int) -> int | None:
        for row, (eid, _) in enumerate(self._rows):
            if eid == entry_id:
                return row
        return None

    # --- the model interface -----------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        short, long = _headers()[Column(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return short
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return long
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(Column):
            return None
        entry_id, entry = self._rows[index.row()]
        column = Column(index.column())
        if role == ENTRY_ID_ROLE:
            return entry_id
        if role == SORT_ROLE:
            return self._sort_value(entry, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.NOTE and entry.note:
                return entry.note
            if column == Column.PSFS and entry.psfs:
                return "\n".join(f"{name}: {score}" for name, score in entry.psfs)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (Column.WHEN, Column.LOCATIONS, Column.SIDE_EFFECTS, Column.RED_FLAGS, Column.NOTE):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == Column.RED_FLAGS and entry.red_flags:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.RED_FLAGS and entry.red_flags:
            return QBrush(error_color())
        return None

    # --- values ------------------------------------------------------------------

    def _local(self, entry: LogEntry) -> datetime:
        return entry.at.astimezone(self._tz) if self._tz is not None else entry.at

    def _text(self, entry: LogEntry, column: Column) -> str:
        def num(value: int | None) -> str:
            return "" if value is None else str(value)

        if column == Column.WHEN:
            return format_moment(self._local(entry))
        if column == Column.PAIN:
            return str(entry.pain)
        if column == Column.WORST:
            return num(entry.pain_worst)
        if column == Column.SPASM:
            return num(entry.spasm)
        if column == Column.SLEEP:
            return num(entry.sleep)
        if column == Column.WALKING:
            return num(entry.walking_minutes)
        if column == Column.PSFS:
            avg = entry.psfs_average
            return "" if avg is None else QLocale().toString(avg, "f", 1)
        if column == Column.LOCATIONS:
            return join_labels(entry.locations)
        if column == Column.SIDE_EFFECTS:
            return join_labels(entry.side_effects)
        if column == Column.RED_FLAGS:
            return join_labels(entry.red_flags)
        note = entry.note or ""
        first_line = note.splitlines()[0] if note else ""
        return first_line if len(first_line) <= 80 else first_line[:79] + "…"

    def _sort_value(self, entry: LogEntry, column: Column) -> Any:
        # Missing numbers sort before every real value (-1), consistently one type per column.
        def num(value: float | None) -> float:
            return -1.0 if value is None else float(value)

        if column == Column.WHEN:
            return entry.at.timestamp()
        if column == Column.PAIN:
            return float(entry.pain)
        if column == Column.WORST:
            return num(entry.pain_worst)
        if column == Column.SPASM:
            return num(entry.spasm)
        if column == Column.SLEEP:
            return num(entry.sleep)
        if column == Column.WALKING:
            return num(entry.walking_minutes)
        if column == Column.PSFS:
            return num(entry.psfs_average)
        return self._text(entry, column).casefold()


__all__ = ["ENTRY_ID_ROLE", "SORT_ROLE", "Column", "LogTableModel", "format_moment", "to_qdatetime"]
