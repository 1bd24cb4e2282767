"""The Plan section's models and wording: checked by Qt's model tester and by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from backplan.domain.model import (
    AsNeededSchedule,
    OnceSchedule,
    PlanDocument,
    RRuleSchedule,
    TimesSchedule,
    Weekday,
)
from backplan.safety.findings import Finding
from backplan.services.backplan_service import Backplan
from backplan.ui.common import formatting as fmt
from backplan.ui.plan.models import ActivitiesModel, ExercisesModel, MedicationsModel
from backplan.ui.shell.main_window import MainWindow


def test_the_plan_models_pass_the_model_tester(qtmodeltester: ModelTester, acute_doc: PlanDocument) -> None:
    meds = MedicationsModel()
    meds.set_rows(acute_doc.medications)
    qtmodeltester.check(meds)
    acts = ActivitiesModel()
    acts.set_rows(acute_doc.activities)
    qtmodeltester.check(acts)
    exercises = ExercisesModel()
    exercises.set_rows(acute_doc.activities[1].exercises)
    qtmodeltester.check(exercises)
    empty = ExercisesModel()
    qtmodeltester.check(empty)


def test_models_with_custom_exercises_and_flare_up_medicines(
    qtmodeltester: ModelTester, history_doc: PlanDocument
) -> None:
    exercises = ExercisesModel()
    exercises.set_rows(history_doc.activities[0].exercises)
    qtmodeltester.check(exercises)
    names = [exercises.index(r, 0).data() for r in range(exercises.rowCount())]
    assert names[-1] == "Wall sit"  # a custom exercise keeps its own name
    assert exercises.index(2, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Back flat")
    assert exercises.index(0, 1).data() == "2 sets x 6 reps"
    assert history_doc.plan.flare_up is not None
    meds = MedicationsModel()
    meds.set_rows(history_doc.plan.flare_up.medications)
    qtmodeltester.check(meds)
    assert meds.index(0, 3).data() == "during a flare-up"


@pytest.mark.parametrize(
    ("schedule", "words"),
    [
        (TimesSchedule((time(8), time(14), time(20), time(22, 30))), "08:00, 14:00, 20:00, 22:30 daily"),
        (
            TimesSchedule((time(18),), (Weekday.SAT, Weekday.MON, Weekday.WED)),
            "18:00 on Mondays, Wednesdays and Saturdays",
        ),
        (AsNeededSchedule(6, 3), "as needed: at least 6 h apart, at most 3 in 24 h"),
        (AsNeededSchedule(4.5, 4), "as needed: at least 4.5 h apart, at most 4 in 24 h"),
        (RRuleSchedule("FREQ=WEEKLY;BYDAY=TU,FR", time(10)), "Tuesdays and Fridays at 10:00"),
        (RRuleSchedule("FREQ=DAILY", time(9, 5)), "daily at 09:05"),
        (RRuleSchedule("FREQ=DAILY;INTERVAL=2", time(9)), "every 2 days at 09:00"),
        (RRuleSchedule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", time(9)), "every 2 weeks, Mondays at 09:00"),
        (
            RRuleSchedule("FREQ=MONTHLY;BYMONTHDAY=1", time(9)),
            "at 09:00, repeating by the rule FREQ=MONTHLY;BYMONTHDAY=1",
        ),
        (
            RRuleSchedule("FREQ=WEEKLY;COUNT=3;BYDAY=MO", time(9)),
            "at 09:00, repeating by the rule FREQ=WEEKLY;COUNT=3;BYDAY=MO",
        ),
    ],
)
def test_schedules_in_words(schedule: object, words: str) -> None:
    assert fmt.schedule_text(schedule) == words  # type: ignore[arg-type]


def test_a_once_schedule_names_its_day(acute_doc: PlanDocument) -> None:
    from datetime import datetime

    assert fmt.schedule_text(OnceSchedule(datetime(2026, 12, 3, 10, 0))) == "once, 3 Dec 2026 at 10:00"


def test_findings_are_listed_with_rule_message_and_source(
    acute_window: MainWindow, imported: tuple[Backplan, int]
) -> None:
    services, pid = imported
    acute_window.show_section("plan")
    view = acute_window.plan_view
    expected: list[Finding] = services.plan_findings(pid)
    assert expected, "the acute example has cautions to show"
    assert view.findings == expected
    shown = [view.findings_box.itemAt(i).widget() for i in range(view.findings_box.count())]
    texts = [w.accessibleName() for w in shown if w is not None]
    for finding in expected:
        assert any(finding.rule in t and finding.message in t for t in texts)
    assert view.findings_heading.text() == f"Safety checks ({len(expected)})"


def test_the_flare_up_plan_is_shown(
    window_factory: Callable[..., MainWindow], services: Backplan, history_doc: PlanDocument
) -> None:
    services.import_document(history_doc)
    window = window_factory(services)
    window.show_section("plan")
    view = window.plan_view
    assert view.flare_card.isVisible()
    assert history_doc.plan.flare_up is not None
    assert history_doc.plan.flare_up.advice in view.flare_text.text()
    assert "Short walk" in view.flare_text.text()


def test_the_tables_fit_their_rows_when_the_section_is_shown(acute_window: MainWindow) -> None:
    """Read while hidden (the window starts on Today), the tables are fitted as they appear."""
    view = acute_window.plan_view
    assert acute_window.current_section() == "today" and not view.isVisible()
    assert view.medications_model.rowCount() > 0  # the plan was read
    acute_window.show_section("plan")
    for table in (view.medications_view, view.activities_view, view.exercises_view):
        fitted = table.height()
        table.fit()
        assert table.height() == fitted
    assert view.medications_view.height() > view.medications_view.horizontalHeader().height() + 8
