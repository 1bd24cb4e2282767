"""Keyboard and screen-reader reach of every section, the routine player and the dialogs.

tests/ui/test_main_window.py walks Today and Plan; this file walks all five sections
(Today, Plan, Log, Progress, Print) with history in them, so that a control added to
any of them without a tab stop or a name fails here. A person in pain should never
need the mouse, and a screen reader must be able to say what each control is.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backplan.bootstrap import open_services
from backplan.domain.clock import FixedClock
from backplan.services.backplan_service import Backplan
from backplan.ui.routine.player import RoutinePlayer
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.shell.settings import SECTIONS, Settings

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QAbstractSlider,
    QTextEdit,
    QPlainTextEdit,
)


def _tab_stop(widget: QWidget) -> bool:
    policy = widget.focusPolicy().value
    return (
        widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
        and policy & Qt.FocusPolicy.TabFocus.value == Qt.FocusPolicy.TabFocus.value
    )


def _chain(top: QWidget) -> list[QWidget]:
    """The tab stops of ``top`` in focus-chain order, once round."""
    QTest.qWait(30)
    widget: QWidget = top
    first: QWidget | None = None
    order: list[QWidget] = []
    for _ in range(20_000):
        widget = widget.nextInFocusChain()
        if not _tab_stop(widget) or widget.window() is not top:
            continue
        if widget is first:
            return order
        first = first or widget
        order.append(widget)
    pytest.fail("the focus chain never came back to its first widget")


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.accessibleName()!r} in {type(widget.parent()).__name__}"


def _walk(qtbot: QtBot, top: QWidget) -> list[QWidget]:
    """Every tab stop is in the chain, and pressing Tab moves focus round it to the start."""
    order = _chain(top)
    assert order, "nothing to tab to"
    everything = {w for w in top.findChildren(QWidget) if _tab_stop(w) and w.window() is top}
    missing = everything - set(order)
    assert not missing, f"not reachable with Tab: {[_describe(w) for w in missing]}"
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow)
    order[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is order[0])
    # Tab visits one button of an exclusive radio group (arrows move inside it), so
    # the walk may be shorter than the chain; it must never stop and must come round.
    for _ in range(len(order)):
        before = QApplication.focusWidget()
        assert before is not None
        # A date-time edit takes Tab from one of its fields to the next (day, month,
        # year, hour, minute) before it lets focus go: that is a walk, not a dead end.
        presses = 8 if isinstance(before, QDateTimeEdit) else 1
        after = before
        for _ in range(presses):
            qtbot.keyClick(before, Qt.Key.Key_Tab)
            after = QApplication.focusWidget()
            if after is not before:
                break
        assert after is not before, f"Tab is stuck on {_describe(before)}"
        assert after is not None and after.window() is top, f"Tab left the window from {_describe(before)}"
        if after is order[0]:
            break
    assert QApplication.focusWidget() is order[0], "Tab did not come back round to the first control"
    return order


def _labelled(widget: QWidget, top: QWidget) -> bool:
    """A visible label whose buddy is ``widget`` names it for a screen reader too."""
    return any(label.buddy() is widget and label.text().strip() for label in top.findChildren(QLabel))


def unnamed(top: QWidget) -> list[str]:
    """Visible interactive widgets a screen reader could not name."""
    QTest.qWait(30)
    problems = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if isinstance(widget, QScrollBar | QHeaderView):
            continue  # parts of a scroll area or table, which carries the name
        if isinstance(widget, QLineEdit) and (
            widget.focusProxy() is not None or isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
        ):
            continue  # the edit inside a spin box or combo box: its owner carries the name
        text = widget.text().replace("&", "").strip() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName().strip() or text or _labelled(widget, top)):
            problems.append(_describe(widget))
    return problems


@pytest.fixture
def history_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The window over the example with weeks of history, so Log and Progress have rows."""
    clock = FixedClock(datetime.fromisoformat("2026-11-20T15:00:00+00:00"))
    services = open_services(tmp_path, clock)
    services.import_file(EXAMPLES / "with-history.backplan.json")
    window = MainWindow(
        services,
        Settings.for_data_dir(tmp_path),
        clock,
        system_zone="America/Chicago",
        tray_available=False,
        demo_launcher=lambda: False,
        start_reminders=False,
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    services.listeners.clear()
    services.db.dispose()


def _settle(qtbot: QtBot, window: MainWindow, section: str) -> QWidget:
    window.show_section(section)
    view = window.views[section]
    # Progress builds its chart on a worker; wait for the text summary it writes after.
    summary = getattr(view, "summary", None)
    if isinstance(summary, QLabel):
        qtbot.waitUntil(lambda: bool(summary.text().strip()), timeout=20_000)
    QTest.qWait(50)
    return view


@pytest.mark.parametrize("section", SECTIONS)
def test_tab_goes_round_every_section(qtbot: QtBot, history_window: MainWindow, section: str) -> None:
    view = _settle(qtbot, history_window, section)
    order = _walk(qtbot, history_window)
    inside = [w for w in order if view.isAncestorOf(w)]
    assert inside, f"no control of the {section} section can be reached with Tab"


@pytest.mark.parametrize("section", SECTIONS)
def test_every_control_of_every_section_has_a_name(
    qtbot: QtBot, history_window: MainWindow, section: str
) -> None:
    _settle(qtbot, history_window, section)
    assert unnamed(history_window) == []


def test_the_progress_chart_has_a_text_summary(qtbot: QtBot, history_window: MainWindow) -> None:
    view = _settle(qtbot, history_window, "progress")
    canvas = getattr(view, "canvas", None)
    assert canvas is not None
    assert canvas.accessibleName().strip()
    # The description is the summary a screen reader reads instead of the picture.
    assert len(canvas.accessibleDescription()) > 40
    assert canvas.accessibleDescription() == view.summary.text()


def test_main_actions_have_shortcuts_and_mnemonics(history_window: MainWindow) -> None:
    """Log pain, print and each section can be reached by a key, as the menus say."""
    texts = {}
    for menu_action in history_window.menuBar().actions():
        menu = menu_action.menu()
        assert "&" in menu_action.text(), f"menu {menu_action.text()!r} has no Alt letter"
        for action in menu.actions() if menu is not None else []:
            if action.isSeparator():
                continue
            texts[action.text().replace("&", "")] = action
            assert "&" in action.text() or not action.shortcut().isEmpty(), (
                f"{action.text()!r} can be reached neither by an Alt letter nor a shortcut"
            )
    printing = [a for name, a in texts.items() if name.startswith("Print")]
    assert printing and any(not a.shortcut().isEmpty() for a in printing)
    log = texts.get("Log")
    assert log is not None and not log.shortcut().isEmpty()


def test_the_routine_player_goes_round_and_is_named(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FixedClock(datetime.fromisoformat("2026-12-01T13:30:00+00:00"))
    services: Backplan = open_services(tmp_path, clock)
    try:
        pid = services.import_file(EXAMPLES / "acute-3-weeks.backplan.json").patient_id
        player = RoutinePlayer(services, pid, "morning-stretch", None, clock)
        qtbot.addWidget(player)
        player.show()
        qtbot.waitExposed(player)
        order = _walk(qtbot, player)
        assert len(order) >= 2
        assert unnamed(player) == []
        player.close()
    finally:
        services.listeners.clear()
        services.db.dispose()


def test_the_log_entry_dialog_is_named(qtbot: QtBot, history_window: MainWindow) -> None:
    view = _settle(qtbot, history_window, "log")
    view.table.setFocus()
    view.table.selectRow(0)
    view.edit_selected()
    dialog = view.edit_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
    _walk(qtbot, dialog)
    dialog.reject()
