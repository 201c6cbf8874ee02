"""The template chooser shown when a board is created, and by Ctrl+Shift+T on a board: a
preview of every template (the built-in ones, then the facilitator's own), the empty board
first and chosen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.services.board_templates import BoardTemplate, all_templates
from jalostamo.services.boards import template
from jalostamo.ui.canvas.items.base import brush, outline_pen
from jalostamo.ui.canvas.template_background import draw_template, template_rect

PREVIEW = QSize(240, 150)


def preview(chosen: BoardTemplate, size: QSize = PREVIEW) -> QPixmap:
    """The template in miniature: its zones and its items as flat shapes."""
    background = template(chosen.background)
    bounds = template_rect(background)
    for item in chosen.items:
        if item.get("kind") != "connector":
            bounds = bounds.united(QRectF(float(item.get("x", 0)), float(item.get("y", 0)),
                                          float(item.get("width", 0)),
                                          float(item.get("height", 0))))
    image = QPixmap(size)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = min(size.width() / bounds.width(), size.height() / bounds.height())
    painter.translate((size.width() - bounds.width() * scale) / 2,
                      (size.height() - bounds.height() * scale) / 2)
    painter.scale(scale, scale)
    painter.translate(-bounds.left(), -bounds.top())
    draw_template(painter, background)
    for item in sorted(chosen.items, key=lambda i: float(i.get("z", 0))):
        rect = QRectF(float(item.get("x", 0)), float(item.get("y", 0)),
                      float(item.get("width", 0)), float(item.get("height", 0)))
        kind = item.get("kind")
        if kind == "connector":
            continue
        if kind == "text":  # a line of text, as a grey stroke
            painter.fillRect(rect.adjusted(rect.width() * 0.3, rect.height() * 0.4,
                                           -rect.width() * 0.3, -rect.height() * 0.4),
                             brush("#9AA0A6"))
            continue
        painter.setPen(outline_pen("#5F6368", 2.0 / scale))
        painter.setBrush(brush(str(item.get("color") or "#FFE066")))
        if item.get("shape") == "ellipse":
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
    painter.resetTransform()
    painter.setPen(outline_pen("#BDC1C6"))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1))
    painter.end()
    return image


def preview_icon(chosen: BoardTemplate) -> QIcon:
    """The preview, not tinted when chosen (the caption shows the choice)."""
    picture = preview(chosen)
    icon = QIcon(picture)
    icon.addPixmap(picture, QIcon.Mode.Selected)
    return icon


class TemplateList(QListWidget):
    """Every template as a preview with its title; ``chosen()`` is the one picked (the empty
    board unless another is). The team page shows it where the board will be; the dialog
    (:class:`TemplateChooser`) too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateList")
        self.setAccessibleName(QCoreApplication.translate("TemplateChooser", "Templates"))
        self.templates = all_templates()
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(PREVIEW)
        self.setGridSize(QSize(PREVIEW.width() + 16, PREVIEW.height() + 48))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        for chosen in self.templates:
            entry = QListWidgetItem(preview_icon(chosen), chosen.title, self)
            entry.setData(Qt.ItemDataRole.UserRole, chosen.key)
            entry.setToolTip(chosen.title)
            if chosen.own:
                entry.setForeground(QColor("#1A73E8"))
        self.setCurrentRow(0)

    def choose(self, key: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.setCurrentRow(row)
                return

    def chosen(self) -> BoardTemplate:
        return self.templates[max(0, self.currentRow())]


class TemplateChooser(QDialog):
    """The templates in a dialog; ``chosen()`` is the template picked. ``for_board``: put on
    the board being edited (Ctrl+Shift+T), not a new one."""

    def __init__(self, parent: QWidget | None = None, *, for_board: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("templateChooser")
        self.setWindowTitle(self.tr("Template for this board") if for_board
                            else self.tr("New board"))
        layout = QVBoxLayout(self)
        layout.addWidget(board_intro_label(self) if for_board else intro_label(self))
        self.list = TemplateList(self)
        self.templates = self.list.templates
        self.list.itemDoubleClicked.connect(self.accept)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(4 * (PREVIEW.width() + 24) + 48, 2 * (PREVIEW.height() + 56) + 140)

    def choose(self, key: str) -> None:
        self.list.choose(key)

    def chosen(self) -> BoardTemplate:
        return self.list.chosen()


def intro_label(parent: QWidget) -> QLabel:
    label = QLabel(QCoreApplication.translate(
        "TemplateChooser", "Start the board from a template. Your own templates (saved "
        "with “Save board as template…”) come last."), parent)
    label.setWordWrap(True)
    return label


def board_intro_label(parent: QWidget) -> QLabel:
    label = QLabel(QCoreApplication.translate(
        "TemplateChooser", "Add a template to this board: its items go to a free place beside "
        "what is there (one step to undo); a template of zones only becomes the background. "
        "Your own templates come last."), parent)
    label.setObjectName("templateIntro")
    label.setWordWrap(True)
    return label


def ask_board_template(parent: QWidget | None, *, for_board: bool = False,
                       current: str | None = None) -> BoardTemplate | None:
    """The template chosen, None when cancelled; ``current`` (a key) is chosen at first."""
    dialog = TemplateChooser(parent, for_board=for_board)
    if current is not None:
        dialog.choose(current)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
