"""Fixtures for the window's tests: a real MainWindow over real services and a fixed clock.

No tray (there is none offscreen, and the tests must not need one), reminders not
started on a timer (the tests tick them by hand), and the computer's time zone
pinned so the time-zone notice does not depend on the machine running the tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backplan.domain.clock import FixedClock
from backplan.services.backplan_service import Backplan
from backplan.ui.common.theme import install_translation
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.shell.settings import Settings


def make_window(
    qtbot: QtBot, services: Backplan, clock: FixedClock, data_dir: Path, system_zone: str = "America/Chicago"
) -> MainWindow:
    window = MainWindow(
        services,
        Settings.for_data_dir(data_dir),
        clock,
        system_zone=system_zone,
        tray_available=False,
        demo_launcher=lambda: False,
        start_reminders=False,
    )
    qtbot.addWidget(window)
    # The offscreen platform's one screen is 800x800, smaller than the sizes these tests
    # give the window; the window's own screen bound is checked against real laptop
    # screens in test_fits_screen.py.
    window.screen_bound.area = lambda: QRect(0, 0, 4096, 4096)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window_factory(qtbot: QtBot, clock: FixedClock, data_dir: Path) -> Iterator[Callable[..., MainWindow]]:
    """Builds windows over given services (for tests that import their own plan first)."""
    made: list[MainWindow] = []

    def build(services: Backplan, system_zone: str = "America/Chicago") -> MainWindow:
        win = make_window(qtbot, services, clock, data_dir, system_zone)
        made.append(win)
        return win

    yield build
    for win in made:
        win.close()


@pytest.fixture
def window(qtbot: QtBot, services: Backplan, clock: FixedClock, data_dir: Path) -> Iterator[MainWindow]:
    win = make_window(qtbot, services, clock, data_dir)
    yield win
    win.close()


@pytest.fixture
def acute_window(
    qtbot: QtBot, imported: tuple[Backplan, int], clock: FixedClock, data_dir: Path
) -> Iterator[MainWindow]:
    services, _pid = imported
    win = make_window(qtbot, services, clock, data_dir)
    yield win
    win.close()


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[QTranslator]:
    """The window's language set to Hindi for one test (the catalogue and the locale)."""
    before = QLocale()
    translator = install_translation(qapp, "hi")
    assert translator is not None, "backplan_hi.qm was not found or not loaded"
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(before)
