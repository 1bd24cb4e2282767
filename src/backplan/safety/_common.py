"""Small pieces the plan checks and the dose guard share.

Kept private to the package: the public surface is ``check_plan``, ``check_dose`` and
their results. All instants are handled in UTC here, because Python compares two
datetimes that share one ``ZoneInfo`` by their wall-clock fields: inside a repeated
fall-back hour, or across a daylight-saving change, "24 hours earlier" computed in the
patient's zone would be off by an hour. Local dates are taken at the edge.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime

from backplan.domain.model import Event, EventStatus, Medication, Number, PlanDocument
from backplan.safety.catalogue import Catalogue, SubstanceInfo

ACETAMINOPHEN = "acetaminophen"
CARISOPRODOL = "carisoprodol"


def counts_as_dose(event: Event) -> bool:
    """A dose that was taken and not taken back: what every limit counts.

    A removed record (an undo, a deletion) stays in the history but counts for
    nothing (plan-format.md, ``events[].removed``).
    """
    return event.status is EventStatus.DONE and event.at is not None and event.counts


def find_medication(doc: PlanDocument, med_id: str) -> Medication:
    """The plan's or the flare-up plan's medicine with this id; KeyError if none."""
    for med in doc.all_medications():
        if med.id == med_id:
            return med
    raise KeyError(med_id)


def is_flare_up_medication(doc: PlanDocument, med: Medication) -> bool:
    fu = doc.plan.flare_up
    return fu is not None and any(m.id == med.id for m in fu.medications)


def medicines_only(doc: PlanDocument, keep: Iterable[Medication] | None = None) -> PlanDocument:
    """The document with its activities (and any medicine not in ``keep``) left out.

    The schedule engine's work grows with the items it expands; the guard asks it only
    about medicines, so it is handed only those.
    """
    kept = None if keep is None else {m.id for m in keep}

    def wanted(meds: tuple[Medication, ...]) -> tuple[Medication, ...]:
        return meds if kept is None else tuple(m for m in meds if m.id in kept)

    fu = doc.plan.flare_up
    plan = doc.plan
    if fu is not None:
        plan = replace(
            plan, flare_up=replace(fu, medications=wanted(fu.medications), activities=())
        )
    return replace(doc, plan=plan, medications=wanted(doc.medications), activities=())


def mg_by_substance(med: Medication, catalogue: Catalogue) -> dict[str, float]:
    """mg per dose of each substance in a medicine, keyed by the catalogue's name.

    Two ingredients naming one substance (``paracetamol`` and ``acetaminophen``) add
    up under one key, so that they count once against one maximum.
    """
    totals: dict[str, float] = {}
    for ingredient in med.ingredients:
        key = catalogue.canonical(ingredient.substance)
        totals[key] = totals.get(key, 0.0) + float(ingredient.mg)
    return totals


def limit_mg_by_substance(med: Medication, catalogue: Catalogue) -> dict[str, float]:
    """``mg_by_substance`` plus each salt's share of its base, for the limits.

    Naproxen sodium keeps its own maximum in its own mg and also counts toward
    naproxen's in naproxen-base equivalents (550 mg = 500 mg: FACTS.md, Names), so a
    naproxen sodium dose and a naproxen dose add up against naproxen's maximum.
    """
    totals = mg_by_substance(med, catalogue)
    for key, mg in list(totals.items()):
        info = catalogue.get(key)
        if info is not None and info.counts_as is not None:
            base = catalogue.canonical(info.counts_as.substance)
            totals[base] = totals.get(base, 0.0) + info.counts_as.base_mg(mg)
    return totals


def substance_info(catalogue: Catalogue, key: str) -> SubstanceInfo | None:
    return catalogue.get(key)


def substance_name(catalogue: Catalogue, key: str) -> str:
    """How a substance is named in a sentence: the catalogue's generic name if known."""
    info = catalogue.get(key)
    return info.substance if info is not None else key


def to_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"an aware datetime is needed, got {moment!r}")
    return moment.astimezone(UTC)


def same_instant(a: datetime, b: datetime) -> bool:
    """Two aware datetimes name the same instant (whatever zone or fold they carry)."""
    return to_utc(a) == to_utc(b)


def course_overlaps(a: Medication, b: Medication) -> bool:
    """Whether two medicines can be taken on the same day.

    A flare-up medicine has no dates of its own: a flare-up may start on any day, so
    it may overlap with every other medicine.
    """
    a_first, a_last = a.start, a.last_day
    b_first, b_last = b.start, b.last_day
    if a_first is None or a_last is None or b_first is None or b_last is None:
        return True
    return a_first <= b_last and b_first <= a_last


def is_active_on(med: Medication, day: date) -> bool:
    """Whether a plan medicine's course includes ``day`` (flare-up medicines: always)."""
    first, last = med.start, med.last_day
    if first is None or last is None:
        return True
    return first <= day <= last


def distinct(values: Iterable[str]) -> tuple[str, ...]:
    """The values in first-seen order, each once."""
    return tuple(dict.fromkeys(values))


def join_sources(sources: Iterable[str]) -> str:
    return "; ".join(distinct(sources))


def weeks_phrase(days: int) -> str:
    """How a course limit reads to a patient: 21 days -> "2-3 weeks", as labels put it."""
    if days % 7 == 0 and days >= 14:
        weeks = days // 7
        return f"{weeks - 1}-{weeks} weeks"
    return f"up to {days} days"


def number(value: Number) -> float:
    return float(value)
