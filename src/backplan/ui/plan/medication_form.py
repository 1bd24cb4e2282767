"""The plan editor's medicine form (also the flare-up plan's, which has no dates).

Like every form of the editor (see :mod:`backplan.ui.plan.form_base`), it checks what
is typed with the file format's own rules as it is typed, and runs the safety checks
on the candidate plan, so a course longer than the label allows shows its warning
and source while the days are being typed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backplan.domain import codec
from backplan.domain.model import Medication, PlanDocument
from backplan.safety.catalogue import Catalogue
from backplan.safety.findings import Finding

from ..common.widgets import muted, text_label
from .form_base import (
    Context,
    DerivedId,
    ValidatingForm,
    date_edit,
    fmt_number,
    line_edit,
    number_or_text,
    pydate,
    qdate,
    slug,
    text_edit,
    unique_id,
)
from .ingredients_model import IngredientsModel
from .label_reference import catalogue_completer, course_reference, daily_reference, substance_of
from .schedule_editor import ScheduleEditor


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanForms", text)


class MedicationForm(ValidatingForm):
    """A medicine of the plan (or of the flare-up plan, which has no dates)."""

    def __init__(
        self,
        context: Context,
        catalogue: Catalogue | None,
        default_start: date,
        taken_ids: set[str],
        medication: Medication | None = None,
        *,
        flare_up: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        title = tr("Edit medicine") if medication is not None else tr("Add a medicine")
        super().__init__(title, catalogue, parent)
        self.context = context
        self.flare_up = flare_up
        self.taken_ids = taken_ids
        self.original = medication
        self._keeps_id = medication is not None

        self.name = line_edit(self, tr("Medicine name"))
        self.name.setPlaceholderText(tr("as on the pack, e.g. Ibuprofen 200 mg"))
        self.item_id = DerivedId()  # made from the name; kept once records point at it
        self.add_row(tr("&Name:"), self.name, "name", "id")

        self._build_ingredients()
        self.dose = line_edit(self, tr("Dose"), max_len=10_000)
        self.dose.setPlaceholderText(tr("what to take, e.g. 1 tablet"))
        self.add_row(tr("&Dose:"), self.dose, "dose")
        self.schedule = ScheduleEditor(True, default_start, self)
        self.add_row(tr("&Schedule:"), self.schedule, "schedule")

        self._build_course(default_start, flare_up)
        self.instructions = text_edit(self, tr("Instructions"))
        self.add_row(tr("&Instructions:"), self.instructions, "instructions")
        self.prescriber = line_edit(self, tr("Prescriber"))
        self.add_row(tr("&Prescriber:"), self.prescriber, "prescriber")
        self.units = line_edit(self, tr("Units per dose"))
        self.units.setPlaceholderText(tr("1 (tablets or capsules per dose)"))
        self.add_row(tr("&Units per dose:"), self.units, "units_per_dose")

        self._build_stock(default_start)

        if medication is not None:
            self._load(medication)
        else:
            self.ingredients_model.add()
            self.length_kind.setCurrentIndex(0)
        self._length_kind_changed()

        self.length_kind.currentIndexChanged.connect(self._length_kind_changed)
        self.name.textChanged.connect(self._suggest_id)
        self.add_ingredient.clicked.connect(self._add_ingredient)
        self.remove_ingredient.clicked.connect(self._remove_ingredient)
        if catalogue is not None:
            self.name.setCompleter(catalogue_completer(catalogue, self.name))
            self.name.completer().activated.connect(self._catalogue_chosen)
        self.ingredients_model.dataChanged.connect(self._show_reference)
        self.ingredients_model.rowsInserted.connect(self._show_reference)
        self.ingredients_model.rowsRemoved.connect(self._show_reference)
        self._show_reference()
        self.ingredients_model.dataChanged.connect(self.revalidate)
        self.ingredients_model.rowsInserted.connect(self.revalidate)
        self.ingredients_model.rowsRemoved.connect(self.revalidate)
        self.watch(
            self.name, self.dose, self.schedule, self.start, self.length_kind, self.days,
            self.end, self.instructions, self.prescriber, self.units, self.track_stock, self.on_hand,
            self.as_of, self.remind_below,
        )  # fmt: skip
        self.start_checking()

    def _build_ingredients(self) -> None:
        """The substances and their mg per dose, with Add and Remove."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.ingredients_model = IngredientsModel(self)
        self.ingredients = QTableView(box)
        self.ingredients.setAccessibleName(tr("Ingredients"))
        self.ingredients.setModel(self.ingredients_model)
        self.ingredients.horizontalHeader().setStretchLastSection(True)
        self.ingredients.verticalHeader().hide()
        self.ingredients.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ingredients.setFixedHeight(self.fontMetrics().lineSpacing() * 6)
        self.ingredients.setColumnWidth(0, 240)
        column.addWidget(self.ingredients)
        buttons = QHBoxLayout()
        self.add_ingredient = QPushButton(tr("Add ingredient"), box)
        self.remove_ingredient = QPushButton(tr("Remove ingredient"), box)
        buttons.addWidget(self.add_ingredient)
        buttons.addWidget(self.remove_ingredient)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.add_row(tr("Ingredients:"), box, "ingredients")

    def _build_course(self, default_start: date, flare_up: bool) -> None:
        """The first day and the course length (in days or to a last day); none in a flare-up plan."""
        self.start = date_edit(self, default_start, tr("First day"))
        self.length_kind = QComboBox(self)
        self.length_kind.setAccessibleName(tr("How the course length is given"))
        self.length_kind.addItem(tr("for a number of days"), "days")
        self.length_kind.addItem(tr("until a last day"), "end")
        self.days = QSpinBox(self)
        self.days.setRange(0, 3650)  # 0: not given yet, a blank field (FACTS.md rule 11)
        self.days.setSpecialValueText(" ")
        self.days.setValue(0)
        self.days.setSuffix(tr(" days"))
        self.days.setAccessibleName(tr("Course length in days"))
        self.end = date_edit(self, default_start, tr("Last day"))
        length = QWidget(self)
        row = QHBoxLayout(length)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.length_kind)
        length.setFocusProxy(self.length_kind)  # "Course:" labels the first of its controls
        row.addWidget(self.days)
        row.addWidget(self.end)
        self.course_reference = muted(text_label())  # the label's course note, as reference
        self.course_reference.setObjectName("courseReference")
        row.addWidget(self.course_reference)
        row.addStretch(1)
        if not flare_up:
            self.add_row(tr("S&tarts on:"), self.start, "start")
            self.add_row(tr("Course:"), length, "days", "end")
        else:
            self.start.hide()
            length.hide()

    def _build_stock(self, default_start: date) -> None:
        """Whether the tablets on hand are counted, how many, since when, and the refill reminder."""
        self.track_stock = QCheckBox(tr("Count the tablets on hand"), self)
        stock_box = QWidget(self)
        stock_row = QHBoxLayout(stock_box)
        stock_row.setContentsMargins(0, 0, 0, 0)
        self.on_hand = line_edit(stock_box, tr("Units on hand"))
        self.as_of = date_edit(stock_box, default_start, tr("Counted on"))
        self.remind_below = line_edit(stock_box, tr("Remind when fewer than"))
        self.remind_below.setPlaceholderText(tr("3 days' use"))
        stock_row.addWidget(QLabel(tr("On hand:"), stock_box))
        stock_row.addWidget(self.on_hand)
        stock_row.addWidget(QLabel(tr("on"), stock_box))
        stock_row.addWidget(self.as_of)
        stock_row.addWidget(QLabel(tr("remind below:"), stock_box))
        stock_row.addWidget(self.remind_below)
        stock_column = QWidget(self)
        sc = QVBoxLayout(stock_column)
        sc.setContentsMargins(0, 0, 0, 0)
        sc.addWidget(self.track_stock)
        sc.addWidget(stock_box)
        self.add_row(tr("Stock:"), stock_column, "stock")
        self.track_stock.toggled.connect(stock_box.setEnabled)
        stock_box.setEnabled(False)

    def _load(self, med: Medication) -> None:
        self.name.setText(med.name)
        self.item_id.setText(med.id)
        self.ingredients_model.set_ingredients(med.ingredients)
        self.dose.setText(med.dose)
        self.schedule.set_schedule(med.schedule)
        if med.start is not None:
            self.start.setDate(qdate(med.start))
        if med.end is not None:
            self.length_kind.setCurrentIndex(1)
            self.end.setDate(qdate(med.end))
        elif med.days is not None:
            self.days.setValue(med.days)
        self.instructions.setPlainText(med.instructions or "")
        self.prescriber.setText(med.prescriber or "")
        self.units.setText(fmt_number(med.units_per_dose))
        if med.stock is not None:
            self.track_stock.setChecked(True)
            self.on_hand.setText(fmt_number(med.stock.on_hand))
            self.as_of.setDate(qdate(med.stock.as_of))
            self.remind_below.setText(fmt_number(med.stock.remind_below))

    def _show_reference(self, *_args: object) -> None:
        """The label's figures beside the empty limits, for the substances typed."""
        substances = [i["substance"] for i in self.ingredients_model.to_json()]
        self.schedule.reference.setText(daily_reference(self.catalogue, substances))
        self.course_reference.setText(course_reference(self.catalogue, substances))

    def _catalogue_chosen(self, chosen: str) -> None:
        """A catalogue name was picked: its substance goes into an empty ingredient row
        (the mg per dose stays empty, for the clinician to give)."""
        if self.catalogue is None:
            return
        substance = substance_of(self.catalogue, chosen)
        rows = self.ingredients_model.to_json()
        if substance is None or any(r["substance"] for r in rows):
            return
        if not rows:
            self.ingredients_model.add()
        self.ingredients_model.setData(self.ingredients_model.index(0, 0), substance)

    def _length_kind_changed(self, *_args: object) -> None:
        by_days = self.length_kind.currentData() == "days"
        self.days.setVisible(by_days)
        self.end.setVisible(not by_days)
        self.revalidate()

    def _suggest_id(self, text: str) -> None:
        if not self._keeps_id:
            self.item_id.setText(unique_id(slug(text), self.taken_ids, "medicine"))

    def _add_ingredient(self) -> None:
        row = self.ingredients_model.add()
        index = self.ingredients_model.index(row, 0)
        self.ingredients.setCurrentIndex(index)
        self.ingredients.edit(index)

    def _remove_ingredient(self) -> None:
        index = self.ingredients.currentIndex()
        if index.isValid():
            self.ingredients_model.remove(index.row())

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.item_id.text().strip(),
            "name": self.name.text().strip(),
            "ingredients": self.ingredients_model.to_json(),
            "dose": self.dose.text().strip(),
            "schedule": self.schedule.to_json(),
        }
        if not self.flare_up:
            data["start"] = pydate(self.start.date()).isoformat()
            if self.length_kind.currentData() == "days":
                if self.days.value() > 0:  # empty: left out, so the check asks for it
                    data["days"] = self.days.value()
            else:
                data["end"] = pydate(self.end.date()).isoformat()
        for key, value in (
            ("instructions", self.instructions.toPlainText().strip()),
            ("prescriber", self.prescriber.text().strip()),
            ("units_per_dose", number_or_text(self.units.text())),
        ):
            if value not in (None, ""):
                data[key] = value
        if self.track_stock.isChecked():
            stock: dict[str, Any] = {
                "on_hand": number_or_text(self.on_hand.text()),
                "as_of": pydate(self.as_of.date()).isoformat(),
            }
            remind = number_or_text(self.remind_below.text())
            if remind is not None:
                stock["remind_below"] = remind
            data["stock"] = stock
        return data

    def build(self) -> Medication:
        return codec.parse_medication(self.to_json(), "", flare_up=self.flare_up)

    def candidate(self, value: Medication) -> tuple[PlanDocument, str]:
        return self.context(value)

    def finding_concerns(self, finding: Finding, value: Any) -> bool:
        return not finding.items or value.id in finding.items
