"""The Progress section: "is the plan working?" as a chart, adherence and what helped.

The chart is the matplotlib ``Figure`` that ``reports.charts`` builds (the same one
the clinician report prints), embedded with ``FigureCanvasQTAgg``, without matplotlib's
navigation toolbar (pan, zoom and "edit axes" are for analysts; a patient has the
range buttons above the chart). matplotlib is imported only when the section is first shown, so the window
opens without paying for it. The figures are computed off the GUI thread (years of
history take a while). Once the history is read, each preset's chart is also drawn
ahead of time on a worker thread (``chart_renders``), so a click on a preset only
hands a finished figure to the canvas. A custom range, or a preset whose chart is not
ready, is computed off the thread and its chart then drawn off the thread too, so the
window never waits for a draw; only the first chart and a change of theme are drawn
here (they build the canvas), and a resize redraws the figure in place.

A narrow canvas (the side panel takes a good part of a 1280-pixel window) gets the
chart's compact layout, keys above the panels and shorter titles: in the wide one the
keys beside the panels leave the plots under 300 pixels and the longest title runs
off the figure. Every path that builds a figure takes the layout for the canvas's
width now, and a resize across the threshold draws the chart again in the other.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backplan.domain.model import PlanDocument
from backplan.reports.progress import (
    ASSOCIATION_NOTE,
    ProgressData,
    PsfsChange,
    WhatHelped,
    adherence_rows,
    progress_data,
    psfs_change,
    what_helped,
)
from backplan.services.backplan_service import Backplan

from ..common.choice_button import ChoiceButton
from ..common.events import ServiceEvents
from ..common.jobs import JobRunner, Report
from ..common.section import Offers
from ..common.theme import error_color
from .chart_renders import Render, RenderFailed, RenderKey, RenderPool
from .models import AdherenceModel, HelpedModel
from .summary import chart_summary, day_text, psfs_sentence

if TYPE_CHECKING:
    from matplotlib.figure import Figure


log = logging.getLogger(__name__)


class Preset(Enum):
    TWO_WEEKS = "2w"
    THREE_MONTHS = "3m"
    YEAR = "1y"
    ALL = "all"
    CUSTOM = "custom"


# How many days back from today (inclusive) each preset shows.
PRESET_DAYS = {Preset.TWO_WEEKS: 14, Preset.THREE_MONTHS: 91, Preset.YEAR: 365}
# The presets drawn ahead of time, so a click on one shows it at once.
DRAWN_AHEAD = (Preset.TWO_WEEKS, Preset.THREE_MONTHS, Preset.YEAR, Preset.ALL)
# Below this width of the canvas (logical pixels) the chart takes its compact layout.
# The wide layout's longest title needs about 750 pixels and its keys about 200 beside
# the panels: from 900 on the plots keep 550 or more with every title whole, while
# the compact layout gives them nearly the whole width (about 480 of a 620-pixel
# canvas, where the wide one leaves 270).
COMPACT_BELOW = 900


@dataclass(frozen=True)
class ProgressResult:
    """What a background job computed for one range: everything the section shows.

    ``doc`` and ``history`` (the figures over everything) are what the job read or was
    handed: the view keeps them until the services say the data changed, so that a
    switch of range computes only the new range instead of reading years of history
    from the database again, and the chart keeps the whole history's rows.
    """

    data: ProgressData
    helped: WhatHelped
    psfs: PsfsChange | None
    adherence: list[tuple[str, str, int, int]]
    doc: PlanDocument | None = None
    history: ProgressData | None = None
    summary: str = ""  # the chart in words (over years of data it takes a while to say)


def preset_range(preset: Preset, today: date) -> tuple[date | None, date | None]:
    """The days a preset shows; ``(None, None)`` means everything (the report's default)."""
    if preset in PRESET_DAYS:
        return today - timedelta(days=PRESET_DAYS[preset] - 1), today
    return None, None


def is_dark() -> bool:
    """Whether the window is drawn dark, so the chart should be too.

    The palette is what is on screen: it follows the system's scheme, and also the
    app's own light/dark setting when that overrides the system.
    """
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def compute(
    services: Backplan,
    patient_id: int,
    start: date | None,
    end: date | None,
    doc: PlanDocument | None = None,
    history: ProgressData | None = None,
) -> ProgressResult:
    """Computes the range's figures (runs on a worker thread).

    The history is read from the database unless ``doc`` (read earlier and still
    current) is given; ``history``, the figures over everything, is computed with it
    unless given too.
    """
    if doc is None:
        doc = services.document(patient_id)
    now = services.now()
    data = progress_data(doc, start, end, now)
    if history is None:
        history = data if start is None and end is None else progress_data(doc, None, None, now)
    return ProgressResult(
        data,
        what_helped(data, doc),
        psfs_change(data),
        adherence_rows(data),
        doc,
        history,
        chart_summary(data),
    )


@dataclass(frozen=True)
class _RangeResults:
    """Every preset's figures, computed before any of their charts is drawn ahead.

    The summary under the chart is as tall as the tallest preset needs, so the
    canvas keeps one size whichever preset is shown and the charts are drawn at it.
    """

    data_key: tuple[int, int, date]  # patient, generation, today
    results: dict[Preset, ProgressResult]
    rows: tuple[Any, ...]  # the timeline rows of the whole history



class ProgressView(QWidget):
    """The Progress section of the main window."""

    chart_updated = Signal()  # the chart shows the newest range (for tests and the window)
    renders_ready = Signal()  # every preset's chart is drawn ahead for the canvas as it is
    exported = Signal(str)  # the path of a chart file written
    export_failed = Signal(str)

    def __init__(
        self,
        services: Backplan,
        parent: QWidget | None = None,
        *,
        undo_stack: Any = None,
        draw_ahead: bool = True,
    ) -> None:
        # ``undo_stack`` is accepted for symmetry with the other sections: nothing here edits data.
        # ``draw_ahead`` False leaves out the charts drawn ahead (tests of the ordinary path).
        super().__init__(parent)
        self.setObjectName("progressView")
        self.services = services
        self.patient_id: int | None = None
        self._tz: tzinfo = ZoneInfo("UTC")
        self._preset = Preset.THREE_MONTHS
        self._dirty = False
        self.result: ProgressResult | None = None
        # The history read for the patient, kept until the data change (see ProgressResult).
        self._kept: tuple[int, PlanDocument, ProgressData] | None = None
        self._generation = 0  # counts data changes, so a job's stale read is not kept
        self._requested_generation = -1
        self.figure: Figure | None = None
        self.canvas: Any = None
        self._dark = False
        self._compact = False  # the layout of the figure on screen

        self.runner = JobRunner(self)
        self.runner.finished.connect(self._show_result)
        self.runner.failed.connect(self._show_error)
        self.runner.busy_changed.connect(self._set_busy)
        self.export_runner = JobRunner(self)
        self.export_runner.finished.connect(self._exported)
        self.export_runner.failed.connect(self._export_failed)
        self.export_runner.busy_changed.connect(self._set_busy)

        # The presets' charts drawn ahead (see the module's docstring).
        self.draw_ahead = draw_ahead
        self.renders = RenderPool(self)
        self.renders.done.connect(self._drawn_ahead)
        # The chart of a range asked for the ordinary way is drawn off the thread as well.
        self.range_renders = RenderPool(self)
        self.range_renders.done.connect(self._drawn_for_range)
        self._awaited: object = None  # the tag of the range's chart being drawn for the canvas
        self._renders: dict[Preset, Render] = {}
        self._render_key: RenderKey | None = None
        self._rendering: set[Preset] = set()
        self._range_results: _RangeResults | None = None
        self._summary_width = -1  # the summary's width when its room was last measured
        self._computing_ranges = False
        self._wearing: Render | None = None  # the render the canvas shows, as drawn
        # Drawing ahead waits until the window settles (a resize, a switch) for a moment.
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(400)
        self._render_timer.timeout.connect(self._settled)

        # --- empty state ------------------------------------------------------------------
        self.empty = QLabel(
            self.tr(
                "<h2>No plan yet</h2><p>Progress charts show your pain and what you did over "
                "time. Import the plan file from your physiotherapist or try the demo (File "
                "menu), log your pain for a few days, and the chart appears here.</p>"
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No patient: import or start a plan to see progress"))

        # --- range bar ----------------------------------------------------------------------
        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        self.preset_buttons: dict[Preset, ChoiceButton] = {}
        bar = QHBoxLayout()
        range_label = QLabel(self.tr("Show:"), self)
        bar.addWidget(range_label)
        labels = {
            Preset.TWO_WEEKS: (self.tr("&2 weeks"), self.tr("Show the last 2 weeks")),
            Preset.THREE_MONTHS: (self.tr("3 &months"), self.tr("Show the last 3 months")),
            Preset.YEAR: (self.tr("1 &year"), self.tr("Show the last year")),
            Preset.ALL: (self.tr("&All"), self.tr("Show everything recorded")),
        }
        for preset, (text, name) in labels.items():
            button = ChoiceButton(text, self)  # one range of four: a radio button to the reader
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _checked=False, p=preset: self.set_preset(p))
            self.range_group.addButton(button)
            self.preset_buttons[preset] = button
            bar.addWidget(button)
        bar.addSpacing(12)
        self.from_edit = self._date_edit(self.tr("First day shown"))
        self.to_edit = self._date_edit(self.tr("Last day shown"))
        from_label = QLabel(self.tr("Fr&om"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("To"), self)
        to_label.setBuddy(self.to_edit)
        for label in (from_label, to_label):
            label.setMinimumWidth(label.sizeHint().width() + 4)
        bar.addWidget(from_label)
        bar.addWidget(self.from_edit)
        bar.addSpacing(6)
        bar.addWidget(to_label)
        bar.addWidget(self.to_edit)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: "working"
        self.busy.setMaximumWidth(140)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Building the chart"))
        self.busy.setVisible(False)
        self.busy_label = QLabel(self.tr("Working…"), self)
        self.busy_label.setVisible(False)
        bar.addSpacing(12)
        bar.addWidget(self.busy)
        bar.addWidget(self.busy_label)
        bar.addStretch(1)
        self.export_button = QPushButton(self.tr("E&xport chart…"), self)
        self.export_button.setAccessibleName(self.tr("Export the chart as PDF, PNG or SVG"))
        self.export_button.setToolTip(self.export_button.accessibleName())
        self.export_button.clicked.connect(self.choose_export_file)
        bar.addWidget(self.export_button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {error_color().name()};")
        self.message.setVisible(False)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self._custom_range_changed)
        self.from_edit.dateChanged.connect(lambda _d: self._debounce.start())
        self.to_edit.dateChanged.connect(lambda _d: self._debounce.start())

        # --- chart area ---------------------------------------------------------------------
        self.chart_box = QWidget(self)
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("The chart appears here."), self.chart_box)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart_layout.addWidget(self.placeholder, 1)
        self.summary = QLabel(self.chart_box)
        self.summary.setWordWrap(True)
        # Its room fits the longest preset's summary; a shorter one starts at the top.
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleDescription(self.tr("What the chart shows"))  # named by its text
        self.summary.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary.setContentsMargins(6, 4, 6, 4)
        self.chart_layout.addWidget(self.summary)

        # --- side panels --------------------------------------------------------------------
        self.adherence_model = AdherenceModel(self)
        self.adherence_table = self._table(self.adherence_model, self.tr("Adherence"))
        adherence_box = QGroupBox(self.tr("Adherence in this period"), self)
        adherence_layout = QVBoxLayout(adherence_box)
        adherence_hint = QLabel(
            self.tr("Of what was due up to now, the share recorded as done."), adherence_box
        )
        adherence_hint.setWordWrap(True)
        adherence_layout.addWidget(adherence_hint)
        adherence_layout.addWidget(self.adherence_table)

        self.helped_model = HelpedModel(self)
        self.helped_table = self._table(self.helped_model, self.tr("What helped"))
        helped_box = QGroupBox(self.tr("What helped?"), self)
        helped_layout = QVBoxLayout(helped_box)
        helped_hint = QLabel(
            self.tr(
                "Mean pain on days with each activity or medicine, and on days without it; "
                "n is the number of days. Shown once there are 5 days of each."
            ),
            helped_box,
        )
        helped_hint.setWordWrap(True)
        helped_layout.addWidget(helped_hint)
        helped_layout.addWidget(self.helped_table)
        self.association_note = QLabel(self.tr(ASSOCIATION_NOTE), helped_box)
        self.association_note.setWordWrap(True)
        self.association_note.setStyleSheet("font-style: italic;")
        helped_layout.addWidget(self.association_note)
        self.psfs_label = QLabel(helped_box)
        self.psfs_label.setWordWrap(True)
        self.psfs_label.setAccessibleDescription(self.tr("PSFS change"))  # named by its text
        psfs_title = QLabel(self.tr("<b>Activities you chose (PSFS)</b>"), helped_box)
        helped_layout.addWidget(psfs_title)
        helped_layout.addWidget(self.psfs_label)

        side = QWidget(self)
        self.side_panel = side
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        # The panel is never squeezed below its contents: it scrolls instead.
        side_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        side_layout.addWidget(adherence_box)
        side_layout.addWidget(helped_box)
        side_layout.addStretch(1)
        side_scroll = QScrollArea(self)
        side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop: its fields are
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setWidget(side)
        side_scroll.setMinimumWidth(340)
        side_scroll.setAccessibleName(self.tr("Adherence and what helped"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.chart_box)
        splitter.addWidget(side_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([880, 380])

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(bar)
        content_layout.addWidget(self.message)
        content_layout.addWidget(splitter, 1)
        self.content = content

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

        ServiceEvents.of(services).changed.connect(self._data_changed)
        self.preset_buttons[self._preset].setChecked(True)
        self.set_patient(None)

    # --- building ----------------------------------------------------------------------

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        return edit

    def _table(self, model: Any, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(name)
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        model.modelReset.connect(lambda: self._fit_table(table))
        return table

    @staticmethod
    def _fit_table(table: QTableView) -> None:
        # Show every row without an inner scroll bar; the side panel scrolls instead.
        rows = table.model().rowCount()
        height = table.horizontalHeader().height() + 2 * table.frameWidth() + 4
        height += sum(table.rowHeight(r) for r in range(rows)) if rows else 24
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().height()
        table.setFixedHeight(height)

    # --- the window's interface ------------------------------------------------------------

    def set_patient(self, patient_id: int | None) -> None:
        self.patient_id = patient_id
        self.result = None
        self._forget_history()
        if patient_id is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self._tz = ZoneInfo(self.services.patient(patient_id).timezone)
        self.stack.setCurrentWidget(self.content)
        self._apply_preset_dates()
        self.refresh()

    def refresh(self) -> None:
        """Computes the chart again now if the section is visible, else when it is shown."""
        if self.patient_id is None:
            return
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self._request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty or (self.patient_id is not None and self.result is None and not self.runner.busy):
            self.refresh()
        self._render_timer.start()

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # The system (or the app's own setting) switched between light and dark: draw
        # the chart again in the matching colours.
        super().changeEvent(event)
        if (
            event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
            and self.figure is not None
            and is_dark() != self._dark
        ):
            self.refresh()

    def shutdown(self) -> None:
        """Waits for background work, so nothing reads the database after it closes."""
        self._render_timer.stop()
        self.renders.shutdown()
        self.range_renders.shutdown()
        self.runner.wait()
        self.export_runner.wait()

    # --- ranges -------------------------------------------------------------------------

    @property
    def preset(self) -> Preset:
        return self._preset

    def today(self) -> date:
        return self.services.now().astimezone(self._tz).date()

    def set_preset(self, preset: Preset) -> None:
        self._preset = preset
        if preset in self.preset_buttons:
            self.preset_buttons[preset].setChecked(True)
        else:
            self._uncheck_presets()
        self._apply_preset_dates()
        if not self._show_drawn_ahead(preset):
            self.refresh()

    def set_custom_range(self, start: date, end: date) -> None:
        self._set_dates(start, end)
        self._debounce.stop()
        self._custom_range_changed()

    def current_range(self) -> tuple[date | None, date | None]:
        if self._preset == Preset.CUSTOM:
            return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        return preset_range(self._preset, self.today())

    def _uncheck_presets(self) -> None:
        self.range_group.setExclusive(False)
        for button in self.preset_buttons.values():
            button.setChecked(False)
        self.range_group.setExclusive(True)

    def _apply_preset_dates(self) -> None:
        if self.patient_id is None or self._preset == Preset.CUSTOM:
            return
        start, end = preset_range(self._preset, self.today())
        if start is not None and end is not None:
            self._set_dates(start, end)

    def _set_dates(self, start: date, end: date) -> None:
        for edit, value in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)

    def _custom_range_changed(self) -> None:
        start, end = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        if end < start:
            self._say(self.tr("The last day shown is before the first; change one of them."))
            return
        self._preset = Preset.CUSTOM
        self._uncheck_presets()
        self.refresh()

    # --- background work ------------------------------------------------------------------

    def _request(self) -> None:
        assert self.patient_id is not None
        self._say("")
        services, patient_id = self.services, self.patient_id
        start, end = self.current_range()
        doc = history = None
        if self._kept is not None and self._kept[0] == patient_id:
            _, doc, history = self._kept

        def work(_report: Report) -> ProgressResult:
            return compute(services, patient_id, start, end, doc, history)

        self._requested_generation = self._generation
        self._stop_drawing_range()
        self.runner.submit(work)

    def _forget_history(self) -> None:
        """The kept history is out of date: the next request reads it again."""
        self._kept = None
        self._generation += 1
        self._drop_renders()
        self._range_results = None

    def _set_busy(self, _busy: bool = True) -> None:
        busy = self.runner.busy or self.export_runner.busy or self._awaited is not None
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.export_button.setEnabled(not self.export_runner.busy)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_error(self, message: str) -> None:
        self._say(self.tr("The chart could not be built: {0}").format(message))

    def _show_result(self, result: object) -> None:
        assert isinstance(result, ProgressResult)
        # The runner hands over only the newest job's result; keep what it read unless
        # the data changed after it was asked for.
        if (
            result.doc is not None
            and result.history is not None
            and self.patient_id is not None
            and self._requested_generation == self._generation
        ):
            self._kept = (self.patient_id, result.doc, result.history)
        if not self._draw_range_ahead(result):
            self._show_here(result)

    def _show_here(self, result: ProgressResult) -> None:
        """Shows ``result``, its chart drawn on this thread (the first one, a new theme)."""
        summary = self._show_panels(result)
        self._draw(result.data, result.history)
        assert self.canvas is not None
        self.canvas.setAccessibleDescription(summary)
        self.chart_updated.emit()
        self._render_timer.start()

    def _show_panels(self, result: ProgressResult) -> str:
        """Shows everything of ``result`` but the chart, and sizes the chart's box.

        Returns the chart's summary, which is also its accessible description.
        """
        summary = self._show_summary(result)
        self._show_side(result)
        return summary

    def _show_summary(self, result: ProgressResult) -> str:
        """Takes ``result`` as the one shown: its dates and summary; sizes the chart's box."""
        self.result = result
        data = result.data
        if self._preset == Preset.ALL:
            self._set_dates(data.start, data.end)
        summary = result.summary or chart_summary(data)
        self._set_summary(summary)
        return summary

    def _show_side(self, result: ProgressResult) -> None:
        """Fills the side panel (adherence, what helped, PSFS) from ``result``."""
        self.adherence_model.set_rows(result.adherence)
        self.helped_model.set_rows(result.helped.rows)
        self.association_note.setText(self.tr(result.helped.note))
        self.psfs_label.setText(psfs_sentence(result.psfs))
        # Lay the panel out now, so no frame shows the grown tables under the old notes.
        for box in self.side_panel.findChildren(QGroupBox):
            box_layout = box.layout()
            if box_layout is not None:
                box_layout.activate()
        side_layout = self.side_panel.layout()
        if side_layout is not None:
            side_layout.activate()

    def _set_summary(self, text: str) -> None:
        """Shows the summary under the chart, before the chart is drawn.

        The summary takes as many lines as the range needs; the space for it only
        grows, so the chart keeps its size from one range to the next (a chart that
        changes size is laid out and drawn again), and the chart box is laid out now,
        so the canvas has its size before it draws.
        """
        self.summary.setText(text)
        self._fit_summary([text])

    def _fit_summary(self, texts: list[str]) -> None:
        """Makes room under the chart for the tallest of ``texts``, and lays the box out.

        At the width of the last fit the room only grows (see ``_set_summary``). At a
        new width (the window resized) it is measured afresh for every summary known,
        so a box made tall while the window was narrow shrinks again when it widens.
        """
        width = self.summary.width()
        if width > 0:
            shown = self.summary.text()
            refit = width != self._summary_width
            if refit:
                texts = [*texts, shown, *self.preset_summaries()]
                self.summary.setMinimumHeight(0)  # a label measures no less than its minimum
            needed = []
            for text in dict.fromkeys(texts):
                if text != self.summary.text():
                    self.summary.setText(text)
                needed.append(self.summary.heightForWidth(width))
            if self.summary.text() != shown:
                self.summary.setText(shown)
            if refit or max(needed) > self.summary.minimumHeight():
                self.summary.setMinimumHeight(max(needed))
            self._summary_width = width
        self.chart_layout.activate()

    # --- the chart --------------------------------------------------------------------

    def _draw(self, data: ProgressData, history: ProgressData | None = None) -> None:
        """Shows ``data`` in the chart, with the rows of the whole ``history``.

        Keeping the history's rows whatever the range (a medicine whose course ended
        keeps its empty row) makes a switch of range an update of the figure in place
        instead of building it again.
        """
        from backplan.reports import charts

        rows = charts.timeline_rows(history) if history is not None else None
        dark, compact = is_dark(), self.compact_now()
        if self.figure is None or dark != self._dark or compact != self._compact:
            self._dark, self._compact = dark, compact
            self._install(charts.build_progress_figure(data, dark=dark, rows=rows, compact=compact))
        else:
            charts.update_progress_figure(self.figure, data, rows)
        self._wearing = None  # the figure no longer shows a render as drawn
        assert self.canvas is not None
        self.canvas.draw_idle()

    def _install(self, figure: Figure) -> None:
        """Puts a new figure on screen, in a canvas (no matplotlib toolbar: the ranges
        above the chart are the patient's controls; pan, zoom and "edit axes" were not)."""
        from .chart_canvas import ChartCanvas

        if self.canvas is not None:
            self.chart_layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.placeholder.setVisible(False)
        canvas = ChartCanvas(figure)  # type: ignore[no-untyped-call]
        canvas.resized.connect(self._render_timer.start)
        canvas.setParent(self.chart_box)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumSize(480, 360)
        canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        canvas.setAccessibleName(self.tr("Progress chart"))
        self.chart_layout.insertWidget(0, canvas, 1)
        self.figure = figure
        self.canvas = canvas
        self._wearing = None

    def compact_now(self) -> bool:
        """Whether a chart built now takes the compact layout: the canvas is narrow.

        The chart's box is the canvas's width (the first chart is built before there
        is a canvas); logical pixels, as the chart's type is sized in points.
        """
        return self.chart_box.width() < COMPACT_BELOW

    def _settled(self) -> None:
        """The window settled (a resize, a switch, the section shown): fit the chart to it."""
        self._follow_width()
        self._draw_ahead()

    def _follow_width(self) -> None:
        """Draws the chart on screen again if the canvas's width now wants the other layout.

        Off the GUI thread as a range's chart is, and handed to the canvas when done; a
        range still being computed or drawn takes the layout for the width when it lands.
        """
        result = self.result
        if (
            self.figure is None
            or result is None
            or self.compact_now() == self._compact
            or self.runner.busy
            or self._awaited is not None
        ):
            return
        if not self._draw_range_ahead(result):
            self._show_here(result)

    # --- charts drawn ahead ------------------------------------------------------------

    def preset_summaries(self) -> list[str]:
        """The presets' summaries once worked out (the summary's room fits the tallest)."""
        if self._range_results is None:
            return []
        return [r.summary for r in self._range_results.results.values()]

    def drawn_ahead(self, preset: Preset) -> Render | None:
        """``preset``'s chart if it is drawn ahead and right for the canvas now."""
        render = self._renders.get(preset)
        return render if render is not None and render.key == self._render_key_now() else None

    def _render_key_now(self) -> RenderKey | None:
        """What a chart drawn ahead must match to be shown now; None: none can be."""
        if (
            not self.draw_ahead
            or self.patient_id is None
            or self._kept is None
            or self._kept[0] != self.patient_id
            or self.canvas is None
            or not self.isVisible()
        ):
            return None
        width, height = self.canvas.device_size()
        if width <= 0 or height <= 0:
            return None
        return RenderKey(
            self.patient_id,
            self._generation,
            self.today(),
            is_dark(),
            self.compact_now(),
            width,
            height,
            self.canvas.device_pixel_ratio,
        )

    def _draw_ahead(self) -> None:
        """Draws, off the GUI thread, each preset's chart that is not ready for the canvas.

        First the figures of every preset (one job), so the summary's room is fixed
        before any chart is drawn at the canvas's size; then one job per chart, the
        presets other than the one on screen first.
        """
        key = self._render_key_now()
        if key is None:
            return
        assert self._kept is not None
        data_key = (key.patient_id, key.generation, key.today)
        if self._range_results is None or self._range_results.data_key != data_key:
            if not self._computing_ranges:
                self._drop_renders()  # drawn from older figures
                self._computing_ranges = True
                self.renders.submit(self._range_work(data_key, self._kept[1], self._kept[2]))
            return
        # Room for the tallest summary at the width now (the canvas may shrink for it).
        self._fit_summary(self.preset_summaries())
        key = self._render_key_now()
        if key is None:
            return
        if key != self._render_key:
            self._drop_renders()
            self._render_key = key
        worn = self._wearing.tag if self._wearing is not None and self._pristine(self._wearing) else None
        wanted = [p for p in DRAWN_AHEAD if p not in self._renders and p not in self._rendering and p != worn]
        wanted.sort(key=lambda p: p == self._preset)
        for preset in wanted:
            self._rendering.add(preset)
            result = self._range_results.results[preset]
            self.renders.submit(self._render_work(preset, key, result, self._range_results.rows))
        self._say_if_all_drawn()

    def _range_work(self, data_key: tuple[int, int, date], doc: PlanDocument, history: ProgressData) -> Any:
        services, patient_id, today = self.services, self.patient_id, data_key[2]
        assert patient_id is not None

        def work(cancelled: threading.Event) -> _RangeResults | RenderFailed | None:
            from backplan.reports.charts import timeline_rows

            results: dict[Preset, ProgressResult] = {}
            try:
                for preset in DRAWN_AHEAD:
                    if cancelled.is_set():
                        return None
                    start, end = preset_range(preset, today)
                    results[preset] = compute(services, patient_id, start, end, doc, history)
                return _RangeResults(data_key, results, timeline_rows(history))
            except Exception as exc:
                log.exception("computing the presets' figures failed")
                return RenderFailed(_RangeResults, str(exc) or type(exc).__name__)

        return work

    @staticmethod
    def _render_work(
        tag: object, key: RenderKey, result: ProgressResult, rows: tuple[Any, ...] | None
    ) -> Any:
        """A job drawing ``result``'s chart for the canvas; the rows default to the history's."""

        def work(cancelled: threading.Event) -> Render | RenderFailed | None:
            from backplan.reports.charts import build_progress_figure, timeline_rows

            from .chart_canvas import axes_limits, draw_offscreen

            try:
                shown_rows = rows
                if shown_rows is None and result.history is not None:
                    shown_rows = timeline_rows(result.history)
                figure = build_progress_figure(
                    result.data, dark=key.dark, rows=shown_rows, compact=key.compact
                )
                if cancelled.is_set():
                    return None
                image = draw_offscreen(figure, key.width, key.height, key.pixel_ratio)
            except Exception as exc:
                log.exception("drawing the chart off the GUI thread failed")
                return RenderFailed(tag, str(exc) or type(exc).__name__)
            return Render(tag, key, result, figure, image, axes_limits(figure))

        return work

    def _drawn_ahead(self, done: object) -> None:
        """A job of the current batch ended (on the GUI thread)."""
        if isinstance(done, RenderFailed) and done.tag is _RangeResults:
            self._computing_ranges = False  # tried again when the window settles
            return
        if isinstance(done, _RangeResults):
            self._computing_ranges = False
            if self._kept is not None and (self._kept[0], self._generation) == done.data_key[:2]:
                self._range_results = done
                self._draw_ahead()
            return
        assert isinstance(done, Render | RenderFailed)
        preset = done.tag
        assert isinstance(preset, Preset)
        self._rendering.discard(preset)  # a failed one is tried again when the window settles
        if isinstance(done, RenderFailed) or done.key != self._render_key:
            return
        self._renders[preset] = done
        # Clicked while it was being drawn: show it now rather than wait for the ordinary way.
        if (self.runner.busy or self._awaited is not None) and self._preset == preset:
            self._show_drawn_ahead(preset)
        self._say_if_all_drawn()

    def charts_ready(self) -> bool:
        """Whether a click on any preset now shows a chart drawn ahead (or the one on screen)."""
        key = self._render_key_now()
        if key is None or key != self._render_key:
            return False
        worn = self._wearing.tag if self._wearing is not None and self._pristine(self._wearing) else None
        return all(p in self._renders or p == worn for p in DRAWN_AHEAD)

    def _say_if_all_drawn(self) -> None:
        if not self._rendering and not self._computing_ranges and self.charts_ready():
            self.renders_ready.emit()

    def _show_drawn_ahead(self, preset: Preset) -> bool:
        """Shows ``preset``'s chart drawn ahead, if it is ready and right for the canvas now."""
        render = self.drawn_ahead(preset)
        if render is None:
            return False
        del self._renders[preset]
        self.runner.cancel()  # a slower request must not land after this
        self._stop_drawing_range()
        self._dirty = False
        self._wear(render)
        return True

    def _wear(self, render: Render) -> None:
        """Puts ``render`` (drawn for the canvas as it is now) on screen, then its panels.

        The chart is painted at once; the side panel's tables are filled on the next
        turn of the event loop, so the window is never held for both at a time (a
        person looks at the chart first). ``chart_updated`` says when all is shown.
        """
        summary = self._show_summary(render.result)
        assert self.canvas is not None
        before = self._wearing
        previous = self.canvas.take_figure(render.figure, render.image)
        self.figure = render.figure
        self._dark, self._compact = render.key.dark, render.key.compact
        self._wearing = render if isinstance(render.tag, Preset) else None
        # The chart it replaces is kept for the next click if it is still as drawn.
        if before is not None and before.figure is previous and self._pristine(before):
            assert isinstance(before.tag, Preset)
            self._renders[before.tag] = before
        self.canvas.setAccessibleDescription(summary)
        self.canvas.repaint()
        QTimer.singleShot(0, self, lambda result=render.result: self._show_side_later(result))
        self._render_timer.start()

    def _show_side_later(self, result: ProgressResult) -> None:
        if self.result is result:  # not overtaken by another range meanwhile
            self._show_side(result)
            self.chart_updated.emit()

    def _draw_range_ahead(self, result: ProgressResult) -> bool:
        """Draws ``result``'s chart off the thread, to show it with its panels when done.

        The ordinary way's figures come back from the worker; drawing them here would
        hold the window for a few hundred milliseconds. Not for the first chart (no
        canvas yet) or a change of theme, which build the canvas here.
        """
        key = self._render_key_now()
        if key is None or self.figure is None or key.dark != self._dark:
            return False
        tag = (result.data.start, result.data.end, key.generation)
        self._awaited = tag
        self.range_renders.cancel()
        self.range_renders.submit(self._render_work(tag, key, result, None))
        self._set_busy()
        return True

    def _drawn_for_range(self, done: object) -> None:
        assert isinstance(done, Render | RenderFailed)
        if done.tag != self._awaited:
            return  # overtaken by another range, a preset, or new data
        self._stop_drawing_range()
        if isinstance(done, RenderFailed):
            self._show_error(done.message)
        elif done.key == self._render_key_now():
            self._wear(done)
        elif not self._draw_range_ahead(done.result):  # the canvas changed meanwhile (a resize)
            self._show_here(done.result)

    def _stop_drawing_range(self) -> None:
        if self._awaited is not None:
            self._awaited = None
            self.range_renders.cancel()
            self._set_busy()

    def _pristine(self, render: Render) -> bool:
        """Whether ``render``'s figure still shows what was drawn, right for the canvas now."""
        from .chart_canvas import axes_limits

        return render.key == self._render_key_now() and axes_limits(render.figure) == render.limits

    def _drop_renders(self) -> None:
        """Forgets every chart drawn ahead (and stops drawing them): they are out of date."""
        self.renders.cancel()
        self._renders.clear()
        self._rendering.clear()
        self._computing_ranges = False
        self._render_key = None

    # --- export -----------------------------------------------------------------------------

    def default_export_name(self) -> str:
        start, end = self.current_range()
        if self.result is not None:
            start, end = self.result.data.start, self.result.data.end
        span = f"-{start.isoformat()}-to-{end.isoformat()}" if start and end else ""
        return f"backplan-progress{span}.pdf"

    def choose_export_file(self) -> None:
        if self.patient_id is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export chart"),
            self.default_export_name(),
            self.tr("PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg)"),
        )
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() not in (".pdf", ".png", ".svg"):
            suffix = ".png" if "png" in chosen else ".svg" if "svg" in chosen else ".pdf"
            out = out.with_name(out.name + suffix)
        self.export_chart(out)

    def export_chart(self, out: Path) -> None:
        """Writes the chart for the range on screen to ``out`` (.pdf, .png or .svg)."""
        if self.patient_id is None:
            return
        services, patient_id = self.services, self.patient_id
        start, end = self.current_range()
        if self.result is not None:
            start, end = self.result.data.start, self.result.data.end

        def work(_report: Report) -> str:
            from backplan.reports.charts import write_chart

            doc = services.document(patient_id)
            write_chart(doc, out, start, end, now=services.now())
            return str(out)

        self.export_runner.submit(work)

    def _exported(self, path: object) -> None:
        self._say("")
        self.exported.emit(str(path))

    def _export_failed(self, message: str) -> None:
        self._say(self.tr("The chart could not be exported: {0}").format(message))
        self.export_failed.emit(message)

    # --- data changes ---------------------------------------------------------------------

    def _data_changed(self, what: str) -> None:
        self._forget_history()
        if self.patient_id is None:
            return
        if what in ("patients", "all"):
            try:
                self.services.patient(self.patient_id)
            except LookupError:
                self.set_patient(None)
                return
        if what in ("log", "events", "plan", "all"):
            self.refresh()

    # --- the window's protocol (Section) ---------------------------------------------

    def section_offers(self) -> Offers:
        """What the main window may ask of this section (common/section.py).

        Nothing here edits data: no undo.
        """
        return Offers(refresh=self.refresh, shutdown=self.shutdown)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


__all__ = ["Preset", "ProgressResult", "ProgressView", "compute", "day_text", "is_dark", "preset_range"]
