"""What reviewers said to a team across rounds, with its rubric scores as a bar chart."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from jalostamo.i18n import current_language
from jalostamo.services import Change, Services
from jalostamo.services.reviews import TeamSummary, column_label, criterion_label

ROUND_COLOURS = ["#4C6EF5", "#2F9E44", "#F08C00", "#AE3EC9", "#E03131"]
MAX_SCORE = 4


class RubricChart(QWidget):
    """Horizontal bars: one group per criterion, one bar per round (mean score, 0–4)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rubricChart")
        self.setMinimumHeight(180)
        self.labels: list[str] = []
        self.series: list[tuple[str, list[float | None]]] = []  # (round title, per criterion)

    def set_data(self, labels: list[str], series: list[tuple[str, list[float | None]]]) -> None:
        self.labels = labels
        self.series = series
        rows = max(1, len(labels))
        self.setMinimumHeight(40 + rows * (8 + 14 * max(1, len(series))))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        if not self.labels or not self.series:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No scores yet"))
            painter.end()
            return
        label_width = 150.0
        chart_width = max(50.0, self.width() - label_width - 60)
        bar_height = 12.0
        group_height = 8 + bar_height * len(self.series)
        top = 24.0
        painter.setPen(QPen(QColor("#868E96")))
        for score in range(MAX_SCORE + 1):  # scale 0..4
            x = label_width + chart_width * score / MAX_SCORE
            painter.drawLine(int(x), int(top - 4), int(x), int(top + group_height * len(self.labels)))
            painter.drawText(QRectF(x - 10, 4, 20, 16), Qt.AlignmentFlag.AlignCenter, str(score))
        for row, label in enumerate(self.labels):
            y = top + row * group_height
            painter.setPen(QPen(QColor("#212529")))
            painter.drawText(QRectF(4, y, label_width - 8, group_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            for index, (_title, values) in enumerate(self.series):
                value = values[row]
                if value is None:
                    continue
                colour = QColor(ROUND_COLOURS[index % len(ROUND_COLOURS)])
                rect = QRectF(label_width, y + 4 + index * bar_height,
                              chart_width * value / MAX_SCORE, bar_height - 2)
                painter.fillRect(rect, colour)
                painter.drawText(QRectF(rect.right() + 4, rect.top() - 2, 40, bar_height + 2),
                                 Qt.AlignmentFlag.AlignVCenter, f"{value:.1f}")
        legend_y = top + group_height * len(self.labels) + 6
        x = label_width
        for index, (title, _values) in enumerate(self.series):
            painter.fillRect(QRectF(x, legend_y + 3, 10, 10),
                             QColor(ROUND_COLOURS[index % len(ROUND_COLOURS)]))
            painter.drawText(QRectF(x + 14, legend_y, 200, 16), Qt.AlignmentFlag.AlignVCenter,
                             title)
            x += 24 + painter.fontMetrics().horizontalAdvance(title)
        painter.end()


class SummaryView(QWidget):
    def __init__(self, services: Services, bridge: object, team_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewSummary")
        self.svc = services
        self.team_id = team_id
        self.chart = RubricChart(self)
        self.text = QTextBrowser(self)
        self.text.setObjectName("summaryText")
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart)
        layout.addWidget(self.text, 1)
        bridge.changed.connect(self._on_change)  # type: ignore[attr-defined]
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.table in ("reviews", "review_notes", "rubric_scores", "review_rounds",
                            "review_criteria", "review_assignments"):
            self.refresh()

    def summary(self) -> TeamSummary:
        return self.svc.reviews.team_summary(self.team_id, current_language())

    def refresh(self) -> None:
        lang = current_language()
        summary = self.summary()
        titles = {r.round_id: r.round_title for r in summary.reviews}
        labels = [criterion_label(c, lang) for c in summary.criteria]
        series: list[tuple[str, list[float | None]]] = []
        for round_id in summary.round_ids():
            means = summary.averages(round_id)
            if means:
                series.append((titles[round_id],
                               [means.get(c.id) for c in summary.criteria]))
        self.chart.set_data(labels, series)
        parts: list[str] = []
        for review in summary.reviews:
            parts.append(f"<h3>{html.escape(review.round_title)} — "
                         f"{html.escape(review.reviewer)}</h3>")
            if review.focusing_question:
                parts.append(f"<p><i>{html.escape(review.focusing_question)}</i></p>")
            for column, notes in review.notes.items():
                if notes:
                    items = "".join(f"<li>{html.escape(n)}</li>" for n in notes)
                    parts.append(f"<p><b>{html.escape(column_label(column, lang))}</b></p>"
                                 f"<ul>{items}</ul>")
            if review.dots:
                parts.append(f"<p>{html.escape(column_label('dot', lang))}: "
                             f"{'● ' * review.dots}</p>")
        if not parts:
            parts.append(f"<p>{html.escape(self.tr('No reviews received yet.'))}</p>")
        self.text.setHtml("".join(parts))
