"""The Plan section's activities, heat and cold, and the selected activity's exercises.

The table of activities with Add / Edit / Delete (the activity form,
:mod:`.activity_form`), the exercises of the selected activity with their pictures,
and Start routine, which asks the window to play them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, QSize, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from backplan.domain.model import Activity

from ..common import formatting as fmt
from ..common.widgets import FittedTable, heading, muted, text_label
from .editing import PlanEditing, buttons_row, without
from .models import ActivitiesModel, ExercisesModel

if TYPE_CHECKING:
    # The editor's forms and dialogs are imported where they open: a start that only
    # shows the plan need not load them.
    from .activity_form import ActivityForm


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanView", text)


class ActivitiesPage(PlanEditing):
    """The activities of the plan, their exercises, and their editing."""

    def _build_activities(self, page: QWidget, layout: QVBoxLayout) -> None:
        self.activities_model = ActivitiesModel(self)
        self.exercises_model = ExercisesModel(self)
        layout.addWidget(heading(tr("Activities, heat and cold"), 2))
        self.activities_view = FittedTable(tr("Activities"))
        self.activities_view.setModel(self.activities_model)
        self.activities_view.setAccessibleDescription(tr("Select an activity to see its exercises below."))
        layout.addWidget(self.activities_view)
        self.activities_view.selectionModel().selectionChanged.connect(self._activity_selected)
        self.activities_view.doubleClicked.connect(lambda _index: self.edit_activity())
        row, self.activity_buttons = buttons_row(
            page,
            (tr("Add a&ctivity…"), self.add_activity),
            (tr("Edit ac&tivity…"), self.edit_activity),
            (tr("Delete activity"), self.delete_activity),
        )
        layout.addLayout(row)
        self._build_exercises(page, layout)

    def _build_exercises(self, page: QWidget, layout: QVBoxLayout) -> None:
        self.exercises_heading = heading(tr("Exercises"), 3)
        layout.addWidget(self.exercises_heading)
        self.exercises_hint = muted(text_label(tr("Select an activity above to see its exercises.")))
        layout.addWidget(self.exercises_hint)
        self.exercises_view = FittedTable(tr("Exercises"))
        size = ExercisesModel.THUMBNAIL_SIZE
        self.exercises_view.setIconSize(QSize(size * 2, size))
        self.exercises_view.setModel(self.exercises_model)
        layout.addWidget(self.exercises_view)
        self.routine_button = QPushButton(tr("&Start routine…"), page)
        self.routine_button.setAccessibleDescription(
            tr("Play the selected activity's exercises one at a time, then record it as done")
        )
        self.routine_button.setAutoDefault(False)
        self.routine_button.clicked.connect(self.start_routine)
        layout.addWidget(self.routine_button, 0, Qt.AlignmentFlag.AlignLeft)

    def selected_activity(self) -> Activity | None:
        rows = self.activities_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.activities_model.row_value(rows[0].row())

    def select_activity(self, row: int) -> None:
        self.activities_view.selectRow(row)
        self._show_exercises(self.activities_model.row_value(row))

    def _activity_selected(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._show_exercises(self.selected_activity())

    def _show_exercises(self, activity: Activity | None) -> None:
        exercises = activity.exercises if activity is not None else ()
        self.exercises_model.set_rows(exercises)
        if activity is None:
            self.exercises_heading.setText(tr("Exercises"))
            self.exercises_hint.setText(tr("Select an activity above to see its exercises."))
        else:
            self.exercises_heading.setText(
                tr("Exercises in “{title}”").format(title=fmt.isolate(activity.title))
            )
            self.exercises_hint.setText(tr("This activity has no exercises listed."))
        self.exercises_hint.setVisible(not exercises)
        self.exercises_view.setVisible(bool(exercises))
        self.routine_button.setVisible(bool(exercises))
        self._fit(self.exercises_view)

    def start_routine(self) -> None:
        """Asks the window to play the selected activity's routine."""
        activity = self.selected_activity()
        if activity is not None and activity.exercises:
            self.routine_requested.emit(activity.id)

    def add_activity(self) -> ActivityForm | None:
        from .activity_form import ActivityForm

        if self.document is None:
            return None
        plan = self.document.plan
        form = ActivityForm(
            self._context("activities", None),
            plan.start,
            self._taken_ids(),
            default_end=plan.end,
            parent=self,
        )

        def done() -> None:
            state = self.state()
            act: Activity = form.value
            self.apply(
                replace(state, activities=(*state.activities, act)),
                tr("Add {title}").format(title=fmt.isolate(act.title)),
            )

        form.accepted.connect(done)
        self._show_form(form)
        return form

    def edit_activity(self, row: int | None = None) -> ActivityForm | None:
        from .activity_form import ActivityForm

        row = self._selected_row(self.activities_view) if row is None else row
        if self.document is None or row is None:
            return None
        current = self.document.activities[row]
        plan = self.document.plan
        form = ActivityForm(
            self._context("activities", row), plan.start, self._taken_ids(current.id), current,
            default_end=plan.end, parent=self,
        )  # fmt: skip

        def done() -> None:
            state = self.state()
            acts = list(state.activities)
            acts[row] = form.value
            self.apply(
                replace(state, activities=tuple(acts)),
                tr("Edit {title}").format(title=fmt.isolate(current.title)),
            )

        form.accepted.connect(done)
        self._show_form(form)
        return form

    def delete_activity(self, row: int | None = None) -> bool:
        row = self._selected_row(self.activities_view) if row is None else row
        if self.document is None or row is None:
            return False
        title = fmt.isolate(self.document.activities[row].title)
        return self._remove(
            tr("Delete activity?"),
            tr("Delete {title} from the plan? Its records stay in the log; you can undo this.").format(
                title=title
            ),
            lambda state: replace(state, activities=without(state.activities, row)),
            tr("Delete {title}").format(title=title),
        )
