"""Templates, the plan handed to a patient, and step-down tapers: the pure parts, no Qt."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest

from backplan.domain.codec import validate_document
from backplan.domain.model import (
    Event,
    EventStatus,
    LogEntry,
    OnceSchedule,
    PlanDocument,
    RRuleSchedule,
    Stock,
    TimesSchedule,
)
from backplan.services.errors import UsageError
from backplan.services.taper import (
    StepDown,
    TaperError,
    apply_step_down,
    gaps_and_overlaps,
    next_step_id,
    step_down,
    taper_steps,
)
from backplan.services.templates import (
    export_plan_for_patient,
    from_template,
    list_templates,
    load_template,
    plan_only,
    save_template,
    shift_dates,
)

ACUTE = Path(__file__).resolve().parents[1] / "data" / "examples" / "acute-3-weeks.backplan.json"


def _with_history(doc: PlanDocument) -> PlanDocument:
    at = datetime.fromisoformat("2026-12-01T08:05:00-06:00")
    return replace(
        doc,
        log=(LogEntry(at=at, pain=6),),
        events=(Event(item="carisoprodol", status=EventStatus.DONE, scheduled_for=at, at=at),),
        present_sections=frozenset({"medications", "activities", "log", "events"}),
    )


def test_export_for_patient_leaves_out_log_and_events(tmp_path: Path, acute_doc: PlanDocument) -> None:
    out = export_plan_for_patient(_with_history(acute_doc), tmp_path / "sam.backplan.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data.pop("log", []) == [] and data.pop("events", []) == []
    assert data == json.loads(ACUTE.read_text(encoding="utf-8"))


def test_plan_only_keeps_the_plan(acute_doc: PlanDocument) -> None:
    doc = plan_only(_with_history(acute_doc))
    assert doc.log == () and doc.events == ()
    assert doc.medications == acute_doc.medications and doc.plan == acute_doc.plan


def test_shift_dates_moves_every_date_by_the_same_days(acute_doc: PlanDocument) -> None:
    once = replace(acute_doc.activities[0], schedule=OnceSchedule(datetime(2026, 12, 3, 10, 0)))
    stocked = replace(acute_doc.medications[0], stock=Stock(on_hand=56, as_of=date(2026, 12, 1)))
    doc = replace(
        acute_doc,
        activities=(once, *acute_doc.activities[1:]),
        medications=(stocked, *acute_doc.medications[1:]),
    )
    moved = shift_dates(doc, date(2027, 3, 10))  # 99 days later
    assert moved.plan.start == date(2027, 3, 10) and moved.plan.end == date(2027, 3, 30)
    assert moved.medications[0].start == date(2027, 3, 10) and moved.medications[0].days == 14
    assert moved.medications[0].stock is not None and moved.medications[0].stock.as_of == date(2027, 3, 10)
    assert moved.activities[2].start == date(2027, 3, 11)
    assert moved.activities[0].schedule == OnceSchedule(datetime(2027, 3, 12, 10, 0))
    validate_document(moved)  # still inside the plan's dates


def test_templates_are_private_and_list_by_name(tmp_path: Path, acute_doc: PlanDocument) -> None:
    stocked = replace(acute_doc.medications[0], stock=Stock(on_hand=56, as_of=date(2026, 12, 1)))
    doc = _with_history(replace(acute_doc, medications=(stocked, *acute_doc.medications[1:])))
    path = save_template(tmp_path, doc, "Acute / 3 weeks")
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    stored = load_template(path)
    assert stored.patient.name == "Acute / 3 weeks"
    assert stored.log == () and stored.events == ()
    assert all(m.stock is None for m in stored.medications)
    assert "Sam Rivera" not in path.read_text(encoding="utf-8")
    with pytest.raises(FileExistsError):
        save_template(tmp_path, doc, "Acute / 3 weeks")
    save_template(tmp_path, doc, "Chronic")
    (path.parent / "broken.backplan.json").write_text("{", encoding="utf-8")
    infos = list_templates(tmp_path)
    assert [(t.name, t.days) for t in infos] == [("Acute / 3 weeks", 21), ("Chronic", 21)]
    with pytest.raises(UsageError):
        save_template(tmp_path, doc, "   ")


def test_new_plan_from_template(tmp_path: Path, acute_doc: PlanDocument) -> None:
    path = save_template(tmp_path, acute_doc, "Acute")
    doc = from_template(load_template(path), " Kim Lo ", "Europe/Berlin", date(2027, 1, 4))
    assert doc.patient.name == "Kim Lo" and doc.patient.timezone == "Europe/Berlin"
    assert doc.plan.start == date(2027, 1, 4) and doc.plan.end == date(2027, 1, 24)
    assert [a.start for a in doc.activities] == [date(2027, 1, 4), date(2027, 1, 4), date(2027, 1, 5)]
    validate_document(doc)


# --- tapering -------------------------------------------------------------------------


def test_next_step_id() -> None:
    assert next_step_id("carisoprodol", ()) == "carisoprodol-step-2"
    assert next_step_id("carisoprodol-step-2", ()) == "carisoprodol-step-3"
    assert next_step_id("carisoprodol", {"carisoprodol-step-2"}) == "carisoprodol-step-3"


def test_fewer_times_a_day_from_the_day_after(acute_doc: PlanDocument) -> None:
    cari = acute_doc.medications[0]  # 4 times a day, 14 days from 1 Dec
    change = StepDown(last_day=date(2026, 12, 7), course_end=date(2026, 12, 14), times=(time(8), time(20)))
    current, step = step_down(cari, change)
    assert current.days == 7 and current.last_day == date(2026, 12, 7)
    assert step.id == "carisoprodol-step-2" and step.start == date(2026, 12, 8) and step.days == 7
    assert step.last_day == date(2026, 12, 14)
    assert isinstance(step.schedule, TimesSchedule) and step.schedule.times == (time(8), time(20))
    assert gaps_and_overlaps([current, step]) == []


def test_a_lower_dose_for_an_end_dated_course_and_a_third_step(acute_doc: PlanDocument) -> None:
    cari = replace(acute_doc.medications[0], days=None, end=date(2026, 12, 14))
    meds = apply_step_down(
        (cari, acute_doc.medications[1]),
        "carisoprodol",
        StepDown(date(2026, 12, 5), date(2026, 12, 14), mg={"carisoprodol": 250}, dose="half a tablet"),
    )
    assert [m.id for m in meds] == ["carisoprodol", "carisoprodol-step-2", "ibuprofen"]
    assert meds[0].end == date(2026, 12, 5) and meds[1].end == date(2026, 12, 14)
    assert meds[1].ingredients[0].mg == 250 and meds[1].dose == "half a tablet"
    meds = apply_step_down(
        meds, "carisoprodol-step-2", StepDown(date(2026, 12, 10), date(2026, 12, 14), times=(time(20),))
    )
    steps = taper_steps(meds, "carisoprodol")
    assert [m.id for m in steps] == ["carisoprodol", "carisoprodol-step-2", "carisoprodol-step-3"]
    assert gaps_and_overlaps(steps) == []
    validate_document(replace(acute_doc, medications=meds))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (StepDown(date(2026, 11, 30), date(2026, 12, 14), times=(time(8),)), "at least one day"),
        (StepDown(date(2026, 12, 7), date(2026, 12, 7), times=(time(8),)), "on or after"),
        (StepDown(date(2026, 12, 7), date(2026, 12, 14)), "fewer times a day or a lower dose"),
        (StepDown(date(2026, 12, 7), date(2026, 12, 14), mg={"carisoprodol": 500}), "cannot raise"),
        (StepDown(date(2026, 12, 7), date(2026, 12, 14), times=()), "at least one time"),
        (StepDown(date(2026, 12, 7), date(2026, 12, 14), mg={"codeine": 10}), "not in this medicine"),
    ],
)
def test_what_is_not_a_step_down(acute_doc: PlanDocument, change: StepDown, words: str) -> None:
    with pytest.raises(TaperError, match=words):
        step_down(acute_doc.medications[0], change)


def test_as_needed_and_rrule_limits(acute_doc: PlanDocument) -> None:
    with pytest.raises(TaperError, match="set times"):
        step_down(
            acute_doc.medications[1], StepDown(date(2026, 12, 3), date(2026, 12, 10), mg={"ibuprofen": 200})
        )
    weekly = replace(acute_doc.medications[0], schedule=RRuleSchedule("FREQ=WEEKLY;BYDAY=MO", time(8)))
    with pytest.raises(TaperError, match="repeating rule"):
        step_down(weekly, StepDown(date(2026, 12, 3), date(2026, 12, 10), times=(time(8),)))
    _, step = step_down(weekly, StepDown(date(2026, 12, 3), date(2026, 12, 10), mg={"carisoprodol": 250}))
    assert step.schedule == weekly.schedule


def test_gaps_and_overlaps_are_reported(acute_doc: PlanDocument) -> None:
    a = replace(acute_doc.medications[0], days=5)
    gap = replace(a, id="b", start=date(2026, 12, 8))
    overlap = replace(a, id="c", start=date(2026, 12, 4))
    assert "gap" in gaps_and_overlaps([a, gap])[0]
    assert "overlap" in gaps_and_overlaps([a, overlap])[0]
