"""Reminders: tell the patient once when something in the plan is due.

A ``QTimer`` ticks every 20 seconds; each tick asks the schedule what is due at the
clock's ``now`` (the clock is handed in, so tests move time by hand). The rules that
keep reminders trustworthy:

* **Once.** An occurrence is announced once (its UTC key is remembered); snoozing
  it announces it once more, ten minutes later.
* **No burst after a gap.** When the app was closed, or the computer slept (a tick
  that comes minutes late), what went by is summed up in one sentence ("3 reminders
  were missed while backplan was closed"), using ``schedule.status.catch_up_summary``;
  anything still due is listed in that same single notice.
* **Time only moves forward for reminders.** The last instant seen is kept in the
  database (``last_seen``) and never moved back, so a clock that jumps backwards
  neither repeats a reminder nor re-counts a missed one.

A tick produces at most one :class:`Notice`; the window shows it in the system tray
when there is one, or as a banner in the window otherwise.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from backplan.domain.clock import Clock
from backplan.schedule.occurrence import Occurrence
from backplan.schedule.status import DEFAULT_GRACE, OccurrenceState, catch_up_summary, occurrence_states
from backplan.services.backplan_service import Backplan
from backplan.services.errors import ServiceError

from ..common import formatting as fmt

log = logging.getLogger(__name__)

LAST_SEEN_KEY = "last_seen"
TICK_MS = 20_000
# A tick this much later than the one before means the computer slept (or the app
# was stopped in a debugger): what passed is summed up instead of announced.
GAP = timedelta(minutes=3)
SNOOZE = timedelta(minutes=10)
# How far back a catch-up looks at most: a month away is summed up as a month.
MAX_LOOKBACK = timedelta(days=31)
# Coming back to the app ticks at once, unless a tick ran this recently (in seconds):
# at a start, the app becomes active right after the first tick.
RECENT_TICK_S = 1.0
# How long after the window's start the first tick runs (ms): once the window is up.
# What is due at that moment already shows in the Today section, so nothing is lost,
# and the window does not wait for the check before it first appears.
FIRST_TICK_AFTER_START_MS = 500

Key = tuple[str, datetime]


def tr(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


@dataclass(frozen=True)
class Notice:
    """What one tick has to tell: occurrences due now and, after a gap, how many were missed."""

    title: str
    text: str
    due: tuple[Occurrence, ...] = ()
    missed: int = 0
    after_gap: bool = False
    refills: tuple[str, ...] = ()  # medication ids running low, announced once


class Reminders(QObject):
    """Announces due occurrences of one patient's plan, driven by a timer and a clock."""

    notice = Signal(object)  # Notice
    ticked = Signal()

    def __init__(
        self,
        services: Backplan,
        clock: Clock,
        grace: Callable[[], timedelta] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self._grace = grace or (lambda: DEFAULT_GRACE)
        self.patient_id: int | None = None
        self._notified: set[Key] = set()
        self._snoozed: dict[Key, datetime] = {}
        self._last_tick: datetime | None = None
        self.notices: list[Notice] = []  # what was announced this session, newest last
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._first_tick = QTimer(self)
        self._first_tick.setSingleShot(True)
        self._first_tick.timeout.connect(self._first_tick_due)
        self._ticked_at: float | None = None  # time.monotonic() of the last tick
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # Coming back to the app (and often waking the computer) ticks at once.
            app.applicationStateChanged.connect(self._state_changed)

    # --- control -------------------------------------------------------------------

    def now(self) -> datetime:
        return self.clock.now().astimezone(UTC)

    @property
    def grace(self) -> timedelta:
        return self._grace()

    def set_patient(self, patient_id: int | None) -> None:
        """Watches another patient; the next tick treats the time since ``last_seen`` as a gap."""
        if patient_id == self.patient_id:
            return
        self.patient_id = patient_id
        self._notified.clear()
        self._snoozed.clear()
        self._last_tick = None
        self._ticked_at = None

    def start(self, first_tick_ms: int = 0) -> None:
        """Ticks on the timer from now on, the first time after ``first_tick_ms``."""
        self.timer.start()
        self._first_tick.start(first_tick_ms)

    def _first_tick_due(self) -> None:
        """The first tick: a write starts at once (no library to load first, issue 23)."""
        self._tick_unless_recent()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        """Coming back to the running app ticks at once (unless the first tick is yet to come)."""
        if (
            state == Qt.ApplicationState.ApplicationActive
            and self.timer.isActive()
            and not self._first_tick.isActive()
        ):
            self._tick_unless_recent()

    def _tick_unless_recent(self) -> None:
        """A tick, unless one ran within ``RECENT_TICK_S``: nothing can have come due since."""
        if self._ticked_at is None or time.monotonic() - self._ticked_at >= RECENT_TICK_S:
            self.tick()

    def stop(self) -> None:
        self.timer.stop()
        self._first_tick.stop()

    def snooze(self, occurrence: Occurrence, delay: timedelta = SNOOZE) -> datetime:
        """Announces ``occurrence`` again after ``delay``; returns when."""
        until = self.now() + delay
        self._snoozed[occurrence.utc_key] = until
        self._notified.add(occurrence.utc_key)
        return until

    def snoozed_until(self, occurrence: Occurrence) -> datetime | None:
        return self._snoozed.get(occurrence.utc_key)

    # --- the tick ------------------------------------------------------------------

    def _stored_last_seen(self) -> datetime | None:
        raw = self.services.get_meta(LAST_SEEN_KEY)
        if not raw:
            return None
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            return None
        return value.astimezone(UTC) if value.tzinfo is not None else None

    def _store_last_seen(self, instant: datetime) -> None:
        stored = self._stored_last_seen()
        if stored is None or instant > stored:
            self.services.set_meta(LAST_SEEN_KEY, instant.isoformat())

    def tick(self) -> Notice | None:
        """Checks the schedule once; announces (and returns) what is new, if anything."""
        if self.patient_id is None:
            return None
        self._ticked_at = time.monotonic()
        last_tick = self._last_tick
        try:
            notice = self._tick(self.patient_id)
        except (ServiceError, LookupError) as exc:  # the patient was deleted meanwhile
            log.warning("reminders: %s", exc)
            return None
        except Exception as exc:
            from ..common.connection import handled

            if not handled(exc):
                raise
            # The server went away: nothing was looked at, so the next tick once it is
            # back looks from where this one would have (no reminder skipped).
            self._last_tick = last_tick
            return None
        self.ticked.emit()
        if notice is not None:
            self.notices.append(notice)
            self.notice.emit(notice)
        return notice

    def _tick(self, patient_id: int) -> Notice | None:
        now = self.now()
        grace = self.grace
        first = self._last_tick is None
        # When the clock went back, `since` stays ahead of `now`: nothing before it is
        # new again, so nothing is announced twice.
        since_eff = self._stored_last_seen() if first else self._last_tick
        gap = since_eff is not None and since_eff < now and (first or now - since_eff > GAP)
        # The watermark only moves forward, from what an earlier run saw too: after a
        # restart with the clock behind, the next tick still knows 08:00 was announced.
        self._last_tick = max(t for t in (self._last_tick, since_eff, now) if t is not None)
        self._store_last_seen(now)
        if since_eff is None:
            # A first start with no history: nothing was announced before, and what is
            # already due shows in the Today section; announce only what comes next.
            since_eff = now
        look_from = max(min(since_eff, now) - grace, now - MAX_LOOKBACK - grace)
        found = self.services.occurrences(patient_id, look_from, now + timedelta(seconds=1))
        occurrences = fmt.localized(found)
        events = [event for _, event in self.services.events(patient_id, look_from - timedelta(days=2))]
        states = occurrence_states(occurrences, events, now, grace)

        missed = 0
        if gap:
            missed = len(catch_up_summary(occurrences, events, since_eff, now, grace))

        due: list[Occurrence] = []
        for occurrence, state in states:
            key = occurrence.utc_key
            if state is not OccurrenceState.DUE:
                self._snoozed.pop(key, None)
                continue
            until = self._snoozed.get(key)
            if until is not None:
                if now < until:
                    continue
                del self._snoozed[key]
                self._notified.discard(key)
            elif key in self._notified or occurrence.start.astimezone(UTC) <= since_eff:
                # Announced already, or due before we started watching (and then it
                # was announced by the previous run, or shown in Today on first start).
                self._notified.add(key)
                continue
            self._notified.add(key)
            due.append(occurrence)

        refills = self.services.refill_reminders_due(patient_id)
        if not due and not missed and not refills:
            return None
        notice = self._notice(patient_id, due, missed, gap and not first)
        if not refills:
            return notice
        names = {
            m.id: m.name for m in self.services.document(patient_id, with_history=False).all_medications()
        }
        lines = [notice.text] if notice.text else []
        for status in refills:
            line = tr("Time to get more {name}: {left} left.").format(
                name=names.get(status.med_id, status.med_id), left=f"{status.units_left:g}"
            )
            if status.runs_out_on is not None:
                line += " " + tr("At this rate it runs out on {day}.").format(
                    day=fmt.day_text(status.runs_out_on, False)
                )
            lines.append(line)
        title = notice.title if (due or missed) else tr("Refill reminder")
        return Notice(
            title=title,
            text="\n".join(lines),
            due=notice.due,
            missed=notice.missed,
            after_gap=notice.after_gap,
            refills=tuple(s.med_id for s in refills),
        )

    # --- wording -------------------------------------------------------------------

    def describe(self, patient_id: int, occurrence: Occurrence) -> str:
        """One occurrence as a reminder says it: "Carisoprodol 350 mg (1 tablet) at 08:00"."""
        tz = occurrence.start.tzinfo
        when = fmt.hhmm(occurrence.start)
        if occurrence.kind == "medication":
            doc = self.services.document(patient_id, with_history=False)
            dose = next((m.dose for m in doc.all_medications() if m.id == occurrence.source_id), "")
            name = f"{occurrence.title} ({dose})" if dose else occurrence.title
            return tr("{name} at {time}").format(name=name, time=when)
        if occurrence.end is not None and tz is not None:
            span = fmt.time_span(occurrence.start, occurrence.end, tz)  # type: ignore[arg-type]
            return tr("{title}, {span}").format(title=occurrence.title, span=span)
        return tr("{title} at {time}").format(title=occurrence.title, time=when)

    def _notice(self, patient_id: int, due: list[Occurrence], missed: int, asleep: bool) -> Notice:
        lines: list[str] = []
        if missed:
            if asleep:
                text = (
                    tr("1 reminder was missed while this computer was asleep.")
                    if missed == 1
                    else tr("{n} reminders were missed while this computer was asleep.")
                )
            else:
                text = (
                    tr("1 reminder was missed while backplan was closed.")
                    if missed == 1
                    else tr("{n} reminders were missed while backplan was closed.")
                )
            lines.append(text.format(n=missed) + " " + tr("See Today for what is left."))
        if len(due) == 1:
            lines.append(tr("Due now: {what}.").format(what=self.describe(patient_id, due[0])))
        elif due:
            lines.append(tr("{n} things are due now:").format(n=len(due)))
            lines += [f"•  {self.describe(patient_id, occ)}" for occ in due]
        if due and due[0].kind == "medication" and len(due) == 1:
            title = tr("Time for your {time} dose").format(time=fmt.hhmm(due[0].start))
        elif due:
            title = tr("backplan reminder")
        else:
            title = tr("Missed reminders")
        return Notice(
            title=title, text="\n".join(lines), due=tuple(due), missed=missed, after_gap=bool(missed)
        )
