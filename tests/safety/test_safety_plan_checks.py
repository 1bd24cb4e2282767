"""check_plan: the flags shown when a plan is made or imported (FACTS.md 1, 2, 7, 8, 9)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from safety_support import acute_doc, make_doc, med, prn, times, with_history_doc

from backplan.domain.model import PlanDocument
from backplan.safety import plan_checks
from backplan.safety.catalogue import Catalogue
from backplan.safety.findings import (
    ACETAMINOPHEN_TOTAL,
    COURSE_LENGTH,
    DUPLICATE_NSAID,
    LABEL_MAXIMUM,
    NO_LABEL_LIMITS,
    OTC_MAXIMUM,
    SEDATING_CAUTION,
    SEDATING_COMBINATION,
    UNLABELLED_STRENGTH,
    Finding,
)
from backplan.safety.plan_checks import check_plan

FOUR_TIMES = times("08:00", "14:00", "20:00", "22:30")


def by_rule(doc: PlanDocument, catalogue: Catalogue, rule: str) -> list[Finding]:
    return [f for f in check_plan(doc, catalogue) if f.rule == rule]


def test_acute_example_has_only_cautions(catalogue: Catalogue) -> None:
    findings = check_plan(acute_doc(), catalogue)
    assert [(f.rule, f.severity, f.items) for f in findings] == [
        (OTC_MAXIMUM, "caution", ("ibuprofen",)),
        (SEDATING_CAUTION, "caution", ("carisoprodol",)),
    ]
    otc = findings[0]
    assert "1,200 mg of ibuprofen in 24 hours" in otc.message
    assert "10 days" in otc.message
    assert otc.source == "ibuprofen test label"


def test_with_history_example(catalogue: Catalogue) -> None:
    findings = check_plan(with_history_doc(), catalogue)
    rules = [(f.rule, f.items) for f in findings]
    assert rules == [
        (UNLABELLED_STRENGTH, ("pain-o-soma",)),
        (OTC_MAXIMUM, ("flare-ibuprofen",)),
        (SEDATING_CAUTION, ("pain-o-soma",)),
    ]
    strength = findings[0]
    assert strength.severity == "flag"
    assert strength.message == (
        "Pain O Soma 500: carisoprodol 500 mg is not a labelled strength in the US "
        "(the label lists 250 mg and 350 mg); follow your prescriber."
    )
    assert strength.source == "carisoprodol test label"


# --- rule 1: course length ---------------------------------------------------------------


def test_course_length_flags_a_28_day_carisoprodol_course(catalogue: Catalogue) -> None:
    doc = make_doc([med("soma", "carisoprodol", 350, FOUR_TIMES, days=28, name="Soma 350")])
    [finding] = by_rule(doc, catalogue, COURSE_LENGTH)
    assert finding.severity == "flag"
    assert finding.items == ("soma",)
    assert "a 28-day course is longer than the 21 days" in finding.message
    assert "short-term use only, 2-3 weeks" in finding.message
    assert finding.source == "carisoprodol test label"


def test_course_length_allows_21_days_and_ignores_other_substances(catalogue: Catalogue) -> None:
    doc = make_doc(
        [
            med("soma", "carisoprodol", 350, FOUR_TIMES, days=21),
            med("ibu", "ibuprofen", 400, prn(6, 3), days=60, prescriber="Dr. A"),
        ]
    )
    assert by_rule(doc, catalogue, COURSE_LENGTH) == []


def test_course_length_counts_an_end_date(catalogue: Catalogue) -> None:
    doc = make_doc([med("soma", "carisoprodol", 350, FOUR_TIMES, end="2026-12-22")])  # 22 days
    [finding] = by_rule(doc, catalogue, COURSE_LENGTH)
    assert "22-day" in finding.message


# --- rule 2: a schedule over the label maximum --------------------------------------------


def test_label_maximum_flags_a_schedule_over_1400_mg(catalogue: Catalogue) -> None:
    doc = make_doc([med("soma", "carisoprodol", 500, FOUR_TIMES, days=10, name="Soma 500")])
    [finding] = by_rule(doc, catalogue, LABEL_MAXIMUM)
    assert finding.severity == "flag"
    assert finding.items == ("soma",)
    assert "2,000 mg of carisoprodol a day" in finding.message
    assert "exceeds the label maximum of 1,400 mg a day; confirm with your prescriber" in (finding.message)
    assert "Soma 500: 4 x 500 mg" in finding.message
    assert " on " not in finding.message  # every day of the course: no dates to name


def test_label_maximum_allows_exactly_the_maximum(catalogue: Catalogue) -> None:
    assert by_rule(acute_doc(), catalogue, LABEL_MAXIMUM) == []  # 4 x 350 = 1,400


def test_label_maximum_adds_products_active_the_same_day(catalogue: Catalogue) -> None:
    soma = med("soma", "carisoprodol", 350, FOUR_TIMES, days=10)
    extra = med("extra", "carisoprodol", 250, prn(4, 1), start="2026-12-10", days=5)
    finding, doses = by_rule(make_doc([soma, extra]), catalogue, LABEL_MAXIMUM)
    assert "5 doses of carisoprodol" in doses.message
    assert finding.items == ("soma", "extra")
    assert "1,650 mg" in finding.message
    assert "on 10 Dec 2026" in finding.message  # the only day both run


def test_label_maximum_ignores_products_on_different_days(catalogue: Catalogue) -> None:
    soma = med("soma", "carisoprodol", 350, FOUR_TIMES, days=10)
    later = med("later", "carisoprodol", 350, FOUR_TIMES, start="2026-12-11", days=5)
    assert by_rule(make_doc([soma, later]), catalogue, LABEL_MAXIMUM) == []


def test_label_maximum_counts_as_needed_at_its_daily_maximum(catalogue: Catalogue) -> None:
    doc = make_doc([med("apap", "acetaminophen", 1000, prn(4, 5), days=5)])
    [finding] = by_rule(doc, catalogue, LABEL_MAXIMUM)
    assert "up to 5 x 1,000 mg" in finding.message
    assert "5,000 mg of acetaminophen" in finding.message


def test_label_maximum_counts_the_weekdays_the_schedule_has(catalogue: Catalogue) -> None:
    # 3 x 350 every day, plus a fourth and fifth dose on Mondays only.
    daily = med("soma", "carisoprodol", 350, times("08:00", "14:00", "20:00"), days=14)
    mondays = med("monday", "carisoprodol", 350, {"times": ["10:00", "12:00"], "weekdays": ["mon"]}, days=14)
    finding, _doses = by_rule(make_doc([daily, mondays]), catalogue, LABEL_MAXIMUM)
    assert "1,750 mg" in finding.message
    assert "on 2 days, from 7 Dec 2026 to 14 Dec 2026" in finding.message


def test_label_maximum_first_day_figure(catalogue: Catalogue) -> None:
    first_day_only = med("nap", "naproxen", 625, prn(8, 2), days=1)
    assert by_rule(make_doc([first_day_only]), catalogue, LABEL_MAXIMUM) == []
    longer = med("nap", "naproxen", 625, times("08:00", "20:00"), days=5)
    [finding] = by_rule(make_doc([longer]), catalogue, LABEL_MAXIMUM)
    assert "1,250 mg of naproxen" in finding.message
    assert "label maximum of 1,000 mg" in finding.message
    assert "on 4 days, from 2 Dec 2026 to 5 Dec 2026" in finding.message


def test_label_maximum_counts_flare_up_medicines_with_every_day(catalogue: Catalogue) -> None:
    plan = med("ibu", "ibuprofen", 800, prn(6, 3), days=10, prescriber="Dr. A")
    flare = med("flare-ibu", "ibuprofen", 800, prn(6, 3), start=None, prescriber="Dr. A")
    [finding] = by_rule(make_doc([plan], flare_up=[flare]), catalogue, LABEL_MAXIMUM)
    assert finding.items == ("ibu", "flare-ibu")
    assert "4,800 mg" in finding.message
    assert "flare-up" in finding.message
    alone = make_doc([], flare_up=[med("f", "ibuprofen", 800, prn(4, 5), start=None)])
    [flare_only] = by_rule(alone, catalogue, LABEL_MAXIMUM)
    assert "during a flare-up" in flare_only.message


def test_label_maximum_counts_scheduled_flare_up_medicines(catalogue: Catalogue) -> None:
    flare = med("f", "carisoprodol", 500, FOUR_TIMES, start=None, prescriber="Dr. A")
    [finding] = by_rule(make_doc([], flare_up=[flare]), catalogue, LABEL_MAXIMUM)
    assert "2,000 mg" in finding.message


# --- rule 2: the OTC maximum caution ---------------------------------------------------------


def test_otc_maximum_only_for_as_needed_without_prescriber(catalogue: Catalogue) -> None:
    with_doctor = med("a", "ibuprofen", 400, prn(6, 3), prescriber="Dr. A")
    scheduled = med("b", "ibuprofen", 400, times("08:00"))
    assert by_rule(make_doc([with_doctor, scheduled]), catalogue, OTC_MAXIMUM) == []
    over = med("c", "ibuprofen", 600, prn(6, 3), name="Ibuprofen 600")
    [finding] = by_rule(make_doc([over]), catalogue, OTC_MAXIMUM)
    assert finding.severity == "caution"
    assert "This plan allows up to 1,800 mg a day." in finding.message
    long = med("d", "ibuprofen", 200, prn(6, 3), days=14)
    [finding] = by_rule(make_doc([long]), catalogue, OTC_MAXIMUM)
    assert "This plan runs for 14 days." in finding.message


# --- rule 7: duplicate NSAID, acetaminophen total -------------------------------------------


def test_duplicate_nsaid_flags_ibuprofen_and_naproxen_overlapping(catalogue: Catalogue) -> None:
    ibu = med("ibu", "ibuprofen", 400, prn(6, 3), days=10, prescriber="Dr. A")
    nap = med("nap", "naproxen", 500, times("08:00", "20:00"), start="2026-12-08", days=5)
    [finding] = by_rule(make_doc([ibu, nap]), catalogue, DUPLICATE_NSAID)
    assert finding.severity == "flag"
    assert finding.items == ("ibu", "nap")
    assert "(ibuprofen and naproxen) are both NSAIDs" in finding.message
    assert "Do not take two NSAIDs together" in finding.message
    assert finding.source == "ibuprofen test label; naproxen test label"


def test_duplicate_nsaid_allows_courses_that_do_not_overlap(catalogue: Catalogue) -> None:
    ibu = med("ibu", "ibuprofen", 400, prn(6, 3), days=7, prescriber="Dr. A")
    nap = med("nap", "naproxen", 500, times("08:00", "20:00"), start="2026-12-08", days=5)
    assert by_rule(make_doc([ibu, nap]), catalogue, DUPLICATE_NSAID) == []


def test_duplicate_nsaid_counts_a_flare_up_medicine_with_every_course(
    catalogue: Catalogue,
) -> None:
    ibu = med("ibu", "ibuprofen", 400, prn(6, 3), days=7, prescriber="Dr. A")
    nap = med("flare-nap", "naproxen", 250, prn(8, 2), start=None, prescriber="Dr. A")
    [finding] = by_rule(make_doc([ibu], flare_up=[nap]), catalogue, DUPLICATE_NSAID)
    assert "(flare-up plan) may be taken during the course of" in finding.message


def test_duplicate_nsaid_names_the_same_nsaid_in_two_products(catalogue: Catalogue) -> None:
    a = med("ibu", "ibuprofen", 400, prn(6, 3), days=7, prescriber="Dr. A")
    b = med("ibu-flare", "ibuprofen", 400, prn(6, 3), start=None, prescriber="Dr. A")
    [finding] = by_rule(make_doc([a], flare_up=[b]), catalogue, DUPLICATE_NSAID)
    assert "both contain ibuprofen, an NSAID" in finding.message


def test_acetaminophen_total_flags_two_products(catalogue: Catalogue) -> None:
    para = med("para", "paracetamol", 1000, prn(4, 4), days=10, name="Paracetamol 500 mg")
    cold = med("cold", "acetaminophen", 500, prn(6, 4), start="2026-12-05", days=3, name="Cold")
    [finding] = by_rule(make_doc([para, cold]), catalogue, ACETAMINOPHEN_TOTAL)
    assert finding.severity == "flag"
    assert finding.items == ("para", "cold")
    assert "Paracetamol 500 mg and Cold both contain acetaminophen" in finding.message
    assert "4,000 mg in 24 hours" in finding.message


def test_acetaminophen_total_allows_one_product_or_separate_courses(
    catalogue: Catalogue,
) -> None:
    para = med("para", "acetaminophen", 1000, prn(4, 4), days=4)
    later = med("later", "acetaminophen", 500, prn(6, 4), start="2026-12-05", days=3)
    assert by_rule(make_doc([para]), catalogue, ACETAMINOPHEN_TOTAL) == []
    assert by_rule(make_doc([para, later]), catalogue, ACETAMINOPHEN_TOTAL) == []


# --- rule 8: sedating combination and caution -----------------------------------------------


def test_sedating_combination_names_carisoprodol_with_an_opioid(catalogue: Catalogue) -> None:
    soma = med("soma", "carisoprodol", 350, FOUR_TIMES, days=10, name="Soma 350")
    tram = med("tram", "tramadol", 50, prn(6, 4), days=5, name="Tramadol 50", prescriber="Dr. A")
    [finding] = by_rule(make_doc([soma, tram]), catalogue, SEDATING_COMBINATION)
    assert finding.severity == "flag"
    assert finding.items == ("soma", "tram")
    assert "carisoprodol together with tramadol (an opioid)" in finding.message
    assert "above all" in finding.message
    assert "no alcohol" in finding.message


def test_sedating_combination_of_two_relaxants(catalogue: Catalogue) -> None:
    a = med("cyclo", "cyclobenzaprine", 10, times("22:00"), days=10)
    b = med("tiz", "tizanidine", 4, times("08:00"), days=10)
    [finding] = by_rule(make_doc([a, b]), catalogue, SEDATING_COMBINATION)
    assert "cyclobenzaprine and tizanidine both cause drowsiness" in finding.message
    assert "above all" not in finding.message


def test_sedating_combination_names_carisoprodol_with_a_benzodiazepine(
    catalogue: Catalogue,
) -> None:
    soma = med("soma", "carisoprodol", 350, FOUR_TIMES, days=10)
    diazepam = med("diaz", "diazepam", 5, prn(8, 2), start=None, prescriber="Dr. A")
    [finding] = by_rule(make_doc([soma], flare_up=[diazepam]), catalogue, SEDATING_COMBINATION)
    assert "carisoprodol together with diazepam (a benzodiazepine)" in finding.message


def test_sedating_combination_needs_two_sedating_substances_on_one_day(
    catalogue: Catalogue,
) -> None:
    soma = med("soma", "carisoprodol", 350, FOUR_TIMES, days=10)
    ibu = med("ibu", "ibuprofen", 400, prn(6, 3), days=10, prescriber="Dr. A")
    tram_later = med("tram", "tramadol", 50, prn(6, 4), start="2026-12-11", days=5)
    assert by_rule(make_doc([soma, ibu, tram_later]), catalogue, SEDATING_COMBINATION) == []


def test_sedating_caution_for_every_sedating_medicine(catalogue: Catalogue) -> None:
    soma = med("soma", "carisoprodol", 350, FOUR_TIMES, days=10)
    ibu = med("ibu", "ibuprofen", 400, prn(6, 3), days=10, prescriber="Dr. A")
    flare = med("flare-diaz", "diazepam", 5, prn(8, 2), start=None)
    cautions = by_rule(make_doc([soma, ibu], flare_up=[flare]), catalogue, SEDATING_CAUTION)
    assert [c.items for c in cautions] == [("soma",), ("flare-diaz",)]
    assert all(c.severity == "caution" for c in cautions)
    assert "do not drink alcohol" in cautions[0].message
    assert "do not drive" in cautions[0].message


# --- rule 9: unlabelled strength ------------------------------------------------------------


def test_unlabelled_strength_allows_labelled_strengths(catalogue: Catalogue) -> None:
    doc = make_doc(
        [
            med("a", "carisoprodol", 350, times("08:00"), days=5),
            med("b", "carisoprodol", 250, times("20:00"), days=5),
            med("c", "carisoprodol", 500, times("12:00"), days=5, units_per_dose=2),
        ]
    )
    assert by_rule(doc, catalogue, UNLABELLED_STRENGTH) == []


def test_unlabelled_strength_ignores_substances_without_a_list(catalogue: Catalogue) -> None:
    doc = make_doc([med("a", "ibuprofen", 375, prn(6, 3), days=5, prescriber="Dr. A")])
    assert by_rule(doc, catalogue, UNLABELLED_STRENGTH) == []


# --- substances without label limits -------------------------------------------------------


def test_no_label_limits_note_for_an_unknown_substance(catalogue: Catalogue) -> None:
    doc = make_doc(
        [
            med("gaba", "capsaicin", 300, times("08:00"), days=5, name="Capsaicin 300"),
            med("gaba2", "capsaicin", 300, times("20:00"), days=5, name="Zostrix"),
        ]
    )
    [finding] = check_plan(doc, catalogue)
    assert finding.rule == NO_LABEL_LIMITS
    assert finding.severity == "note"
    assert finding.items == ("gaba", "gaba2")
    assert finding.message.startswith("No label limits are known to backplan for capsaicin")


def test_every_finding_names_a_source(catalogue: Catalogue) -> None:
    soma = med("soma", "carisoprodol", 500, FOUR_TIMES, days=28)
    tram = med("tram", "tramadol", 50, prn(6, 4), days=5)
    ibu = med("ibu", "ibuprofen", 400, prn(6, 3), days=10)
    nap = med("nap", "naproxen", 500, prn(8, 2), days=10)
    para = med("para", "paracetamol", 1000, prn(4, 4), days=5)
    cold = med("cold", "acetaminophen", 500, prn(4, 4), days=5)
    gaba = med("gaba", "capsaicin", 300, times("08:00"), days=5)
    findings = check_plan(make_doc([soma, tram, ibu, nap, para, cold, gaba]), catalogue)
    assert {f.rule for f in findings} == {
        COURSE_LENGTH,
        LABEL_MAXIMUM,
        DUPLICATE_NSAID,
        ACETAMINOPHEN_TOTAL,
        SEDATING_COMBINATION,
        UNLABELLED_STRENGTH,
        OTC_MAXIMUM,
        SEDATING_CAUTION,
        NO_LABEL_LIMITS,
    }
    assert all(f.source.strip() for f in findings)
    severities = [f.severity for f in findings]
    assert severities == sorted(severities, key=["flag", "caution", "note"].index)


def test_label_maximum_number_of_doses(catalogue: Catalogue) -> None:
    three = med("tiz", "tizanidine", 4, times("08:00", "14:00", "20:00"), days=5)
    assert by_rule(make_doc([three]), catalogue, LABEL_MAXIMUM) == []
    four = med("tiz", "tizanidine", 4, FOUR_TIMES, days=5, name="Tizanidine 4 mg")
    [finding] = by_rule(make_doc([four]), catalogue, LABEL_MAXIMUM)
    assert finding.message == (
        "Tizanidine 4 mg: the plan has up to 4 doses of tizanidine a day (Tizanidine 4 mg: "
        "4 x 4 mg), more than the label maximum of 3 doses a day; confirm with your "
        "prescriber."
    )


def _long_plan() -> PlanDocument:
    """Three years of courses that overlap in changing ways: daily and weekday doses,
    repeated short naproxen courses (first-day maximum), as-needed and flare-up medicines."""
    meds = [
        med("soma", "carisoprodol", 350, times("08:00", "14:00", "20:00"), days=3 * 365),
        med("monday", "carisoprodol", 350, {"times": ["10:00", "12:00"], "weekdays": ["mon"]}, days=400),
        med("apap", "acetaminophen", 1000, prn(4, 3), start="2027-03-01", days=200),
        med("apap-2", "acetaminophen", 500, times("09:00", "21:00"), start="2027-06-01", days=90),
        med("tiz", "tizanidine", 4, {"times": ["08:00", "16:00"], "weekdays": ["tue", "fri"]}, days=700),
        med("tiz-2", "tizanidine", 4, times("12:00", "22:00"), start="2027-01-05", days=30),
    ]
    meds += [
        med(
            f"nap-{n}",
            "naproxen",
            625,
            times("08:00", "20:00"),
            start=f"{2027 + n // 4}-{1 + 3 * (n % 4):02d}-10",
            days=5,
        )
        for n in range(8)
    ]
    flare = [med("flare-ibu", "ibuprofen", 800, prn(6, 2), start=None, prescriber="Dr. A")]
    return make_doc(meds, flare_up=flare)


def test_label_maximum_by_groups_of_days_matches_day_by_day(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Days that plan the same doses are totalled once: the findings are exactly those of
    totalling every day on its own (each group split back into single days)."""
    doc = _long_plan()
    grouped = check_plan(doc, catalogue)
    groups = plan_checks._day_groups(doc, plan_checks._scheduled_doses_per_day(doc))
    days = sum(len(group_days) for _, group_days in groups)
    assert days > 1000 and len(groups) < 60  # the point: few distinct days in a long plan

    def one_day_each(doc: PlanDocument, counts: dict[tuple[str, date], int]) -> list[Any]:
        return [(planned, (day,)) for planned, group_days in grouped_days(doc, counts) for day in group_days]

    grouped_days = plan_checks._day_groups
    monkeypatch.setattr(plan_checks, "_day_groups", one_day_each)
    assert check_plan(doc, catalogue) == grouped
    label = [f for f in grouped if f.rule == LABEL_MAXIMUM]
    assert {f.items for f in label} >= {("soma", "monday"), ("tiz", "tiz-2")}
    assert any(" on 57 days, from " in f.message for f in label), [f.message for f in label]
