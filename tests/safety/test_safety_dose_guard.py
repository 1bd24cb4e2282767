"""check_dose and next_allowed_at: the refusals of FACTS.md rules 2-6, one dose at a time."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta

import pytest
from safety_support import (
    CHICAGO,
    KOLKATA,
    acute_doc,
    flare_started,
    local,
    make_doc,
    med,
    prn,
    taken,
    times,
    with_history_doc,
)

from backplan.domain.model import Event, EventStatus, PlanDocument
from backplan.safety.catalogue import Catalogue
from backplan.safety.dose_guard import DoseDecision, check_dose, next_allowed_at
from backplan.safety.findings import (
    ALREADY_TAKEN,
    COURSE_DATES,
    DAILY_MAXIMUM,
    LABEL_MAXIMUM,
    MINIMUM_INTERVAL,
    NO_LABEL_LIMITS,
    OTC_MAXIMUM,
    PLAN_SOURCE,
    SEDATING_CAUTION,
)
from backplan.schedule.flare import flare_up_windows


def refused_by(decision: DoseDecision) -> list[str]:
    return [f.rule for f in decision.refusals]


def day2(h: int, mi: int = 0) -> datetime:
    return local(CHICAGO, 2026, 12, 2, h, mi)


# --- rule 3: minimum interval (as-needed) --------------------------------------------------


def test_first_as_needed_dose_is_allowed(catalogue: Catalogue) -> None:
    decision = check_dose(acute_doc(), catalogue, "ibuprofen", day2(10), [])
    assert decision.allowed
    assert decision.refusals == ()
    assert decision.scheduled_for is None


def test_second_ibuprofen_two_hours_later_is_refused(catalogue: Catalogue) -> None:
    events = [taken("ibuprofen", day2(10))]
    decision = check_dose(acute_doc(), catalogue, "ibuprofen", day2(12), events)
    assert not decision.allowed
    [finding] = decision.refusals
    assert finding.rule == MINIMUM_INTERVAL
    assert finding.severity == "refusal"
    assert finding.source == PLAN_SOURCE
    assert finding.items == ("ibuprofen",)
    assert finding.message == (
        "Ibuprofen 200 mg: the last dose was at 10:00; at least 6 hours must pass between "
        "doses, so the next is allowed at 16:00."
    )


def test_exactly_the_minimum_interval_is_allowed(catalogue: Catalogue) -> None:
    events = [taken("ibuprofen", day2(10))]
    assert check_dose(acute_doc(), catalogue, "ibuprofen", day2(16), events).allowed
    early = check_dose(acute_doc(), catalogue, "ibuprofen", day2(15, 59), events)
    assert refused_by(early) == [MINIMUM_INTERVAL]


def test_minimum_interval_names_the_date_of_another_day(catalogue: Catalogue) -> None:
    events = [taken("ibuprofen", day2(22))]
    decision = check_dose(acute_doc(), catalogue, "ibuprofen", day2(23), events)
    assert "the next is allowed at 04:00 on 3 Dec." in decision.refusals[0].message


def test_minimum_interval_is_per_medicine(catalogue: Catalogue) -> None:
    # A dose of the scheduled carisoprodol does not start ibuprofen's interval.
    events = [taken("carisoprodol", day2(8, 5), day2(8))]
    assert check_dose(acute_doc(), catalogue, "ibuprofen", day2(9), events).allowed


# --- rule 4: daily maximum (as-needed) -----------------------------------------------------


def three_doses() -> list[Event]:
    return [taken("ibuprofen", day2(h)) for h in (6, 12, 18)]


def test_daily_maximum_refuses_a_fourth_dose_in_24_hours(catalogue: Catalogue) -> None:
    decision = check_dose(
        acute_doc(), catalogue, "ibuprofen", local(CHICAGO, 2026, 12, 3), three_doses()
    )
    [finding] = decision.refusals
    assert finding.rule == DAILY_MAXIMUM
    assert finding.source == PLAN_SOURCE
    assert "3 doses were taken in the 24 hours before this one" in finding.message
    assert "at 06:00 on 2 Dec, 12:00 on 2 Dec and 18:00 on 2 Dec" in finding.message
    assert "at most 3 in any 24 hours, so the next is allowed at 06:00." in finding.message


def test_a_dose_exactly_24_hours_earlier_no_longer_counts(catalogue: Catalogue) -> None:
    doc = acute_doc()
    at = local(CHICAGO, 2026, 12, 3, 6)
    assert check_dose(doc, catalogue, "ibuprofen", at, three_doses()).allowed
    before = check_dose(doc, catalogue, "ibuprofen", at - timedelta(minutes=1), three_doses())
    assert refused_by(before) == [DAILY_MAXIMUM]


def test_24_hours_are_elapsed_hours_across_a_daylight_saving_change(
    catalogue: Catalogue,
) -> None:
    # Chicago falls back on 1 Nov 2026: 24 hours after 31 Oct 11:00 CDT is 1 Nov 10:00 CST.
    doc = make_doc(
        [med("ibu", "ibuprofen", 400, prn(4, 3), start="2026-10-30", days=5)], start="2026-10-30"
    )
    events = [taken("ibu", local(CHICAGO, 2026, 10, 31, h)) for h in (11, 16, 21)]
    assert check_dose(doc, catalogue, "ibu", local(CHICAGO, 2026, 11, 1, 10), events).allowed
    early = check_dose(doc, catalogue, "ibu", local(CHICAGO, 2026, 11, 1, 9, 59), events)
    assert refused_by(early) == [DAILY_MAXIMUM]
    nxt = next_allowed_at(doc, catalogue, "ibu", events, local(CHICAGO, 2026, 11, 1, 1))
    assert nxt == local(CHICAGO, 2026, 11, 1, 10)
    assert nxt is not None and nxt.utcoffset() == timedelta(hours=-6)


# --- rule 2: label maximum -----------------------------------------------------------------


def paracetamol_doc() -> PlanDocument:
    """Acetaminophen 1000 mg as needed, with a plan that allows more than the label."""
    return make_doc(
        [med("apap", "acetaminophen", 1000, prn(4, 6), days=10, name="Paracetamol 500 mg")]
    )


def test_acetaminophen_1000_mg_five_times_in_24_hours_is_refused(catalogue: Catalogue) -> None:
    events = [taken("apap", day2(h)) for h in (0, 4, 8, 12)]
    assert check_dose(paracetamol_doc(), catalogue, "apap", day2(12), events[:3]).allowed
    decision = check_dose(paracetamol_doc(), catalogue, "apap", day2(16), events)
    [finding] = decision.refusals
    assert finding.rule == LABEL_MAXIMUM
    assert finding.source == "acetaminophen test label"
    assert finding.message == (
        "Paracetamol 500 mg: this dose (1,000 mg of acetaminophen) would make 5,000 mg in "
        "24 hours, with 4,000 mg already taken since 00:00 (Paracetamol 500 mg); the label "
        "maximum is 4,000 mg in 24 hours, so the next is allowed at 00:00 on 3 Dec."
    )


def test_with_history_paracetamol_fifth_dose(catalogue: Catalogue) -> None:
    doc = with_history_doc()
    events = [taken("paracetamol", local(KOLKATA, 2026, 11, 3, h)) for h in (6, 10, 14, 18)]
    decision = check_dose(doc, catalogue, "paracetamol", local(KOLKATA, 2026, 11, 3, 22), events)
    assert refused_by(decision) == [DAILY_MAXIMUM, LABEL_MAXIMUM]


def test_acetaminophen_from_two_products_adds_up(catalogue: Catalogue) -> None:
    doc = make_doc(
        [
            med("apap", "acetaminophen", 1000, prn(4, 6), days=10, name="Paracetamol 500 mg"),
            med("cold", "paracetamol", 500, prn(4, 6), days=10, name="Cold and flu"),
        ]
    )
    events = [taken("apap", day2(h)) for h in (0, 4, 8)] + [taken("cold", day2(9))]
    allowed = check_dose(doc, catalogue, "cold", day2(13), events)  # 3,000 + 500 + 500
    assert allowed.allowed
    refused = check_dose(doc, catalogue, "apap", day2(13), events)  # 3,500 + 1,000
    [finding] = refused.refusals
    assert finding.rule == LABEL_MAXIMUM
    assert finding.items == ("apap", "cold")
    assert "(Paracetamol 500 mg and Cold and flu)" in finding.message
    assert "4,500 mg" in finding.message


def naproxen_doc() -> PlanDocument:
    return make_doc([med("nap", "naproxen", 250, prn(2, 6), days=10, prescriber="Dr. A")])


def test_naproxen_first_day_1250_mg_is_allowed(catalogue: Catalogue) -> None:
    first = [taken("nap", local(CHICAGO, 2026, 12, 1, h)) for h in (8, 10, 12, 14)]
    at = local(CHICAGO, 2026, 12, 1, 16)
    assert check_dose(naproxen_doc(), catalogue, "nap", at, first).allowed
    sixth = check_dose(naproxen_doc(), catalogue, "nap", at, [*first, taken("nap", at)])
    assert refused_by(sixth) == [MINIMUM_INTERVAL, LABEL_MAXIMUM]


def test_naproxen_second_day_over_1000_mg_is_refused(catalogue: Catalogue) -> None:
    second = [taken("nap", day2(h)) for h in (8, 10, 12, 14)]
    decision = check_dose(naproxen_doc(), catalogue, "nap", day2(16), second)
    [finding] = decision.refusals
    assert finding.rule == LABEL_MAXIMUM
    assert "would make 1,250 mg in 24 hours" in finding.message
    assert "after the course's first day the label maximum is 1,000 mg" in finding.message


def test_label_maximum_counts_plan_and_flare_up_ibuprofen_together(catalogue: Catalogue) -> None:
    doc = make_doc(
        [med("ibu", "ibuprofen", 800, prn(6, 4), days=10, prescriber="Dr. A")],
        flare_up=[med("flare-ibu", "ibuprofen", 800, prn(6, 4), start=None, prescriber="Dr. A")],
    )
    events = [flare_started(day2(0)), *(taken("ibu", day2(h)) for h in (0, 6, 12))]
    windows = flare_up_windows(events, 3)
    assert check_dose(doc, catalogue, "flare-ibu", day2(13), events, windows).allowed  # 3,200
    events.append(taken("flare-ibu", day2(13)))
    decision = check_dose(doc, catalogue, "ibu", day2(18), events, windows)  # 4,000
    [finding] = decision.refusals
    assert finding.rule == LABEL_MAXIMUM
    assert finding.items == ("ibu", "flare-ibu")
    assert "label maximum is 3,200 mg" in finding.message


def test_label_maximum_applies_to_scheduled_medicines(catalogue: Catalogue) -> None:
    doc = acute_doc()
    events = [
        taken("carisoprodol", day2(h, m), day2(h, m))
        for h, m in ((8, 0), (14, 0), (20, 0), (22, 30))
    ]
    decision = check_dose(doc, catalogue, "carisoprodol", day2(23, 30), events)
    # Both the 1,400 mg and carisoprodol's 4 doses in 24 hours (FACTS.md, Names).
    assert refused_by(decision) == [ALREADY_TAKEN, LABEL_MAXIMUM, LABEL_MAXIMUM]
    assert "1,750 mg" in decision.refusals[1].message
    assert "dose 5 of carisoprodol in 24 hours" in decision.refusals[2].message


def test_label_maximum_number_of_doses(catalogue: Catalogue) -> None:
    doc = make_doc([med("tiz", "tizanidine", 4, prn(1, 10), days=5, prescriber="Dr. A")])
    events = [taken("tiz", day2(h)) for h in (6, 12, 18)]
    decision = check_dose(doc, catalogue, "tiz", day2(23), events)
    [finding] = decision.refusals
    assert finding.rule == LABEL_MAXIMUM
    assert "this would be dose 4 of tizanidine in 24 hours" in finding.message
    assert "at most 3 doses in 24 hours, so the next is allowed at 06:00 on 3 Dec." in (
        finding.message
    )
    assert check_dose(doc, catalogue, "tiz", day2(23), events[1:]).allowed


def test_a_single_dose_over_the_label_maximum(catalogue: Catalogue) -> None:
    doc = make_doc([med("dic", "diclofenac", 200, prn(8, 2), days=5, prescriber="Dr. A")])
    decision = check_dose(doc, catalogue, "dic", day2(8), [])
    [finding] = decision.refusals
    assert "one dose holds 200 mg of diclofenac, more than the label maximum of 150 mg" in (
        finding.message
    )
    assert next_allowed_at(doc, catalogue, "dic", [], day2(8)) is None


def test_an_unknown_substance_has_only_the_plan_limits(catalogue: Catalogue) -> None:
    doc = make_doc([med("gaba", "capsaicin", 5000, prn(4, 3), days=5)])
    decision = check_dose(doc, catalogue, "gaba", day2(8), [])
    assert decision.allowed
    assert [f.rule for f in decision.flags] == [NO_LABEL_LIMITS]
    assert "capsaicin" in decision.flags[0].message


# --- rule 5: already taken (scheduled) -----------------------------------------------------


def test_first_scheduled_dose_is_matched_to_its_time(catalogue: Catalogue) -> None:
    decision = check_dose(acute_doc(), catalogue, "carisoprodol", day2(8, 10), [])
    assert decision.allowed
    assert decision.scheduled_for == day2(8)
    assert [f.rule for f in decision.flags] == [SEDATING_CAUTION]


def test_second_carisoprodol_dose_for_the_same_time_is_refused(catalogue: Catalogue) -> None:
    events = [taken("carisoprodol", day2(8, 5), day2(8))]
    decision = check_dose(acute_doc(), catalogue, "carisoprodol", day2(9), events)
    assert not decision.allowed
    [finding] = decision.refusals
    assert finding.rule == ALREADY_TAKEN
    assert finding.message == "Carisoprodol 350 mg was already taken at 08:05 for the 08:00 dose."
    assert decision.scheduled_for is None


def test_already_taken_ties_go_to_the_earlier_time(catalogue: Catalogue) -> None:
    events = [taken("carisoprodol", day2(8, 5), day2(8))]
    # 11:00 is three hours from both 08:00 and 14:00: it belongs to 08:00.
    tie = check_dose(acute_doc(), catalogue, "carisoprodol", day2(11), events)
    assert refused_by(tie) == [ALREADY_TAKEN]
    later = check_dose(acute_doc(), catalogue, "carisoprodol", day2(11, 1), events)
    assert later.allowed
    assert later.scheduled_for == day2(14)
    early = check_dose(acute_doc(), catalogue, "carisoprodol", day2(7, 30), events)
    assert refused_by(early) == [ALREADY_TAKEN]


def test_already_taken_matches_across_midnight_and_names_the_day(catalogue: Catalogue) -> None:
    events = [taken("carisoprodol", day2(22, 40), day2(22, 30))]
    decision = check_dose(
        acute_doc(), catalogue, "carisoprodol", local(CHICAGO, 2026, 12, 3, 0, 30), events
    )
    assert decision.refusals[0].message == (
        "Carisoprodol 350 mg was already taken at 22:40 on 2 Dec for the dose due at "
        "22:30 on 2 Dec."
    )


def test_a_skipped_time_can_still_be_taken(catalogue: Catalogue) -> None:
    skipped = Event("carisoprodol", EventStatus.SKIPPED, day2(8))
    decision = check_dose(acute_doc(), catalogue, "carisoprodol", day2(8, 30), [skipped])
    assert decision.allowed
    assert decision.scheduled_for == day2(8)


def test_already_taken_compares_instants_not_offsets(catalogue: Catalogue) -> None:
    # The same 08:00 written in UTC still names the same scheduled time.
    utc_time = day2(8).astimezone(KOLKATA)
    events = [taken("carisoprodol", day2(8, 5), utc_time)]
    decision = check_dose(acute_doc(), catalogue, "carisoprodol", day2(8, 20), events)
    assert refused_by(decision) == [ALREADY_TAKEN]


# --- rule 6: course dates ------------------------------------------------------------------


def test_course_dates(catalogue: Catalogue) -> None:
    doc = acute_doc()  # carisoprodol 1-14 Dec
    assert check_dose(doc, catalogue, "carisoprodol", local(CHICAGO, 2026, 12, 1, 8), []).allowed
    assert check_dose(
        doc, catalogue, "carisoprodol", local(CHICAGO, 2026, 12, 14, 22, 30), []
    ).allowed
    before = check_dose(doc, catalogue, "carisoprodol", local(CHICAGO, 2026, 11, 30, 20), [])
    assert refused_by(before) == [COURSE_DATES]
    assert before.refusals[0].message == (
        "Carisoprodol 350 mg: the course runs from 1 Dec to 14 Dec 2026, and 30 Nov is "
        "before its first day."
    )
    after = check_dose(doc, catalogue, "carisoprodol", local(CHICAGO, 2026, 12, 15, 8), [])
    assert refused_by(after) == [COURSE_DATES]
    assert "15 Dec is after its last day" in after.refusals[0].message


def test_course_dates_use_the_patients_local_date(catalogue: Catalogue) -> None:
    # 1 Dec 05:30 UTC is still 30 Nov 23:30 in Chicago.
    at = datetime.fromisoformat("2026-12-01T05:30:00+00:00")
    decision = check_dose(acute_doc(), catalogue, "ibuprofen", at, [])
    assert refused_by(decision) == [COURSE_DATES]


def test_flare_up_medicine_outside_a_flare_up_is_refused(catalogue: Catalogue) -> None:
    doc = with_history_doc()
    at = local(KOLKATA, 2026, 11, 5, 10)
    decision = check_dose(doc, catalogue, "flare-ibuprofen", at, [])
    [finding] = decision.refusals
    assert finding.rule == COURSE_DATES
    assert "belongs to the flare-up plan, and no flare-up is running at 10:00" in finding.message


def test_flare_up_medicine_inside_a_flare_up_is_allowed(catalogue: Catalogue) -> None:
    doc = with_history_doc()
    events = [flare_started(local(KOLKATA, 2026, 11, 9, 7, 30))]
    windows = flare_up_windows(events, 3)
    inside = local(KOLKATA, 2026, 11, 10, 10)
    assert check_dose(doc, catalogue, "flare-ibuprofen", inside, events, windows).allowed
    end = local(KOLKATA, 2026, 11, 12, 7, 30)  # 72 hours later: the flare-up is over
    over = check_dose(doc, catalogue, "flare-ibuprofen", end, events, windows)
    assert refused_by(over) == [COURSE_DATES]
    last_minute = end - timedelta(minutes=1)
    assert check_dose(doc, catalogue, "flare-ibuprofen", last_minute, events, windows).allowed


def test_scheduled_flare_up_medicine_is_matched_inside_the_flare_up(catalogue: Catalogue) -> None:
    doc = make_doc(
        [], flare_up=[med("fm", "methocarbamol", 1500, times("08:00", "20:00"), start=None)]
    )
    events = [flare_started(day2(7))]
    windows = flare_up_windows(events, 3)
    decision = check_dose(doc, catalogue, "fm", day2(8, 15), events, windows)
    assert decision.allowed
    assert decision.scheduled_for == day2(8)


def test_flare_up_first_day_figure(catalogue: Catalogue) -> None:
    doc = make_doc([], flare_up=[med("fn", "naproxen", 250, prn(2, 6), start=None)])
    events = [flare_started(day2(7)), *(taken("fn", day2(h)) for h in (8, 10, 12, 14))]
    windows = flare_up_windows(events, 3)
    assert check_dose(doc, catalogue, "fn", day2(16), events, windows).allowed
    day3 = [local(CHICAGO, 2026, 12, 3, h) for h in (8, 10, 12, 14, 16)]
    moved = [flare_started(day2(7)), *(taken("fn", at) for at in day3[:4])]
    second = check_dose(doc, catalogue, "fn", day3[4], moved, windows)
    assert refused_by(second) == [LABEL_MAXIMUM]
    assert "after the course's first day the label maximum is 1,000 mg" in (
        second.refusals[0].message
    )


# --- the guard only answers ------------------------------------------------------------------


def test_check_dose_records_nothing(catalogue: Catalogue) -> None:
    doc = acute_doc()
    events = [taken("ibuprofen", day2(10))]
    snapshot_doc, snapshot_events = copy.deepcopy(doc), list(events)
    first = check_dose(doc, catalogue, "ibuprofen", day2(12), events)
    second = check_dose(doc, catalogue, "ibuprofen", day2(12), events)
    assert first == second
    assert events == snapshot_events
    assert doc == snapshot_doc
    # An override is the caller recording the dose with a reason: it then counts.
    events.append(Event("ibuprofen", EventStatus.DONE, None, day2(12), override_reason="Pain 9/10"))
    assert refused_by(check_dose(doc, catalogue, "ibuprofen", day2(17), events)) == [
        MINIMUM_INTERVAL
    ]


def test_unknown_medicine_raises_key_error(catalogue: Catalogue) -> None:
    with pytest.raises(KeyError):
        check_dose(acute_doc(), catalogue, "aspirin", day2(8), [])
    with pytest.raises(KeyError):
        next_allowed_at(acute_doc(), catalogue, "aspirin", [], day2(8))


def test_naive_time_is_refused(catalogue: Catalogue) -> None:
    with pytest.raises(ValueError):
        check_dose(acute_doc(), catalogue, "ibuprofen", datetime(2026, 12, 2, 8), [])


def test_events_of_other_items_are_ignored(catalogue: Catalogue) -> None:
    events = [
        taken("pt", day2(10), day2(10)),
        taken("unknown-old-medicine", day2(10)),
        Event("ibuprofen", EventStatus.MISSED, None),
    ]
    assert check_dose(acute_doc(), catalogue, "ibuprofen", day2(11), events).allowed


def test_otc_caution_when_a_dose_passes_the_otc_maximum(catalogue: Catalogue) -> None:
    doc = make_doc([med("ibu", "ibuprofen", 600, prn(4, 4), days=5, name="Ibuprofen 600")])
    events = [taken("ibu", day2(h)) for h in (4, 8)]
    decision = check_dose(doc, catalogue, "ibu", day2(12), events)
    assert decision.allowed
    [flag] = decision.flags
    assert flag.rule == OTC_MAXIMUM
    assert flag.severity == "caution"
    assert "1,800 mg of ibuprofen" in flag.message
    assert check_dose(doc, catalogue, "ibu", day2(12), events[1:]).flags == ()


# --- next_allowed_at ------------------------------------------------------------------------


def test_next_allowed_at_is_now_when_nothing_waits(catalogue: Catalogue) -> None:
    assert next_allowed_at(acute_doc(), catalogue, "ibuprofen", [], day2(9)) == day2(9)


def test_next_allowed_at_waits_for_the_interval(catalogue: Catalogue) -> None:
    events = [taken("ibuprofen", day2(10))]
    assert next_allowed_at(acute_doc(), catalogue, "ibuprofen", events, day2(12)) == day2(16)


def test_next_allowed_at_waits_for_the_oldest_dose_to_leave_the_24_hours(
    catalogue: Catalogue,
) -> None:
    nxt = next_allowed_at(acute_doc(), catalogue, "ibuprofen", three_doses(), day2(19))
    assert nxt == local(CHICAGO, 2026, 12, 3, 6)


def test_next_allowed_at_waits_for_the_label_maximum(catalogue: Catalogue) -> None:
    events = [taken("apap", day2(h)) for h in (0, 4, 8, 12)]
    nxt = next_allowed_at(paracetamol_doc(), catalogue, "apap", events, day2(16))
    assert nxt == local(CHICAGO, 2026, 12, 3, 0)


def test_already_taken_finds_the_nearest_time_of_a_weekly_schedule(catalogue: Catalogue) -> None:
    weekly = {"rrule": "FREQ=WEEKLY;BYDAY=MO", "time": "09:00"}
    doc = make_doc([med("wk", "diclofenac", 75, weekly, days=28, prescriber="Dr. A")])
    monday = local(CHICAGO, 2026, 12, 7, 9)
    events = [taken("wk", monday, monday)]
    thursday = check_dose(doc, catalogue, "wk", local(CHICAGO, 2026, 12, 10, 9), events)
    assert refused_by(thursday) == [ALREADY_TAKEN]
    assert "for the dose due at 09:00 on 7 Dec" in thursday.refusals[0].message
    friday = check_dose(doc, catalogue, "wk", local(CHICAGO, 2026, 12, 11, 10), events)
    assert friday.allowed
    assert friday.scheduled_for == local(CHICAGO, 2026, 12, 14, 9)


def test_course_dates_of_a_one_day_course(catalogue: Catalogue) -> None:
    doc = make_doc([med("one", "ibuprofen", 400, prn(6, 3), days=1, prescriber="Dr. A")])
    decision = check_dose(doc, catalogue, "one", day2(8), [])
    assert decision.refusals[0].message == (
        "Ibuprofen 400 mg: the course is on 1 Dec 2026 only, and 2 Dec is after its last day."
    )
