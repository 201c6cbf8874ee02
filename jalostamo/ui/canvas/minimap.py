"""The minimap: the whole board small, with the main view's visible area; click or drag to go."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from jalostamo.ui.canvas.view import BoardView


class Minimap(QGraphicsView):
    def __init__(self, main: BoardView, parent: QWidget | None = None) -> None:
        super().__init__(main.scene(), parent)
        self.main = main
        self.setInteractive(False)
        self.setFixedSize(220, 150)
        self.setFrameShape(QFrame.Shape.Box)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setToolTip(self.tr("Minimap: click to move the view there"))
        self._pen = QPen(QColor("#1A73E8"), 2.0)
        self._pen.setCosmetic(True)
        main.viewport_moved.connect(self.viewport().update)
        main.scene().sceneRectChanged.connect(self.refit)
        self.refit()

    def refit(self) -> None:
        scene = self.main.board_scene()
        rect = scene.itemsBoundingRect()
        if scene.template is not None:
            rect = rect.united(QRectF(0, 0, scene.template["width"], scene.template["height"]))
        if rect.isEmpty():
            rect = QRectF(0, 0, 1200, 800)
        self.fitInView(rect.adjusted(-100, -100, 100, 100), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refit()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.setPen(self._pen)
        painter.setBrush(QColor(26, 115, 232, 30))
        painter.drawRect(self.main.visible_scene_rect())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.main.centerOn(self.mapToScene(event.position().toPoint()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.main.centerOn(self.mapToScene(event.position().toPoint()))
