"""The plan editor's step-down form: the next step of a taper (fewer times a day, or a lower dose).

Checked as it is typed with the file format's own rules and the safety checks
(see :mod:`backplan.ui.plan.form_base`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QHBoxLayout, QWidget

from backplan.domain.errors import ValidationError
from backplan.domain.model import Medication, PlanDocument, TimesSchedule
from backplan.safety.catalogue import Catalogue
from backplan.safety.findings import Finding

from ..common.widgets import muted, text_label
from .form_base import ValidatingForm, date_edit, line_edit, pydate


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanForms", text)


class StepDownForm(ValidatingForm):
    """The next step of a taper: the current entry ends on a chosen day and a new one,
    with fewer times a day or a lower dose, runs from the day after to the course's end."""

    def __init__(
        self,
        document: PlanDocument,
        medication: Medication,
        catalogue: Catalogue | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Step down {name}").format(name=medication.name), catalogue, parent)
        from backplan.services.taper import StepDown

        self._step_down_type = StepDown
        self.document = document
        self.medication = medication
        assert medication.start is not None
        last = medication.last_day or medication.start
        middle = medication.start + (last - medication.start) / 2
        self.body.insertWidget(
            1,
            text_label(
                tr(
                    "The medicine stops at its current schedule on the day you choose. A new entry "
                    "starts the day after with fewer times a day or a lower dose, as the prescriber "
                    "wrote it, and runs to the course's last day."
                )
            ),
        )
        self.last_day = date_edit(self, middle, tr("Last day at the current schedule"))
        self.add_row(tr("&Current schedule until:"), self.last_day, "last_day")
        self.course_end = date_edit(self, last, tr("Last day of the new step"))
        self.add_row(tr("New step &until:"), self.course_end, "course_end")
        self.keep_times: dict[time, QCheckBox] = {}
        if isinstance(medication.schedule, TimesSchedule):
            box = QWidget(self)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for at in medication.schedule.times:
                check = QCheckBox(at.strftime("%H:%M"), box)
                check.setChecked(True)
                check.setAccessibleName(tr("Keep the dose at {time}").format(time=at.strftime("%H:%M")))
                self.keep_times[at] = check
                row.addWidget(check)
            row.addStretch(1)
            self.add_row(tr("Keep these &times:"), box, "times")
        self.mg: dict[str, QDoubleSpinBox] = {}
        for ingredient in medication.ingredients:
            spin = QDoubleSpinBox(self)
            spin.setRange(0, float(ingredient.mg))
            spin.setDecimals(1)
            spin.setValue(float(ingredient.mg))
            spin.setSuffix(" mg")
            spin.setAccessibleName(tr("{substance} per dose").format(substance=ingredient.substance))
            self.mg[ingredient.substance] = spin
            self.add_row(tr("{substance} per dose:").format(substance=ingredient.substance), spin, "mg")
        self.dose = line_edit(self, tr("Dose of the new step"), medication.dose, 10_000)
        self.add_row(tr("&Dose:"), self.dose, "dose")
        self.preview = muted(text_label())
        self.body.addWidget(self.preview)
        self.watch(self.last_day, self.course_end, self.dose, *self.keep_times.values(), *self.mg.values())
        self.start_checking()

    def change(self) -> Any:
        times = tuple(t for t, box in self.keep_times.items() if box.isChecked()) if self.keep_times else None
        mg = {s: (int(v) if (v := spin.value()).is_integer() else v) for s, spin in self.mg.items()}
        original = {i.substance: i.mg for i in self.medication.ingredients}
        return self._step_down_type(
            last_day=pydate(self.last_day.date()),
            course_end=pydate(self.course_end.date()),
            times=times if times is not None and len(times) != len(self.keep_times) else None,
            mg=mg if mg != original else None,
            dose=self.dose.text().strip() or None,
        )

    def build(self) -> tuple[Medication, ...]:
        from backplan.services.taper import TaperError, apply_step_down

        doc = self.document
        others = {a.id for a in doc.activities} | doc.flare_up_ids()
        try:
            return apply_step_down(doc.medications, self.medication.id, self.change(), others)
        except TaperError as exc:
            raise ValidationError("", str(exc)) from None

    def candidate(self, value: tuple[Medication, ...]) -> tuple[PlanDocument, str]:
        return replace(self.document, medications=value, log=(), events=()), ""

    @staticmethod
    def _relative(exc: ValidationError, prefix: str) -> ValidationError:
        return ValidationError("~" + exc.path, str(exc))

    def revalidate(self, *_args: object) -> None:
        super().revalidate()
        if not self._ready:
            return
        if self.value is None:
            self.preview.setText("")
            return
        from ..common import formatting as fmt

        index = next(i for i, m in enumerate(self.value) if m.id == self.medication.id)
        lines = [
            tr("{id}: {dates}, {schedule}, {dose}").format(
                id=m.id,
                dates=fmt.date_range(m.start, m.last_day) if m.start else "",
                schedule=fmt.schedule_text(m.schedule),
                dose=m.dose,
            )
            for m in self.value[index : index + 2]
        ]
        self.preview.setText("\n".join(lines))

    def finding_concerns(self, finding: Finding, value: Any) -> bool:
        return self.medication.id in finding.items or any(
            i.startswith(self.medication.id) for i in finding.items
        )
