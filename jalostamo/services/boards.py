"""Visual models: boards per team, their items, frames that carry contents, connectors,
z-order, groups, locks, alignment and templates (dot votes: :mod:`dot_votes`).

Items travel as plain dicts (JSON-ready: enums as their string values, no history columns
except ``id``), so that the canvas, the clipboard and version snapshots share one shape. Every
method that changes rows returns what undo needs (old values or ids); a drag of many items is
one :meth:`Entities.update_many`, i.e. one transaction and one undo step.
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from enum import Enum
from typing import Any

from sqlalchemy import String, bindparam, select, text, type_coerce
from sqlalchemy.sql.elements import ColumnElement

from jalostamo.errors import InvalidInput, NotFound
from jalostamo.i18n import current_language
from jalostamo.models import Board, BoardItem, BoardVersion, ItemKind
from jalostamo.models.base import HISTORY_COLUMNS
from jalostamo.paths import asset
from jalostamo.services import board_export
from jalostamo.services.dot_votes import DotVoteService
from jalostamo.services.entities import Entities, table_of

TEMPLATES_DIR = asset("templates")
TEMPLATE_KEYS = ("empty", "stakeholder_map", "empathy_map", "customer_journey",
                 "experiment_canvas", "phenomenon_canvas", "roadmap")
ITEM_FIELDS = tuple(c.name for c in table_of(BoardItem).columns
                    if c.name not in HISTORY_COLUMNS or c.name == "id")
CONTAINER_KINDS = (ItemKind.FRAME.value, ItemKind.PHOTO.value)
Moves = Mapping[str, tuple[float, float]]
OldValues = dict[str, dict[str, Any]]


def plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def row_dict(row: Any) -> dict[str, Any]:
    """A selected row (columns in ITEM_FIELDS order, enums already plain text) as a dict."""
    return dict(zip(ITEM_FIELDS, row, strict=True))


ITEMS_SQL = text(
    f"SELECT {', '.join(ITEM_FIELDS)} FROM board_items "
    "WHERE board_id = :board_id AND deleted_at IS NULL ORDER BY z, id")
BOOL_FIELDS = ("locked", "arrow_start", "arrow_end")


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    for name in BOOL_FIELDS:
        row[name] = bool(row[name])
    style = row["style"]
    if style == "{}" or not style:  # most items: no JSON to parse
        row["style"] = {}
    else:
        row["style"] = json.loads(style) if isinstance(style, str) else style
    return row


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a board's rows are read or shown: the collector
    would walk the tens of thousands of new dicts again and again (40 % of the read of a
    50,000-item board); they hold no cycles, and it runs as usual afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def item_columns() -> list[Any]:
    """The item columns, enums read as their plain text (no Enum object per row and field)."""
    table = table_of(BoardItem)
    return [type_coerce(table.c[n], String).label(n) if n in ("kind", "shape") else table.c[n]
            for n in ITEM_FIELDS]


class BoardService:
    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self.doc = entities.doc
        self.dot_votes = DotVoteService(entities)  # the board's dot votes

    # --- boards -------------------------------------------------------------------------------

    def boards(self, team_id: str | None = None) -> list[Board]:
        """The team's boards, or every board of the programme when no team is given."""
        filters: dict[str, Any] = {"team_id": team_id} if team_id is not None else {}
        return self.entities.list(Board, programme_id=self.doc.programme_id,
                                  order_by=("position", "created_at"), **filters)

    def create_board(self, team_id: str | None, title: str = "",
                     template_key: str = "empty") -> str:
        if template_key not in TEMPLATE_KEYS:
            raise InvalidInput("boards.unknown_template", template=template_key)
        return self.entities.create(Board, programme_id=self.doc.programme_id, team_id=team_id,
                                    title=title, template_key=template_key,
                                    position=float(len(self.boards(team_id))))

    def board(self, board_id: str) -> Board:
        return self.entities.get(Board, board_id)

    def find_board(self, board_id: str) -> Board | None:
        """The live board, or None (deleted, or never there)."""
        return self.entities.find(Board, board_id)

    def board_for_team(self, team_id: str) -> str:
        """The team's first board, created when it has none yet."""
        boards = self.boards(team_id)
        return boards[0].id if boards else self.create_board(team_id)

    def update_board(self, board_id: str, **changes: Any) -> dict[str, Any]:
        if "template_key" in changes and changes["template_key"] not in TEMPLATE_KEYS:
            raise InvalidInput("boards.unknown_template", template=changes["template_key"])
        return self.entities.update(Board, board_id, **changes)

    # --- reading items ------------------------------------------------------------------------

    def items(self, board_id: str) -> list[dict[str, Any]]:
        """Every live item of a board, lowest z first, in one lean query: plain SQL text whose
        values skip SQLAlchemy's per-value type processing (booleans and the style JSON are
        decoded here), because a board of 5,000 items must open in well under a second."""
        with paused_gc(), self.doc.session() as session:
            result = session.execute(ITEMS_SQL, {"board_id": board_id})
            fields = ITEM_FIELDS
            return [_decoded(dict(zip(fields, r, strict=True))) for r in result.all()]

    def items_by_ids(self, ids: Iterable[str], *, include_deleted: bool = False
                     ) -> list[dict[str, Any]]:
        table = table_of(BoardItem)
        wanted = list(ids)
        rows: list[dict[str, Any]] = []
        with self.doc.session() as session:
            for start in range(0, len(wanted), 500):
                cond: ColumnElement[bool] = table.c.id.in_(wanted[start:start + 500])
                if not include_deleted:
                    cond = cond & table.c.deleted_at.is_(None)
                stmt = select(*item_columns()).where(cond)
                rows.extend(row_dict(r) for r in session.execute(stmt))
        return rows

    def item(self, item_id: str) -> dict[str, Any]:
        found = self.items_by_ids([item_id])
        if not found:
            raise NotFound("not_found.row", kind="board_items", id=item_id)
        return found[0]

    # --- creating and deleting ----------------------------------------------------------------

    def add_items(self, board_id: str, items: Sequence[Mapping[str, Any]]) -> list[str]:
        """Add items (dicts of BoardItem fields); z defaults to above everything."""
        board = self._containers(board_id)
        top = self._top_z(board_id)
        rows = []
        for offset, item in enumerate(items, start=1):
            row = {k: plain(v) for k, v in item.items() if k != "board_id"}
            if row.get("kind") == ItemKind.CONNECTOR.value:
                self._check_ends(row.get("source_id"), row.get("target_id"))
            row.setdefault("z", top + offset)
            if "frame_id" not in row and {"x", "y"} <= row.keys():
                geometry = {"id": "", "width": 160.0, "height": 160.0, **row}
                row["frame_id"] = self._container_at(board, geometry, {})
            rows.append({**row, "board_id": board_id})
        return self.entities.create_many(BoardItem, rows)

    def _top_z(self, board_id: str) -> float:
        stmt = text("SELECT MAX(z) FROM board_items WHERE board_id = :b AND deleted_at IS NULL")
        with self.doc.session() as session:
            top = session.execute(stmt, {"b": board_id}).scalar()
        return float(top) if top is not None else 0.0

    def add_item(self, board_id: str, kind: ItemKind | str, **fields: Any) -> str:
        return self.add_items(board_id, [{"kind": plain(kind), **fields}])[0]

    def connect(self, board_id: str, source_id: str, target_id: str, label: str = "",
                **fields: Any) -> str:
        return self.add_item(board_id, ItemKind.CONNECTOR, source_id=source_id,
                             target_id=target_id, label=label, width=0.0, height=0.0, **fields)

    def _check_ends(self, source_id: str | None, target_id: str | None) -> None:
        if not source_id or not target_id or source_id == target_id:
            raise InvalidInput("boards.connector_ends")
        if len(self.items_by_ids({source_id, target_id})) != 2:
            raise InvalidInput("boards.connector_ends")

    def delete_items(self, ids: Iterable[str]) -> list[str]:
        """Delete items, the contents of deleted frames and connectors left without an end.
        Returns every id deleted (undo restores them)."""
        wanted = set(ids)
        if not wanted:
            return []
        first = self.items_by_ids(wanted)
        if not first:
            return []
        board_items = self.items(first[0]["board_id"])
        frames = {r["id"] for r in first if r["kind"] == ItemKind.FRAME.value}
        while frames:
            inner = {r["id"] for r in board_items if r["frame_id"] in frames} - wanted
            wanted |= inner
            frames = {i for i in inner if any(r["id"] == i and r["kind"] == "frame"
                                              for r in board_items)}
        wanted |= {r["id"] for r in board_items if r["kind"] == ItemKind.CONNECTOR.value
                   and (r["source_id"] in wanted or r["target_id"] in wanted)}
        return self.entities.delete_many(BoardItem, sorted(wanted))

    def restore_items(self, ids: Iterable[str]) -> list[str]:
        return self.entities.restore_many(BoardItem, list(ids))

    # --- changing items -----------------------------------------------------------------------

    def update_items(self, changes: Mapping[str, Mapping[str, Any]]) -> OldValues:
        """Change many items in one step; returns the old values (undo writes them back)."""
        return self.entities.update_many(BoardItem, changes)

    def update_item(self, item_id: str, **changes: Any) -> dict[str, Any]:
        return self.update_items({item_id: changes}).get(item_id, {})

    def move_items(self, moves: Moves) -> OldValues:
        """Move items to new positions in one step. A frame (or a photo) carries the items
        inside it; an item dropped into a frame joins it, one dragged out leaves it."""
        if not moves:
            return {}
        rows = self.items_by_ids(moves)
        if not rows:
            return {}
        board_id = rows[0]["board_id"]
        known = {r["id"]: r for r in rows}
        containers = self._containers(board_id)
        changes: dict[str, dict[str, Any]] = {}
        for row in rows:
            if row["locked"]:
                continue
            x, y = moves[row["id"]]
            changes[row["id"]] = {"x": float(x), "y": float(y)}
            dx, dy = x - row["x"], y - row["y"]
            if row["kind"] in CONTAINER_KINDS and (dx or dy):
                for inner in self._contents(board_id, row["id"]):
                    known.setdefault(inner["id"], inner)
                    if inner["id"] not in moves and not inner["locked"]:
                        changes[inner["id"]] = {"x": inner["x"] + dx, "y": inner["y"] + dy}
        for item_id, change in changes.items():
            geometry = {**known[item_id], **change}
            frame = self._container_at(containers, geometry, changes)
            if frame != known[item_id]["frame_id"] and known[item_id]["frame_id"] not in changes:
                change["frame_id"] = frame
        # one transaction, one IN read and one executemany per shape of change
        return self.entities.update_many(BoardItem, changes)

    def _where(self, condition: str, **params: Any) -> list[dict[str, Any]]:
        """Live items matching an SQL condition, read as lean as :meth:`items`."""
        stmt = text(f"SELECT {', '.join(ITEM_FIELDS)} FROM board_items "
                    f"WHERE deleted_at IS NULL AND {condition}")
        for name, value in params.items():
            if isinstance(value, list | tuple | set):
                stmt = stmt.bindparams(bindparam(name, expanding=True))
                params[name] = list(value)
        with self.doc.session() as session:
            result = session.execute(stmt, params)
            return [_decoded(dict(zip(ITEM_FIELDS, r, strict=True))) for r in result]

    def _containers(self, board_id: str) -> dict[str, dict[str, Any]]:
        rows = self._where("board_id = :board_id AND kind IN ('frame', 'photo')",
                           board_id=board_id)
        return {r["id"]: r for r in rows}

    def _contents(self, board_id: str, frame_id: str) -> list[dict[str, Any]]:
        """Everything a frame carries, also inside frames within it."""
        found: dict[str, dict[str, Any]] = {}
        todo = [frame_id]
        while todo:
            inner = [r for r in self._where("board_id = :board_id AND frame_id IN :ids",
                                            board_id=board_id, ids=todo)
                     if r["id"] not in found]
            found.update((r["id"], r) for r in inner)
            todo = [r["id"] for r in inner if r["kind"] in CONTAINER_KINDS]
        return list(found.values())

    def _container_at(self, containers: Mapping[str, Mapping[str, Any]],
                      row: Mapping[str, Any],
                      changes: Mapping[str, Mapping[str, Any]]) -> str | None:
        """The topmost frame or photo below ``row`` whose area holds its centre."""
        if row["kind"] == ItemKind.CONNECTOR.value:
            return None
        cx, cy = row["x"] + row["width"] / 2, row["y"] + row["height"] / 2
        best: tuple[float, str] | None = None
        for cid, other in containers.items():
            if cid == row["id"] or other["z"] >= row["z"]:
                continue
            if row["kind"] == ItemKind.FRAME.value and other["kind"] == ItemKind.PHOTO.value:
                continue
            geo = {**other, **changes[cid]} if cid in changes else other
            if (geo["x"] <= cx <= geo["x"] + geo["width"]
                    and geo["y"] <= cy <= geo["y"] + geo["height"]
                    and (best is None or other["z"] > best[0])):
                best = (other["z"], cid)
        return best[1] if best else None

    def resize_item(self, item_id: str, x: float, y: float, width: float,
                    height: float) -> dict[str, Any]:
        if width < 8 or height < 8:
            raise InvalidInput("boards.too_small")
        return self.update_item(item_id, x=x, y=y, width=width, height=height)

    def nudge(self, ids: Iterable[str], dx: float, dy: float) -> OldValues:
        rows = self.items_by_ids(ids)
        return self.move_items({r["id"]: (r["x"] + dx, r["y"] + dy) for r in rows
                                if r["kind"] != ItemKind.CONNECTOR.value})

    def bring_to_front(self, ids: Iterable[str]) -> OldValues:
        return self._restack(list(ids), front=True)

    def send_to_back(self, ids: Iterable[str]) -> OldValues:
        return self._restack(list(ids), front=False)

    def _restack(self, ids: list[str], *, front: bool) -> OldValues:
        rows = sorted(self.items_by_ids(ids), key=lambda r: r["z"])
        if not rows:
            return {}
        zs = [r["z"] for r in self.items(rows[0]["board_id"])]
        base = max(zs) + 1 if front else min(zs) - len(rows)
        return self.update_items({r["id"]: {"z": base + i} for i, r in enumerate(rows)})

    def group(self, ids: Iterable[str]) -> OldValues:
        from jalostamo.models.base import new_id

        group_id = new_id()
        return self.update_items({i: {"group_id": group_id} for i in ids})

    def ungroup(self, ids: Iterable[str]) -> OldValues:
        return self.update_items({i: {"group_id": None} for i in ids})

    def set_locked(self, ids: Iterable[str], locked: bool) -> OldValues:
        return self.update_items({i: {"locked": locked} for i in ids})

    def align(self, ids: Iterable[str], edge: str) -> OldValues:
        """Align items on ``left``, ``right``, ``top``, ``bottom``, ``hcenter`` or ``vcenter``."""
        rows = [r for r in self.items_by_ids(ids) if r["kind"] != ItemKind.CONNECTOR.value]
        if len(rows) < 2:
            return {}
        left = min(r["x"] for r in rows)
        right = max(r["x"] + r["width"] for r in rows)
        top = min(r["y"] for r in rows)
        bottom = max(r["y"] + r["height"] for r in rows)
        place = {
            "left": lambda r: (left, r["y"]),
            "right": lambda r: (right - r["width"], r["y"]),
            "top": lambda r: (r["x"], top),
            "bottom": lambda r: (r["x"], bottom - r["height"]),
            "hcenter": lambda r: ((left + right - r["width"]) / 2, r["y"]),
            "vcenter": lambda r: (r["x"], (top + bottom - r["height"]) / 2),
        }.get(edge)
        if place is None:
            raise InvalidInput("boards.unknown_alignment", edge=edge)
        return self.move_items({r["id"]: place(r) for r in rows})

    def distribute(self, ids: Iterable[str], axis: str) -> OldValues:
        """Even gaps between items along ``horizontal`` or ``vertical``."""
        rows = [r for r in self.items_by_ids(ids) if r["kind"] != ItemKind.CONNECTOR.value]
        if len(rows) < 3:
            return {}
        pos, size = ("x", "width") if axis == "horizontal" else ("y", "height")
        rows.sort(key=lambda r: r[pos])
        span = rows[-1][pos] + rows[-1][size] - rows[0][pos]
        gap = (span - sum(r[size] for r in rows)) / (len(rows) - 1)
        moves: dict[str, tuple[float, float]] = {}
        cursor = rows[0][pos]
        for r in rows:
            moves[r["id"]] = (cursor, r["y"]) if pos == "x" else (r["x"], cursor)
            cursor += r[size] + gap
        return self.move_items(moves)

    # --- copy, paste, duplicate, versions (see board_export) ----------------------------------

    def copy(self, ids: Iterable[str]) -> dict[str, Any]:
        return board_export.copy_payload(self, list(ids))

    def paste(self, board_id: str, payload: Mapping[str, Any], offset: float = 0.0) -> list[str]:
        return board_export.paste_payload(self, board_id, payload, offset)

    def duplicate(self, ids: Iterable[str], offset: float = 24.0) -> list[str]:
        wanted = list(ids)
        rows = self.items_by_ids(wanted)
        if not rows:
            return []
        return self.paste(rows[0]["board_id"], self.copy(wanted), offset)

    def keep_version(self, board_id: str, workshop_id: str | None, label: str = "") -> str:
        items = self.items(board_id)
        return self.entities.create(BoardVersion, board_id=board_id, workshop_id=workshop_id,
                                    label=label, snapshot=items, item_count=len(items))

    def versions(self, board_id: str) -> list[BoardVersion]:
        return self.entities.list(BoardVersion, board_id=board_id)

    def version_items(self, version_id: str) -> list[dict[str, Any]]:
        return list(self.entities.get(BoardVersion, version_id).snapshot)



def template(key: str, lang: str | None = None) -> dict[str, Any]:
    """A template: ``{"key", "title", "width", "height", "zones": [{label, x, y, w, h, color}]}``."""
    if key not in TEMPLATE_KEYS:
        raise InvalidInput("boards.unknown_template", template=key)
    lang = lang or current_language()
    data = json.loads((TEMPLATES_DIR / f"{key}.json").read_text(encoding="utf-8"))
    return {
        "key": key, "title": data["title"][lang], "width": data["width"],
        "height": data["height"], "arrows": data.get("arrows", []),
        "zones": [{**zone, "label": zone["label"][lang]} for zone in data["zones"]],
    }
