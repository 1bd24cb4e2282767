"""The dose guard: whether one dose, at one instant, keeps to the label and the plan.

It answers and nothing more. Recording the dose, and recording an override with its
reason when the patient insists, is the caller's business (the dose service), so the
guard can be asked "what if" as often as a view likes without side effects.

Rules (clinical/FACTS.md, "Rules the app enforces"): ``course dates``, ``already
taken`` (scheduled medicines), ``minimum interval`` and ``daily maximum`` (as-needed
medicines), ``label maximum`` (every medicine whose substance the catalogue knows).
"In 24 hours" is the doses taken in ``(t - 24 h, t]`` plus the dose at ``t``: a dose
exactly 24 hours earlier no longer counts. All arithmetic is on UTC instants (see
``_common``), so "24 hours" is 24 elapsed hours across daylight-saving changes too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from backplan.domain.model import (
    AsNeededSchedule,
    Event,
    Medication,
    PlanDocument,
)
from backplan.safety._common import (
    counts_as_dose,
    find_medication,
    is_flare_up_medication,
    join_sources,
    limit_mg_by_substance,
    medicines_only,
    mg_by_substance,
    same_instant,
    to_utc,
    weeks_phrase,
)
from backplan.safety.catalogue import Catalogue, SubstanceInfo
from backplan.safety.findings import (
    AGE_CAUTION,
    ALREADY_TAKEN,
    COURSE_DATES,
    COURSE_LENGTH,
    DAILY_MAXIMUM,
    DUPLICATE_NSAID,
    LABEL_MAXIMUM,
    MINIMUM_INTERVAL,
    NO_LABEL_LIMITS,
    OTC_MAXIMUM,
    PLAN_SOURCE,
    SEDATING_CAUTION,
    Finding,
    age_message,
    age_on,
    format_date,
    format_hours,
    format_list,
    format_mg,
    format_time,
    patient_zone,
    sentence,
)
from backplan.schedule.expand import MEDICATION_KIND, expand
from backplan.schedule.flare import merge_windows
from backplan.schedule.occurrence import FlareUpWindow, Occurrence
from backplan.schedule.wallclock import local_date, start_of_day

DAY = timedelta(hours=24)
# How far around a dose the guard looks for the scheduled time it belongs to, widening
# step by step: most schedules are daily, a few weekly or rarer.
_SEARCH_WINDOWS = (timedelta(days=2), timedelta(days=16), timedelta(days=64), timedelta(days=400))


@dataclass(frozen=True)
class DoseDecision:
    """The guard's answer for one dose.

    ``allowed`` is False when there is any refusal; the patient may still override it
    with a reason, which the caller records. ``flags`` are cautions and notes shown
    alongside, never blocking. ``scheduled_for`` is the scheduled time a dose of a
    scheduled medicine belongs to (what its event's ``scheduled_for`` should say):
    None for as-needed medicines, and when that time was already taken (recording a
    second dose against it would make two events name one occurrence).
    """

    allowed: bool
    refusals: tuple[Finding, ...]
    flags: tuple[Finding, ...]
    scheduled_for: datetime | None

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.refusals + self.flags


@dataclass(frozen=True)
class _Dose:
    """A dose already taken: which medicine, when (UTC), and how much of each substance."""

    med: Medication
    at: datetime
    mg: dict[str, float]


class _Guard:
    """The doses taken and the plan's facts, for asking about one medicine at any instant."""

    def __init__(
        self,
        doc: PlanDocument,
        catalogue: Catalogue,
        med: Medication,
        events: Sequence[Event],
        flare_ups: Sequence[FlareUpWindow],
    ) -> None:
        self.doc = doc
        self.catalogue = catalogue
        self.med = med
        self.zone: ZoneInfo = patient_zone(doc)
        # mg per dose of each substance it counts toward (a salt toward its base too);
        # ``own``: the substances it contains, for the cautions.
        self.mg = limit_mg_by_substance(med, catalogue)
        self.own_keys = mg_by_substance(med, catalogue)
        self.flare_up = is_flare_up_medication(doc, med)
        self.windows = merge_windows(flare_ups)
        meds = {m.id: m for m in doc.all_medications()}
        doses = [
            _Dose(meds[e.item], to_utc(e.at), limit_mg_by_substance(meds[e.item], catalogue))
            for e in events
            if counts_as_dose(e) and e.at is not None and e.item in meds
        ]
        doses.sort(key=lambda d: d.at)
        self.all_doses = doses
        # Only the doses that can matter to this medicine: its own, and every product
        # sharing a substance with it (one substance from two products counts once).
        self.doses = [d for d in doses if d.med.id == med.id or self.mg.keys() & d.mg.keys()]
        self.own = [d for d in self.doses if d.med.id == med.id]

    # --- the facts at an instant -----------------------------------------------------

    def in_24h(self, at: datetime, doses: Sequence[_Dose]) -> list[_Dose]:
        return [d for d in doses if at - DAY < d.at <= at]

    def last_own_dose(self, at: datetime) -> _Dose | None:
        earlier = [d for d in self.own if d.at <= at]
        return earlier[-1] if earlier else None

    def window_at(self, at: datetime) -> FlareUpWindow | None:
        for window in self.windows:
            if to_utc(window.start) <= at < to_utc(window.end):
                return window
        return None

    def first_day(self, at: datetime) -> date | None:
        """The first local day of the course the dose at ``at`` belongs to."""
        if not self.flare_up:
            return self.med.start
        window = self.window_at(at)
        return None if window is None else local_date(window.start, self.zone)

    def mg_limit(self, info: SubstanceInfo, at: datetime) -> float | None:
        if info.max_mg_per_24h is None:
            return None
        if info.first_day_max_mg_per_24h is not None and local_date(
            at, self.zone
        ) == self.first_day(at):
            return max(info.max_mg_per_24h, info.first_day_max_mg_per_24h)
        return info.max_mg_per_24h

    def substance_doses(self, key: str, at: datetime) -> list[_Dose]:
        return self.in_24h(at, [d for d in self.doses if key in d.mg])

    # --- the limits as yes/no at an instant ------------------------------------------

    def window_ends(self, at: datetime, doses: Sequence[_Dose]) -> list[datetime]:
        """The ends of every 24-hour window that holds a dose at ``at``, among ``doses``.

        What is counted in a window only changes at a dose, so the windows that
        matter are the one ending at ``at`` and the one ending at each dose recorded
        in ``(at, at + 24 h)``: a dose recorded late must not put a later one over.
        """
        return [at, *(d.at for d in doses if at < d.at < at + DAY)]

    def interval_conflict(self, at: datetime) -> _Dose | None:
        """The nearest own dose closer than the minimum interval, on either side.

        Looking both ways matters when a dose is recorded late ("I took one at 2 am")
        and when the clock was set back: a dose recorded "later" than ``at`` was
        taken after it, and the interval holds to it too.
        """
        schedule = self.med.schedule
        if not isinstance(schedule, AsNeededSchedule):
            return None
        gap = timedelta(hours=float(schedule.min_interval_hours))
        near = [d for d in self.own if abs(at - d.at) < gap]
        return min(near, key=lambda d: (abs(at - d.at), d.at)) if near else None

    def interval_ok(self, at: datetime) -> bool:
        return self.interval_conflict(at) is None

    def daily_conflict(self, at: datetime) -> datetime | None:
        """The end of the first 24-hour window holding ``at`` that would have one dose
        too many of this medicine, or None."""
        schedule = self.med.schedule
        if not isinstance(schedule, AsNeededSchedule):
            return None
        for end in self.window_ends(at, self.own):
            if len(self.in_24h(end, self.own)) + 1 > schedule.max_doses_per_day:
                return end
        return None

    def daily_ok(self, at: datetime) -> bool:
        return self.daily_conflict(at) is None

    def mg_conflict(self, key: str, at: datetime) -> datetime | None:
        """The end of the first 24-hour window holding ``at`` in which this dose would
        take ``key`` past its label maximum, or None."""
        info = self.catalogue.get(key)
        if info is None:
            return None
        doses = [d for d in self.doses if key in d.mg]
        for end in self.window_ends(at, doses):
            limit = self.mg_limit(info, end)
            if limit is None:
                continue
            taken = sum(d.mg[key] for d in self.in_24h(end, doses))
            if taken + self.mg[key] > limit:
                return end
        return None

    def mg_ok(self, key: str, at: datetime) -> bool:
        return self.mg_conflict(key, at) is None

    def count_conflict(self, key: str, at: datetime) -> datetime | None:
        """As ``mg_conflict``, for a label's maximum number of doses (carisoprodol: 4)."""
        info = self.catalogue.get(key)
        if info is None or info.max_doses_per_24h is None:
            return None
        doses = [d for d in self.doses if key in d.mg]
        for end in self.window_ends(at, doses):
            if len(self.in_24h(end, doses)) + 1 > info.max_doses_per_24h:
                return end
        return None

    def count_ok(self, key: str, at: datetime) -> bool:
        return self.count_conflict(key, at) is None

    def label_ok(self, at: datetime) -> bool:
        return all(self.mg_ok(key, at) and self.count_ok(key, at) for key in self.mg)

    def limits_ok(self, at: datetime) -> bool:
        return self.interval_ok(at) and self.daily_ok(at) and self.label_ok(at)

    def earliest(self, after: datetime, passes: Callable[[datetime], bool]) -> datetime | None:
        """The first instant >= ``after`` at which ``passes`` holds, or None if none.

        The limits only ever ease at a few instants: when the interval since a dose
        has passed, when a dose leaves the 24 hours, and when a course's first day (with
        its higher first-day maximum) begins. Between those they can only tighten (a
        dose recorded later enters the 24 hours, a later dose's window comes to hold
        the instant, the interval to a later dose shrinks), so trying those instants
        in order is exact, not an approximation.
        """
        candidates = {after}
        schedule = self.med.schedule
        if isinstance(schedule, AsNeededSchedule):
            gap = timedelta(hours=float(schedule.min_interval_hours))
            candidates.update(d.at + gap for d in self.own)
        candidates.update(d.at + DAY for d in self.doses)
        if self.flare_up:
            candidates.update(to_utc(w.start) for w in self.windows)
        elif self.med.start is not None:
            candidates.add(start_of_day(self.med.start, self.zone))
        for candidate in sorted(c for c in candidates if c >= after):
            if passes(candidate):
                return candidate
        return None

    # --- wording -----------------------------------------------------------------------

    def when(self, moment: datetime, reference: datetime) -> str:
        return format_time(moment, self.zone, local_date(reference, self.zone))

    def next_phrase(self, at: datetime, passes: Callable[[datetime], bool]) -> str:
        nxt = self.earliest(at, passes)
        if nxt is None:
            return ""
        return f", so the next is allowed at {self.when(nxt, at)}"


def check_dose(
    doc: PlanDocument,
    catalogue: Catalogue,
    med_id: str,
    at: datetime,
    events: Sequence[Event],
    flare_ups: Sequence[FlareUpWindow] = (),
) -> DoseDecision:
    """Whether a dose of ``med_id`` taken at ``at`` (aware) keeps to every rule.

    ``events`` are what happened so far; the doses counted are its ``done`` events on
    the plan's and the flare-up plan's medicines, at their ``at``. ``flare_ups`` are the
    flare-ups recorded (``schedule.flare.flare_up_windows``). Raises KeyError for an
    id that is no medicine of the plan, ValueError for a naive ``at``. Records nothing.
    """
    med = find_medication(doc, med_id)
    t = to_utc(at)
    guard = _Guard(doc, catalogue, med, events, flare_ups)

    refusals: list[Finding] = []
    refusals += _course_dates(guard, t)
    scheduled_for: datetime | None = None
    outside_flare_up = guard.flare_up and guard.window_at(t) is None
    if not isinstance(med.schedule, AsNeededSchedule) and not outside_flare_up:
        occurrence = _nearest_occurrence(guard, t, flare_ups)
        if occurrence is not None:
            taken = _already_taken(guard, occurrence, events, t)
            if taken is None:
                scheduled_for = occurrence.start
            else:
                refusals.append(taken)
    refusals += _minimum_interval(guard, t)
    refusals += _daily_maximum(guard, t)
    refusals += _label_maximum(guard, t)
    flags = _dose_flags(guard, t)
    return DoseDecision(
        allowed=not refusals,
        refusals=tuple(refusals),
        flags=tuple(flags),
        scheduled_for=scheduled_for,
    )


def next_allowed_at(
    doc: PlanDocument,
    catalogue: Catalogue,
    med_id: str,
    events: Sequence[Event],
    now: datetime,
    flare_ups: Sequence[FlareUpWindow] = (),
) -> datetime | None:
    """The earliest instant >= ``now`` at which a dose passes the interval, daily and
    label limits; ``now`` itself (in the patient's zone) when a dose is allowed now.

    For the Today view's "next dose allowed at 16:00". Course dates and "already
    taken" are left out: they are not a matter of waiting. None when no instant ever
    passes, which happens only when a single dose is over the label maximum on its own
    (only an override can record it). Scheduled medicines have no interval or daily
    limit, so for them only the label maximum is waited for.
    """
    med = find_medication(doc, med_id)
    guard = _Guard(doc, catalogue, med, events, flare_ups)
    nxt = guard.earliest(to_utc(now), guard.limits_ok)
    return None if nxt is None else nxt.astimezone(guard.zone)


def history_reach(doc: PlanDocument) -> timedelta:
    """How far on either side of a dose the guard looks at other doses.

    Every window that holds a dose at ``t`` lies inside ``(t - 24 h, t + 24 h)``, and
    the minimum interval reaches ``min_interval_hours`` each way; the doses outside
    the longer of the two can change nothing. A caller reads just these (and the
    doses of the scheduled time, see ``scheduled_time_for``), not years of history.
    """
    hours = [24.0] + [
        float(m.schedule.min_interval_hours)
        for m in doc.all_medications()
        if isinstance(m.schedule, AsNeededSchedule)
    ]
    return timedelta(hours=max(hours))


def scheduled_time_for(
    doc: PlanDocument,
    catalogue: Catalogue,
    med_id: str,
    at: datetime,
    flare_ups: Sequence[FlareUpWindow] = (),
) -> datetime | None:
    """The scheduled time a dose of ``med_id`` at ``at`` would be matched to (rule 5),
    or None for an as-needed medicine or outside any course or flare-up.

    The doses already recorded against that time are what ``already taken`` needs
    besides the doses near ``at``.
    """
    med = find_medication(doc, med_id)
    if isinstance(med.schedule, AsNeededSchedule):
        return None
    guard = _Guard(doc, catalogue, med, (), flare_ups)
    occurrence = _nearest_occurrence(guard, to_utc(at), flare_ups)
    return None if occurrence is None else occurrence.start


# --- the rules ---------------------------------------------------------------------------


def _course_dates(guard: _Guard, t: datetime) -> list[Finding]:
    med = guard.med
    if guard.flare_up:
        if guard.window_at(t) is not None:
            return []
        message = (
            f"{med.name} belongs to the flare-up plan, and no flare-up is running at "
            f"{guard.when(t, t)}: start a flare-up first (or record the dose with a reason)."
        )
        return [Finding(COURSE_DATES, "refusal", message, PLAN_SOURCE, (med.id,))]
    first, last = med.start, med.last_day
    day = local_date(t, guard.zone)
    if first is None or last is None or first <= day <= last:
        return []
    where = "before its first day" if day < first else "after its last day"
    if first == last:
        course = f"the course is on {format_date(first)} only"
    else:
        course = f"the course runs from {format_date(first, last)} to {format_date(last)}"
    message = f"{med.name}: {course}, and {format_date(day, last)} is {where}."
    return [Finding(COURSE_DATES, "refusal", message, PLAN_SOURCE, (med.id,))]


def _nearest_occurrence(
    guard: _Guard, t: datetime, flare_ups: Sequence[FlareUpWindow]
) -> Occurrence | None:
    """The scheduled time of this medicine nearest to ``t``; ties go to the earlier.

    Any occurrence found within a window around ``t`` is nearer than everything
    outside it, so the search stops at the first window that holds one.
    """
    doc = medicines_only(guard.doc, (guard.med,))
    for reach in _SEARCH_WINDOWS:
        found = [
            occ
            for occ in expand(doc, t - reach, t + reach, flare_ups)
            if occ.item == guard.med.id and occ.kind == MEDICATION_KIND
        ]
        if found:
            return min(found, key=lambda occ: (abs(to_utc(occ.start) - t), to_utc(occ.start)))
    return None


def _already_taken(
    guard: _Guard, occurrence: Occurrence, events: Sequence[Event], t: datetime
) -> Finding | None:
    for event in events:
        if (
            event.item == guard.med.id
            and counts_as_dose(event)
            and event.scheduled_for is not None
            and same_instant(event.scheduled_for, occurrence.start)
        ):
            due_day = local_date(occurrence.start, guard.zone)
            if due_day == local_date(t, guard.zone):
                due = f"the {guard.when(occurrence.start, t)} dose"
            else:
                due = f"the dose due at {guard.when(occurrence.start, t)}"
            taken = "earlier" if event.at is None else f"at {guard.when(event.at, t)}"
            message = f"{guard.med.name} was already taken {taken} for {due}."
            return Finding(ALREADY_TAKEN, "refusal", message, PLAN_SOURCE, (guard.med.id,))
    return None


def _minimum_interval(guard: _Guard, t: datetime) -> list[Finding]:
    schedule = guard.med.schedule
    if not isinstance(schedule, AsNeededSchedule) or guard.interval_ok(t):
        return []
    near = guard.interval_conflict(t)
    assert near is not None
    if near.at <= t:
        said = f"the last dose was at {guard.when(near.at, t)}"
    else:
        said = f"a dose is already recorded at {guard.when(near.at, t)}, later than this one"
    message = (
        f"{guard.med.name}: {said}; at least "
        f"{format_hours(schedule.min_interval_hours)} must pass between doses"
        f"{guard.next_phrase(t, guard.interval_ok)}."
    )
    return [Finding(MINIMUM_INTERVAL, "refusal", message, PLAN_SOURCE, (guard.med.id,))]


def _daily_maximum(guard: _Guard, t: datetime) -> list[Finding]:
    schedule = guard.med.schedule
    end = guard.daily_conflict(t)
    if not isinstance(schedule, AsNeededSchedule) or end is None:
        return []
    counted = guard.in_24h(end, guard.own)
    allows = f"the plan allows at most {schedule.max_doses_per_day} in any 24 hours"
    if end == t:
        doses = "1 dose was" if len(counted) == 1 else f"{len(counted)} doses were"
        before = format_list([guard.when(d.at, t) for d in counted])
        message = (
            f"{guard.med.name}: {doses} taken in the 24 hours before this one (at {before}), and "
            f"{allows}{guard.next_phrase(t, guard.daily_ok)}."
        )
    else:
        times = format_list([guard.when(moment, t) for moment in sorted([t, *(d.at for d in counted)])])
        message = (
            f"{guard.med.name}: with this dose, the 24 hours up to the dose recorded at "
            f"{guard.when(end, t)} would hold {len(counted) + 1} doses (at {times}), and "
            f"{allows}; it collides with the later dose recorded at {guard.when(end, t)}."
        )
    return [Finding(DAILY_MAXIMUM, "refusal", message, PLAN_SOURCE, (guard.med.id,))]


def _label_maximum(guard: _Guard, t: datetime) -> list[Finding]:
    findings: list[Finding] = []
    for key, mg in guard.mg.items():
        info = guard.catalogue.get(key)
        if info is None:
            continue
        end = guard.mg_conflict(key, t)
        if end is not None:
            counted = guard.substance_doses(key, end)
            items = tuple(dict.fromkeys([guard.med.id, *(d.med.id for d in counted)]))
            limit = guard.mg_limit(info, end)
            assert limit is not None
            taken = sum(d.mg[key] for d in counted)
            message = _mg_message(guard, info, t, end, mg, taken, counted, limit)
            message += _salt_phrase(guard, key)
            findings.append(Finding(LABEL_MAXIMUM, "refusal", message, info.source, items))
        end = guard.count_conflict(key, t)
        if end is not None:
            assert info.max_doses_per_24h is not None
            counted = guard.substance_doses(key, end)
            items = tuple(dict.fromkeys([guard.med.id, *(d.med.id for d in counted)]))
            label = f"the label allows at most {info.max_doses_per_24h} doses in 24 hours"
            if end == t:
                message = (
                    f"{guard.med.name}: this would be dose {len(counted) + 1} of "
                    f"{info.substance} in 24 hours; {label}"
                    f"{guard.next_phrase(t, _bind(guard.count_ok, key))}."
                )
            else:
                message = (
                    f"{guard.med.name}: with this dose, the 24 hours up to the dose recorded "
                    f"at {guard.when(end, t)} would hold {len(counted) + 1} doses of "
                    f"{info.substance}; {label}, and this dose collides with the later dose "
                    f"recorded at {guard.when(end, t)}."
                )
            findings.append(Finding(LABEL_MAXIMUM, "refusal", message, info.source, items))
    return findings


def _mg_message(
    guard: _Guard,
    info: SubstanceInfo,
    t: datetime,
    end: datetime,
    mg: float,
    taken: float,
    counted: list[_Dose],
    limit: float,
) -> str:
    name = guard.med.name
    if not counted:
        return (
            f"{name}: one dose holds {format_mg(mg)} of {info.substance}, more than the "
            f"label maximum of {format_mg(limit)} in 24 hours; confirm with your prescriber."
        )
    products = format_list(list(dict.fromkeys(d.med.name for d in counted)))
    if limit != info.max_mg_per_24h and info.max_mg_per_24h is not None:
        maximum = (
            f"the label maximum is {format_mg(limit)} on the course's first day and "
            f"{format_mg(info.max_mg_per_24h)} after it"
        )
    elif info.first_day_max_mg_per_24h is not None and info.max_mg_per_24h is not None:
        after = format_mg(info.max_mg_per_24h)
        maximum = f"after the course's first day the label maximum is {after} in 24 hours"
    else:
        maximum = f"the label maximum is {format_mg(limit)} in 24 hours"
    if end != t:
        later = guard.when(end, t)
        return (
            f"{name}: with this dose ({format_mg(mg)} of {info.substance}), the 24 hours up "
            f"to the dose recorded at {later} would hold {format_mg(taken + mg)} "
            f"({products}); {maximum}, and this dose collides with the later dose recorded "
            f"at {later}."
        )
    nxt = guard.next_phrase(t, _bind(guard.mg_ok, info.substance))
    return (
        f"{name}: this dose ({format_mg(mg)} of {info.substance}) would make "
        f"{format_mg(taken + mg)} in 24 hours, with {format_mg(taken)} already taken since "
        f"{guard.when(counted[0].at, t)} ({products}); {maximum}{nxt}."
    )


def _salt_phrase(guard: _Guard, key: str) -> str:
    """How a salt's dose counts toward its base's maximum, when it does."""
    for own in guard.own_keys:
        info = guard.catalogue.get(own)
        base = info.counts_as if info is not None else None
        if base is not None and own != key and guard.catalogue.canonical(base.substance) == key:
            return (
                f" {sentence(own)} counts toward {key}'s maximum as {key} "
                f"({format_mg(base.per_mg)} = {format_mg(base.mg)})."
            )
    return ""


def _bind(check: Callable[[str, datetime], bool], key: str) -> Callable[[datetime], bool]:
    """``check`` for one substance, as a test of an instant alone."""

    def passes(at: datetime) -> bool:
        return check(key, at)

    return passes


# --- shown alongside, never blocking ---------------------------------------------------


def _dose_flags(guard: _Guard, t: datetime) -> list[Finding]:
    med = guard.med
    flags: list[Finding] = []
    sedating: list[SubstanceInfo] = []
    for key, mg in guard.own_keys.items():
        info = guard.catalogue.get(key)
        if info is None:
            flags.append(
                Finding(
                    NO_LABEL_LIMITS,
                    "note",
                    f"No label limits are known to backplan for {key}: only your plan's "
                    "own limits are checked for it.",
                    "backplan's medicine catalogue",
                    (med.id,),
                )
            )
            continue
        if info.sedating:
            sedating.append(info)
        if (
            isinstance(med.schedule, AsNeededSchedule)
            and not med.prescriber
            and info.otc_max_mg_per_24h is not None
        ):
            total = sum(d.mg[key] for d in guard.substance_doses(key, t)) + mg
            if total > info.otc_max_mg_per_24h:
                flags.append(
                    Finding(
                        OTC_MAXIMUM,
                        "caution",
                        f"{med.name}: this dose makes {format_mg(total)} of {info.substance} in "
                        f"24 hours, more than the {format_mg(info.otc_max_mg_per_24h)} the "
                        "over-the-counter label allows without a doctor; this medicine names "
                        "no prescriber.",
                        info.source,
                        (med.id,),
                    )
                )
    if sedating:
        flags.append(
            Finding(
                SEDATING_CAUTION,
                "caution",
                f"{med.name} can make you drowsy: do not drink alcohol while taking it, and do "
                "not drive or operate machinery until you know how it affects you.",
                join_sources(info.source for info in sedating),
                (med.id,),
            )
        )
    flags += _nsaid_nearby(guard, t)
    flags += _course_day(guard, t)
    flags += _age(guard, t)
    return flags


# Two different NSAIDs this close together are flagged where the dose is recorded
# ("within a few hours"): the longest usual interval of the NSAIDs in the catalogue.
NSAID_NEARBY = timedelta(hours=8)


def _nsaid_nearby(guard: _Guard, t: datetime) -> list[Finding]:
    """Another NSAID taken within ``NSAID_NEARBY`` of this dose, on either side (rule 7).

    A salt and its base (naproxen sodium, naproxen) are one NSAID here: their doses
    already add up against one maximum.
    """
    mine = _nsaid_bases(guard, guard.med)
    if not mine:
        return []
    near: list[_Dose] = []
    for dose in guard.all_doses:
        if abs(dose.at - t) < NSAID_NEARBY and dose.med.id != guard.med.id:
            theirs = _nsaid_bases(guard, dose.med)
            if theirs and not theirs & mine:
                near.append(dose)
    if not near:
        return []
    closest = min(near, key=lambda d: abs(d.at - t))
    other = ", ".join(sorted(_nsaid_bases(guard, closest.med)))
    message = (
        f"{guard.med.name} and {closest.med.name} ({other}) are both NSAIDs, and "
        f"{closest.med.name} was taken at {guard.when(closest.at, t)}: do not take two NSAIDs "
        "together, the risk of stomach bleeding rises. Ask your prescriber or pharmacist."
    )
    infos = [guard.catalogue.get(k) for k in (*guard.own_keys, *closest.mg)]
    source = join_sources(i.source for i in infos if i is not None and i.is_nsaid)
    return [Finding(DUPLICATE_NSAID, "flag", message, source, (guard.med.id, closest.med.id))]


def _nsaid_bases(guard: _Guard, med: Medication) -> set[str]:
    found: set[str] = set()
    for key in mg_by_substance(med, guard.catalogue):
        info = guard.catalogue.get(key)
        if info is not None and info.is_nsaid:
            found.add(info.counts_as.substance if info.counts_as is not None else info.substance)
    return found


def _course_day(guard: _Guard, t: datetime) -> list[Finding]:
    """A dose past the label's course length (carisoprodol after day 21), rule 1."""
    first = guard.first_day(t)
    if first is None:
        return []
    day = (local_date(t, guard.zone) - first).days + 1
    found: list[Finding] = []
    for key in guard.own_keys:
        info = guard.catalogue.get(key)
        if info is None or info.course_max_days is None or day <= info.course_max_days:
            continue
        message = (
            f"{guard.med.name}: this is day {day} of the course, longer than the "
            f"{info.course_max_days} days the label allows for {info.substance} (short-term use "
            f"only, {weeks_phrase(info.course_max_days)}); confirm with your prescriber."
        )
        found.append(Finding(COURSE_LENGTH, "flag", message, info.source, (guard.med.id,)))
    return found


def _age(guard: _Guard, t: datetime) -> list[Finding]:
    """A substance the label keeps from the patient's age (aspirin under 16)."""
    birth = guard.doc.patient.birth_date
    if birth is None:
        return []
    age = age_on(birth, local_date(t, guard.zone))
    found: list[Finding] = []
    for key in guard.own_keys:
        info = guard.catalogue.get(key)
        if info is None or info.min_age_years is None or age >= info.min_age_years:
            continue
        message = age_message(guard.med.name, info, age)
        found.append(Finding(AGE_CAUTION, "flag", message, info.source, (guard.med.id,)))
    return found


__all__ = ["DoseDecision", "check_dose", "history_reach", "next_allowed_at", "scheduled_time_for"]
