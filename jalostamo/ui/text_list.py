"""An editable list of short texts (insights, how-might-we questions): add, edit in place,
delete; each a single undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jalostamo.services import Change, Services
from jalostamo.services.teams import HowMightWe, Insight
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.undo import run_operation

ID_ROLE = Qt.ItemDataRole.UserRole


class TextListEditor(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge | None,
                 *, kind: str, team_id: str, title: str, placeholder: str,
                 name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.services = services
        self.undo_stack = undo_stack
        self.kind = kind  # a table of services.teams.TEXT_LISTS
        self.team_id = team_id
        heading = QLabel(title, self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName(f"{name}-list")
        self.list.setAccessibleName(title)
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._edited)
        self.new_text = QLineEdit(self)
        mark_edits(self.new_text)  # the entry of a new one
        self.new_text.setObjectName(f"{name}-new")
        self.new_text.setPlaceholderText(placeholder)
        self.new_text.setAccessibleName(placeholder)
        self.new_text.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add"), self)
        mark_edits(self.add_button)
        self.add_button.setObjectName(f"{name}-add")
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        mark_edits(self.delete_button)
        self.delete_button.setObjectName(f"{name}-delete")
        self.delete_button.clicked.connect(self.delete_current)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.delete_current)
        row = QHBoxLayout()
        row.addWidget(self.new_text, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        if bridge is not None:
            bridge.changed.connect(self._on_change)
        self.refresh()

    def rows(self) -> list[Insight | HowMightWe]:
        return self.services.teams.texts(self.kind, self.team_id)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def refresh(self) -> None:
        self.list.blockSignals(True)
        current = self.list.currentRow()
        self.list.clear()
        for row in self.rows():
            item = QListWidgetItem(row.text)
            item.setData(ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        self.list.blockSignals(False)

    def add(self) -> None:
        text = self.new_text.text().strip()
        if not text:
            return
        run_operation(self.undo_stack, self.tr("Add “%1”").replace("%1", _short(text)),
                      self.services.entities.operations,
                      lambda: self.services.teams.add_text(self.kind, self.team_id, text))
        self.new_text.clear()

    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        row_id = str(item.data(ID_ROLE))
        run_operation(self.undo_stack, self.tr("Delete “%1”").replace("%1", _short(item.text())),
                      self.services.entities.operations,
                      lambda: self.services.teams.delete_text(self.kind, row_id))

    def _edited(self, item: QListWidgetItem) -> None:
        text = item.text().strip()
        if not text:
            self.refresh()
            return
        row_id = str(item.data(ID_ROLE))
        run_operation(self.undo_stack, self.tr("Edit “%1”").replace("%1", _short(text)),
                      self.services.entities.operations,
                      lambda: self.services.teams.edit_text(self.kind, row_id, text))

    def _on_change(self, change: Change) -> None:
        if change.table == self.kind:
            self.refresh()


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
