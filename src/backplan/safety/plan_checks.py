"""The checks run when a plan is made or imported (FACTS.md rules 1, 2, 7, 8 and 9).

None of them blocks anything: a clinician may have good reasons for a plan that a
label does not foresee. They flag what a patient (or the pharmacist they show it to)
should confirm, each with its rule, a reason in plain words, and the source. The
dose-by-dose refusals live in :mod:`backplan.safety.dose_guard`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from backplan.domain.model import AsNeededSchedule, Medication, PlanDocument
from backplan.safety._common import (
    ACETAMINOPHEN,
    CARISOPRODOL,
    distinct,
    is_active_on,
    join_sources,
    limit_mg_by_substance,
    medicines_only,
    mg_by_substance,
    weeks_phrase,
)
from backplan.safety.catalogue import Catalogue, SubstanceInfo
from backplan.safety.findings import (
    ACETAMINOPHEN_TOTAL,
    AGE_CAUTION,
    COURSE_LENGTH,
    DUPLICATE_NSAID,
    LABEL_MAXIMUM,
    NO_LABEL_LIMITS,
    OTC_MAXIMUM,
    SEDATING_CAUTION,
    SEDATING_COMBINATION,
    UNLABELLED_STRENGTH,
    Finding,
    age_message,
    age_on,
    format_date,
    format_list,
    format_mg,
    patient_zone,
)
from backplan.schedule.expand import expand
from backplan.schedule.occurrence import FlareUpWindow
from backplan.schedule.wallclock import local_date, start_of_day

CATALOGUE_NOTE_SOURCE = "backplan's medicine catalogue"


def check_plan(doc: PlanDocument, catalogue: Catalogue) -> list[Finding]:
    """Everything a plan's medicines should be confirmed for, most serious first.

    Flags (course length, label maximum, duplicate NSAID, acetaminophen total,
    sedating combination, unlabelled strength) come first, then cautions (OTC
    maximum, sedating caution), then notes (substances without label limits).
    """
    findings: list[Finding] = []
    findings += _course_length(doc, catalogue)
    findings += _label_maximum(doc, catalogue)
    findings += _duplicate_nsaid(doc, catalogue)
    findings += _acetaminophen_total(doc, catalogue)
    findings += _sedating_combination(doc, catalogue)
    findings += _unlabelled_strength(doc, catalogue)
    findings += _age_caution(doc, catalogue)
    findings += _otc_maximum(doc, catalogue)
    findings += _sedating_caution(doc, catalogue)
    findings += _no_label_limits(doc, catalogue)
    return findings


# --- rule 1: course length ------------------------------------------------------------


def _course_length(doc: PlanDocument, catalogue: Catalogue) -> Iterator[Finding]:
    for med in doc.medications:
        days = med.course_days
        if days is None:
            continue
        for key in mg_by_substance(med, catalogue):
            info = catalogue.get(key)
            if info is None or info.course_max_days is None or days <= info.course_max_days:
                continue
            yield Finding(
                rule=COURSE_LENGTH,
                severity="flag",
                message=(
                    f"{med.name}: a {days}-day course is longer than the "
                    f"{info.course_max_days} days the label allows for {info.substance} "
                    f"(short-term use only, {weeks_phrase(info.course_max_days)}); "
                    "confirm with your prescriber."
                ),
                source=info.source,
                items=(med.id,),
            )


# --- rule 2: a schedule that by itself exceeds the label maximum ----------------------


@dataclass(frozen=True)
class _Share:
    """One medicine's part of a substance's total on one day."""

    med: Medication
    doses: int
    mg: float

    @property
    def total(self) -> float:
        return self.doses * self.mg

    def describe(self) -> str:
        up_to = "up to " if isinstance(self.med.schedule, AsNeededSchedule) else ""
        return f"{self.med.name}: {up_to}{self.doses} x {format_mg(self.mg)}"


@dataclass(frozen=True)
class _DayTotal:
    """A substance's total on every day of a group of days that plan the same doses."""

    day: date | None  # the group's first day; None: only the flare-up plan's medicines
    shares: tuple[_Share, ...]
    limit: float | None  # the mg maximum that day (the first-day figure on a first day)
    days: tuple[date, ...] = ()  # every day of the group, in order (none for a flare-up)

    @property
    def total(self) -> float:
        return sum(share.total for share in self.shares)

    @property
    def doses(self) -> int:
        return sum(share.doses for share in self.shares)


def _label_maximum(doc: PlanDocument, catalogue: Catalogue) -> Iterator[Finding]:
    """Flags a substance whose planned doses on one day add up past the label maximum.

    Scheduled doses count as many times as the schedule has them that day; an
    as-needed medicine counts its ``max_doses_per_day``; every product containing the
    substance that is active that day adds in. Flare-up medicines may be taken on any
    day, so they add to every day (and alone, for a flare-up outside the courses).
    Both the mg maximum and a maximum number of doses (tizanidine: 3) are checked.
    """
    flare_counts = _flare_up_doses_per_day(doc)
    flare_meds = doc.plan.flare_up.medications if doc.plan.flare_up else ()
    meds = doc.medications
    groups = _day_groups(doc, _scheduled_doses_per_day(doc))

    # Each medicine's mg per substance, worked out once, and the days grouped once for
    # every substance: a plan of several years has thousands of days but only a few
    # distinct ones (the same doses every day of a course), so each group is totalled
    # once instead of each day.
    mgs = {med.id: limit_mg_by_substance(med, catalogue) for med in doc.all_medications()}
    keys = distinct(key for med in doc.all_medications() for key in mgs[med.id])
    for key in keys:
        info = catalogue.get(key)
        if info is None or (info.max_mg_per_24h is None and info.max_doses_per_24h is None):
            continue
        flare_shares = tuple(
            _Share(med, flare_counts.get(med.id, 0), mgs[med.id][key])
            for med in flare_meds
            if key in mgs[med.id] and flare_counts.get(med.id, 0) > 0
        )
        candidates: list[_DayTotal] = []
        for planned, group_days in groups:
            with_key = [(meds[i], doses, starts) for i, doses, starts in planned if key in mgs[meds[i].id]]
            shares = [_Share(med, doses, mgs[med.id][key]) for med, doses, _starts in with_key]
            if not shares:
                continue
            first_day = any(starts for _med, _doses, starts in with_key)
            limit = _limit(info, first_day)
            candidates.append(_DayTotal(group_days[0], (*shares, *flare_shares), limit, group_days))
        if flare_shares:
            candidates.append(_DayTotal(None, flare_shares, _limit(info, first_day=False)))
        all_days = sorted(day for c in candidates for day in c.days)

        over = [c for c in candidates if c.limit is not None and c.total > c.limit]
        if over:
            # max() keeps the earliest of equally bad days.
            worst = max(over, key=lambda c: c.total - (c.limit or 0.0))
            yield Finding(
                rule=LABEL_MAXIMUM,
                severity="flag",
                message=_mg_message(info, worst, over, all_days),
                source=info.source,
                items=distinct(share.med.id for share in worst.shares),
            )
        max_doses = info.max_doses_per_24h
        too_many = [c for c in candidates if max_doses is not None and c.doses > max_doses]
        if too_many and max_doses is not None:
            worst = max(too_many, key=lambda c: c.doses)
            yield Finding(
                rule=LABEL_MAXIMUM,
                severity="flag",
                message=(
                    f"{_names(worst)}: the plan has up to {worst.doses} doses of "
                    f"{info.substance} a day{_when(worst, too_many, all_days)} "
                    f"({_breakdown(worst)}), more than the label maximum of {max_doses} "
                    "doses a day; confirm with your prescriber."
                ),
                source=info.source,
                items=distinct(share.med.id for share in worst.shares),
            )


def _limit(info: SubstanceInfo, first_day: bool) -> float | None:
    if info.max_mg_per_24h is None:
        return None
    if first_day and info.first_day_max_mg_per_24h is not None:
        return max(info.max_mg_per_24h, info.first_day_max_mg_per_24h)
    return info.max_mg_per_24h


def _names(worst: _DayTotal) -> str:
    return format_list(list(distinct(share.med.name for share in worst.shares)))


def _breakdown(worst: _DayTotal) -> str:
    return "; ".join(share.describe() for share in worst.shares)


def _when(worst: _DayTotal, over: list[_DayTotal], all_days: list[date]) -> str:
    """Which days are over: none named when every planned day is."""
    real_days = sorted(day for c in over for day in c.days)
    if worst.day is None:
        when = " during a flare-up"
    elif len(real_days) == len(all_days):
        when = ""
    elif len(real_days) == 1:
        when = f" on {format_date(real_days[0])}"
    else:
        first, last = format_date(real_days[0]), format_date(real_days[-1])
        when = f" on {len(real_days)} days, from {first} to {last}"
    if any(share.med.start is None for share in worst.shares) and worst.day is not None:
        when += " if the flare-up plan's medicines are taken too"
    return when


def _mg_message(info: SubstanceInfo, worst: _DayTotal, over: list[_DayTotal], all_days: list[date]) -> str:
    assert worst.limit is not None
    first_day = ""
    if worst.day is not None and worst.limit != info.max_mg_per_24h:
        first_day = " on a course's first day"
    return (
        f"{_names(worst)}: the plan adds up to {format_mg(worst.total)} of {info.substance} "
        f"a day{_when(worst, over, all_days)} ({_breakdown(worst)}), which exceeds the label "
        f"maximum of {format_mg(worst.limit)} a day{first_day}; confirm with your prescriber."
    )


# Per medicine with doses that day: its index in the plan, its doses, whether its course starts.
_Planned = tuple[tuple[int, int, bool], ...]


def _day_groups(
    doc: PlanDocument, counts: dict[tuple[str, date], int]
) -> list[tuple[_Planned, tuple[date, ...]]]:
    """The plan's days grouped by what they plan: each medicine with doses that day, its
    number of doses, and whether its course starts that day (the first-day maximum).

    Days in a group add up alike for every substance. Groups come in the order of
    their first days, so the earliest of equally bad days still comes first.
    """
    meds = doc.medications
    groups: dict[_Planned, list[date]] = {}
    for day in _plan_days(doc):
        planned = tuple(
            (index, doses, med.start == day)
            for index, med in enumerate(meds)
            if is_active_on(med, day) and (doses := _doses_on(med, day, counts)) > 0
        )
        if planned:
            groups.setdefault(planned, []).append(day)
    return [(planned, tuple(days)) for planned, days in groups.items()]


def _plan_days(doc: PlanDocument) -> list[date]:
    """Every day on which some plan medicine's course runs, in order."""
    days: set[date] = set()
    for med in doc.medications:
        first, last = med.start, med.last_day
        if first is None or last is None:
            continue
        days.update(first + timedelta(days=n) for n in range((last - first).days + 1))
    return sorted(days)


def _doses_on(med: Medication, day: date, counts: dict[tuple[str, date], int]) -> int:
    if isinstance(med.schedule, AsNeededSchedule):
        return med.schedule.max_doses_per_day
    return counts.get((med.id, day), 0)


def _scheduled_doses_per_day(doc: PlanDocument) -> dict[tuple[str, date], int]:
    """How many scheduled doses each plan medicine has on each local day.

    Taken from the schedule engine rather than recounted here, so weekdays, rules and
    single doses count exactly as the agenda shows them.
    """
    scheduled = [
        m for m in doc.medications if not isinstance(m.schedule, AsNeededSchedule) and m.start is not None
    ]
    lasts = [m.last_day for m in scheduled if m.last_day is not None]
    firsts = [m.start for m in scheduled if m.start is not None]
    if not firsts or not lasts:
        return {}
    zone = patient_zone(doc)
    begin = start_of_day(min(firsts), zone)
    end = start_of_day(max(lasts) + timedelta(days=1), zone)
    ids = {m.id for m in scheduled}
    counts: dict[tuple[str, date], int] = defaultdict(int)
    for occ in expand(medicines_only(doc, scheduled), begin, end):
        if occ.kind == "medication" and occ.item in ids:
            counts[(occ.item, local_date(occ.start, zone))] += 1
    return dict(counts)


def _flare_up_doses_per_day(doc: PlanDocument) -> dict[str, int]:
    """The most doses a flare-up medicine has on one local day of a flare-up.

    As-needed: its ``max_doses_per_day``. Scheduled: counted on a flare-up that starts
    at the plan's first local midnight and runs its full length.
    """
    fu = doc.plan.flare_up
    if fu is None:
        return {}
    counts: dict[str, int] = {}
    scheduled_ids = set()
    for med in fu.medications:
        if isinstance(med.schedule, AsNeededSchedule):
            counts[med.id] = med.schedule.max_doses_per_day
        else:
            scheduled_ids.add(med.id)
    if scheduled_ids:
        zone = patient_zone(doc)
        begin = start_of_day(doc.plan.start, zone)
        window = FlareUpWindow(begin, begin + timedelta(hours=24 * fu.days))
        per_day: dict[tuple[str, date], int] = defaultdict(int)
        for occ in expand(medicines_only(doc), window.start, window.end, (window,)):
            if occ.kind == "medication" and occ.item in scheduled_ids:
                per_day[(occ.item, local_date(occ.start, zone))] += 1
        for (item, _), n in per_day.items():
            counts[item] = max(counts.get(item, 0), n)
    return counts


# --- rule 2: the OTC maximum, as a caution -------------------------------------------


def _otc_maximum(doc: PlanDocument, catalogue: Catalogue) -> Iterator[Finding]:
    """An as-needed medicine with no prescriber is what people buy over the counter.

    Its label's lower OTC maximum holds unless a doctor says otherwise, so it is shown
    (a caution: the plan may well come from a doctor who simply was not named).
    """
    for med in doc.all_medications():
        if not isinstance(med.schedule, AsNeededSchedule) or med.prescriber:
            continue
        for key, mg in mg_by_substance(med, catalogue).items():
            info = catalogue.get(key)
            if info is None or info.otc_max_mg_per_24h is None:
                continue
            limits = f"at most {format_mg(info.otc_max_mg_per_24h)} of {info.substance} in 24 hours"
            if info.otc_max_days is not None:
                limits += f", and for pain for at most {info.otc_max_days} days"
            planned = med.schedule.max_doses_per_day * mg
            extra = ""
            if planned > info.otc_max_mg_per_24h:
                extra = f" This plan allows up to {format_mg(planned)} a day."
            elif (
                med.course_days is not None
                and info.otc_max_days is not None
                and med.course_days > info.otc_max_days
            ):
                extra = f" This plan runs for {med.course_days} days."
            yield Finding(
                rule=OTC_MAXIMUM,
                severity="caution",
                message=(
                    f"{med.name} names no prescriber. Without a doctor, the over-the-counter "
                    f"label allows {limits}; ask a doctor before taking more or for longer."
                    f"{extra}"
                ),
                source=info.source,
                items=(med.id,),
            )


# --- medicines that may meet on one day, found in one sweep ------------------------------


def _groups(meds: Sequence[Medication]) -> list[tuple[Medication, ...]]:
    """The largest sets of ``meds`` that may all be taken on one day, in plan order.

    A sweep over the courses' first and last days (sorted once): the active set just
    before a course ends, when a course began since the last end, is one such set.
    Linear in the medicines apart from the sort and the sets' own size, where looking
    at every pair took half a minute for 1,000 medicines. A flare-up medicine has no
    dates: a flare-up may start any day, so it joins every set.
    """
    order = {id(m): i for i, m in enumerate(meds)}
    floating = [m for m in meds if m.start is None or m.last_day is None]
    dated = [m for m in meds if m.start is not None and m.last_day is not None]
    if not dated:
        return [tuple(floating)] if floating else []
    marks: list[tuple[date, int, int]] = []
    for i, m in enumerate(dated):
        assert m.start is not None and m.last_day is not None
        marks += [(m.start, 0, i), (m.last_day, 1, i)]  # on one day, starts before ends
    marks.sort()
    active: dict[int, Medication] = {}
    found: list[tuple[Medication, ...]] = []
    grew = False
    for _day, kind, i in marks:
        if kind == 0:
            active[i] = dated[i]
            grew = True
            continue
        if grew:
            group = [*active.values(), *floating]
            found.append(tuple(sorted(group, key=lambda m: order[id(m)])))
        grew = False
        del active[i]
    return found


# --- rule 7: duplicate NSAID, acetaminophen total -----------------------------------


def _nsaids(med: Medication, catalogue: Catalogue) -> list[SubstanceInfo]:
    infos = (catalogue.get(key) for key in mg_by_substance(med, catalogue))
    return [info for info in infos if info is not None and info.is_nsaid]


def _duplicate_nsaid(doc: PlanDocument, catalogue: Catalogue) -> Iterator[Finding]:
    meds = doc.all_medications()
    inside = {m.id: _nsaids(m, catalogue) for m in meds}
    for med in meds:
        if len(inside[med.id]) > 1:
            names = format_list([info.substance for info in inside[med.id]])
            yield Finding(
                rule=DUPLICATE_NSAID,
                severity="flag",
                message=(
                    f"{med.name} contains more than one NSAID ({names}); NSAIDs should not "
                    "be taken together. Confirm with your prescriber."
                ),
                source=join_sources(info.source for info in inside[med.id]),
                items=(med.id,),
            )
    for group in _groups([m for m in meds if inside[m.id]]):
        if len(group) < 2:
            continue
        infos = [info for m in group for info in inside[m.id]]
        source = join_sources(info.source for info in infos)
        items = tuple(m.id for m in group)
        if len(group) > 2:
            subs = format_list(list(distinct(info.substance for info in infos)))
            names = format_list([m.name for m in group])
            yield Finding(
                rule=DUPLICATE_NSAID,
                severity="flag",
                message=(
                    f"{names} all contain NSAIDs ({subs}) and may be taken on the same day. "
                    "Do not take two NSAIDs together: the risk of stomach bleeding rises. "
                    "Confirm with your prescriber which one to take."
                ),
                source=source,
                items=items,
            )
            continue
        a, b = group
        in_a, in_b = inside[a.id], inside[b.id]
        subs_a = [info.substance for info in in_a]
        subs_b = [info.substance for info in in_b]
        when = _overlap_phrase(a, b)
        if set(subs_a) == set(subs_b):
            what = f"both contain {format_list(subs_a)}, an NSAID,"
            advice = "Do not take them together; doses of both count together against the label maximum"
        else:
            what = (
                f"({format_list(subs_a)} and {format_list(subs_b)}) are both NSAIDs"
                if len(subs_a) == len(subs_b) == 1
                else f"({format_list(subs_a)}; {format_list(subs_b)}) all contain NSAIDs"
            )
            advice = (
                "Do not take two NSAIDs together: the risk of stomach bleeding rises. "
                "Confirm with your prescriber which one to take"
            )
        yield Finding(
            rule=DUPLICATE_NSAID,
            severity="flag",
            message=f"{a.name} and {b.name} {what} and {when}. {advice}.",
            source=source,
            items=items,
        )


def _overlap_phrase(a: Medication, b: Medication) -> str:
    if a.start is None and b.start is None:
        return "both belong to the flare-up plan"
    if a.start is None or b.start is None:
        flare, other = (a, b) if a.start is None else (b, a)
        return f"{flare.name} (flare-up plan) may be taken during the course of {other.name}"
    return "their courses overlap"


def _acetaminophen_total(doc: PlanDocument, catalogue: Catalogue) -> Iterator[Finding]:
    meds = [m for m in doc.all_medications() if ACETAMINOPHEN in mg_by_substance(m, catalogue)]
    info = catalogue.get(ACETAMINOPHEN)
    limit = (
        f"together they must stay within {format_mg(info.max_mg_per_24h)} in 24 hours"
        if info is not None and info.max_mg_per_24h is not None
        else "together they must stay within the smaller of their labels' daily maximums"
    )
    for group in _groups(meds):
        if len(group) < 2:
            continue
        if len(group) == 2:
            a, b = group
            both = "both contain acetaminophen (paracetamol)"
            what = f"{a.name} and {b.name} {both} and {_overlap_phrase(a, b)}"
        else:
            names = format_list([m.name for m in group])
            what = f"{names} all contain acetaminophen (paracetamol) and may be taken on the same day"
        yield Finding(
            rule=ACETAMINOPHEN_TOTAL,
            severity="flag",
            message=(
                f"{what}. Add them up: {limit}, and a product whose own label gives a lower "
                "maximum wins. backplan counts both against the maximum. Too much "
                "acetaminophen can cause severe liver damage."
            ),
            source=info.source if info is not None else CATALOGUE_NOTE_SOURCE,
            items=tuple(m.id for m in group),
        )


# --- rule 8: sedating combination, sedating caution ---------------------------------

_SPECIAL_PARTNERS = ("opioid", "benzodiazepine")
_ARTICLED_CLASS = {"opioid": "an opioid", "benzodiazepine": "a benzodiazepine"}
BREATHING_WORDS = "taken together they can slow or stop your breathing"


def _sedating(med: Medication, catalogue: Catalogue) -> list[SubstanceInfo]:
    infos = (catalogue.get(key) for key in mg_by_substance(med, catalogue))
    return [info for info in infos if info is not None and info.sedating]


def slows_breathing_together(infos: Sequence[SubstanceInfo]) -> bool:
    """Whether these substances, taken together, can slow or stop breathing.

    The boxed warnings of opioids and benzodiazepines: one of them with another of
    them, with carisoprodol or with a gabapentinoid (FACTS.md).
    """
    depressants = {i.substance for i in infos if i.slows_breathing}
    partners = {
        i.substance
        for i in infos
        if i.slows_breathing or i.substance == CARISOPRODOL or i.drug_class == "gabapentinoid"
    }
    return bool(depressants) and len(partners) >= 2


def _sedating_combination(doc: PlanDocument, catalogue: Catalogue) -> Iterator[Finding]:
    """One flag per set of medicines that may meet on one day with two or more
    different sedating substances; the words say when they can stop breathing."""
    meds = doc.all_medications()
    sedating = {m.id: _sedating(m, catalogue) for m in meds}
    for group in _groups([m for m in meds if sedating[m.id]]):
        infos = list({i.substance: i for m in group for i in sedating[m.id]}.values())
        if len(infos) < 2:
            continue
        names = format_list([m.name for m in group])
        special = _special_combination(infos[0], infos[1]) if len(infos) == 2 else None
        if special is not None:
            reason = (
                f"carisoprodol together with {special.substance} "
                f"({_ARTICLED_CLASS[special.drug_class]}) is "
                "the combination its label warns about above all: the drowsiness adds up"
            )
        elif len(infos) == 2:
            reason = f"{infos[0].substance} and {infos[1].substance} both cause drowsiness, and it adds up"
        else:
            subs = format_list([i.substance for i in infos])
            reason = f"{subs} all cause drowsiness, and it adds up"
        if slows_breathing_together(infos):
            reason += f", and {BREATHING_WORDS}"
        yield Finding(
            rule=SEDATING_COMBINATION,
            severity="flag",
            message=(
                f"{names} may be taken on the same day: {reason}. Confirm with your "
                "prescriber that these are meant together; no alcohol, and do not drive or "
                "operate machinery."
            ),
            source=join_sources(i.source for i in infos),
            items=tuple(m.id for m in group),
        )


def _special_combination(x: SubstanceInfo, y: SubstanceInfo) -> SubstanceInfo | None:
    """The partner when one substance is carisoprodol and the other an opioid/benzo."""
    if x.substance == CARISOPRODOL and y.drug_class in _SPECIAL_PARTNERS:
        return y
    if y.substance == CARISOPRODOL and x.drug_class in _SPECIAL_PARTNERS:
        return x
    return None


def _sedating_caution(doc: PlanDocument, catalogue: Catalogue) -> Iterator[Finding]:
    for med in doc.all_medications():
        sedating = _sedating(med, catalogue)
        if not sedating:
            continue
        yield Finding(
            rule=SEDATING_CAUTION,
            severity="caution",
            message=(
                f"{_named(med, sedating)} can make you drowsy: do not drink alcohol while "
                "taking it, and do not drive or operate "
                "machinery until you know how it affects you."
            ),
            source=join_sources(info.source for info in sedating),
            items=(med.id,),
        )


def _named(med: Medication, substances: list[SubstanceInfo]) -> str:
    """``Soma (carisoprodol)``; just the name when it already says the substance."""
    missing = [i.substance for i in substances if i.substance not in med.name.lower()]
    return f"{med.name} ({format_list(missing)})" if missing else med.name


# --- rule 9: unlabelled strength ------------------------------------------------------


def _unlabelled_strength(doc: PlanDocument, catalogue: Catalogue) -> Iterator[Finding]:
    """A dose strength the label does not list (carisoprodol 500 mg in the US).

    The strength of one unit (mg per dose / units per dose) is compared, and the whole
    dose too, so that two 250 mg tablets for a 500 mg dose are not flagged.
    """
    for med in doc.all_medications():
        units = float(med.effective_units_per_dose)
        for key, mg in mg_by_substance(med, catalogue).items():
            info = catalogue.get(key)
            if info is None or not info.labelled_strengths_mg:
                continue
            strengths = info.labelled_strengths_mg
            if mg in strengths or mg / units in strengths:
                continue
            listed = format_list([format_mg(s) for s in strengths])
            shown = mg if units == 1 else mg / units
            yield Finding(
                rule=UNLABELLED_STRENGTH,
                severity="flag",
                message=(
                    f"{med.name}: {info.substance} {format_mg(shown)} is not a labelled "
                    f"strength in the US (the label lists {listed}); follow your prescriber."
                ),
                source=info.source,
                items=(med.id,),
            )


# --- a substance the label keeps from the patient's age ------------------------------


def _age_caution(doc: PlanDocument, catalogue: Catalogue) -> Iterator[Finding]:
    """Aspirin for a patient under 16 (Reye's syndrome), from ``patient.birth_date``.

    The age is taken on the medicine's first day (the plan's for a flare-up medicine).
    """
    birth = doc.patient.birth_date
    if birth is None:
        return
    for med in doc.all_medications():
        age = age_on(birth, med.start or doc.plan.start)
        for key in mg_by_substance(med, catalogue):
            info = catalogue.get(key)
            if info is not None and info.min_age_years is not None and age < info.min_age_years:
                yield Finding(AGE_CAUTION, "flag", age_message(med.name, info, age), info.source, (med.id,))


# --- substances the catalogue does not know --------------------------------------------


def _no_label_limits(doc: PlanDocument, catalogue: Catalogue) -> Iterator[Finding]:
    unknown: dict[str, list[Medication]] = {}
    for med in doc.all_medications():
        for ingredient in med.ingredients:
            if catalogue.get(ingredient.substance) is None:
                key = catalogue.canonical(ingredient.substance)
                unknown.setdefault(key, []).append(med)
    for substance, meds in unknown.items():
        ids = distinct(m.id for m in meds)
        names = format_list(list(distinct(m.name for m in meds)))
        yield Finding(
            rule=NO_LABEL_LIMITS,
            severity="note",
            message=(
                f"No label limits are known to backplan for {substance} ({names}): only "
                "your plan's own limits are checked for it. Ask your pharmacist the most "
                "you may take in a day."
            ),
            source=CATALOGUE_NOTE_SOURCE,
            items=ids,
        )


__all__ = ["check_plan"]
