"""Two versions of a board side by side (or a version beside the board as it is now)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGraphicsView, QGridLayout, QLabel, QWidget

from jalostamo.services import Services
from jalostamo.ui.canvas.photo_cache import PhotoCache
from jalostamo.ui.canvas.scene import BoardScene

CURRENT = ""


class VersionCompare(QWidget):
    def __init__(self, services: Services, board_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.board_id = board_id
        self.template_key = services.boards.board(board_id).template_key
        photos = PhotoCache(services)
        layout = QGridLayout(self)
        self.pickers: list[QComboBox] = []
        self.scenes: list[BoardScene] = []
        self.views: list[QGraphicsView] = []
        self.counts: list[QLabel] = []
        versions = services.boards.versions(board_id)
        for column in range(2):
            picker = QComboBox(self)
            picker.addItem(self.tr("The board now"), CURRENT)
            for version in versions:
                picker.addItem(version.label or version.created_at.strftime("%Y-%m-%d %H:%M"),
                               version.id)
            scene = BoardScene(services, None, None, photos, self.template_key)
            scene.setParent(self)
            view = QGraphicsView(scene, self)
            count = QLabel(self)
            layout.addWidget(picker, 0, column)
            layout.addWidget(view, 1, column)
            layout.addWidget(count, 2, column)
            self.pickers.append(picker)
            self.scenes.append(scene)
            self.views.append(view)
            self.counts.append(count)
            picker.currentIndexChanged.connect(lambda _i, c=column: self.show_column(c))
        if versions:  # the latest version on the left, the board now on the right
            self.pickers[0].setCurrentIndex(len(versions))
        self.show_column(0)
        self.show_column(1)

    def choose(self, column: int, version_id: str) -> None:
        self.pickers[column].setCurrentIndex(self.pickers[column].findData(version_id))
        self.show_column(column)

    def show_column(self, column: int) -> None:
        version_id = self.pickers[column].currentData()
        boards = self.services.boards
        rows = boards.version_items(version_id) if version_id else boards.items(self.board_id)
        self.scenes[column].load(rows)
        self.counts[column].setText(self.tr("%n item(s)", "", len(rows)))
        view = self.views[column]
        rect = self.scenes[column].itemsBoundingRect()
        if not rect.isEmpty():
            view.fitInView(rect.adjusted(-40, -40, 40, 40))
