"""next_allowed_at is exact: it agrees with a minute-by-minute search, across DST too."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from safety_support import CHICAGO, flare_started, local, make_doc, med, prn, taken

from backplan.domain.model import Event, PlanDocument
from backplan.safety.catalogue import Catalogue
from backplan.safety.dose_guard import check_dose, next_allowed_at
from backplan.safety.findings import DAILY_MAXIMUM, LABEL_MAXIMUM, MINIMUM_INTERVAL
from backplan.schedule.flare import flare_up_windows

STEP = timedelta(minutes=5)
LIMIT_RULES = {MINIMUM_INTERVAL, DAILY_MAXIMUM, LABEL_MAXIMUM}
# Chicago falls back on 1 Nov 2026 at 02:00: the doses below straddle that night. Steps
# are added in UTC: adding a timedelta to a Chicago datetime is wall-clock arithmetic,
# which would skip the repeated hour.
BASE = local(CHICAGO, 2026, 10, 31, 0).astimezone(UTC)


def doc_for_test() -> PlanDocument:
    return make_doc(
        [
            med("ibu", "ibuprofen", 800, prn(6, 4), start="2026-10-31", days=10, prescriber="A"),
            med("nap", "naproxen", 250, prn(2, 6), start="2026-10-31", days=10, prescriber="A"),
        ],
        flare_up=[med("flare-ibu", "ibuprofen", 800, prn(4, 3), start=None, prescriber="A")],
        start="2026-10-31",
        flare_days=14,
    )


DOC = doc_for_test()
MEDS = ("ibu", "nap", "flare-ibu")

doses = st.lists(
    st.tuples(st.sampled_from(MEDS), st.integers(0, 36 * 12)),  # 5-minute steps over 36 h
    max_size=8,
)


def passes_limits(catalogue: Catalogue, med_id: str, at: datetime, events: list[Event]) -> bool:
    windows = flare_up_windows(events, 14)
    decision = check_dose(DOC, catalogue, med_id, at, events, windows)
    return not {f.rule for f in decision.refusals} & LIMIT_RULES


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(doses=doses, med_id=st.sampled_from(MEDS), now_step=st.integers(0, 48 * 12))
@example(  # waits into the repeated hour of the fall-back night
    doses=[("ibu", 425), ("nap", 380), ("ibu", 102), ("nap", 199), ("flare-ibu", 166),
           ("ibu", 209), ("nap", 64), ("flare-ibu", 33)],
    med_id="ibu",
    now_step=307,
)  # fmt: skip
def test_next_allowed_at_matches_a_brute_force_search(
    catalogue: Catalogue, doses: list[tuple[str, int]], med_id: str, now_step: int
) -> None:
    events: list[Event] = [flare_started(BASE - timedelta(hours=1))]
    events += [taken(item, BASE + step * STEP) for item, step in doses]
    now = BASE + now_step * STEP
    windows = flare_up_windows(events, 14)
    nxt = next_allowed_at(DOC, catalogue, med_id, events, now, windows)

    expected = None
    at = now
    while at <= now + timedelta(hours=62):
        if passes_limits(catalogue, med_id, at, events):
            expected = at
            break
        at += STEP
    # Compared in UTC: Python never finds a fall-back time (fold=1) equal to a datetime
    # of another zone (PEP 495), even when both name the same instant.
    assert (None if nxt is None else nxt.astimezone(UTC)) == expected
    if nxt is not None:
        assert nxt.tzinfo is not None
        assert nxt.utcoffset() == nxt.astimezone(CHICAGO).utcoffset()
