"""Flare-ups, from the events that record them to the windows the agenda runs them in.

The app records a flare-up as events on the reserved item ``flare-up``
(plan-format.md, "plan.flare_up" and "events"): ``done`` at the moment the patient
started one, and, if they end it early, ``skipped`` with ``scheduled_for`` naming that
start and ``at`` the moment it was ended. A flare-up lasts ``days`` x 24 hours of
elapsed time, so the windows are computed in UTC: across a daylight-saving change a
three-day flare-up is still exactly 72 hours, not three wall-clock days.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from backplan.domain.model import FLARE_UP_ITEM, Event, EventStatus
from backplan.schedule.occurrence import FlareUpWindow
from backplan.schedule.wallclock import as_utc


def merge_windows(windows: Iterable[FlareUpWindow]) -> list[FlareUpWindow]:
    """The union of ``windows`` as disjoint windows in time order (in UTC).

    A flare-up started while another runs extends it; merging (touching windows
    included) is what keeps a flare-up item from being scheduled twice in the overlap.
    Empty windows are dropped.
    """
    spans = sorted((as_utc(w.start), as_utc(w.end), w.starts or (w.start,)) for w in windows)
    merged: list[FlareUpWindow] = []
    for start, end, starts in spans:
        if end <= start:
            continue
        starts_utc = tuple(as_utc(s) for s in starts)
        if merged and start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = FlareUpWindow(last.start, max(last.end, end), last.starts + starts_utc)
        else:
            merged.append(FlareUpWindow(start, end, starts_utc))
    return merged


def flare_up_windows(events: Sequence[Event], days: int) -> list[FlareUpWindow]:
    """The flare-ups that ``events`` record, each ``days`` x 24 h long unless ended early.

    Overlapping flare-ups are merged into one window (see ``merge_windows``); each
    window's ``starts`` says which recorded starts it covers.
    """
    if days < 0:
        raise ValueError(f"a flare-up cannot last {days} days")
    length = timedelta(days=days)
    starts: set[datetime] = set()
    ended: dict[datetime, datetime] = {}
    for event in events:
        if event.item != FLARE_UP_ITEM or not event.counts:
            continue
        if event.status is EventStatus.DONE and event.at is not None:
            starts.add(as_utc(event.at))
        elif event.status is EventStatus.SKIPPED and event.scheduled_for is not None and event.at is not None:
            start = as_utc(event.scheduled_for)
            at = as_utc(event.at)
            # Ended twice (say, on two devices): the earlier end is when it stopped.
            ended[start] = min(ended.get(start, at), at)
    windows = []
    for start in starts:
        end = start + length
        if start in ended:
            end = min(end, ended[start])
        windows.append(FlareUpWindow(start, end, (start,)))
    return merge_windows(windows)


def active_flare_up(windows: Sequence[FlareUpWindow], now: datetime) -> FlareUpWindow | None:
    """The window running at ``now`` (aware), if any."""
    instant = as_utc(now, "now")
    for window in windows:
        if as_utc(window.start) <= instant < as_utc(window.end):
            return window
    return None
