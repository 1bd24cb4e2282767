"""Recording a dose through the services: every window, no future, only the days needed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from backplan.domain.clock import FixedClock
from backplan.services.backplan_service import Backplan
from backplan.services.errors import SafetyRefusal, UsageError
from backplan.storage.reading import SqlReader

# The acute example: ibuprofen as needed, 6 hours apart, 3 a day, 1-10 Dec, Chicago.
CHICAGO = timedelta(hours=-6)


def chicago(day: int, h: int, mi: int = 0) -> datetime:
    return datetime(2026, 12, day, h, mi, tzinfo=UTC) - CHICAGO


def test_a_late_dose_is_refused_naming_the_later_dose(
    imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    clock.set(chicago(4, 21))
    for h in (8, 14, 20):
        services.record_dose(pid, "ibuprofen", chicago(3, h))
    with pytest.raises(SafetyRefusal) as refusal:
        services.record_dose(pid, "ibuprofen", chicago(3, 2))
    [finding] = refusal.value.findings
    assert finding.rule == "daily maximum"
    assert "collides with the later dose recorded at 20:00" in finding.message
    assert len([e for _, e in services.events(pid) if e.item == "ibuprofen"]) == 3


def test_a_dose_more_than_5_minutes_ahead_is_bad_input(
    imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    now = chicago(2, 9)
    clock.set(now)
    with pytest.raises(UsageError) as error:
        services.record_dose(pid, "ibuprofen", now + timedelta(minutes=5, seconds=1))
    assert error.value.exit_code == 2
    assert "in the future" in str(error.value)
    assert services.events(pid) == []
    with pytest.raises(UsageError):
        services.record_dose(pid, "ibuprofen", now + timedelta(minutes=5, seconds=1), override="sure")
    assert services.events(pid) == []
    # Five minutes exactly is a clock difference, and is recorded.
    services.record_dose(pid, "ibuprofen", now + timedelta(minutes=5))
    assert len(services.events(pid)) == 1


def test_the_guard_reads_only_the_days_around_the_dose(
    imported: tuple[Backplan, int], clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, pid = imported
    clock.set(chicago(9, 23))
    asked: list[tuple[Any, ...]] = []

    def spy(original: Any) -> Any:
        def events(self: Any, patient_id: int, start: Any = None, end: Any = None, items: Any = None) -> Any:
            asked.append((start, end, items))
            return original(self, patient_id, start, end, items)

        return events

    monkeypatch.setattr(SqlReader, "events", spy(SqlReader.events))
    whole: list[bool] = []
    original_read = SqlReader.read_document

    def read_document(self: Any, patient_id: int, *, with_history: bool = True) -> Any:
        whole.append(with_history)
        return original_read(self, patient_id, with_history=with_history)

    monkeypatch.setattr(SqlReader, "read_document", read_document)
    services.record_dose(pid, "ibuprofen", chicago(9, 12))
    services.check_dose(pid, "carisoprodol", chicago(9, 8))
    assert whole and not any(whole)
    dose_reads = [(s, e) for s, e, items in asked if items is None]
    assert dose_reads
    for start, end in dose_reads:
        assert start is not None and end is not None
        assert end - start <= timedelta(hours=48, seconds=1)


def test_import_runs_the_checks_before_anything_is_written(
    services: Backplan, acute_doc: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import backplan.services.plan as service_module

    def broken(*_args: Any) -> Any:
        raise RuntimeError("a check failed on this file")

    monkeypatch.setattr(service_module, "check_plan", broken)
    with pytest.raises(RuntimeError):
        services.import_document(acute_doc)
    assert services.patient_names() == []
