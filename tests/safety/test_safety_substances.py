"""The catalogue by substance and class (FACTS.md's table): salts, dose counts, courses."""

from __future__ import annotations

from datetime import timedelta

from safety_support import CHICAGO, local, make_doc, med, prn, taken, times

from backplan.safety.catalogue import Catalogue
from backplan.safety.dose_guard import check_dose
from backplan.safety.findings import COURSE_LENGTH, LABEL_MAXIMUM
from backplan.safety.plan_checks import check_plan


def test_naproxen_sodium_550_twice_a_day_is_accepted_every_evening(catalogue: Catalogue) -> None:
    # 1,100 mg of naproxen sodium a day is its label maximum, and 1,000 mg of naproxen
    # base: within both. As an alias of naproxen it was refused every evening.
    doc = make_doc([med("anaprox", "naproxen sodium", 550, times("08:00", "20:00"), days=10)])
    assert not [f for f in check_plan(doc, catalogue) if f.rule == LABEL_MAXIMUM]
    events = []
    for day in range(2, 11):
        for hour in (8, 20):
            at = local(CHICAGO, 2026, 12, day, hour, 5)
            due = local(CHICAGO, 2026, 12, day, hour)
            decision = check_dose(doc, catalogue, "anaprox", at, events)
            assert decision.allowed, (at, decision.refusals)
            events.append(taken("anaprox", at, due))


def test_naproxen_sodium_counts_toward_naproxen_in_base_equivalents(catalogue: Catalogue) -> None:
    doc = make_doc(
        [
            med("nap", "naproxen", 500, prn(8, 2), days=10),
            med("aleve", "naproxen sodium", 220, prn(8, 3), days=10, name="Aleve"),
        ]
    )
    # Day 2 (not the first day): 500 mg naproxen + 2 x 220 mg sodium (2 x 200 mg base)
    # = 900 mg base; a third Aleve makes 1,100 mg of naproxen, over 1,000 mg.
    events = [
        taken("nap", local(CHICAGO, 2026, 12, 2, 6)),
        taken("aleve", local(CHICAGO, 2026, 12, 2, 7)),
        taken("aleve", local(CHICAGO, 2026, 12, 2, 15)),
    ]
    decision = check_dose(doc, catalogue, "aleve", local(CHICAGO, 2026, 12, 2, 23, 30), events)
    [finding] = decision.refusals
    assert finding.rule == LABEL_MAXIMUM
    assert "1,100 mg in 24 hours" in finding.message and "of naproxen" in finding.message
    salt = "Naproxen sodium counts toward naproxen's maximum as naproxen (550 mg = 500 mg)."
    assert salt in finding.message


def test_carisoprodol_at_most_four_doses_in_24_hours(catalogue: Catalogue) -> None:
    doc = make_doc([med("soma", "carisoprodol", 250, prn(3, 6), days=10)])
    events = [taken("soma", local(CHICAGO, 2026, 12, 2, h)) for h in (6, 10, 14, 18)]
    decision = check_dose(doc, catalogue, "soma", local(CHICAGO, 2026, 12, 2, 22), events)
    # 5 x 250 = 1,250 mg is within 1,400 mg: only the count refuses it.
    [finding] = decision.refusals
    assert finding.rule == LABEL_MAXIMUM
    assert "dose 5 of carisoprodol in 24 hours" in finding.message
    assert "at most 4 doses in 24 hours" in finding.message


def test_ketorolac_course_over_5_days_is_flagged(catalogue: Catalogue) -> None:
    five = make_doc([med("ket", "ketorolac", 10, times("08:00", "20:00"), days=5)])
    assert not [f for f in check_plan(five, catalogue) if f.rule == COURSE_LENGTH]
    seven = make_doc([med("ket", "ketorolac", 10, times("08:00", "20:00"), days=7)])
    [finding] = [f for f in check_plan(seven, catalogue) if f.rule == COURSE_LENGTH]
    assert "a 7-day course is longer than the 5 days" in finding.message


def test_an_unknown_substance_says_plainly_there_are_no_label_limits(catalogue: Catalogue) -> None:
    doc = make_doc([med("x", "capsaicin", 10, prn(4, 4), days=3)])
    decision = check_dose(doc, catalogue, "x", local(CHICAGO, 2026, 12, 2, 9) + timedelta(0), [])
    assert [f.message for f in decision.flags] == [
        "No label limits are known to backplan for capsaicin: only your plan's own limits are "
        "checked for it."
    ]


# --- flagged where the dose is recorded (issue 18, point 6) ------------------------------


def test_a_second_nsaid_within_hours_is_flagged_when_recorded(catalogue: Catalogue) -> None:
    doc = make_doc(
        [
            med("ibu", "ibuprofen", 400, prn(6, 3), days=10, prescriber="Dr. A"),
            med("nap", "naproxen", 250, prn(8, 2), days=10, prescriber="Dr. A"),
        ]
    )
    events = [taken("ibu", local(CHICAGO, 2026, 12, 2, 8))]
    decision = check_dose(doc, catalogue, "nap", local(CHICAGO, 2026, 12, 2, 11), events)
    assert decision.allowed  # a flag, never a refusal
    [flag] = [f for f in decision.flags if f.rule == "duplicate NSAID"]
    assert flag.severity == "flag"
    assert "was taken at 08:00: do not take two NSAIDs together" in flag.message
    later = check_dose(doc, catalogue, "nap", local(CHICAGO, 2026, 12, 2, 16, 1), events)
    assert not [f for f in later.flags if f.rule == "duplicate NSAID"]


def test_naproxen_and_its_salt_are_not_two_nsaids(catalogue: Catalogue) -> None:
    doc = make_doc(
        [
            med("nap", "naproxen", 250, prn(8, 2), days=10, prescriber="Dr. A"),
            med("aleve", "naproxen sodium", 220, prn(8, 2), days=10, prescriber="Dr. A"),
        ]
    )
    events = [taken("nap", local(CHICAGO, 2026, 12, 2, 8))]
    decision = check_dose(doc, catalogue, "aleve", local(CHICAGO, 2026, 12, 2, 9), events)
    assert not [f for f in decision.flags if f.rule == "duplicate NSAID"]


def test_carisoprodol_past_day_21_is_flagged_when_recorded(catalogue: Catalogue) -> None:
    doc = make_doc([med("soma", "carisoprodol", 350, prn(6, 4), days=28, prescriber="Dr. A")])
    day21 = check_dose(doc, catalogue, "soma", local(CHICAGO, 2026, 12, 21, 9), [])
    assert not [f for f in day21.flags if f.rule == COURSE_LENGTH]
    day22 = check_dose(doc, catalogue, "soma", local(CHICAGO, 2026, 12, 22, 9), [])
    [flag] = [f for f in day22.flags if f.rule == COURSE_LENGTH]
    assert "this is day 22 of the course, longer than the 21 days" in flag.message
    assert day22.allowed


# --- classes: sedating combinations, breathing, age --------------------------------------


def test_four_sedating_classes_are_one_flag_naming_breathing(catalogue: Catalogue) -> None:
    doc = make_doc(
        [
            med("soma", "carisoprodol", 350, times("08:00", "20:00"), days=10),
            med("oxy", "oxycodone", 5, prn(6, 4), days=10),
            med("xan", "alprazolam", 0.5, times("22:00"), days=10),
            med("gaba", "gabapentin", 300, times("08:00"), days=10),
        ]
    )
    [flag] = [f for f in check_plan(doc, catalogue) if f.rule == "sedating combination"]
    assert flag.items == ("soma", "oxy", "xan", "gaba")
    assert "can slow or stop your breathing" in flag.message


def test_two_relaxants_are_drowsy_but_not_a_breathing_warning(catalogue: Catalogue) -> None:
    doc = make_doc(
        [
            med("soma", "carisoprodol", 350, times("08:00"), days=10),
            med("ami", "amitriptyline", 10, times("22:00"), days=10),
        ]
    )
    [flag] = [f for f in check_plan(doc, catalogue) if f.rule == "sedating combination"]
    assert "breathing" not in flag.message


def test_aspirin_for_a_patient_under_16_is_flagged(catalogue: Catalogue) -> None:
    from dataclasses import replace
    from datetime import date

    doc = make_doc([med("asa", "aspirin", 300, prn(4, 4), days=5)])
    young = replace(doc, patient=replace(doc.patient, birth_date=date(2011, 12, 2)))
    [flag] = [f for f in check_plan(young, catalogue) if f.rule == "age caution"]
    assert "under 16 (Reye's syndrome)" in flag.message and "makes them 14" in flag.message
    decision = check_dose(young, catalogue, "asa", local(CHICAGO, 2026, 12, 2, 9), [])
    assert [f.rule for f in decision.flags if f.rule == "age caution"] == ["age caution"]
    sixteen = replace(doc, patient=replace(doc.patient, birth_date=date(2010, 12, 1)))
    assert not [f for f in check_plan(sixteen, catalogue) if f.rule == "age caution"]
    assert not [f for f in check_plan(doc, catalogue) if f.rule == "age caution"]


def test_plan_checks_are_linear_in_the_medicines(catalogue: Catalogue) -> None:
    import time

    def plan(n: int):  # type: ignore[no-untyped-def]
        subs = ["ibuprofen", "acetaminophen", "carisoprodol", "naproxen", "tramadol", "diazepam"]
        return make_doc(
            [
                med(f"m{i}", subs[i % len(subs)], 100, prn(6, 3), start=f"2026-12-{1 + i % 20:02d}", days=5)
                for i in range(n)
            ]
        )

    big = plan(1000)
    started = time.perf_counter()
    findings = check_plan(big, catalogue)
    elapsed = time.perf_counter() - started
    # Pairwise this took over half a minute and gave tens of thousands of findings.
    assert elapsed < 10, elapsed
    assert len(findings) < 3000
