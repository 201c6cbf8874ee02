"""Undoable board edits: every user edit is one operation over BoardService calls, pushed as
one ``OperationCommand`` (``ui/undo.run_operation``).

An edit runs once *before* it is pushed, so that a :class:`UserError` reaches the caller (and
nothing lands on the stack); undo and redo write back the values the operation recorded.
Commands never touch widgets: the scene refreshes from the services' change events.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from jalostamo.services import Services
from jalostamo.ui.undo import run_operation

OldValues = dict[str, dict[str, Any]]
T = TypeVar("T")


class BoardCommands(QObject):
    """The edits of one board, each pushed as one step on ``stack``."""

    def __init__(self, services: Services, stack: QUndoStack, board_id: str) -> None:
        super().__init__()
        self.services = services
        self.boards = services.boards
        self.stack = stack
        self.board_id = board_id

    # --- creating and deleting ----------------------------------------------------------------

    def run(self, text: str | Callable[[T], str], action: Callable[[], T], *,
            merge_key: Hashable = None) -> T:
        """Run ``action`` (BoardService calls) as one operation and one undo step, named by
        ``text`` (or by a function of the action's result)."""
        result: T = run_operation(self.stack, text, self.services.entities.operations, action,
                                  merge_key=merge_key)
        return result

    def add(self, kind: str, **fields: Any) -> str:
        texts = {
            "note": self.tr("Add sticky note"),
            "text": self.tr("Add text"),
            "shape": self.tr("Add shape"),
            "frame": self.tr("Add frame"),
            "photo": self.tr("Add photo"),
            "connector": self.tr("Add connector"),
        }
        text = texts.get(kind, self.tr("Add item"))
        if kind == "connector":
            source_id, target_id = fields.pop("source_id"), fields.pop("target_id")
            return self.run(text, lambda: self.boards.connect(self.board_id, source_id,
                                                              target_id, **fields))
        return self.run(text, lambda: self.boards.add_item(self.board_id, kind, **fields))

    def add_many(self, rows: list[dict[str, Any]], text: str) -> list[str]:
        return self.run(text, lambda: self.boards.add_items(self.board_id, rows))

    def paste(self, payload: Mapping[str, Any], offset: float = 24.0) -> list[str]:
        return self.run(lambda ids: self.tr("Paste %n item(s)", "", len(ids)),
                        lambda: self.boards.paste(self.board_id, payload, offset))

    def duplicate(self, ids: Iterable[str]) -> list[str]:
        wanted = list(ids)
        return self.run(lambda new_ids: self.tr("Duplicate %n item(s)", "", len(new_ids)),
                        lambda: self.boards.duplicate(wanted))

    def delete(self, ids: Iterable[str]) -> list[str]:
        wanted = [i for i in ids if not self._is_locked(i)]
        return self.run(lambda deleted: self.tr("Delete %n item(s)", "", len(deleted)),
                        lambda: self.boards.delete_items(wanted))

    def _is_locked(self, item_id: str) -> bool:
        rows = self.boards.items_by_ids([item_id])
        return bool(rows and rows[0]["locked"])

    # --- changing -----------------------------------------------------------------------------

    def change(self, text: str, apply: Callable[[], OldValues]) -> OldValues:
        """Run an edit that returns old values, as one operation (undo writes back the values
        it recorded before, redo those after: a new group id stays the same)."""
        return self.run(text, apply)

    def describe_photo(self, media_id: str, caption: str, alt_text: str) -> dict[str, Any]:
        """Change a photo's caption and alt text, as one undo step."""
        from jalostamo.i18n import current_language, translate

        media = self.services.media
        return self.run(translate("a11y.edit_alt_text", current_language()),
                        lambda: media.describe(media_id, caption=caption, alt_text=alt_text))

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
        return self.run(self.tr("Move %n item(s)", "", len(moves)),
                        lambda: self.boards.move_items(moves),
                        merge_key=("nudge", self.board_id, frozenset(moves)))

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
        return self.change(self.tr("Group"), lambda: self.boards.group(ids))

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

    def set_template(self, key: str) -> dict[str, Any]:
        return self.run(self.tr("Change template"),
                        lambda: self.boards.update_board(self.board_id, template_key=key))

    def keep_version(self, workshop_id: str | None, label: str) -> str:
        return self.run(self.tr("Keep version"),
                        lambda: self.boards.keep_version(self.board_id, workshop_id, label))

    def start_vote(self, dots_per_voter: int, title: str = "") -> str:
        """Start a dot vote (the open one, if any, ends): one operation, one undo step."""
        return self.run(self.tr("Start dot vote"), lambda: self.boards.dot_votes.start_vote(
            self.board_id, dots_per_voter, title))

    def place_dot(self, vote_id: str, item_id: str, voter: str) -> str:
        return self.run(self.tr("Place dot"),
                        lambda: self.boards.dot_votes.place_dot(vote_id, item_id, voter))

    def close_vote(self, vote_id: str) -> None:
        self.run(self.tr("End dot vote"), lambda: self.boards.dot_votes.close_vote(vote_id))
