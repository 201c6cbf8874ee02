"""What makes a board drawing look like the board: the template behind it (zones, the
stakeholder map's rings, arrows, with their labels) and the dots of a dot vote, drawn as the
board screen draws them (``ui/canvas/template_background.py``, the items' dot badge)."""

from __future__ import annotations

import math
from typing import Any

from reportlab.lib import colors

from jalostamo.reports.board_cache import Recorder
from jalostamo.reports.font_runs import draw_string
from jalostamo.reports.fonts import FONT_BOLD, wrap_text

ZONE_BORDER = colors.HexColor("#BDC1C6")
ZONE_LABEL = colors.HexColor("#5F6368")
ARROW = colors.HexColor("#80868B")
DOT = colors.HexColor("#1A73E8")
#: a zone's label on paper: as on the board (26 px), never below this many points
MIN_LABEL = 6.0


def draw_template(board: Any, c: Recorder, template: dict[str, Any]) -> None:
    """Zones in the board's scene coordinates, through ``board._rect`` (y up, scaled)."""
    c.saveState()
    c.setLineWidth(max(0.4, 2.0 * board.scale))
    for zone in template.get("zones", []):
        x, y, w, h = board._rect({"x": zone["x"], "y": zone["y"], "width": zone["w"],
                                  "height": zone["h"]})
        fill = colors.HexColor(zone.get("color") or "#F1F3F4")
        c.setFillColor(fill)
        c.setStrokeColor(ZONE_BORDER)
        if zone.get("shape") == "ellipse":
            c.ellipse(x, y, x + w, y + h, stroke=1, fill=1)
        else:
            c.roundRect(x, y, w, h, min(w, h, 12 * board.scale * 10) * 0.05, stroke=1, fill=1)
        label = str(zone.get("label") or "")
        if label:
            size = max(MIN_LABEL, 26 * board.scale)
            c.setFillColor(ZONE_LABEL)
            for n, line in enumerate(wrap_text(label, max(w * 0.8, 1.0), size, FONT_BOLD,
                                               max_lines=2)):
                draw_string(c, x + w / 2, y + h - size * 1.4 - n * size * 1.2, line, FONT_BOLD,
                            size, anchor="middle")
    c.setStrokeColor(ARROW)
    c.setFillColor(ARROW)
    c.setLineWidth(max(0.6, 6.0 * board.scale))
    for x1, y1, x2, y2 in template.get("arrows", []):
        ax, ay, _w, _h = board._rect({"x": x1, "y": y1, "width": 0, "height": 0})
        bx, by, _w, _h = board._rect({"x": x2, "y": y2, "width": 0, "height": 0})
        c.line(ax, ay, bx, by)
        angle = math.atan2(by - ay, bx - ax)
        head = max(2.5, 14 * board.scale)
        path = c.beginPath()
        path.moveTo(bx, by)
        for side in (0.5, -0.5):
            path.lineTo(bx - head * math.cos(angle + side), by - head * math.sin(angle + side))
        path.close()
        c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def draw_dot_badge(c: Recorder, rect: tuple[float, float, float, float], count: int) -> None:
    """A round badge with the item's dots at its top right corner."""
    x, y, w, h = rect
    radius = max(5.0, min(w, h) * 0.14)
    cx, cy = x + w - radius * 0.6, y + h - radius * 0.6
    c.saveState()
    c.setFillColor(DOT)
    c.setStrokeColor(colors.white)
    c.setLineWidth(0.6)
    c.circle(cx, cy, radius, stroke=1, fill=1)
    c.setFillColor(colors.white)
    size = radius * 1.1
    draw_string(c, cx, cy - size * 0.36, str(count), FONT_BOLD, size, anchor="middle")
    c.restoreState()
