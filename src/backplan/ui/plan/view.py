"""The Plan section: the plan the clinician set, and the editor that changes it.

Shows who the plan is for and who made it, the goals, the medicines and activities
(with each activity's exercises, pictures included), the safety checks of the whole
plan with their sources, and the flare-up plan. It reads everything through the
services and redraws whenever :meth:`refresh` is called (the window calls it when
the data changes, here or from the command line).

The buttons beside each list open the editor's forms (:mod:`.medicines_page`,
:mod:`.activities_page`); every saved change goes through ``services.save_plan``
with the revision last read and is pushed on the window's undo stack
(:mod:`.editing`, :mod:`.editor`). The physiotherapist's workflow (:mod:`.workflow`)
is reached from here too: export the plan for the patient, save it as a template,
start a new patient's plan from a template or from scratch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from backplan.domain.model import PlanDocument
from backplan.safety.findings import Finding
from backplan.services.backplan_service import Backplan

from ..common import formatting as fmt
from ..common.section import Offers
from ..common.undo_guard import RevisionWatch
from ..common.widgets import card, finding_widget, heading, muted, show_added, text_label
from .activities_page import ActivitiesPage
from .editing import buttons_row
from .medicines_page import MedicinesPage
from .workflow import PlanWorkflow

if TYPE_CHECKING:
    # The editor's forms and dialogs are imported where they open: a start that only
    # shows the plan need not load them.
    from .details_form import PlanDetailsForm
    from .flare_up_form import FlareUpForm


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanView", text)


class PlanView(MedicinesPage, ActivitiesPage, PlanWorkflow):
    """The plan of one patient, as a single scrolling page, with its editor.

    The medicines, the activities and the physiotherapist's workflow are pages of
    their own (:mod:`.medicines_page`, :mod:`.activities_page`, :mod:`.workflow`),
    all built on the editor's core (:mod:`.editing`)."""

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

        self._build_header(page, layout)
        self._build_goals(layout)
        self._build_medicines(page, layout)
        self._build_activities(page, layout)
        self._build_flare_card(layout)
        layout.addStretch(1)

    def _build_header(self, page: QWidget, layout: QVBoxLayout) -> None:
        """Whose plan, its title and dates, the clinician, and the plan's own buttons."""
        self.title = heading("", 1)
        self.subtitle = text_label()
        self.clinician = text_label(selectable=True)
        self.zone = muted(text_label())
        for widget in (self.title, self.subtitle, self.clinician, self.zone):
            layout.addWidget(widget)
        row, (self.details_button, self.flare_button, self.export_button, self.template_button) = buttons_row(
            page,
            (tr("Plan &details…"), self.edit_plan_details),
            (tr("&Flare-up plan…"), self.edit_flare_up),
            (tr("E&xport plan for patient…"), self.export_for_patient),
            (tr("Save as te&mplate…"), self.save_as_template),
        )
        layout.addLayout(row)

    def _build_goals(self, layout: QVBoxLayout) -> None:
        """The goals, the activities to get back to, the notes and the safety checks."""
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

    def _build_flare_card(self, layout: QVBoxLayout) -> None:
        """What to do when pain flares (shown when the plan has a flare-up plan)."""
        self.flare_card = card()
        flare_layout = QVBoxLayout(self.flare_card)
        flare_layout.setContentsMargins(14, 12, 14, 12)
        flare_layout.addWidget(heading(tr("If your pain flares"), 2))
        self.flare_text = text_label(selectable=True)
        flare_layout.addWidget(self.flare_text)
        layout.addWidget(self.flare_card)

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

    # --- the plan itself ------------------------------------------------------------

    def edit_plan_details(self) -> PlanDetailsForm | None:
        from .details_form import PlanDetailsForm

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
        from .flare_up_form import FlareUpForm

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

    # --- the window's protocol (Section) ---------------------------------------------

    def section_offers(self) -> Offers:
        """What the main window may ask of this section (common/section.py)."""
        return Offers(refresh=self.refresh, share_undo=self.set_undo_stack)


__all__ = ["PlanView"]
