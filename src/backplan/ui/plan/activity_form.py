"""The plan editor's activity form, its exercise prescriptions and the exercise picker.

An activity (a therapy session, stretches, a walk) carries its schedule, the heat
before and cold after it, and the exercises done in it. Exercises come from the
bundled, illustrated library (a picker with thumbnails and a search box) or are
written by the clinician as a custom exercise with its own instructions. Each form
checks with the codec's rules as it is typed (see :mod:`backplan.ui.plan.forms`);
heat or cold above 20 minutes is accepted with the codec's own warning shown beside
the field, and above 30 cannot be entered.
"""

from __future__ import annotations

import base64
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backplan.domain import codec
from backplan.domain.errors import ValidationError
from backplan.domain.images import ImageError, decode_data_uri
from backplan.domain.model import Activity, ActivityKind, ExercisePrescription, PlanDocument, Side

from ..common import formatting as fmt
from ..common.exercise_library import (
    ExerciseLibrary,
    LibraryEntry,
    bundled_library,
    exercise_icon,
    render_picture,
)
from ..common.screen_fit import fit_to_screen
from ..common.widgets import bold, heading, muted, text_label
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

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanForms", text)


# --- the picker ---------------------------------------------------------------------------


class LibraryModel(QAbstractListModel):
    """The bundled exercises with their thumbnails, for the picker's list."""

    ICON_SIZE = 96
    THUMBNAIL = QSize(144, 72)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, library: ExerciseLibrary, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[LibraryEntry] = list(library)
        self._icons: dict[str, QIcon] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries) or index.column() != 0:
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.purpose
        if role == self.ID_ROLE:
            return entry.id
        return None

    def entry(self, row: int) -> LibraryEntry:
        return self.entries[row]

    def _icon(self, entry: LibraryEntry) -> QIcon:
        """A wide thumbnail: the drawings show a start and an end position side by side."""
        if entry.id not in self._icons:
            pixmap = render_picture(entry, self.THUMBNAIL)
            self._icons[entry.id] = (
                QIcon(pixmap) if pixmap is not None else exercise_icon(entry, self.ICON_SIZE)
            )
        return self._icons[entry.id]


class LibraryFilter(QSortFilterProxyModel):
    """Keeps the exercises whose name, id or purpose has every word typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""

    def set_text(self, text: str) -> None:
        # Qt 6.10 replaced invalidateFilter (deprecated since) with a begin/end pair
        # around the change; older Qt, which the lower bound allows, has only the former.
        if hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            self._text = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._text = text
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        return model.entry(source_row).matches(self._text)


class ExercisePicker(QDialog):
    """Choose an exercise from the illustrated library; search narrows the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Choose an exercise"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.library = bundled_library()
        self.chosen: LibraryEntry | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Choose an exercise"), 2))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search by name or purpose, e.g. hamstring"))
        self.search.setAccessibleName(tr("Search the exercises"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        self.model = LibraryModel(self.library, self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView(self)
        self.list.setAccessibleName(tr("Exercises"))
        self.list.setModel(self.proxy)
        # A list rather than a grid of icons: the full names stay readable at any text size.
        self.list.setIconSize(LibraryModel.THUMBNAIL)
        self.list.setSpacing(2)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        row.addWidget(self.list, 3)
        details = QWidget(self)
        dl = QVBoxLayout(details)
        dl.setContentsMargins(8, 0, 0, 0)
        self.picture = QLabel(details)
        self.picture.setMinimumSize(240, 160)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = bold(text_label())
        self.purpose = text_label()
        self.dose = muted(text_label())
        self.cautions = text_label()
        for widget in (self.picture, self.name, self.purpose, self.dose, self.cautions):
            dl.addWidget(widget)
        dl.addStretch(1)
        details.setMinimumWidth(280)
        row.addWidget(details, 2)
        layout.addLayout(row, 1)
        self.empty = muted(text_label(tr("No exercise matches; try fewer words, or add a custom exercise.")))
        self.empty.hide()
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("&Add this exercise"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self._choose)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._filter)
        self.list.selectionModel().currentChanged.connect(self._show_current)
        self.list.doubleClicked.connect(lambda _index: self._choose())
        fit_to_screen(self, 860, 620)
        self.select(0)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.empty.setVisible(self.proxy.rowCount() == 0)
        self.select(0)

    def select(self, row: int) -> None:
        if 0 <= row < self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(row, 0))
        else:
            self._show_entry(None)

    def select_id(self, exercise_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(LibraryModel.ID_ROLE) == exercise_id:
                self.select(row)
                return True
        return False

    def current_entry(self) -> LibraryEntry | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self.model.entry(self.proxy.mapToSource(index).row())

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_entry(self.current_entry())

    def _show_entry(self, entry: LibraryEntry | None) -> None:
        self.ok.setEnabled(entry is not None)
        if entry is None:
            for label in (self.name, self.purpose, self.dose, self.cautions):
                label.clear()
            self.picture.clear()
            return
        pixmap = render_picture(entry, QSize(240, 160))
        if pixmap is not None:
            self.picture.setPixmap(pixmap)
        else:
            self.picture.clear()
        self.name.setText(entry.name)
        self.purpose.setText(entry.purpose)
        self.dose.setText(
            tr("Typical: {dose} ({source})").format(dose=entry.typical_dose, source=entry.source)
        )
        self.cautions.setText("\n".join("⚠ " + c for c in entry.cautions))

    def _choose(self) -> None:
        self.chosen = self.current_entry()
        if self.chosen is not None:
            self.accept()


# --- one exercise prescription -------------------------------------------------------------

SIDES = (
    (None, "not set (both sides)"),
    (Side.BOTH, "both sides together"),
    (Side.EACH, "each side in turn"),
    (Side.LEFT, "left only"),
    (Side.RIGHT, "right only"),
)


class ExerciseForm(ValidatingForm):
    """Sets, reps, hold and side for one exercise (a library one, or a custom one)."""

    def __init__(
        self,
        exercise_id: str,
        prescription: ExercisePrescription | None = None,
        entry: LibraryEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        custom = exercise_id == "custom"
        title = tr("Custom exercise") if custom else (entry.name if entry else exercise_id)
        super().__init__(title, None, parent)
        self.exercise_id = exercise_id
        fit_to_screen(self, 520, 520)
        if entry is not None:
            picture = QLabel(self)
            pixmap = render_picture(entry, QSize(220, 140))
            if pixmap is not None:
                picture.setPixmap(pixmap)
            self.body.insertWidget(1, picture)
            self.body.insertWidget(2, muted(text_label(entry.purpose)))
        self.custom_name = line_edit(self, tr("Exercise name"))
        self.custom_instructions = text_edit(self, tr("How to do it"), lines=5)
        self.custom_image: str | None = None  # the clinician's picture, as a data URI
        if custom:
            self.add_row(tr("&Name:"), self.custom_name, "custom.name", "custom")
            self.add_row(tr("&How to do it:"), self.custom_instructions, "custom.instructions")
            self.add_row(tr("Pict&ure:"), self._picture_row(), "custom.image")
        p = prescription
        self.sets = optional_spin(self, tr("Sets"), 10, tr("not set (1)"), p.sets if p else None)
        self.reps = optional_spin(self, tr("Repetitions"), 100, tr("not set"), p.reps if p else None)
        self.hold = optional_spin(
            self, tr("Hold, seconds"), 300, tr("no hold"), p.hold_seconds if p else None
        )
        self.hold.setSuffix(tr(" s"))
        self.side = QComboBox(self)
        self.side.setAccessibleName(tr("Side"))
        for value, label in SIDES:
            self.side.addItem(tr(label), value.value if value is not None else "")
        self.notes = text_edit(self, tr("Notes"), (p.notes or "") if p else "", 2)
        self.add_row(tr("S&ets:"), self.sets, "sets")
        self.add_row(tr("&Repetitions:"), self.reps, "reps")
        self.add_row(tr("H&old:"), self.hold, "hold_seconds")
        self.add_row(tr("Si&de:"), self.side, "side")
        self.add_row(tr("N&otes:"), self.notes, "notes")
        if p is not None:
            if p.custom is not None:
                self.custom_name.setText(p.custom.name)
                self.custom_instructions.setPlainText(p.custom.instructions)
                self._set_picture(p.custom.image)
            self.side.setCurrentIndex(self.side.findData(p.side.value) if p.side is not None else 0)
        elif entry is not None:  # the library's usual dose as a starting point
            self.reps.setValue(entry.default_reps or 0)
            self.hold.setValue(entry.default_hold_seconds or 0)
            if entry.each_side:
                self.side.setCurrentIndex(self.side.findData(Side.EACH.value))
        self.watch(
            self.custom_name, self.custom_instructions, self.sets, self.reps, self.hold, self.side, self.notes
        )
        self.start_checking()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"exercise": self.exercise_id}
        if self.exercise_id == "custom":
            data["custom"] = {
                "name": self.custom_name.text().strip(),
                "instructions": self.custom_instructions.toPlainText().strip(),
            }
            if self.custom_image is not None:
                data["custom"]["image"] = self.custom_image
        for key, spin in (("sets", self.sets), ("reps", self.reps), ("hold_seconds", self.hold)):
            if spin.value():
                data[key] = spin.value()
        side = self.side.currentData()
        if side:
            data["side"] = side
        if self.notes.toPlainText().strip():
            data["notes"] = self.notes.toPlainText().strip()
        return data

    # --- the clinician's own picture (custom.image) -------------------------------

    def _picture_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picture_preview = QLabel(tr("No picture"), row)
        self.picture_preview.setMinimumSize(QSize(120, 60))
        self.choose_picture_button = QPushButton(tr("Choose picture…"), row)
        self.choose_picture_button.setToolTip(tr("A PNG or JPEG of at most 1 MiB, printed on the plan sheet"))
        self.remove_picture_button = QPushButton(tr("Remove picture"), row)
        self.choose_picture_button.clicked.connect(self.choose_picture)
        self.remove_picture_button.clicked.connect(lambda: self._set_picture(None))
        layout.addWidget(self.picture_preview, 1)
        layout.addWidget(self.choose_picture_button)
        layout.addWidget(self.remove_picture_button)
        self.remove_picture_button.setEnabled(False)
        return row

    def choose_picture(self) -> None:
        """Asks for a PNG or JPEG file and takes it as the exercise's picture."""
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose a picture"), "", tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        problem = self.set_picture_file(Path(path))
        if problem is not None:
            QMessageBox.warning(self, tr("Choose a picture"), problem)

    def set_picture_file(self, path: Path) -> str | None:
        """Takes the picture in ``path``; returns what is wrong with it, or None.

        The file is checked as the codec checks ``custom.image`` (PNG or JPEG by its
        content, not its name; at most 1 MiB and 4000 x 4000 pixels), so the form
        never holds a picture the plan file would refuse.
        """
        try:
            data = path.read_bytes()
        except OSError as exc:
            return tr("{name} cannot be read: {why}").format(name=path.name, why=exc.strerror or exc)
        kind = "png" if data.startswith(b"\x89PNG\r\n\x1a\n") else "jpeg" if data[:2] == b"\xff\xd8" else None
        if kind is None:
            return tr("{name} is not a PNG or JPEG picture.").format(name=path.name)
        uri = f"data:image/{kind};base64," + base64.b64encode(data).decode("ascii")
        try:
            decode_data_uri(uri)
        except ImageError as exc:
            return tr("{name}: the picture must be {what}.").format(name=path.name, what=str(exc))
        self._set_picture(uri)
        return None

    def _set_picture(self, uri: str | None) -> None:
        self.custom_image = uri
        pixmap = QPixmap()
        if uri is not None:
            pixmap.loadFromData(QByteArray(base64.b64decode(uri.split(",", 1)[1])))
        if pixmap.isNull():
            self.picture_preview.setPixmap(QPixmap())
            self.picture_preview.setText(tr("No picture") if uri is None else tr("Picture attached"))
        else:
            self.picture_preview.setPixmap(
                pixmap.scaled(QSize(160, 90), Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
            )  # fmt: skip
        self.remove_picture_button.setEnabled(uri is not None)
        self.revalidate()

    def build(self) -> ExercisePrescription:
        return codec.parse_exercise(self.to_json(), "")

    def candidate(self, value: Any) -> tuple[PlanDocument, str]:
        raise NotImplementedError  # checked on its own; the activity form checks the whole

    def revalidate(self, *_args: object) -> None:
        if not self._ready:
            return
        self.value, self.error, self.findings, self.warnings = None, None, [], []
        try:
            self.value = self.build()
        except ValidationError as exc:
            self.error = exc
        self._show()
        self.changed.emit()


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


__all__ = ["ActivityForm", "ExerciseForm", "ExercisePicker", "LibraryFilter", "LibraryModel"]
