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
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from backplan.domain.clock import Clock
from backplan.domain.model import Event, PlanDocument
from backplan.schedule.agenda import day_bounds
from backplan.schedule.status import OccurrenceState, occurrence_states
from backplan.schedule.wallclock import zone
from backplan.services.backplan_service import Backplan

from ..common import formatting as fmt
from ..common.section import Offers
from ..common.widgets import heading, relative_font, show_added
from .actions import RecordActions
from .as_needed_card import AsNeededCard
from .courses_card import CoursesCard
from .flare_card import FlareCard
from .pain_card import PainCard
from .red_flag_card import RedFlagCard
from .row_parts import RowParts, before_plan
from .rows import NowLine, OccurrenceRow
from .rule_break_card import RuleBreakCard
from .stock_card import StockCard
from .timeline import Timeline, nothing_today


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


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
        self._events_today: list[Event] = []  # today's records, for the as-needed card
        self._last_shown_minute: datetime | None = None

        # One scrolling page: the header, then the timeline and the side panel side by
        # side, or one above the other when the text is large or the window narrow.
        outer = self._build_page()
        self._build_header(outer)
        self._build_alerts(outer)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(16)
        outer.addLayout(self.columns)
        outer.addStretch(1)
        self.timeline_column = Timeline(actions)
        self.timeline = self.timeline_column.column
        self.columns.addWidget(self.timeline_column, 3, Qt.AlignmentFlag.AlignTop)
        self._build_side()
        self._build_shortcuts()

        self.minute_timer = QTimer(self)
        self.minute_timer.setInterval(15_000)
        self.minute_timer.timeout.connect(self._minute_passed)
        self.minute_timer.start()
        actions.changed.connect(self.refresh)
        actions.countdown_tick.connect(self.timeline_column.update_countdowns)

    def _build_page(self) -> QVBoxLayout:
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
        return outer

    def _build_header(self, outer: QVBoxLayout) -> None:
        """The day's date, and the flare-up button beside it."""
        top = QHBoxLayout()
        self.date_heading = heading("", 1)
        top.addWidget(self.date_heading, 1)
        self.flare_button = QPushButton(tr("I'm having a fl&are-up"), self)
        self.flare_button.setAccessibleName(tr("I'm having a flare-up: start the flare-up plan"))
        relative_font(self.flare_button, 1.15, bold=True, min_lines=2.2)
        self.flare_button.clicked.connect(self._start_flare_up)
        top.addWidget(self.flare_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

    def _build_alerts(self, outer: QVBoxLayout) -> None:
        """The cards above the day: red-flag advice, rule breaks, a flare-up running."""
        self.red_flag_box = RedFlagCard(self.services)
        self.red_flag_box.acknowledged.connect(self.refresh)
        self.red_flag_headline = self.red_flag_box.headline
        self.red_flag_ack = self.red_flag_box.ack
        outer.addWidget(self.red_flag_box)
        # Doses of the last 24 hours that broke a rule (imported, restored, overridden).
        self.rule_break_box = RuleBreakCard(self.services)
        outer.addWidget(self.rule_break_box)
        self.flare_box = FlareCard()
        self.flare_title = self.flare_box.title
        self.flare_advice = self.flare_box.advice
        self.end_flare_button = self.flare_box.end_button
        self.end_flare_button.clicked.connect(self._end_flare_up)
        outer.addWidget(self.flare_box)

    def _build_side(self) -> None:
        """The side column: pain, the as-needed medicines, the courses, the tablets left."""
        side_page = QWidget()
        side_page.setAccessibleName(tr("Pain, medicines and courses"))
        side = QVBoxLayout(side_page)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(10)
        self.columns.addWidget(side_page, 2, Qt.AlignmentFlag.AlignTop)
        self.pain_card = PainCard()
        self.pain_prompt = self.pain_card.prompt
        self.pain_spin = self.pain_card.spin
        self.pain_save = self.pain_card.save
        self.pain_last = self.pain_card.last
        self.pain_save.clicked.connect(self.save_pain)
        self.pain_spin.returnPressed.connect(self.save_pain)
        side.addWidget(self.pain_card)
        self.as_needed_card = AsNeededCard(self.services, self.recorder.take)
        side.addWidget(self.as_needed_card)
        self.courses_card = CoursesCard()
        side.addWidget(self.courses_card)
        self.stock_card = StockCard(self.services)
        side.addWidget(self.stock_card)
        side.addStretch(1)

    def _build_shortcuts(self) -> None:
        log_pain = QShortcut(QKeySequence("Ctrl+L"), self)
        log_pain.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        log_pain.activated.connect(self.focus_pain)
        take = QShortcut(QKeySequence("Ctrl+T"), self)
        take.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        take.activated.connect(self.focus_next_due)

    @property
    def rows(self) -> list[OccurrenceRow]:
        """The timeline's rows, in the day's order."""
        return self.timeline_column.rows

    @property
    def now_line(self) -> NowLine | None:
        return self.timeline_column.now_line

    @property
    def as_needed_buttons(self) -> dict[str, QPushButton]:
        """The Take button of each as-needed medicine shown, by medicine id."""
        return self.as_needed_card.buttons

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
        focus = self.timeline_column.focused_action(self.focusWidget())
        bar = self.page_scroll.verticalScrollBar()
        scrolled = bar.value()
        if self.patient_id is None:
            self.timeline_column.clear()
            self.document = None
            return
        try:
            doc = self.services.document(self.patient_id, with_history=False)
        except LookupError:
            self.patient_id = None
            self.document = None
            self.timeline_column.clear()
            return
        self.document = doc
        self._show_day(self.patient_id, doc)
        for layout in (
            self.timeline,
            self.red_flag_box.content,
            self.rule_break_box.lines,
            self.as_needed_card.lines,
            self.courses_card.lines,
            self.stock_card.lines,
        ):
            show_added(layout)
        self.timeline_column.restore_focus(focus)
        if bar.value() != scrolled:
            bar.setValue(scrolled)  # a press on Take never scrolls the page

    def _show_day(self, pid: int, doc: PlanDocument) -> None:
        """Fills every card from this one reading of the plan."""
        tz = zone(doc.patient.timezone)
        now = self.now()
        self._last_shown_minute = now.replace(second=0, microsecond=0)
        today = now.astimezone(tz).date()
        self.day = today
        self.date_heading.setText(fmt.long_day_text(today))
        self.date_heading.setAccessibleName(tr("Today, {day}").format(day=fmt.long_day_text(today)))

        flare = self.services.active_flare_up(pid, doc=doc) if doc.plan.flare_up else None
        occurrences = fmt.localized(self.services.agenda(pid, today, doc=doc))
        start, end = day_bounds(doc.patient.timezone, today)
        # A record taken back (removed) is kept but counts for nothing here.
        events = [
            e
            for _, e in self.services.events(pid, start - timedelta(days=1), end + timedelta(days=1))
            if e.counts
        ]
        states = occurrence_states(occurrences, events, now, self._grace())
        made = self.services.plan_made_at(pid)  # items over before it are not "Missed"
        # The timeline changes only once everything is read (in place, or rebuilt in
        # Timeline.fill): a read that fails (a clinic's server gone away) leaves the
        # day as last shown rather than an empty list.
        self._events_today = [e for e in events if e.at is not None and e.at.astimezone(tz).date() == today]
        grace = self._grace()
        parts = RowParts(
            self.recorder, pid, doc, {m.id: m for m in doc.all_medications()}, tz,
            lambda occ: before_plan(occ, made, grace),
        )  # fmt: skip
        self.timeline_column.fill(parts, states, events, now, nothing_today(doc, today))
        last_entry = self.services.last_log_entry(pid)
        self.red_flag_box.fill(pid, tz)
        self.rule_break_box.fill(pid, doc, tz)
        plan = doc.plan.flare_up
        self.flare_button.setVisible(plan is not None and flare is None)
        self.flare_box.setVisible(plan is not None and flare is not None)
        if plan is not None and flare is not None:
            self.flare_box.fill(plan, flare, now, tz)
        self.as_needed_card.fill(pid, doc, flare, now, tz, self._events_today)
        self.courses_card.fill(doc, today, self.services.catalogue)
        self.stock_card.fill(pid, doc)
        self.pain_card.show_last(last_entry, self.day, tz)

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
