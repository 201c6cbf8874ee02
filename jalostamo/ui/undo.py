"""Undo commands: every user edit is one QUndoCommand.

An action made of several writes runs as one operation (``run_operation``, wrapping
services/operations.py): one transaction, and undo/redo by the domain (``OperationCommand``).
Single edits use ``ServiceCommand``, which runs ``do`` on redo() and ``undo`` on undo(); both
call services, which commit at once. The first redo() happens when the command is pushed on the document's stack.
Commands never touch widgets: views refresh from the services' change events.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from jalostamo.services.operations import OpChanges, Operations


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any],
                 *, merge_id: int = -1, merge_key: object = None) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._merge_id = merge_id
        self._merge_key = merge_key
        self.result: Any = None
        self._done_before_push = False

    def redo(self) -> None:
        if self._done_before_push:  # push() already ran it, outside the stack
            self._done_before_push = False
            return
        self.result = self._do()

    def undo(self) -> None:
        self._undo()

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:  # typing edits into one field = one step
        if not isinstance(other, ServiceCommand) or other._merge_key != self._merge_key:
            return False
        self._do = other._do
        return True


def push(stack: QUndoStack, text: str, do: Callable[[], Any], undo: Callable[[], Any],
         **kwargs: Any) -> Any:
    """Run ``do`` as an undoable step on ``stack``; returns what ``do`` returned.

    ``do`` runs before the command goes on the stack, so that an error it raises (a
    :class:`~jalostamo.errors.UserError` for bad input) reaches the caller as an ordinary
    exception and leaves the stack untouched; services write nothing half-way.
    """
    command = ServiceCommand(text, do, undo, **kwargs)
    command.result = do()
    command._done_before_push = True
    stack.push(command)
    return command.result


class OperationCommand(QUndoCommand):
    """The undo step of one operation (services/operations.py): undo reverts what it
    changed, redo reapplies it; both are operations themselves (one transaction each)."""

    def __init__(self, text: str, operations: Operations, changes: OpChanges) -> None:
        super().__init__(text)
        self._operations = operations
        self._changes = changes
        self._first = True  # pushed after it ran: the stack's first redo() does nothing

    @property
    def changes(self) -> OpChanges:
        """What the operation changed (rows, and fields with their values before and after)."""
        return self._changes

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._operations.reapply(self._changes)

    def undo(self) -> None:
        self._operations.revert(self._changes)


def run_operation(stack: QUndoStack, text: str, operations: Operations,
                  action: Callable[[], Any]) -> Any:
    """Run ``action`` (service calls) as one operation and one undo step; returns its result.

    An error it raises reaches the caller with nothing written and the stack untouched; an
    action that changed nothing leaves no step.
    """
    result, changes = operations.perform(action)
    if changes:
        stack.push(OperationCommand(text, operations, changes))
    return result
