"""The plan editor's core: every change of the Plan section is saved and undone through here.

A change replaces the plan through ``services.save_plan`` with the revision last
read, so a plan changed meanwhile by the command line or another window is never
silently overwritten (``ConflictError``: the user is told and the plan reloaded);
the change is then pushed on the window's undo stack (:mod:`.editor`). The forms
open here, and open again with what was typed when a lost server refused the save.
The pages of the section (:mod:`.medicines_page`, :mod:`.activities_page`,
:mod:`.workflow`) build on :class:`PlanEditing`; :class:`~.view.PlanView` is all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from backplan.domain.model import PlanDocument
from backplan.services.backplan_service import Backplan
from backplan.services.errors import ConflictError, ServiceError

from ..common.connection import handled, not_saved_text
from ..common.undo_guard import RevisionWatch
from ..common.widgets import FittedTable

if TYPE_CHECKING:
    # The editor's forms and dialogs are imported where they open: a start that only
    # shows the plan need not load them.
    from .editor import PlanState


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanView", text)


def buttons_row(
    parent: QWidget, *specs: tuple[str, Callable[[], Any]]
) -> tuple[QHBoxLayout, list[QPushButton]]:
    """A row of push buttons, each calling its slot, pushed to the start."""
    row = QHBoxLayout()
    row.setSpacing(6)
    made = []
    for text, slot in specs:
        button = QPushButton(text, parent)
        button.clicked.connect(lambda _=False, f=slot: f())
        row.addWidget(button)
        made.append(button)
    row.addStretch(1)
    return row, made


T = TypeVar("T")


def without(items: tuple[T, ...], row: int) -> tuple[T, ...]:
    """``items`` without the one at ``row``."""
    return tuple(item for i, item in enumerate(items) if i != row)


class PlanEditing(QWidget):
    """What every page of the Plan section edits with: the shown plan, save, undo, forms."""

    patient_created = Signal(int)
    message = Signal(str)
    routine_requested = Signal(str)  # an activity's id: the window opens the routine player

    # Set by PlanView.__init__; declared here for the pages that build on this class.
    services: Backplan
    patient_id: int | None
    document: PlanDocument | None
    revision: int | None
    undo_stack: QUndoStack
    revisions: RevisionWatch
    open_dialog: QWidget | None
    last_problem: str
    confirm: Callable[[str, str], bool]
    _unsaved_form: bool
    _unfitted: bool

    def refresh(self) -> None:
        """Reads the plan again and shows it (the view's)."""
        raise NotImplementedError

    def _fit(self, table: FittedTable) -> None:
        """Fits ``table`` to its rows now if the section is on screen, else when it is shown."""
        if self.isVisible():
            table.fit()
        else:
            self._unfitted = True

    def set_undo_stack(self, stack: QUndoStack) -> None:
        """The window's stack, so Edit > Undo undoes plan edits like any other."""
        self.undo_stack = stack
        self.revisions = RevisionWatch.of(stack, self.services)

    def _patient_name(self) -> str:
        if self.document is not None and self.patient_id is not None:
            return self.document.patient.name
        return ""

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _problem(self, title: str, text: str) -> None:
        """Tells the user without blocking (a test, or a busy clinician, can carry on)."""
        self.last_problem = text
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(box.deleteLater)
        box.open()

    def state(self) -> PlanState:
        from .editor import PlanState

        assert self.document is not None
        return PlanState.of(self.document)

    def write_state(self, patient_id: int, state: PlanState, expected: int | None = None) -> bool:
        """Saves a whole plan state; on a conflict tells the user and reloads.

        ``expected``: the revision the edit was made from (the one shown); without it,
        as for an undo or redo, the revision this window last wrote or read.
        """
        if expected is None:
            expected = self.revisions.expected(patient_id)
        try:
            self.services.save_plan(
                patient_id, state.patient, state.plan, state.medications, state.activities,
                expected_revision=expected,
            )  # fmt: skip
        except ConflictError:
            self._problem(
                tr("The plan changed elsewhere"),
                tr(
                    "This plan was changed elsewhere (another window or the command line) since it "
                    "was shown here. Nothing was overwritten; the plan has been reloaded, so make "
                    "your change again."
                ),
            )
            self.refresh()
            return False
        except (ServiceError, LookupError) as exc:
            self._problem(tr("The plan was not saved"), str(exc))
            return False
        except Exception as exc:
            if not handled(exc):
                raise
            # The server went away: nothing was written; the form opens again with
            # what was typed in it (see _show_form), to be saved once it is back.
            self._unsaved_form = True
            self._problem(tr("The plan was not saved"), not_saved_text())
            return False
        if expected is not None:  # the save moved exactly this revision by one
            self.revisions.wrote(patient_id, expected + 1)
        if patient_id == self.patient_id:
            self.refresh()
        return True

    def apply(self, after: PlanState, text: str) -> bool:
        """Saves an edit and puts it on the undo stack."""
        from .editor import PlanEditCommand

        if self.patient_id is None or self.document is None:
            return False
        pid, before = self.patient_id, self.state()
        if not self.write_state(pid, after, self.revision):
            return False
        self.undo_stack.push(PlanEditCommand(self.write_state, pid, before, after, text))
        self.message.emit(text)
        return True

    def _remove(self, title: str, question: str, change: Callable[[PlanState], PlanState], text: str) -> bool:
        """Asks ``question``; if the answer is yes, saves ``change`` of the plan as one edit."""
        if not self.confirm(title, question):
            return False
        return self.apply(change(self.state()), text)

    def _show_form(self, form: QWidget) -> QWidget:
        form.open() if hasattr(form, "open") else form.show()
        self.open_dialog = form
        accepted = getattr(form, "accepted", None)
        if accepted is not None:  # after the form's own handler, which saves
            accepted.connect(lambda: self._reopen_if_unsaved(form))
        return form

    def _reopen_if_unsaved(self, form: QWidget) -> None:
        """A form whose save the lost server refused opens again, its values intact."""
        if self._unsaved_form:
            self._unsaved_form = False
            form.open() if hasattr(form, "open") else form.show()

    def _taken_ids(self, but: str | None = None) -> set[str]:
        assert self.document is not None
        doc = self.document
        ids = {m.id for m in doc.medications} | {a.id for a in doc.activities} | set(doc.flare_up_ids())
        return ids - ({but} if but else set())

    def _context(self, section: str, row: int | None) -> Callable[[Any], tuple[PlanDocument, str]]:
        assert self.document is not None
        doc = self.document

        def context(item: Any) -> tuple[PlanDocument, str]:
            items: list[Any] = list(doc.medications if section == "medications" else doc.activities)
            index = len(items) if row is None else row
            if row is None:
                items.append(item)
            else:
                items[row] = item
            if section == "medications":
                changed = replace(doc, log=(), events=(), medications=tuple(items))
            else:
                changed = replace(doc, log=(), events=(), activities=tuple(items))
            return changed, f"{section}[{index}]"

        return context

    def _selected_row(self, view: Any) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None
