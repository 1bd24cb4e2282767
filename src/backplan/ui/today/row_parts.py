"""What one row of Today's timeline says and offers: its detail line, its status, its buttons.

A row's words follow its state ("Due now", "✓ Taken at 08:05 · pain 6 → 3", "Snoozed
until 09:10") and its buttons what can be done about it now (Take / Skip / Snooze,
Done / Start routine / Skip, Start / Finish now for heat and cold). Heat and cold
carry FACTS.md's safety lines while they are due or timed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from backplan.domain.model import Activity, Event, Medication, PlanDocument
from backplan.schedule.occurrence import Occurrence
from backplan.schedule.status import OccurrenceState

from ..common import formatting as fmt
from .actions import RecordActions
from .rows import Action


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


_STATE_WORDS = {
    OccurrenceState.DONE: "Done",
    OccurrenceState.SKIPPED: "Skipped",
    OccurrenceState.MISSED: "Missed",
    OccurrenceState.DUE: "Due now",
    OccurrenceState.UPCOMING: "Later today",
}


def countdown_text(left: timedelta) -> str:
    seconds = max(0, int(left.total_seconds()))
    return f"{seconds // 60:d}:{seconds % 60:02d}"


def heat_cold_safety_text() -> str:
    """The heat and cold safety lines for the timer (FACTS.md, "Heat and cold"), in the
    window's language, one per line. They are lines of resources/safety/texts.json
    (a resource test keeps them there), so they translate like the printed sheet's."""
    return "\n".join(f"•  {QCoreApplication.translate('SafetyTexts', line)}" for line in HEAT_COLD_TIMER)


# What FACTS.md asks the timer to say: warm not hot, a cloth, check the skin, stop at
# the timer.
HEAT_COLD_TIMER = (
    "Warm, not hot: the pack should feel comfortably warm, never burning.",
    "Put a cloth between your skin and the hot or cold pack.",
    "Check your skin during and after; stop if it is very red, blistered, pale or numb.",
    "Stop when the timer ends.",
)


def doc_activities(doc: PlanDocument | None) -> tuple[Activity, ...]:
    return doc.all_activities() if doc is not None else ()


def _has_exercises(doc: PlanDocument | None, activity_id: str) -> bool:
    """Whether the activity has exercises the routine player can guide through."""
    return any(a.id == activity_id and a.exercises for a in doc_activities(doc))


@dataclass
class RowParts:
    """What the rows of one day are made from: the plan, the patient, the records."""

    recorder: RecordActions
    patient_id: int
    document: PlanDocument
    medicines: dict[str, Medication]
    tz: ZoneInfo
    before_plan: Callable[[Occurrence], bool]  # over before the plan was made here

    def parts(
        self, occ: Occurrence, state: OccurrenceState, event: Event | None
    ) -> tuple[str, str, list[Action]]:
        """A row's detail line, status line and buttons for its state now."""
        detail = self._detail(occ)
        status = self._status(occ, state, event)
        actions = self._actions(occ, state)
        # The safety lines where the application is started and timed: while it is due
        # or its countdown runs.
        open_state = state in (OccurrenceState.DUE, OccurrenceState.UPCOMING, OccurrenceState.MISSED)
        timing = state is OccurrenceState.DUE or occ.utc_key in self.recorder.running
        if occ.kind in ("heat", "cold") and open_state and timing:
            detail = f"{detail}\n{heat_cold_safety_text()}"
        return detail, status, actions

    def _detail(self, occ: Occurrence) -> str:
        kind = occ.kind
        detail = fmt.kind_text(kind)
        if kind == "medication" and occ.source_id in self.medicines:
            detail = tr("Medicine: {dose}").format(dose=fmt.isolate(self.medicines[occ.source_id].dose))
        elif kind in ("heat", "cold") and occ.end is not None:
            minutes = round((occ.end - occ.start).total_seconds() / 60)
            detail = tr("{kind}, {n} minutes").format(kind=fmt.kind_text(kind), n=minutes)
        elif occ.end is not None:
            minutes = round((occ.end - occ.start).total_seconds() / 60)
            detail = tr("{kind}, {n} minutes").format(kind=fmt.kind_text(kind), n=minutes)
            if kind not in ("heat", "cold"):
                activity = next((a for a in doc_activities(self.document) if a.id == occ.source_id), None)
                if activity is not None and activity.location:
                    detail += "  ·  " + fmt.isolate(activity.location)
        if occ.flare_up:
            detail += "  ·  " + tr("flare-up plan")
        return detail

    def _status(self, occ: Occurrence, state: OccurrenceState, event: Event | None) -> str:
        tz = self.tz
        status = tr(_STATE_WORDS[state])
        if state is OccurrenceState.MISSED and self.before_plan(occ):
            status = tr("Before the plan was made")
        if event is not None and event.at is not None and state is OccurrenceState.DONE:
            verb = tr("Taken at {time}") if occ.kind == "medication" else tr("Done at {time}")
            status = "✓ " + verb.format(time=fmt.hhmm(event.at.astimezone(tz)))
            if event.pain_before is not None or event.pain_after is not None:
                status += "  ·  " + tr("pain {before} → {after}").format(
                    before="–" if event.pain_before is None else event.pain_before,
                    after="–" if event.pain_after is None else event.pain_after,
                )
            if event.override_reason:
                status += "  ·  " + tr("recorded anyway: {reason}").format(
                    reason=fmt.isolate(event.override_reason)
                )
        reminders = self.recorder.reminders
        snoozed = reminders.snoozed_until(occ) if reminders else None
        if snoozed is not None and state is OccurrenceState.DUE:
            status = tr("Snoozed until {time}").format(time=fmt.hhmm(snoozed.astimezone(tz)))
        return status

    def _actions(self, occ: Occurrence, state: OccurrenceState) -> list[Action]:
        recorder, pid, kind = self.recorder, self.patient_id, occ.kind
        actions: list[Action] = []
        if state not in (OccurrenceState.DUE, OccurrenceState.UPCOMING, OccurrenceState.MISSED):
            return actions
        if kind == "medication":
            name = occ.title
            take = lambda: recorder.take_named(pid, occ.source_id, name, occ.start)  # noqa: E731
            actions.append(("take", tr("Take"), take))
        elif kind in ("heat", "cold"):
            if occ.utc_key in recorder.running:
                actions.append(("finish", tr("Finish now"), lambda: recorder.record_done(pid, occ)))
            else:
                actions.append(("start", tr("Start"), lambda: recorder.start_application(pid, occ)))
        else:
            if _has_exercises(self.document, occ.source_id):
                play = lambda: recorder.start_routine(pid, occ.source_id, occ.start)  # noqa: E731
                actions.append(("routine", tr("Start routine"), play))
            actions.append(("done", tr("Done…"), lambda: recorder.mark_done(pid, occ)))
        actions.append(("skip", tr("Skip"), lambda: recorder.skip(pid, occ)))
        if state is OccurrenceState.DUE and recorder.reminders is not None:
            actions.append(("snooze", tr("Snooze"), lambda: recorder.snooze(occ)))
        return actions


def before_plan(occ: Occurrence, made: datetime | None, grace: timedelta) -> bool:
    """Whether the occurrence was over before the plan was made here: it was already
    past its grace then, so nobody could have done it with this plan (never "Missed").
    One still due when the plan was made can be missed like any other."""
    return made is not None and occ.start.astimezone(UTC) + grace <= made.astimezone(UTC)
