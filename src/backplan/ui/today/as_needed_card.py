"""Today's "When needed" card: the as-needed medicines and when the next dose is allowed.

Each line says whether a dose is allowed now under the label's limits, or from when
("Next allowed at 13:30"), which doses were taken today, and has a Take button. The
flare-up plan's as-needed medicines join while it runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from backplan.domain.model import Event, EventStatus, Medication, PlanDocument
from backplan.schedule.occurrence import FlareUpWindow
from backplan.services.backplan_service import Backplan

from ..common import formatting as fmt
from ..common.widgets import Card, bold, heading, muted, text_label
from .card_tools import clear_layout

# Takes a dose: (patient, medicine id, medicine name).
Take = Callable[[int, str, str], object]


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


class AsNeededCard(Card):
    """The as-needed medicines of today, each with its Take button."""

    def __init__(self, services: Backplan, take: Take, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._take = take
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(14, 10, 14, 12)
        self.buttons: dict[str, QPushButton] = {}

    def fill(
        self,
        pid: int,
        doc: PlanDocument,
        flare: FlareUpWindow | None,
        now: datetime,
        tz: ZoneInfo,
        events_today: Sequence[Event],
    ) -> None:
        clear_layout(self.lines)
        self.buttons = {}
        today = now.astimezone(tz).date()
        meds = [m for m in doc.medications if m.as_needed and _in_course(m, today)]
        if flare is not None and doc.plan.flare_up is not None:
            meds += [m for m in doc.plan.flare_up.medications if m.as_needed]
        self.setVisible(bool(meds))
        if not meds:
            return
        self.lines.addWidget(heading(tr("When needed"), 2))
        for med in meds:
            line = QHBoxLayout()
            texts = QVBoxLayout()
            texts.setSpacing(1)
            texts.addWidget(bold(text_label(med.name)))
            texts.addWidget(
                muted(text_label(f"{fmt.isolate(med.dose)}  ·  {fmt.schedule_text(med.schedule)}"))
            )
            allowed = self.services.next_allowed(pid, med.id, doc=doc)
            texts.addWidget(text_label(_when_allowed(allowed, now, tz, today)))
            taken = _taken_today(events_today, med.id, tz)
            if taken:
                texts.addWidget(text_label(tr("Taken today: {times}").format(times=", ".join(taken))))
            line.addLayout(texts, 1)
            button = QPushButton(tr("Take"), self)
            button.setAccessibleName(tr("Take {name}").format(name=med.name))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, m=med: self._take(pid, m.id, m.name))
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.buttons[med.id] = button
            self.lines.addLayout(line)


def _when_allowed(allowed: datetime | None, now: datetime, tz: ZoneInfo, today: date) -> str:
    if allowed is None:
        return tr("No further dose is allowed under the label's limits.")
    if allowed.astimezone(UTC) <= now + timedelta(seconds=59):
        return tr("Allowed now, if you need it.")
    local = allowed.astimezone(tz)
    when = tr("Next allowed at {time}").format(time=fmt.hhmm(local))
    if local.date() != today:
        when += " " + tr("on {day}").format(day=fmt.day_text(local.date(), False))
    return when


def _taken_today(events_today: Sequence[Event], med_id: str, tz: ZoneInfo) -> list[str]:
    """The times of today's doses of a medicine (those still standing), earliest first."""
    moments = sorted(
        e.at
        for e in events_today
        if e.item == med_id and e.status is EventStatus.DONE and e.at is not None and e.counts
    )
    return [fmt.hhmm(m.astimezone(tz)) for m in moments]


def _in_course(med: Medication, today: date) -> bool:
    if med.start is None:
        return True
    last = med.last_day
    return med.start <= today and (last is None or today <= last)
