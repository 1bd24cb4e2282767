"""The schedule editor of the plan's forms: set times, once, as needed, and (under
Advanced) a repeating rule in the iCalendar notation for what the simple shapes cannot say."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backplan.domain.model import (
    AsNeededSchedule,
    OnceSchedule,
    RRuleSchedule,
    Schedule,
    TimesSchedule,
    Weekday,
)

from ..common.widgets import muted, text_label
from .form_base import line_edit, qdate


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanForms", text)


# --- schedules ------------------------------------------------------------------------

WEEKDAY_LABELS = (
    (Weekday.MON, "Mon"),
    (Weekday.TUE, "Tue"),
    (Weekday.WED, "Wed"),
    (Weekday.THU, "Thu"),
    (Weekday.FRI, "Fri"),
    (Weekday.SAT, "Sat"),
    (Weekday.SUN, "Sun"),
)


class ScheduleEditor(QWidget):
    """Every schedule shape of the file format: set times (on some weekdays), a
    repeating rule with a time, once, and (for medicines) as needed."""

    changed = Signal()
    SHAPES = ("times", "rrule", "once", "as_needed")

    def __init__(self, allow_as_needed: bool, default_day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.shape = QComboBox(self)
        self.shape.setAccessibleName(tr("Kind of schedule"))
        self.shape.addItem(tr("At set times of day"), "times")
        self.shape.addItem(tr("Once"), "once")
        if allow_as_needed:
            self.shape.addItem(tr("As needed, within limits"), "as_needed")
        # The iCalendar rule is for a clinician who knows it; a patient never needs it,
        # so it is offered only under the Advanced choice.
        self.advanced = QCheckBox(tr("Ad&vanced"), self)
        self.advanced.setToolTip(tr("Offers a repeating rule in the iCalendar notation"))
        self.advanced.setAccessibleDescription(self.advanced.toolTip())
        self.advanced.toggled.connect(self._advanced_toggled)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.shape, 1)
        top.addWidget(self.advanced)
        layout.addLayout(top)
        self.setFocusProxy(self.shape)  # the row's label names the shape's combo box
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages)

        self._build_times_page()
        self._build_rrule_page()
        self._build_once_page(default_day)
        self._build_needed_page()

        self.shape.currentIndexChanged.connect(self._shape_changed)
        self._fit_page()
        for edit in (self.times, self.rrule, self.rrule_time):
            edit.textChanged.connect(self.changed)
        for box in self.weekdays.values():
            box.toggled.connect(self.changed)
        self.once.dateTimeChanged.connect(self.changed)
        self.min_interval.valueChanged.connect(self.changed)
        self.max_doses.valueChanged.connect(self.changed)

    def _build_times_page(self) -> None:
        """Set times of day, on some weekdays or every day."""
        times_page = QWidget(self)
        tl = QFormLayout(times_page)
        tl.setContentsMargins(0, 0, 0, 0)
        self.times = line_edit(times_page, tr("Times of day"))
        self.times.setPlaceholderText(tr("e.g. 08:00, 20:00"))
        tl.addRow(tr("Times (24-hour):"), self.times)
        days_row = QHBoxLayout()
        self.weekdays: dict[Weekday, QCheckBox] = {}
        for day, label in WEEKDAY_LABELS:
            box = QCheckBox(tr(label), times_page)
            self.weekdays[day] = box
            days_row.addWidget(box)
        days_row.addStretch(1)
        tl.addRow(tr("Only on:"), days_row)
        tl.addRow("", muted(text_label(tr("Leave the days unticked for every day."))))
        self.pages.addWidget(times_page)

    def _build_rrule_page(self) -> None:
        """A repeating rule in the iCalendar notation, with its time of day."""
        rrule_page = QWidget(self)
        rl = QFormLayout(rrule_page)
        rl.setContentsMargins(0, 0, 0, 0)
        self.rrule = line_edit(rrule_page, tr("Recurrence rule"), max_len=1000)
        self.rrule.setPlaceholderText("FREQ=WEEKLY;BYDAY=TU,FR")
        self.rrule_time = line_edit(rrule_page, tr("Time of day"))
        self.rrule_time.setPlaceholderText("10:00")
        rl.addRow(tr("Rule:"), self.rrule)
        rl.addRow(tr("At:"), self.rrule_time)
        self.pages.addWidget(rrule_page)

    def _build_once_page(self, default_day: date) -> None:
        """One date and time."""
        once_page = QWidget(self)
        ol = QFormLayout(once_page)
        ol.setContentsMargins(0, 0, 0, 0)
        self.once = QDateTimeEdit(QDateTime(qdate(default_day), QTime(10, 0)), once_page)
        self.once.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.once.setCalendarPopup(True)
        self.once.setAccessibleName(tr("Date and time"))
        ol.addRow(tr("On:"), self.once)
        self.pages.addWidget(once_page)

    def _build_needed_page(self) -> None:
        """As needed: the least time between doses and the most doses in 24 hours."""
        needed_page = QWidget(self)
        nl = QFormLayout(needed_page)
        nl.setContentsMargins(0, 0, 0, 0)
        # Both start empty and are required: the numbers are the clinician's, never the
        # app's (FACTS.md rule 11). 0 is "not given yet", shown as a blank field.
        self.min_interval = QDoubleSpinBox(needed_page)
        self.min_interval.setRange(0, 168)
        self.min_interval.setDecimals(1)
        self.min_interval.setSingleStep(0.5)
        self.min_interval.setSpecialValueText(" ")
        self.min_interval.setValue(0)
        self.min_interval.setSuffix(tr(" h"))
        self.min_interval.setAccessibleName(tr("Hours between doses, at least"))
        self.max_doses = QSpinBox(needed_page)
        self.max_doses.setRange(0, 48)
        self.max_doses.setSpecialValueText(" ")
        self.max_doses.setValue(0)
        self.max_doses.setAccessibleName(tr("Doses in any 24 hours, at most"))
        nl.addRow(tr("At least this long between doses:"), self.min_interval)
        nl.addRow(tr("At most this many doses in 24 hours:"), self.max_doses)
        self.reference = muted(text_label())  # the label's figures, as reference only
        self.reference.setObjectName("labelReference")
        nl.addRow("", self.reference)
        self.pages.addWidget(needed_page)

    def _shape_changed(self, index: int) -> None:
        current = self.SHAPES.index(self.shape.itemData(index))
        self.pages.setCurrentIndex(current)
        self._fit_page()
        self.changed.emit()

    def _fit_page(self) -> None:
        """The stack as tall as the page shown, not as its tallest page."""
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            assert page is not None
            vertical = (
                QSizePolicy.Policy.Preferred if i == self.pages.currentIndex() else QSizePolicy.Policy.Ignored
            )
            page.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.pages.adjustSize()

    def _advanced_toggled(self, on: bool) -> None:
        index = self.shape.findData("rrule")
        if on and index < 0:
            self.shape.insertItem(1, tr("Repeating rule (iCalendar RRULE) at a time"), "rrule")
            self.shape.setCurrentIndex(1)
        elif not on and index >= 0:
            if self.shape.currentIndex() == index:
                self.shape.setCurrentIndex(self.shape.findData("times"))
            self.shape.removeItem(index)

    def set_shape(self, shape: str) -> None:
        if shape == "rrule":
            self.advanced.setChecked(True)
        self.shape.setCurrentIndex(self.shape.findData(shape))

    def set_schedule(self, schedule: Schedule) -> None:
        if isinstance(schedule, TimesSchedule):
            self.set_shape("times")
            self.times.setText(", ".join(t.strftime("%H:%M") for t in schedule.times))
            for day, box in self.weekdays.items():
                box.setChecked(schedule.weekdays is not None and day in schedule.weekdays)
        elif isinstance(schedule, RRuleSchedule):
            self.set_shape("rrule")
            self.rrule.setText(schedule.rrule)
            self.rrule_time.setText(schedule.time.strftime("%H:%M"))
        elif isinstance(schedule, OnceSchedule):
            self.set_shape("once")
            at = schedule.at
            self.once.setDateTime(QDateTime(qdate(at.date()), QTime(at.hour, at.minute)))
        elif isinstance(schedule, AsNeededSchedule):
            self.set_shape("as_needed")
            self.min_interval.setValue(float(schedule.min_interval_hours))
            self.max_doses.setValue(schedule.max_doses_per_day)

    def to_json(self) -> dict[str, Any]:
        shape = self.shape.currentData()
        if shape == "times":
            out: dict[str, Any] = {"times": [t for t in re.split(r"[,;\s]+", self.times.text()) if t]}
            days = [day.value for day, box in self.weekdays.items() if box.isChecked()]
            if days:
                out["weekdays"] = days
            return out
        if shape == "rrule":
            return {"rrule": self.rrule.text().strip(), "time": self.rrule_time.text().strip()}
        if shape == "once":
            return {"once": self.once.dateTime().toString("yyyy-MM-ddTHH:mm")}
        interval = self.min_interval.value()
        out = {"as_needed": True}
        # A field left empty is left out, so the check says it is required.
        if interval > 0:
            out["min_interval_hours"] = int(interval) if interval.is_integer() else interval
        if self.max_doses.value() > 0:
            out["max_doses_per_day"] = self.max_doses.value()
        return out
