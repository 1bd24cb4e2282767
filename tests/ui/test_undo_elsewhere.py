"""One computer: ``backplan import --replace`` from a terminal while the window is open.

The window's undo history (a plan edit, a dose) refers to the plan, log and records
that the import replaced; once the window reads the change (its change check), the
history is cleared and the status bar says so, so Undo cannot write back the old
plan nor put back a dose into the imported log. Real SQLite file, real window, the
command line run in-process on its own connection (as another process would).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from backplan.app import watch_outside_changes
from backplan.cli import main
from backplan.domain.clock import FixedClock
from backplan.services.backplan_service import Backplan
from backplan.ui.shell.main_window import MainWindow

CHICAGO = ZoneInfo("America/Chicago")
EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "examples" / "acute-3-weeks.backplan.json"


def test_import_replace_from_a_terminal_clears_the_windows_history(
    qtbot: QtBot,
    acute_window: MainWindow,
    imported: tuple[Backplan, int],
    clock: FixedClock,
    data_dir: Path,
) -> None:
    services, pid = imported
    clock.set(datetime(2026, 12, 1, 8, 0, tzinfo=CHICAGO) + timedelta(minutes=3))
    acute_window.show_section("plan")
    plan = acute_window.plan_view
    state = plan.state()
    assert plan.apply(replace(state, plan=replace(state.plan, title="Edited in the window")), "Title")
    acute_window.recorder.take(pid, "carisoprodol", "Carisoprodol 350 mg")
    assert acute_window.undo_stack.count() == 2
    watch = watch_outside_changes(acute_window, services)
    try:
        code = main(["--data-dir", str(data_dir), "import", str(EXAMPLE), "--replace"])
        assert code == 0
        # The change check (every two seconds) reads the import and clears the history.
        qtbot.waitUntil(lambda: acute_window.undo_stack.count() == 0, timeout=10_000)
    finally:
        watch.close()
    message = acute_window.confirmation.text()  # kept readable in the confirmation line
    assert "changed elsewhere" in message and "undo history was cleared" in message
    assert not acute_window.undo_action.isEnabled()
    acute_window.undo_action.trigger()  # nothing to undo: the imported data stays as imported
    pid = services.resolve_patient("Sam Rivera")
    doc = services.document(pid)
    assert doc.plan.title != "Edited in the window" and doc.events == ()
    assert plan.document is not None and plan.document.plan.title == doc.plan.title


def test_the_windows_own_edits_keep_their_history(
    qtbot: QtBot, acute_window: MainWindow, imported: tuple[Backplan, int], clock: FixedClock
) -> None:
    services, pid = imported
    clock.set(datetime(2026, 12, 1, 8, 0, tzinfo=CHICAGO) + timedelta(minutes=3))
    plan = acute_window.plan_view
    state = plan.state()
    assert plan.apply(replace(state, plan=replace(state.plan, title="Edited in the window")), "Title")
    services.record_stock(pid, "ibuprofen", 20)  # another own write that moves the revision
    acute_window.refresh()
    qtbot.wait(20)
    assert acute_window.undo_stack.count() == 1
    assert acute_window.revisions.last_message == ""
