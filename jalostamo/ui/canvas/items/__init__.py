"""Board item classes, one per file; :func:`make_item` picks the class for a row's kind."""

from __future__ import annotations

import atexit
from typing import Any

from jalostamo.ui.canvas.items import base, connector, frame, text_layout
from jalostamo.ui.canvas.items.base import BoardItem
from jalostamo.ui.canvas.items.connector import ConnectorItem
from jalostamo.ui.canvas.items.frame import FrameItem
from jalostamo.ui.canvas.items.note import NoteItem
from jalostamo.ui.canvas.items.photo import PhotoItem
from jalostamo.ui.canvas.items.shape import ShapeItem
from jalostamo.ui.canvas.items.text import TextItem

ITEM_CLASSES: dict[str, type[BoardItem]] = {
    "note": NoteItem, "text": TextItem, "shape": ShapeItem, "frame": FrameItem,
    "photo": PhotoItem,
}
AnyItem = BoardItem | ConnectorItem


def make_item(row: dict[str, Any], *, detail: bool = True) -> AnyItem:
    """The item for ``row``; ``detail`` False leaves its face unmade until it is needed."""
    if row["kind"] == "connector":
        return ConnectorItem(row)
    return ITEM_CLASSES[row["kind"]](row, detail=detail)


def release_qt_caches() -> None:
    """Drop the process-wide fonts, metrics, pens and brushes. Run at exit before PySide
    tears Qt down (atexit runs last-registered first): a QFont or QFontMetricsF destroyed
    after the QApplication, during interpreter shutdown, can crash the process."""
    for cached in (base.selection_pen, base.badge_font, base.brush, base.outline_pen,
                   text_layout.font_of, text_layout.metrics_of, connector.line_pen,
                   frame.frame_pen):
        cached.cache_clear()


atexit.register(release_qt_caches)


__all__ = ["ITEM_CLASSES", "AnyItem", "BoardItem", "ConnectorItem", "FrameItem", "NoteItem",
           "PhotoItem", "ShapeItem", "TextItem", "make_item", "release_qt_caches"]
