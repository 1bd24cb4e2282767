"""The window talks to its sections through one protocol, and builds them only when used.

Every section the window builds is a ``Section`` (common/section.py), and what it offers
(refresh, the window's undo stack, printing, a shutdown) is what the window uses:
File > Print… reaches the Print section's document, a close waits for the sections'
background work, Edit > Undo undoes the Log's and the Plan's edits. A start on Today
builds none of the other sections (test_app_start.py: nor imports them).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backplan.ui.common.section import Offers, Section
from backplan.ui.log.view import LogView
from backplan.ui.print.view import PrintView
from backplan.ui.progress.view import ProgressView
from backplan.ui.shell.main_window import MainWindow
from backplan.ui.shell.sections import SECTION_SPECS, PendingSection, Placeholder
from backplan.ui.shell.settings import SECTIONS


def test_the_sections_table_and_the_settings_name_the_same_sections() -> None:
    """The settings keep the last section by key (without importing the table, at start)."""
    assert tuple(section.key for section in SECTION_SPECS) == SECTIONS


def test_a_window_on_today_has_built_no_other_section(acute_window: MainWindow) -> None:
    assert acute_window.current_section() == "today"
    assert isinstance(acute_window.views["today"], Section)
    for section in SECTION_SPECS[1:]:
        assert isinstance(acute_window.views[section.key], PendingSection), section.key
        assert not acute_window.navigation.is_built(section.key)


def test_every_section_the_window_builds_is_a_section_and_offers_what_it_has(
    acute_window: MainWindow,
) -> None:
    window = acute_window
    offered: dict[str, Offers] = {}
    for section in SECTION_SPECS:
        window.show_section(section.key)
        view = window.views[section.key]
        assert window.sections.currentWidget() is view, section.key
        assert not isinstance(view, PendingSection | Placeholder), section.key
        assert isinstance(view, Section), section.key
        offered[section.key] = view.section_offers()
    # What the window relies on, section by section.
    assert offered["print"].print_document is not None
    assert [k for k, o in offered.items() if o.print_document is not None] == ["print"]
    assert {k for k, o in offered.items() if o.shutdown is not None} == {"progress", "print"}
    assert {k for k, o in offered.items() if o.share_undo is not None} == {"plan", "log"}
    assert {k for k, o in offered.items() if o.refresh is not None} == {"today", "plan", "progress"}
    # The sections that edit put their edits on the window's stack (Edit > Undo).
    assert window.plan_view.undo_stack is window.undo_stack
    log_view = window.views["log"]
    assert isinstance(log_view, LogView) and log_view.undo_stack is window.undo_stack


def test_file_print_reaches_the_print_sections_document(
    acute_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QWidget] = []
    monkeypatch.setattr(PrintView, "print_document", lambda self: asked.append(self))
    acute_window.print_action.trigger()
    assert acute_window.current_section() == "print"
    assert asked == [acute_window.views["print"]]


def test_closing_the_window_shuts_down_the_sections_built(
    qtbot: QtBot, acute_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    stopped: list[str] = []
    original = ProgressView.shutdown

    def shutdown(self: ProgressView) -> None:
        stopped.append("progress")
        original(self)

    monkeypatch.setattr(ProgressView, "shutdown", shutdown)
    acute_window.show_section("progress")
    acute_window.close()
    assert stopped == ["progress"]  # Print, never built, has nothing running


def test_a_section_that_fails_to_build_is_a_placeholder_and_the_window_goes_on(
    acute_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: LogView, *args: object, **kwargs: object) -> None:
        raise RuntimeError("the log's table is gone")

    monkeypatch.setattr(LogView, "__init__", broken)
    acute_window.show_section("log")
    view = acute_window.views["log"]
    assert isinstance(view, Placeholder) and isinstance(view, Section)
    assert acute_window.current_section() == "log"
    acute_window.refresh()  # the placeholder offers nothing, and asks nothing
    acute_window.show_section("today")
    assert acute_window.current_section() == "today"
