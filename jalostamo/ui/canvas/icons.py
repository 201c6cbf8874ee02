"""The board toolbar's icons, drawn with QPainter (no image files to ship or scale).

Each icon is drawn on a 64 × 64 logical grid into pixmaps of 24 and 48 pixels (crisp at 100 %
and 200 % display scaling); :func:`icon` returns an empty QIcon for an action without one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

INK = QColor("#3C4043")
BLUE = QColor("#1A73E8")
NOTE = QColor("#FFE066")
Painter = Callable[[QPainter], None]


def _pen(p: QPainter, color: QColor = INK, width: float = 4.0) -> None:
    p.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))


def _arrow_head(p: QPainter, tip: QPointF, dx: float, dy: float) -> None:
    """A filled head at ``tip`` pointing along (dx, dy) (unit steps)."""
    side = QPointF(-dy, dx)
    back = QPointF(tip.x() - dx * 12, tip.y() - dy * 12)
    p.setBrush(QBrush(p.pen().color()))
    p.drawPolygon(QPolygonF([tip, back + side * 7, back - side * 7]))
    p.setBrush(Qt.BrushStyle.NoBrush)


def note(p: QPainter) -> None:
    _pen(p, QColor("#B08F00"), 3)
    p.setBrush(NOTE)
    path = QPainterPath(QPointF(10, 10))
    for x, y in ((54, 10), (54, 42), (42, 54), (10, 54)):
        path.lineTo(x, y)
    path.closeSubpath()
    p.drawPath(path)
    p.setBrush(QColor("#E6C200"))
    p.drawPolygon(QPolygonF([QPointF(54, 42), QPointF(42, 42), QPointF(42, 54)]))
    _pen(p, QColor("#8A6D00"), 3)
    for y in (22, 31):
        p.drawLine(QPointF(18, y), QPointF(46, y))


def text(p: QPainter) -> None:
    font = QFont()
    font.setPixelSize(48)
    font.setBold(True)
    p.setFont(font)
    p.setPen(INK)
    p.drawText(QRectF(0, 0, 64, 64), Qt.AlignmentFlag.AlignCenter, "T")


def rectangle(p: QPainter) -> None:
    _pen(p)
    p.drawRect(QRectF(8, 16, 48, 34))


def ellipse(p: QPainter) -> None:
    _pen(p)
    p.drawEllipse(QRectF(8, 14, 48, 38))


def diamond(p: QPainter) -> None:
    _pen(p)
    p.drawPolygon(QPolygonF([QPointF(32, 6), QPointF(58, 32), QPointF(32, 58), QPointF(6, 32)]))


def frame(p: QPainter) -> None:
    _pen(p, INK, 3)
    p.setBrush(QColor("#E8EAED"))
    p.drawRect(QRectF(6, 14, 52, 42))
    p.setBrush(INK)
    p.drawRect(QRectF(6, 6, 24, 8))


def connect(p: QPainter) -> None:
    _pen(p, INK, 3)
    p.drawRect(QRectF(4, 36, 20, 20))
    p.drawRect(QRectF(40, 8, 20, 20))
    _pen(p, BLUE, 4)
    p.drawLine(QPointF(24, 40), QPointF(38, 26))
    _arrow_head(p, QPointF(40, 24), 0.7071, -0.7071)


def photo(p: QPainter) -> None:
    _pen(p, INK, 3)
    p.drawRect(QRectF(6, 12, 52, 40))
    p.setBrush(QColor("#34A853"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawPolygon(QPolygonF([QPointF(10, 48), QPointF(26, 28), QPointF(38, 42),
                             QPointF(44, 34), QPointF(54, 48)]))
    p.setBrush(QColor("#FBBC04"))
    p.drawEllipse(QRectF(40, 16, 10, 10))


def _curved(p: QPainter, *, mirror: bool) -> None:
    if mirror:
        p.translate(64, 0)
        p.scale(-1, 1)
    _pen(p, INK, 5)
    path = QPainterPath(QPointF(18, 24))
    path.cubicTo(QPointF(38, 12), QPointF(58, 24), QPointF(50, 44))
    p.drawPath(path)
    _arrow_head(p, QPointF(12, 26), -0.9, 0.3)


def undo(p: QPainter) -> None:
    _curved(p, mirror=False)


def redo(p: QPainter) -> None:
    _curved(p, mirror=True)


def fit(p: QPainter) -> None:
    _pen(p, INK, 5)
    for x, y, dx, dy in ((8, 8, 1, 1), (56, 8, -1, 1), (8, 56, 1, -1), (56, 56, -1, -1)):
        p.drawLine(QPointF(x, y), QPointF(x + 14 * dx, y))
        p.drawLine(QPointF(x, y), QPointF(x, y + 14 * dy))
    p.setBrush(NOTE)
    _pen(p, INK, 2)
    p.drawRect(QRectF(22, 22, 20, 20))


def _glass(p: QPainter, plus: bool) -> None:
    _pen(p, INK, 5)
    p.drawEllipse(QRectF(8, 8, 34, 34))
    p.drawLine(QPointF(37, 37), QPointF(56, 56))
    p.drawLine(QPointF(17, 25), QPointF(33, 25))
    if plus:
        p.drawLine(QPointF(25, 17), QPointF(25, 33))


def zoom_in(p: QPainter) -> None:
    _glass(p, True)


def zoom_out(p: QPainter) -> None:
    _glass(p, False)


def version(p: QPainter) -> None:
    _pen(p, INK, 4)
    p.setBrush(QColor("#E8F0FE"))
    p.drawPolygon(QPolygonF([QPointF(14, 6), QPointF(50, 6), QPointF(50, 58),
                             QPointF(32, 44), QPointF(14, 58)]))


def vote(p: QPainter) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#D93025"))
    for x, y in ((8, 30), (26, 12), (40, 36)):
        p.drawEllipse(QRectF(x, y, 18, 18))


def present(p: QPainter) -> None:
    _pen(p, INK, 4)
    p.drawRect(QRectF(6, 8, 52, 36))
    p.drawLine(QPointF(32, 44), QPointF(32, 56))
    p.drawLine(QPointF(20, 56), QPointF(44, 56))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BLUE)
    p.drawPolygon(QPolygonF([QPointF(26, 16), QPointF(42, 26), QPointF(26, 36)]))


def menu(p: QPainter) -> None:
    _pen(p, INK, 6)
    for y in (16, 32, 48):
        p.drawLine(QPointF(12, y), QPointF(52, y))


DRAWN: dict[str, Painter] = {
    "add_note": note, "add_text": text, "add_rectangle": rectangle, "add_ellipse": ellipse,
    "add_diamond": diamond, "add_frame": frame, "connect": connect, "add_photo": photo,
    "undo": undo, "redo": redo, "fit": fit, "zoom_in": zoom_in, "zoom_out": zoom_out,
    "keep_version": version, "start_vote": vote, "present": present, "menu": menu,
}


def pixmap(name: str, size: int) -> QPixmap:
    image = QPixmap(size, size)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 64, size / 64)
    DRAWN[name](painter)
    painter.end()
    return image


@cache
def icon(name: str) -> QIcon:
    if name not in DRAWN:
        return QIcon()
    made = QIcon()
    for size in (24, 48):
        made.addPixmap(pixmap(name, size))
    return made
