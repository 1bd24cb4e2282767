"""Item models for the Plan section: medicines, activities, and an activity's exercises.

Qt models over plain domain values (never item widgets), so that the views can sort,
the tests can check them with ``qtmodeltester``, and the plan editor can later reuse
them. Each model is read-only: the Plan section shows the plan the clinician set.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from backplan.domain.model import Activity, ExercisePrescription, Medication

from ..common import formatting as fmt
from ..common.library import exercise_name, thumbnail

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanModels", text)


class _Column(Generic[T]):
    def __init__(
        self, title: str, text: Callable[[T], str], tooltip: Callable[[T], str] | None = None
    ) -> None:
        self.title = title
        self.text = text
        self.tooltip = tooltip


class RowsModel(QAbstractTableModel, Generic[T]):
    """A table with one row per value and columns described by functions."""

    columns: Sequence[_Column[T]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_value(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        value = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(value) or None
        return self.extra_data(value, index.column(), role)

    def extra_data(self, value: T, column: int, role: int) -> Any:
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return tr(self.columns[section].title)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class MedicationsModel(RowsModel[Medication]):
    columns = (
        _Column("Medicine", lambda m: m.name, lambda m: m.instructions or ""),
        _Column("Dose", lambda m: m.dose),
        _Column("Schedule", lambda m: fmt.schedule_text(m.schedule)),
        _Column("Course", fmt.course_text),
        _Column("Length", fmt.course_length_text),
    )


class ActivitiesModel(RowsModel[Activity]):
    columns = (
        _Column("Activity", lambda a: a.title, lambda a: a.location or a.notes or ""),
        _Column("Kind", lambda a: fmt.kind_text(a.kind)),
        _Column("Schedule", lambda a: fmt.schedule_text(a.schedule)),
        _Column("Duration", lambda a: fmt.duration_text(a.duration_minutes)),
        _Column("Heat before / cold after", fmt.heat_cold_text),
    )


class ExercisesModel(RowsModel[ExercisePrescription]):
    THUMBNAIL_SIZE = 56

    columns = (
        _Column("Exercise", exercise_name, lambda e: e.custom.instructions if e.custom else ""),
        _Column("Sets x reps", fmt.dose_text),
        _Column("Hold", fmt.hold_text),
        _Column("Side", fmt.side_text),
        _Column("Notes", lambda e: e.notes or ""),
    )

    def extra_data(self, value: ExercisePrescription, column: int, role: int) -> Any:
        if column == 0 and role == Qt.ItemDataRole.DecorationRole:
            return thumbnail(value.exercise, self.THUMBNAIL_SIZE)
        return None
