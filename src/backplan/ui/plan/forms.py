"""The plan editor's forms: medicines, the plan's details and the flare-up plan.

Every form checks what is typed with the file format's own rules, as it is typed:
it builds the JSON the file would hold, reads it back with the domain codec
(``parse_medication`` and friends), puts the candidate into the whole document and
runs ``validate_document`` on it, so the form refuses exactly what an import would
refuse, no more and no less. A :class:`~backplan.domain.errors.ValidationError`
carries the JSON path of the bad value; the form shows the message under the field
that path points to and keeps Save disabled until it is fixed. The safety checks
(``check_plan``) run on the same candidate, so a course longer than the label allows
shows its warning and source while the days are being typed.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backplan.domain import codec
from backplan.domain.errors import ValidationError
from backplan.domain.model import (
    Activity,
    FlareUpPlan,
    Ingredient,
    Medication,
    Patient,
    Plan,
    PlanDocument,
    TimesSchedule,
)
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
    lines_of,
    number_or_text,
    pydate,
    qdate,
    slug,
    text_edit,
    unique_id,
)
from .label_reference import catalogue_completer, course_reference, daily_reference, substance_of
from .schedule_editor import ScheduleEditor

Index = QModelIndex | QPersistentModelIndex

def tr(text: str) -> str:
    return QCoreApplication.translate("PlanForms", text)


# --- ingredients ------------------------------------------------------------------------


class IngredientsModel(QAbstractTableModel):
    """The substances of one medicine and their mg per dose, edited in place."""

    HEADERS = ("Substance (generic name)", "mg per dose")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []

    def set_ingredients(self, ingredients: Sequence[Ingredient]) -> None:
        self.beginResetModel()
        self._rows = [[i.substance, fmt_number(i.mg)] for i in ingredients]
        self.endResetModel()

    def to_json(self) -> list[dict[str, Any]]:
        return [{"substance": s.strip(), "mg": number_or_text(mg)} for s, mg in self._rows]

    def add(self, substance: str = "", mg: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([substance, mg])
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < 2:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._rows[index.row()][index.column()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        if not 0 <= index.column() < 2:
            return False
        self._rows[index.row()][index.column()] = str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 2:
            return tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


# --- medicines ------------------------------------------------------------------------


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

        self.dose = line_edit(self, tr("Dose"), max_len=10_000)
        self.dose.setPlaceholderText(tr("what to take, e.g. 1 tablet"))
        self.add_row(tr("&Dose:"), self.dose, "dose")
        self.schedule = ScheduleEditor(True, default_start, self)
        self.add_row(tr("&Schedule:"), self.schedule, "schedule")

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

        self.instructions = text_edit(self, tr("Instructions"))
        self.add_row(tr("&Instructions:"), self.instructions, "instructions")
        self.prescriber = line_edit(self, tr("Prescriber"))
        self.add_row(tr("&Prescriber:"), self.prescriber, "prescriber")
        self.units = line_edit(self, tr("Units per dose"))
        self.units.setPlaceholderText(tr("1 (tablets or capsules per dose)"))
        self.add_row(tr("&Units per dose:"), self.units, "units_per_dose")

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


# --- the plan's details ----------------------------------------------------------------


class PlanDetailsForm(ValidatingForm):
    """Whose plan it is and the plan itself: title, dates, clinician, goals, PSFS."""

    def __init__(
        self,
        document: PlanDocument,
        catalogue: Catalogue | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Plan details"), catalogue, parent)
        self.document = document
        patient, plan = document.patient, document.plan
        self.patient_name = line_edit(self, tr("Patient name"), patient.name, 120)
        self.add_row(tr("Patient &name:"), self.patient_name, "patient.name")
        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC")
        self.timezone.addItems(zones)
        completer = QCompleter(zones, self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.timezone.setCurrentText(patient.timezone)
        self.timezone.setAccessibleName(tr("Time zone"))
        self.add_row(tr("&Time zone:"), self.timezone, "patient.timezone")
        self.patient_notes = text_edit(self, tr("Notes about the patient"), patient.notes or "", 2)
        self.add_row(tr("About the &patient:"), self.patient_notes, "patient.notes")

        self.title = line_edit(self, tr("Plan title"), plan.title)
        self.add_row(tr("Plan &title:"), self.title, "plan.title")
        self.start = date_edit(self, plan.start, tr("First day of the plan"))
        self.add_row(tr("&Starts on:"), self.start, "plan.start")
        end_box = QWidget(self)
        end_row = QHBoxLayout(end_box)
        end_row.setContentsMargins(0, 0, 0, 0)
        self.has_end = QCheckBox(tr("Ends on"), end_box)
        self.end = date_edit(end_box, plan.end or plan.start, tr("Last day of the plan"))
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end)
        end_row.addStretch(1)
        self.has_end.setChecked(plan.end is not None)
        self.end.setEnabled(plan.end is not None)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.add_row(tr("Last day:"), end_box, "plan.end")

        clinician = plan.clinician
        self.clinician_name = line_edit(self, tr("Clinician's name"), clinician.name if clinician else "")
        self.clinician_role = line_edit(
            self, tr("Clinician's role"), (clinician.role or "") if clinician else ""
        )
        self.clinician_contact = line_edit(
            self, tr("Clinician's contact"), (clinician.contact or "") if clinician else "", 10_000
        )
        self.add_row(tr("&Clinician:"), self.clinician_name, "plan.clinician.name", "plan.clinician")
        self.add_row(tr("Clinician's &role:"), self.clinician_role, "plan.clinician.role")
        self.add_row(tr("Clinician's c&ontact:"), self.clinician_contact, "plan.clinician.contact")
        self.goals = text_edit(self, tr("Goals, one a line"), "\n".join(plan.goals or ()))
        self.add_row(tr("&Goals (one a line):"), self.goals, "plan.goals")
        self.psfs = text_edit(
            self, tr("Activities to score, one a line"), "\n".join(plan.psfs_activities or ()), 5
        )
        self.psfs.setToolTip(
            tr("Up to five activities the patient finds hard; the log scores each 0-10 (PSFS).")
        )
        self.add_row(tr("PSFS &activities (1-5):"), self.psfs, "plan.psfs_activities")
        self.notes = text_edit(self, tr("Plan notes"), plan.notes or "")
        self.add_row(tr("N&otes:"), self.notes, "plan.notes")
        self.watch(
            self.patient_name, self.timezone, self.patient_notes, self.title, self.start, self.has_end,
            self.end, self.clinician_name, self.clinician_role, self.clinician_contact, self.goals,
            self.psfs, self.notes,
        )  # fmt: skip
        self.start_checking()

    def to_json(self) -> tuple[dict[str, Any], dict[str, Any]]:
        patient: dict[str, Any] = {
            "name": self.patient_name.text(),
            "timezone": self.timezone.currentText().strip(),
        }
        if self.patient_notes.toPlainText().strip():
            patient["notes"] = self.patient_notes.toPlainText().strip()
        plan: dict[str, Any] = {
            "title": self.title.text().strip(),
            "start": pydate(self.start.date()).isoformat(),
        }
        if self.has_end.isChecked():
            plan["end"] = pydate(self.end.date()).isoformat()
        who = [w.text().strip() for w in (self.clinician_name, self.clinician_role, self.clinician_contact)]
        if any(who):
            clinician: dict[str, Any] = {"name": who[0]}
            if who[1]:
                clinician["role"] = who[1]
            if who[2]:
                clinician["contact"] = who[2]
            plan["clinician"] = clinician
        goals = lines_of(self.goals)
        if goals:
            plan["goals"] = goals
        psfs = lines_of(self.psfs)
        if psfs:
            plan["psfs_activities"] = psfs
        if self.notes.toPlainText().strip():
            plan["notes"] = self.notes.toPlainText().strip()
        current = codec.plan_to_json(self.document.plan)
        if "flare_up" in current:
            plan["flare_up"] = current["flare_up"]
        return patient, plan

    def build(self) -> tuple[Patient, Plan]:
        patient, plan = self.to_json()
        return codec.parse_patient(patient, "patient"), codec.parse_plan(plan, "plan")

    def candidate(self, value: tuple[Patient, Plan]) -> tuple[PlanDocument, str]:
        patient, plan = value
        return replace(self.document, patient=patient, plan=plan, log=(), events=()), ""

    @staticmethod
    def _relative(exc: ValidationError, prefix: str) -> ValidationError:
        if exc.path.startswith(("patient", "plan")):
            return exc
        return ValidationError("~" + exc.path, str(exc))


# --- the flare-up plan ------------------------------------------------------------------


class FlareUpForm(ValidatingForm):
    """What the patient does when pain flares: advice, how many days, its medicines and
    activities (without dates: they run from the moment a flare-up is started)."""

    def __init__(
        self,
        document: PlanDocument,
        catalogue: Catalogue | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Flare-up plan"), catalogue, parent)
        from .models import ActivitiesModel, MedicationsModel

        self.document = document
        flare = document.plan.flare_up
        self.enabled = QCheckBox(tr("This plan has a flare-up plan"), self)
        self.enabled.setChecked(flare is not None)
        self.form.addRow(self.enabled)
        self.advice = text_edit(self, tr("Advice when pain flares"), flare.advice if flare else "", 4)
        self.add_row(tr("&Advice:"), self.advice, "advice")
        self.days = QSpinBox(self)
        self.days.setRange(1, 14)
        self.days.setValue(flare.days if flare else 3)
        self.days.setSuffix(tr(" days"))
        self.days.setAccessibleName(tr("Days the flare-up items run"))
        self.add_row(tr("Runs for:"), self.days, "days")
        self.medications: list[Medication] = list(flare.medications) if flare else []
        self.activities: list[Activity] = list(flare.activities) if flare else []
        self.medications_model = MedicationsModel(self)
        self.activities_model = ActivitiesModel(self)
        self.medications_view = self._list(self.medications_model, tr("Flare-up medicines"))
        self.activities_view = self._list(self.activities_model, tr("Flare-up activities"))
        self.add_row(tr("Medicines:"), self._with_buttons(self.medications_view, "medication"), "medications")
        self.add_row(tr("Activities:"), self._with_buttons(self.activities_view, "activity"), "activities")
        self._refresh_lists()
        self.watch(self.enabled, self.advice, self.days)
        self.enabled.toggled.connect(self._enable)
        self._enable(self.enabled.isChecked())
        self.open_form: ValidatingForm | None = None
        self.start_checking()

    def _list(self, model: QAbstractTableModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setFixedHeight(self.fontMetrics().lineSpacing() * 6)
        return view

    def _with_buttons(self, view: QTableView, kind: str) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(view)
        row = QHBoxLayout()
        for text, action in ((tr("Add…"), "add"), (tr("Edit…"), "edit"), (tr("Remove"), "remove")):
            button = QPushButton(text, box)
            button.setAccessibleName(f"{text} ({view.accessibleName()})")
            button.clicked.connect(lambda _=False, k=kind, a=action: self._item_action(k, a))
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        view.doubleClicked.connect(lambda _index, k=kind: self._item_action(k, "edit"))
        return box

    def _enable(self, on: bool) -> None:
        for widget in (self.advice, self.days, self.medications_view, self.activities_view):
            widget.setEnabled(on)

    def _refresh_lists(self) -> None:
        self.medications_model.set_rows(self.medications)
        self.activities_model.set_rows(self.activities)

    def _taken_ids(self, but: str | None = None) -> set[str]:
        doc = self.document
        ids = {m.id for m in doc.medications} | {a.id for a in doc.activities}
        ids |= {m.id for m in self.medications} | {a.id for a in self.activities}
        return ids - ({but} if but else set())

    def _candidate_plan(self, meds: Sequence[Medication], acts: Sequence[Activity]) -> Plan:
        flare = FlareUpPlan(
            advice=self.advice.toPlainText().strip() or tr("Follow your flare-up plan."),
            days=self.days.value(),
            medications=tuple(meds),
            activities=tuple(acts),
        )
        return replace(self.document.plan, flare_up=flare)

    def _item_context(self, kind: str, row: int | None) -> Context:
        def context(item: Any) -> tuple[PlanDocument, str]:
            meds, acts = list(self.medications), list(self.activities)
            items: list[Any] = meds if kind == "medication" else acts
            index = len(items) if row is None else row
            if row is None:
                items.append(item)
            else:
                items[row] = item
            doc = replace(self.document, plan=self._candidate_plan(meds, acts), log=(), events=())
            section = "medications" if kind == "medication" else "activities"
            return doc, f"plan.flare_up.{section}[{index}]"

        return context

    def _item_action(self, kind: str, action: str) -> ValidatingForm | None:
        view = self.medications_view if kind == "medication" else self.activities_view
        items: list[Any] = self.medications if kind == "medication" else self.activities
        current = view.currentIndex()
        row = current.row() if current.isValid() else None
        if action == "remove":
            if row is not None:
                del items[row]
                self._refresh_lists()
                self.revalidate()
            return None
        if action == "edit" and row is None:
            return None
        existing = items[row] if action == "edit" and row is not None else None
        target_row = row if action == "edit" else None
        form: ValidatingForm
        if kind == "medication":
            form = MedicationForm(
                self._item_context(kind, target_row), self.catalogue, self.document.plan.start,
                self._taken_ids(existing.id if existing else None), existing, flare_up=True, parent=self,
            )  # fmt: skip
        else:
            from .activity_form import ActivityForm

            form = ActivityForm(
                self._item_context(kind, target_row), self.document.plan.start,
                self._taken_ids(existing.id if existing else None), existing, flare_up=True, parent=self,
            )  # fmt: skip

        def done() -> None:
            if target_row is None:
                items.append(form.value)
            else:
                items[target_row] = form.value
            self._refresh_lists()
            self.revalidate()

        form.accepted.connect(done)
        form.open()
        self.open_form = form
        return form

    def add_medication(self) -> ValidatingForm | None:
        return self._item_action("medication", "add")

    def add_activity(self) -> ValidatingForm | None:
        return self._item_action("activity", "add")

    def to_json(self) -> dict[str, Any] | None:
        if not self.enabled.isChecked():
            return None
        data: dict[str, Any] = {"advice": self.advice.toPlainText().strip(), "days": self.days.value()}
        if self.medications:
            data["medications"] = [codec.medication_to_json(m) for m in self.medications]
        if self.activities:
            data["activities"] = [codec.activity_to_json(a) for a in self.activities]
        return data

    def build(self) -> FlareUpPlan | None:
        data = self.to_json()
        if data is None:
            return None
        warnings = codec.Warnings()
        flare = codec.parse_flare_up(data, "", warnings)
        self.warnings = list(warnings)
        return flare

    def candidate(self, value: FlareUpPlan | None) -> tuple[PlanDocument, str]:
        plan = replace(self.document.plan, flare_up=value)
        return replace(self.document, plan=plan, log=(), events=()), "plan.flare_up"

    def revalidate(self, *_args: object) -> None:
        super().revalidate()
        if self.enabled.isChecked() is False and self.error is None:
            self.value = None
            self.save_button.setEnabled(True)

    def _save(self) -> None:
        self.revalidate()
        if self.error is None:
            self.accept()

    def finding_concerns(self, finding: Finding, value: Any) -> bool:
        ids = {m.id for m in self.medications}
        return bool(ids & set(finding.items))


# --- stepping a medicine down -------------------------------------------------------------


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


__all__ = [
    "FlareUpForm",
    "IngredientsModel",
    "MedicationForm",
    "PlanDetailsForm",
    "ScheduleEditor",
    "StepDownForm",
    "ValidatingForm",
    "slug",
    "unique_id",
]
