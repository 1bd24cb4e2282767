"""backplan.schedule: a plan expanded into timed occurrences, and what became of them.

Pure: imports only ``backplan.domain``, ``dateutil`` and the standard library, and
never reads the wall clock (callers pass ``now``).
"""

from backplan.schedule.agenda import agenda, day_bounds
from backplan.schedule.expand import expand
from backplan.schedule.flare import active_flare_up, flare_up_windows, merge_windows
from backplan.schedule.occurrence import FlareUpWindow, Occurrence
from backplan.schedule.status import (
    DEFAULT_GRACE,
    OccurrenceState,
    adherence,
    catch_up_summary,
    occurrence_states,
    states_at,
)

__all__ = [
    "DEFAULT_GRACE",
    "FlareUpWindow",
    "Occurrence",
    "OccurrenceState",
    "active_flare_up",
    "adherence",
    "agenda",
    "catch_up_summary",
    "day_bounds",
    "expand",
    "flare_up_windows",
    "merge_windows",
    "occurrence_states",
    "states_at",
]
