"""Text that fits its box: the largest font size at which the wrapped text fits, computed once
per change of text or size (never per paint)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

WRAP = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
SIZES = (40, 32, 28, 24, 20, 18, 16, 14, 12, 11, 10, 9, 8, 7, 6)


@cache
def font_of(pixel_size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


@cache
def metrics_of(pixel_size: int, bold: bool = False) -> QFontMetricsF:
    return QFontMetricsF(font_of(pixel_size, bold))


def fitting_font(text: str, box: QRectF, *, largest: int = 28, bold: bool = False,
                 flags: int = WRAP) -> QFont:
    """The biggest font (at most ``largest`` px) at which ``text`` wraps inside ``box``."""
    if not text.strip() or box.width() <= 0 or box.height() <= 0:
        return font_of(min(largest, 16), bold)
    for size in SIZES:
        if size > largest:
            continue
        used = metrics_of(size, bold).boundingRect(box, flags, text)
        if used.width() <= box.width() + 0.5 and used.height() <= box.height() + 0.5:
            return font_of(size, bold)
    return font_of(SIZES[-1], bold)
