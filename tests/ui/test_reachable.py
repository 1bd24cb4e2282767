"""Every feature can be reached from the window: the menus, the sections, the routine player.

A feature only a test can open is not done (issue 20, point 1). These tests walk the
real window, as a patient would: every action of the menu bar is triggered (file
pickers answer "cancel", questions "no"), every section button pressed, and the
guided routine player opened from Today's card and from the Plan page and played to
its end, which records the activity done with the pain before and after.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from backplan.domain.clock import FixedClock
from backplan.domain.model import EventStatus
from backplan.schedule.status import OccurrenceState
from backplan.ui.common.section import Section
from backplan.ui.routine.player import Page, RoutinePlayer
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.shell.sections import PendingSection, Placeholder

# 07:15 in Chicago: the morning stretches' occurrence that the acute example's window is on.
STRETCH_START = datetime(2026, 12, 1, 13, 15, tzinfo=UTC)


def _menu_actions(window: MainWindow) -> Iterator[tuple[str, QAction]]:
    """Every action of the menu bar, submenus included, with its path ("File > Backup…")."""

    def walk(prefix: str, actions: list[QAction]) -> Iterator[tuple[str, QAction]]:
        for action in actions:
            if action.isSeparator():
                continue
            path = f"{prefix} > {action.text().replace('&', '')}".lstrip(" >")
            menu = action.menu()
            if menu is not None:
                yield from walk(path, menu.actions())
            else:
                yield path, action

    yield from walk("", window.menuBar().actions())


def _open_dialogs(before: set[int]) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and id(w) not in before
    ]


def _stub_blocking_dialogs(monkeypatch: pytest.MonkeyPatch, asked: list[str]) -> None:
    def cancel(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[1]) if len(args) > 1 else "file")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(cancel))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(cancel))
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: asked.append("folder") or "")
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )


def test_every_menu_action_and_section_button_reaches_something(
    qtbot: QtBot, acute_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = acute_window
    asked: list[str] = []
    _stub_blocking_dialogs(monkeypatch, asked)
    reached: dict[str, str] = {}
    for path, action in _menu_actions(window):
        if action is window.quit_action:
            continue  # ends the session; covered by the window's own tests
        if not action.isEnabled():
            # Undo and Redo with nothing to undo yet; every other action must be usable.
            assert action in (window.undo_action, window.redo_action), path
            continue
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        asked_before = len(asked)
        section_before = window.current_section()
        action.trigger()

        def reached_something(
            before: set[int] = before,
            asked_before: int = asked_before,
            section_before: str = section_before,
            action: QAction = action,
        ) -> bool:
            return (
                bool(_open_dialogs(before))
                or len(asked) > asked_before
                or window.current_section() != section_before
                or action in window.section_actions.values()
            )

        # Some dialogs open from a background job (Print builds its document first):
        # wait for whatever the action reaches, not a fixed few milliseconds.
        with contextlib.suppress(qtbot.TimeoutError):  # what reached nothing is listed below
            qtbot.waitUntil(reached_something, timeout=15_000)
        dialogs = _open_dialogs(before)
        if dialogs:
            reached[path] = type(dialogs[0]).__name__
        elif len(asked) > asked_before:
            reached[path] = "file picker"
        elif window.current_section() != section_before or action in window.section_actions.values():
            reached[path] = f"section {window.current_section()}"
        for dialog in dialogs:
            dialog.done(0)
        qtbot.wait(10)
    menu_paths = [p for p, a in _menu_actions(window)]
    missing = [
        p
        for p in menu_paths
        if p not in reached and "Quit" not in p and "Undo" not in p and "Redo" not in p
    ]
    assert missing == [], reached
    assert reached["Edit > Preferences…"] == "PreferencesDialog"
    assert reached["Edit > Clinic set-up…"] == "ClinicSetupDialog"
    assert reached["Help > About backplan"] == "AboutDialog"
    assert reached["File > New plan from template…"] == "FromTemplateDialog"

    for key, button in window.nav_buttons.items():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.current_section() == key
        view = window.sections.currentWidget()
        assert view is window.views[key] and not isinstance(view, Placeholder), key
        assert not isinstance(view, PendingSection), key
        assert isinstance(view, Section), key  # the protocol the window talks to


def _play_to_the_end(qtbot: QtBot, player: RoutinePlayer, before: int, after: int) -> None:
    """Pain before, then every exercise skipped through, then pain after and Save."""
    player.pain_before_scale.set_value(before)
    qtbot.mouseClick(player.start_button, Qt.MouseButton.LeftButton)
    assert player.page is Page.EXERCISE
    for _ in range(50):
        if player.page is not Page.EXERCISE:
            break
        player.skip_exercise()
    assert player.page is Page.PAIN_AFTER
    player.pain_after_scale.set_value(after)
    player.save()
    assert player.page is Page.SUMMARY


def test_start_routine_from_today_records_done_with_pain_and_undoes(
    qtbot: QtBot, acute_window: MainWindow
) -> None:
    window = acute_window
    window.show_section("today")
    pid = window.patient_id
    assert pid is not None
    row = window.today_view.row_for("morning-stretch", STRETCH_START)
    assert row is not None and "routine" in row.buttons
    walk = window.today_view.row_for("evening-walk")
    assert walk is None or "routine" not in walk.buttons  # no exercises: nothing to play
    qtbot.mouseClick(row.buttons["routine"], Qt.MouseButton.LeftButton)
    player = window.recorder.dialog
    assert isinstance(player, RoutinePlayer) and player.isVisible()
    _play_to_the_end(qtbot, player, 6, 3)
    (event,) = [e for _, e in window.services.events(pid) if e.item == "morning-stretch"]
    assert event.status is EventStatus.DONE
    assert (event.pain_before, event.pain_after) == (6, 3)
    assert event.scheduled_for is not None and event.scheduled_for.astimezone(UTC) == STRETCH_START
    qtbot.waitUntil(
        lambda: (r := window.today_view.row_for("morning-stretch", STRETCH_START)) is not None
        and r.state is OccurrenceState.DONE
    )
    window.undo_action.trigger()  # Edit > Undo takes the routine's record back (kept, marked removed)
    assert [e.counts for _, e in window.services.events(pid) if e.item == "morning-stretch"] == [False]
    player.close()


def test_start_routine_from_the_plan_counts_for_todays_open_occurrence(
    qtbot: QtBot, acute_window: MainWindow, clock: FixedClock
) -> None:
    window = acute_window
    clock.set(STRETCH_START + timedelta(hours=3))  # 10:15: the 07:15 stretches were missed
    window.show_section("plan")
    plan = window.plan_view
    ids = [a.id for a in plan.document.activities] if plan.document is not None else []
    plan.select_activity(ids.index("pt"))
    assert not plan.routine_button.isVisible()  # physical therapy lists no exercises
    plan.select_activity(ids.index("morning-stretch"))
    assert plan.routine_button.isVisible()
    qtbot.mouseClick(plan.routine_button, Qt.MouseButton.LeftButton)
    player = window.recorder.dialog
    assert isinstance(player, RoutinePlayer)
    _play_to_the_end(qtbot, player, 5, 5)
    pid = window.patient_id
    assert pid is not None
    (event,) = [e for _, e in window.services.events(pid) if e.item == "morning-stretch"]
    assert event.scheduled_for is not None and event.scheduled_for.astimezone(UTC) == STRETCH_START
    assert (event.pain_before, event.pain_after) == (5, 5)
    player.close()
