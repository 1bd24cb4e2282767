"""The main window: puts the sections, the menus, the patient switcher and reminders together.

Everything it shows comes from the ``Backplan`` services it is handed (no globals):
``app.py`` builds the services, the settings and the clock and passes them in, so a
test builds the same window over a temporary folder and a fixed clock.

The window listens to the services (``ServiceEvents``) and refreshes when data
changes, and also whenever it is activated, because the command line may have
written to the same folder meanwhile.

Its parts live beside it in ``shell/``: the sections and their factories
(``sections.py``), the navigation and the stack of sections (``section_stack.py``), the
first-run and main pages (``pages.py``), the menus (``menus.py``), the patient switcher,
the File menu's work (``file_actions.py``), the tray and the desktop's notifications
(``background.py``), the dialogs (``window_dialogs.py``), the window's geometry
(``window_state.py``), the time zone notice (``zone_notice.py``). It talks to a section
only through the ``Section`` protocol (``common/section.py``), never by probing a view.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from backplan import APP_NAME
from backplan.domain.clock import Clock
from backplan.services.backplan_service import Backplan

from ..common.announce import ConfirmationLine
from ..common.connection import ConnectionBanner, ConnectionMonitor, handled, refusing
from ..common.events import ServiceEvents
from ..common.system_zone import system_timezone
from ..common.undo_guard import RevisionWatch
from ..today.actions import RecordActions
from ..today.reminders import FIRST_TICK_AFTER_START_MS, Notice, Reminders
from . import window_dialogs as dialogs
from .background import Background, app_icon
from .banner import ReminderBanner, settled
from .file_actions import FileActions
from .menus import build_menus
from .pages import WindowPages
from .patient_switcher import PatientSwitcher
from .section_stack import SectionStack
from .sections import Built, SectionContext, build_today
from .settings import SECTIONS, Settings
from .window_state import ActivationReads, restore_geometry, save_geometry
from .zone_notice import zone_notice

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
# After the start, when the chart library starts loading in the background: later than
# the first paint and the first reminder check, so the start itself is not slowed.
CHART_WARM_UP_MS = 1500


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


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
        self._patients_dirty = True
        self.activation_reads = ActivationReads()
        self._quitting = False
        self.setWindowTitle(tr("backplan (demo)") if demo else APP_NAME)
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")

        self._build_recording()
        self._build_pages(demo_launcher)
        self._build_central()
        self._build_bars()
        # Change notices from the services, on the GUI thread whatever thread wrote (events.py).
        self.events = ServiceEvents.of(services)
        self.events.changed.connect(self._data_changed)
        self.screen_bound = restore_geometry(self, settings)
        # Chooses the patient, which shows the last section (read once) or the first-run page.
        self.reload_patients()
        # Everything shown was just read: the activation that follows the first show
        # need not read it all again (a later one does; see changeEvent).
        self.activation_reads.just_read()
        if start_reminders:
            self.reminders.start(FIRST_TICK_AFTER_START_MS)
        # The chart library loads in the background once the window is up, so the first
        # Progress chart does not wait a second for it (see warm_up).
        QTimer.singleShot(CHART_WARM_UP_MS, self._warm_up_charts)

    # --- building -------------------------------------------------------------------

    def _build_recording(self) -> None:
        """The undo stack, the reminders, and the recorder that writes doses and events."""
        self.undo_stack = QUndoStack(self)
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        # Clears the history when another workstation's plan change is read (undo_guard).
        self.revisions = RevisionWatch.of(self.undo_stack, self.services)
        self.revisions.cleared.connect(self._say_cleared)
        self.reminders = Reminders(self.services, self.clock, self.grace, self)
        # Its writes meet a lost server as "Not saved: ..." in its own messages (connection.py).
        self.recorder = RecordActions(
            refusing(self.services), self.clock, self.undo_stack, self.reminders, self
        )
        # Confirmations stay readable in a label (not a passing status message) and are
        # announced to screen readers.
        self.confirmation = ConfirmationLine(self)
        self.recorder.message.connect(self.confirmation.say)
        self.reminders.notice.connect(self.show_notice)
        self.files = FileActions(
            self.services, self.clock, self, lambda: self.patient_id, self.confirmation.say,
            lambda title, text: self._error(title, text), self._imported, self._restored,
        )  # fmt: skip
        files = self.files  # the File menu's commands, under the window's names
        self.import_plan, self.import_path = files.import_plan, files.import_path
        self.export_plan, self.export_to = files.export_plan, files.export_to
        self.export_other, self.export_other_to = files.export_other, files.export_other_to
        self.backup, self.restore, self.restore_path = files.backup, files.restore, files.restore_path

    def _build_pages(self, demo_launcher: Callable[[], bool] | None) -> None:
        """The first-run page (built when needed) and the main page: navigation and sections."""
        self.pages = WindowPages(self.services, self.today, demo_launcher, self._patient_created, self)
        self.main_page = self.pages.main_page
        context = SectionContext(
            self.services, self.clock, self.recorder, self.grace, self.confirmation.say,
            self._patient_created, self._start_routine,
        )  # fmt: skip
        self.today_view = build_today(context)
        built = {"today": Built(self.today_view, self.today_view)}
        self.navigation = SectionStack(context, built, self.undo_stack, self.show_section, self.main_page)
        # The names the window's tests and helpers have always used.
        self.nav, self.nav_group, self.nav_buttons = (
            self.navigation.nav, self.navigation.group, self.navigation.buttons,
        )  # fmt: skip
        self.sections, self.views = self.navigation.stack, self.navigation.views
        self.pages.layout_of_main.addWidget(self.nav)
        self.pages.layout_of_main.addWidget(self.navigation.scroller(self.main_page), 1)

    def _build_central(self) -> None:
        """The connection and reminder banners above the pages."""
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        # On a server: says when the connection is lost, and tries again (connection.py).
        self.connection = ConnectionMonitor(self.services.patient_names, self.clock.now, self)
        self.connection.restored.connect(lambda: self._data_changed("all"))
        self.connection_banner = ConnectionBanner(self.connection, central)
        layout.addWidget(self.connection_banner)
        self.banner = ReminderBanner(self.recorder, lambda: self.patient_id, central)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _build_bars(self) -> None:
        """The patient switcher, the menus, the status bar and the tray."""
        self.toolbar = PatientSwitcher(self)
        self.patient_combo = self.toolbar.combo
        self.patient_combo.currentIndexChanged.connect(self._patient_chosen)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.hide()
        self.menus = menus = build_menus(self, self.undo_group, self)
        self.import_action, self.export_action = menus.import_action, menus.export_action
        self.print_action, self.quit_action = menus.print_action, menus.quit_action
        self.undo_action, self.redo_action = menus.undo_action, menus.redo_action
        self.guide_action, self.section_actions = menus.guide_action, menus.section_actions
        self.zone_label = QLabel(self)
        self.zone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.confirmation, 1)
        self.statusBar().addPermanentWidget(self.zone_label)
        self.background = Background(
            self, self.settings, self.recorder, self.reminders, self.tray_available, self.quit,
            self.bring_forward,
        )  # fmt: skip

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

    # --- sections -----------------------------------------------------------------

    def current_section(self) -> str:
        return self.navigation.current_key()

    def view(self, key: str) -> QWidget:
        """The section's view, built on first use (so unused sections cost nothing at start)."""
        return self.navigation.view(key, self.patient_id)

    @property
    def plan_view(self) -> PlanView:
        """The Plan section, built on first use (the File menu's plan actions use it too)."""
        from ..plan.view import PlanView

        view = self.view("plan")
        if not isinstance(view, PlanView):
            raise RuntimeError("the Plan section could not be opened (see the log)")
        return view

    def _start_routine(self, activity_id: str) -> None:
        if self.patient_id is not None:
            self.recorder.start_routine(self.patient_id, activity_id)

    @property
    def first_run(self) -> FirstRunView:
        """The first-run page, built on first use: a start with a patient never shows it."""
        return self.pages.first_run

    def _showing(self, view: QWidget) -> bool:
        """Whether ``view`` is the section on screen (or will be once the window is shown)."""
        return self.pages.showing_main() and self.sections.currentWidget() is view

    def show_section(self, key: str) -> None:
        if key not in SECTIONS:
            return
        if self.patient_id is None:
            self.pages.setCurrentWidget(self.first_run)
            return
        built = self.navigation.is_built(key)  # else view() builds and reads it
        self.view(key)
        # Read as it is shown (the window does not keep hidden ones current). Before it
        # appears, so that what the Plan section works out only on screen (its safety
        # checks) is worked out once, as it appears.
        try:
            if built and key in ("today", "plan"):
                refresh = self.navigation.offers(key).refresh
                if refresh is not None:
                    refresh()
        except Exception as exc:
            if not handled(exc):  # the server went away: show the section as last read
                raise
        self.pages.setCurrentWidget(self.main_page)
        self.navigation.show(key)
        self.undo_group.setActiveStack(self.undo_stack)  # every section that edits shares it
        self.settings.last_section = key

    # --- patients -----------------------------------------------------------------

    def reload_patients(self) -> None:
        """The patient switcher: each patient as name, identifier and birth date."""
        everyone = self.services.patients()
        kept = self.toolbar.fill(everyone)
        if not everyone:
            self.set_patient(None)
        elif self.patient_id is None or not kept:
            self._patient_chosen(self.patient_combo.currentIndex())

    def _patient_chosen(self, index: int) -> None:
        self.set_patient(self.toolbar.patient_at(index))

    def _patient_created(self, patient_id: int) -> None:
        self.reload_patients()
        self.toolbar.select(patient_id)
        self.set_patient(patient_id)
        self.show_section("plan")

    def set_patient(self, patient_id: int | None) -> None:
        changed = patient_id != self.patient_id
        self.patient_id = patient_id
        for action in self.menus.for_a_patient():
            action.setEnabled(patient_id is not None)
        if changed:
            self.banner.dismiss()
        for _key, view, section in self.navigation.built():
            if view is self.today_view:
                # Read below if it is the section shown, else when it is shown.
                self.today_view.set_patient(patient_id, refresh=False)
            else:
                section.set_patient(patient_id)
        self.reminders.set_patient(patient_id)
        if patient_id is not None and changed:
            self.recorder.restore_running(patient_id)  # a heat or cold countdown from before a quit
        self._update_zone_notice()
        if patient_id is None:
            self.today_view.refresh()  # empties it
            self.pages.setCurrentWidget(self.first_run)
        elif not self.pages.showing_main():  # the first-run page, or none yet
            self.show_section(self.settings.last_section)  # reads the section it shows
        elif self.sections.currentWidget() is self.today_view:
            self.today_view.refresh()

    def _update_zone_notice(self) -> None:
        text = ""
        if self.patient_id is not None:
            plan_zone = self.services.patient(self.patient_id).timezone
            text = zone_notice(plan_zone, self.system_zone, self.clock.now())
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
        if self._patients_dirty:
            self._patients_dirty = False
            if not self.toolbar.shows(self.services.patients()):
                self.reload_patients()
        if self.patient_id is None:
            return
        self.revisions.check(self.patient_id, self.patient_combo.currentText())
        for key, view, section in self.navigation.built():
            if view is self.today_view and not self._showing(view):
                continue  # show_section reads it again when it is shown
            refresh = section.section_offers().refresh
            if refresh is not None:
                try:
                    refresh()
                except Exception as exc:  # one section's failure must not stop the others
                    if handled(exc):
                        return  # the server went away: read again once it is back
                    log.exception("refreshing %s failed", key)
        self._update_zone_notice()
        self.banner.prune(settled(self.services, self.clock, self.grace(), self.patient_id))

    def changeEvent(self, event: QEvent) -> None:
        """Reads everything again when the window is activated, for what the command line
        may have written meanwhile; not twice within two seconds (nor on the activation
        right after the start, which has just read it)."""
        super().changeEvent(event)
        active = event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
        if active and self.activation_reads.due():
            self._patients_dirty = True
            QTimer.singleShot(0, self.refresh)

    # --- reminders ----------------------------------------------------------------

    def show_notice(self, notice: Notice) -> None:
        """As desktop notifications (or in the tray) unless the window is in front; in the banner too."""
        pid = self.patient_id
        if pid is None:
            return
        if not (self.isVisible() and self.isActiveWindow()):
            self.background.show(pid, notice)
        self.banner.show_notice(notice, lambda occ: self.reminders.describe(pid, occ))
        if self.tray is None or self.isVisible():
            QApplication.alert(self)
        self.today_view.refresh()

    def _say_cleared(self, text: str) -> None:
        """Another workstation's change cleared the undo history: say so where messages go."""
        self.confirmation.say(text)

    # The tray and the desktop's notifications (background.py), under the window's names.

    @property
    def tray(self) -> QSystemTrayIcon | None:
        return self.background.tray

    @property
    def notifications(self) -> DesktopNotifications | None:
        return self.background.notifications

    @property
    def notifier(self) -> ReminderNotifications | None:
        return self.background.notifier

    def attach_notifications(self, notifications: DesktopNotifications | None) -> None:
        """Sends reminders to the desktop's notification server from now on (None: banner only)."""
        self.background.attach(notifications)

    def reminds_in_background(self) -> bool:
        """Whether closing the window keeps the app reminding (the patient's choice, if possible)."""
        return self.background.reminds()

    def update_background_mode(self) -> None:
        self.background.update_mode()

    def bring_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)

    # --- after the File menu's work (file_actions.py) --------------------------------

    def _imported(self, patient_id: int) -> None:
        """After a plan file was imported: its patient's plan, with a fresh undo history."""
        self.undo_stack.clear()
        self._patient_created(patient_id)

    def _restored(self) -> None:
        """After a backup was restored: everything read again, nothing left to undo."""
        self.undo_stack.clear()
        self.patient_id = None
        self.reload_patients()

    def print_(self) -> None:
        if self.patient_id is None:
            return
        self.show_section("print")
        print_document = self.navigation.offers("print").print_document
        if print_document is not None:
            print_document()

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

    def show_about(self) -> AboutDialog:
        return dialogs.open_about(self.services, self)

    def show_user_guide(self) -> UserGuideDialog:
        return dialogs.open_user_guide(self)

    def show_preferences(self) -> PreferencesDialog:
        can_remind = self.background.can_remind()
        return dialogs.open_preferences(self.settings, can_remind, self._preferences_applied, self)

    def show_clinic_setup(self) -> QWidget:
        return dialogs.open_clinic_setup(self.settings, self)

    def _preferences_applied(self) -> None:
        dialogs.apply_preferences(self.settings, self.reminds_in_background(), self._error)
        self.update_background_mode()
        self.refresh()

    # --- closing --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reminds_in_background() and not self._quitting:
            self.hide()
            self.background.say_still_running()
            event.ignore()
            return
        save_geometry(self, self.settings)
        self.reminders.stop()
        for _key, _view, section in self.navigation.built():
            shutdown = section.section_offers().shutdown  # work running off the GUI thread
            if shutdown is not None:
                shutdown()
        with contextlib.suppress(RuntimeError):  # already disconnected by an earlier close
            self.events.changed.disconnect(self._data_changed)
        self.background.close()
        super().closeEvent(event)


__all__ = ["MainWindow"]
