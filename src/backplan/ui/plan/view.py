"""The Plan section: the plan the clinician set, and the editor that changes it.

Shows who the plan is for and who made it, the goals, the medicines and activities
(with each activity's exercises, pictures included), the safety checks of the whole
plan with their sources, and the flare-up plan. It reads everything through the
services and redraws whenever :meth:`refresh` is called (the window calls it when
the data changes, here or from the command line).

The buttons beside each list open the editor's forms (:mod:`backplan.ui.plan.forms`);
every saved change goes through ``services.save_plan`` with the revision last read
and is pushed on the window's undo stack (:mod:`backplan.ui.plan.editor`). The
physiotherapist's workflow lives here too: export the plan for the patient, save it
as a template, start a new patient's plan from a template or from scratch.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backplan.domain.model import Activity, Medication, PlanDocument
from backplan.safety.findings import Finding
from backplan.services.backplan_service import Backplan
from backplan.services.errors import ConflictError, ServiceError

from ..common import formatting as fmt
from ..common.connection import handled, not_saved_text
from ..common.section import Offers
from ..common.undo_guard import RevisionWatch
from ..common.widgets import FittedTable, card, finding_widget, heading, muted, show_added, text_label
from .models import ActivitiesModel, ExercisesModel, MedicationsModel

if TYPE_CHECKING:
    # The editor's forms and dialogs are imported where they open: a start that only
    # shows the plan need not load them.
    from .activity_form import ActivityForm
    from .editor import FromTemplateDialog, PlanState, TemplateNameDialog
    from .forms import FlareUpForm, MedicationForm, PlanDetailsForm, StepDownForm


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanView", text)


PLAN_FILE_FILTER = "backplan plan files (*.backplan.json);;All files (*)"


def _buttons(parent: QWidget, *specs: tuple[str, Callable[[], Any]]) -> tuple[QHBoxLayout, list[QPushButton]]:
    row = QHBoxLayout()
    row.setSpacing(6)
    made = []
    for text, slot in specs:
        button = QPushButton(text, parent)
        button.clicked.connect(lambda _=False, f=slot: f())
        row.addWidget(button)
        made.append(button)
    row.addStretch(1)
    return row, made


class PlanView(QWidget):
    """The plan of one patient, as a single scrolling page, with its editor."""

    patient_created = Signal(int)
    message = Signal(str)
    routine_requested = Signal(str)  # an activity's id: the window opens the routine player

    def __init__(self, services: Backplan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.patient_id: int | None = None
        self.document: PlanDocument | None = None
        self.findings: list[Finding] = []
        # The findings are worked out when the section is on screen: for a plan of
        # several years that takes a while, and a hidden section need not show them.
        # Likewise the tables are fitted to their rows (a layout of every row) on screen.
        self._findings_stale = False
        self._unfitted = False
        self.revision: int | None = None
        # The window shares its stack through set_undo_stack; alone (tests) the view has its own.
        self.undo_stack = QUndoStack(self)
        self.revisions = RevisionWatch.of(self.undo_stack, services)
        self.open_dialog: QWidget | None = None
        self.last_problem = ""
        self._unsaved_form = False
        self.confirm: Callable[[str, str], bool] = self._ask

        self.medications_model = MedicationsModel(self)
        self.activities_model = ActivitiesModel(self)
        self.exercises_model = ExercisesModel(self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setAccessibleName(tr("Plan"))
        outer.addWidget(self.scroll_area)

        page = QWidget()
        self.scroll_area.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 18, 24, 24)
        layout.setSpacing(14)

        self.title = heading("", 1)
        self.subtitle = text_label()
        self.clinician = text_label(selectable=True)
        self.zone = muted(text_label())
        for widget in (self.title, self.subtitle, self.clinician, self.zone):
            layout.addWidget(widget)
        row, (self.details_button, self.flare_button, self.export_button, self.template_button) = _buttons(
            page,
            (tr("Plan &details…"), self.edit_plan_details),
            (tr("&Flare-up plan…"), self.edit_flare_up),
            (tr("E&xport plan for patient…"), self.export_for_patient),
            (tr("Save as te&mplate…"), self.save_as_template),
        )
        layout.addLayout(row)

        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        self.goals_heading = heading(tr("Goals"), 3)
        self.goals = text_label()
        self.psfs_heading = heading(tr("Activities you want to get back to"), 3)
        self.psfs = text_label()
        grid.addWidget(self.goals_heading, 0, 0)
        grid.addWidget(self.goals, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.psfs_heading, 0, 1)
        grid.addWidget(self.psfs, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.notes = text_label(selectable=True)
        layout.addWidget(self.notes)

        self.findings_heading = heading(tr("Safety checks"), 2)
        layout.addWidget(self.findings_heading)
        self.findings_box = QVBoxLayout()
        self.findings_box.setSpacing(2)
        layout.addLayout(self.findings_box)

        layout.addWidget(heading(tr("Medicines"), 2))
        self.medications_view = FittedTable(tr("Medicines"))
        self.medications_view.setModel(self.medications_model)
        layout.addWidget(self.medications_view)
        row, self.medication_buttons = _buttons(
            page,
            (tr("&Add medicine…"), self.add_medication),
            (tr("&Edit medicine…"), self.edit_medication),
            (tr("Step &down…"), self.step_down),
            (tr("Delete medicine"), self.delete_medication),
        )
        layout.addLayout(row)
        self.medications_view.doubleClicked.connect(lambda _index: self.edit_medication())

        layout.addWidget(heading(tr("Activities, heat and cold"), 2))
        self.activities_view = FittedTable(tr("Activities"))
        self.activities_view.setModel(self.activities_model)
        self.activities_view.setAccessibleDescription(tr("Select an activity to see its exercises below."))
        layout.addWidget(self.activities_view)
        self.activities_view.selectionModel().selectionChanged.connect(self._activity_selected)
        self.activities_view.doubleClicked.connect(lambda _index: self.edit_activity())
        row, self.activity_buttons = _buttons(
            page,
            (tr("Add a&ctivity…"), self.add_activity),
            (tr("Edit ac&tivity…"), self.edit_activity),
            (tr("Delete activity"), self.delete_activity),
        )
        layout.addLayout(row)

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

        self.flare_card = card()
        flare_layout = QVBoxLayout(self.flare_card)
        flare_layout.setContentsMargins(14, 12, 14, 12)
        flare_layout.addWidget(heading(tr("If your pain flares"), 2))
        self.flare_text = text_label(selectable=True)
        flare_layout.addWidget(self.flare_text)
        layout.addWidget(self.flare_card)

        layout.addStretch(1)

    # --- data --------------------------------------------------------------------

    def set_patient(self, patient_id: int | None) -> None:
        self.patient_id = patient_id
        self.refresh()

    def refresh(self) -> None:
        if self.patient_id is None:
            self.document = None
            self.findings = []
            self.medications_model.set_rows([])
            self.activities_model.set_rows([])
            self.exercises_model.set_rows([])
            return
        try:
            # A revision this view did not write clears the undo history first, so Undo
            # can never write back a plan from before another workstation's change.
            self.revisions.check(self.patient_id, self._patient_name())
            self.document = self.services.document(self.patient_id, with_history=False)
            self.revision = self.services.plan_revision(self.patient_id)
        except LookupError:
            self.patient_id = None
            self.refresh()
            return
        self._findings_stale = not self.isVisible()
        if not self._findings_stale:
            self.findings = self.services.plan_findings(self.patient_id)
        self._show(self.document)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._findings_stale and self.patient_id is not None:
            self._findings_stale = False
            self.findings = self.services.plan_findings(self.patient_id)
            self._show_findings()
        if self._unfitted:
            self._unfitted = False
            for table in (self.medications_view, self.activities_view, self.exercises_view):
                table.fit()

    def _fit(self, table: FittedTable) -> None:
        """Fits ``table`` to its rows now if the section is on screen, else when it is shown."""
        if self.isVisible():
            table.fit()
        else:
            self._unfitted = True

    def _show(self, doc: PlanDocument) -> None:
        selected = self.selected_activity()
        self.title.setText(doc.patient.name)
        self.title.setAccessibleName(doc.patient.name)
        plan = doc.plan
        self.subtitle.setText(f"{fmt.isolate(plan.title)}  ·  {fmt.date_range(plan.start, plan.end)}")
        if plan.clinician is not None:
            parts = [fmt.isolate(plan.clinician.name)]
            if plan.clinician.role:
                parts[0] += f", {fmt.isolate(plan.clinician.role)}"
            if plan.clinician.contact:
                parts.append(fmt.isolate(plan.clinician.contact))
            self.clinician.setText(tr("Clinician: {who}").format(who="  ·  ".join(parts)))
        self.clinician.setVisible(plan.clinician is not None)
        self.zone.setText(tr("Times are in {zone}").format(zone=doc.patient.timezone))

        self.goals.setText(
            "\n".join(f"•  {g}" for g in plan.goals) if plan.goals else tr("None written down")
        )
        psfs = plan.psfs_activities or ()
        self.psfs.setText("\n".join(f"•  {a}" for a in psfs) if psfs else tr("None written down"))
        self.notes.setText(plan.notes or "")
        self.notes.setVisible(bool(plan.notes))

        if not self._findings_stale:
            self._show_findings()

        self.medications_model.set_rows(doc.medications)
        self.activities_model.set_rows(doc.activities)
        self._fit(self.medications_view)
        self._fit(self.activities_view)
        ids = [a.id for a in doc.activities]
        if selected is not None and selected.id in ids:
            self.select_activity(ids.index(selected.id))
        elif ids:
            # Start on the first activity that has exercises: an empty list shows nothing.
            with_exercises = [i for i, a in enumerate(doc.activities) if a.exercises]
            self.select_activity(with_exercises[0] if with_exercises else 0)
        else:
            self._show_exercises(None)

        flare = plan.flare_up
        self.flare_card.setVisible(flare is not None)
        if flare is not None:
            lines = [flare.advice, "", tr("For {n} days after you start it:").format(n=flare.days)]
            lines += [
                f"•  {fmt.isolate(m.name)}: {fmt.isolate(m.dose)}, {fmt.schedule_text(m.schedule)}"
                for m in flare.medications
            ]
            lines += [
                f"•  {fmt.isolate(a.title)}: {fmt.schedule_text(a.schedule)}, "
                f"{fmt.duration_text(a.duration_minutes)}"
                for a in flare.activities
            ]
            self.flare_text.setText("\n".join(lines))

    def _show_findings(self) -> None:
        while self.findings_box.count():
            item = self.findings_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not self.findings:
            self.findings_box.addWidget(
                muted(text_label(tr("The safety checks found nothing to point out.")))
            )
        for finding in self.findings:
            self.findings_box.addWidget(finding_widget(finding))
        show_added(self.findings_box)
        count = len(self.findings)
        self.findings_heading.setText(
            tr("Safety checks ({n})").format(n=count) if count else tr("Safety checks")
        )

    # --- activities and their exercises ------------------------------------------

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

    # --- editing -------------------------------------------------------------------

    def set_undo_stack(self, stack: QUndoStack) -> None:
        """The window's stack, so Edit > Undo undoes plan edits like any other."""
        self.undo_stack = stack
        self.revisions = RevisionWatch.of(stack, self.services)

    def _patient_name(self) -> str:
        if self.document is not None and self.patient_id is not None:
            return self.document.patient.name
        return ""

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _problem(self, title: str, text: str) -> None:
        """Tells the user without blocking (a test, or a busy clinician, can carry on)."""
        self.last_problem = text
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(box.deleteLater)
        box.open()

    def state(self) -> PlanState:
        from .editor import PlanState

        assert self.document is not None
        return PlanState.of(self.document)

    def write_state(self, patient_id: int, state: PlanState, expected: int | None = None) -> bool:
        """Saves a whole plan state; on a conflict tells the user and reloads.

        ``expected``: the revision the edit was made from (the one shown); without it,
        as for an undo or redo, the revision this window last wrote or read.
        """
        if expected is None:
            expected = self.revisions.expected(patient_id)
        try:
            self.services.save_plan(
                patient_id, state.patient, state.plan, state.medications, state.activities,
                expected_revision=expected,
            )  # fmt: skip
        except ConflictError:
            self._problem(
                tr("The plan changed elsewhere"),
                tr(
                    "This plan was changed elsewhere (another window or the command line) since it "
                    "was shown here. Nothing was overwritten; the plan has been reloaded, so make "
                    "your change again."
                ),
            )
            self.refresh()
            return False
        except (ServiceError, LookupError) as exc:
            self._problem(tr("The plan was not saved"), str(exc))
            return False
        except Exception as exc:
            if not handled(exc):
                raise
            # The server went away: nothing was written; the form opens again with
            # what was typed in it (see _show_form), to be saved once it is back.
            self._unsaved_form = True
            self._problem(tr("The plan was not saved"), not_saved_text())
            return False
        if expected is not None:  # the save moved exactly this revision by one
            self.revisions.wrote(patient_id, expected + 1)
        if patient_id == self.patient_id:
            self.refresh()
        return True

    def apply(self, after: PlanState, text: str) -> bool:
        """Saves an edit and puts it on the undo stack."""
        from .editor import PlanEditCommand

        if self.patient_id is None or self.document is None:
            return False
        pid, before = self.patient_id, self.state()
        if not self.write_state(pid, after, self.revision):
            return False
        self.undo_stack.push(PlanEditCommand(self.write_state, pid, before, after, text))
        self.message.emit(text)
        return True

    def _show_form(self, form: QWidget) -> QWidget:
        form.open() if hasattr(form, "open") else form.show()
        self.open_dialog = form
        accepted = getattr(form, "accepted", None)
        if accepted is not None:  # after the form's own handler, which saves
            accepted.connect(lambda: self._reopen_if_unsaved(form))
        return form

    def _reopen_if_unsaved(self, form: QWidget) -> None:
        """A form whose save the lost server refused opens again, its values intact."""
        if self._unsaved_form:
            self._unsaved_form = False
            form.open() if hasattr(form, "open") else form.show()

    def _taken_ids(self, but: str | None = None) -> set[str]:
        assert self.document is not None
        doc = self.document
        ids = {m.id for m in doc.medications} | {a.id for a in doc.activities} | set(doc.flare_up_ids())
        return ids - ({but} if but else set())

    def _context(self, section: str, row: int | None) -> Callable[[Any], tuple[PlanDocument, str]]:
        assert self.document is not None
        doc = self.document

        def context(item: Any) -> tuple[PlanDocument, str]:
            items: list[Any] = list(doc.medications if section == "medications" else doc.activities)
            index = len(items) if row is None else row
            if row is None:
                items.append(item)
            else:
                items[row] = item
            if section == "medications":
                changed = replace(doc, log=(), events=(), medications=tuple(items))
            else:
                changed = replace(doc, log=(), events=(), activities=tuple(items))
            return changed, f"{section}[{index}]"

        return context

    def _selected_row(self, view: Any) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    # medicines

    def selected_medication_row(self) -> int | None:
        return self._selected_row(self.medications_view)

    def add_medication(self) -> MedicationForm | None:
        from .forms import MedicationForm

        if self.document is None:
            return None
        form = MedicationForm(
            self._context("medications", None), self.services.catalogue, self.document.plan.start,
            self._taken_ids(), parent=self,
        )  # fmt: skip

        def done() -> None:
            state = self.state()
            med: Medication = form.value
            self.apply(
                replace(state, medications=(*state.medications, med)),
                tr("Add {name}").format(name=fmt.isolate(med.name)),
            )

        form.accepted.connect(done)
        self._show_form(form)
        return form

    def edit_medication(self, row: int | None = None) -> MedicationForm | None:
        from .forms import MedicationForm

        row = self.selected_medication_row() if row is None else row
        if self.document is None or row is None:
            return None
        current = self.document.medications[row]
        form = MedicationForm(
            self._context("medications", row), self.services.catalogue, self.document.plan.start,
            self._taken_ids(current.id), current, parent=self,
        )  # fmt: skip

        def done() -> None:
            state = self.state()
            meds = list(state.medications)
            meds[row] = form.value
            self.apply(
                replace(state, medications=tuple(meds)),
                tr("Edit {name}").format(name=fmt.isolate(current.name)),
            )

        form.accepted.connect(done)
        self._show_form(form)
        return form

    def delete_medication(self, row: int | None = None) -> bool:
        row = self.selected_medication_row() if row is None else row
        if self.document is None or row is None:
            return False
        med = self.document.medications[row]
        if not self.confirm(
            tr("Delete medicine?"),
            tr("Delete {name} from the plan? Its records stay in the log; you can undo this.").format(
                name=fmt.isolate(med.name)
            ),
        ):
            return False
        state = self.state()
        meds = tuple(m for i, m in enumerate(state.medications) if i != row)
        return self.apply(
            replace(state, medications=meds), tr("Delete {name}").format(name=fmt.isolate(med.name))
        )

    def step_down(self, row: int | None = None) -> StepDownForm | None:
        from .forms import StepDownForm

        row = self.selected_medication_row() if row is None else row
        if self.document is None or row is None:
            return None
        med = self.document.medications[row]
        form = StepDownForm(self.document, med, self.services.catalogue, self)

        def done() -> None:
            state = self.state()
            self.apply(
                replace(state, medications=form.value),
                tr("Step down {name}").format(name=fmt.isolate(med.name)),
            )

        form.accepted.connect(done)
        self._show_form(form)
        return form

    # activities

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
        act = self.document.activities[row]
        if not self.confirm(
            tr("Delete activity?"),
            tr("Delete {title} from the plan? Its records stay in the log; you can undo this.").format(
                title=fmt.isolate(act.title)
            ),
        ):
            return False
        state = self.state()
        acts = tuple(a for i, a in enumerate(state.activities) if i != row)
        return self.apply(
            replace(state, activities=acts), tr("Delete {title}").format(title=fmt.isolate(act.title))
        )

    # the plan itself

    def edit_plan_details(self) -> PlanDetailsForm | None:
        from .forms import PlanDetailsForm

        if self.document is None:
            return None
        form = PlanDetailsForm(self.document, self.services.catalogue, self)

        def done() -> None:
            patient, plan = form.value
            self.apply(replace(self.state(), patient=patient, plan=plan), tr("Edit plan details"))

        form.accepted.connect(done)
        self._show_form(form)
        return form

    def edit_flare_up(self) -> FlareUpForm | None:
        from .forms import FlareUpForm

        if self.document is None:
            return None
        form = FlareUpForm(self.document, self.services.catalogue, self)

        def done() -> None:
            state = self.state()
            self.apply(
                replace(state, plan=replace(state.plan, flare_up=form.value)), tr("Edit flare-up plan")
            )

        form.accepted.connect(done)
        self._show_form(form)
        return form

    # --- the physiotherapist's workflow ----------------------------------------------

    def export_for_patient(self, path: Path | None = None) -> Path | None:
        """Writes the plan without the log and records, for the patient to import."""
        from backplan.services import templates

        if self.patient_id is None or self.document is None:
            return None
        if path is None:
            name = "".join(
                c if c.isalnum() or c in " -_" else "_" for c in self.document.patient.name
            ).strip()
            suggested = str(Path.home() / f"{name or 'plan'}.backplan.json")
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("Export plan for patient"), suggested, tr(PLAN_FILE_FILTER)
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            doc = self.services.document(self.patient_id, with_history=False)
            templates.export_plan_for_patient(doc, path)
        except OSError as exc:
            self._problem(tr("Plan not exported"), f"{path}: {exc.strerror or exc}")
            return None
        self.message.emit(tr("Wrote the plan for the patient to {path}").format(path=path))
        return path

    def save_as_template(self, name: str | None = None) -> Path | TemplateNameDialog | None:
        from backplan.services import templates

        from .editor import TemplateNameDialog

        if self.patient_id is None or self.document is None:
            return None
        if name is None:
            dialog = TemplateNameDialog(self.document.plan.title, self)
            dialog.accepted.connect(lambda: self.save_as_template(dialog.name.text()))
            self._show_form(dialog)
            return dialog
        doc = self.services.document(self.patient_id, with_history=False)
        try:
            path = templates.save_template(self.services.data_dir, doc, name)
        except FileExistsError:
            if not self.confirm(
                tr("Replace the template?"),
                tr("A template named {name} exists. Replace it?").format(name=name),
            ):
                return None
            path = templates.save_template(self.services.data_dir, doc, name, overwrite=True)
        except (ServiceError, OSError) as exc:
            self._problem(tr("Template not saved"), str(exc))
            return None
        self.message.emit(tr("Saved the template {name}").format(name=name))
        return path

    def new_from_template(self) -> FromTemplateDialog:
        from backplan.services import templates

        from .editor import FromTemplateDialog

        found = templates.list_templates(self.services.data_dir)
        zone = self.document.patient.timezone if self.document else "UTC"
        dialog = FromTemplateDialog(found, self._today(), zone, self)

        def done() -> None:
            info = dialog.chosen()
            zone_name = dialog.timezone.currentText().strip()
            if info is None:
                return
            if zone_name not in zoneinfo.available_timezones():
                self._problem(
                    tr("Plan not created"),
                    tr("{zone} is not a time zone backplan knows.").format(zone=zone_name),
                )
                return
            try:
                doc = templates.from_template(
                    templates.load_template(info.path), dialog.name.text(), zone_name, dialog.start_day()
                )
                result = self.services.import_document(doc)
            except (ServiceError, ValueError) as exc:
                self._problem(tr("Plan not created"), str(exc))
                return
            self.patient_created.emit(result.patient_id)

        dialog.accepted.connect(done)
        self._show_form(dialog)
        return dialog

    def new_patient(self) -> QWidget:
        """The first-run "Start a new plan" dialog, for one more patient."""
        from ..common.first_run import NewPlanDialog

        dialog = NewPlanDialog(self.services, self._today(), self)
        dialog.accepted.connect(
            lambda: self.patient_created.emit(dialog.patient_id) if dialog.patient_id is not None else None
        )
        self._show_form(dialog)
        return dialog

    def _today(self) -> date:
        if self.patient_id is not None:
            return self.services.today(self.patient_id)
        return self.services.now().date()

    # --- the window's protocol (Section) ---------------------------------------------

    def section_offers(self) -> Offers:
        """What the main window may ask of this section (common/section.py)."""
        return Offers(refresh=self.refresh, share_undo=self.set_undo_stack)


__all__ = ["PlanView"]
