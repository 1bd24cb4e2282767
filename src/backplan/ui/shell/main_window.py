"""The main window: navigation, sections, menus, the patient switcher and reminders.

Everything it shows comes from the ``Backplan`` services it is handed (no globals):
``app.py`` builds the services, the settings and the clock and passes them in, so a
test builds the same window over a temporary folder and a fixed clock.

The window listens to the services (``ServiceEvents``) and refreshes when data
changes, and also whenever it is activated, because the command line may have
written to the same folder meanwhile.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSaveFile, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QSystemTrayIcon,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from backplan import APP_NAME
from backplan.domain.clock import Clock
from backplan.domain.codec import document_to_json
from backplan.domain.model import Patient
from backplan.safety.findings import format_date
from backplan.safety.red_flags import RED_FLAG_SOURCE
from backplan.schedule.occurrence import Occurrence
from backplan.schedule.status import OccurrenceState, occurrence_states
from backplan.schedule.wallclock import zone
from backplan.services.backplan_service import Backplan
from backplan.services.errors import ServiceError

from ..common.announce import ConfirmationLine
from ..common.choice_button import ChoiceButton
from ..common.connection import ConnectionBanner, ConnectionMonitor, handled, refusing
from ..common.events import ServiceEvents
from ..common.screen_fit import CurrentPageStack, ScreenBound, fit_to_screen
from ..common.system_zone import system_timezone
from ..common.undo_guard import RevisionWatch
from ..common.widgets import heading, muted, relative_font, text_label
from ..today.actions import RecordActions
from ..today.reminders import FIRST_TICK_AFTER_START_MS, Notice, Reminders
from ..today.view import TodayView
from .banner import ReminderBanner
from .settings import SECTIONS, Settings

if TYPE_CHECKING:
    from ..common.dialogs import AboutDialog
    from ..common.first_run import FirstRunView
    from ..plan.view import PlanView
    from .desktop_notifications import DesktopNotifications
    from .preferences import PreferencesDialog
    from .reminder_notifications import ReminderNotifications
    from .user_guide import UserGuideDialog

# The first-run page, the Plan section, the About box and the exercise library are
# imported where they are first needed: a start on Today uses none of them, and
# importing them costs it some 20 ms (mostly Qt making their Python types).

log = logging.getLogger(__name__)
# Activations closer together than this read the data only once.
ACTIVATION_READ_PAUSE_S = 2.0
# After the start, when the chart library starts loading in the background: later than
# the first paint and the first reminder check, so the start itself is not slowed.
CHART_WARM_UP_MS = 1500

# Section key, button text (with its mnemonic), the module and class of a view that
# another part of the app provides (None: built here).
SECTION_SPECS: tuple[tuple[str, str, str | None], ...] = (
    ("today", "&Today", None),
    ("plan", "&Plan", None),
    ("log", "&Log", "backplan.ui.log.view.LogView"),
    ("progress", "P&rogress", "backplan.ui.progress.view.ProgressView"),
    ("print", "Pr&int", "backplan.ui.print.view.PrintView"),
)
PRINT_METHODS = ("print_document", "print_", "request_print", "show_print_dialog")


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def app_icon() -> QIcon:
    from backplan.resources_path import resources_dir

    try:
        return QIcon(str(resources_dir() / "icons" / "backplan.svg"))
    except FileNotFoundError:  # pragma: no cover - a broken install
        return QIcon()


class Placeholder(QWidget):
    """Stands in for a section whose module is not there yet (or failed to load)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(heading(title, 1))
        layout.addWidget(muted(text_label(text)))
        layout.addStretch(1)

    def set_patient(self, patient_id: int | None) -> None:
        pass


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Backplan,
        settings: Settings,
        clock: Clock,
        *,
        demo: bool = False,
        system_zone: str | None = None,
        tray_available: bool | None = None,
        demo_launcher: Callable[[], bool] | None = None,
        start_reminders: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.clock = clock
        self.demo = demo
        self.system_zone = system_zone or system_timezone()
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray_available = tray_available
        self.patient_id: int | None = None
        self._refresh_pending = False
        self._last_activation_refresh: float | None = None  # time.monotonic()
        self._quitting = False
        self.notifications: DesktopNotifications | None = None
        self.notifier: ReminderNotifications | None = None

        self.setWindowTitle(tr("backplan (demo)") if demo else APP_NAME)
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")

        self.undo_stack = QUndoStack(self)
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        # Clears the history when another workstation's plan change is read (undo_guard).
        self.revisions = RevisionWatch.of(self.undo_stack, services)
        self.revisions.cleared.connect(self._say_cleared)
        self.reminders = Reminders(services, clock, self.grace, self)
        # Its writes meet a lost server as "Not saved: ..." in its own messages (connection.py).
        self.recorder = RecordActions(refusing(services), clock, self.undo_stack, self.reminders, self)
        # Confirmations stay readable in a label (not a passing status message) and are
        # announced to screen readers.
        self.confirmation = ConfirmationLine(self)
        self.recorder.message.connect(self.confirmation.say)
        self.reminders.notice.connect(self.show_notice)

        # --- pages: first run, or the sections -------------------------------------
        self.pages = QStackedWidget(self)
        # The first-run page is built when there is no patient to show (see first_run);
        # until then an empty page stands in its place, before the sections.
        self._demo_launcher = demo_launcher
        self._first_run: FirstRunView | None = None
        self._first_run_slot = QWidget(self.pages)
        self.pages.addWidget(self._first_run_slot)

        self.main_page = QWidget(self)
        main_layout = QHBoxLayout(self.main_page)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.setSpacing(0)
        self.nav = QFrame(self.main_page)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(tr("Sections"))
        self.nav.setStyleSheet(
            "QFrame#navigation { background: palette(alternate-base); border-right: 1px solid palette(mid); }"
        )
        nav_layout = QVBoxLayout(self.nav)
        nav_layout.setContentsMargins(8, 12, 8, 12)
        nav_layout.setSpacing(4)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.nav_buttons: dict[str, ChoiceButton] = {}
        self.sections = CurrentPageStack(self.main_page)  # as wide as the section shown
        self.views: dict[str, QWidget] = {}
        self.today_view = TodayView(services, clock, self.recorder, self.grace)
        for index, (key, label, _module) in enumerate(SECTION_SPECS):
            button = ChoiceButton(tr(label), self.nav)  # read as one choice of five, not a check box
            button.setMinimumWidth(130)
            relative_font(button, 1.1, min_lines=2.2)
            button.setAccessibleName(tr(label).replace("&", ""))
            button.setToolTip(
                tr("{section} (Ctrl+{n})").format(section=tr(label).replace("&", ""), n=index + 1)
            )
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _=False, k=key: self.show_section(k))
            self.nav_group.addButton(button, index)
            nav_layout.addWidget(button)
            self.nav_buttons[key] = button
            view: QWidget
            if key == "today":
                view = self.today_view
            else:
                # Replaced by the real view the first time it is shown or used (the Plan
                # section too: a start on Today need not build and read it).
                view = QWidget()
                view.setProperty("pending", key)
            self.views[key] = view
            self.sections.addWidget(view)
        nav_layout.addStretch(1)
        main_layout.addWidget(self.nav)
        main_layout.addWidget(self._section_scroller(), 1)
        self.pages.addWidget(self.main_page)

        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(8, 8, 8, 0)
        central_layout.setSpacing(6)
        # On a server: says when the connection is lost, and tries again (connection.py).
        self.connection = ConnectionMonitor(services.patient_names, clock.now, self)
        self.connection.restored.connect(lambda: self._data_changed("all"))
        self.connection_banner = ConnectionBanner(self.connection, central)
        central_layout.addWidget(self.connection_banner)
        self.banner = ReminderBanner(self.recorder, lambda: self.patient_id, central)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self._build_menus()
        self.zone_label = QLabel(self)
        self.zone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.confirmation, 1)
        self.statusBar().addPermanentWidget(self.zone_label)
        self.tray: QSystemTrayIcon | None = None
        if self.tray_available:
            self._build_tray()

        # Change notices from the services, on the GUI thread whatever thread wrote (events.py).
        self.events = ServiceEvents.of(services)
        self.events.changed.connect(self._data_changed)
        self._restore_geometry()
        # Chooses the patient, which shows the last section (read once) or the first-run page.
        self.reload_patients()
        # Everything shown was just read: the activation that follows the first show
        # need not read it all again (a later one does; see changeEvent).
        self._last_activation_refresh = time.monotonic()
        if start_reminders:
            self.reminders.start(FIRST_TICK_AFTER_START_MS)
        # The chart library loads in the background once the window is up, so the first
        # Progress chart does not wait a second for it (see warm_up).
        QTimer.singleShot(CHART_WARM_UP_MS, self._warm_up_charts)

    def _section_scroller(self) -> QScrollArea:
        """The sections inside a scroll area: a section wider or taller than a small
        screen (the Log's table, Progress at a large text size) scrolls there, instead of
        growing the window past the screen."""
        scroller = QScrollArea(self.main_page)
        scroller.setObjectName("sectionScroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setWidget(self.sections)
        return scroller

    def _warm_up_charts(self) -> None:
        from ..progress.warm_up import warm_up_charts

        warm_up_charts()

    # --- settings-backed helpers ------------------------------------------------------

    def grace(self) -> timedelta:
        return timedelta(minutes=self.settings.grace_minutes)

    def today(self) -> date:
        if self.patient_id is not None:
            return self.services.today(self.patient_id)
        return self.clock.now().astimezone(ZoneInfo(self.system_zone)).date()

    # --- building -------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(tr("Patient"), self)
        self.toolbar.setObjectName("patientToolbar")
        self.toolbar.setMovable(False)
        self.patient_label = QLabel(tr("Patient:"), self.toolbar)
        self.patient_combo = QComboBox(self.toolbar)
        self.patient_combo.setAccessibleName(tr("Patient"))
        # Room for "name · identifier · born date": what tells two Sam Riveras apart.
        self.patient_combo.setMinimumContentsLength(36)
        self.patient_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.patient_label.setBuddy(self.patient_combo)
        self.patient_label.setContentsMargins(8, 0, 6, 0)
        self.toolbar.addWidget(self.patient_label)
        self.toolbar.addWidget(self.patient_combo)
        self.patient_combo.currentIndexChanged.connect(self._patient_chosen)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.hide()

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], Any],
        *shortcuts: QKeySequence | QKeySequence.StandardKey | str,
    ) -> QAction:
        action = QAction(text, self)
        keys = [QKeySequence(s) for s in shortcuts]
        if keys:
            action.setShortcuts(keys)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        self.import_action = self._action(
            file_menu, tr("&Import plan…"), self.import_plan, QKeySequence.StandardKey.Open
        )
        self.export_action = self._action(
            file_menu, tr("&Export plan…"), self.export_plan, "Ctrl+E", QKeySequence.StandardKey.Save
        )
        self.patient_export_action = self._action(
            file_menu, tr("Export plan for &patient…"), lambda: self.plan_view.export_for_patient()
        )
        file_menu.addSeparator()
        self.new_patient_action = self._action(
            file_menu, tr("&New patient…"), lambda: self.plan_view.new_patient(), QKeySequence.StandardKey.New
        )
        self.from_template_action = self._action(
            file_menu, tr("New plan from &template…"), lambda: self.plan_view.new_from_template()
        )
        self.save_template_action = self._action(
            file_menu, tr("Save plan as te&mplate…"), lambda: self.plan_view.save_as_template()
        )
        export_menu = file_menu.addMenu(tr("Export for &other apps"))
        self._action(export_menu, tr("&Calendar (iCalendar)…"), lambda: self.export_other("calendar"))
        self._action(export_menu, tr("Pain &log as a spreadsheet (CSV)…"), lambda: self.export_other("log"))
        self._action(export_menu, tr("&Events as a spreadsheet (CSV)…"), lambda: self.export_other("events"))
        self._action(export_menu, tr("Pain log for E&xcel (CSV)…"), lambda: self.export_other("log-excel"))
        self._action(export_menu, tr("E&vents for Excel (CSV)…"), lambda: self.export_other("events-excel"))
        self._action(export_menu, tr("Clinic system (&FHIR)…"), lambda: self.export_other("fhir"))
        self._action(
            export_menu, tr("Import into a FHIR &server (transaction)…"),
            lambda: self.export_other("fhir-transaction"),
        )  # fmt: skip
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, tr("&Backup…"), self.backup)
        self.restore_action = self._action(file_menu, tr("&Restore…"), self.restore)
        file_menu.addSeparator()
        self.print_action = self._action(
            file_menu, tr("&Print…"), self.print_, QKeySequence.StandardKey.Print
        )
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, tr("&Quit"), self.quit, "Ctrl+Q")

        edit_menu = bar.addMenu(tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            edit_menu,
            tr("Pre&ferences…"),
            self.show_preferences,
            QKeySequence.StandardKey.Preferences,
            "Ctrl+,",
        )
        self.clinic_setup_action = self._action(edit_menu, tr("Clinic set-&up…"), self.show_clinic_setup)

        view_menu = bar.addMenu(tr("&View"))
        self.section_actions: dict[str, QAction] = {}
        for index, (key, label, _module) in enumerate(SECTION_SPECS):
            self.section_actions[key] = self._action(
                view_menu, tr(label), partial(self.show_section, key), f"Ctrl+{index + 1}"
            )

        help_menu = bar.addMenu(tr("&Help"))
        self.guide_action = self._action(
            help_menu, tr("&User guide"), self.show_user_guide, QKeySequence.StandardKey.HelpContents
        )
        self.about_action = self._action(help_menu, tr("&About backplan"), self.show_about)

    def _build_tray(self) -> None:
        self.tray = QSystemTrayIcon(app_icon(), self)
        self.tray.setToolTip(APP_NAME)
        menu = QMenu(self)
        show = menu.addAction(tr("&Show backplan"))
        show.triggered.connect(self.bring_forward)
        menu.addSeparator()
        quit_action = menu.addAction(tr("&Quit"))
        quit_action.triggered.connect(self.quit)
        self.tray.setContextMenu(menu)
        self.tray.activated.connect(
            lambda reason: (
                self.bring_forward() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
            )
        )
        self.tray.messageClicked.connect(self.bring_forward)
        self.tray.show()

    # --- sections -----------------------------------------------------------------

    def current_section(self) -> str:
        for key, view in self.views.items():
            if view is self.sections.currentWidget():
                return key
        return "today"

    def view(self, key: str) -> QWidget:
        """The section's view, built on first use (so unused sections cost nothing at start)."""
        view = self.views[key]
        if view.property("pending") == key:
            view = self._load_view(key)
            old = self.views[key]
            index = self.sections.indexOf(old)
            self.sections.insertWidget(index, view)
            self.sections.removeWidget(old)
            old.deleteLater()
            self.views[key] = view
            self._attach_undo(view)
            setter = getattr(view, "set_patient", None)
            if callable(setter):
                setter(self.patient_id)
        return view

    @property
    def plan_view(self) -> PlanView:
        """The Plan section, built on first use (the File menu's plan actions use it too)."""
        from ..plan.view import PlanView

        view = self.view("plan")
        assert isinstance(view, PlanView)
        return view

    def _load_view(self, key: str) -> QWidget:
        if key == "plan":
            from ..plan.view import PlanView

            plan = PlanView(self.services)
            plan.patient_created.connect(self._patient_created)
            plan.message.connect(self.confirmation.say)
            plan.routine_requested.connect(self._start_routine)
            return plan  # view() shares the window's undo stack with it: Edit > Undo undoes plan edits
        spec = next(s for s in SECTION_SPECS if s[0] == key)
        label = tr(spec[1]).replace("&", "")
        assert spec[2] is not None
        module_name, _, class_name = spec[2].rpartition(".")
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            return Placeholder(label, tr("This section is coming soon."))
        try:
            cls = getattr(module, class_name)
            view = cls(self.services, None)
        except Exception as exc:  # a section that fails must not take the window down
            log.exception("the %s section could not be loaded", key)
            return Placeholder(label, tr("This section could not be opened: {error}").format(error=exc))
        assert isinstance(view, QWidget)
        return view

    def _start_routine(self, activity_id: str) -> None:
        if self.patient_id is not None:
            self.recorder.start_routine(self.patient_id, activity_id)

    def _attach_undo(self, view: QWidget) -> None:
        """Shares the window's undo stack with a view, or adds the view's own to the group."""
        setter = getattr(view, "set_undo_stack", None)
        if callable(setter):
            setter(self.undo_stack)
            return
        stack = getattr(view, "undo_stack", None)
        if isinstance(stack, QUndoStack) and stack is not self.undo_stack:
            self.undo_group.addStack(stack)

    @property
    def first_run(self) -> FirstRunView:
        """The first-run page, built on first use: a start with a patient never shows it."""
        if self._first_run is None:
            from ..common.first_run import FirstRunView

            page = FirstRunView(self.services, self.today, self._demo_launcher, self)
            page.patient_created.connect(self._patient_created)
            slot = self._first_run_slot
            showing = self.pages.currentWidget() is slot
            self.pages.insertWidget(self.pages.indexOf(slot), page)
            if showing:
                self.pages.setCurrentWidget(page)
            self.pages.removeWidget(slot)
            slot.deleteLater()
            self._first_run = page
        return self._first_run

    def _showing(self, view: QWidget) -> bool:
        """Whether ``view`` is the section on screen (or will be once the window is shown)."""
        return self.pages.currentWidget() is self.main_page and self.sections.currentWidget() is view

    def show_section(self, key: str) -> None:
        if key not in SECTIONS:
            return
        if self.patient_id is None:
            self.pages.setCurrentWidget(self.first_run)
            return
        built = self.views[key].property("pending") != key  # else view() builds and reads it
        view = self.view(key)
        # Read as it is shown (the window does not keep hidden ones current). Before it
        # appears, so that what the Plan section works out only on screen (its safety
        # checks) is worked out once, as it appears.
        try:
            if built and key == "today":
                self.today_view.refresh()
            elif built and key == "plan":
                self.plan_view.refresh()
        except Exception as exc:
            if not handled(exc):  # the server went away: show the section as last read
                raise
        self.pages.setCurrentWidget(self.main_page)
        self.sections.setCurrentWidget(view)
        self.nav_buttons[key].setChecked(True)
        stack = getattr(view, "undo_stack", None)
        self.undo_group.setActiveStack(stack if isinstance(stack, QUndoStack) else self.undo_stack)
        self.settings.last_section = key

    # --- patients -----------------------------------------------------------------

    def reload_patients(self) -> None:
        """The patient switcher: each patient as name, identifier and birth date.

        Two patients may share a name (plan-format.md), so an item is its patient's
        id, and its text carries what tells them apart.
        """
        everyone = self.services.patients()
        current = self.patient_combo.currentData()
        self.patient_combo.blockSignals(True)
        self.patient_combo.clear()
        for pid, patient in everyone:
            self.patient_combo.addItem(_patient_item_text(patient), pid)
        ids = [pid for pid, _ in everyone]
        if current in ids:
            self.patient_combo.setCurrentIndex(ids.index(current))
        self.patient_combo.blockSignals(False)
        self.toolbar.setVisible(len(everyone) > 1)
        if not everyone:
            self.set_patient(None)
        elif self.patient_id is None or current not in ids:
            self._patient_chosen(self.patient_combo.currentIndex())

    def _patient_chosen(self, index: int) -> None:
        pid = self.patient_combo.itemData(index) if index >= 0 else None
        self.set_patient(pid if isinstance(pid, int) else None)

    def _patient_created(self, patient_id: int) -> None:
        self.reload_patients()
        index = self.patient_combo.findData(patient_id)
        if index >= 0:
            self.patient_combo.setCurrentIndex(index)
        self.set_patient(patient_id)
        self.show_section("plan")

    def set_patient(self, patient_id: int | None) -> None:
        changed = patient_id != self.patient_id
        self.patient_id = patient_id
        for action in (
            self.export_action, self.patient_export_action, self.save_template_action,
            self.print_action, *self.section_actions.values(),
        ):  # fmt: skip
            action.setEnabled(patient_id is not None)
        if changed:
            self.banner.dismiss()
        for view in self.views.values():
            if view is self.today_view:
                # Read below if it is the section shown, else when it is shown.
                self.today_view.set_patient(patient_id, refresh=False)
                continue
            setter = getattr(view, "set_patient", None)
            if callable(setter) and view.property("pending") is None:
                setter(patient_id)
        self.reminders.set_patient(patient_id)
        if patient_id is not None and changed:
            self.recorder.restore_running(patient_id)  # a heat or cold countdown from before a quit
        self._update_zone_notice()
        if patient_id is None:
            self.today_view.refresh()  # empties it
            self.pages.setCurrentWidget(self.first_run)
        elif self.pages.currentWidget() is not self.main_page:  # the first-run page, or none yet
            self.show_section(self.settings.last_section)  # reads the section it shows
        elif self.sections.currentWidget() is self.today_view:
            self.today_view.refresh()

    def _update_zone_notice(self) -> None:
        text = ""
        if self.patient_id is not None:
            plan_zone = self.services.patient(self.patient_id).timezone
            if differs(plan_zone, self.system_zone, self.clock.now()):
                text = tr(
                    "Times are shown in {plan}, the plan's time zone; this computer is set to {system}"
                ).format(plan=plan_zone, system=self.system_zone)
        self.zone_label.setText(text)
        self.zone_label.setVisible(bool(text))

    # --- refreshing ---------------------------------------------------------------

    def _data_changed(self, what: str) -> None:
        """Called by the services after every change; refreshes once the change is done."""
        if what in ("plan", "patients", "all"):
            self._patients_dirty = True
        if what == "plan":  # this process's own write: not one to clear the history for
            self.revisions.own_change(self.patient_id)
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._refresh_pending = False
        try:
            self._refresh()
        except Exception as exc:
            if not handled(exc):  # a lost server is shown by the banner, and read again after
                raise

    def _refresh(self) -> None:
        if getattr(self, "_patients_dirty", True):
            self._patients_dirty = False
            shown = [
                (self.patient_combo.itemData(i), self.patient_combo.itemText(i))
                for i in range(self.patient_combo.count())
            ]
            if shown != [(pid, _patient_item_text(p)) for pid, p in self.services.patients()]:
                self.reload_patients()
        if self.patient_id is None:
            return
        self.revisions.check(self.patient_id, self.patient_combo.currentText())
        for key, view in self.views.items():
            if view.property("pending") is not None:
                continue
            if view is self.today_view and not self._showing(view):
                continue  # show_section reads it again when it is shown
            refresh = getattr(view, "refresh", None)
            if callable(refresh):
                try:
                    refresh()
                except Exception as exc:  # one section's failure must not stop the others
                    if handled(exc):
                        return  # the server went away: read again once it is back
                    log.exception("refreshing %s failed", key)
        self._update_zone_notice()
        self.banner.prune(self._settled)

    def _settled(self, occurrence: Occurrence) -> bool:
        if self.patient_id is None:
            return True
        start = occurrence.start - timedelta(days=1)
        events = [e for _, e in self.services.events(self.patient_id, start)]
        [(_, state)] = occurrence_states([occurrence], events, self.clock.now(), self.grace())
        return state in (OccurrenceState.DONE, OccurrenceState.SKIPPED)

    def changeEvent(self, event: QEvent) -> None:
        """Reads everything again when the window is activated, for what the command line
        may have written meanwhile; not twice within two seconds (nor on the activation
        right after the start, which has just read it)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            # A pause between reads, not a time of the plan: the monotonic clock, which
            # a change of the computer's clock cannot move.
            now = time.monotonic()
            last = self._last_activation_refresh
            if last is None or now - last > ACTIVATION_READ_PAUSE_S:
                self._last_activation_refresh = now
                self._patients_dirty = True
                QTimer.singleShot(0, self.refresh)

    # --- reminders ----------------------------------------------------------------

    def show_notice(self, notice: Notice) -> None:
        """As desktop notifications (or in the tray) unless the window is in front; in the banner too."""
        pid = self.patient_id
        if pid is None:
            return
        in_front = self.isVisible() and self.isActiveWindow()
        if self.notifier is not None and not in_front:
            self.notifier.show(pid, notice)
        elif self.tray is not None and not in_front:
            self.tray.showMessage(notice.title, notice.text, app_icon(), 30_000)
        self.banner.show_notice(notice, lambda occ: self.reminders.describe(pid, occ))
        if self.tray is None or self.isVisible():
            QApplication.alert(self)
        self.today_view.refresh()

    def _say_cleared(self, text: str) -> None:
        """Another workstation's change cleared the undo history: say so where messages go."""
        self.confirmation.say(text)

    def attach_notifications(self, notifications: DesktopNotifications | None) -> None:
        """Sends reminders to the desktop's notification server from now on (None: banner only)."""
        from .reminder_notifications import ReminderNotifications

        if self.notifier is not None:
            self.notifier.deleteLater()
        self.notifications = notifications
        self.notifier = None
        if notifications is not None:
            self.notifier = ReminderNotifications(
                notifications, self.recorder, self.reminders.describe, self.bring_forward, self
            )
            notifications.lost.connect(lambda: self.attach_notifications(None))
        self.update_background_mode()

    def reminds_in_background(self) -> bool:
        """Whether closing the window keeps the app reminding (the patient's choice, if possible)."""
        return self.settings.keep_in_tray and (self.tray is not None or self.notifier is not None)

    def update_background_mode(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not self.reminds_in_background())

    def bring_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)

    # --- file actions ---------------------------------------------------------------

    def import_plan(self) -> None:
        from ..common.first_run import PLAN_FILE_FILTER

        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import a plan file"), str(Path.home()), tr(PLAN_FILE_FILTER)
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        from ..common.first_run import import_plan_file

        try:
            preview = self.services.read_file(path)
        except ServiceError:
            preview = None  # import_plan_file shows the reason
        replace = False
        if preview is not None and _exists(self.services, preview.document.patient):
            answer = QMessageBox.question(
                self,
                tr("Replace the plan?"),
                tr(
                    "{name} already has a plan here. Replace their plan, log and records with the "
                    "file's? A backup is taken first."
                ).format(name=preview.document.patient.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        result = import_plan_file(self.services, path, self, replace=replace)
        if result is None:
            return
        self.undo_stack.clear()
        self.reload_patients()
        index = self.patient_combo.findData(result.patient_id)
        if index >= 0:
            self.patient_combo.setCurrentIndex(index)
        self.set_patient(result.patient_id)
        self.show_section("plan")
        self.confirmation.say(tr("Imported the plan of {name}.").format(name=result.patient_name))

    def export_plan(self) -> None:
        if self.patient_id is None:
            return
        from ..common.first_run import PLAN_FILE_FILTER

        name = self.services.patient(self.patient_id).name
        suggested = str(Path.home() / f"{safe_filename(name)}.backplan.json")
        path, _ = QFileDialog.getSaveFileName(self, tr("Export plan"), suggested, tr(PLAN_FILE_FILTER))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        assert self.patient_id is not None
        doc = self.services.document(self.patient_id)
        text = json.dumps(document_to_json(doc), ensure_ascii=False, indent=2) + "\n"
        out = QSaveFile(str(path))  # written to a temporary file, renamed when complete
        if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
            self._error(tr("Plan not exported"), f"{path}: {out.errorString()}")
            return False
        out.write(QByteArray(text.encode("utf-8")))
        if not out.commit():
            self._error(tr("Plan not exported"), f"{path}: {out.errorString()}")
            return False
        self.confirmation.say(tr("Wrote {path}").format(path=path))
        return True

    def export_other(self, kind: str) -> Path | None:
        """Calendar, CSV or FHIR: the same files as the command line writes."""
        if self.patient_id is None:
            return None
        name = safe_filename(self.services.patient(self.patient_id).name)
        choices = {
            "calendar": (tr("Export to a calendar"), f"{name}.ics", tr("iCalendar files (*.ics)")),
            "log": (tr("Export the pain log"), f"{name}-log.csv", tr("CSV files (*.csv)")),
            "events": (tr("Export the events"), f"{name}-events.csv", tr("CSV files (*.csv)")),
            "fhir": (tr("Export for a clinic system"), f"{name}.fhir.json", tr("FHIR JSON files (*.json)")),
        }
        # Excel's CSV (a byte-order mark first) and a FHIR server's transaction: same names.
        choices["log-excel"] = choices["log"]
        choices["events-excel"] = choices["events"]
        choices["fhir-transaction"] = (
            tr("Export for a FHIR server"), f"{name}.fhir-transaction.json", tr("FHIR JSON files (*.json)")
        )
        title, suggested, filter_text = choices[kind]
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), filter_text)
        if not path:
            return None
        return self.export_other_to(kind, Path(path))

    def export_other_to(self, kind: str, path: Path) -> Path | None:
        assert self.patient_id is not None
        try:
            if kind == "calendar":
                self.services.write_calendar(self.patient_id, path)
            elif kind.startswith("fhir"):
                self.services.write_fhir(self.patient_id, path, transaction=kind == "fhir-transaction")
            else:
                which, _, excel = kind.partition("-")
                self.services.write_csv(self.patient_id, which, path, bom=excel == "excel")
        except ServiceError as exc:
            self._error(tr("Export failed"), str(exc))
            return None
        self.confirmation.say(tr("Wrote {path}").format(path=path))
        return path

    def backup(self) -> None:
        stamp = self.clock.now().strftime("%Y-%m-%d")
        suggested = str(Path.home() / f"backplan-backup-{stamp}.sqlite3")
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Back up"), suggested, tr("backplan backups (*.sqlite3)")
        )
        if not path:
            return
        try:
            written = self.services.backup_to(Path(path))
        except ServiceError as exc:
            self._error(tr("Backup failed"), str(exc))
            return
        self.confirmation.say(tr("Backup written to {path}").format(path=written))

    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Restore a backup"), str(Path.home()), tr("backplan backups (*.sqlite3);;All files (*)")
        )
        if not path:
            return
        answer = QMessageBox.question(
            self,
            tr("Restore this backup?"),
            tr(
                "Everything in backplan is replaced by the backup's contents. A copy of the "
                "current data is kept in the backups folder first."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_path(Path(path))

    def restore_path(self, path: Path) -> bool:
        try:
            safety_copy = self.services.restore_from(path)
        except ServiceError as exc:
            self._error(tr("Backup not restored"), str(exc))
            return False
        self.undo_stack.clear()
        self.patient_id = None
        self.reload_patients()
        self.confirmation.say(tr("Restored. The data from before is kept in {path}").format(path=safety_copy))
        return True

    def print_(self) -> None:
        if self.patient_id is None:
            return
        self.show_section("print")
        view = self.views["print"]
        for name in PRINT_METHODS:
            method = getattr(view, name, None)
            if callable(method):
                method()
                return

    def quit(self) -> None:
        """Closes the window (saving its state) and ends the app, tray or not."""
        self._quitting = True
        self.close()
        app = QApplication.instance()
        others = any(w.isVisible() for w in QApplication.topLevelWidgets())
        if isinstance(app, QApplication) and (others or not app.quitOnLastWindowClosed()):
            # Closing the last window already ends the event loop; a second quit would
            # be left pending and end the next loop at once.
            QApplication.quit()

    def _error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(box.deleteLater)
        box.open()

    # --- dialogs --------------------------------------------------------------------

    def about_sources(self) -> list[tuple[str, list[str]]]:
        """Where the bundled clinical content comes from: the catalogue, the library, the advice."""
        from ..common.library import library_sources

        medicines = [f"{s.display_name}: {s.source}" for s in self.services.catalogue.substances]
        return [
            (tr("Medicine label limits and cautions"), medicines),
            (tr("Exercise descriptions and typical doses"), library_sources()),
            (tr("Red-flag advice"), [RED_FLAG_SOURCE]),
        ]

    def show_about(self) -> AboutDialog:
        from ..common.dialogs import AboutDialog

        dialog = AboutDialog(self.about_sources(), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_user_guide(self) -> UserGuideDialog:
        from .user_guide import UserGuideDialog

        dialog = UserGuideDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_preferences(self) -> PreferencesDialog:
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.tray is not None or self.notifier is not None, self)
        dialog.applied.connect(self._preferences_applied)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_clinic_setup(self) -> QWidget:
        """The clinic's shared database: an installer's choice, kept out of the Preferences."""
        from .clinic_setup import ClinicSetupDialog

        dialog = ClinicSetupDialog(self.settings, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _preferences_applied(self) -> None:
        from ..common.theme import apply_text_scale, apply_theme
        from .autostart import set_start_at_login

        try:
            set_start_at_login(self.settings.start_at_login, background=self.reminds_in_background())
        except OSError as exc:
            self._error(tr("Start at login"), str(exc))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_scale(app, self.settings.text_scale)
            apply_theme(app, self.settings.theme)
        self.update_background_mode()
        self.refresh()

    # --- window state -------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1180, 780)
        self.screen_bound = ScreenBound(self)  # never grows past the screen
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reminds_in_background() and not self._quitting:
            self.hide()
            if self.tray is not None:
                self.tray.showMessage(
                    APP_NAME, tr("backplan keeps running here and will remind you."), app_icon(), 5000
                )
            elif self.notifications is not None:
                self.notifications.notify(
                    APP_NAME,
                    tr(
                        "backplan keeps reminding you while its window is closed. "
                        "Open it again from your applications."
                    ),
                    timeout_ms=8000,
                )
            event.ignore()
            return
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        self.reminders.stop()
        for view in self.views.values():
            shutdown = getattr(view, "shutdown", None)  # sections with work running off-thread
            if callable(shutdown):
                shutdown()
        with contextlib.suppress(RuntimeError):  # already disconnected by an earlier close
            self.events.changed.disconnect(self._data_changed)
        if self.tray is not None:
            self.tray.hide()
        if self.notifications is not None:
            self.notifications.close()
            self.notifications = None
            self.notifier = None
        super().closeEvent(event)


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


def safe_filename(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip(" .")
    return cleaned or "plan"


__all__ = ["MainWindow", "differs", "safe_filename"]


def _patient_item_text(patient: Patient) -> str:
    """``Sam Rivera · MRN-1 · born 3 Mar 1961`` for the patient switcher."""
    parts = [patient.name]
    if patient.identifier:
        parts.append(patient.identifier)
    if patient.birth_date is not None:
        parts.append(tr("born {date}").format(date=format_date(patient.birth_date)))
    return " \u00b7 ".join(parts)


def _exists(services: Backplan, patient: Patient) -> bool:
    """Whether importing a file of ``patient`` would replace a stored patient."""
    try:
        return services.existing_patient(patient) is not None
    except ServiceError:
        return True  # a shared name: the import itself says which identifiers
