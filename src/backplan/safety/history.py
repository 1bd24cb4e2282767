"""Doses already recorded that broke a rule: kept as they are, and listed by rule name.

History can break a rule without the guard having let it through: a file imported
from elsewhere, a restored backup, a dose recorded with an override. FACTS.md says such
history is kept, never rewritten, and the clinician report names each such dose by rule
with the reason given ("no reason recorded" when none was). Today says so too when the
last 24 hours hold one.

A dose breaks a rule when the guard, asked about it with only the doses recorded
before it in time, would have refused it: for a pair of doses too close together, the
second is the one listed, as the rule reads ("the doses after t - 24 h up to t").
Pure: it reads nothing and records nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from backplan.domain.model import Event, EventStatus, PlanDocument
from backplan.safety._common import counts_as_dose, to_utc
from backplan.safety.catalogue import Catalogue
from backplan.safety.dose_guard import check_dose, history_reach
from backplan.safety.findings import Finding
from backplan.schedule.flare import flare_up_windows
from backplan.schedule.occurrence import FlareUpWindow

NO_REASON: Final = "no reason recorded"


@dataclass(frozen=True)
class RuleBreak:
    """One recorded dose that broke one or more rules.

    ``findings`` are the guard's refusals for it (each with its rule name and reason);
    ``reason`` is the override reason recorded with the dose, or ``NO_REASON``.
    """

    event: Event
    medicine: str
    findings: tuple[Finding, ...]

    @property
    def at(self) -> datetime:
        assert self.event.at is not None
        return self.event.at

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.rule for f in self.findings))

    @property
    def reason(self) -> str:
        return self.event.override_reason or NO_REASON


def rule_breaks(
    doc: PlanDocument,
    catalogue: Catalogue,
    events: Sequence[Event],
    start: datetime,
    end: datetime,
    flare_ups: Sequence[FlareUpWindow] | None = None,
) -> list[RuleBreak]:
    """Every dose taken in ``[start, end)`` that broke a rule, in time order.

    ``events`` must hold the doses of the guard's reach before ``start`` too (a
    whole document's events will do); removed doses count for nothing. ``flare_ups``:
    the flare-ups recorded, worked out from ``events`` when not given.
    """
    meds = {m.id for m in doc.all_medications()}
    if flare_ups is None:
        fu = doc.plan.flare_up
        flare_ups = flare_up_windows(events, fu.days) if fu is not None else []
    doses = sorted(
        (e for e in events if counts_as_dose(e) and e.item in meds),
        key=lambda e: to_utc(e.at) if e.at is not None else start,
    )
    moments = [to_utc(e.at) for e in doses if e.at is not None]
    reach = history_reach(doc)
    begin, stop = to_utc(start), to_utc(end)
    found: list[RuleBreak] = []
    names = {m.id: m.name for m in doc.all_medications()}
    # The doses of each scheduled time (item and instant), by their place in ``doses``:
    # a dose is checked with those recorded for its own scheduled time before the
    # guard's reach too, and looking them up here, not by a pass over every earlier
    # dose for each dose of the range, keeps a year's report as cheap with ten years
    # stored as with one (it was quadratic in the history: 22 s against 4 s).
    same_time: dict[tuple[str, datetime], list[int]] = defaultdict(list)
    for index, dose in enumerate(doses):
        if dose.scheduled_for is not None:
            same_time[(dose.item, to_utc(dose.scheduled_for))].append(index)
    for index, dose in enumerate(doses):
        at = moments[index]
        if not begin <= at < stop:
            continue
        first = bisect_left(moments, at - reach)
        earlier = list(doses[first:index])
        due = dose.scheduled_for
        if due is not None:
            places = same_time[(dose.item, to_utc(due))]
            earlier += [doses[place] for place in places[: bisect_left(places, first)]]
        decision = check_dose(doc, catalogue, dose.item, at, earlier, flare_ups)
        if decision.refusals:
            found.append(RuleBreak(dose, names[dose.item], decision.refusals))
    return found


def removed_doses(doc: PlanDocument, events: Sequence[Event], start: datetime, end: datetime) -> list[Event]:
    """The doses recorded in ``[start, end)`` and later taken back (undo, deletion).

    They count for nothing, but the report lists them ("recorded at 08:05, removed
    at 08:07"): a record of a dose is never made to vanish.
    """
    meds = {m.id for m in doc.all_medications()}
    begin, stop = to_utc(start), to_utc(end)
    return [
        e
        for e in events
        if e.item in meds
        and e.status is EventStatus.DONE
        and e.at is not None
        and e.removed is not None
        and begin <= to_utc(e.at) < stop
    ]


__all__ = ["NO_REASON", "RuleBreak", "removed_doses", "rule_breaks"]
