"""What a safety check reports: a rule, how serious, a plain reason, and its source.

Every finding carries the rule's name exactly as ``clinical/FACTS.md`` spells it, so the
window, the command line and the clinician report all say the same thing, and a
person can look the rule up. Messages are whole sentences a patient can act on; times
in them are local wall-clock times in the patient's zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Final, Literal
from zoneinfo import ZoneInfo

from backplan.domain.model import Medication, Number, PlanDocument
from backplan.safety.catalogue import SubstanceInfo

Severity = Literal["refusal", "flag", "caution", "note", "advice"]

# The rule names of FACTS.md, "Rules the app enforces".
COURSE_LENGTH: Final = "course length"
LABEL_MAXIMUM: Final = "label maximum"
MINIMUM_INTERVAL: Final = "minimum interval"
DAILY_MAXIMUM: Final = "daily maximum"
ALREADY_TAKEN: Final = "already taken"
COURSE_DATES: Final = "course dates"
DUPLICATE_NSAID: Final = "duplicate NSAID"
ACETAMINOPHEN_TOTAL: Final = "acetaminophen total"
SEDATING_COMBINATION: Final = "sedating combination"
UNLABELLED_STRENGTH: Final = "unlabelled strength"
RED_FLAG: Final = "red flag"
# Named here because FACTS.md describes them without a rule name of their own.
SEDATING_CAUTION: Final = "sedating caution"
OTC_MAXIMUM: Final = "OTC maximum"
NO_LABEL_LIMITS: Final = "no label limits"
AGE_CAUTION: Final = "age caution"

RULES: Final[tuple[str, ...]] = (
    COURSE_LENGTH,
    LABEL_MAXIMUM,
    MINIMUM_INTERVAL,
    DAILY_MAXIMUM,
    ALREADY_TAKEN,
    COURSE_DATES,
    DUPLICATE_NSAID,
    ACETAMINOPHEN_TOTAL,
    SEDATING_COMBINATION,
    UNLABELLED_STRENGTH,
    RED_FLAG,
    SEDATING_CAUTION,
    OTC_MAXIMUM,
    NO_LABEL_LIMITS,
    AGE_CAUTION,
)

# The plan's own limits (as-needed interval and doses a day, course dates, the
# schedule) come from the clinician, not from a label.
PLAN_SOURCE: Final = "your plan"


@dataclass(frozen=True)
class Finding:
    """One thing a check found.

    ``severity``: a ``refusal`` blocks a dose unless the patient overrides it with a
    reason; a ``flag`` is a warning shown when a plan is made or imported; a
    ``caution`` and a ``note`` are shown alongside; ``advice`` is urgent-care advice.
    ``items`` are the medication ids the finding concerns, for the view to highlight.
    """

    rule: str
    severity: Severity
    message: str
    source: str
    items: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise ValueError(f"unknown safety rule {self.rule!r}")

    def __str__(self) -> str:
        return f"{self.rule}: {self.message} (source: {self.source})"


# --- wording helpers shared by the checks -----------------------------------------

_MONTHS: Final = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip


def format_mg(mg: Number) -> str:
    """``1400`` -> ``"1,400 mg"``; fractions keep at most two decimals."""
    return f"{format_number(mg)} mg"


def format_number(value: Number) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_date(day: date, reference: date | None = None) -> str:
    """``2 Dec``, with the year when it differs from the reference day's (or none given)."""
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    if reference is None or reference.year != day.year:
        text += f" {day.year}"
    return text


def format_time(moment: datetime, zone: ZoneInfo, reference: date | None = None) -> str:
    """Local ``HH:MM``, plus ``on 2 Dec`` when it falls on another local day than ``reference``.

    Messages name times as the patient reads them on the clock; the date is left out
    when it is the day in question, which is most of the time.
    """
    local = moment.astimezone(zone)
    text = f"{local:%H:%M}"
    if reference is None or local.date() != reference:
        text += f" on {format_date(local.date(), reference)}"
    return text


def format_list(words: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def format_hours(hours: Number) -> str:
    value = format_number(hours)
    return f"{value} hour" if float(hours) == 1 else f"{value} hours"


def medication_label(med: Medication) -> str:
    """How a medicine is named in a message: its name as on the pack."""
    return med.name


def age_on(birth: date, day: date) -> int:
    """Whole years of age on ``day`` (a 29 February birthday counts on 1 March)."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def age_message(name: str, info: SubstanceInfo, age: int) -> str:
    """The label's age caution for a medicine ("not for under-16s: Reye's syndrome")."""
    assert info.min_age_years is not None
    why = " (Reye's syndrome)" if info.substance == "aspirin" else ""
    return (
        f"{name}: {info.substance} is not for children and teenagers under "
        f"{info.min_age_years}{why}, and the patient's birth date makes them {age}; "
        "ask the prescriber or a pharmacist before giving it."
    )


def patient_zone(doc: PlanDocument) -> ZoneInfo:
    return ZoneInfo(doc.patient.timezone)


def sentence(text: str) -> str:
    """Capitalise the first letter, leaving the rest (names keep their own case)."""
    return text[:1].upper() + text[1:]
