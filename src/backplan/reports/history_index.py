"""A document's records in time order, built once, so a range's records are picked by bisecting.

The progress figures are asked for many ranges of one document (the Progress
section draws each preset ahead, the toolbar pans, the report asks for its year),
and a patient's record grows for years. Picking a range's entries and events by a
pass over every record made a fortnight's chart cost as much as the whole history
(ten years stored: 75 ms for 14 days, 226 ms for five years). Here each record's
instant is worked out once per document and the records are kept sorted by it;
a range is then two bisections and a slice, and what is read follows the range
shown, not the length of the history (issue 23).

The index is kept per document *object*: a :class:`PlanDocument` is immutable, and
the app reads a new one whenever the data changes, so an index can never be stale.
A few are kept (weakly: one goes with its document), for the Progress section's
workers and the window asking about the same document at once.
"""

from __future__ import annotations

import threading
import weakref
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Final, Generic, TypeVar

from backplan.domain.model import Event, LogEntry, PlanDocument
from backplan.schedule.agenda import day_bounds
from backplan.schedule.expand import expand
from backplan.schedule.flare import flare_up_windows
from backplan.schedule.occurrence import FlareUpWindow, Occurrence
from backplan.schedule.wallclock import as_utc, zone

R = TypeVar("R")

_KEPT: Final = 4  # documents whose index is kept
_INSTANT: Final = timedelta(microseconds=1)


@dataclass(frozen=True)
class TimeOrdered(Generic[R]):
    """Records sorted by their instant (ties in the order given), with the instants as
    POSIX seconds.

    A float holds today's POSIX seconds to well under a microsecond, the datetimes'
    resolution, so the order is the datetimes' whatever offsets the records carry,
    and comparing floats is much cheaper than comparing aware datetimes (each asks
    both for their offset).
    """

    records: tuple[R, ...]
    seconds: tuple[float, ...]

    @staticmethod
    def of(records: Sequence[R], seconds: Sequence[float]) -> TimeOrdered[R]:
        order = sorted(range(len(records)), key=seconds.__getitem__)  # stable: ties as given
        return TimeOrdered(tuple(records[i] for i in order), tuple(seconds[i] for i in order))

    def between(self, lo: datetime, hi: datetime) -> tuple[R, ...]:
        """The records whose instant is in ``[lo, hi)``, in time order."""
        return self.between_seconds(lo.timestamp(), hi.timestamp())

    def between_seconds(self, lo: float, hi: float) -> tuple[R, ...]:
        seconds = self.seconds
        return self.records[bisect_left(seconds, lo) : bisect_left(seconds, hi)]


@dataclass(frozen=True)
class HistoryIndex:
    """One document's log and events, each in time order, and its flare-ups.

    ``events`` are those that still count (a record taken back counts for nothing in
    the progress figures), ordered by ``Event.sort_key``; ``scheduled`` are those of
    them that name an occurrence, ordered by the time they name (``scheduled_for``),
    which is how an occurrence finds what was recorded for it.
    """

    log: TimeOrdered[LogEntry]
    events: TimeOrdered[Event]
    scheduled: TimeOrdered[Event]
    flare_ups: tuple[FlareUpWindow, ...]
    latest_event: datetime | None  # the latest ``sort_key`` of every event, taken back or not
    # The plan's occurrences by local calendar year, expanded when first asked for.
    years: dict[int, TimeOrdered[Occurrence]] = field(default_factory=dict, compare=False, repr=False)
    lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)

    @staticmethod
    def build(doc: PlanDocument) -> HistoryIndex:
        log = TimeOrdered.of(doc.log, [e.at.timestamp() for e in doc.log])
        every = doc.events
        seconds = [e.sort_key.timestamp() for e in every]
        kept = [i for i, e in enumerate(every) if e.counts]
        counting = [every[i] for i in kept]
        events = TimeOrdered.of(counting, [seconds[i] for i in kept])
        named = [e for e in counting if e.scheduled_for is not None]
        scheduled = TimeOrdered.of(named, [_scheduled_seconds(e) for e in named])
        fu = doc.plan.flare_up
        windows = tuple(flare_up_windows(counting, fu.days)) if fu is not None else ()
        # ``index`` finds the first of equal instants, as ``max`` does.
        latest = every[seconds.index(max(seconds))].sort_key if every else None
        return HistoryIndex(log, events, scheduled, windows, latest)

    def latest_counted_event(self) -> datetime | None:
        records = self.events.records
        return records[-1].sort_key if records else None

    def occurrences(self, doc: PlanDocument, lo: datetime, hi: datetime) -> list[Occurrence]:
        """``schedule.expand.expand(doc, lo, hi, self.flare_ups)``, from the years expanded once.

        ``expand`` gives every occurrence whose start lies in ``[lo, hi)``, sorted by
        (UTC start, item); the plan's local calendar years split time into spans
        that each occurrence's start falls in exactly one of, so the occurrences of
        the years the range touches, in year order and cut at the range's instants,
        are the same list. Ranges overlap (the presets, a report's year inside the
        whole history): each year is expanded once per document, not once per range.
        """
        if hi <= lo:
            return []
        tz = zone(doc.patient.timezone)
        lo_s, hi_s = lo.timestamp(), hi.timestamp()
        found: list[Occurrence] = []
        last = (hi - _INSTANT).astimezone(tz).year  # ``hi`` is not in the range
        for year in range(lo.astimezone(tz).year, last + 1):
            found += self._year(doc, year).between_seconds(lo_s, hi_s)
        return found

    def _year(self, doc: PlanDocument, year: int) -> TimeOrdered[Occurrence]:
        with self.lock:
            kept = self.years.get(year)
        if kept is not None:
            return kept
        first = date(year, 1, 1)
        lo, hi = day_bounds(doc.patient.timezone, first, (date(year + 1, 1, 1) - first).days)
        occurrences = expand(doc, lo, hi, self.flare_ups)
        kept = TimeOrdered(tuple(occurrences), tuple(o.start.timestamp() for o in occurrences))
        with self.lock:
            return self.years.setdefault(year, kept)

    def scheduled_between(self, lo: datetime, hi: datetime) -> tuple[Event, ...]:
        """The events naming an occurrence that starts in ``[lo, hi)`` (and perhaps a few
        around it: a second's margin, as the times are compared as floats here and as
        instants by the caller, which ignores events naming no occurrence of its own)."""
        return self.scheduled.between_seconds(lo.timestamp() - 1.0, hi.timestamp() + 1.0)


def _scheduled_seconds(event: Event) -> float:
    due = event.scheduled_for
    assert due is not None
    if due.utcoffset() is None:
        # Refused with the message ``schedule.status.recorded`` gives (``timestamp()``
        # would take it as the computer's local time instead).
        as_utc(due, "scheduled_for")
    return due.timestamp()


# Re-entrant: a document may be collected (and ``_forget`` called) by a garbage
# collection that starts inside the locked part, on the same thread.
_lock = threading.RLock()
_kept: list[tuple[weakref.ref[PlanDocument], HistoryIndex]] = []


def _forget(gone: weakref.ref[PlanDocument]) -> None:
    with _lock:
        _kept[:] = [(ref, index) for ref, index in _kept if ref is not gone]


def history_index(doc: PlanDocument) -> HistoryIndex:
    """``doc``'s index, built on first use and kept while ``doc`` lives (a few documents)."""
    with _lock:
        for ref, index in tuple(_kept):
            if ref() is doc:
                return index
    index = HistoryIndex.build(doc)  # outside the lock: another thread may ask meanwhile
    with _lock:
        _kept.insert(0, (weakref.ref(doc, _forget), index))
        del _kept[_KEPT:]
    return index


__all__ = ["HistoryIndex", "TimeOrdered", "history_index"]
