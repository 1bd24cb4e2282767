"""Every window and dialog fits a 1366x768 and a 1280x720 laptop, and never grows past it.

The offscreen platform has one screen of its own size, so the laptop's available
geometry (the screen less a 32 px panel) is handed to the sizing code in its place;
what is checked is what a patient would see: the size a window or dialog opens at
(with its frame), and the smallest size its layout lets it have (its content scrolls
below that).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from backplan.domain.model import LogEntry
from backplan.ui.common import screen_fit
from backplan.ui.common.screen_fit import FRAME_ALLOWANCE, ScreenBound, fitted_size
from backplan.ui.shell.main_window import MainWindow

PANEL = 32
LAPTOPS = {
    "1366x768": QRect(0, PANEL, 1366, 768 - PANEL),
    "1280x720": QRect(0, PANEL, 1280, 720 - PANEL),
}


@pytest.fixture(params=sorted(LAPTOPS))
def laptop(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[QRect]:
    area = LAPTOPS[request.param]
    monkeypatch.setattr(screen_fit, "available_geometry", lambda widget=None: area)
    yield area


def _fits(widget: QWidget, area: QRect, what: str) -> None:
    framed = widget.size() + FRAME_ALLOWANCE
    assert framed.width() <= area.width() and framed.height() <= area.height(), (what, widget.size())
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    assert least.width() <= area.width() and least.height() <= area.height(), (what, least)


def test_fitted_size_keeps_the_preferred_size_where_it_fits() -> None:
    big = QRect(0, 0, 1920, 1050)
    assert fitted_size(700, 780, big) == QSize(700, 780)
    small = LAPTOPS["1280x720"]
    fitted = fitted_size(700, 780, small)
    assert fitted.width() == 700 and fitted.height() + FRAME_ALLOWANCE.height() <= small.height()


def test_the_window_and_each_section_fit(
    qtbot: QtBot, acute_window: MainWindow, laptop: QRect
) -> None:
    window = acute_window
    window.screen_bound.area = lambda: laptop
    screen_fit.fit_to_screen(window, 1180, 780)
    for key in ("today", "plan", "log", "progress", "print"):
        window.show_section(key)
        qtbot.wait(5)
        _fits(window, laptop, key)


def test_the_dialogs_fit(qtbot: QtBot, acute_window: MainWindow, laptop: QRect) -> None:
    window = acute_window
    window.show_section("plan")
    plan = window.plan_view
    dialogs: list[tuple[str, QWidget | None]] = [
        ("activity form", plan.add_activity()),
        ("medication form", plan.add_medication()),
        ("preferences", window.show_preferences()),
        ("about", window.show_about()),
    ]
    activity = dialogs[0][1]
    assert activity is not None
    dialogs.append(("exercise picker", activity.pick_exercise()))  # type: ignore[attr-defined]
    window.show_section("log")
    from backplan.ui.log.view import LogEntryDialog

    entry = LogEntry(at=datetime(2026, 12, 1, 13, 0, tzinfo=UTC), pain=4)
    now = datetime(2026, 12, 1, 14, tzinfo=UTC)
    dialogs.append(("log entry", LogEntryDialog(entry, UTC, (), now, window)))
    window.show_section("print")
    view = window.views["print"]
    with qtbot.waitSignal(view.preview_opened, timeout=20_000):  # type: ignore[attr-defined]
        view.preview()  # type: ignore[attr-defined]
    dialogs.append(("print preview", view.preview_dialog))  # type: ignore[attr-defined]
    for what, dialog in dialogs:
        assert dialog is not None, what
        _fits(dialog, laptop, what)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)


def test_the_window_never_grows_past_the_screen(qtbot: QtBot, acute_window: MainWindow) -> None:
    """A row wider than the screen (a long message, a large text) scrolls; the window stays."""
    window = acute_window
    laptop = LAPTOPS["1366x768"]
    window.screen_bound.area = lambda: laptop
    window.resize(1300, 700)
    window.show_section("today")
    wide = QLabel("x")
    wide.setMinimumWidth(1600)
    window.today_view.timeline.insertWidget(0, wide)
    for key in ("log", "progress", "today"):
        window.show_section(key)
        qtbot.wait(20)
    assert window.width() <= laptop.width()
    window.resize(2000, 1200)  # a restored size from a bigger screen
    qtbot.waitUntil(lambda: window.width() <= laptop.width() and window.height() <= laptop.height())


def test_screen_bound_moves_a_window_back_onto_the_screen(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    area = QRect(0, 0, 800, 600)
    bound = ScreenBound(widget, lambda: area)
    widget.resize(300, 200)
    widget.show()
    widget.move(700, 550)
    bound.keep_within()
    assert widget.frameGeometry().right() <= area.right()
    assert widget.frameGeometry().bottom() <= area.bottom()


def test_the_routine_player_opens_whole_on_its_screen(qtbot: QtBot, acute_window: MainWindow) -> None:
    """It sizes itself once shown (after Qt placed it over the window): it is moved back on."""
    window = acute_window
    window.move(300, 200)
    pid = window.patient_id
    assert pid is not None
    player = window.recorder.start_routine(pid, "morning-stretch")
    assert player is not None
    qtbot.waitExposed(player)
    screen = player.screen().availableGeometry()
    assert screen.contains(player.frameGeometry()), (screen, player.frameGeometry())
    player.done(0)
