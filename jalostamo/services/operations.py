"""Operations: one user action = one service call = one transaction, returning what changed.

In the spirit of Anki's ``CollectionOp``/``OpChanges``: a service method that does several
writes (invite an expert: a person, assignments, reviews, authors) runs inside
:meth:`Operations.perform`, which gives all of them one transaction on the document
(:meth:`jalostamo.store.document.Document.operation`): a failure half-way leaves nothing
written, and later steps read what earlier steps wrote. Change events are held back until the
commit. The result is an :class:`OpChanges`: every row the action created, changed (with the
fields' values before and after), deleted or restored.

Undo is a domain feature: :meth:`Operations.revert` applies an ``OpChanges`` backwards and
:meth:`Operations.reapply` forwards, each again as one operation (stamped by the field clocks
like any edit, checked by the team-file guard, announced by events). The UI has one undo
command type that wraps an operation (``jalostamo.ui.undo.run_operation``). No Qt here.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from jalostamo.services.entities import Entities

T = TypeVar("T")

CREATED, UPDATED, DELETED, RESTORED = "created", "updated", "deleted", "restored"


@dataclass(frozen=True)
class RowChange:
    """One row touched by an operation. ``before``/``after`` hold the changed fields' values
    for ``updated``; they are empty for the other kinds (the row id says it all)."""

    table: str
    row_id: str
    kind: str  # CREATED, UPDATED, DELETED or RESTORED
    before: Mapping[str, Any] = field(default_factory=dict)
    after: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OpChanges:
    """What one operation changed, in the order it changed it."""

    changes: tuple[RowChange, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.changes)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(change.table for change in self.changes)

    def ids(self, table: str, kind: str | None = None) -> list[str]:
        """The ids of ``table``'s rows this operation touched (of one ``kind``, if given)."""
        return [c.row_id for c in self.changes
                if c.table == table and (kind is None or c.kind == kind)]

    def followed_by(self, later: OpChanges) -> OpChanges:
        """This operation and ``later`` as one (consecutive nudges of the same items, one
        undo step). A row only updated in both keeps one change: each field's value before
        this operation and after ``later``, so a long run of nudges stays one write a row."""
        merged = list(self.changes)
        last_update: dict[tuple[str, str], int] = {}  # the row's last change, if an update
        for index, change in enumerate(merged):
            last_update[(change.table, change.row_id)] = index if change.kind == UPDATED else -1
        for change in later.changes:
            key = (change.table, change.row_id)
            index = last_update.get(key, -1)
            if change.kind != UPDATED or index < 0:
                last_update[key] = len(merged) if change.kind == UPDATED else -1
                merged.append(change)
                continue
            earlier = merged[index]
            merged[index] = RowChange(change.table, change.row_id, UPDATED,
                                      {**change.before, **earlier.before},
                                      {**earlier.after, **change.after})
        return OpChanges(tuple(merged))


class Recorder:
    """Collects the row changes of the running operation (one per thread)."""

    def __init__(self) -> None:
        self.changes: list[RowChange] = []

    def note(self, change: RowChange) -> None:
        self.changes.append(change)


class Operations:
    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self._local = threading.local()

    @property
    def recorder(self) -> Recorder | None:
        """The running operation's recorder on this thread, if any."""
        return getattr(self._local, "recorder", None)

    @contextlib.contextmanager
    def running(self) -> Iterator[Recorder]:
        """One transaction and one record for everything inside (re-entrant: an operation
        called by another is part of it)."""
        outer = self.recorder
        if outer is not None:
            yield outer
            return
        recorder = Recorder()
        self._local.recorder = recorder
        try:
            with self.entities.events.held(), self.entities.doc.operation():
                yield recorder
        finally:
            self._local.recorder = None

    def perform(self, action: Callable[[], T]) -> tuple[T, OpChanges]:
        """Run ``action`` as one operation; returns its result and what it changed."""
        with self.running() as recorder:
            result = action()
        return result, OpChanges(tuple(recorder.changes))

    def revert(self, changes: OpChanges) -> OpChanges:
        """Take an operation back, as one operation (its last change first)."""
        return self.perform(lambda: self._apply(reversed(changes.changes), backwards=True))[1]

    def reapply(self, changes: OpChanges) -> OpChanges:
        """Do a reverted operation again, as one operation (rows keep their ids)."""
        return self.perform(lambda: self._apply(iter(changes.changes), backwards=False))[1]

    def _apply(self, changes: Iterator[RowChange], *, backwards: bool) -> None:
        from jalostamo.models import MODELS

        entities = self.entities
        for change in changes:
            model = MODELS[change.table]
            if change.kind == UPDATED:
                entities.update(model, change.row_id,
                                **(change.before if backwards else change.after))
            elif (change.kind in (CREATED, RESTORED)) == backwards:
                entities.delete(model, change.row_id)
            else:
                entities.restore(model, change.row_id)
