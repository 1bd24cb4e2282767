"""The first-run screen: its three choices, importing a plan, starting a new one."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from backplan.services.backplan_service import Backplan
from backplan.ui.common.first_run import NewPlanDialog
from backplan.ui.shell.main_window import MainWindow

ACUTE_FILE = Path(__file__).resolve().parents[1] / "data" / "examples" / "acute-3-weeks.backplan.json"


def test_an_empty_folder_shows_the_three_choices(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.first_run
    choices = [
        b.text()
        for b in (window.first_run.new_button, window.first_run.import_button, window.first_run.demo_button)
    ]
    assert choices == [
        "Start a new plan",
        "Import a plan file from your physiotherapist",
        "Try the demo",
    ]
    for button in (window.first_run.new_button, window.first_run.import_button, window.first_run.demo_button):
        assert button.isVisible() and button.isEnabled()
    # Sections make no sense without a patient.
    assert not window.section_actions["plan"].isEnabled()


def test_importing_the_example_shows_its_plan(window: MainWindow, services: Backplan) -> None:
    result = window.first_run.import_file(ACUTE_FILE)
    assert result is not None
    assert window.pages.currentWidget() is window.main_page
    assert window.current_section() == "plan"
    plan = window.plan_view
    assert plan.title.text() == "Sam Rivera"
    meds = plan.medications_model
    assert [meds.index(r, 0).data() for r in range(meds.rowCount())] == [
        "Carisoprodol 350 mg",
        "Ibuprofen 200 mg",
    ]
    assert meds.index(0, 2).data() == "08:00, 14:00, 20:00, 22:30 daily"
    assert meds.index(0, 4).data() == "14 days"
    assert meds.index(1, 2).data() == "as needed: at least 6 h apart, at most 3 in 24 h"
    acts = plan.activities_model
    titles = [acts.index(r, 0).data() for r in range(acts.rowCount())]
    assert titles == ["Physical therapy at Riverside Physio", "Morning stretches", "Evening walk"]
    assert acts.index(0, 2).data() == "Tuesdays and Fridays at 10:00"
    assert acts.index(1, 4).data() == "heat 15 min before"
    # Selecting the stretches lists their four exercises, with names from the library.
    plan.select_activity(1)
    ex = plan.exercises_model
    names = [ex.index(r, 0).data() for r in range(ex.rowCount())]
    assert len(names) == 4 and names[0] == "Knee-to-chest stretch"
    assert ex.index(0, 3).data() == "each side"
    assert ex.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None  # the picture


def test_a_bad_file_names_the_problem_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, services: Backplan, tmp_path: Path
) -> None:
    bad = json.loads(ACUTE_FILE.read_text(encoding="utf-8"))
    bad["patient"]["timezone"] = "Mars/Olympus_Mons"
    path = tmp_path / "bad.backplan.json"
    path.write_text(json.dumps(bad), encoding="utf-8")

    assert window.first_run.import_file(path) is None

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    detail = box.informativeText()
    assert str(path) in detail and "patient.timezone" in detail
    box.accept()
    assert services.patient_names() == []
    assert window.pages.currentWidget() is window.first_run


def test_starting_a_new_plan(qtbot: QtBot, window: MainWindow, services: Backplan) -> None:
    dialog = window.first_run.start_new_plan()
    assert isinstance(dialog, NewPlanDialog)
    assert not dialog.ok.isEnabled()  # no name yet
    qtbot.keyClicks(dialog.name, "Ada Park")
    dialog.timezone.setCurrentText("Europe/Berlin")
    dialog.title.setText("After the fall")
    dialog.start.setDate(QDate(2026, 12, 3))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert services.patient_names() == ["Ada Park"]
    doc = services.document(services.resolve_patient("Ada Park"))
    assert doc.patient.timezone == "Europe/Berlin"
    assert doc.plan.title == "After the fall" and doc.plan.start == date(2026, 12, 3)
    assert window.pages.currentWidget() is window.main_page
    assert window.plan_view.title.text() == "Ada Park"


def test_a_new_plan_refuses_an_unknown_time_zone(
    qtbot: QtBot, window: MainWindow, services: Backplan
) -> None:
    dialog = window.first_run.start_new_plan()
    qtbot.keyClicks(dialog.name, "Ada Park")
    dialog.timezone.setCurrentText("Atlantis/Capital")
    dialog.create_plan()
    assert dialog.isVisible()
    assert "Atlantis/Capital" in dialog.error.text()
    assert services.patient_names() == []
    dialog.reject()


def test_try_the_demo_says_how_when_it_cannot_start(qtbot: QtBot, window: MainWindow) -> None:
    assert window.first_run.try_demo() is False
    box = window.first_run.dialog
    assert isinstance(box, QMessageBox)
    assert "backplan --demo" in box.informativeText()
    box.accept()
