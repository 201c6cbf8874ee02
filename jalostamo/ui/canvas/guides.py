"""Alignment guides while dragging (as in Miro and tldraw): when an edge or the centre of the
dragged items comes within a few screen pixels of an edge or centre of an item in view, the
drag snaps to it and a guide line shows the alignment.

The items in view are measured once when the drag starts (sorted edges, looked up by
bisection at every mouse move), so a drag costs the same on a board of 50,000 items.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from PySide6.QtCore import QLineF, QRectF

TOLERANCE_PX = 6.0
MAX_TARGETS = 3000  # more items in view than this: zoomed far out, guides would be noise

#: an edge: (position, start, end) — x with its rectangle's top and bottom, or y with its left
#: and right
Edge = tuple[float, float, float]


def _edges(rects: Iterable[QRectF], vertical: bool) -> list[Edge]:
    found = []
    for r in rects:
        if vertical:
            for x in (r.left(), r.center().x(), r.right()):
                found.append((x, r.top(), r.bottom()))
        else:
            for y in (r.top(), r.center().y(), r.bottom()):
                found.append((y, r.left(), r.right()))
    found.sort()
    return found


def _nearest(edges: list[Edge], keys: list[float], value: float) -> Edge | None:
    at = bisect_left(keys, value)
    near = [edges[i] for i in (at - 1, at) if 0 <= i < len(edges)]
    return min(near, key=lambda e: abs(e[0] - value)) if near else None


class Guides:
    def __init__(self, targets: list[QRectF]) -> None:
        self.xs = _edges(targets, True)
        self.ys = _edges(targets, False)
        self._xkeys = [e[0] for e in self.xs]
        self._ykeys = [e[0] for e in self.ys]

    def snap(self, moving: QRectF, tolerance: float) -> tuple[float, float, list[QLineF]]:
        """How far to shift ``moving`` to align it (dx, dy), and the guide lines to show."""
        dx, x_hit = self._best(self.xs, self._xkeys,
                               (moving.left(), moving.center().x(), moving.right()), tolerance)
        dy, y_hit = self._best(self.ys, self._ykeys,
                               (moving.top(), moving.center().y(), moving.bottom()), tolerance)
        placed = moving.translated(dx, dy)
        lines = []
        if x_hit is not None:
            x, top, bottom = x_hit
            lines.append(QLineF(x, min(top, placed.top()), x, max(bottom, placed.bottom())))
        if y_hit is not None:
            y, left, right = y_hit
            lines.append(QLineF(min(left, placed.left()), y, max(right, placed.right()), y))
        return dx, dy, lines

    @staticmethod
    def _best(edges: list[Edge], keys: list[float], features: tuple[float, ...],
              tolerance: float) -> tuple[float, Edge | None]:
        best: tuple[float, Edge | None] = (0.0, None)
        closest = tolerance
        for value in features:
            edge = _nearest(edges, keys, value)
            if edge is not None and abs(edge[0] - value) <= closest:
                closest = abs(edge[0] - value)
                best = (edge[0] - value, edge)
        return best
