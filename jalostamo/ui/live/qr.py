"""A QR code as a Qt image (segno makes the matrix; Qt scales it without smoothing)."""

from __future__ import annotations

import segno
from PySide6.QtGui import QColor, QImage


def qr_image(text: str, module_px: int = 8) -> QImage:
    """Black modules on white with the standard quiet zone, ``module_px`` pixels each."""
    rows = list(segno.make(text, error="m").matrix_iter(scale=1, border=4))
    size = len(rows)
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, black)
    return image.scaled(size * module_px, size * module_px)
