"""The Progress section's side panel: adherence, what helped, and the PSFS change.

Beside the chart, for the range shown: the share of what was due that was recorded
as done, mean pain on days with and without each activity or medicine (with the
note that this is an association, not a cause), and the activities the patient
chose to measure (PSFS). The panel scrolls instead of squeezing its tables.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backplan.reports.progress import ASSOCIATION_NOTE

from .models import AdherenceModel, HelpedModel
from .results import ProgressResult
from .summary import psfs_sentence

CONTEXT = "ProgressView"  # the section's translation context (its words live in several modules)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SidePanel:
    """The side panel's widgets (children of the section) and how a result fills them.

    :attr:`scroll` is what the section lays out, beside the chart.
    """

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        adherence_box = self._adherence_box()
        helped_box = self._helped_box()
        side = QWidget(owner)
        self.widget = side
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        # The panel is never squeezed below its contents: it scrolls instead.
        side_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        side_layout.addWidget(adherence_box)
        side_layout.addWidget(helped_box)
        side_layout.addStretch(1)
        self.scroll = QScrollArea(owner)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop: its fields are
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(side)
        self.scroll.setMinimumWidth(340)
        self.scroll.setAccessibleName(tr("Adherence and what helped"))

    def _adherence_box(self) -> QGroupBox:
        self.adherence_model = AdherenceModel(self.owner)
        self.adherence_table = self._table(self.adherence_model, tr("Adherence"))
        box = QGroupBox(tr("Adherence in this period"), self.owner)
        layout = QVBoxLayout(box)
        hint = QLabel(tr("Of what was due up to now, the share recorded as done."), box)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.adherence_table)
        return box

    def _helped_box(self) -> QGroupBox:
        self.helped_model = HelpedModel(self.owner)
        self.helped_table = self._table(self.helped_model, tr("What helped"))
        box = QGroupBox(tr("What helped?"), self.owner)
        layout = QVBoxLayout(box)
        hint = QLabel(
            tr(
                "Mean pain on days with each activity or medicine, and on days without it; "
                "n is the number of days. Shown once there are 5 days of each."
            ),
            box,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.helped_table)
        self.association_note = QLabel(tr(ASSOCIATION_NOTE), box)
        self.association_note.setWordWrap(True)
        self.association_note.setStyleSheet("font-style: italic;")
        layout.addWidget(self.association_note)
        self.psfs_label = QLabel(box)
        self.psfs_label.setWordWrap(True)
        self.psfs_label.setAccessibleDescription(tr("PSFS change"))  # named by its text
        psfs_title = QLabel(tr("<b>Activities you chose (PSFS)</b>"), box)
        layout.addWidget(psfs_title)
        layout.addWidget(self.psfs_label)
        return box

    def _table(self, model: Any, name: str) -> QTableView:
        table = QTableView(self.owner)
        table.setModel(model)
        table.setAccessibleName(name)
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        model.modelReset.connect(lambda: fit_table(table))
        return table

    def show(self, result: ProgressResult) -> None:
        """Fills the panel (adherence, what helped, PSFS) from ``result``."""
        self.adherence_model.set_rows(result.adherence)
        self.helped_model.set_rows(result.helped.rows)
        self.association_note.setText(tr(result.helped.note))
        self.psfs_label.setText(psfs_sentence(result.psfs))
        # Lay the panel out now, so no frame shows the grown tables under the old notes.
        for box in self.widget.findChildren(QGroupBox):
            box_layout = box.layout()
            if box_layout is not None:
                box_layout.activate()
        side_layout = self.widget.layout()
        if side_layout is not None:
            side_layout.activate()


def fit_table(table: QTableView) -> None:
    """Shows every row without an inner scroll bar; the side panel scrolls instead."""
    rows = table.model().rowCount()
    height = table.horizontalHeader().height() + 2 * table.frameWidth() + 4
    height += sum(table.rowHeight(r) for r in range(rows)) if rows else 24
    if table.horizontalScrollBar().isVisible():
        height += table.horizontalScrollBar().height()
    table.setFixedHeight(height)


__all__ = ["SidePanel", "fit_table"]
