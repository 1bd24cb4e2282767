"""Builders shared by the safety tests: a small catalogue and plan documents.

The catalogue here holds the brief's figures (clinical/FACTS.md, daily-maxima table)
so that the rules can be tested before, and independently of, the bundled file;
``test_safety_catalogue`` checks the bundled file against the same figures.
Documents are built through the plan-format codec, as an import would build them.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from backplan.domain.codec import document_from_json
from backplan.domain.model import Event, EventStatus, PlanDocument

CHICAGO = ZoneInfo("America/Chicago")
KOLKATA = ZoneInfo("Asia/Kolkata")


def _substance(
    substance: str,
    drug_class: str,
    *,
    sedating: bool = False,
    max_mg: float | None = None,
    first_day: float | None = None,
    max_doses: int | None = None,
    otc_max: float | None = None,
    otc_days: int | None = None,
    course: int | None = None,
    strengths: tuple[float, ...] = (),
    names: tuple[str, ...] = (),
    counts_as: dict[str, Any] | None = None,
    min_age: int | None = None,
) -> dict[str, Any]:
    return {
        "substance": substance,
        "names": list(names),
        "class": drug_class,
        "sedating": sedating,
        "max_mg_per_24h": max_mg,
        "first_day_max_mg_per_24h": first_day,
        "max_doses_per_24h": max_doses,
        "otc_max_mg_per_24h": otc_max,
        "otc_max_days": otc_days,
        "course_max_days": course,
        "labelled_strengths_mg": list(strengths),
        "counts_as": counts_as,
        "min_age_years": min_age,
        "cautions": [],
        "source": f"{substance} test label",
        "source_url": None,
        "note": None,
    }


CATALOGUE_DATA: dict[str, Any] = {
    "version": 1,
    "substances": [
        _substance(
            "carisoprodol", "muscle_relaxant", sedating=True, max_mg=1400, course=21,
            strengths=(250, 350), names=("Soma",), max_doses=4,
        ),
        _substance("cyclobenzaprine", "muscle_relaxant", sedating=True, max_mg=30, course=21),
        _substance("methocarbamol", "muscle_relaxant", sedating=True, max_mg=4500, first_day=8000),
        _substance("tizanidine", "muscle_relaxant", sedating=True, max_mg=36, max_doses=3),
        _substance("diazepam", "benzodiazepine", sedating=True, max_mg=40),
        _substance("ibuprofen", "nsaid", max_mg=3200, otc_max=1200, otc_days=10),
        _substance("naproxen", "nsaid", max_mg=1000, first_day=1250, otc_max=660, otc_days=10),
        _substance("diclofenac", "nsaid", max_mg=150),
        _substance("aspirin", "nsaid", max_mg=4000, min_age=16),
        _substance("acetaminophen", "analgesic", max_mg=4000, names=("paracetamol", "APAP")),
        _substance("tramadol", "opioid", sedating=True, max_mg=400),
        _substance("codeine", "opioid", sedating=True, max_mg=360),
        _substance(
            "naproxen sodium", "nsaid", max_mg=1100, first_day=1375, otc_max=660, otc_days=10,
            names=("Aleve",), counts_as={"substance": "naproxen", "mg": 500, "per_mg": 550},
        ),
        _substance("ketorolac", "nsaid", max_mg=40, course=5),
        _substance("oxycodone", "opioid", sedating=True),
        _substance("alprazolam", "benzodiazepine", sedating=True, max_mg=4),
        _substance("gabapentin", "gabapentinoid", sedating=True, max_mg=3600),
        _substance("amitriptyline", "tricyclic_antidepressant", sedating=True, max_mg=150),
    ],
}  # fmt: skip


def write_catalogue(folder: Path, data: dict[str, Any] | None = None) -> Path:
    path = folder / "catalogue.json"
    path.write_text(json.dumps(CATALOGUE_DATA if data is None else data), encoding="utf-8")
    return path


def med(
    med_id: str,
    substance: str,
    mg: float,
    schedule: dict[str, Any],
    *,
    start: str | None = "2026-12-01",
    days: int | None = 10,
    end: str | None = None,
    name: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A medication object of the file format; ``start=None`` makes a flare-up one."""
    data: dict[str, Any] = {
        "id": med_id,
        "name": name or f"{substance.capitalize()} {mg:g} mg",
        "ingredients": [{"substance": substance, "mg": mg}],
        "dose": "1 tablet",
        "schedule": schedule,
    }
    if start is not None:
        data["start"] = start
        if end is not None:
            data["end"] = end
        else:
            data["days"] = days
    data.update(extra)
    return data


def prn(interval: float, per_day: int) -> dict[str, Any]:
    return {"as_needed": True, "min_interval_hours": interval, "max_doses_per_day": per_day}


def times(*clock: str) -> dict[str, Any]:
    return {"times": list(clock)}


def make_doc(
    medications: list[dict[str, Any]],
    *,
    flare_up: list[dict[str, Any]] | None = None,
    flare_days: int = 3,
    timezone: str = "America/Chicago",
    start: str = "2026-12-01",
) -> PlanDocument:
    plan: dict[str, Any] = {"title": "Test plan", "start": start}
    if flare_up is not None:
        plan["flare_up"] = {"advice": "Keep moving.", "days": flare_days, "medications": flare_up}
    return document_from_json(
        {
            "format": "backplan",
            "version": 1,
            "patient": {"name": "Test Patient", "timezone": timezone},
            "plan": plan,
            "medications": medications,
        }
    )


def acute_doc() -> PlanDocument:
    """The medicines of spec/examples/acute-3-weeks.backplan.json."""
    return make_doc(
        [
            med(
                "carisoprodol", "carisoprodol", 350, times("08:00", "14:00", "20:00", "22:30"),
                days=14, name="Carisoprodol 350 mg", prescriber="Dr. Ana Ortiz",
            ),
            med("ibuprofen", "ibuprofen", 400, prn(6, 3), days=10, name="Ibuprofen 200 mg"),
        ]
    )  # fmt: skip


def with_history_doc() -> PlanDocument:
    """The medicines of spec/examples/with-history.backplan.json."""
    return make_doc(
        [
            med(
                "pain-o-soma", "carisoprodol", 500, times("09:00", "21:00"),
                start="2026-11-02", days=10, name="Pain O Soma 500",
            ),
            med(
                "paracetamol", "acetaminophen", 1000, prn(4, 4), start="2026-11-02",
                end="2026-11-22", name="Paracetamol 500 mg", units_per_dose=2,
            ),
        ],
        flare_up=[
            med("flare-ibuprofen", "ibuprofen", 400, prn(8, 3), start=None, name="Ibuprofen 400 mg")
        ],
        timezone="Asia/Kolkata",
        start="2026-11-02",
    )  # fmt: skip


def local(zone: ZoneInfo, y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=zone)


def taken(item: str, at: datetime, scheduled_for: datetime | None = None) -> Event:
    return Event(item=item, status=EventStatus.DONE, scheduled_for=scheduled_for, at=at)


def flare_started(at: datetime) -> Event:
    return Event(item="flare-up", status=EventStatus.DONE, scheduled_for=None, at=at)
