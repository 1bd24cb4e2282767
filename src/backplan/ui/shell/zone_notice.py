"""The status bar's word when the plan's time zone is not the computer's.

Times are shown in the plan's zone (a patient travelling keeps the times their
physiotherapist set); the notice says so only when the clocks of the two zones read
differently, now or within the next half year, so that a zone with the same clocks all
year (Chicago and Winnipeg) raises nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from backplan.schedule.wallclock import zone


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def differs(plan_zone: str, system_zone: str, now: datetime) -> bool:
    """Whether clocks in the two zones read differently now or within the next half year."""
    if plan_zone == system_zone:
        return False
    try:
        a, b = zone(plan_zone), zone(system_zone)
    except (KeyError, ValueError):
        return True
    moments = [now + timedelta(days=d) for d in (0, 91, 182)]
    return any(m.astimezone(a).utcoffset() != m.astimezone(b).utcoffset() for m in moments)


def zone_notice(plan_zone: str, system_zone: str, now: datetime) -> str:
    """The notice's text, or "" when the two zones keep the same clocks."""
    if not differs(plan_zone, system_zone, now):
        return ""
    return tr("Times are shown in {plan}, the plan's time zone; this computer is set to {system}").format(
        plan=plan_zone, system=system_zone
    )


__all__ = ["differs", "zone_notice"]
