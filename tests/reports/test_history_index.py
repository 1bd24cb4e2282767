"""A range's records picked from the document's index, against picking them by hand.

``progress_data`` bisects records kept in time order (built once per document) so
that its cost follows the range shown, not the length of the history (issue 23).
These tests hold what it picks to the plain definitions over every record, with the
records given out of time order, and check that an index is never reused for
another document nor kept once its document is gone.
"""

from __future__ import annotations

import gc
import weakref
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_builders import example, long_history

from backplan.domain.model import LogEntry, PlanDocument, Removal
from backplan.reports import history_index as index_module
from backplan.reports.history_index import HistoryIndex, history_index
from backplan.reports.progress import progress_data
from backplan.schedule.agenda import day_bounds
from backplan.schedule.expand import expand
from backplan.schedule.status import adherence

NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
DOCS = {
    "long": long_history(365),  # Berlin: two clock changes
    "with-history": example("with-history.backplan.json"),  # a flare-up recorded
    "acute": example("acute-3-weeks.backplan.json"),
}
RANGES = [
    (date(2025, 1, 6), date(2025, 1, 19)),  # the first fortnight
    (date(2025, 3, 28), date(2025, 4, 3)),  # over the change to summer time in Berlin
    (date(2025, 6, 30), date(2025, 10, 2)),
    (date(2025, 12, 20), date(2026, 1, 20)),  # past the history's end and "now"
]


def _shuffled_history() -> PlanDocument:
    doc = long_history(365)
    events = list(reversed(doc.events))
    # One record taken back: it counts for nothing, in any range.
    taken_back = events[100]
    assert taken_back.at is not None
    events[100] = replace(taken_back, removed=Removal(taken_back.at + timedelta(minutes=2)))
    return replace(doc, log=tuple(reversed(doc.log)), events=tuple(events))


@pytest.mark.parametrize(("first", "last"), RANGES)
def test_the_range_picked_by_the_index_is_the_range_picked_by_hand(first: date, last: date) -> None:
    doc = _shuffled_history()
    data = progress_data(doc, first, last, NOW)
    tz = data.tz
    lo, hi = day_bounds(data.timezone, first, (last - first).days + 1)
    counting = [e for e in doc.events if e.counts]
    in_range = sorted((e for e in counting if lo <= e.sort_key < hi), key=lambda e: e.sort_key)
    assert data.events == tuple(in_range)
    entries = sorted(
        (e for e in doc.log if first <= e.at.astimezone(tz).date() <= last),
        key=lambda e: e.at,
    )
    assert data.entries == tuple(entries)
    assert [p.at for p in data.points] == [e.at.astimezone(tz) for e in entries]
    # The states of the range's occurrences, from what was recorded for them: the same
    # as schedule.status.adherence reading every event of the history.
    assert data.adherence == adherence(expand(doc, lo, hi), counting, NOW)
    assert sum(done for done, _ in data.adherence.values()) > 0 or first > NOW.date()


def test_an_index_is_built_once_per_document_and_never_reused_for_another(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    builds: list[int] = []
    build = HistoryIndex.build

    def counted(doc: PlanDocument) -> HistoryIndex:
        builds.append(1)
        return build(doc)

    monkeypatch.setattr(HistoryIndex, "build", staticmethod(counted))
    doc = long_history(120)
    for first, last in RANGES[:3]:
        progress_data(doc, first, last, NOW)
    progress_data(doc, None, None, NOW)
    assert len(builds) == 1
    # A new document (the data changed) gets its own index: nothing stale is shown.
    late = LogEntry(at=datetime(2025, 3, 1, 9, 0, tzinfo=UTC), pain=9)
    changed = replace(doc, log=(*doc.log, late))
    data = progress_data(changed, date(2025, 3, 1), date(2025, 3, 1), NOW)
    assert late in data.entries and len(builds) == 2
    assert late not in progress_data(doc, date(2025, 3, 1), date(2025, 3, 1), NOW).entries


def test_an_index_goes_with_its_document() -> None:
    doc = long_history(30)
    gone = weakref.ref(history_index(doc))
    assert gone() is not None
    del doc
    gc.collect()
    assert gone() is None
    assert all(ref() is not None for ref, _ in index_module._kept)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["long", "with-history", "acute"]),
    st.integers(-40, 420),
    st.integers(0, 24 * 60 - 1),
    st.integers(0, 500),
    st.integers(0, 24 * 60 - 1),
)
def test_the_occurrences_of_a_range_are_those_expand_gives(
    which: str, day: int, minute: int, length: int, end_minute: int
) -> None:
    """The years expanded once per document, cut at any two instants (over daylight-saving
    changes and a flare-up), are ``expand`` over those instants."""
    doc = DOCS[which]
    tz = ZoneInfo(doc.patient.timezone)
    lo = datetime.combine(doc.plan.start + timedelta(days=day), time(), tz) + timedelta(minutes=minute)
    hi = lo + timedelta(days=length, minutes=end_minute)
    index = history_index(doc)
    assert index.occurrences(doc, lo, hi) == expand(doc, lo, hi, index.flare_ups)
