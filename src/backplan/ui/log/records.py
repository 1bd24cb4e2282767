"""The Log's doses and activities: what was taken and done, each removable.

The pain log shows what a patient wrote down; this shows what they recorded with the
buttons (a dose taken, an as-needed dose, an activity done or skipped, heat and cold,
a flare-up started), newest first, so that a dose pressed by mistake can be seen and
taken back. Taking back goes through ``services.remove_event``: the record is marked
removed (``events[].removed``), kept for the clinician and the exports, and counts
for nothing from then on; Edit > Undo records it again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backplan.domain.model import COLD_SUFFIX, FLARE_UP_ITEM, HEAT_SUFFIX, Event, EventStatus, PlanDocument
from backplan.services.backplan_service import Backplan

from ..common import formatting as fmt
from ..common.undo import ErrorHandler, ServiceCommand

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("LogRecords", text)


def item_titles(doc: PlanDocument) -> dict[str, str]:
    """What each item id of the plan is called, heat and cold included."""
    titles: dict[str, str] = {m.id: m.name for m in doc.all_medications()}
    for activity in doc.all_activities():
        titles[activity.id] = activity.title
        titles[activity.id + HEAT_SUFFIX] = tr("Heat before {title}").format(title=activity.title)
        titles[activity.id + COLD_SUFFIX] = tr("Cold after {title}").format(title=activity.title)
    titles[FLARE_UP_ITEM] = tr("Flare-up plan")
    return titles


def record_text(event: Event, medicine: bool) -> str:
    """The state of a record as a patient says it: "Taken", "Done, pain 6 → 3"."""
    if event.status is EventStatus.DONE:
        text = tr("Taken") if medicine else tr("Done")
    elif event.status is EventStatus.SKIPPED:
        text = tr("Skipped")
    else:
        text = tr("Missed")
    if event.pain_before is not None or event.pain_after is not None:
        text += ", " + tr("pain {before} → {after}").format(
            before="–" if event.pain_before is None else event.pain_before,
            after="–" if event.pain_after is None else event.pain_after,
        )
    if event.override_reason:
        text += ", " + tr("recorded anyway: {reason}").format(reason=event.override_reason)
    return text


class RecordsModel(QAbstractTableModel):
    """The patient's records (those still standing), newest first."""

    HEADERS = ("When", "What", "Recorded")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[int, Event, str, str, str]] = []  # id, event, when, what, text

    def set_rows(
        self, records: Sequence[tuple[int, Event]], titles: dict[str, str], medicines: set[str], tz: tzinfo
    ) -> None:
        self.beginResetModel()
        standing = [(i, e) for i, e in records if e.counts]
        standing.sort(key=lambda pair: pair[1].sort_key, reverse=True)
        self.rows = [
            (i, e, _when(e.sort_key, tz), titles.get(e.item, e.item), record_text(e, e.item in medicines))
            for i, e in standing
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if not index.isValid() or role not in shown:
            return None
        return self.rows[index.row()][2 + index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None


def _when(moment: datetime, tz: tzinfo) -> str:
    local = moment.astimezone(tz)
    return f"{fmt.day_text(local.date(), False)} {fmt.hhmm(local)}"


class RemoveRecord(ServiceCommand):
    """Takes a record back (marked removed); undo records it again.

    Unlike a dose recorded in Today, the removal is made by the push (the first redo).
    """

    def __init__(
        self, services: Backplan, patient_id: int, event_id: int, text: str, on_error: ErrorHandler
    ) -> None:
        super().__init__(text, patient_id, on_error, done=False)
        self.services = services
        self.event_id: int | None = event_id
        self.event: Event | None = None

    def apply(self) -> None:
        event_id, self.event_id = self.event_id, None
        if event_id is not None:
            self.event = self.services.remove_event(event_id, tr("removed in the Log"))

    def revert(self) -> None:
        if self.event is not None:
            self.event_id = self.services.restore_event(self.patient_id, self.event)


class RecordsPanel(QGroupBox):
    """The doses and activities recorded, with a Remove button."""

    def __init__(
        self,
        services: Backplan,
        undo_stack: Callable[[], QUndoStack],
        confirm: Callable[[str, str], bool],
        say: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Doses and activities"), parent)
        self.services = services
        self._undo_stack = undo_stack
        self.confirm = confirm
        self.say = say
        self.patient_id: int | None = None
        self.model = RecordsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("logRecords")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(tr("Doses and activities recorded"))
        self.table.setAccessibleDescription(tr("Newest first. Remove takes the selected record back."))
        self.remove_button = QPushButton(tr("Remove…"), self)
        self.remove_button.setAccessibleName(tr("Remove the selected record"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.count_label = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()

    def set_patient(self, patient_id: int | None, tz: tzinfo) -> None:
        self.patient_id = patient_id
        self.reload(tz)

    def reload(self, tz: tzinfo) -> None:
        if self.patient_id is None:
            self.model.set_rows([], {}, set(), tz)
        else:
            doc = self.services.document(self.patient_id, with_history=False)
            medicines = {m.id for m in doc.all_medications()}
            self.model.set_rows(self.services.events(self.patient_id), item_titles(doc), medicines, tz)
        count = self.model.rowCount()
        self.count_label.setText(tr("1 record") if count == 1 else tr("{n} records").format(n=count))
        self._update()

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update(self) -> None:
        self.remove_button.setEnabled(self.selected_row() is not None)

    def remove_selected(self) -> bool:
        row = self.selected_row()
        if row is None or self.patient_id is None:
            return False
        event_id, _event, when, what, text = self.model.rows[row]
        if not self.confirm(
            tr("Remove this record?"),
            tr("Remove “{what}, {text}” of {when}? It stops counting; Undo puts it back.").format(
                what=what, text=text.lower(), when=when
            ),
        ):
            return False
        self._undo_stack().push(
            RemoveRecord(
                self.services, self.patient_id, event_id, tr("Remove {what}").format(what=what), self.say
            )
        )
        self.say(tr("{what} of {when} removed.").format(what=what, when=when))
        return True


__all__ = ["RecordsModel", "RecordsPanel", "RemoveRecord", "item_titles", "record_text"]
