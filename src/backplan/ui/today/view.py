"""The Today section: the day as a timeline with a "now" line, and what to do about it.

Left, every occurrence of the day in order (doses, activities, heat and cold), each
with its state and its buttons: Take / Skip / Snooze for a dose, Done / Skip for an
activity, Start / Skip for heat and cold (with a countdown). Right, a quick pain entry
(type a number and press Enter), the as-needed medicines with when the next dose is
allowed, the courses ("day 9 of 14") with their alcohol and driving cautions, and the
flare-up plan. Urgent-care advice shows at the top when the last log entry recorded
a red flag.

The rows are real buttons and labels in a scrolling column rather than a painted
list: that way every control is reachable with Tab, has an accessible name, and is
read by a screen reader without extra work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backplan.domain.clock import Clock
from backplan.domain.model import Activity, Event, EventStatus, LogEntry, Medication, PlanDocument
from backplan.safety.cautions import instructions_beyond, medicine_cautions
from backplan.safety.red_flags import red_flag_findings
from backplan.schedule.agenda import day_bounds
from backplan.schedule.occurrence import FlareUpWindow, Occurrence
from backplan.schedule.status import OccurrenceState, occurrence_states
from backplan.schedule.wallclock import zone
from backplan.services.backplan_service import Backplan

if TYPE_CHECKING:
    from backplan.services.safety_alerts import RedFlagAlert

from ..common import formatting as fmt
from ..common.number_box import OptionalNumberBox
from ..common.section import Offers
from ..common.widgets import bold, card, finding_widget, heading, muted, relative_font, show_added, text_label
from .actions import RecordActions
from .count_dialog import count_text
from .rows import Action, NowLine, OccurrenceRow

Key = tuple[str, datetime]


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


_STATE_WORDS = {
    OccurrenceState.DONE: "Done",
    OccurrenceState.SKIPPED: "Skipped",
    OccurrenceState.MISSED: "Missed",
    OccurrenceState.DUE: "Due now",
    OccurrenceState.UPCOMING: "Later today",
}


def _countdown(left: timedelta) -> str:
    seconds = max(0, int(left.total_seconds()))
    return f"{seconds // 60:d}:{seconds % 60:02d}"


class TodayView(QWidget):
    """What the plan asks for today, and buttons to record it."""

    def __init__(
        self,
        services: Backplan,
        clock: Clock,
        actions: RecordActions,
        grace: Callable[[], timedelta],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self.recorder = actions
        self._grace = grace
        self.patient_id: int | None = None
        self.document: PlanDocument | None = None
        self.day: date | None = None
        self.rows: list[OccurrenceRow] = []
        self.now_line: NowLine | None = None
        self.as_needed_buttons: dict[str, QPushButton] = {}
        self._events_today: list[Event] = []  # today's records, for the as-needed card
        self._plan_made: datetime | None = None  # items before it are not "Missed"
        self._last_shown_minute: datetime | None = None

        # One scrolling page: the header, then the timeline and the side panel side by
        # side, or one above the other when the text is large or the window narrow.
        shell = QVBoxLayout(self)
        shell.setContentsMargins(0, 0, 0, 0)
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_scroll.setAccessibleName(tr("Today"))
        shell.addWidget(self.page_scroll)
        page = QWidget()
        self.page_scroll.setWidget(page)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(20, 14, 20, 14)
        outer.setSpacing(10)

        top = QHBoxLayout()
        self.date_heading = heading("", 1)
        top.addWidget(self.date_heading, 1)
        self.flare_button = QPushButton(tr("I'm having a fl&are-up"), self)
        self.flare_button.setAccessibleName(tr("I'm having a flare-up: start the flare-up plan"))
        relative_font(self.flare_button, 1.15, bold=True, min_lines=2.2)
        self.flare_button.clicked.connect(self._start_flare_up)
        top.addWidget(self.flare_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        self.red_flag_box = card(highlight=True)
        self.red_flag_box.setObjectName("redFlagCard")
        red_layout = QVBoxLayout(self.red_flag_box)
        red_layout.setContentsMargins(14, 10, 14, 10)
        # The level's headline ("Go to an emergency department now" / "Get medical
        # help today") as the card's heading, not a sentence inside a paragraph.
        self.red_flag_headline = heading("", 1)
        self.red_flag_headline.setObjectName("redFlagHeadline")
        red_layout.addWidget(self.red_flag_headline)
        self.red_flag_content = QVBoxLayout()
        red_layout.addLayout(self.red_flag_content)
        self.red_flag_ack = QPushButton(tr("I have read this advice"), self.red_flag_box)
        self.red_flag_ack.setAccessibleName(tr("I have read this advice: hide it from Today"))
        self.red_flag_ack.clicked.connect(self._acknowledge_red_flags)
        red_layout.addWidget(self.red_flag_ack, 0, Qt.AlignmentFlag.AlignLeft)
        self.red_flag_alert: RedFlagAlert | None = None
        outer.addWidget(self.red_flag_box)

        # Doses of the last 24 hours that broke a rule (imported, restored, overridden).
        self.rule_break_box = card(highlight=True)
        self.rule_break_box.setObjectName("ruleBreakCard")
        self.rule_break_layout = QVBoxLayout(self.rule_break_box)
        self.rule_break_layout.setContentsMargins(14, 10, 14, 10)
        outer.addWidget(self.rule_break_box)

        self.flare_box = card(highlight=True)
        flare_layout = QVBoxLayout(self.flare_box)
        flare_layout.setContentsMargins(14, 10, 14, 10)
        flare_top = QHBoxLayout()
        self.flare_title = heading("", 2)
        flare_top.addWidget(self.flare_title, 1)
        self.end_flare_button = QPushButton(tr("End flare-&up"), self.flare_box)
        self.end_flare_button.setAccessibleName(tr("End the flare-up plan now"))
        self.end_flare_button.clicked.connect(self._end_flare_up)
        flare_top.addWidget(self.end_flare_button)
        flare_layout.addLayout(flare_top)
        self.flare_advice = text_label(selectable=True)
        flare_layout.addWidget(self.flare_advice)
        outer.addWidget(self.flare_box)

        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(16)
        outer.addLayout(self.columns)
        outer.addStretch(1)

        timeline_page = QWidget()
        timeline_page.setAccessibleName(tr("Today's timeline"))
        self.timeline = QVBoxLayout(timeline_page)
        self.timeline.setContentsMargins(0, 0, 0, 0)
        self.timeline.setSpacing(6)
        self.columns.addWidget(timeline_page, 3, Qt.AlignmentFlag.AlignTop)

        side_page = QWidget()
        side_page.setAccessibleName(tr("Pain, medicines and courses"))
        side = QVBoxLayout(side_page)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(10)
        self.columns.addWidget(side_page, 2, Qt.AlignmentFlag.AlignTop)

        pain_card = card()
        pain_layout = QVBoxLayout(pain_card)
        pain_layout.setContentsMargins(14, 10, 14, 12)
        pain_layout.addWidget(heading(tr("How is your pain?"), 2))
        self.pain_prompt = muted(
            text_label(tr("0 is no pain, 10 the worst you can imagine. Type it and press Enter."))
        )
        pain_layout.addWidget(self.pain_prompt)
        pain_row = QHBoxLayout()
        pain_label = QLabel(tr("Pain &now:"), pain_card)
        # Empty at the start, never the last score nor 0: a tired press of Enter records
        # nothing rather than a number nobody chose.
        self.pain_spin = OptionalNumberBox(10, pain_card)
        self.pain_spin.setAccessibleName(tr("Pain now, 0 to 10"))
        self.pain_spin.setAccessibleDescription(tr("Type a number from 0 to 10 and press Enter to save it"))
        relative_font(self.pain_spin, 1.4)
        self.pain_spin.setMinimumWidth(self.pain_spin.fontMetrics().horizontalAdvance("10") * 4)
        pain_label.setBuddy(self.pain_spin)
        self.pain_save = QPushButton(tr("&Save pain"), pain_card)
        self.pain_save.setAccessibleName(tr("Save pain entry"))
        self.pain_save.clicked.connect(self.save_pain)
        self.pain_spin.returnPressed.connect(self.save_pain)
        pain_row.addWidget(pain_label)
        pain_row.addWidget(self.pain_spin)
        pain_row.addWidget(self.pain_save)
        pain_row.addStretch(1)
        pain_layout.addLayout(pain_row)
        self.pain_last = muted(text_label())
        pain_layout.addWidget(self.pain_last)
        side.addWidget(pain_card)

        self.as_needed_card = card()
        self.as_needed_layout = QVBoxLayout(self.as_needed_card)
        self.as_needed_layout.setContentsMargins(14, 10, 14, 12)
        side.addWidget(self.as_needed_card)

        self.courses_card = card()
        self.courses_layout = QVBoxLayout(self.courses_card)
        self.courses_layout.setContentsMargins(14, 10, 14, 12)
        side.addWidget(self.courses_card)

        self.stock_card = card()
        self.stock_layout = QVBoxLayout(self.stock_card)
        self.stock_layout.setContentsMargins(14, 10, 14, 12)
        side.addWidget(self.stock_card)
        side.addStretch(1)

        log_pain = QShortcut(QKeySequence("Ctrl+L"), self)
        log_pain.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        log_pain.activated.connect(self.focus_pain)
        take = QShortcut(QKeySequence("Ctrl+T"), self)
        take.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        take.activated.connect(self.focus_next_due)

        self.minute_timer = QTimer(self)
        self.minute_timer.setInterval(15_000)
        self.minute_timer.timeout.connect(self._minute_passed)
        self.minute_timer.start()
        actions.changed.connect(self.refresh)
        actions.countdown_tick.connect(self._update_countdowns)

    # --- layout -------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Side by side when there is room for both columns at the current text size."""
        needed = self.fontMetrics().averageCharWidth() * 120
        direction = (
            QBoxLayout.Direction.LeftToRight if self.width() >= needed else QBoxLayout.Direction.TopToBottom
        )
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    # --- public ------------------------------------------------------------------

    def set_patient(self, patient_id: int | None, *, refresh: bool = True) -> None:
        """Shows ``patient_id``'s day; with ``refresh=False`` only remembers the patient,
        for a caller that calls :meth:`refresh` when the view is shown (the window does,
        so that a start or a patient switch reads the day once, not once per caller)."""
        self.patient_id = patient_id
        if refresh:
            self.refresh()

    def now(self) -> datetime:
        return self.clock.now().astimezone(UTC)

    def focus_pain(self) -> None:
        self.pain_spin.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.pain_spin.selectAll()

    def focus_next_due(self) -> None:
        for row in self.rows:
            button = row.buttons.get("take")
            if button is not None and row.state is OccurrenceState.DUE:
                button.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def row_for(self, item: str, start: datetime | None = None) -> OccurrenceRow | None:
        for row in self.rows:
            if row.occurrence.item == item and (start is None or row.occurrence.start == start):
                return row
        return None

    def save_pain(self) -> None:
        if self.patient_id is None:
            return
        pain = self.pain_spin.number()
        if pain is None:
            self.pain_spin.setFocus(Qt.FocusReason.OtherFocusReason)
            self.recorder.message.emit(tr("Type a number from 0 to 10 first."))
            return
        if self.recorder.record_pain(self.patient_id, pain):
            self.pain_spin.set_number(None)

    # --- refresh -----------------------------------------------------------------

    def _minute_passed(self) -> None:
        minute = self.now().replace(second=0, microsecond=0)
        if minute != self._last_shown_minute and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reads the day again and shows it in place: rows that stay are updated, not
        rebuilt, so focus, the screen reader's place and the page's scroll stay put."""
        focus = self._focused_action()
        bar = self.page_scroll.verticalScrollBar()
        scrolled = bar.value()
        if self.patient_id is None:
            self._clear_timeline()
            self.document = None
            return
        try:
            doc = self.services.document(self.patient_id, with_history=False)
        except LookupError:
            self.patient_id = None
            self.document = None
            self._clear_timeline()
            return
        self.document = doc
        tz = zone(doc.patient.timezone)
        now = self.now()
        self._last_shown_minute = now.replace(second=0, microsecond=0)
        today = now.astimezone(tz).date()
        self.day = today
        self.date_heading.setText(fmt.long_day_text(today))
        self.date_heading.setAccessibleName(tr("Today, {day}").format(day=fmt.long_day_text(today)))

        # Every figure below comes from this one reading of the plan.
        flare = self.services.active_flare_up(self.patient_id, doc=doc) if doc.plan.flare_up else None
        occurrences = fmt.localized(self.services.agenda(self.patient_id, today, doc=doc))
        start, end = day_bounds(doc.patient.timezone, today)
        # A record taken back (removed) is kept but counts for nothing here.
        events = [
            e
            for _, e in self.services.events(
                self.patient_id, start - timedelta(days=1), end + timedelta(days=1)
            )
            if e.counts
        ]
        states = occurrence_states(occurrences, events, now, self._grace())
        self._plan_made = self.services.plan_made_at(self.patient_id)
        # The timeline changes only once everything is read (in place, or rebuilt in
        # _fill_timeline): a read that fails (a clinic's server gone away) leaves the
        # day as last shown rather than an empty list.
        self._events_today = [e for e in events if e.at is not None and e.at.astimezone(tz).date() == today]
        self._fill_timeline(doc, states, events, now, tz)
        last_entry = self.services.last_log_entry(self.patient_id)
        self._fill_red_flags(tz)
        self._fill_rule_breaks(doc, tz)
        self._fill_flare(doc, flare, now, tz)
        self._fill_as_needed(doc, flare, now, tz, today)
        self._fill_courses(doc, today)
        self._fill_stock(doc)
        self._fill_last_pain(tz, last_entry)
        layouts = (
            self.timeline,
            self.red_flag_content,
            self.rule_break_layout,
            self.as_needed_layout,
            self.courses_layout,
        )
        for layout in (*layouts, self.stock_layout):
            show_added(layout)
        self._restore_focus(focus)
        if bar.value() != scrolled:
            bar.setValue(scrolled)  # a press on Take never scrolls the page

    def _clear_timeline(self) -> None:
        self.rows = []
        self.now_line = None
        while self.timeline.count():
            item = self.timeline.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _focused_action(self) -> tuple[Key, str] | None:
        focused = self.focusWidget()
        for row in self.rows:
            for action, button in row.buttons.items():
                if button is focused:
                    return row.key, action
        return None

    def _restore_focus(self, focus: tuple[Key, str] | None) -> None:
        """Focus back where it was; if that button went (the dose is taken), on the row's
        next button, else on the next row's, so the keyboard user keeps their place."""
        if focus is None:
            return
        key, action = focus
        index = next((i for i, row in enumerate(self.rows) if row.key == key), None)
        if index is None:
            return
        kept = self.rows[index].buttons.get(action)
        if kept is not None:
            if not kept.hasFocus():
                kept.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        for row in self.rows[index:]:
            button = next(iter(row.buttons.values()), None)
            if button is not None:
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # --- the timeline --------------------------------------------------------------

    def _fill_timeline(
        self,
        doc: PlanDocument,
        states: list[tuple[Occurrence, OccurrenceState]],
        events: list[Event],
        now: datetime,
        tz: ZoneInfo,
    ) -> None:
        recorded: dict[Key, Event] = {}
        for event in events:
            if event.scheduled_for is None:
                continue
            key = (event.item, event.scheduled_for.astimezone(UTC))
            if key not in recorded or event.status is EventStatus.DONE:
                recorded[key] = event
        medicines = {m.id: m for m in doc.all_medications()}
        now_text = tr("Now, {time}").format(time=fmt.hhmm(now.astimezone(tz)))
        if states and [o.utc_key for o, _ in states] == [r.key for r in self.rows] and self.now_line:
            for row, (occurrence, state) in zip(self.rows, states, strict=True):
                row.occurrence = occurrence
                found = recorded.get(occurrence.utc_key)
                row.update_row(state, *self._row_parts(occurrence, state, found, medicines, tz))
                self._show_countdown(row)
            self._place_now_line(now, now_text)
            return
        self._clear_timeline()
        placed = False
        if not states:
            self.timeline.addWidget(muted(text_label(self._nothing_today(doc))))
        for occurrence, state in states:
            if not placed and occurrence.start.astimezone(UTC) > now:
                self._add_now_line(now_text)
                placed = True
            row = self._make_row(occurrence, state, recorded.get(occurrence.utc_key), medicines, tz)
            self.rows.append(row)
            self.timeline.addWidget(row)
        if not placed and states:
            self._add_now_line(now_text)
        self.timeline.addStretch(1)

    def _nothing_today(self, doc: PlanDocument) -> str:
        today = self.day
        if today is not None and today < doc.plan.start:
            return tr("The plan starts on {day}.").format(day=fmt.day_text(doc.plan.start))
        if today is not None and doc.plan.end is not None and today > doc.plan.end:
            return tr("The plan ended on {day}.").format(day=fmt.day_text(doc.plan.end))
        return tr("Nothing is scheduled for today.")

    def _add_now_line(self, text: str) -> None:
        self.now_line = NowLine(text)
        self.timeline.addWidget(self.now_line)

    def _place_now_line(self, now: datetime, text: str) -> None:
        """Moves the "now" line to its place between the rows, without rebuilding them."""
        line = self.now_line
        assert line is not None
        line.set_text(text)
        before = sum(1 for row in self.rows if row.occurrence.start.astimezone(UTC) <= now)
        if self.timeline.indexOf(line) != before:
            self.timeline.removeWidget(line)
            self.timeline.insertWidget(before, line)

    def _show_countdown(self, row: OccurrenceRow) -> None:
        left = self.recorder.remaining(row.occurrence)
        if left is not None:
            row.set_status(tr("{time} left").format(time=_countdown(left)))

    def _make_row(
        self,
        occ: Occurrence,
        state: OccurrenceState,
        event: Event | None,
        medicines: dict[str, Medication],
        tz: ZoneInfo,
    ) -> OccurrenceRow:
        row = OccurrenceRow(occ, state, *self._row_parts(occ, state, event, medicines, tz))
        self._show_countdown(row)
        return row

    def _row_parts(
        self,
        occ: Occurrence,
        state: OccurrenceState,
        event: Event | None,
        medicines: dict[str, Medication],
        tz: ZoneInfo,
    ) -> tuple[str, str, list[Action]]:
        """A row's detail line, status line and buttons for its state now."""
        pid = self.patient_id
        assert pid is not None
        kind = occ.kind
        detail = fmt.kind_text(kind)
        if kind == "medication" and occ.source_id in medicines:
            detail = tr("Medicine: {dose}").format(dose=fmt.isolate(medicines[occ.source_id].dose))
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

        status = tr(_STATE_WORDS[state])
        if state is OccurrenceState.MISSED and self._before_plan(occ):
            status = tr("Before the plan was made")
        if event is not None and event.at is not None and state is OccurrenceState.DONE:
            verb = tr("Taken at {time}") if kind == "medication" else tr("Done at {time}")
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
        snoozed = self.recorder.reminders.snoozed_until(occ) if self.recorder.reminders else None
        if snoozed is not None and state is OccurrenceState.DUE:
            status = tr("Snoozed until {time}").format(time=fmt.hhmm(snoozed.astimezone(tz)))

        actions: list[Action] = []
        open_state = state in (OccurrenceState.DUE, OccurrenceState.UPCOMING, OccurrenceState.MISSED)
        if open_state:
            if kind == "medication":
                name = occ.title
                take = lambda: self.recorder.take_named(pid, occ.source_id, name, occ.start)  # noqa: E731
                actions.append(("take", tr("Take"), take))
            elif kind in ("heat", "cold"):
                if occ.utc_key in self.recorder.running:
                    actions.append(("finish", tr("Finish now"), lambda: self.recorder.record_done(pid, occ)))
                else:
                    actions.append(("start", tr("Start"), lambda: self.recorder.start_application(pid, occ)))
            else:
                if _has_exercises(self.document, occ.source_id):
                    play = lambda: self.recorder.start_routine(pid, occ.source_id, occ.start)  # noqa: E731
                    actions.append(("routine", tr("Start routine"), play))
                actions.append(("done", tr("Done…"), lambda: self.recorder.mark_done(pid, occ)))
            actions.append(("skip", tr("Skip"), lambda: self.recorder.skip(pid, occ)))
            if state is OccurrenceState.DUE and self.recorder.reminders is not None:
                actions.append(("snooze", tr("Snooze"), lambda: self.recorder.snooze(occ)))
        # The safety lines where the application is started and timed: while it is due
        # or its countdown runs.
        timing = state is OccurrenceState.DUE or occ.utc_key in self.recorder.running
        if kind in ("heat", "cold") and open_state and timing:
            detail = f"{detail}\n{heat_cold_safety_text()}"
        return detail, status, actions

    def _before_plan(self, occ: Occurrence) -> bool:
        """Whether the occurrence was over before the plan was made here: it was already
        past its grace then, so nobody could have done it with this plan (never "Missed").
        One still due when the plan was made can be missed like any other."""
        made = self._plan_made
        return made is not None and occ.start.astimezone(UTC) + self._grace() <= made.astimezone(UTC)

    def _update_countdowns(self) -> None:
        for row in self.rows:
            self._show_countdown(row)

    # --- the side panel ------------------------------------------------------------

    def _fill_red_flags(self, tz: ZoneInfo) -> None:
        """The red-flag advice, until the patient acknowledges it (FACTS.md rule 10):
        a later ordinary entry does not clear it."""
        from backplan.services.safety_alerts import red_flag_alert

        _clear(self.red_flag_content)
        assert self.patient_id is not None
        alert = red_flag_alert(self.services, self.patient_id)
        self.red_flag_alert = alert
        self.red_flag_box.setVisible(alert is not None)
        if alert is None:
            return
        # Imported only when there is advice to show (the catalogue reader pulls in XML).
        from backplan.safety.red_flags import red_flag_text

        from ..common.safety_texts import red_flag_message, safety_text

        entry = alert.entry
        headline = red_flag_text().headline(alert.level)
        self.red_flag_headline.setText(safety_text(headline))
        self.red_flag_headline.setAccessibleName(safety_text(headline))
        for finding in red_flag_findings(entry):
            # The headline is the card's heading: the paragraph goes on from it. The
            # advice in the window's language; the finding itself stays English.
            rest = finding.message.removeprefix(headline).lstrip(". ")
            shown = replace(finding, message=red_flag_message(rest, entry.red_flags or ()))
            self.red_flag_content.addWidget(finding_widget(shown))
        local = entry.at.astimezone(tz)
        recorded = tr("Recorded at {time} on {day}.").format(
            time=fmt.hhmm(local), day=fmt.day_text(local.date(), False)
        )
        self.red_flag_content.addWidget(muted(text_label(recorded)))

    def _acknowledge_red_flags(self) -> None:
        from backplan.services.safety_alerts import acknowledge_red_flags

        if self.patient_id is None or self.red_flag_alert is None:
            return
        acknowledge_red_flags(self.services, self.patient_id, self.red_flag_alert)
        self.refresh()

    def _fill_rule_breaks(self, doc: PlanDocument, tz: ZoneInfo) -> None:
        """Says when the last 24 hours hold a dose that broke a rule (kept as recorded)."""
        from backplan.safety.history import NO_REASON
        from backplan.services.safety_alerts import recent_rule_breaks

        _clear(self.rule_break_layout)
        assert self.patient_id is not None
        breaks = recent_rule_breaks(self.services, self.patient_id, doc=doc)
        self.rule_break_box.setVisible(bool(breaks))
        if not breaks:
            return
        self.rule_break_layout.addWidget(heading(tr("A dose in the last 24 hours broke a safety rule"), 2))
        for found in breaks:
            rules = ", ".join(QCoreApplication.translate("SafetyRules", rule) for rule in found.rules)
            # The rule's name and "no reason recorded" in the window's language; a reason
            # the patient typed stays as written.
            reason = tr("no reason recorded") if found.reason == NO_REASON else found.reason
            line = tr("{name}, taken at {time}: {rules} ({reason}).").format(
                name=fmt.isolate(found.medicine),
                time=fmt.hhmm(found.at.astimezone(tz)),
                rules=rules,
                reason=reason,
            )
            self.rule_break_layout.addWidget(text_label(line, selectable=True))
        self.rule_break_layout.addWidget(
            muted(text_label(tr("The record is kept as it is; your clinician's report lists it.")))
        )

    def _fill_flare(
        self, doc: PlanDocument, flare: FlareUpWindow | None, now: datetime, tz: ZoneInfo
    ) -> None:
        plan = doc.plan.flare_up
        self.flare_button.setVisible(plan is not None and flare is None)
        self.flare_box.setVisible(plan is not None and flare is not None)
        if plan is None or flare is None:
            return
        day = (now.astimezone(tz).date() - flare.start.astimezone(tz).date()).days + 1
        self.flare_title.setText(tr("Flare-up day {day} of {days}").format(day=day, days=plan.days))
        self.flare_advice.setText(plan.advice)

    def _fill_as_needed(
        self, doc: PlanDocument, flare: FlareUpWindow | None, now: datetime, tz: ZoneInfo, today: date
    ) -> None:
        _clear(self.as_needed_layout)
        self.as_needed_buttons = {}
        assert self.patient_id is not None
        pid = self.patient_id
        meds = [m for m in doc.medications if m.as_needed and _in_course(m, today)]
        if flare is not None and doc.plan.flare_up is not None:
            meds += [m for m in doc.plan.flare_up.medications if m.as_needed]
        self.as_needed_card.setVisible(bool(meds))
        if not meds:
            return
        self.as_needed_layout.addWidget(heading(tr("When needed"), 2))
        for med in meds:
            line = QHBoxLayout()
            texts = QVBoxLayout()
            texts.setSpacing(1)
            texts.addWidget(bold(text_label(med.name)))
            texts.addWidget(
                muted(text_label(f"{fmt.isolate(med.dose)}  ·  {fmt.schedule_text(med.schedule)}"))
            )
            allowed = self.services.next_allowed(pid, med.id, doc=doc)
            if allowed is None:
                when = tr("No further dose is allowed under the label's limits.")
            elif allowed.astimezone(UTC) <= now + timedelta(seconds=59):
                when = tr("Allowed now, if you need it.")
            else:
                local = allowed.astimezone(tz)
                when = tr("Next allowed at {time}").format(time=fmt.hhmm(local))
                if local.date() != today:
                    when += " " + tr("on {day}").format(day=fmt.day_text(local.date(), False))
            texts.addWidget(text_label(when))
            taken = self._taken_today(med.id, tz)
            if taken:
                texts.addWidget(text_label(tr("Taken today: {times}").format(times=", ".join(taken))))
            line.addLayout(texts, 1)
            button = QPushButton(tr("Take"), self.as_needed_card)
            button.setAccessibleName(tr("Take {name}").format(name=med.name))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, m=med: self.recorder.take(pid, m.id, m.name))
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.as_needed_buttons[med.id] = button
            self.as_needed_layout.addLayout(line)

    def _taken_today(self, med_id: str, tz: ZoneInfo) -> list[str]:
        """The times of today's doses of a medicine (those still standing), earliest first."""
        moments = sorted(
            e.at
            for e in self._events_today
            if e.item == med_id and e.status is EventStatus.DONE and e.at is not None and e.counts
        )
        return [fmt.hhmm(m.astimezone(tz)) for m in moments]

    def _fill_courses(self, doc: PlanDocument, today: date) -> None:
        _clear(self.courses_layout)
        catalogue = self.services.catalogue
        courses = [(m, fmt.course_day(m, today)) for m in doc.medications]
        current = [(m, d) for m, d in courses if d is not None]
        self.courses_card.setVisible(bool(current))
        if not current:
            return
        self.courses_layout.addWidget(heading(tr("Medicine courses"), 2))
        for med, (day, total) in current:
            self.courses_layout.addWidget(
                bold(
                    text_label(
                        tr("{name}: day {day} of {total}").format(
                            name=fmt.isolate(med.name), day=day, total=total
                        )
                    )
                )
            )
            # One caution per fact, in the catalogue's words (short-term use and
            # dependence for carisoprodol included); the clinician's instructions keep
            # what they add beyond those facts (FACTS.md rule 12).
            said = medicine_cautions(med, catalogue)
            extra = instructions_beyond(med.instructions, said)
            if extra:
                self.courses_layout.addWidget(text_label(f"•  {extra}"))
            for caution in said:
                # The catalogue's words in the window's language (the plan's own stay as written).
                shown = QCoreApplication.translate("Catalogue", caution.text)
                self.courses_layout.addWidget(text_label(f"•  {shown}"))

    def _fill_stock(self, doc: PlanDocument) -> None:
        """Tablets left for medicines that count them, with a refill warning when low."""
        _clear(self.stock_layout)
        assert self.patient_id is not None
        pid = self.patient_id
        statuses = self.services.stock_statuses(pid, doc=doc)
        self.stock_card.setVisible(bool(statuses))
        if not statuses:
            return
        names = {m.id: m.name for m in doc.all_medications()}
        self.stock_layout.addWidget(heading(tr("Tablets left"), 2))
        for status in statuses:
            name = names.get(status.med_id, status.med_id)
            line = QHBoxLayout()
            texts = QVBoxLayout()
            texts.setSpacing(1)
            texts.addWidget(
                bold(
                    text_label(
                        tr("{name}: {left} left").format(
                            name=fmt.isolate(name), left=count_text(status.units_left)
                        )
                    )
                )
            )
            if status.needs_refill:
                texts.addWidget(text_label(tr("Running low: time to get more.")))
            if status.runs_out_on is not None:
                texts.addWidget(
                    muted(
                        text_label(
                            tr("Runs out on {day} at this rate.").format(
                                day=fmt.day_text(status.runs_out_on, False)
                            )
                        )
                    )
                )
            line.addLayout(texts, 1)
            button = QPushButton(tr("Count…"), self.stock_card)
            button.setAccessibleName(tr("Count my tablets of {name}").format(name=name))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, m=status.med_id, n=name: self._count_tablets(m, n))
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.stock_layout.addLayout(line)

    def _count_tablets(self, med_id: str, name: str) -> QWidget | None:
        """Asks the count, starting at the count expected now (Enter keeps it as it is)."""
        from .count_dialog import CountDialog

        if self.patient_id is None:
            return None
        pid = self.patient_id
        expected = next(
            (st.units_left for st in self.services.stock_statuses(pid) if st.med_id == med_id), None
        )
        dialog = CountDialog(fmt.isolate(name), expected, self)

        def counted() -> None:
            self.services.record_stock(pid, med_id, dialog.value())

        dialog.accepted.connect(counted)
        dialog.finished.connect(dialog.deleteLater)
        self.count_dialog = dialog
        dialog.open()
        return dialog

    def _fill_last_pain(self, tz: ZoneInfo, entry: LogEntry | None) -> None:
        if entry is None:
            self.pain_last.setText(tr("Nothing logged yet."))
            return
        at = entry.at.astimezone(tz)
        when = fmt.hhmm(at) if at.date() == self.day else f"{fmt.day_text(at.date(), False)} {fmt.hhmm(at)}"
        self.pain_last.setText(tr("Last entry: pain {n} at {when}").format(n=entry.pain, when=when))

    # --- flare-ups -------------------------------------------------------------------

    def _start_flare_up(self) -> None:
        if self.patient_id is None:
            return
        if self.recorder.start_flare_up(self.patient_id):
            self.refresh()
            self.pain_prompt.setText(
                tr("How bad is the pain right now? Type a number from 0 to 10 and press Enter.")
            )
            self.focus_pain()

    def _end_flare_up(self) -> None:
        if self.patient_id is not None and self.recorder.end_flare_up(self.patient_id):
            self.refresh()

    # --- the window's protocol (Section) ---------------------------------------------

    def section_offers(self) -> Offers:
        """What the main window may ask of this section (common/section.py).

        Its edits go on the window's stack through the recorder the window hands it.
        """
        return Offers(refresh=self.refresh)


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


def _in_course(med: Medication, today: date) -> bool:
    if med.start is None:
        return True
    last = med.last_day
    return med.start <= today and (last is None or today <= last)


def _clear(layout: QVBoxLayout | QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif isinstance(inner, QVBoxLayout | QHBoxLayout):
            _clear(inner)
