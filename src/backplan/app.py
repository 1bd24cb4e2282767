"""The composition root: builds the application, the services and the window, and runs them.

Nothing else creates a ``QApplication``, opens the database for the window or reads
the wall clock for it: this module does, once, and hands each object what it needs.
``backplan`` with no command calls :func:`run_gui`; the ``backplan-gui`` entry point
calls :func:`main`.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from backplan import APP_ID, APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from backplan.bootstrap import OpenResult
    from backplan.services.backplan_service import Backplan
    from backplan.storage.database import ChangeProbe, ServerChangeProbe
    from backplan.ui.shell.main_window import MainWindow
    from backplan.ui.shell.settings import Settings

log = logging.getLogger(__name__)

# For the start-up benchmark (tests/benchmarks): with this set to 1 the window prints
# when it was first painted and the app quits right after.
EXIT_AFTER_PAINT_ENV = "BACKPLAN_EXIT_AFTER_PAINT"
_IMPORTED_AT = time.perf_counter()
# How often the window looks for writes by another process (the command line).
OUTSIDE_CHANGE_POLL_MS = 2000
# The variable bootstrap reads for a clinic database (storage.database.DATABASE_URL_ENV);
# spelled out here so that reading it does not import SQLAlchemy before the window.
DATABASE_URL_ENV_NAME = "BACKPLAN_DATABASE_URL"


def _data_folder(data_dir: str | None, demo: bool) -> Path:
    from backplan.paths import demo_data_dir, resolve_data_dir

    return demo_data_dir(data_dir) if demo else resolve_data_dir(data_dir)


def _show_open_error(folder: Path, exc: BaseException, debug: bool) -> None:
    """A plain dialog for a database that cannot be opened, instead of a traceback."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, "")
    box.setTextFormat(Qt.TextFormat.PlainText)
    opening = QCoreApplication.translate("App", "backplan could not open its data in {folder}.")
    box.setText(opening.format(folder=folder))
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "Reason: {reason}\n\nNothing was changed. Your backups are in {backups}. "
            "Start backplan with --debug for details.",
        ).format(reason=reason, backups=folder / "backups")
    )
    if debug:
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()


def _stored_database_url(settings: Settings, demo: bool) -> str | None:
    """The clinic URL from Preferences, when nothing more explicit names a database.

    ``BACKPLAN_DATABASE_URL`` wins (None lets ``bootstrap.database_url`` read it), and
    the demo never opens a clinic's server: its folder is for trying things out.
    """
    if demo or os.environ.get(DATABASE_URL_ENV_NAME, "").strip():
        return None
    return settings.database_url or None


def run_gui(
    data_dir: str | None,
    demo: bool,
    debug: bool,
    argv: Sequence[str] | None = None,
    background: bool = False,
) -> int:
    """Opens the window on the data folder (the demo folder with ``demo``); returns the exit code.

    The cyclic garbage collector is off until the window is built: a start imports and
    creates hundreds of thousands of objects that live as long as the app, and the
    collector's full passes over them while they pile up cost about a third of the
    start's CPU time (0.3-0.4 s) for next to no garbage. Once built they are frozen
    (never scanned again) and the collector is on for the rest of the run.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _run_gui(data_dir, demo, debug, argv, collect=enabled, background=background)
    finally:
        if enabled:
            gc.enable()


def _run_gui(
    data_dir: str | None,
    demo: bool,
    debug: bool,
    argv: Sequence[str] | None,
    *,
    collect: bool,
    background: bool = False,
) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from backplan.bootstrap import open_services_or_recover
    from backplan.domain.clock import SystemClock
    from backplan.paths import configure_application_names
    from backplan.resources_path import resources_dir
    from backplan.ui.common.theme import apply_text_scale, follow_color_scheme, install_translation
    from backplan.ui.shell.settings import Settings
    from backplan.ui.shell.single_instance import SingleInstance

    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="backplan: %(message)s")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv[:1]))
    # The bundled Noto fonts, so a Hindi or Arabic name shows in the window on a computer
    # without such fonts. Qt's only: matplotlib (0.2-0.3 s to import, with numpy) gets
    # them when the first chart is built (chart_figure), not before the first paint.
    from backplan.reports.fonts import register_qt_fonts

    register_qt_fonts()
    configure_application_names()
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    try:
        app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "backplan.svg")))
    except FileNotFoundError:  # pragma: no cover - a broken install still opens
        log.warning("the resources folder is missing; running without an icon")

    folder = _data_folder(data_dir, demo)
    guard = SingleInstance(folder)
    if guard.notify_running():
        print(f"backplan is already open on {folder}; brought its window forward.", file=sys.stderr)
        return 0
    if not guard.listen():
        log.warning("could not watch for a second launch on %s", folder)

    clock = SystemClock()
    settings = Settings.for_data_dir(folder)
    try:
        opened = open_services_or_recover(folder, clock, _stored_database_url(settings, demo))
    except Exception as exc:  # any failure to open the database: explain, never a traceback
        log.debug("opening %s failed", folder, exc_info=True)
        _show_open_error(folder, exc, debug)
        guard.close()
        return 1
    services = opened.services
    if opened.backup_problem:
        log.warning("the daily backup could not be written: %s", opened.backup_problem)

    install_translation(app, settings.language)
    apply_text_scale(app, settings.text_scale)
    follow_color_scheme(app, settings.theme)

    if demo:
        from backplan.services.demo import ensure_demo

        ensure_demo(services)

    from backplan.storage.database import change_probe
    from backplan.ui.shell.main_window import MainWindow

    # Watches for outside writes from before the window reads the data: one made by the
    # command line while the window starts shows at the first poll (the window does not
    # read everything again on the activation that follows its first show).
    outside = change_probe(services.db)
    try:
        window = MainWindow(
            services, settings, clock, demo=demo, demo_launcher=_demo_launcher(data_dir)
        )
    except BaseException:
        outside.close()
        raise
    guard.activated.connect(window.bring_forward)
    window.update_background_mode()
    # Started at login to remind in the background: the window opens only if reminding
    # without it is impossible (no notification server, no tray) or not wanted.
    hidden = background and settings.keep_in_tray
    QTimer.singleShot(0, lambda: _connect_notifications(window, show_if_needed=hidden))
    if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
        _exit_after_first_paint(window, app)
    # What exists now (modules, classes, the window) lives as long as the app. Keeping
    # it out of the collector's full passes keeps those passes short: they stop every
    # thread, so a long one would freeze the window while a worker builds a report.
    gc.freeze()
    if collect:
        gc.enable()  # off since run_gui began (see there)
    if not hidden:
        window.show()
    if opened.recovered_from is not None:
        QTimer.singleShot(0, lambda: offer_recovery(window, opened))
    probe = watch_outside_changes(window, services, outside)
    from backplan.ui.common.connection import install_excepthook

    uninstall_hook = install_excepthook()  # a lost server in any slot: the banner, not a traceback
    try:
        return int(app.exec())
    finally:
        uninstall_hook()
        gc.unfreeze()  # for a caller that goes on (the tests run the window in-process)
        if probe is not None:
            probe.close()
        guard.close()
        services.db.dispose()


def _connect_notifications(window: MainWindow, show_if_needed: bool) -> None:
    """Connects the window to the desktop's notification server (once the window is up)."""
    from backplan.ui.shell.desktop_notifications import DesktopNotifications

    window.attach_notifications(DesktopNotifications.open_session(parent=window))
    if show_if_needed and not window.reminds_in_background():
        window.show()


def _demo_launcher(data_dir: str | None) -> Callable[[], bool]:
    """``first_run.default_demo_launcher``, imported only if the demo is asked for: a
    start with a patient never builds the first-run page."""

    def launch() -> bool:
        from backplan.ui.common.first_run import default_demo_launcher

        return default_demo_launcher(data_dir)()

    return launch


def offer_recovery(parent: QWidget, opened: OpenResult) -> bool:
    """Tells that the database was damaged and offers the newest good backup.

    The damaged file is never deleted: it stays beside the new one under its own
    name, so nothing is lost even if the person declines.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Recovery", "The database was damaged"))
    moved = str(opened.recovered_from)
    text = QCoreApplication.translate(
        "Recovery",
        "backplan could not use its database ({problem}). It was moved aside, not deleted:\n{moved}",
    ).format(problem=opened.problem or "?", moved=moved)
    if opened.newest_good_backup is None:
        box.setText(
            text
            + "\n\n"
            + QCoreApplication.translate(
                "Recovery", "No good backup was found, so backplan starts with an empty database."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        return False
    written, path = opened.newest_good_backup
    box.setText(
        text
        + "\n\n"
        + QCoreApplication.translate(
            "Recovery", "The newest good backup is from {date}. Restore it now?"
        ).format(date=written.strftime("%Y-%m-%d %H:%M"))
    )
    box.setInformativeText(str(path))
    restore = box.addButton(
        QCoreApplication.translate("Recovery", "&Restore the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("Recovery", "Start &empty"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        opened.restore_offered_backup()
    except Exception as exc:  # the backup went bad since it was checked: say so, keep going
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Recovery", "Restore failed"),
            QCoreApplication.translate("Recovery", "The backup could not be restored: {error}").format(
                error=exc
            ),
        )
        return False
    return True


class OutsideChangeWatch:
    """Polls the database for writes by another process (the command line) and
    tells the views; ``close`` stops the timer before the probe's connection goes."""

    def __init__(self, parent: QWidget, services: Backplan, probe: ChangeProbe | ServerChangeProbe) -> None:
        from PySide6.QtCore import QTimer

        self._services = services
        self._probe = probe
        self._timer: QTimer = QTimer(parent)
        self._timer.setInterval(OUTSIDE_CHANGE_POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        from backplan.ui.common.connection import handled

        try:
            changed = self._probe.changed()
        except Exception as exc:
            if handled(exc):  # the server went away: the window says so and tries again
                return
            raise
        if changed:
            for listener in list(self._services.listeners):
                listener("all")

    def close(self) -> None:
        self._timer.stop()
        self._probe.close()


def watch_outside_changes(
    window: QWidget, services: Backplan, probe: ChangeProbe | ServerChangeProbe | None = None
) -> OutsideChangeWatch | None:
    """Refreshes the views when another process (the command line, another workstation)
    writes the database: a file probe on SQLite, a cheap data-version query on a server.
    ``probe``: one made earlier, to see the writes since then (else one made now)."""
    if probe is None:
        from backplan.storage.database import change_probe

        probe = change_probe(services.db)
    return OutsideChangeWatch(window, services, probe)


def _on_first_paint(window: QWidget, act: Callable[[], None]) -> None:
    """Calls ``act`` when the window gets its first paint event (before it paints)."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                window.removeEventFilter(self)
                act()
            return False

    window.installEventFilter(FirstPaint(window))


def _seconds_since_process_start() -> float:
    """How long this process has run (Linux: from /proc; elsewhere: since this import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rpartition(")")[2].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22, "starttime"
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED_AT


def _exit_after_first_paint(window: QWidget, app: QApplication) -> None:
    """Prints ``backplan-first-paint <epoch> <seconds since start> <CPU seconds>`` at the
    window's first paint, then quits: how the benchmarks time a start on real data
    (BACKPLAN_EXIT_AFTER_PAINT=1). CPU seconds tell a busy machine from a slow start.
    """
    from PySide6.QtCore import QTimer

    def report() -> None:
        since_start = _seconds_since_process_start()
        cpu = time.process_time()
        print(f"backplan-first-paint {time.time():.6f} {since_start:.6f} {cpu:.6f}", flush=True)
        QTimer.singleShot(0, app.quit)

    _on_first_paint(window, report)


def main(argv: Sequence[str] | None = None) -> int:
    """The ``backplan-gui`` entry point: only the options the window understands."""
    parser = argparse.ArgumentParser(prog="backplan-gui", description="Open the backplan window.")
    parser.add_argument("--data-dir", metavar="DIR", help="data folder (database, backups, settings)")
    parser.add_argument("--demo", action="store_true", help="open the demo data folder")
    parser.add_argument("--debug", action="store_true", help="log details")
    parser.add_argument(
        "--background",
        action="store_true",
        help="remind without opening the window, if Preferences say to keep reminding (start at login)",
    )
    parser.add_argument("--version", action="version", version=f"backplan {__version__}")
    args, qt_args = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    return run_gui(
        args.data_dir, args.demo, args.debug, argv=[sys.argv[0], *qt_args], background=args.background
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
