"""Heat and cold applications running, kept across a quit (issue 20, point 10).

A heat pack is on the back for 15 minutes; if the app quits meanwhile (the laptop
is closed, the window is closed by mistake) the countdown must not be lost. Each
running application is kept in the database's meta table, as its item, the start of
its occurrence and the moment it ends (UTC, ISO 8601): the moment, not the time left,
so the countdown goes on while the app is not running. At the next start the window
takes them up again through ``RecordActions.restore_running``.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta

from backplan.schedule.occurrence import Occurrence
from backplan.services.backplan_service import Backplan

log = logging.getLogger(__name__)


def running_key(patient_id: int) -> str:
    return f"running_applications:{patient_id}"


def save_running(services: Backplan, patient_id: int, running: list[tuple[Occurrence, datetime]]) -> None:
    value = [
        {
            "item": o.item,
            "start": o.start.astimezone(UTC).isoformat(),
            "ends": ends.astimezone(UTC).isoformat(),
        }
        for o, ends in running
    ]
    try:
        services.set_meta(running_key(patient_id), json.dumps(value))
    except Exception:  # the countdown still runs; only its survival of a quit is lost
        log.exception("keeping the running applications failed")


def load_running(services: Backplan, patient_id: int) -> list[tuple[Occurrence, datetime]]:
    """The applications kept for the patient, matched to the plan's occurrences again
    (one whose item left the plan meanwhile is dropped)."""
    text = services.get_meta(running_key(patient_id))
    if not text:
        return []
    try:
        kept = [
            (r["item"], datetime.fromisoformat(r["start"]), datetime.fromisoformat(r["ends"]))
            for r in json.loads(text)
        ]
    except (ValueError, KeyError, TypeError):
        log.warning("ignoring unreadable running applications: %r", text)
        return []
    found: list[tuple[Occurrence, datetime]] = []
    for item, start, ends in kept:
        around = (start - timedelta(minutes=1), start + timedelta(minutes=1))
        occurrences = services.occurrences(patient_id, *around)
        match = next((o for o in occurrences if o.utc_key == (item, start.astimezone(UTC))), None)
        if match is not None:
            found.append((match, ends))
    return found


__all__ = ["load_running", "running_key", "save_running"]
