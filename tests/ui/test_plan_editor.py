"""The plan editor, driven like a person would: typing into the forms and pressing Save.

Real services on a real SQLite file, the fixed clock, an offscreen QApplication.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from backplan.domain.model import PlanDocument
from backplan.services.backplan_service import Backplan
from backplan.services.taper import gaps_and_overlaps, taper_steps
from backplan.services.templates import list_templates
from backplan.ui.common.first_run import NewPlanDialog
from backplan.ui.plan.activity_form import ActivityForm
from backplan.ui.plan.exercise_form import ExerciseForm
from backplan.ui.plan.exercise_picker import ExercisePicker, LibraryFilter, LibraryModel
from backplan.ui.plan.form_base import ValidatingForm
from backplan.ui.plan.ingredients_model import IngredientsModel
from backplan.ui.plan.medication_form import MedicationForm
from backplan.ui.plan.view import PlanView
from backplan.ui.shell.main_window import MainWindow

ACUTE = Path(__file__).resolve().parents[1] / "data" / "examples" / "acute-3-weeks.backplan.json"


def _save(qtbot: QtBot, form: ValidatingForm) -> None:
    assert form.save_button.isEnabled(), form.messages()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)


def _type(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.clear()
    qtbot.keyClicks(widget, text)


def _day(text: str) -> QDate:
    return QDate.fromString(text, "yyyy-MM-dd")


def _view(qtbot: QtBot, services: Backplan) -> PlanView:
    view = PlanView(services)
    qtbot.addWidget(view)
    view.confirm = lambda _title, _text: True
    return view


def _new_patient(qtbot: QtBot, services: Backplan, view: PlanView) -> int:
    dialog = view.new_patient()
    assert isinstance(dialog, NewPlanDialog)
    with qtbot.waitSignal(view.patient_created) as created:
        _type(qtbot, dialog.name, "Sam Rivera")
        dialog.timezone.setCurrentText("America/Chicago")
        _type(qtbot, dialog.title, "Acute low back pain: 3-week plan")
        dialog.start.setDate(_day("2026-12-01"))
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    pid = created.args[0]
    view.set_patient(pid)
    return pid


def _add_exercise(qtbot: QtBot, form: ActivityForm, exercise: str, **dose: object) -> None:
    picker = form.pick_exercise()
    assert isinstance(picker, ExercisePicker)
    assert picker.select_id(exercise)
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    ex = form.open_form
    assert isinstance(ex, ExerciseForm)
    ex.sets.setValue(int(dose.get("sets", 0)))  # type: ignore[call-overload]
    ex.reps.setValue(int(dose.get("reps", 0)))  # type: ignore[call-overload]
    ex.hold.setValue(int(dose.get("hold", 0)))  # type: ignore[call-overload]
    side = dose.get("side")
    ex.side.setCurrentIndex(ex.side.findData(side or ""))
    _save(qtbot, ex)


def build_acute_plan(qtbot: QtBot, services: Backplan) -> tuple[PlanView, int]:
    view = _view(qtbot, services)
    pid = _new_patient(qtbot, services, view)

    details = view.edit_plan_details()
    assert details is not None
    _type(qtbot, details.patient_notes, "Desk job; lifting injury on 2026-11-28.")
    details.has_end.setChecked(True)
    details.end.setDate(_day("2026-12-21"))
    _type(qtbot, details.clinician_name, "Jordan Lee")
    _type(qtbot, details.clinician_role, "Physiotherapist")
    _type(qtbot, details.clinician_contact, "Riverside Physio, 555-0142")
    details.goals.setPlainText("Walk 30 minutes without stopping\nSit through a one-hour meeting")
    details.psfs.setPlainText("Putting on socks\nSitting for 30 minutes\nWalking to the bus stop")
    details.notes.setPlainText("Keep moving within comfort. Call if pain spreads to both legs.")
    _save(qtbot, details)

    med = view.add_medication()
    assert med is not None
    _type(qtbot, med.name, "Carisoprodol 350 mg")
    assert med.item_id.text() == "carisoprodol-350-mg"  # made from the name: no Id field
    med.ingredients_model.setData(med.ingredients_model.index(0, 0), "carisoprodol")
    med.ingredients_model.setData(med.ingredients_model.index(0, 1), "350")
    _type(qtbot, med.dose, "1 tablet")
    _type(qtbot, med.schedule.times, "08:00, 14:00, 20:00, 22:30")
    med.days.setValue(14)
    med.instructions.setPlainText(
        "May cause drowsiness. No alcohol. Do not drive until you know how it affects you."
    )
    _type(qtbot, med.prescriber, "Dr. Ana Ortiz")
    _save(qtbot, med)

    med = view.add_medication()
    assert med is not None
    _type(qtbot, med.name, "Ibuprofen 200 mg")
    med.ingredients_model.setData(med.ingredients_model.index(0, 0), "ibuprofen")
    med.ingredients_model.setData(med.ingredients_model.index(0, 1), "400")
    _type(qtbot, med.dose, "2 tablets with food")
    med.schedule.set_shape("as_needed")
    med.schedule.min_interval.setValue(6)
    med.schedule.max_doses.setValue(3)
    med.days.setValue(10)
    _save(qtbot, med)

    act = view.add_activity()
    assert act is not None
    _type(qtbot, act.title_edit, "Physical therapy at Riverside Physio")
    act.kind.setCurrentIndex(act.kind.findData("physical_therapy"))
    act.schedule.set_shape("rrule")
    _type(qtbot, act.schedule.rrule, "FREQ=WEEKLY;BYDAY=TU,FR")
    _type(qtbot, act.schedule.rrule_time, "10:00")
    act.duration.setValue(45)
    _type(qtbot, act.location, "Riverside Physio, 12 Mill Street")
    act.heat.setValue(15)
    act.cold.setValue(15)
    _save(qtbot, act)

    act = view.add_activity()
    assert act is not None
    _type(qtbot, act.title_edit, "Morning stretches")
    assert act.item_id.text() == "morning-stretches"
    act.kind.setCurrentIndex(act.kind.findData("stretching"))
    _type(qtbot, act.schedule.times, "07:15")
    act.duration.setValue(15)
    act.heat.setValue(15)
    _add_exercise(qtbot, act, "knee-to-chest", hold=20, reps=3, side="each")
    _add_exercise(qtbot, act, "pelvic-tilt", reps=10, sets=2)
    _add_exercise(qtbot, act, "cat-cow", reps=10)
    _add_exercise(qtbot, act, "bottom-to-heels", hold=10, reps=8)
    _save(qtbot, act)

    act = view.add_activity()
    assert act is not None
    _type(qtbot, act.title_edit, "Evening walk")
    act.kind.setCurrentIndex(act.kind.findData("walk"))
    _type(qtbot, act.schedule.times, "18:00")
    for day in ("mon", "wed", "sat"):
        next(box for d, box in act.schedule.weekdays.items() if d.value == day).setChecked(True)
    act.duration.setValue(20)
    act.start.setDate(_day("2026-12-02"))
    act.cold.setValue(10)
    _save(qtbot, act)
    return view, pid


def test_build_the_acute_example_through_the_forms_and_export_it(
    qtbot: QtBot, services: Backplan, tmp_path: Path
) -> None:
    view, _pid = build_acute_plan(qtbot, services)
    out = view.export_for_patient(tmp_path / "sam.backplan.json")
    assert out is not None
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written.pop("log", []) == [] and written.pop("events", []) == []
    expected = json.loads(ACUTE.read_text(encoding="utf-8"))
    # The forms have no Id field: each item's id is made from its name.
    derived = {
        "carisoprodol": "carisoprodol-350-mg",
        "ibuprofen": "ibuprofen-200-mg",
        "pt": "physical-therapy-at-riverside-physio",
        "morning-stretch": "morning-stretches",
        "evening-walk": "evening-walk",
    }
    for section in ("medications", "activities"):
        for item in expected[section]:
            item["id"] = derived[item["id"]]
    assert written == expected
    assert view.undo_stack.count() == 6


def test_an_invalid_value_shows_its_message_and_cannot_be_saved(
    qtbot: QtBot, imported: tuple[Backplan, int]
) -> None:
    services, pid = imported
    view = _view(qtbot, services)
    view.set_patient(pid)
    form = view.edit_medication(1)
    assert isinstance(form, MedicationForm)
    assert form.save_button.isEnabled()
    form.ingredients_model.setData(form.ingredients_model.index(0, 0), "Ibuprofen")
    assert not form.save_button.isEnabled()
    assert any("lower-case generic name" in m for m in form.messages())
    assert form.error_label("ingredients[0].substance") is form.error_label("ingredients")
    form.ingredients_model.setData(form.ingredients_model.index(0, 0), "ibuprofen")
    assert form.save_button.isEnabled()
    form.schedule.set_shape("times")
    _type(qtbot, form.schedule.times, "08:00, 25:00")
    assert not form.save_button.isEnabled()
    assert form.error is not None and form.error.path == "schedule.times[1]"
    _type(qtbot, form.schedule.times, "08:00")
    form.days.setValue(30)  # past the plan's end on 21 Dec
    assert not form.save_button.isEnabled()
    assert any("plan's end" in m for m in form.messages())
    before = services.plan_revision(pid)
    form.buttons.accepted.emit()  # pressing Enter does not save either
    assert services.plan_revision(pid) == before


def test_heat_above_twenty_minutes_warns_but_saves(qtbot: QtBot, imported: tuple[Backplan, int]) -> None:
    services, pid = imported
    view = _view(qtbot, services)
    view.set_patient(pid)
    form = view.edit_activity(0)
    assert form is not None
    form.heat.setValue(25)
    assert form.save_button.isEnabled()
    assert any("Please check" in m and "15-20 minutes" in m for m in form.messages())
    form.heat.setValue(20)
    assert not any("15-20" in m for m in form.messages())


def test_a_28_day_carisoprodol_course_shows_course_length_while_typing(
    qtbot: QtBot, services: Backplan, acute_doc: PlanDocument
) -> None:
    doc = replace(acute_doc, plan=replace(acute_doc.plan, end=date(2027, 1, 31)))
    pid = services.import_document(doc).patient_id
    view = _view(qtbot, services)
    view.set_patient(pid)
    form = view.add_medication()
    assert form is not None
    _type(qtbot, form.name, "Soma")
    form.ingredients_model.setData(form.ingredients_model.index(0, 0), "carisoprodol")
    form.ingredients_model.setData(form.ingredients_model.index(0, 1), "250")
    _type(qtbot, form.dose, "1 tablet")
    _type(qtbot, form.schedule.times, "21:00")
    form.days.setValue(7)
    assert form.save_button.isEnabled()
    assert not any(f.rule == "course length" and "soma" in f.items for f in form.findings)
    form.days.lineEdit().selectAll()
    qtbot.keyClicks(form.days, "28")  # typed, key by key
    assert form.days.value() == 28
    mine = [f for f in form.findings if f.rule == "course length" and "soma" in f.items]
    assert len(mine) == 1 and mine[0].source
    assert not form.findings_group.isHidden()
    assert form.save_button.isEnabled()  # a warning, not a refusal: the clinician decides


def test_undo_and_redo_of_add_edit_and_delete(qtbot: QtBot, imported: tuple[Backplan, int]) -> None:
    services, pid = imported
    view = _view(qtbot, services)
    view.set_patient(pid)

    def ids() -> list[str]:
        doc = services.document(pid, with_history=False)
        return [m.id for m in doc.medications] + [a.id for a in doc.activities]

    start = ids()
    form = view.add_activity()
    assert form is not None
    _type(qtbot, form.title_edit, "Lunch walk")
    _type(qtbot, form.schedule.times, "12:30")
    _save(qtbot, form)
    assert ids() == [*start, "lunch-walk"]
    edit = view.edit_medication(0)
    assert edit is not None
    _type(qtbot, edit.dose, "half a tablet")
    _save(qtbot, edit)
    assert services.document(pid).medications[0].dose == "half a tablet"
    assert view.delete_activity(0)
    assert "pt" not in ids()

    stack = view.undo_stack
    stack.undo()
    assert "pt" in ids()
    stack.undo()
    assert services.document(pid).medications[0].dose == "1 tablet"
    stack.undo()
    assert ids() == start
    stack.redo()
    stack.redo()
    stack.redo()
    assert "lunch-walk" in ids() and "pt" not in ids()
    assert services.document(pid).medications[0].dose == "half a tablet"
    # a delete that is not confirmed changes nothing
    view.confirm = lambda _t, _x: False
    assert not view.delete_medication(0)
    assert stack.count() == 3


def test_a_plan_changed_elsewhere_is_not_overwritten(qtbot: QtBot, imported: tuple[Backplan, int]) -> None:
    services, pid = imported
    view = _view(qtbot, services)
    view.set_patient(pid)
    form = view.edit_medication(0)
    assert form is not None
    _type(qtbot, form.dose, "2 tablets")
    doc = services.document(pid)
    services.save_plan(pid, doc.patient, doc.plan, doc.medications[1:], doc.activities)  # "another window"
    _save(qtbot, form)
    assert "changed elsewhere" in view.last_problem
    assert [m.id for m in services.document(pid).medications] == ["ibuprofen"]
    assert view.undo_stack.count() == 0
    assert view.medications_model.rowCount() == 1  # reloaded


def test_a_taper_built_in_the_editor_exports_without_gap_or_overlap(
    qtbot: QtBot, imported: tuple[Backplan, int], tmp_path: Path
) -> None:
    services, pid = imported
    view = _view(qtbot, services)
    view.set_patient(pid)
    form = view.step_down(0)
    assert form is not None
    form.last_day.setDate(_day("2026-12-07"))
    for box in list(form.keep_times.values())[1::2]:  # drop 14:00 and 22:30
        box.setChecked(False)
    assert "carisoprodol-step-2" in form.preview.text()
    _save(qtbot, form)
    form = view.step_down(1)
    assert form is not None
    form.last_day.setDate(_day("2026-12-11"))
    form.mg["carisoprodol"].setValue(250)
    _type(qtbot, form.dose, "one 250 mg tablet")
    _save(qtbot, form)
    out = view.export_for_patient(tmp_path / "taper.backplan.json")
    assert out is not None
    from backplan.interchange.planfile import read_plan_file

    meds = read_plan_file(out).document.medications
    steps = taper_steps(meds, "carisoprodol")
    assert [(m.id, m.start, m.last_day) for m in steps] == [
        ("carisoprodol", date(2026, 12, 1), date(2026, 12, 7)),
        ("carisoprodol-step-2", date(2026, 12, 8), date(2026, 12, 11)),
        ("carisoprodol-step-3", date(2026, 12, 12), date(2026, 12, 14)),
    ]
    assert gaps_and_overlaps(steps) == []
    assert steps[2].ingredients[0].mg == 250 and len(steps[2].schedule.times) == 2  # type: ignore[union-attr]
    view.undo_stack.undo()
    assert [m.id for m in services.document(pid).medications] == [
        "carisoprodol",
        "carisoprodol-step-2",
        "ibuprofen",
    ]


def test_a_step_up_is_refused(qtbot: QtBot, imported: tuple[Backplan, int]) -> None:
    services, pid = imported
    view = _view(qtbot, services)
    view.set_patient(pid)
    form = view.step_down(0)
    assert form is not None
    assert not form.save_button.isEnabled()  # nothing lowered yet
    assert any("fewer times a day or a lower dose" in m for m in form.messages())


def test_templates_and_new_plan_from_one(qtbot: QtBot, imported: tuple[Backplan, int]) -> None:
    services, pid = imported
    view = _view(qtbot, services)
    view.set_patient(pid)
    assert view.save_as_template("Acute 3 weeks") is not None
    assert [t.name for t in list_templates(services.data_dir)] == ["Acute 3 weeks"]
    dialog = view.new_from_template()
    _type(qtbot, dialog.name, "Kim Lo")
    dialog.timezone.setCurrentText("Europe/Berlin")
    dialog.start.setDate(_day("2027-02-01"))
    with qtbot.waitSignal(view.patient_created) as created:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    doc = services.document(created.args[0])
    assert doc.patient.name == "Kim Lo" and doc.plan.start == date(2027, 2, 1)
    assert doc.plan.end == date(2027, 2, 21) and doc.activities[2].start == date(2027, 2, 2)
    assert doc.log == () and doc.events == ()


def test_flare_up_plan_in_the_editor(qtbot: QtBot, imported: tuple[Backplan, int]) -> None:
    services, pid = imported
    view = _view(qtbot, services)
    view.set_patient(pid)
    form = view.edit_flare_up()
    assert form is not None
    form.enabled.setChecked(True)
    form.advice.setPlainText("Rest a little, keep walking short distances, use heat.")
    form.days.setValue(3)
    med = form.add_medication()
    assert isinstance(med, MedicationForm)
    assert med.start.isHidden()
    _type(qtbot, med.name, "Acetaminophen 500 mg")
    med.ingredients_model.setData(med.ingredients_model.index(0, 0), "acetaminophen")
    med.ingredients_model.setData(med.ingredients_model.index(0, 1), "500")
    _type(qtbot, med.dose, "1 tablet")
    med.schedule.set_shape("as_needed")
    # Nothing is pre-filled: the interval and the daily count are the clinician's.
    assert not med.save_button.isEnabled()
    med.schedule.min_interval.setValue(6)
    med.schedule.max_doses.setValue(4)
    _save(qtbot, med)
    _save(qtbot, form)
    flare = services.document(pid).plan.flare_up
    assert flare is not None and flare.days == 3 and flare.medications[0].start is None
    view.undo_stack.undo()
    assert services.document(pid).plan.flare_up is None


def test_every_editor_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, imported: tuple[Backplan, int]
) -> None:
    services, pid = imported
    view = _view(qtbot, services)
    view.set_patient(pid)
    form = view.edit_medication(0)
    assert form is not None
    qtmodeltester.check(form.ingredients_model)
    form.ingredients_model.add("codeine", "30")
    qtmodeltester.check(form.ingredients_model)
    qtmodeltester.check(IngredientsModel())
    act = view.edit_activity(1)
    assert act is not None
    qtmodeltester.check(act.exercises_model)
    picker = act.pick_exercise()
    qtmodeltester.check(picker.model)
    qtmodeltester.check(picker.proxy)
    flare = view.edit_flare_up()
    assert flare is not None
    qtmodeltester.check(flare.medications_model)
    qtmodeltester.check(flare.activities_model)


def test_the_picker_searches_and_shows_thumbnails(qtbot: QtBot) -> None:
    picker = ExercisePicker()
    qtbot.addWidget(picker)
    total = picker.proxy.rowCount()
    assert total == 12
    assert not picker.proxy.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    _type(qtbot, picker.search, "hamstring")
    found = [picker.proxy.index(r, 0).data(LibraryModel.ID_ROLE) for r in range(picker.proxy.rowCount())]
    assert "hamstring-stretch" in found and len(found) < total
    assert picker.current_entry() is not None and picker.ok.isEnabled()
    _type(qtbot, picker.search, "zzzz nothing")
    assert picker.proxy.rowCount() == 0 and not picker.ok.isEnabled() and not picker.empty.isHidden()
    assert isinstance(picker.proxy, LibraryFilter)


def test_custom_exercise(qtbot: QtBot, imported: tuple[Backplan, int]) -> None:
    services, pid = imported
    view = _view(qtbot, services)
    view.set_patient(pid)
    act = view.edit_activity(2)
    assert act is not None
    ex = act.add_custom_exercise()
    assert not ex.save_button.isEnabled()  # a custom exercise needs its name
    _type(qtbot, ex.custom_name, "Wall sit")
    ex.custom_instructions.setPlainText("Back flat against a wall; slide down a little; hold.")
    ex.hold.setValue(30)
    _save(qtbot, ex)
    _save(qtbot, act)
    walk = services.document(pid).activities[2]
    assert walk.exercises[0].custom is not None and walk.exercises[0].custom.name == "Wall sit"


def test_the_window_shares_its_undo_stack_and_file_menu(
    qtbot: QtBot, acute_window: MainWindow, tmp_path: Path
) -> None:
    window = acute_window
    view = window.plan_view
    assert view.undo_stack is window.undo_stack
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    for wanted in ("Export plan for &patient…", "&New patient…", "New plan from &template…"):
        assert wanted in texts
    window.show_section("plan")
    view.confirm = lambda _title, _text: True
    assert view.delete_activity(2)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert [a.id for a in window.services.document(window.patient_id).activities][-1] == "evening-walk"  # type: ignore[arg-type]
    dialog = view.new_patient()
    _type(qtbot, dialog.name, "Kim Lo")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.services.patient(window.patient_id).name == "Kim Lo")  # type: ignore[arg-type]


def test_the_medicine_form_never_prescribes(qtbot: QtBot, services: Backplan) -> None:
    """FACTS.md rule 11: interval, daily count and course length start empty and are
    required; the label's figures are shown beside them as reference only."""
    view = _view(qtbot, services)
    _new_patient(qtbot, services, view)
    form = view.add_medication()
    assert form is not None
    # The catalogue is offered as the name is typed: name, then strength.
    completer = form.name.completer()
    assert completer is not None
    completer.setCompletionPrefix("cariso")
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert offered[:3] == ["Carisoprodol", "Carisoprodol 250 mg", "Carisoprodol 350 mg"]
    _type(qtbot, form.name, "Carisoprodol 350 mg")
    completer.activated.emit("Carisoprodol 350 mg")
    # The substance is filled in from the catalogue; the mg per dose is not.
    assert form.ingredients_model.to_json() == [{"substance": "carisoprodol", "mg": None}]
    form.ingredients_model.setData(form.ingredients_model.index(0, 1), "350")
    qtbot.keyClicks(form.dose, "1 tablet")
    form.schedule.set_shape("as_needed")
    assert form.schedule.min_interval.text().strip() == ""
    assert form.schedule.max_doses.text().strip() == ""
    assert form.days.text().strip() == ""
    assert not form.save_button.isEnabled()
    daily = "label: at most 1,400 mg of carisoprodol a day, in at most 4 doses"
    assert daily in form.schedule.reference.text()
    assert form.course_reference.text() == "label: at most 21 days of carisoprodol"
    form.schedule.min_interval.setValue(6)
    form.schedule.max_doses.setValue(4)
    assert not form.save_button.isEnabled()  # the course length is still missing
    form.days.setValue(14)
    assert form.save_button.isEnabled()
    med = form.build()
    assert med.days == 14
    assert (med.schedule.min_interval_hours, med.schedule.max_doses_per_day) == (6, 4)  # type: ignore[union-attr]
