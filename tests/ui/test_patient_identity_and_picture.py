"""Issue 21 in the window: same-named patients told apart, a custom exercise's picture."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from backplan.domain.model import PlanDocument
from backplan.services.backplan_service import Backplan
from backplan.services.errors import ServiceError
from backplan.ui.plan.exercise_form import ExerciseForm
from backplan.ui.shell.main_window import MainWindow


def _twins(services: Backplan, acute_doc: PlanDocument) -> tuple[int, int]:
    one = replace(acute_doc.patient, identifier="MRN-1", birth_date=date(1961, 3, 3))
    two = replace(acute_doc.patient, identifier="MRN-2")
    first = services.import_document(replace(acute_doc, patient=one)).patient_id
    second = services.import_document(replace(acute_doc, patient=two)).patient_id
    return first, second


def test_two_patients_may_share_a_name_and_are_told_apart(
    services: Backplan, acute_doc: PlanDocument
) -> None:
    first, second = _twins(services, acute_doc)
    assert first != second
    assert services.resolve_patient("  mrn-2 ") == second
    with pytest.raises(ServiceError, match="'MRN-1', 'MRN-2'"):
        services.resolve_patient("sam rivera")
    # The same identifier again is the same patient: refused without --replace.
    again = replace(acute_doc, patient=replace(acute_doc.patient, identifier="MRN-1"))
    with pytest.raises(ServiceError, match="already exists"):
        services.import_document(again)
    assert services.import_document(again, replace=True).patient_id == first
    # A file without an identifier cannot say which of the two it means.
    with pytest.raises(ServiceError, match="give the file an identifier"):
        services.import_document(acute_doc)


def test_without_identifiers_the_name_is_the_patient(services: Backplan, acute_doc: PlanDocument) -> None:
    pid = services.import_document(acute_doc).patient_id
    with pytest.raises(ServiceError, match="already exists"):
        services.import_document(acute_doc)
    assert services.resolve_patient(" SAM RIVERA") == pid


def test_the_switcher_shows_identifier_and_birth_date(
    services: Backplan, acute_doc: PlanDocument, window_factory: Callable[[Backplan], MainWindow]
) -> None:
    first, second = _twins(services, acute_doc)
    window = window_factory(services)
    combo = window.patient_combo
    items = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert items == {first: "Sam Rivera · MRN-1 · born 3 Mar 1961", second: "Sam Rivera · MRN-2"}
    combo.setCurrentIndex(combo.findData(second))
    assert window.patient_id == second
    combo.setCurrentIndex(combo.findData(first))
    assert window.patient_id == first


def _png(path: Path, width: int = 64, height: int = 32) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    path.write_bytes(bytes(data.data()))
    return path


def test_the_custom_exercise_form_takes_a_picture_from_a_file(qtbot: QtBot, tmp_path: Path) -> None:
    form = ExerciseForm("custom")
    qtbot.addWidget(form)
    assert form.choose_picture_button.text() == "Choose picture…"
    qtbot.keyClicks(form.custom_name, "Wall slide")
    form.custom_instructions.setPlainText("Slide up the wall.")
    assert form.set_picture_file(_png(tmp_path / "wall.png")) is None
    uri = form.to_json()["custom"]["image"]
    assert uri.startswith("data:image/png;base64,")
    built = form.build()
    assert built.custom is not None and built.custom.image == uri
    assert form.picture_preview.pixmap() is not None and not form.picture_preview.pixmap().isNull()
    # Not a picture (whatever its name says), and a picture past the limits: refused,
    # the one chosen before is kept.
    fake = tmp_path / "fake.png"
    fake.write_text("<svg/>")
    assert "not a PNG or JPEG" in (form.set_picture_file(fake) or "")
    assert "4000 x 4000" in (form.set_picture_file(_png(tmp_path / "huge.png", 4001, 2)) or "")
    assert form.to_json()["custom"]["image"] == uri
    form.remove_picture_button.click()
    assert "image" not in form.to_json()["custom"]
