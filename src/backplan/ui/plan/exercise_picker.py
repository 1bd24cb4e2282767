"""The exercise picker: the bundled, illustrated library with a search box.

The clinician picks an exercise by its picture and name; the search matches names,
body areas and aims in the window's language as typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ..common.exercise_library import (
    ExerciseLibrary,
    LibraryEntry,
    bundled_library,
    exercise_icon,
    render_picture,
)
from ..common.screen_fit import fit_to_screen
from ..common.widgets import bold, heading, muted, text_label

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanForms", text)


class LibraryModel(QAbstractListModel):
    """The bundled exercises with their thumbnails, for the picker's list."""

    ICON_SIZE = 96
    THUMBNAIL = QSize(144, 72)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, library: ExerciseLibrary, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[LibraryEntry] = list(library)
        self._icons: dict[str, QIcon] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries) or index.column() != 0:
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.purpose
        if role == self.ID_ROLE:
            return entry.id
        return None

    def entry(self, row: int) -> LibraryEntry:
        return self.entries[row]

    def _icon(self, entry: LibraryEntry) -> QIcon:
        """A wide thumbnail: the drawings show a start and an end position side by side."""
        if entry.id not in self._icons:
            pixmap = render_picture(entry, self.THUMBNAIL)
            self._icons[entry.id] = (
                QIcon(pixmap) if pixmap is not None else exercise_icon(entry, self.ICON_SIZE)
            )
        return self._icons[entry.id]


class LibraryFilter(QSortFilterProxyModel):
    """Keeps the exercises whose name, id or purpose has every word typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""

    def set_text(self, text: str) -> None:
        # Qt 6.10 replaced invalidateFilter (deprecated since) with a begin/end pair
        # around the change; older Qt, which the lower bound allows, has only the former.
        if hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            self._text = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._text = text
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        return model.entry(source_row).matches(self._text)


class ExercisePicker(QDialog):
    """Choose an exercise from the illustrated library; search narrows the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Choose an exercise"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.library = bundled_library()
        self.chosen: LibraryEntry | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Choose an exercise"), 2))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search by name or purpose, e.g. hamstring"))
        self.search.setAccessibleName(tr("Search the exercises"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        self.model = LibraryModel(self.library, self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView(self)
        self.list.setAccessibleName(tr("Exercises"))
        self.list.setModel(self.proxy)
        # A list rather than a grid of icons: the full names stay readable at any text size.
        self.list.setIconSize(LibraryModel.THUMBNAIL)
        self.list.setSpacing(2)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        row.addWidget(self.list, 3)
        details = QWidget(self)
        dl = QVBoxLayout(details)
        dl.setContentsMargins(8, 0, 0, 0)
        self.picture = QLabel(details)
        self.picture.setMinimumSize(240, 160)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = bold(text_label())
        self.purpose = text_label()
        self.dose = muted(text_label())
        self.cautions = text_label()
        for widget in (self.picture, self.name, self.purpose, self.dose, self.cautions):
            dl.addWidget(widget)
        dl.addStretch(1)
        details.setMinimumWidth(280)
        row.addWidget(details, 2)
        layout.addLayout(row, 1)
        self.empty = muted(text_label(tr("No exercise matches; try fewer words, or add a custom exercise.")))
        self.empty.hide()
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("&Add this exercise"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self._choose)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._filter)
        self.list.selectionModel().currentChanged.connect(self._show_current)
        self.list.doubleClicked.connect(lambda _index: self._choose())
        fit_to_screen(self, 860, 620)
        self.select(0)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.empty.setVisible(self.proxy.rowCount() == 0)
        self.select(0)

    def select(self, row: int) -> None:
        if 0 <= row < self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(row, 0))
        else:
            self._show_entry(None)

    def select_id(self, exercise_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(LibraryModel.ID_ROLE) == exercise_id:
                self.select(row)
                return True
        return False

    def current_entry(self) -> LibraryEntry | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self.model.entry(self.proxy.mapToSource(index).row())

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_entry(self.current_entry())

    def _show_entry(self, entry: LibraryEntry | None) -> None:
        self.ok.setEnabled(entry is not None)
        if entry is None:
            for label in (self.name, self.purpose, self.dose, self.cautions):
                label.clear()
            self.picture.clear()
            return
        pixmap = render_picture(entry, QSize(240, 160))
        if pixmap is not None:
            self.picture.setPixmap(pixmap)
        else:
            self.picture.clear()
        self.name.setText(entry.name)
        self.purpose.setText(entry.purpose)
        self.dose.setText(
            tr("Typical: {dose} ({source})").format(dose=entry.typical_dose, source=entry.source)
        )
        self.cautions.setText("\n".join("⚠ " + c for c in entry.cautions))

    def _choose(self) -> None:
        self.chosen = self.current_entry()
        if self.chosen is not None:
            self.accept()
