"""The one undo base (ui/common/undo.py): what every undoable change of the window shares.

A change made before the push is not made twice; a step that fails is reported through
the error callback (never raised into Qt) and, where the command says so, leaves the
stack; a step that has already told the user (a dialog) is not reported twice; the keys
of records that undo re-creates under new ids stay stable.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from backplan.services.errors import ServiceError
from backplan.ui.common.undo import RecordIds, ServiceCommand, StepFailed


class Counter(ServiceCommand):
    """Adds one to a list's last number; undo takes it off. ``fail`` makes the next step raise."""

    def __init__(self, values: list[int], errors: list[str], *, done: bool = True) -> None:
        super().__init__("count", 7, errors.append, done=done)
        self.values = values
        self.fail: Exception | None = None

    def _step(self, delta: int) -> None:
        if self.fail is not None:
            raise self.fail
        self.values.append(self.values[-1] + delta)

    def apply(self) -> None:
        self._step(1)

    def revert(self) -> None:
        self._step(-1)


class Dropping(Counter):
    drop_on_failure = True


def test_a_change_made_before_the_push_is_not_made_again(qtbot: QtBot) -> None:
    stack, values, errors = QUndoStack(), [1], []
    stack.push(Counter(values, errors))
    assert values == [1]
    stack.undo()
    stack.redo()
    assert values == [1, 0, 1] and errors == []


def test_a_change_the_push_makes_is_made_once(qtbot: QtBot) -> None:
    stack, values, errors = QUndoStack(), [1], []
    stack.push(Counter(values, errors, done=False))
    assert values == [1, 2]


def test_a_refusal_is_reported_not_raised_and_the_step_stays(qtbot: QtBot) -> None:
    stack, values, errors = QUndoStack(), [1], []
    command = Counter(values, errors)
    stack.push(command)
    command.fail = ServiceError("that record was removed elsewhere")
    stack.undo()
    assert errors == ["that record was removed elsewhere"]
    assert stack.count() == 1 and not command.isObsolete()


def test_a_step_that_cannot_be_replayed_leaves_the_stack(qtbot: QtBot) -> None:
    stack, values, errors = QUndoStack(), [1], []
    command = Dropping(values, errors)
    stack.push(command)
    command.fail = LookupError("gone")
    stack.undo()
    assert errors == ["gone"] and stack.count() == 0


def test_a_step_that_already_told_the_user_is_not_reported_twice(qtbot: QtBot) -> None:
    stack, values, errors = QUndoStack(), [1], []
    command = Dropping(values, errors)
    stack.push(command)
    command.fail = StepFailed()
    stack.undo()
    assert errors == [] and stack.count() == 0


def test_an_error_the_command_does_not_expect_is_not_swallowed(qtbot: QtBot) -> None:
    values: list[int] = [1]
    command = Counter(values, [])
    command.fail = ZeroDivisionError("a bug")
    with pytest.raises(ZeroDivisionError):
        command.undo()


def test_every_command_says_whose_data_it_changes(qtbot: QtBot) -> None:
    # The undo guard reads the revision of every patient the history touches.
    assert Counter([1], []).patient_id == 7


def test_record_keys_survive_a_new_id_and_set_a_deleted_id_aside() -> None:
    ids = RecordIds()
    key = ids.key_for(10)
    assert ids.key_for(10) == key and ids.current(key) == 10
    ids.gone(key)
    with pytest.raises(LookupError):
        ids.current(key)
    # The database may give the deleted record's id to a new one: a new key, not the old.
    assert ids.key_for(10) != key
    ids.moved(key, 11)  # undo re-created the record under a new id
    assert ids.current(key) == 11
