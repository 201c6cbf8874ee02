"""A board (visual model) drawn as vectors: notes, texts, shapes, frames, connectors, photos.

Text stays text (searchable and selectable); photos are drawn from the report's
:class:`ImageStore`, so each is embedded once however often it appears.
"""

from __future__ import annotations

import math
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from jalostamo.reports.board_cache import DRAWINGS, Recorder, key_of, paint
from jalostamo.reports.board_look import draw_dot_badge, draw_template
from jalostamo.reports.font_runs import draw_string, string_width
from jalostamo.reports.fonts import FONT, FONT_BOLD, wrap_text
from jalostamo.reports.images import ImageStore
from jalostamo.reports.styles import INK, MUTED, PAPER_TINT, RULE, hex_color, lighten

Item = dict[str, Any]
#: the smallest text drawn on a board (points): smaller is not read on paper
MIN_TEXT = 5.0
MIN_TITLE = 6.5
_DRAW_ORDER = {"frame": 0, "photo": 1, "shape": 2, "note": 3, "text": 4, "connector": 5}


def _num(item: Item, key: str, default: float = 0.0) -> float:
    value = item.get(key, default)
    return float(value) if isinstance(value, int | float) else default


def _bounds(items: list[Item]) -> tuple[float, float, float, float]:
    boxes = [(_num(i, "x"), _num(i, "y"), _num(i, "x") + _num(i, "width", 160),
              _num(i, "y") + _num(i, "height", 160)) for i in items if i.get("kind") != "connector"]
    if not boxes:
        return 0.0, 0.0, 1.0, 1.0
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes))


class BoardFlowable(Flowable):
    """The whole board scaled to fit ``width`` × ``max_height`` points."""

    def __init__(self, items: list[Item], images: ImageStore, width: float, max_height: float,
                 *, withheld_text: str = "", template: dict[str, Any] | None = None,
                 dots: dict[str, int] | None = None) -> None:
        super().__init__()
        self.items = [i for i in items if isinstance(i, dict)]
        self.images = images
        self.withheld_text = withheld_text
        self.template = template if template and template.get("zones") else None
        self.dots = dots or {}
        self.max_height = max_height
        self._photos: dict[str, str | None] = {}
        x0, y0, x1, y1 = _bounds(self.items)
        if self.template is not None:  # the whole background shows, as on the board
            if not any(i.get("kind") != "connector" for i in self.items):
                x0, y0, x1, y1 = 0.0, 0.0, 1.0, 1.0
            x0, y0 = min(x0, 0.0), min(y0, 0.0)
            x1 = max(x1, float(self.template["width"]))
            y1 = max(y1, float(self.template["height"]))
        pad = 20.0
        self.origin = (x0 - pad, y0 - pad)
        scene_w, scene_h = (x1 - x0) + 2 * pad, (y1 - y0) + 2 * pad
        self.scale = min(width / scene_w, max_height / scene_h)
        self.width = width
        self.height = scene_h * self.scale
        self.offset_x = (width - scene_w * self.scale) / 2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    # --- geometry: scene units (y down) to points (y up) ---------------------------------

    def _rect(self, item: Item) -> tuple[float, float, float, float]:
        s = self.scale
        x = self.offset_x + (_num(item, "x") - self.origin[0]) * s
        w = _num(item, "width", 160) * s
        h = _num(item, "height", 160) * s
        y = self.height - (_num(item, "y") - self.origin[1]) * s - h
        return x, y, w, h

    def draw(self) -> None:
        c: Canvas = self.canv
        if getattr(getattr(c, "_doctemplate", None), "draft", False):
            return  # a layout pass that is never written: the size is all that matters
        photos = {str(i.get("media_id")): self.images.reader(i.get("media_id"))
                  for i in self.items if i.get("kind") == "photo"}
        key = key_of({"items": self.items, "width": self.width, "max_height": self.max_height,
                      "template": self.template, "dots": self.dots,
                      "withheld": self.withheld_text,
                      "photos": sorted(m for m, path in photos.items() if path is not None)})
        ops = DRAWINGS.get(key)
        if ops is None:
            recorder = Recorder()
            self._plan(recorder, photos)
            ops = recorder.ops
            DRAWINGS.put(key, ops)
        paint(c, ops, photos, self.__dict__.get("a11y_photos", {}))

    def _plan(self, c: Recorder, photos: dict[str, str | None]) -> None:
        """Work the drawing out as canvas calls (:mod:`.board_cache`)."""
        self._photos = photos
        c.saveState()
        c.setFillColor(PAPER_TINT)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        if self.template is not None:
            draw_template(self, c, self.template)
        by_id = {i.get("id"): i for i in self.items}
        ordered = sorted(self.items, key=lambda i: (_DRAW_ORDER.get(str(i.get("kind")), 3),
                                                    _num(i, "z")))
        for item in ordered:
            kind = str(item.get("kind"))
            if kind == "connector":
                self._connector(c, item, by_id)
                continue
            x, y, w, h = self._rect(item)
            c.saveState()
            rotation = _num(item, "rotation")
            if rotation:
                c.translate(x + w / 2, y + h / 2)
                c.rotate(-rotation)
                c.translate(-(x + w / 2), -(y + h / 2))
            getattr(self, f"_draw_{kind}", self._draw_note)(c, item, x, y, w, h)
            c.restoreState()
        for item in ordered:  # dots on top of everything, as on the board
            count = self.dots.get(str(item.get("id")), 0)
            if count and item.get("kind") != "connector":
                draw_dot_badge(c, self._rect(item), count)
        c.restoreState()

    def _font_size(self, item: Item, default: float = 14.0, minimum: float = MIN_TEXT) -> float:
        """The item's text size on paper, never below what can be read (a note then shows
        fewer of its words, ending in "…")."""
        style = item.get("style") or {}
        size = style.get("font_size", default) if isinstance(style, dict) else default
        return max(minimum, float(size) * self.scale if isinstance(size, int | float)
                   else default)

    def _text_block(self, c: Recorder, text: str, x: float, y: float, w: float, h: float,
                    size: float, *, center: bool = False, font: str = FONT,
                    color: colors.Color = INK) -> None:
        pad = min(w, h) * 0.08
        leading = size * 1.2
        max_lines = max(1, int((h - 2 * pad) // leading))
        lines = wrap_text(text, max(w - 2 * pad, 1.0), size, font, max_lines=max_lines)
        c.setFillColor(color)
        c.setFont(font, size)
        top = y + h - pad - size
        if center:
            top = y + h / 2 + (len(lines) * leading) / 2 - size
        for n, line in enumerate(lines):
            baseline = top - n * leading
            if center:
                draw_string(c, x + w / 2, baseline, line, font, size, anchor="middle")
            else:
                draw_string(c, x + pad, baseline, line, font, size)

    def _draw_note(self, c: Recorder, item: Item, x: float, y: float, w: float, h: float) -> None:
        fill = hex_color(item.get("color"), colors.HexColor("#FFE066"))
        c.setFillColor(fill)
        c.setStrokeColor(lighten(INK, 0.75))
        c.setLineWidth(0.3)
        c.rect(x, y, w, h, stroke=1, fill=1)
        self._text_block(c, str(item.get("text") or ""), x, y, w, h, self._font_size(item))

    def _draw_text(self, c: Recorder, item: Item, x: float, y: float, w: float, h: float) -> None:
        self._text_block(c, str(item.get("text") or ""), x, y, w, h,
                         self._font_size(item, 18), font=FONT_BOLD)

    def _draw_shape(self, c: Recorder, item: Item, x: float, y: float, w: float, h: float) -> None:
        fill = hex_color(item.get("color"), colors.HexColor("#A5D8FF"))
        c.setFillColor(fill)
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        shape = str(item.get("shape") or "rectangle")
        if shape == "ellipse":
            c.ellipse(x, y, x + w, y + h, stroke=1, fill=1)
        elif shape == "diamond":
            path = c.beginPath()
            path.moveTo(x + w / 2, y + h)
            path.lineTo(x + w, y + h / 2)
            path.lineTo(x + w / 2, y)
            path.lineTo(x, y + h / 2)
            path.close()
            c.drawPath(path, stroke=1, fill=1)
        else:
            c.roundRect(x, y, w, h, min(w, h) * 0.06, stroke=1, fill=1)
        self._text_block(c, str(item.get("text") or ""), x + w * 0.1, y + h * 0.1, w * 0.8,
                         h * 0.8, self._font_size(item), center=True)

    def _draw_frame(self, c: Recorder, item: Item, x: float, y: float, w: float, h: float) -> None:
        color = hex_color(item.get("color"), MUTED)
        c.setFillColor(lighten(color, 0.88))
        c.setStrokeColor(color)
        c.setLineWidth(0.8)
        c.rect(x, y, w, h, stroke=1, fill=1)
        title = str(item.get("text") or item.get("label") or "")
        if title:
            size = self._font_size(item, 16, MIN_TITLE)
            c.setFillColor(color)
            c.setFont(FONT_BOLD, size)
            line = wrap_text(title, max(w - 4, 1.0), size, FONT_BOLD, max_lines=1)
            draw_string(c, x + size * 0.4, y + h - size * 1.3, line[0] if line else "",
                        FONT_BOLD, size)

    def _draw_photo(self, c: Recorder, item: Item, x: float, y: float, w: float, h: float) -> None:
        media_id = item.get("media_id")
        if self._photos.get(str(media_id)) is None:
            c.setFillColor(colors.HexColor("#E4E7EB"))
            c.setStrokeColor(RULE)
            c.rect(x, y, w, h, stroke=1, fill=1)
            self._text_block(c, self.withheld_text, x, y, w, h, self._font_size(item, 12),
                             center=True, color=MUTED)
            return
        c.photo(str(media_id), x, y, w, h)  # a Figure of its own inside the board's

    def _connector(self, c: Recorder, item: Item, by_id: dict[Any, Item]) -> None:
        source, target = by_id.get(item.get("source_id")), by_id.get(item.get("target_id"))
        if source is None or target is None:
            return
        a, b = self._rect(source), self._rect(target)
        ca = (a[0] + a[2] / 2, a[1] + a[3] / 2)
        cb = (b[0] + b[2] / 2, b[1] + b[3] / 2)
        start, end = _edge_point(a, cb), _edge_point(b, ca)
        color = hex_color(item.get("color"), INK) if item.get("color") != "#FFE066" else INK
        c.setStrokeColor(color)
        c.setFillColor(color)
        c.setLineWidth(max(0.4, 1.6 * self.scale))
        c.line(*start, *end)
        head = max(2.5, 12 * self.scale)
        if item.get("arrow_end", True):
            _arrowhead(c, start, end, head)
        if item.get("arrow_start"):
            _arrowhead(c, end, start, head)
        label = str(item.get("label") or "")
        if label:
            size = self._font_size(item, 12)
            mx, my = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
            width = min(string_width(label, FONT, size), 60 * size)
            c.setFillColor(colors.white)
            c.rect(mx - width / 2 - 1, my - size * 0.35, width + 2, size * 1.2, stroke=0, fill=1)
            c.setFillColor(INK)
            c.setFont(FONT, size)
            draw_string(c, mx, my, label, FONT, size, anchor="middle")


def _edge_point(rect: tuple[float, float, float, float],
                toward: tuple[float, float]) -> tuple[float, float]:
    """Where the line from the rectangle's centre toward ``toward`` leaves the rectangle."""
    x, y, w, h = rect
    cx, cy = x + w / 2, y + h / 2
    dx, dy = toward[0] - cx, toward[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    factors = []
    if dx:
        factors.append((w / 2) / abs(dx))
    if dy:
        factors.append((h / 2) / abs(dy))
    f = min(min(factors), 1.0)
    return cx + dx * f, cy + dy * f


def _arrowhead(c: Recorder, start: tuple[float, float], end: tuple[float, float],
               size: float) -> None:
    angle = math.atan2(end[1] - start[1], end[0] - start[0])
    path = c.beginPath()
    path.moveTo(*end)
    for side in (0.4, -0.4):
        path.lineTo(end[0] - size * math.cos(angle + side), end[1] - size * math.sin(angle + side))
    path.close()
    c.drawPath(path, stroke=0, fill=1)
