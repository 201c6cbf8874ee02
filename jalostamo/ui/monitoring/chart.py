"""A chart of one indicator: its measurements against baseline, target and the band of
meaningful change, drawn with QPainter from :class:`~jalostamo.services.monitoring.ChartData`."""

from __future__ import annotations

import itertools
import math
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from jalostamo.services.monitoring import ChartData, TrackStatus
from jalostamo.ui.monitoring.labels import (
    STATUS_COLORS,
    fmt_date,
    fmt_number,
    track_name,
)

BAND = QColor(47, 158, 68, 40)
BASELINE = QColor("#495057")
TARGET = QColor("#1971C2")
SERIES = QColor("#C2255C")
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 56.0, 16.0, 40.0, 44.0


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round values (steps of 1, 2 or 5 times a power of ten) between ``low`` and ``high``."""
    span = high - low
    if span <= 0:
        return [low]
    raw = span / max(1, count - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = min((m * power for m in (1, 2, 5, 10)), key=lambda c: abs(math.log(c / raw)))
    first = math.ceil(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    return ticks


def series_color(d: ChartData) -> QColor:
    """Green or red when the status is known, else a neutral colour."""
    if d.status in (TrackStatus.ON_TRACK, TrackStatus.OFF_TRACK):
        return STATUS_COLORS[d.status]
    return SERIES


class IndicatorChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    def set_data(self, data: ChartData | None) -> None:
        self.data = data
        self.setToolTip(self.summary())
        self.update()

    def summary(self) -> str:
        """What the chart says, in words (tooltip; also what a screen reader can read)."""
        if self.data is None:
            return ""
        d = self.data
        parts = [f"{d.name}: {track_name(d.status)}"]
        if d.latest:
            parts.append(self.tr("latest %1 on %2").replace("%1", fmt_number(d.latest[1]))
                         .replace("%2", fmt_date(d.latest[0])))
        return "; ".join(parts)

    def plot_rect(self) -> QRectF:
        return QRectF(MARGIN_LEFT, MARGIN_TOP, max(10.0, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
                      max(10.0, self.height() - MARGIN_TOP - MARGIN_BOTTOM))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if self.data is None:
            painter.end()
            return
        d = self.data
        painter.setPen(self.palette().text().color())
        title = d.name + (f" ({d.unit})" if d.unit else "")
        painter.drawText(QRectF(8, 4, self.width() - 16, 18), Qt.AlignmentFlag.AlignLeft, title)
        painter.setPen(STATUS_COLORS[d.status])
        painter.drawText(QRectF(8, 4, self.width() - 16, 18), Qt.AlignmentFlag.AlignRight,
                         track_name(d.status))
        if d.date_range is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.plot_rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No measurements yet"))
            painter.end()
            return
        self._draw(painter, d)
        painter.end()

    def _draw(self, painter: QPainter, d: ChartData) -> None:
        assert d.date_range is not None
        area = self.plot_rect()
        first, last = d.date_range
        if first == last:
            first, last = first - timedelta(days=15), last + timedelta(days=15)
        low, high = d.value_range
        pad = (high - low) * 0.08
        low, high = low - pad, high + pad
        span_days = (last - first).days

        def x_of(day: date) -> float:
            return area.left() + area.width() * (day - first).days / span_days

        def y_of(value: float) -> float:
            return area.bottom() - area.height() * (value - low) / (high - low)

        text_color = self.palette().text().color()
        grid = QPen(self.palette().mid().color(), 0.5)
        painter.setPen(grid)
        for value in nice_ticks(low, high):
            y = y_of(value)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text_color)
            painter.drawText(QRectF(0, y - 8, MARGIN_LEFT - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             fmt_number(value))
            painter.setPen(grid)
        painter.setPen(text_color)
        for day, align, offset in ((first, Qt.AlignmentFlag.AlignLeft, 0.0),
                                   (first + (last - first) / 2, Qt.AlignmentFlag.AlignHCenter,
                                    -40.0),
                                   (last, Qt.AlignmentFlag.AlignRight, -80.0)):
            painter.drawText(QRectF(x_of(day) + offset, area.bottom() + 4, 80, 16), align,
                             fmt_date(day))
        if d.band:
            top, bottom = y_of(d.band[1]), y_of(d.band[0])
            painter.fillRect(QRectF(area.left(), top, area.width(), bottom - top), BAND)
        if d.baseline:
            pen = QPen(BASELINE, 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = y_of(d.baseline[0])
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        if d.target:
            painter.setPen(QPen(TARGET, 1.5, Qt.PenStyle.DashLine))
            y = y_of(d.target[0])
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            if d.target[1]:
                painter.setBrush(TARGET)
                painter.drawEllipse(QPointF(x_of(d.target[1]), y), 5, 5)
        if d.expected:
            painter.setPen(QPen(TARGET, 1.0, Qt.PenStyle.DotLine))
            (d0, v0), (d1, v1) = d.expected
            painter.drawLine(QPointF(x_of(d0), y_of(v0)), QPointF(x_of(d1), y_of(v1)))
        if d.points:
            color = series_color(d)
            painter.setPen(QPen(color, 2.0))
            points = [QPointF(x_of(day), y_of(value)) for day, value in d.points]
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            painter.setBrush(color)
            for point in points:
                painter.drawEllipse(point, 3.5, 3.5)
        self._legend(painter, area, d)

    def _legend(self, painter: QPainter, area: QRectF, d: ChartData) -> None:
        entries = [(series_color(d), self.tr("Measurements"), Qt.PenStyle.SolidLine)]
        if d.baseline:
            entries.append((BASELINE, self.tr("Baseline"), Qt.PenStyle.DashLine))
        if d.target:
            entries.append((TARGET, self.tr("Target"), Qt.PenStyle.DashLine))
        if d.band:
            entries.append((BAND, self.tr("Meaningful change"), Qt.PenStyle.NoPen))
        x = area.left()
        y = area.bottom() + 26
        metrics = painter.fontMetrics()
        for color, label, style in entries:
            if style is Qt.PenStyle.NoPen:
                painter.fillRect(QRectF(x, y + 2, 18, 10), color)
            else:
                painter.setPen(QPen(color, 2.0, style))
                painter.drawLine(QPointF(x, y + 7), QPointF(x + 18, y + 7))
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(x + 22, y + 11), label)
            x += 34 + metrics.horizontalAdvance(label)
