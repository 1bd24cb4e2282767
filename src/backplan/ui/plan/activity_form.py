"""The plan editor's activity form, its exercise prescriptions and the exercise picker.

An activity (a therapy session, stretches, a walk) carries its schedule, the heat
before and cold after it, and the exercises done in it. Exercises come from the
bundled, illustrated library (a picker with thumbnails and a search box) or are
written by the clinician as a custom exercise with its own instructions. Each form
checks with the codec's rules as it is typed (see :mod:`backplan.ui.plan.form_base`);
heat or cold above 20 minutes is accepted with the codec's own warning shown beside
the field, and above 30 cannot be entered.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backplan.domain import codec
from backplan.domain.model import Activity, ActivityKind, ExercisePrescription, PlanDocument

from ..common import formatting as fmt
from ..common.exercise_library import LibraryEntry, bundled_library
from ..common.screen_fit import fit_to_screen
from ..common.widgets import muted, text_label
from .exercise_form import ExerciseForm
from .exercise_picker import ExercisePicker
from .form_base import (
    Context,
    DerivedId,
    ValidatingForm,
    date_edit,
    line_edit,
    optional_spin,
    pydate,
    qdate,
    slug,
    text_edit,
    unique_id,
)
from .models import ExercisesModel
from .schedule_editor import ScheduleEditor


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanForms", text)


# --- the activity ----------------------------------------------------------------------------


class ActivityForm(ValidatingForm):
    """An activity of the plan (or of the flare-up plan, without dates)."""

    def __init__(
        self,
        context: Context,
        default_start: date,
        taken_ids: set[str],
        activity: Activity | None = None,
        *,
        flare_up: bool = False,
        default_end: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Edit activity") if activity else tr("Add an activity"), None, parent)
        self.context = context
        self.flare_up = flare_up
        self.taken_ids = taken_ids
        self._keeps_id = activity is not None
        self.exercises: list[ExercisePrescription] = list(activity.exercises) if activity else []
        self.open_form: QDialog | None = None
        fit_to_screen(self, 700, 780)

        self.title_edit = line_edit(self, tr("Activity title"))
        self.item_id = DerivedId()  # made from the title; kept once records point at it
        self.add_row(tr("&Title:"), self.title_edit, "title", "id")
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(tr("Kind of activity"))
        for kind in ActivityKind:
            self.kind.addItem(fmt.kind_text(kind), kind.value)
        self.add_row(tr("&Kind:"), self.kind, "kind")
        self.schedule = ScheduleEditor(False, default_start, self)
        self.add_row(tr("&Schedule:"), self.schedule, "schedule")
        self.duration = QSpinBox(self)
        self.duration.setRange(1, 480)
        self.duration.setValue(30)
        self.duration.setSuffix(tr(" min"))
        self.duration.setAccessibleName(tr("Duration in minutes"))
        self.add_row(tr("D&uration:"), self.duration, "duration_minutes")
        self._build_dates(default_start, default_end, flare_up)
        self.location = line_edit(self, tr("Location"), max_len=10_000)
        self.add_row(tr("&Location:"), self.location, "location")
        self.heat = optional_spin(self, tr("Heat before, minutes"), 30, tr("no heat"), None)
        self.heat.setSuffix(tr(" min"))
        self.heat.setToolTip(tr("A heat application that ends when the activity starts (1-30 minutes)."))
        self.add_row(tr("&Heat before:"), self.heat, "heat_before_minutes")
        self.cold = optional_spin(self, tr("Cold after, minutes"), 30, tr("no cold"), None)
        self.cold.setSuffix(tr(" min"))
        self.cold.setToolTip(tr("A cold application that starts when the activity ends (1-30 minutes)."))
        self.add_row(tr("&Cold after:"), self.cold, "cold_after_minutes")
        self.notes = text_edit(self, tr("Notes"), lines=2)
        self.add_row(tr("N&otes:"), self.notes, "notes")

        self._build_exercises()

        if activity is not None:
            self._load(activity)
        self._refresh_exercises()
        self.title_edit.textChanged.connect(self._suggest_id)
        self.add_library_button.clicked.connect(self.pick_exercise)
        self.add_custom_button.clicked.connect(self.add_custom_exercise)
        self.edit_exercise_button.clicked.connect(self.edit_exercise)
        self.remove_exercise_button.clicked.connect(self.remove_exercise)
        self.up_button.clicked.connect(lambda: self.move_exercise(-1))
        self.down_button.clicked.connect(lambda: self.move_exercise(1))
        self.exercises_view.doubleClicked.connect(lambda _index: self.edit_exercise())
        self.watch(
            self.title_edit, self.kind, self.schedule, self.duration, self.start, self.has_end,
            self.end, self.location, self.heat, self.cold, self.notes,
        )  # fmt: skip
        self.start_checking()

    def _build_dates(self, default_start: date, default_end: date | None, flare_up: bool) -> None:
        """The first day and an optional last day; none in a flare-up plan."""
        self.start = date_edit(self, default_start, tr("First day"))
        end_box = QWidget(self)
        end_row = QHBoxLayout(end_box)
        end_row.setContentsMargins(0, 0, 0, 0)
        self.has_end = QCheckBox(tr("Ends on"), end_box)
        self.end = date_edit(end_box, default_end or default_start, tr("Last day"))
        self.end.setEnabled(False)
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end)
        end_row.addWidget(muted(text_label(tr("(otherwise with the plan)"))), 1)
        self.has_end.toggled.connect(self.end.setEnabled)
        if not flare_up:
            self.add_row(tr("S&tarts on:"), self.start, "start")
            self.add_row(tr("Last day:"), end_box, "end")
        else:
            self.start.hide()
            end_box.hide()

    def _build_exercises(self) -> None:
        """The activity's exercises, with the buttons that add, edit, remove and order them."""
        ex_box = QWidget(self)
        ex_layout = QVBoxLayout(ex_box)
        ex_layout.setContentsMargins(0, 0, 0, 0)
        self.exercises_model = ExercisesModel(self)
        self.exercises_view = QTableView(ex_box)
        self.exercises_view.setModel(self.exercises_model)
        self.exercises_view.setAccessibleName(tr("Exercises of this activity"))
        self.exercises_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exercises_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.exercises_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exercises_view.verticalHeader().hide()
        self.exercises_view.horizontalHeader().setStretchLastSection(True)
        self.exercises_view.setIconSize(
            QSize(ExercisesModel.THUMBNAIL_SIZE * 2, ExercisesModel.THUMBNAIL_SIZE)
        )
        self.exercises_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        ex_layout.addWidget(self.exercises_view)
        buttons = QHBoxLayout()
        self.add_library_button = QPushButton(tr("Add from &library…"), ex_box)
        self.add_custom_button = QPushButton(tr("Add c&ustom…"), ex_box)
        self.edit_exercise_button = QPushButton(tr("Edit…"), ex_box)
        self.remove_exercise_button = QPushButton(tr("Remove"), ex_box)
        self.up_button = QPushButton(tr("Up"), ex_box)
        self.down_button = QPushButton(tr("Down"), ex_box)
        for button in (
            self.add_library_button, self.add_custom_button, self.edit_exercise_button,
            self.remove_exercise_button, self.up_button, self.down_button,
        ):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        ex_layout.addLayout(buttons)
        self.add_row(tr("Exercises:"), ex_box, "exercises")

    def _load(self, act: Activity) -> None:
        self.title_edit.setText(act.title)
        self.item_id.setText(act.id)
        self.kind.setCurrentIndex(self.kind.findData(act.kind.value))
        self.schedule.set_schedule(act.schedule)
        self.duration.setValue(act.duration_minutes)
        if act.start is not None:
            self.start.setDate(qdate(act.start))
        if act.end is not None:
            self.has_end.setChecked(True)
            self.end.setDate(qdate(act.end))
        self.location.setText(act.location or "")
        self.heat.setValue(act.heat_before_minutes or 0)
        self.cold.setValue(act.cold_after_minutes or 0)
        self.notes.setPlainText(act.notes or "")

    def _suggest_id(self, text: str) -> None:
        if not self._keeps_id:
            self.item_id.setText(unique_id(slug(text), self.taken_ids, "activity"))

    # --- exercises --------------------------------------------------------------------

    def _refresh_exercises(self, select: int | None = None) -> None:
        self.exercises_model.set_rows(self.exercises)
        self.exercises_view.resizeColumnsToContents()
        self.exercises_view.resizeRowsToContents()
        if select is not None and 0 <= select < len(self.exercises):
            self.exercises_view.selectRow(select)

    def _selected(self) -> int | None:
        index = self.exercises_view.currentIndex()
        return index.row() if index.isValid() else None

    def pick_exercise(self) -> ExercisePicker:
        picker = ExercisePicker(self)

        def chosen() -> None:
            if picker.chosen is not None:
                self.open_exercise_form(picker.chosen.id, None, None, picker.chosen)

        picker.accepted.connect(chosen)
        picker.open()
        self.open_form = picker
        return picker

    def add_custom_exercise(self) -> ExerciseForm:
        return self.open_exercise_form("custom", None, None, None)

    def edit_exercise(self) -> ExerciseForm | None:
        row = self._selected()
        if row is None:
            return None
        current = self.exercises[row]
        entry = bundled_library().get(current.exercise) if current.exercise != "custom" else None
        return self.open_exercise_form(current.exercise, current, row, entry)

    def open_exercise_form(
        self,
        exercise_id: str,
        prescription: ExercisePrescription | None,
        row: int | None,
        entry: LibraryEntry | None,
    ) -> ExerciseForm:
        form = ExerciseForm(exercise_id, prescription, entry, self)

        def done() -> None:
            if row is None:
                self.exercises.append(form.value)
                self._refresh_exercises(len(self.exercises) - 1)
            else:
                self.exercises[row] = form.value
                self._refresh_exercises(row)
            self.revalidate()

        form.accepted.connect(done)
        form.open()
        self.open_form = form
        return form

    def remove_exercise(self) -> None:
        row = self._selected()
        if row is not None:
            del self.exercises[row]
            self._refresh_exercises(min(row, len(self.exercises) - 1))
            self.revalidate()

    def move_exercise(self, step: int) -> None:
        row = self._selected()
        if row is None or not 0 <= row + step < len(self.exercises):
            return
        self.exercises[row], self.exercises[row + step] = self.exercises[row + step], self.exercises[row]
        self._refresh_exercises(row + step)
        self.revalidate()

    # --- checking ---------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.item_id.text().strip(),
            "kind": self.kind.currentData(),
            "title": self.title_edit.text().strip(),
            "schedule": self.schedule.to_json(),
            "duration_minutes": self.duration.value(),
        }
        if not self.flare_up:
            data["start"] = pydate(self.start.date()).isoformat()
            if self.has_end.isChecked():
                data["end"] = pydate(self.end.date()).isoformat()
        if self.location.text().strip():
            data["location"] = self.location.text().strip()
        if self.exercises:
            data["exercises"] = [codec.exercise_to_json(e) for e in self.exercises]
        if self.heat.value():
            data["heat_before_minutes"] = self.heat.value()
        if self.cold.value():
            data["cold_after_minutes"] = self.cold.value()
        if self.notes.toPlainText().strip():
            data["notes"] = self.notes.toPlainText().strip()
        return data

    def build(self) -> Activity:
        warnings = codec.Warnings()
        activity = codec.parse_activity(self.to_json(), "", flare_up=self.flare_up, warnings=warnings)
        self.warnings = list(warnings)
        return activity

    def candidate(self, value: Activity) -> tuple[PlanDocument, str]:
        return self.context(value)


__all__ = ["ActivityForm"]
