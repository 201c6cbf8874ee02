"""Undo commands of monitoring, each a pair of service calls.

The first step runs *before* the command is pushed, so that a refused edit (a UserError)
raises to the caller and leaves the undo stack untouched; the command's first redo() is then
skipped, later redos repeat the step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoStack

from jalostamo.models import Base
from jalostamo.services.entities import Entities
from jalostamo.ui.undo import ServiceCommand


class AppliedCommand(ServiceCommand):
    """A command whose first step has already been done."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any],
                 result: Any) -> None:
        super().__init__(text, do, undo)
        self.result = result
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        super().redo()


def create(stack: QUndoStack, text: str, first: Callable[[], str],
           delete: Callable[[str], Any], restore: Callable[[str], Any]) -> str:
    """Create a row with ``first``; undo deletes it, redo restores it."""
    row_id = first()
    stack.push(AppliedCommand(text, lambda: restore(row_id), lambda: delete(row_id), row_id))
    return row_id


def change(stack: QUndoStack, text: str, entities: Entities, model: type[Base], row_id: str,
           first: Callable[[], dict[str, Any]], changes: dict[str, Any]) -> dict[str, Any]:
    """Change a row with ``first`` (a validating service call that returns the old values)."""
    old = first()
    if not old:
        return old
    new = {name: changes[name] for name in old}
    stack.push(AppliedCommand(text, lambda: entities.update(model, row_id, **new),
                              lambda: entities.update(model, row_id, **old), old))
    return old


def remove(stack: QUndoStack, text: str, row_id: str, delete: Callable[[str], Any],
           restore: Callable[[str], Any]) -> None:
    delete(row_id)
    stack.push(AppliedCommand(text, lambda: delete(row_id), lambda: restore(row_id), None))
