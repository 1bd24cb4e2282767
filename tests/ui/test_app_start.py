"""How app.py starts the window: the garbage collector is off while the start builds
its long-lived objects, on again for the run, and as it was after run_gui returns."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from backplan import app as app_module
from backplan.cli import main as cli_main
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.today.reminders import Reminders

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "examples" / "acute-3-weeks.backplan.json"


@pytest.fixture(autouse=True)
def _keep_the_locale_and_collector() -> Iterator[None]:
    before, enabled = QLocale(), gc.isenabled()
    yield
    QLocale.setDefault(before)
    gc.enable() if enabled else gc.disable()


def _quit_when_shown(seen: list[bool]) -> None:
    """Notes whether the collector is on while the window runs, then closes it."""

    def act() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(gc.isenabled())
                widget.quit()
                return
        QTimer.singleShot(100, act)

    QTimer.singleShot(300, act)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_on_while_the_window_runs_and_as_it_was_after(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, enabled: bool
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    data = tmp_path / "data"
    assert cli_main(["--data-dir", str(data), "import", str(EXAMPLE)]) == 0
    gc.enable() if enabled else gc.disable()
    seen: list[bool] = []
    _quit_when_shown(seen)
    assert app_module.run_gui(str(data), demo=False, debug=False) == 0
    assert seen == [enabled]  # a caller that turned it off keeps it off
    assert gc.isenabled() is enabled


def test_the_collector_is_back_on_after_a_start_that_fails(qapp: QApplication, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    with sqlite3.connect(data / "backplan.sqlite3") as conn:  # a database, but not backplan's
        conn.execute("CREATE TABLE recipes (name TEXT)")
    assert gc.isenabled()

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            modal.accept()
            return
        QTimer.singleShot(100, answer)

    QTimer.singleShot(300, answer)
    assert app_module.run_gui(str(data), demo=False, debug=False) == 1
    assert gc.isenabled()


def test_a_write_while_the_window_starts_shows_at_the_first_poll(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command line writes just after the starting window has read the data (so the
    activation that follows the first show, which reads nothing again, cannot help):
    the outside-change watch was set up before the read, so its first poll sees it."""
    from backplan.bootstrap import open_services
    from backplan.domain.clock import SystemClock
    from backplan.domain.model import LogEntry

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    data = tmp_path / "data"
    assert cli_main(["--data-dir", str(data), "import", str(EXAMPLE)]) == 0
    built = MainWindow.__init__

    def build_then_write(self: MainWindow, *args: object, **kwargs: object) -> None:
        built(self, *args, **kwargs)  # type: ignore[arg-type]
        cli = open_services(data, SystemClock())  # as `backplan log 7` would, in its own process
        try:
            cli.record_log(cli.resolve_patient(None), LogEntry(at=cli.now(), pain=7))
        finally:
            cli.db.dispose()

    monkeypatch.setattr(MainWindow, "__init__", build_then_write)
    # No reminder ticks: their own writes would make any probe report a change.
    monkeypatch.setattr(Reminders, "start", lambda self, first_tick_ms=0: None)
    shown: list[str] = []

    def look(tries: int = 0) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                text = widget.today_view.pain_last.text()
                if "pain 7" in text or tries > 80:
                    shown.append(text)
                    widget.quit()
                    return
        QTimer.singleShot(100, lambda: look(tries + 1))

    QTimer.singleShot(300, look)
    assert app_module.run_gui(str(data), demo=False, debug=False) == 0
    assert shown and "pain 7" in shown[0], shown


def _first_paint_in_a_fresh_process(tmp_path: Path, script: str) -> list[str]:
    """Runs ``script`` (``{data}``: the data folder, with the example imported) in a fresh
    process that ends after the window's first paint; its printed lines."""
    import os
    import subprocess
    import sys
    import textwrap

    data = tmp_path / "data"
    assert cli_main(["--data-dir", str(data), "import", str(EXAMPLE)]) == 0
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        **{app_module.EXIT_AFTER_PAINT_ENV: "1"},
    )
    command = [sys.executable, "-c", textwrap.dedent(script).replace("{data}", repr(str(data)))]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return [ln for ln in done.stdout.splitlines() if not ln.startswith("backplan-first-paint")]


def test_the_window_starts_reads_and_writes_without_loading_sqlalchemy(tmp_path: Path) -> None:
    """In a fresh process, as a person starts it, on a data folder at the schema's head:
    neither the first paint nor the writes after it (the reminders' first tick writes
    ``last_seen``) load SQLAlchemy or Alembic; they are for migrations and servers. Nor
    is matplotlib loaded before the first paint (the window warms it up later)."""
    script = """
        import sys
        from backplan import app

        def loaded():
            return sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))

        def exit_after_first_paint(window, qt_app):
            from PySide6.QtCore import QTimer

            def painted():
                print("at first paint:", loaded(), flush=True)
                print("matplotlib at first paint:", "matplotlib" in sys.modules, flush=True)
                window.services.set_meta("test-write", "1")  # a write, as the first tick makes
                QTimer.singleShot(0, qt_app.quit)

            app._on_first_paint(window, painted)

        app._exit_after_first_paint = exit_after_first_paint
        code = app.run_gui({data}, demo=False, debug=False)
        print("after a write:", loaded())
        sys.exit(code)
        """
    lines = _first_paint_in_a_fresh_process(tmp_path, script)
    assert lines == [
        "at first paint: []",
        "matplotlib at first paint: False",  # the charts' fonts wait for the first chart
        "after a write: []",
    ]


def test_a_start_on_today_imports_no_other_section(tmp_path: Path) -> None:
    """In a fresh process, as a person starts it: the window is painted on Today without
    importing the modules of Plan, Log, Progress or Print (sections.py builds each on
    first use; the start's speed relies on it)."""
    others = tuple(f"backplan.ui.{section}.view" for section in ("plan", "log", "progress", "print"))
    script = f"""
        import sys
        from backplan import app

        code = app.run_gui({{data}}, demo=False, debug=False)
        print("today:", "backplan.ui.today.view" in sys.modules)
        print("others:", sorted(m for m in {others!r} if m in sys.modules))
        sys.exit(code)
        """
    lines = _first_paint_in_a_fresh_process(tmp_path, script)
    assert lines == ["today: True", "others: []"]
