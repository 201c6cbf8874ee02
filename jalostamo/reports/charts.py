"""Charts as vector drawings: rubric averages and indicators over time.

Every string names the embedded font explicitly (reportlab's graphics default is Helvetica,
which PDF/A would reject as not embedded).
"""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors

from jalostamo.reports.font_runs import chart_strings
from jalostamo.reports.fonts import FONT, FONT_BOLD, wrap_text
from jalostamo.reports.numbers import day as fmt_day
from jalostamo.reports.numbers import nice_ticks, number
from jalostamo.reports.styles import BRAND, INK, MUTED, RULE, lighten


def _label(x: float, y: float, text: str, size: float = 7.5, *, anchor: str = "start",
           color: colors.Color = INK, bold: bool = False) -> Group:
    """A label, each run of it in a font that has its characters (:mod:`font_runs`)."""
    base = FONT_BOLD if bold else FONT
    return Group(*(String(left, y, segment, fontName=font, fontSize=size, fillColor=color)
                   for left, font, segment in chart_strings(x, y, text, base, size, anchor)))


def rubric_chart(rows: list[tuple[str, float | None]], width: float,
                 color: colors.Color = BRAND) -> Drawing:
    """Horizontal bars: one per criterion, the average score on the 1–4 scale."""
    label_w = min(140.0, width * 0.35)
    bar_h, gap = 11.0, 6.0
    top_pad, bottom_pad = 4.0, 16.0
    height = top_pad + bottom_pad + len(rows) * (bar_h + gap)
    d = Drawing(width, height, initialFontName=FONT)
    plot_x, plot_w = label_w + 6, width - label_w - 30
    for tick in range(5):
        x = plot_x + plot_w * tick / 4
        d.add(Line(x, bottom_pad - 2, x, height - top_pad, strokeColor=RULE, strokeWidth=0.5))
        d.add(_label(x, 4, str(tick), 7, anchor="middle", color=MUTED))
    for n, (name, value) in enumerate(rows):
        y = height - top_pad - (n + 1) * (bar_h + gap) + gap / 2
        line = wrap_text(name, label_w, 8, max_lines=1)
        d.add(_label(label_w, y + 3, line[0] if line else "", 8, anchor="end"))
        if value is None:
            d.add(_label(plot_x + 2, y + 3, "–", 8, color=MUTED))
            continue
        d.add(Rect(plot_x, y, plot_w * max(0.0, min(value, 4.0)) / 4, bar_h, fillColor=color,
                   strokeColor=None))
        d.add(_label(plot_x + plot_w * min(value, 4.0) / 4 + 3, y + 3, number(value, 1), 7.5,
                     bold=True))
    return d


def _fmt(value: float) -> str:
    """A value as the report's language writes it (never "59.8" in a Finnish report)."""
    return number(value)


def indicator_chart(measurements: list[tuple[date, float]], *, baseline: float | None,
                    baseline_on: date | None, target: float | None, target_on: date | None,
                    meaningful_change: float | None, width: float, height: float = 120,
                    color: colors.Color = BRAND, labels: tuple[str, str, str] = ("", "", "")
                    ) -> Drawing:
    """Measurements over time with the baseline, the target and the meaningful-change band.

    ``labels`` are the localized words for baseline, target and the band.
    """
    d = Drawing(width, height, initialFontName=FONT)
    days = [m[0] for m in measurements] + [x for x in (baseline_on, target_on) if x]
    values = [m[1] for m in measurements] + [v for v in (baseline, target) if v is not None]
    if baseline is not None and meaningful_change:
        values += [baseline - meaningful_change, baseline + meaningful_change]
    if not values:
        return d
    # round ticks that cover the values; an axis of values that are never negative does not
    # go below zero
    ticks = nice_ticks(min(values), max(values))
    if min(values) >= 0:
        ticks = [t for t in ticks if t >= 0] or [0.0, 1.0]
    lo, hi = ticks[0], ticks[-1]
    if hi - lo < 1e-9:
        hi = lo + 1
    first = min(days) if days else date.today()
    last = max(days) if days else first
    total_days = max((last - first).days, 1)
    left, right, bottom, top = 34.0, width - 70.0, 18.0, height - 8.0

    def px(day: date) -> float:
        return left + (right - left) * (day - first).days / total_days

    def py(value: float) -> float:
        return bottom + (top - bottom) * (value - lo) / (hi - lo)

    if baseline is not None and meaningful_change:
        y0, y1 = py(baseline - meaningful_change), py(baseline + meaningful_change)
        d.add(Rect(left, y0, right - left, y1 - y0, fillColor=lighten(color, 0.85),
                   strokeColor=None))
        d.add(_label(right + 3, y1 - 7, f"± {_fmt(meaningful_change)}", 6.5, color=MUTED))
    d.add(Line(left, bottom, right, bottom, strokeColor=RULE, strokeWidth=0.6))
    d.add(Line(left, bottom, left, top, strokeColor=RULE, strokeWidth=0.6))
    for tick in ticks:
        d.add(Line(left - 2, py(tick), left, py(tick), strokeColor=RULE, strokeWidth=0.6))
        d.add(_label(left - 3, py(tick) - 2.5, _fmt(tick), 6.5, anchor="end", color=MUTED))
    d.add(_label(left, 4, fmt_day(first), 6.5, color=MUTED))
    if last != first:
        d.add(_label(right, 4, fmt_day(last), 6.5, anchor="end", color=MUTED))
    if baseline is not None:
        d.add(Line(left, py(baseline), right, py(baseline), strokeColor=MUTED,
                   strokeWidth=0.8, strokeDashArray=[3, 2]))
        d.add(_label(right + 3, py(baseline) - 2.5, f"{labels[0]} {_fmt(baseline)}", 6.5,
                     color=MUTED))
    if target is not None:
        d.add(Line(left, py(target), right, py(target), strokeColor=color, strokeWidth=0.9,
                   strokeDashArray=[1, 2]))
        d.add(_label(right + 3, py(target) - 2.5, f"{labels[1]} {_fmt(target)}", 6.5,
                     color=color, bold=True))
    if measurements:
        points: list[float] = []
        for day, value in measurements:
            points += [px(day), py(value)]
        if len(measurements) > 1:
            d.add(PolyLine(points, strokeColor=color, strokeWidth=1.4))
        for day, value in measurements:
            d.add(Circle(px(day), py(value), 2.2, fillColor=color, strokeColor=colors.white,
                         strokeWidth=0.5))
    return d
