"""Where a new item goes: the free place nearest the centre of the view.

Places are tried on a grid of the new item's size (plus a gap) in rings around the centre,
nearest first, inside the visible area first; a place is free when no item but a frame (new
items may land in a frame) lies under it. The scene's index answers each try, so a big board
costs no more than a small one. With no free place in reach the item goes to the centre.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsScene

from jalostamo.ui.canvas.items import BoardItem, FrameItem

GAP = 24.0
RINGS = 12


def free_place(scene: QGraphicsScene, visible: QRectF, width: float, height: float, *,
               in_frames: bool = True) -> tuple[float, float]:
    """The top-left corner of a free ``width`` x ``height`` place near ``visible``'s centre;
    ``in_frames`` False: frames are in the way too (a new frame)."""
    centre = visible.center()
    x0, y0 = centre.x() - width / 2, centre.y() - height / 2
    step_x, step_y = width + GAP, height + GAP
    places = [(dx, dy) for dx in range(-RINGS, RINGS + 1) for dy in range(-RINGS, RINGS + 1)]
    places.sort(key=lambda p: (not visible.contains(_rect(x0, y0, step_x, step_y, width,
                                                          height, p)),
                               math.hypot(p[0] * step_x, p[1] * step_y)))
    for place in places:
        rect = _rect(x0, y0, step_x, step_y, width, height, place)
        if _free(scene, rect.adjusted(-GAP / 2, -GAP / 2, GAP / 2, GAP / 2), in_frames):
            return rect.x(), rect.y()
    return x0, y0


def _rect(x0: float, y0: float, step_x: float, step_y: float, width: float, height: float,
          place: tuple[int, int]) -> QRectF:
    return QRectF(x0 + place[0] * step_x, y0 + place[1] * step_y, width, height)


def _free(scene: QGraphicsScene, rect: QRectF, in_frames: bool) -> bool:
    return not any(isinstance(item, BoardItem)
                   and not (in_frames and isinstance(item, FrameItem))
                   for item in scene.items(rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect))
