"""The Progress section's ranges: the presets, and the bar that chooses one above the chart.

A patient picks the days the chart shows with four presets counted back from today
(2 weeks, 3 months, a year, everything) or two dates of their own; the bar also holds
the "working" indicator and the export button, on one line above the chart.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import QButtonGroup, QDateEdit, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ..common.choice_button import ChoiceButton

CONTEXT = "ProgressView"  # the section's translation context, wherever its words live


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Preset(Enum):
    TWO_WEEKS = "2w"
    THREE_MONTHS = "3m"
    YEAR = "1y"
    ALL = "all"
    CUSTOM = "custom"


# How many days back from today (inclusive) each preset shows.
PRESET_DAYS = {Preset.TWO_WEEKS: 14, Preset.THREE_MONTHS: 91, Preset.YEAR: 365}
# The presets drawn ahead of time, so a click on one shows it at once.
DRAWN_AHEAD = (Preset.TWO_WEEKS, Preset.THREE_MONTHS, Preset.YEAR, Preset.ALL)


def preset_range(preset: Preset, today: date) -> tuple[date | None, date | None]:
    """The days a preset shows; ``(None, None)`` means everything (the report's default)."""
    if preset in PRESET_DAYS:
        return today - timedelta(days=PRESET_DAYS[preset] - 1), today
    return None, None


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RangeBar:
    """The line above the chart: presets, the two dates, "working", the export button.

    Not a widget of its own: its widgets are the section's children, laid out in
    :attr:`layout`, so the section looks and reads (to a screen reader) as one.
    ``chose`` is called with a preset clicked, ``dates_changed`` once the dates typed
    have settled (a short pause, so typing a year does not build four charts).
    """

    def __init__(
        self,
        owner: QWidget,
        chose: Callable[[Preset], None],
        dates_changed: Callable[[], None],
        export: Callable[[], None],
    ) -> None:
        self.owner = owner
        self.layout = QHBoxLayout()
        self.group = QButtonGroup(owner)
        self.group.setExclusive(True)
        self.preset_buttons: dict[Preset, ChoiceButton] = {}
        self.layout.addWidget(QLabel(tr("Show:"), owner))
        self._add_presets(chose)
        self.layout.addSpacing(12)
        self.from_edit = self._date_edit(tr("First day shown"))
        self.to_edit = self._date_edit(tr("Last day shown"))
        self._add_dates()
        self.busy = QProgressBar(owner)
        self.busy.setRange(0, 0)  # indeterminate: "working"
        self.busy.setMaximumWidth(140)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(tr("Building the chart"))
        self.busy.setVisible(False)
        self.busy_label = QLabel(tr("Working…"), owner)
        self.busy_label.setVisible(False)
        self.layout.addSpacing(12)
        self.layout.addWidget(self.busy)
        self.layout.addWidget(self.busy_label)
        self.layout.addStretch(1)
        self.export_button = QPushButton(tr("E&xport chart…"), owner)
        self.export_button.setAccessibleName(tr("Export the chart as PDF, PNG or SVG"))
        self.export_button.setToolTip(self.export_button.accessibleName())
        self.export_button.clicked.connect(export)
        self.layout.addWidget(self.export_button)

        self.debounce = QTimer(owner)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(300)
        self.debounce.timeout.connect(dates_changed)
        self.from_edit.dateChanged.connect(lambda _d: self.debounce.start())
        self.to_edit.dateChanged.connect(lambda _d: self.debounce.start())

    def _add_presets(self, chose: Callable[[Preset], None]) -> None:
        labels = {
            Preset.TWO_WEEKS: (tr("&2 weeks"), tr("Show the last 2 weeks")),
            Preset.THREE_MONTHS: (tr("3 &months"), tr("Show the last 3 months")),
            Preset.YEAR: (tr("1 &year"), tr("Show the last year")),
            Preset.ALL: (tr("&All"), tr("Show everything recorded")),
        }
        for preset, (text, name) in labels.items():
            button = ChoiceButton(text, self.owner)  # one range of four: a radio button to the reader
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _checked=False, p=preset: chose(p))
            self.group.addButton(button)
            self.preset_buttons[preset] = button
            self.layout.addWidget(button)

    def _add_dates(self) -> None:
        from_label = QLabel(tr("Fr&om"), self.owner)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(tr("To"), self.owner)
        to_label.setBuddy(self.to_edit)
        for label in (from_label, to_label):
            label.setMinimumWidth(label.sizeHint().width() + 4)
        self.layout.addWidget(from_label)
        self.layout.addWidget(self.from_edit)
        self.layout.addSpacing(6)
        self.layout.addWidget(to_label)
        self.layout.addWidget(self.to_edit)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self.owner)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        return edit

    def dates(self) -> tuple[date, date]:
        """The two dates as typed."""
        return pydate(self.from_edit.date()), pydate(self.to_edit.date())

    def set_dates(self, start: date, end: date) -> None:
        """Shows ``start`` and ``end`` without taking them for a range typed."""
        for edit, value in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)

    def check(self, preset: Preset) -> None:
        """Shows ``preset`` as the one chosen (none for a range of one's own)."""
        if preset in self.preset_buttons:
            self.preset_buttons[preset].setChecked(True)
            return
        self.group.setExclusive(False)
        for button in self.preset_buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)


__all__ = ["DRAWN_AHEAD", "PRESET_DAYS", "Preset", "RangeBar", "preset_range", "pydate", "tr"]
