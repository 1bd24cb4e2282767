"""Builds a log entry from what a person typed on the command line."""

from __future__ import annotations

from argparse import Namespace
from datetime import datetime
from typing import TYPE_CHECKING

from backplan.domain.model import LogEntry, PainLocation, RedFlag, SideEffect
from backplan.schedule.wallclock import zone

from .errors import UsageError

if TYPE_CHECKING:
    from .backplan_service import Backplan


def _enum_values(cls: type, values: list[str] | None, option: str) -> tuple | None:  # type: ignore[type-arg]
    if not values:
        return None
    out = []
    for value in values:
        try:
            member = cls(value)
        except ValueError:
            choices = ", ".join(m.value for m in cls)  # type: ignore[attr-defined]
            raise UsageError(f"{option}: {value!r} is not one of {choices}") from None
        if member not in out:
            out.append(member)
    return tuple(out)


def log_entry_from_args(
    services: Backplan, patient_id: int, args: Namespace, at: datetime | None
) -> LogEntry:
    tz = zone(services.patient(patient_id).timezone)
    when = (at or services.now()).astimezone(tz)
    psfs = None
    if args.psfs:
        allowed = services.document(patient_id, with_history=False).plan.psfs_activities or ()
        pairs: list[tuple[str, int]] = []
        for raw in args.psfs:
            activity, sep, score = raw.rpartition("=")
            if not sep or not activity:
                raise UsageError(f"--psfs: expected ACTIVITY=N, got {raw!r}")
            if activity not in allowed:
                listed = "; ".join(allowed) or "none in this plan"
                raise UsageError(f"--psfs: {activity!r} is not a PSFS activity of the plan ({listed})")
            try:
                value = int(score)
            except ValueError:
                raise UsageError(f"--psfs: the score for {activity!r} must be a whole number 0-10") from None
            if not 0 <= value <= 10:
                raise UsageError(f"--psfs: the score for {activity!r} must be from 0 to 10, got {value}")
            pairs = [p for p in pairs if p[0] != activity] + [(activity, value)]
        psfs = tuple(pairs)
    if args.walking is not None and not 0 <= args.walking <= 1440:
        raise UsageError(f"--walking: expected minutes from 0 to 1440, got {args.walking}")
    if args.note is not None and len(args.note) > 10_000:
        raise UsageError("--note: at most 10,000 characters")
    return LogEntry(
        at=when,
        pain=args.pain,
        pain_worst=args.worst,
        locations=_enum_values(PainLocation, args.location, "--location"),
        spasm=args.spasm,
        walking_minutes=args.walking,
        psfs=psfs,
        sleep=args.sleep,
        side_effects=_enum_values(SideEffect, args.side_effect, "--side-effect"),
        red_flags=_enum_values(RedFlag, args.red_flag, "--red-flag"),
        note=args.note,
    )
