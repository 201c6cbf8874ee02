"""Undo commands shared by the testing and review screens: create, delete, change rows.

Each is one step on the document's stack and a pair of service calls. A row created by a
command keeps its id through undo/redo (undo tombstones it, redo restores it), so that links
made later still point at it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoStack

from jalostamo.models import Base
from jalostamo.services.entities import Entities
from jalostamo.ui.undo import push


def push_create(stack: QUndoStack, text: str, entities: Entities, model: type[Base],
                create: Callable[[], str]) -> str:
    """Run ``create`` once (it returns the new id); redo restores, undo tombstones."""
    created: list[str] = []

    def do() -> str:
        if created:
            entities.restore(model, created[0])
        else:
            created.append(create())
        return created[0]

    return push(stack, text, do, lambda: entities.delete(model, created[0]))


def push_delete(stack: QUndoStack, text: str, entities: Entities, model: type[Base],
                ids: list[str]) -> None:
    push(stack, text, lambda: entities.delete_many(model, ids),
         lambda: entities.restore_many(model, ids))


def push_change(stack: QUndoStack, text: str, entities: Entities, model: type[Base],
                row_id: str, change: Callable[[], dict[str, Any]], *,
                merge_key: object = None) -> dict[str, Any]:
    """Run ``change`` (a service call that returns the old values); undo writes them back."""
    old: dict[str, Any] = {}

    def do() -> dict[str, Any]:
        result = change()
        if result and not old:
            old.update(result)
        return result

    return push(stack, text, do, lambda: entities.update(model, row_id, **old),
                merge_id=1 if merge_key is not None else -1, merge_key=merge_key)
