"""Board drawings kept for the next report: the canvas calls that draw a board, worked out
once (text wrapped and measured, items sorted and placed) and replayed on any report's canvas.

A drawing is stored under the SHA-256 of everything it is made from: the items as the report
shows them (after its privacy rules), the size, the template in the report's language, the
dots, which photos can be drawn and the placeholder text. A board edited in any way, a
version, another language or pseudonyms give another key, so a stored drawing is never one
of an older board. Drawings are kept in memory only, for the life of the process (reports in
several languages or kinds in one session draw each board once): boards hold people's words
and names, and a copy on disk would outlive "erase this person" (services/privacy.py).

An entry is checked call by call before it is replayed; one that is not a drawing this module
made (damaged, or of another format) is dropped and the board is worked out again.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
from collections import OrderedDict
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from jalostamo.reports.tagging import inner_figure

#: changes whenever the calls recorded for a board change meaning
FORMAT = 1
#: drawings kept (least recently used dropped first); a board is a few hundred calls
MAX_DRAWINGS = 2000
MAX_CALLS = 2_000_000

Op = list[Any]
_NUM = (int, float)
#: call name -> the types of its arguments after the name
_SIGNATURES: dict[str, tuple[tuple[type, ...], ...]] = {
    "saveState": (),
    "restoreState": (),
    "setFillColor": (_NUM, _NUM, _NUM),
    "setStrokeColor": (_NUM, _NUM, _NUM),
    "setLineWidth": (_NUM,),
    "translate": (_NUM, _NUM),
    "rotate": (_NUM,),
    "rect": (_NUM, _NUM, _NUM, _NUM, _NUM, _NUM),
    "roundRect": (_NUM, _NUM, _NUM, _NUM, _NUM, _NUM, _NUM),
    "ellipse": (_NUM, _NUM, _NUM, _NUM, _NUM, _NUM),
    "circle": (_NUM, _NUM, _NUM, _NUM, _NUM),
    "line": (_NUM, _NUM, _NUM, _NUM),
    "setFont": ((str,), _NUM),
    "drawString": (_NUM, _NUM, (str,)),
    "drawPath": ((str,), _NUM, _NUM),
    "photo": ((str,), _NUM, _NUM, _NUM, _NUM),
}


class Path:
    """A path being built (``Recorder.beginPath``): reportlab's own path object, whose code
    does not depend on the canvas."""

    def __init__(self) -> None:
        self._path = PDFPathObject()

    def moveTo(self, x: float, y: float) -> None:
        self._path.moveTo(x, y)

    def lineTo(self, x: float, y: float) -> None:
        self._path.lineTo(x, y)

    def close(self) -> None:
        self._path.close()

    def code(self) -> str:
        return str(self._path.getCode())


class Recorder:
    """Stands in for a reportlab canvas while a board is worked out: each drawing call is
    recorded as ``[name, *arguments]``, the arguments plain numbers and strings."""

    def __init__(self) -> None:
        self.ops: list[Op] = []

    def saveState(self) -> None:
        self.ops.append(["saveState"])

    def restoreState(self) -> None:
        self.ops.append(["restoreState"])

    def setFillColor(self, color: colors.Color) -> None:
        self.ops.append(["setFillColor", color.red, color.green, color.blue])

    def setStrokeColor(self, color: colors.Color) -> None:
        self.ops.append(["setStrokeColor", color.red, color.green, color.blue])

    def setLineWidth(self, width: float) -> None:
        self.ops.append(["setLineWidth", width])

    def translate(self, dx: float, dy: float) -> None:
        self.ops.append(["translate", dx, dy])

    def rotate(self, angle: float) -> None:
        self.ops.append(["rotate", angle])

    def rect(self, x: float, y: float, w: float, h: float, stroke: int = 1,
             fill: int = 0) -> None:
        self.ops.append(["rect", x, y, w, h, stroke, fill])

    def roundRect(self, x: float, y: float, w: float, h: float, radius: float,
                  stroke: int = 1, fill: int = 0) -> None:
        self.ops.append(["roundRect", x, y, w, h, radius, stroke, fill])

    def ellipse(self, x1: float, y1: float, x2: float, y2: float, stroke: int = 1,
                fill: int = 0) -> None:
        self.ops.append(["ellipse", x1, y1, x2, y2, stroke, fill])

    def circle(self, x: float, y: float, r: float, stroke: int = 1, fill: int = 0) -> None:
        self.ops.append(["circle", x, y, r, stroke, fill])

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.ops.append(["line", x1, y1, x2, y2])

    def setFont(self, name: str, size: float) -> None:
        self.ops.append(["setFont", name, size])

    def drawString(self, x: float, y: float, text: str) -> None:
        self.ops.append(["drawString", x, y, text])

    def beginPath(self) -> Path:
        return Path()

    def drawPath(self, path: Path, stroke: int = 1, fill: int = 0) -> None:
        self.ops.append(["drawPath", path.code(), stroke, fill])

    def photo(self, media_id: str, x: float, y: float, w: float, h: float) -> None:
        """A photo, drawn from the report's image store when replayed."""
        self.ops.append(["photo", media_id, x, y, w, h])


class _Code:
    """What ``Canvas.drawPath`` needs of a path: its code."""

    def __init__(self, code: str) -> None:
        self.code = code

    def getCode(self) -> str:
        return self.code


def valid(ops: object) -> bool:
    """Whether ``ops`` is a drawing this module records: known calls, right arguments."""
    if not isinstance(ops, list):
        return False
    for op in ops:
        if not isinstance(op, list) or not op or not isinstance(op[0], str):
            return False
        signature = _SIGNATURES.get(op[0])
        if signature is None or len(op) != len(signature) + 1:
            return False
        for value, kinds in zip(op[1:], signature, strict=True):
            if not isinstance(value, kinds) or (isinstance(value, float)
                                                and not math.isfinite(value)):
                return False
    return True


def paint(c: Canvas, ops: list[Op], photos: dict[str, str | None],
          alts: dict[str, str]) -> None:
    """Replay a drawing on ``c``; ``photos`` gives each photo's file, ``alts`` its
    alternative text (each photo is a figure of its own inside the board's)."""
    for op in ops:
        name = op[0]
        if name == "photo":
            media_id, x, y, w, h = op[1:]
            path = photos.get(media_id)
            if path is not None:
                with inner_figure(c, alts.get(media_id)):
                    c.drawImage(path, x, y, w, h, preserveAspectRatio=True, anchor="c")
        elif name in ("setFillColor", "setStrokeColor"):
            getattr(c, name)(colors.Color(op[1], op[2], op[3]))
        elif name == "drawPath":
            c.drawPath(_Code(op[1]), stroke=op[2], fill=op[3])
        else:
            getattr(c, name)(*op[1:])


def key_of(inputs: dict[str, Any]) -> str:
    """The SHA-256 of a drawing's inputs (plain data) and :data:`FORMAT`."""
    text = json.dumps({"format": FORMAT, **inputs}, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Drawings:
    """Drawings by key, least recently used dropped first; safe across threads (a report is
    written on a worker)."""

    def __init__(self, max_drawings: int = MAX_DRAWINGS, max_calls: int = MAX_CALLS) -> None:
        self._entries: OrderedDict[str, list[Op]] = OrderedDict()
        self._calls = 0
        self._lock = threading.Lock()
        self.max_drawings = max_drawings
        self.max_calls = max_calls
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> list[Op] | None:
        with self._lock:
            ops = self._entries.get(key)
            if ops is None:
                self.misses += 1
                return None
            if not valid(ops):  # damaged: never replayed
                self._drop(key)
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return ops

    def put(self, key: str, ops: list[Op]) -> None:
        with self._lock:
            if key in self._entries:
                self._drop(key)
            self._entries[key] = ops
            self._calls += len(ops)
            while self._entries and (len(self._entries) > self.max_drawings
                                     or self._calls > self.max_calls):
                self._drop(next(iter(self._entries)))

    def _drop(self, key: str) -> None:
        ops = self._entries.pop(key)
        self._calls -= len(ops) if isinstance(ops, list) else 0

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._calls = 0

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def entry(self, key: str) -> list[Op] | None:
        """The stored calls as they are (for tests), not checked."""
        return self._entries.get(key)


#: the process's drawings
DRAWINGS = Drawings()
