"""The one undo command type: every user edit is one operation and one ``OperationCommand``.

An action runs as one operation (``run_operation``, wrapping services/operations.py): one
transaction, undone and redone by the domain from the values recorded before and after. The
action runs before its step goes on the stack, so that an error reaches the caller with
nothing written and the stack untouched. Commands never touch widgets: views refresh from the
services' change events.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from jalostamo.services.operations import OpChanges, Operations

#: the id of steps that may merge (Qt merges only steps of equal ids; the keys decide)
MERGING_ID = 0x4F50


class OperationCommand(QUndoCommand):
    """The undo step of one operation (services/operations.py): undo reverts what it
    changed, redo reapplies it; both are operations themselves (one transaction each).

    Steps with the same ``merge_key`` pushed in a row are one step (arrow-key nudges of the
    same items): undo puts back the values before the first, redo those after the last.
    """

    def __init__(self, text: str, operations: Operations, changes: OpChanges,
                 merge_key: Hashable = None) -> None:
        super().__init__(text)
        self._operations = operations
        self._changes = changes
        self._merge_key = merge_key
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

    def id(self) -> int:
        return -1 if self._merge_key is None else MERGING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, OperationCommand) or self._merge_key is None
                or other._merge_key != self._merge_key):
            return False
        self._changes = self._changes.followed_by(other._changes)
        return True


def run_operation(stack: QUndoStack, text: str | Callable[[Any], str], operations: Operations,
                  action: Callable[[], Any], *, merge_key: Hashable = None) -> Any:
    """Run ``action`` (service calls) as one operation and one undo step; returns its result.

    ``text`` names the step, or is a function of the result that does ("Delete 3 items",
    counting what the action deleted). An error it raises reaches the caller with nothing
    written and the stack untouched; an action that changed nothing leaves no step. A
    ``merge_key`` makes the step merge with the one before it when that has the same key
    (see :class:`OperationCommand`).
    """
    result, changes = operations.perform(action)
    if changes:
        label = text if isinstance(text, str) else text(result)
        stack.push(OperationCommand(label, operations, changes, merge_key))
    return result
