"""Undo never erases another workstation's edit (issue 22, point 1).

Two workstations on one database: room A edits the plan in its window (a real
``PlanView`` over its own ``Backplan``), room B changes the plan through its own
``Backplan`` (its own engine and connections: the ``workstation`` fixture). Runs once
per engine: on SQLite the "other workstation" is another connection to the same file
(the command line), on PostgreSQL another client of the server that
BACKPLAN_TEST_POSTGRES_URL names (skipped, with the reason, when none is configured).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pytestqt.qtbot import QtBot

from backplan.domain.model import PlanDocument
from backplan.services.backplan_service import Backplan
from backplan.ui.plan.view import PlanView


def _room_a(qtbot: QtBot, services: Backplan, pid: int) -> PlanView:
    view = PlanView(services)
    qtbot.addWidget(view)
    view.confirm = lambda _title, _text: True
    view.set_patient(pid)
    return view


def _retitle(view: PlanView, title: str) -> None:
    state = view.state()
    assert view.apply(replace(state, plan=replace(state.plan, title=title)), "Change the title")


def _a_then_b(qtbot: QtBot, services: Backplan, pid: int, other: Backplan) -> PlanView:
    """Room A changes the title in its window, then room B changes the notes."""
    view = _room_a(qtbot, services, pid)
    _retitle(view, "Title from room A")
    assert view.undo_stack.count() == 1 and view.undo_stack.canUndo()
    _set_notes(other, pid, "Notes from room B")
    return view


def _set_notes(services: Backplan, pid: int, notes: str) -> None:
    doc = services.document(pid, with_history=False)
    services.save_plan(
        pid, doc.patient, replace(doc.plan, notes=notes), doc.medications, doc.activities,
        expected_revision=services.plan_revision(pid),
    )  # fmt: skip


def test_undo_after_another_rooms_change_is_loaded_has_nothing_to_erase(
    qtbot: QtBot, imported: tuple[Backplan, int], workstation: Callable[[], Backplan]
) -> None:
    services, pid = imported
    other = workstation()
    view = _a_then_b(qtbot, services, pid, other)
    view.refresh()  # room A reloads (the change check, or the window's activation)
    qtbot.waitUntil(lambda: view.undo_stack.count() == 0)
    assert "changed elsewhere" in view.revisions.last_message
    assert "undo history was cleared" in view.revisions.last_message
    assert not view.undo_stack.canUndo()
    view.undo_stack.undo()  # Edit > Undo: nothing left to undo
    doc = other.document(pid, with_history=False)
    assert (doc.plan.title, doc.plan.notes) == ("Title from room A", "Notes from room B")


def test_undo_before_the_change_is_loaded_is_refused_as_changed_elsewhere(
    qtbot: QtBot, imported: tuple[Backplan, int], workstation: Callable[[], Backplan]
) -> None:
    services, pid = imported
    other = workstation()
    view = _a_then_b(qtbot, services, pid, other)
    view.undo_stack.undo()  # before room A has read room B's change
    assert "changed elsewhere" in view.last_problem
    doc = other.document(pid, with_history=False)
    assert (doc.plan.title, doc.plan.notes) == ("Title from room A", "Notes from room B")
    qtbot.waitUntil(lambda: view.undo_stack.count() == 0)
    assert view.document is not None and view.document.plan.notes == "Notes from room B"


def test_redo_is_checked_like_undo(
    qtbot: QtBot, imported: tuple[Backplan, int], workstation: Callable[[], Backplan]
) -> None:
    services, pid = imported
    view = _room_a(qtbot, services, pid)
    before = view.document
    assert before is not None
    _retitle(view, "Title from room A")
    view.undo_stack.undo()
    assert services.document(pid, with_history=False).plan.title == before.plan.title
    other = workstation()
    _set_notes(other, pid, "Notes from room B")
    view.undo_stack.redo()
    assert "changed elsewhere" in view.last_problem
    assert other.document(pid, with_history=False).plan.notes == "Notes from room B"


def test_own_edits_undo_and_redo_in_a_row(qtbot: QtBot, imported: tuple[Backplan, int]) -> None:
    """The revision chain of this window's own writes: several undos and redos all save."""
    services, pid = imported
    view = _room_a(qtbot, services, pid)
    first = services.document(pid, with_history=False).plan.title
    _retitle(view, "Second")
    _retitle(view, "Third")
    view.undo_stack.undo()
    view.undo_stack.undo()
    assert services.document(pid, with_history=False).plan.title == first
    view.undo_stack.redo()
    view.undo_stack.redo()
    assert services.document(pid, with_history=False).plan.title == "Third"
    assert view.last_problem == "" and view.undo_stack.count() == 2


def test_a_change_of_another_patient_keeps_this_history(
    qtbot: QtBot, imported: tuple[Backplan, int], workstation: Callable[[], Backplan], acute_doc: PlanDocument
) -> None:
    services, pid = imported
    other_doc = replace(acute_doc, patient=replace(acute_doc.patient, name="Someone Else"))
    other_pid = services.import_document(other_doc).patient_id
    view = _room_a(qtbot, services, pid)
    _retitle(view, "Title from room A")
    _set_notes(workstation(), other_pid, "Notes for someone else")
    view.refresh()
    qtbot.wait(10)
    assert view.undo_stack.count() == 1 and view.revisions.last_message == ""

