"""Tablets on hand: doses count them down, undo gives them back, a recount resets them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.services.backplan_service import Backplan
from backplan.services.errors import UsageError

HISTORY = Path(__file__).resolve().parents[1] / "data" / "examples" / "with-history.backplan.json"
ACUTE = Path(__file__).resolve().parents[1] / "data" / "examples" / "acute-3-weeks.backplan.json"
IST = timedelta(hours=5, minutes=30)


@pytest.fixture()
def svc(tmp_path: Path) -> tuple[Backplan, FixedClock, int]:
    clock = FixedClock(datetime(2026, 11, 3, 6, 30, tzinfo=UTC))  # 12:00 in Kolkata
    services = open_services(tmp_path / "d", clock)
    pid = services.import_file(HISTORY).patient_id
    return services, clock, pid


def paracetamol(services: Backplan, pid: int):  # type: ignore[no-untyped-def]
    (status,) = [s for s in services.stock_statuses(pid) if s.med_id == "paracetamol"]
    return status


def test_doses_count_down_and_undo_restores(svc: tuple[Backplan, FixedClock, int]) -> None:
    services, _clock, pid = svc
    # 40 on hand on 2026-11-02; one dose of 2 tablets was taken that day (in the file).
    assert paracetamol(services, pid).units_left == 38
    result = services.record_dose(pid, "paracetamol")
    assert paracetamol(services, pid).units_left == 36
    services.remove_event(result.event_id)
    assert paracetamol(services, pid).units_left == 38


def test_recount_then_doses(svc: tuple[Backplan, FixedClock, int]) -> None:
    services, clock, pid = svc
    services.record_dose(pid, "paracetamol")  # 12:00 local, 2 tablets
    services.record_stock(pid, "paracetamol", 20)  # counted right after: 20 left
    assert paracetamol(services, pid).units_left == 20
    doc = services.document(pid)
    stock = next(m for m in doc.medications if m.id == "paracetamol").stock
    assert stock is not None and stock.as_of == date(2026, 11, 3) and stock.on_hand == 22
    clock.advance(timedelta(hours=5))
    services.record_dose(pid, "paracetamol")
    assert paracetamol(services, pid).units_left == 18


def test_refill_reminder_and_run_out_date(svc: tuple[Backplan, FixedClock, int]) -> None:
    services, _clock, pid = svc
    services.record_stock(pid, "paracetamol", 9)
    status = paracetamol(services, pid)
    assert not status.needs_refill  # 9 is not below 8
    services.record_dose(pid, "paracetamol")
    status = paracetamol(services, pid)
    assert status.units_left == 7 and status.needs_refill
    assert status.runs_out_on is not None and status.runs_out_on >= date(2026, 11, 3)


def test_scheduled_course_that_runs_out_early(tmp_path: Path) -> None:
    import json

    doc = json.loads(ACUTE.read_text("utf-8"))
    doc["medications"][0]["stock"] = {"on_hand": 20, "as_of": "2026-12-01"}
    plan = tmp_path / "p.backplan.json"
    plan.write_text(json.dumps(doc), "utf-8")
    clock = FixedClock(datetime(2026, 12, 1, 12, tzinfo=UTC))  # 06:00 in Chicago
    services = open_services(tmp_path / "d", clock)
    pid = services.import_file(plan).patient_id
    (status,) = services.stock_statuses(pid)
    # Four a day from 2026-12-01: the 21st dose, on day six, finds the pack empty.
    assert status.units_left == 20
    assert status.runs_out_on == date(2026, 12, 6)
    assert status.runs_out_before_course_end
    assert status.daily_use == 4
    assert status.remind_below == 12 and not status.needs_refill


def test_recount_of_unknown_medicine(svc: tuple[Backplan, FixedClock, int]) -> None:
    services, _, pid = svc
    with pytest.raises(UsageError, match="aspirin"):
        services.record_stock(pid, "aspirin", 3)
    with pytest.raises(UsageError):
        services.record_stock(pid, "paracetamol", -1)


def test_refill_reminder_fires_once_until_a_new_count(svc: tuple[Backplan, FixedClock, int]) -> None:
    services, clock, pid = svc
    services.record_stock(pid, "paracetamol", 9)
    assert services.refill_reminders_due(pid) == []
    services.record_dose(pid, "paracetamol")  # 7 left: below 8
    (due,) = services.refill_reminders_due(pid)
    assert due.med_id == "paracetamol" and due.units_left == 7
    for _ in range(3):  # every tick after that: nothing new
        clock.advance(timedelta(minutes=1))
        assert services.refill_reminders_due(pid) == []
    clock.advance(timedelta(hours=1))
    services.record_stock(pid, "paracetamol", 6)  # counted again, still low: one more reminder
    assert [s.units_left for s in services.refill_reminders_due(pid)] == [6]
    assert services.refill_reminders_due(pid) == []
