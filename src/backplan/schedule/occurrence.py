"""What the schedule engine produces: one timed thing to do."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass(frozen=True, order=True)
class Occurrence:
    """One scheduled start of a medication dose, an activity, or a heat/cold application.

    ``start`` and ``end`` are aware datetimes in the patient's time zone. ``item`` is the
    id as ``events`` reference it (``"pt"``, ``"pt:heat"``, ``"carisoprodol"``); ``kind``
    is ``"medication"``, ``"heat"``, ``"cold"`` or the activity's kind. Medication doses
    have no ``end``. Ordering is by start, then item id, as the agenda lists them.
    """

    start: datetime
    item: str
    end: datetime | None
    kind: str
    title: str
    source_id: str  # the medication or activity id the occurrence comes from
    flare_up: bool = False  # part of a running flare-up

    @property
    def key(self) -> tuple[str, datetime]:
        """Identifies an occurrence across runs: what an event's (item, scheduled_for) names."""
        return (self.item, self.start)

    @property
    def utc_key(self) -> tuple[str, datetime]:
        """``key`` with the start in UTC: safe to hash and compare inside a repeated hour.

        Python compares (and hashes) two datetimes that share a ``ZoneInfo`` by their
        wall-clock fields, so ``01:30 CDT`` and ``01:30 CST`` on a fall-back night look
        equal through ``key``; their UTC instants do not.
        """
        return (self.item, self.start.astimezone(UTC))


@dataclass(frozen=True)
class FlareUpWindow:
    """A flare-up the patient started: its items run from ``start`` until ``end``.

    ``starts`` lists when each flare-up merged into this window was started (the
    ``scheduled_for`` an "ended early" event must name): ending a window that merges
    two flare-ups early takes one such event for each of them.
    """

    start: datetime
    end: datetime
    # Bookkeeping, not identity: a window equals another with the same start and end.
    starts: tuple[datetime, ...] = field(default=(), compare=False)
