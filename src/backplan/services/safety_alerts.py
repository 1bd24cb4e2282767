"""What the Today view must keep saying until it is dealt with: red flags not yet
acknowledged, and doses of the last 24 hours that broke a rule.

Kept beside the main service object (which the window and the command line share) as
functions over it, so the use cases of the safety guard stay in one small module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from backplan.domain.model import LogEntry, PlanDocument
from backplan.safety.dose_guard import history_reach
from backplan.safety.history import RuleBreak, rule_breaks
from backplan.safety.red_flags import Level, red_flag_level

from .backplan_service import FUTURE_TOLERANCE, Backplan

# The meta key that holds, per patient, the time of the last red-flag entry the patient
# acknowledged ("I have read this"): entries up to it no longer show on Today.
_ACK_KEY: Final = "red_flags_acknowledged:{patient_id}"
# How far back Today looks for a red flag not yet acknowledged. The advice was shown
# in full when the entry was made; an entry older than this is in the clinician report.
RED_FLAG_LOOKBACK: Final = timedelta(days=90)
DAY: Final = timedelta(hours=24)


@dataclass(frozen=True)
class RedFlagAlert:
    """The red-flag entry Today shows, its level, and the time of the latest red-flag
    entry not yet acknowledged (what "I have read this" acknowledges up to)."""

    entry: LogEntry
    level: Level
    latest: datetime


def red_flag_alert(services: Backplan, patient_id: int) -> RedFlagAlert | None:
    """The advice Today shows until acknowledged; a later ordinary entry does not clear it.

    The latest entry with a red flag after the last acknowledged one wins; when an
    emergency flag was recorded after the acknowledgement too, the emergency wins
    whatever came after it, so an ordinary red flag cannot hide an emergency.
    """
    now = services.now()
    since = now - RED_FLAG_LOOKBACK
    acknowledged = _acknowledged(services, patient_id)
    if acknowledged is not None and acknowledged > since:
        since = acknowledged + timedelta(microseconds=1)
    flagged = [e for _, e in services.log_entries(patient_id, since) if e.red_flags]
    if not flagged:
        return None
    emergencies = [e for e in flagged if red_flag_level(e.red_flags or ()) == "emergency"]
    entry = (emergencies or flagged)[-1]
    level = red_flag_level(entry.red_flags or ())
    assert level is not None
    return RedFlagAlert(entry, level, flagged[-1].at)


def acknowledge_red_flags(services: Backplan, patient_id: int, alert: RedFlagAlert) -> None:
    """The patient read the advice shown: the entries up to ``alert.latest`` stop
    showing (the records are kept, and the report still names each red flag); a red
    flag recorded later shows again."""
    services.set_meta(_ACK_KEY.format(patient_id=patient_id), alert.latest.isoformat())


def _acknowledged(services: Backplan, patient_id: int) -> datetime | None:
    text = services.get_meta(_ACK_KEY.format(patient_id=patient_id))
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None  # unreadable: show the advice rather than hide it
    return moment if moment.tzinfo is not None else None


def recent_rule_breaks(
    services: Backplan, patient_id: int, *, doc: PlanDocument | None = None
) -> list[RuleBreak]:
    """The doses of the last 24 hours that broke a rule (imported, restored, overridden).

    Reads the doses of those hours and the guard's reach before them; ``doc``: the
    patient's plan the caller just read (Today reads it once for all it shows).
    """
    doc = doc or services.document(patient_id, with_history=False)
    now = services.now()
    start = now - DAY
    reach = history_reach(doc)
    events = [e for _, e in services.events(patient_id, start - reach, now + FUTURE_TOLERANCE + DAY)]
    windows = services.flare_up_windows(patient_id, doc)
    return rule_breaks(doc, services.catalogue, events, start, now + FUTURE_TOLERANCE, windows)


__all__ = [
    "RED_FLAG_LOOKBACK",
    "RedFlagAlert",
    "acknowledge_red_flags",
    "recent_rule_breaks",
    "red_flag_alert",
]
