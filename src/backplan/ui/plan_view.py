"""The Plan section: the plan the clinician set, read-only for now.

Shows who the plan is for and who made it, the goals, the medicines and activities
(with each activity's exercises, pictures included), the safety checks of the whole
plan with their sources, and the flare-up plan. It reads everything through the
services and redraws whenever :meth:`refresh` is called (the window calls it when
the data changes, here or from the command line).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backplan.domain.model import Activity, PlanDocument
from backplan.safety.findings import Finding
from backplan.services.backplan_service import Backplan

from . import formatting as fmt
from .plan_models import ActivitiesModel, ExercisesModel, MedicationsModel
from .widgets import FittedTable, card, finding_widget, heading, muted, show_added, text_label


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanView", text)


class PlanView(QWidget):
    """The plan of one patient, as a single scrolling page."""

    def __init__(self, services: Backplan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.patient_id: int | None = None
        self.document: PlanDocument | None = None
        self.findings: list[Finding] = []

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

        layout.addWidget(heading(tr("Activities, heat and cold"), 2))
        self.activities_view = FittedTable(tr("Activities"))
        self.activities_view.setModel(self.activities_model)
        self.activities_view.setAccessibleDescription(tr("Select an activity to see its exercises below."))
        layout.addWidget(self.activities_view)
        self.activities_view.selectionModel().selectionChanged.connect(self._activity_selected)

        self.exercises_heading = heading(tr("Exercises"), 3)
        layout.addWidget(self.exercises_heading)
        self.exercises_hint = muted(text_label(tr("Select an activity above to see its exercises.")))
        layout.addWidget(self.exercises_hint)
        self.exercises_view = FittedTable(tr("Exercises"))
        size = ExercisesModel.THUMBNAIL_SIZE
        self.exercises_view.setIconSize(QSize(size * 2, size))
        self.exercises_view.setModel(self.exercises_model)
        layout.addWidget(self.exercises_view)

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
            self.document = self.services.document(self.patient_id, with_history=False)
        except LookupError:
            self.patient_id = None
            self.refresh()
            return
        self.findings = self.services.plan_findings(self.patient_id)
        self._show(self.document)

    def _show(self, doc: PlanDocument) -> None:
        selected = self.selected_activity()
        self.title.setText(doc.patient.name)
        self.title.setAccessibleName(doc.patient.name)
        plan = doc.plan
        self.subtitle.setText(f"{plan.title}  ·  {fmt.date_range(plan.start, plan.end)}")
        if plan.clinician is not None:
            parts = [plan.clinician.name]
            if plan.clinician.role:
                parts[0] += f", {plan.clinician.role}"
            if plan.clinician.contact:
                parts.append(plan.clinician.contact)
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

        self._show_findings()

        self.medications_model.set_rows(doc.medications)
        self.activities_model.set_rows(doc.activities)
        self.medications_view.fit()
        self.activities_view.fit()
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
            lines += [f"•  {m.name}: {m.dose}, {fmt.schedule_text(m.schedule)}" for m in flare.medications]
            lines += [
                f"•  {a.title}: {fmt.schedule_text(a.schedule)}, {fmt.duration_text(a.duration_minutes)}"
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
            self.exercises_heading.setText(tr("Exercises in “{title}”").format(title=activity.title))
            self.exercises_hint.setText(tr("This activity has no exercises listed."))
        self.exercises_hint.setVisible(not exercises)
        self.exercises_view.setVisible(bool(exercises))
        self.exercises_view.fit()
