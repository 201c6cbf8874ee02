"""Undoable board edits: every user edit is one labelled QUndoCommand over BoardService calls.

An edit runs once *before* it is pushed, so that a :class:`UserError` reaches the caller (and
nothing lands on the stack); the first ``redo()`` that ``QUndoStack.push`` makes is then a
no-op. Commands never touch widgets: the scene refreshes from the services' change events.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from jalostamo.services import Services
from jalostamo.ui.undo import run_operation

OldValues = dict[str, dict[str, Any]]


class AppliedCommand(QUndoCommand):
    """A command whose first redo already happened (see the module docstring)."""

    def __init__(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any]) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()


class NudgeCommand(AppliedCommand):
    """Arrow-key nudges of the same items typed in a row merge into one undo step: undo
    puts every item back where the first nudge found it, redo replays the last one (its
    positions are absolute)."""

    ID = 0x4E55  # "NU": any id no other board command uses

    def __init__(self, text: str, key: frozenset[str], apply: Callable[[], Any],
                 old: OldValues, boards: Any) -> None:
        super().__init__(text, apply, lambda: boards.update_items(self.old))
        self.key = key
        self.old: OldValues = {k: dict(v) for k, v in old.items()}

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, NudgeCommand) or other.key != self.key:
            return False
        for item_id, fields in other.old.items():  # the earliest old value of a field wins
            self.old[item_id] = {**fields, **self.old.get(item_id, {})}
        self._redo = other._redo
        return True


class BoardCommands(QObject):
    """The edits of one board, each pushed as one step on ``stack``."""

    def __init__(self, services: Services, stack: QUndoStack, board_id: str) -> None:
        super().__init__()
        self.services = services
        self.boards = services.boards
        self.stack = stack
        self.board_id = board_id

    # --- creating and deleting ----------------------------------------------------------------

    def _created(self, text: str, ids: list[str]) -> list[str]:
        if ids:
            self.stack.push(
                AppliedCommand(text, lambda: self.boards.restore_items(ids), lambda: self.boards.delete_items(ids))
            )
        return ids

    def add(self, kind: str, **fields: Any) -> str:
        texts = {
            "note": self.tr("Add sticky note"),
            "text": self.tr("Add text"),
            "shape": self.tr("Add shape"),
            "frame": self.tr("Add frame"),
            "photo": self.tr("Add photo"),
            "connector": self.tr("Add connector"),
        }
        if kind == "connector":
            ids = [self.boards.connect(self.board_id, fields.pop("source_id"), fields.pop("target_id"), **fields)]
        else:
            ids = [self.boards.add_item(self.board_id, kind, **fields)]
        return self._created(texts.get(kind, self.tr("Add item")), ids)[0]

    def add_many(self, rows: list[dict[str, Any]], text: str) -> list[str]:
        return self._created(text, self.boards.add_items(self.board_id, rows))

    def paste(self, payload: Mapping[str, Any], offset: float = 24.0) -> list[str]:
        ids = self.boards.paste(self.board_id, payload, offset)
        return self._created(self.tr("Paste %n item(s)", "", len(ids)), ids)

    def duplicate(self, ids: Iterable[str]) -> list[str]:
        new_ids = self.boards.duplicate(list(ids))
        return self._created(self.tr("Duplicate %n item(s)", "", len(new_ids)), new_ids)

    def delete(self, ids: Iterable[str]) -> list[str]:
        wanted = [i for i in ids if not self._is_locked(i)]
        deleted = self.boards.delete_items(wanted)
        if deleted:
            self.stack.push(
                AppliedCommand(
                    self.tr("Delete %n item(s)", "", len(deleted)),
                    lambda: self.boards.delete_items(deleted),
                    lambda: self.boards.restore_items(deleted),
                )
            )
        return deleted

    def _is_locked(self, item_id: str) -> bool:
        rows = self.boards.items_by_ids([item_id])
        return bool(rows and rows[0]["locked"])

    # --- changing -----------------------------------------------------------------------------

    def change(self, text: str, apply: Callable[[], OldValues]) -> OldValues:
        """Run an edit that returns old values; undo writes them back, redo runs it again."""
        old = apply()
        if old:
            self.stack.push(AppliedCommand(text, apply, lambda: self.boards.update_items(old)))
        return old

    def change_to(self, text: str, apply: Callable[[], OldValues]) -> OldValues:
        """As :meth:`change`, for an edit that makes new values (a new group id): redo writes
        the values the first run made, so undo and redo give back the same rows."""
        old = apply()
        if old:
            rows = {r["id"]: r for r in self.boards.items_by_ids(old)}
            new = {i: {f: rows[i][f] for f in fields} for i, fields in old.items() if i in rows}
            self.stack.push(AppliedCommand(text, lambda: self.boards.update_items(new),
                                           lambda: self.boards.update_items(old)))
        return old

    def describe_photo(self, media_id: str, caption: str, alt_text: str) -> dict[str, Any]:
        """Change a photo's caption and alt text, as one undo step."""
        from jalostamo.i18n import current_language, translate

        media = self.services.media
        new = {"caption": caption, "alt_text": alt_text}
        old = media.describe(media_id, **new)
        if old:
            self.stack.push(AppliedCommand(
                translate("a11y.edit_alt_text", current_language()),
                lambda: media.describe(media_id, **new), lambda: media.describe(media_id, **old)))
        return old

    def update(self, text: str, changes: Mapping[str, Mapping[str, Any]]) -> OldValues:
        frozen = {k: dict(v) for k, v in changes.items()}
        return self.change(text, lambda: self.boards.update_items(frozen))

    def move(self, moves: Mapping[str, tuple[float, float]]) -> OldValues:
        frozen = dict(moves)
        return self.change(self.tr("Move %n item(s)", "", len(frozen)), lambda: self.boards.move_items(frozen))

    def nudge(self, ids: list[str], dx: float, dy: float) -> OldValues:
        """Move items by (dx, dy); nudges of the same items in a row are one undo step."""
        rows = self.boards.items_by_ids(ids)
        moves = {r["id"]: (r["x"] + dx, r["y"] + dy) for r in rows if r["kind"] != "connector"}

        def apply() -> OldValues:
            return self.boards.move_items(moves)

        old = apply()
        if old:
            self.stack.push(NudgeCommand(self.tr("Move %n item(s)", "", len(moves)),
                                         frozenset(moves), apply, old, self.boards))
        return old

    def rotate(self, ids: list[str], degrees: float) -> OldValues:
        """Turn items around their centres by ``degrees`` (clockwise); locked ones stay."""
        rows = self.boards.items_by_ids(ids)
        changes = {r["id"]: {"rotation": (r["rotation"] + degrees) % 360.0} for r in rows
                   if r["kind"] != "connector" and not r["locked"]}
        return self.update(self.tr("Rotate"), changes) if changes else {}

    def resize(self, item_id: str, width: float, height: float) -> OldValues:
        row = self.boards.item(item_id)

        def apply() -> OldValues:
            old = self.boards.resize_item(item_id, row["x"], row["y"], width, height)
            return {item_id: old} if old else {}

        return self.change(self.tr("Resize item"), apply)

    def set_text(self, item_id: str, text: str, *, label: bool = False) -> OldValues:
        field = "label" if label else "text"
        return self.update(self.tr("Edit text"), {item_id: {field: text}})

    def set_color(self, ids: Iterable[str], color: str) -> OldValues:
        return self.update(self.tr("Change colour"), {i: {"color": color} for i in ids})

    def bring_to_front(self, ids: list[str]) -> OldValues:
        return self.change(self.tr("Bring to front"), lambda: self.boards.bring_to_front(ids))

    def send_to_back(self, ids: list[str]) -> OldValues:
        return self.change(self.tr("Send to back"), lambda: self.boards.send_to_back(ids))

    def group(self, ids: list[str]) -> OldValues:
        return self.change_to(self.tr("Group"), lambda: self.boards.group(ids))

    def ungroup(self, ids: list[str]) -> OldValues:
        return self.change(self.tr("Ungroup"), lambda: self.boards.ungroup(ids))

    def set_locked(self, ids: list[str], locked: bool) -> OldValues:
        text = self.tr("Lock") if locked else self.tr("Unlock")
        return self.change(text, lambda: self.boards.set_locked(ids, locked))

    def align(self, ids: list[str], edge: str) -> OldValues:
        return self.change(self.tr("Align"), lambda: self.boards.align(ids, edge))

    def distribute(self, ids: list[str], axis: str) -> OldValues:
        return self.change(self.tr("Distribute"), lambda: self.boards.distribute(ids, axis))

    # --- versions and dot votes ---------------------------------------------------------------

    def keep_version(self, workshop_id: str | None, label: str) -> str:
        return str(run_operation(self.stack, self.tr("Keep version"), self.services.entities.operations,
                                 lambda: self.boards.keep_version(self.board_id, workshop_id, label)))

    def start_vote(self, dots_per_voter: int, title: str = "") -> str:
        """Start a dot vote (the open one, if any, ends): one operation, one undo step."""
        return str(run_operation(self.stack, self.tr("Start dot vote"), self.services.entities.operations,
                                 lambda: self.boards.dot_votes.start_vote(self.board_id, dots_per_voter, title)))

    def place_dot(self, vote_id: str, item_id: str, voter: str) -> str:
        return str(run_operation(self.stack, self.tr("Place dot"), self.services.entities.operations,
                                 lambda: self.boards.dot_votes.place_dot(vote_id, item_id, voter)))

    def close_vote(self, vote_id: str) -> None:
        run_operation(self.stack, self.tr("End dot vote"), self.services.entities.operations,
                      lambda: self.boards.dot_votes.close_vote(vote_id))
