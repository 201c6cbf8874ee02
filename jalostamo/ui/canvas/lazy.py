"""Items made when they are needed: the rows of a big board's plain notes wait in a grid of
cells, and become QGraphicsItems (``materialised``) when the view shows them close enough to
read, when they are clicked, caught by the rubber band, or asked for by id.

A board of 50,000 notes opens fitted, i.e. zoomed far out: its notes are then drawn flat from
their rows in the scene's background, below the made items (one ``drawRects`` per colour and
cell, no item), and opening costs the rows' read rather than 50,000 QGraphicsItems.
Everything that reaches an item through ``scene.by_id`` (selection, select all, keyboard
traversal, connectors, presentation, undo) gets it made on the spot: ``by_id[id]``,
``by_id.get(id)`` and ``by_id.values()`` materialise; ``len``, ``in`` and iteration over the
ids do not.

Only unturned, unlocked notes no larger than a cell wait; connectors and their ends, frames,
photos, texts and shapes are made at once (they are few, and they draw more than a fill).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from PySide6.QtCore import QRect, QRectF

from jalostamo.ui.canvas.items.note import NOTE_COLORS

CELL = 2000.0  # scene units: 10 x 10 notes at the usual spacing
MATERIALISE_ZOOM = 0.2  # from this zoom on (where notes show their text) notes in view are made
VIEW_MARGIN = 0.5  # and those within half a view around it, so that a small pan shows items

Cell = tuple[int, int]
Box = tuple[int, int, int, int]


DEFAULT_COLOUR = NOTE_COLORS[0]


def cell_of(row: dict[str, Any]) -> Cell:
    return int(row["x"] // CELL), int(row["y"] // CELL)


def waits(row: dict[str, Any]) -> bool:
    """Whether ``row`` may wait as a row (a plain note), rather than be made at once."""
    return (row["kind"] == "note" and not row.get("rotation") and not row.get("locked")
            and row["width"] <= CELL and row["height"] <= CELL)


class RowGrid:
    """The waiting rows by cell (a row lies in the cell of its top-left corner: a query
    looks one cell further left and up), with each cell's flat drawing kept until it changes."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, Any]] = {}
        self.cells: dict[Cell, dict[str, dict[str, Any]]] = {}
        self.version = 0  # grows with every change (the minimap redraws its cells)
        self._flat: dict[Cell, dict[str, list[QRectF]]] = {}
        self._boxes: dict[Cell, dict[str, list[QRect]]] = {}  # the minimap's, per cell
        self._boxes_key: tuple[float, ...] = ()
        self._bounds: QRectF | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self.rows

    def clear(self) -> None:
        self.rows.clear()
        self.cells.clear()
        self._flat.clear()
        self._boxes.clear()
        self._bounds = None
        self.version += 1

    def add(self, row: dict[str, Any]) -> None:
        self.rows[row["id"]] = row
        cell = cell_of(row)
        self.cells.setdefault(cell, {})[row["id"]] = row
        self._flat.pop(cell, None)
        self._boxes.pop(cell, None)
        self._bounds = None
        self.version += 1

    def add_many(self, rows: list[dict[str, Any]]) -> None:
        """:meth:`add` for a whole board (one pass, no per-row cache upkeep)."""
        by_id, cells = self.rows, self.cells
        for row in rows:
            by_id[row["id"]] = row
            key = int(row["x"] // CELL), int(row["y"] // CELL)
            cell = cells.get(key)
            if cell is None:
                cells[key] = cell = {}
            cell[row["id"]] = row
        self._flat.clear()
        self._boxes.clear()
        self._bounds = None
        self.version += 1

    def pop(self, item_id: str) -> dict[str, Any] | None:
        row = self.rows.pop(item_id, None)
        if row is not None:
            cell = cell_of(row)
            members = self.cells.get(cell)
            if members is not None:
                members.pop(item_id, None)
                if not members:
                    del self.cells[cell]
            self._flat.pop(cell, None)
            self._boxes.pop(cell, None)
            self._bounds = None
            self.version += 1
        return row

    def pop_many(self, ids: list[str]) -> list[dict[str, Any]]:
        """:meth:`pop` for many rows (all of them at once: select all on a big board)."""
        if len(ids) == len(self.rows) and all(i in self.rows for i in ids):
            rows = list(self.rows.values())
            self.clear()
            return rows
        return [row for row in map(self.pop, ids) if row is not None]

    def ids_in(self, rect: QRectF) -> list[str]:
        """The waiting rows whose rectangles meet ``rect``."""
        left, top = int(rect.left() // CELL) - 1, int(rect.top() // CELL) - 1
        right, bottom = int(rect.right() // CELL), int(rect.bottom() // CELL)
        x0, y0, x1, y1 = rect.left(), rect.top(), rect.right(), rect.bottom()
        found = []
        if (right - left + 1) * (bottom - top + 1) > 4 * len(self.cells):
            keys: Iterable[Cell] = [k for k in self.cells
                                    if left <= k[0] <= right and top <= k[1] <= bottom]
        else:
            keys = ((cx, cy) for cx in range(left, right + 1) for cy in range(top, bottom + 1))
        for key in keys:
            members = self.cells.get(key)
            if not members:
                continue
            for item_id, r in members.items():
                if (r["x"] <= x1 and r["x"] + r["width"] >= x0
                        and r["y"] <= y1 and r["y"] + r["height"] >= y0):
                    found.append(item_id)
        return found

    def bounds(self) -> QRectF:
        """The bounding rect of the waiting rows (empty when there are none)."""
        if self._bounds is None:
            rows = self.rows.values()
            if not rows:
                self._bounds = QRectF()
            else:
                left = min(r["x"] for r in rows)
                top = min(r["y"] for r in rows)
                right = max(r["x"] + r["width"] for r in rows)
                bottom = max(r["y"] + r["height"] for r in rows)
                self._bounds = QRectF(left, top, right - left, bottom - top)
        return QRectF(self._bounds)

    def boxes(self, sx: float, sy: float, dx: float, dy: float) -> dict[str, list[QRect]]:
        """The waiting rows as whole-pixel boxes of a picture that maps the scene by
        ``x * sx + dx, y * sy + dy`` (the minimap's), by colour, without repeats within a
        cell. Each cell's boxes are kept until the cell or the mapping changes: a redraw after
        an edit recomputes one cell, not 50,000 rows."""
        key = (sx, sy, dx, dy)
        if key != self._boxes_key:
            self._boxes.clear()
            self._boxes_key = key
        found: dict[str, list[QRect]] = {}
        sizes: dict[tuple[float, float], tuple[int, int]] = {}
        for cell, members in self.cells.items():
            kept = self._boxes.get(cell)
            if kept is None:
                unique: dict[str, set[Box]] = {}
                for r in members.values():
                    colour = r["color"] or DEFAULT_COLOUR
                    boxes = unique.get(colour)
                    if boxes is None:
                        unique[colour] = boxes = set()
                    size = sizes.get((r["width"], r["height"]))
                    if size is None:
                        size = sizes[r["width"], r["height"]] = (
                            max(1, int(r["width"] * sx)), max(1, int(r["height"] * sy)))
                    boxes.add((int(r["x"] * sx + dx), int(r["y"] * sy + dy), *size))
                kept = {c: [QRect(*box) for box in boxes] for c, boxes in unique.items()}
                self._boxes[cell] = kept
            for colour, rects in kept.items():
                found.setdefault(colour, []).extend(rects)
        return found

    def flat(self, rect: QRectF) -> Iterator[tuple[str, list[QRectF]]]:
        """(colour, rectangles) of the waiting rows in the cells that meet ``rect``."""
        left, top = int(rect.left() // CELL) - 1, int(rect.top() // CELL) - 1
        right, bottom = int(rect.right() // CELL), int(rect.bottom() // CELL)
        for key, members in self.cells.items():
            if not (left <= key[0] <= right and top <= key[1] <= bottom):
                continue
            drawn = self._flat.get(key)
            if drawn is None:
                drawn = {}
                for r in members.values():
                    colour = r["color"] or DEFAULT_COLOUR
                    rects = drawn.get(colour)
                    if rects is None:
                        drawn[colour] = rects = []
                    rects.append(QRectF(r["x"], r["y"], r["width"], r["height"]))
                self._flat[key] = drawn
            yield from drawn.items()


class LazyItems(dict[str, Any]):
    """``scene.by_id``: the made items, and the waiting rows made into items when asked for."""

    def __init__(self, grid: RowGrid, make: Callable[[list[str]], None]) -> None:
        super().__init__()
        self.grid = grid
        self._make = make

    def made(self) -> list[Any]:
        """The items made so far (no waiting row is made)."""
        return list(super().values())

    def __getitem__(self, item_id: str) -> Any:
        found = super().get(item_id)
        if found is not None:
            return found
        if item_id in self.grid:
            self._make([item_id])
            return super().__getitem__(item_id)
        raise KeyError(item_id)

    def get(self, item_id: str, default: Any = None) -> Any:
        found = super().get(item_id)
        if found is not None:
            return found
        if item_id in self.grid:
            self._make([item_id])
            return super().get(item_id, default)
        return default

    def __contains__(self, item_id: object) -> bool:
        return super().__contains__(item_id) or item_id in self.grid

    def __len__(self) -> int:
        return super().__len__() + len(self.grid)

    def __iter__(self) -> Iterator[str]:
        return iter([*super().keys(), *self.grid.rows])

    def keys(self) -> list[str]:  # type: ignore[override]
        return list(self)

    def _make_all(self) -> None:
        if self.grid.rows:
            self._make(list(self.grid.rows))

    def values(self) -> list[Any]:  # type: ignore[override]
        self._make_all()
        return list(super().values())

    def items(self) -> list[tuple[str, Any]]:  # type: ignore[override]
        self._make_all()
        return list(super().items())

    def pop(self, item_id: str, default: Any = None) -> Any:
        found = super().pop(item_id, None)
        if found is None and self.grid.pop(item_id) is not None:
            return None  # a waiting row: nothing was made
        return found if found is not None else default

    def clear(self) -> None:
        super().clear()
        self.grid.clear()
