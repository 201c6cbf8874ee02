"""Export a board or a version as PNG or SVG.

The image is drawn from a scene built for the purpose with item caches off, so that SVG gets
vectors and text (not cached pixmaps) and a version exports exactly as it was kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from jalostamo.errors import UserError
from jalostamo.services import Services
from jalostamo.ui.canvas.photo_cache import PhotoCache
from jalostamo.ui.canvas.scene import BoardScene

PADDING = 40.0


def export_scene(services: Services, rows: list[dict[str, Any]], template_key: str,
                 photos: PhotoCache | None = None) -> BoardScene:
    """A read-only scene of ``rows``, ready to render."""
    scene = BoardScene(services, None, None, photos, template_key)
    scene.load(rows)
    for item in scene.items():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    return scene


def content_rect(scene: BoardScene) -> QRectF:
    rect = scene.itemsBoundingRect()
    if scene.template is not None and scene.template["zones"]:
        rect = rect.united(QRectF(0, 0, scene.template["width"], scene.template["height"]))
    if rect.isEmpty():
        rect = QRectF(0, 0, 800, 600)
    return rect.adjusted(-PADDING, -PADDING, PADDING, PADDING)


def export_png(scene: BoardScene, path: Path, *, scale: float = 1.0,
               max_side: int = 8000) -> QSize:
    """Render ``scene`` to a PNG; returns the image size in pixels."""
    source = content_rect(scene)
    scale = min(scale, max_side / max(source.width(), source.height()))
    size = QSize(max(1, int(source.width() * scale)), max(1, int(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    scene.clearSelection()
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source,
                 Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise UserError("boards.export_failed", path=str(path))
    return size


def export_svg(scene: BoardScene, path: Path, *, title: str = "") -> None:
    source = content_rect(scene)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(source.width()), int(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    painter = QPainter()
    if not painter.begin(generator):
        raise UserError("boards.export_failed", path=str(path))
    scene.clearSelection()
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise UserError("boards.export_failed", path=str(path))


def export_board(services: Services, board_id: str, path: Path,
                 version_id: str | None = None) -> None:
    """Export the board (or one of its versions) to ``path``; the suffix picks PNG or SVG."""
    board = services.boards.board(board_id)
    rows = (services.boards.version_items(version_id) if version_id
            else services.boards.items(board_id))
    scene = export_scene(services, rows, board.template_key)
    # the save dialog asked before replacing; never the programme itself, never half a file
    with services.output(path, overwrite=True) as tmp:
        if path.suffix.lower() == ".svg":
            export_svg(scene, tmp, title=board.title)
        else:
            export_png(scene, tmp)
