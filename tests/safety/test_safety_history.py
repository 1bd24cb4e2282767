"""History that already breaks a rule is kept and listed by rule name (FACTS.md)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from safety_support import CHICAGO, acute_doc, local, taken

from backplan.domain.model import Removal
from backplan.safety.catalogue import Catalogue
from backplan.safety.history import NO_REASON, removed_doses, rule_breaks

START = local(CHICAGO, 2026, 12, 1)
END = local(CHICAGO, 2026, 12, 22)


def test_each_dose_that_broke_a_rule_is_listed_with_its_rule_and_reason(catalogue: Catalogue) -> None:
    events = (
        taken("ibuprofen", local(CHICAGO, 2026, 12, 2, 8)),
        # Imported: two hours later, no reason.
        taken("ibuprofen", local(CHICAGO, 2026, 12, 2, 10)),
        # Overridden with a reason: a fourth in 24 hours.
        replace(taken("ibuprofen", local(CHICAGO, 2026, 12, 2, 16)), override_reason="dentist said so"),
        taken("ibuprofen", local(CHICAGO, 2026, 12, 2, 22)),
        # Outside the course (ibuprofen: 10 days from 1 Dec).
        taken("ibuprofen", local(CHICAGO, 2026, 12, 15, 9)),
    )
    doc = replace(acute_doc(), events=events)
    found = rule_breaks(doc, catalogue, doc.events, START, END)
    rules = {(b.at.day, b.at.hour): b.rules for b in found}
    assert rules[(2, 10)] == ("minimum interval",)
    assert rules[(2, 22)] == ("daily maximum",)
    assert rules[(15, 9)] == ("course dates",)
    assert (2, 8) not in rules and (2, 16) not in rules
    assert found[0].reason == NO_REASON
    assert found[0].medicine == "Ibuprofen 200 mg"


def test_an_overridden_dose_carries_its_reason(catalogue: Catalogue) -> None:
    events = (
        taken("ibuprofen", local(CHICAGO, 2026, 12, 2, 8)),
        replace(taken("ibuprofen", local(CHICAGO, 2026, 12, 2, 9)), override_reason="dropped the first"),
    )
    doc = replace(acute_doc(), events=events)
    [found] = rule_breaks(doc, catalogue, doc.events, START, END)
    assert found.rules == ("minimum interval",)
    assert found.reason == "dropped the first"


def test_the_period_is_respected_but_earlier_doses_still_count(catalogue: Catalogue) -> None:
    events = (
        taken("ibuprofen", local(CHICAGO, 2026, 12, 2, 23)),
        taken("ibuprofen", local(CHICAGO, 2026, 12, 3, 1)),
    )
    doc = replace(acute_doc(), events=events)
    later = rule_breaks(doc, catalogue, doc.events, local(CHICAGO, 2026, 12, 3), END)
    assert [b.rules for b in later] == [("minimum interval",)]
    assert rule_breaks(doc, catalogue, doc.events, START, local(CHICAGO, 2026, 12, 3)) == []


def test_a_removed_dose_counts_for_nothing_but_is_listed_as_removed(catalogue: Catalogue) -> None:
    first = taken("ibuprofen", local(CHICAGO, 2026, 12, 2, 8))
    removed = replace(first, removed=Removal(local(CHICAGO, 2026, 12, 2, 8, 2)))
    events = (removed, taken("ibuprofen", local(CHICAGO, 2026, 12, 2, 9)))
    doc = replace(acute_doc(), events=events)
    assert rule_breaks(doc, catalogue, doc.events, START, END) == []
    assert removed_doses(doc, doc.events, START, END) == [removed]
    assert removed_doses(doc, doc.events, START + timedelta(days=5), END) == []


def test_already_taken_twice_for_one_time(catalogue: Catalogue) -> None:
    eight = local(CHICAGO, 2026, 12, 2, 8)
    events = (
        taken("carisoprodol", eight, eight),
        taken("carisoprodol", eight + timedelta(minutes=30), eight),
    )
    doc = replace(acute_doc(), events=events)
    [found] = rule_breaks(doc, catalogue, doc.events, START, END)
    assert found.rules == ("already taken",)
    assert found.at == eight + timedelta(minutes=30)


def test_a_removed_dose_counts_for_neither_the_guard_nor_adherence(catalogue: Catalogue) -> None:
    from backplan.safety.dose_guard import check_dose
    from backplan.schedule.status import recorded

    eight = local(CHICAGO, 2026, 12, 2, 8)
    undone = replace(taken("carisoprodol", eight, eight), removed=Removal(eight + timedelta(minutes=2)))
    # The 08:00 dose was taken back: 08:00 is open again, for the guard and the schedule.
    decision = check_dose(acute_doc(), catalogue, "carisoprodol", eight + timedelta(minutes=5), [undone])
    assert decision.allowed and decision.scheduled_for == eight
    assert recorded([undone]) == {}


def test_a_dose_for_the_same_time_recorded_before_the_guards_reach_still_counts(catalogue: Catalogue) -> None:
    """The doses named for one scheduled time are found however long before it they
    were recorded (by the index of scheduled times, not a pass over every earlier dose)."""
    eight = local(CHICAGO, 2026, 12, 3, 8)
    early = eight - timedelta(days=2)  # far outside the guard's 24-hour reach
    events = (
        taken("carisoprodol", early, eight),
        taken("carisoprodol", local(CHICAGO, 2026, 12, 2, 8), local(CHICAGO, 2026, 12, 2, 8)),
        taken("carisoprodol", eight + timedelta(minutes=10), eight),
    )
    doc = replace(acute_doc(), events=events)
    found = rule_breaks(doc, catalogue, doc.events, local(CHICAGO, 2026, 12, 3), END)
    assert [(b.at, b.rules) for b in found] == [(eight + timedelta(minutes=10), ("already taken",))]
