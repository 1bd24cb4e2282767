"""The dose guard checks every 24-hour window a dose falls in, not only the last one.

FACTS.md, "Every window, not only the last one": a dose recorded late ("I took one at
2 am") must keep the window ending at it and the window ending at each dose already
recorded in the 24 hours after it within the limits, and the minimum interval holds on
both sides. The property test records the same doses in every order hypothesis picks
and checks that what the guard accepted never breaks a rule in any window.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from safety_support import CHICAGO, local, make_doc, med, prn, taken

from backplan.domain.model import Event, PlanDocument
from backplan.safety.catalogue import Catalogue
from backplan.safety.dose_guard import check_dose, next_allowed_at
from backplan.safety.findings import DAILY_MAXIMUM, LABEL_MAXIMUM, MINIMUM_INTERVAL

DAY = timedelta(hours=24)


def at(day: int, h: int, mi: int = 0) -> datetime:
    return local(CHICAGO, 2026, 12, day, h, mi)


def ibuprofen_doc(interval: float = 4, per_day: int = 3, mg: float = 400) -> PlanDocument:
    return make_doc([med("ibuprofen", "ibuprofen", mg, prn(interval, per_day), days=20)])


def test_a_late_dose_may_not_put_a_later_window_over_the_daily_maximum(
    catalogue: Catalogue,
) -> None:
    # 08:00, 14:00 and 20:00 are recorded; then "I took one at 02:00" that morning.
    events = [taken("ibuprofen", at(3, h)) for h in (8, 14, 20)]
    decision = check_dose(ibuprofen_doc(), catalogue, "ibuprofen", at(3, 2), events)
    assert [f.rule for f in decision.refusals] == [DAILY_MAXIMUM]
    message = decision.refusals[0].message
    assert "the 24 hours up to the dose recorded at 20:00 would hold 4 doses" in message
    assert "(at 02:00, 08:00, 14:00 and 20:00)" in message
    assert "collides with the later dose recorded at 20:00" in message


def test_acetaminophen_cannot_reach_5300_mg_in_20_hours(catalogue: Catalogue) -> None:
    doc = make_doc([med("apap", "paracetamol", 1000, prn(4, 6), days=20)])
    events = [taken("apap", at(3, h)) for h in (6, 10, 14, 18)]
    decision = check_dose(doc, catalogue, "apap", at(3, 2), events)
    [finding] = decision.refusals
    assert finding.rule == LABEL_MAXIMUM
    assert "the 24 hours up to the dose recorded at 18:00 would hold 5,000 mg" in finding.message
    assert "collides with the later dose recorded at 18:00" in finding.message


def test_the_interval_holds_to_the_later_dose_too(catalogue: Catalogue) -> None:
    events = [taken("ibuprofen", at(3, 8))]
    decision = check_dose(ibuprofen_doc(), catalogue, "ibuprofen", at(3, 6), events)
    assert [f.rule for f in decision.refusals] == [MINIMUM_INTERVAL]
    assert "a dose is already recorded at 08:00, later than this one" in decision.refusals[0].message


def test_a_later_dose_exactly_24_hours_after_no_longer_shares_a_window(
    catalogue: Catalogue,
) -> None:
    # Doses at 02:00 the next day, 08:00 and 14:00: the window ending at 02:00 next
    # day starts just after 02:00 today, so a dose at 02:00 today is not in it.
    events = [taken("ibuprofen", at(4, h)) for h in (2,)] + [taken("ibuprofen", at(3, h)) for h in (14, 20)]
    assert check_dose(ibuprofen_doc(), catalogue, "ibuprofen", at(3, 2), events).allowed
    one_minute_later = check_dose(ibuprofen_doc(), catalogue, "ibuprofen", at(3, 2, 1), events)
    assert [f.rule for f in one_minute_later.refusals] == [DAILY_MAXIMUM]


def test_next_allowed_at_looks_at_later_doses(catalogue: Catalogue) -> None:
    # A dose already recorded 5 minutes ahead (allowed: within the clock's tolerance)
    # holds the next one back by its interval, not only the doses before now.
    events = [taken("ibuprofen", at(3, 8, 5))]
    nxt = next_allowed_at(ibuprofen_doc(), catalogue, "ibuprofen", events, at(3, 8))
    assert nxt == at(3, 12, 5)


# --- the property: any order of recording, no window ever broken ---------------------------


def breaks_a_rule(doses: list[datetime], interval: float, per_day: int, mg: float, limit: float) -> bool:
    ordered = sorted(doses)
    for i, d in enumerate(ordered):
        if i and d - ordered[i - 1] < timedelta(hours=interval):
            return True
        in_window = [x for x in ordered if d - DAY < x <= d]
        if len(in_window) > per_day or len(in_window) * mg > limit:
            return True
    return False


@settings(max_examples=120, deadline=None)
@given(
    offsets=st.lists(st.integers(min_value=0, max_value=72 * 4), min_size=1, max_size=12),
    order=st.randoms(use_true_random=False),
    interval=st.sampled_from([1, 2, 4, 6]),
    per_day=st.integers(min_value=1, max_value=6),
)
def test_any_order_of_recording_never_breaks_a_window(
    catalogue: Catalogue, offsets: list[int], order: object, interval: int, per_day: int
) -> None:
    # 800 mg ibuprofen: the label's 3,200 mg is four doses, so the label maximum and
    # the plan's daily maximum both come into play.
    doc = ibuprofen_doc(interval=interval, per_day=per_day, mg=800)
    moments = [at(2, 0) + timedelta(minutes=15 * o) for o in offsets]
    order.shuffle(moments)  # type: ignore[attr-defined]
    events: list[Event] = []
    for moment in moments:
        if check_dose(doc, catalogue, "ibuprofen", moment, events).allowed:
            events.append(taken("ibuprofen", moment))
    accepted = [e.at for e in events if e.at is not None]
    assert not breaks_a_rule(accepted, interval, per_day, 800, 3200)
