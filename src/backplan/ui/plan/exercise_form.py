"""One exercise prescription of an activity: sets, reps, hold, side and a picture.

A library exercise keeps the library's picture and instructions; a custom one is
written by the clinician, with a picture of their own if they choose one.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from backplan.domain import codec
from backplan.domain.errors import ValidationError
from backplan.domain.images import ImageError, decode_data_uri
from backplan.domain.model import ExercisePrescription, PlanDocument, Side

from ..common.exercise_library import LibraryEntry, render_picture
from ..common.screen_fit import fit_to_screen
from ..common.widgets import muted, text_label
from .form_base import ValidatingForm, line_edit, optional_spin, text_edit


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanForms", text)


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
