"""The roadmap on a timeline: one lane per kind (the phenomenon's components, events, signals
and impact goals, then the experiment's steps and milestones), bars coloured by status."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from jalostamo.services.monitoring import ROADMAP_LANES, RoadmapItem
from jalostamo.services.vocabulary import RoadmapKind
from jalostamo.ui.monitoring.labels import ROADMAP_COLORS, fmt_date, kind_name

LABEL_WIDTH = 190.0
UNDATED_WIDTH = 150.0
HEADER = 24.0
ROW = 24.0
LANE_PAD = 6.0


def assign_rows(items: list[RoadmapItem]) -> dict[str, int]:
    """Sub-rows within a lane so that dated items that overlap in time do not overlap."""
    ends: list[date] = []
    rows: dict[str, int] = {}
    for item in sorted(items, key=lambda it: it.starts_on or date.max):
        if item.starts_on is None:
            continue
        end = item.ends_on or item.starts_on
        for row, last in enumerate(ends):
            if last < item.starts_on:
                ends[row] = end
                rows[item.id] = row
                break
        else:
            rows[item.id] = len(ends)
            ends.append(end)
    undated = [it for it in items if it.starts_on is None]
    for i, item in enumerate(undated):
        rows[item.id] = i
    return rows


class RoadmapTimeline(QWidget):
    itemClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[RoadmapItem] = []
        self.selected_id: str | None = None
        self.today = date.today()
        self.hit_boxes: dict[str, QRectF] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def set_items(self, items: list[RoadmapItem], selected_id: str | None = None) -> None:
        self.items = list(items)
        self.selected_id = selected_id
        self.updateGeometry()
        self.update()

    def _lanes(self) -> list[tuple[RoadmapKind, list[RoadmapItem], dict[str, int], int]]:
        lanes = []
        for kind in ROADMAP_LANES:
            items = [it for it in self.items if it.kind == kind]
            rows = assign_rows(items)
            count = max((r + 1 for r in rows.values()), default=1)
            lanes.append((kind, items, rows, count))
        return lanes

    def sizeHint(self) -> QSize:
        height = HEADER + sum(n * ROW + 2 * LANE_PAD for *_, n in self._lanes())
        return QSize(800, int(height) + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(500, self.sizeHint().height())

    def date_span(self) -> tuple[date, date]:
        dates = [d for it in self.items for d in (it.starts_on, it.ends_on) if d]
        if not dates:
            return self.today - timedelta(days=30), self.today + timedelta(days=180)
        first, last = min(dates), max(dates)
        pad = max(7, (last - first).days // 20)
        return first - timedelta(days=pad), last + timedelta(days=pad)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        first, last = self.date_span()
        left = LABEL_WIDTH
        right = self.width() - UNDATED_WIDTH - 8
        span = max(1, (last - first).days)

        def x_of(day: date) -> float:
            return left + (right - left) * (day - first).days / span

        text = self.palette().text().color()
        grid = QPen(self.palette().mid().color(), 0.5)
        month = date(first.year, first.month, 1)
        step = 1 if span < 400 else 3 if span < 1200 else 12
        while month <= last:
            if month >= first:
                x = x_of(month)
                painter.setPen(grid)
                painter.drawLine(QPointF(x, HEADER), QPointF(x, self.height()))
                painter.setPen(text)
                painter.drawText(QPointF(x + 3, HEADER - 8), f"{month.month}/{month.year}")
            total = month.month - 1 + step
            month = date(month.year + total // 12, total % 12 + 1, 1)
        painter.setPen(text)
        painter.drawText(QRectF(right + 8, 0, UNDATED_WIDTH, HEADER - 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         self.tr("No date"))
        self.hit_boxes.clear()
        y = HEADER
        for index, (kind, items, rows, count) in enumerate(self._lanes()):
            height = count * ROW + 2 * LANE_PAD
            if index % 2 == 0:
                painter.fillRect(QRectF(0, y, self.width(), height),
                                 self.palette().alternateBase())
            if kind is RoadmapKind.STEP:  # the experiment's lanes start here
                painter.setPen(QPen(text, 1.0))
                painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
            painter.setPen(text)
            painter.drawText(QRectF(6, y, LABEL_WIDTH - 12, height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                             kind_name(kind))
            for item in items:
                top = y + LANE_PAD + rows[item.id] * ROW + 2
                self._draw_item(painter, item, top, x_of, right)
            y += height
        if first <= self.today <= last:
            painter.setPen(QPen(QColor("#E03131"), 1.0, Qt.PenStyle.DashLine))
            x = x_of(self.today)
            painter.drawLine(QPointF(x, HEADER - 4), QPointF(x, y))
        painter.end()

    def _draw_item(self, painter: QPainter, item: RoadmapItem, top: float,
                   to_x: Callable[[date], float], right: float) -> None:
        color = ROADMAP_COLORS[item.status]
        selected = item.id == self.selected_id
        pen = QPen(QColor("#1864AB") if selected else color.darker(140), 2.0 if selected else 1.0)
        painter.setPen(pen)
        painter.setBrush(color)
        height = ROW - 4
        if item.starts_on is None:
            box = QRectF(right + 8, top, UNDATED_WIDTH - 12, height)
            painter.drawRoundedRect(box, 4, 4)
        elif item.kind is RoadmapKind.MILESTONE or not item.ends_on or \
                item.ends_on == item.starts_on:
            x = to_x(item.starts_on)
            mid = top + height / 2
            painter.drawPolygon(QPolygonF([QPointF(x, top), QPointF(x + height / 2, mid),
                                           QPointF(x, top + height), QPointF(x - height / 2, mid)]))
            box = QRectF(x + height / 2 + 2, top, 220, height)
            painter.setPen(self.palette().text().color())
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, item.title)
            box = QRectF(x - height / 2, top, height + 2 + painter.fontMetrics()
                         .horizontalAdvance(item.title), height)
            self.hit_boxes[item.id] = box
            return
        else:
            x0, x1 = to_x(item.starts_on), to_x(item.ends_on)
            box = QRectF(x0, top, max(6.0, x1 - x0), height)
            painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("#212529"))
        painter.drawText(box.adjusted(5, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(item.title, Qt.TextElideMode.ElideRight,
                                                          int(box.width()) - 8))
        self.hit_boxes[item.id] = box

    def item_at(self, point: QPointF) -> str | None:
        for item_id, box in self.hit_boxes.items():
            if box.contains(point):
                return item_id
        return None

    def tooltip_for(self, item_id: str) -> str:
        item = next((it for it in self.items if it.id == item_id), None)
        if item is None:
            return ""
        tip = f"{kind_name(item.kind)}: {item.title}"
        if item.starts_on:
            tip += f" ({fmt_date(item.starts_on)}\u2013{fmt_date(item.ends_on)})"
        return tip

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        item_id = self.item_at(event.position())
        self.setToolTip(self.tooltip_for(item_id) if item_id else "")
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item_id = self.item_at(event.position())
        if item_id:
            self.selected_id = item_id
            self.update()
            self.itemClicked.emit(item_id)
        super().mousePressEvent(event)
