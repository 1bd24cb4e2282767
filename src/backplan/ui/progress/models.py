"""The Progress section's two tables as Qt item models: adherence and "what helped".

Models rather than item widgets, so that they are checked by ``qtmodeltester`` and
read by screen readers cell by cell. The numbers come from ``reports.progress``,
the same functions the clinician report uses, so the window and the paper agree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from backplan.reports.progress import HelpedRow

from .summary import number, signed

AnyIndex = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgressModels", text)


class _TableModel(QAbstractTableModel):
    """Plain rows of cells, with a header and a tooltip per column."""

    # Counted once: the views ask for it for every cell they paint, and building the
    # translated headers each time was most of the cost of repainting the tables.
    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cells: list[list[str]] = []
        self._tips: list[list[str | None]] = []

    def headers(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = self.headers()
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers[section][0]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return headers[section][1]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == 0:
            # The names' column is the one that narrows: centred, a title wider than
            # it lost both ends ("tivity or medici"); from the left it keeps its start.
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._cells) and 0 <= column < self.columnCount()):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column == 0 else _RIGHT
        return None

    def _set(self, cells: list[list[str]], tips: list[list[str | None]]) -> None:
        self.beginResetModel()
        self._cells = cells
        self._tips = tips
        self.endResetModel()


class AdherenceModel(_TableModel):
    """Per kind: how many past occurrences in the range were done."""

    def headers(self) -> list[tuple[str, str]]:
        return [
            (_tr("What"), _tr("Kind of plan item")),
            (_tr("Done"), _tr("How many were recorded as done")),
            (_tr("Due"), _tr("How many were due in the period, up to now")),
            (_tr("Share"), _tr("Done as a share of those due")),
        ]

    def set_rows(self, rows: list[tuple[str, str, int, int]]) -> None:
        """``(kind, label, done, counted)`` as ``reports.progress.adherence_rows`` gives them."""
        cells: list[list[str]] = []
        tips: list[list[str | None]] = []
        for _kind, label, done, counted in rows:
            share = _tr("none due yet") if counted == 0 else f"{round(100 * done / counted)} %"
            cells.append([_tr(label), str(done), str(counted), share])
            tip = _tr("{0}: {1} of {2} done").format(_tr(label), done, counted)
            tips.append([tip, tip, tip, tip])
        self._set(cells, tips)

    def share(self, row: int) -> str:
        return self._cells[row][3]


HELPED_MIN_DAYS = 5
"""Days with an activity or medicine, and days without, before its means are shown."""


def enough_days(row: HelpedRow) -> bool:
    """Whether a "What helped?" row has enough days on both sides to show its means."""
    return row.n_with >= HELPED_MIN_DAYS and row.n_without >= HELPED_MIN_DAYS


class HelpedModel(_TableModel):
    """Mean pain on days with each activity kind or medicine, against days without."""

    def headers(self) -> list[tuple[str, str]]:
        return [
            (_tr("Activity or medicine"), _tr("A kind of activity, heat, cold, or a medicine")),
            (_tr("With it"), _tr("Mean pain on days it was done (number of days)")),
            (_tr("Without"), _tr("Mean pain on days it was not done (number of days)")),
            (_tr("Difference"), _tr("Mean pain with it minus without; negative means lower")),
        ]

    def set_rows(self, rows: tuple[HelpedRow, ...] | list[HelpedRow]) -> None:
        cells: list[list[str]] = []
        tips: list[list[str | None]] = []
        for row in rows:
            label = _tr(row.label)
            if not enough_days(row):
                # A mean over two or three days says nothing: no numbers until there are
                # HELPED_MIN_DAYS days with it and as many without.
                cells.append([label, _tr("not enough days yet"), "", ""])
                tip = _tr(
                    "{0}: {1} days with it and {2} without so far; the means show from "
                    "{3} days of each."
                ).format(label, row.n_with, row.n_without, HELPED_MIN_DAYS)
                tips.append([tip, tip, tip, tip])
                continue
            with_text = self._mean(row.mean_with, row.n_with)
            without_text = self._mean(row.mean_without, row.n_without)
            diff = row.difference
            diff_text = "–" if diff is None else signed(diff)
            cells.append([label, with_text, without_text, diff_text])
            tip = _tr(
                "{0}: mean pain {1} on {2} days with it, {3} on {4} days without. "
                "This shows association, not cause."
            ).format(
                label,
                "–" if row.mean_with is None else number(row.mean_with),
                row.n_with,
                "–" if row.mean_without is None else number(row.mean_without),
                row.n_without,
            )
            tips.append([tip, tip, tip, tip])
        self._set(cells, tips)

    @staticmethod
    def _mean(mean: float | None, n: int) -> str:
        if mean is None:
            return _tr("– (n={0})").format(n)
        return _tr("{0} (n={1})").format(number(mean), n)


__all__ = ["AdherenceModel", "HelpedModel"]
