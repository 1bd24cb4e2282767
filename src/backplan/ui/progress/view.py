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

The section's parts live in modules named for them: ``ranges`` (the presets and the
bar above the chart), ``chart_area`` (the canvas and the summary under it),
``panels`` (adherence, what helped, PSFS), ``results`` (what a job computes),
``chart_renders`` (the charts drawn off the thread), ``export``; this module ties
them together and keeps the state of what is shown. All background work goes
through the window's one job helper, ``common.jobs.JobRunner``.
"""

from __future__ import annotations

import logging
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from backplan.domain.model import PlanDocument
from backplan.reports.progress import ProgressData
from backplan.services.backplan_service import Backplan

from ..common.events import ServiceEvents
from ..common.jobs import Job, JobRunner
from ..common.section import Offers
from ..common.theme import error_color
from ..common.widgets import empty_state
from .chart_area import COMPACT_BELOW, ChartArea, is_dark
from .chart_renders import Render, RenderFailed, RenderKey, render_work
from .drawn_ahead import DrawnAhead
from .export import ask_export_path, export_name, export_work
from .panels import SidePanel
from .ranges import DRAWN_AHEAD, PRESET_DAYS, Preset, RangeBar, preset_range
from .results import ProgressResult, compute
from .summary import chart_summary, day_text

if TYPE_CHECKING:
    from matplotlib.figure import Figure


log = logging.getLogger(__name__)


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
        self.draw_ahead = draw_ahead
        self._start_jobs()
        self._build()
        ServiceEvents.of(services).changed.connect(self._data_changed)
        self.preset_buttons[self._preset].setChecked(True)
        self.set_patient(None)

    # --- building ----------------------------------------------------------------------

    def _start_jobs(self) -> None:
        """The section's background jobs and the state of the charts drawn ahead."""
        self.runner = JobRunner(self)  # a range's figures: the newest request wins
        self.runner.finished.connect(self._show_result)
        self.runner.failed.connect(self._show_error)
        self.runner.busy_changed.connect(self._set_busy)
        self.export_runner = JobRunner(self)
        self.export_runner.finished.connect(self._exported)
        self.export_runner.failed.connect(self._export_failed)
        self.export_runner.busy_changed.connect(self._set_busy)
        # The chart of a range asked for the ordinary way is drawn off the thread as well.
        self.range_renders = JobRunner(self)
        self.range_renders.finished.connect(self._drawn_for_range)
        self._awaited: object = None  # the tag of the range's chart being drawn for the canvas
        # Drawing ahead waits until the window settles (a resize, a switch) for a moment.
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(400)
        self._render_timer.timeout.connect(self._settled)

    def _build(self) -> None:
        """The empty state, and the bar, chart and side panel of a patient's progress."""
        self.empty = empty_state(
            self.tr(
                "<h2>No plan yet</h2><p>Progress charts show your pain and what you did over "
                "time. Import the plan file from your physiotherapist or try the demo (File "
                "menu), log your pain for a few days, and the chart appears here.</p>"
            ),
            self.tr("No patient: import or start a plan to see progress"),
            self,
        )

        self.bar = RangeBar(self, self.set_preset, self._custom_range_changed, self.choose_export_file)
        self.range_group, self.preset_buttons = self.bar.group, self.bar.preset_buttons
        self.from_edit, self.to_edit = self.bar.from_edit, self.bar.to_edit
        self.busy, self.busy_label = self.bar.busy, self.bar.busy_label
        self.export_button = self.bar.export_button
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {error_color().name()};")
        self.message.setVisible(False)

        self.chart_area = ChartArea(self, self.preset_summaries)
        # The presets' charts drawn ahead (see the module's docstring).
        self.ahead = DrawnAhead(self, self.services, self.chart_area.fit_summary, self)
        self.ahead.arrived.connect(self._arrived_ahead)
        self.ahead.ready.connect(self.renders_ready)
        self.renders = self.ahead.jobs
        self.chart_box, self.summary = self.chart_area.box, self.chart_area.summary
        self.side = SidePanel(self)
        self.adherence_model, self.helped_model = self.side.adherence_model, self.side.helped_model
        self.adherence_table, self.helped_table = self.side.adherence_table, self.side.helped_table
        self.association_note, self.psfs_label = self.side.association_note, self.side.psfs_label
        self.side_panel = self.side.widget

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.chart_box)
        splitter.addWidget(self.side.scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([880, 380])

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(self.bar.layout)
        content_layout.addWidget(self.message)
        content_layout.addWidget(splitter, 1)
        self.content = content

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

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
            and is_dark() != self.chart_area.dark
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
        self.bar.check(preset)
        self._apply_preset_dates()
        if not self._show_drawn_ahead(preset):
            self.refresh()

    def set_custom_range(self, start: date, end: date) -> None:
        self.bar.set_dates(start, end)
        self.bar.debounce.stop()
        self._custom_range_changed()

    def current_range(self) -> tuple[date | None, date | None]:
        if self._preset == Preset.CUSTOM:
            return self.bar.dates()
        return preset_range(self._preset, self.today())

    def _apply_preset_dates(self) -> None:
        if self.patient_id is None or self._preset == Preset.CUSTOM:
            return
        start, end = preset_range(self._preset, self.today())
        if start is not None and end is not None:
            self.bar.set_dates(start, end)

    def _custom_range_changed(self) -> None:
        start, end = self.bar.dates()
        if end < start:
            self._say(self.tr("The last day shown is before the first; change one of them."))
            return
        self._preset = Preset.CUSTOM
        self.bar.check(Preset.CUSTOM)
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

        def work(_job: Job) -> ProgressResult:
            return compute(services, patient_id, start, end, doc, history)

        self._requested_generation = self._generation
        self._stop_drawing_range()
        self.runner.submit(work)

    def _forget_history(self) -> None:
        """The kept history is out of date: the next request reads it again."""
        self._kept = None
        self._generation += 1
        self.ahead.forget_data()

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
        if self.figure is None and self.draw_ahead:
            # The first chart: a blank canvas now, the chart drawn for it off the thread.
            summary = self._show_summary(result)  # the canvas's size leaves the summary its room
            self.chart_area.open_blank(self._render_timer.start)
            self.canvas.setAccessibleDescription(summary)  # read out while the chart is drawn
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
            self.bar.set_dates(data.start, data.end)
        summary = result.summary or chart_summary(data)
        self.chart_area.set_summary(summary)
        return summary

    def _show_side(self, result: ProgressResult) -> None:
        """Fills the side panel (adherence, what helped, PSFS) from ``result``."""
        self.side.show(result)

    # --- the chart --------------------------------------------------------------------

    @property
    def figure(self) -> Figure | None:
        """The figure on screen (None before the first chart)."""
        return self.chart_area.figure

    @property
    def canvas(self) -> Any:
        """The chart's canvas (None before the first chart)."""
        return self.chart_area.canvas

    def _draw(self, data: ProgressData, history: ProgressData | None = None) -> None:
        """Shows ``data`` in the chart on this thread, with the rows of the whole ``history``."""
        self.chart_area.draw(data, history, self._render_timer.start)
        self.ahead.wearing = None  # the figure no longer shows a render as drawn

    def compact_now(self) -> bool:
        """Whether a chart built now takes the compact layout: the canvas is narrow."""
        return self.chart_area.compact_now()

    def _settled(self) -> None:
        """The window settled (a resize, a switch, the section shown): fit the chart to it."""
        self._follow_width()
        self.ahead.start()

    def _follow_width(self) -> None:
        """Draws the chart on screen again if the canvas's width now wants the other layout.

        Off the GUI thread as a range's chart is, and handed to the canvas when done; a
        range still being computed or drawn takes the layout for the width when it lands.
        """
        result = self.result
        if (
            self.figure is None
            or result is None
            or self.compact_now() == self.chart_area.compact
            or self.runner.busy
            or self._awaited is not None
        ):
            return
        if not self._draw_range_ahead(result):
            self._show_here(result)

    # --- charts drawn ahead ------------------------------------------------------------

    def preset_summaries(self) -> list[str]:
        """The presets' summaries once worked out (the summary's room fits the tallest)."""
        return self.ahead.summaries()

    def drawn_ahead(self, preset: Preset) -> Render | None:
        """``preset``'s chart if it is drawn ahead and right for the canvas now."""
        return self.ahead.get(preset)

    def charts_ready(self) -> bool:
        """Whether a click on any preset now shows a chart drawn ahead (or the one on screen)."""
        return self.ahead.all_ready()

    def history_now(self) -> tuple[int, int, PlanDocument, ProgressData] | None:
        """The history read and still current: (patient, generation, document, figures)."""
        if self._kept is None:
            return None
        patient_id, doc, history = self._kept
        return patient_id, self._generation, doc, history

    def render_key_now(self) -> RenderKey | None:
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

    def _arrived_ahead(self, preset: Preset) -> None:
        # Clicked while it was being drawn: show it now rather than wait for the ordinary way.
        if (self.runner.busy or self._awaited is not None) and self._preset == preset:
            self._show_drawn_ahead(preset)

    def _show_drawn_ahead(self, preset: Preset) -> bool:
        """Shows ``preset``'s chart drawn ahead, if it is ready and right for the canvas now."""
        render = self.ahead.take(preset)
        if render is None:
            return False
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
        previous = self.chart_area.take(render)
        self.ahead.wear(render, previous)  # the chart it replaces is kept if still as drawn
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
        hold the window for a few hundred milliseconds. The first chart gets a blank
        canvas first (see ``ChartArea.open_blank``); a change of theme builds the
        canvas here.
        """
        key = self.render_key_now()
        if key is None or self.figure is None or key.dark != self.chart_area.dark:
            return False
        tag = (result.data.start, result.data.end, key.generation)
        self._awaited = tag
        self.range_renders.submit(render_work(tag, key, result, None))
        self._set_busy()
        return True

    def _drawn_for_range(self, done: object) -> None:
        assert isinstance(done, Render | RenderFailed)
        if done.tag != self._awaited:
            return  # overtaken by another range, a preset, or new data
        self._stop_drawing_range()
        if isinstance(done, RenderFailed):
            self._show_error(done.message)
        elif done.key == self.render_key_now():
            self._wear(done)
        elif not self._draw_range_ahead(done.result):  # the canvas changed meanwhile (a resize)
            self._show_here(done.result)

    def _stop_drawing_range(self) -> None:
        if self._awaited is not None:
            self._awaited = None
            self.range_renders.cancel()
            self._set_busy()

    # --- export -----------------------------------------------------------------------------

    def default_export_name(self) -> str:
        return export_name(*self._shown_range())

    def _shown_range(self) -> tuple[date | None, date | None]:
        """The days of the chart on screen (else of the range chosen)."""
        if self.result is not None:
            return self.result.data.start, self.result.data.end
        return self.current_range()

    def choose_export_file(self) -> None:
        if self.patient_id is None:
            return
        out = ask_export_path(self, self.default_export_name())
        if out is not None:
            self.export_chart(out)

    def export_chart(self, out: Path) -> None:
        """Writes the chart for the range on screen to ``out`` (.pdf, .png or .svg)."""
        if self.patient_id is None:
            return
        self.export_runner.submit(export_work(self.services, self.patient_id, out, *self._shown_range()))

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


__all__ = [
    "COMPACT_BELOW",
    "DRAWN_AHEAD",
    "PRESET_DAYS",
    "Preset",
    "ProgressResult",
    "ProgressView",
    "compute",
    "day_text",
    "is_dark",
    "preset_range",
]
