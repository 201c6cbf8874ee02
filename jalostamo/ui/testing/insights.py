"""Clustering feedback into insights: drag notes onto an insight; each insight lists the notes
that support it. Dragging a supporting note onto another insight moves it there; Delete on a
supporting note takes it off its insight. Every drop is one undo step."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.i18n import current_language
from jalostamo.services import Change, Services
from jalostamo.services.testing import quadrant_label
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.errors import guarded
from jalostamo.ui.testing.capture_grid import NOTE_ID, note_display
from jalostamo.ui.undo import run_operation

NOTE_MIME = "application/x-jalostamo-feedback-notes"
INSIGHT_ID = Qt.ItemDataRole.UserRole + 1


def notes_mime(note_ids: list[str], from_insight: str | None = None) -> QMimeData:
    mime = QMimeData()
    payload = json.dumps({"notes": note_ids, "from": from_insight}).encode()
    mime.setData(NOTE_MIME, QByteArray(payload))
    return mime


def read_notes_mime(mime: QMimeData) -> tuple[list[str], str | None]:
    data = json.loads(bytes(mime.data(NOTE_MIME).data()).decode() or "{}")
    return list(data.get("notes", [])), data.get("from")


class NotePool(QListWidget):
    """All notes of the session, to be dragged onto insights."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notePool")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)

    def mimeTypes(self) -> list[str]:
        return [NOTE_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        return notes_mime([item.data(NOTE_ID) for item in items])


class InsightTree(QTreeWidget):
    """Insights (top level) with their supporting notes (children); accepts dropped notes."""

    def __init__(self, board: InsightBoard) -> None:
        super().__init__(board)
        self.board = board
        self.setObjectName("insightTree")
        self.setHeaderHidden(True)
        self.setAcceptDrops(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDropIndicatorShown(True)
        self.setWordWrap(True)

    def mimeTypes(self) -> list[str]:
        return [NOTE_MIME]

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # type: ignore[override]
        parents = [(i, i.parent()) for i in items]
        notes = [(i, p.data(0, INSIGHT_ID)) for i, p in parents if p is not None]
        source = notes[0][1] if notes else None
        return notes_mime([i.data(0, NOTE_ID) for i, insight in notes if insight == source],
                          source)

    def insight_at(self, event: QDropEvent | QDragMoveEvent) -> str | None:
        item = self.itemAt(event.position().toPoint())
        if item is None:
            return None
        top = item.parent() or item
        return top.data(0, INSIGHT_ID)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(NOTE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(NOTE_MIME) and self.insight_at(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        insight_id = self.insight_at(event)
        if not event.mimeData().hasFormat(NOTE_MIME) or insight_id is None:
            event.ignore()
            return
        note_ids, source = read_notes_mime(event.mimeData())
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()  # the tree is rebuilt from the services; Qt must not move items itself
        self.board.drop_notes(note_ids, insight_id, source)


class InsightBoard(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge,
                 team_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightBoard")
        self.svc = services
        self.stack = undo_stack
        self.team_id = team_id
        self.session_id: str | None = None

        self.pool = NotePool(self)
        self.tree = InsightTree(self)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("insightEntry")
        self.entry.setPlaceholderText(self.tr("New insight: type its title and press Enter"))
        self.entry.returnPressed.connect(self.add_from_entry)
        unlink = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree,
                           context=Qt.ShortcutContext.WidgetShortcut)
        unlink.activated.connect(self.unlink_selected)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Feedback notes (drag onto an insight)"), self))
        left.addWidget(self.pool)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Insights and their supporting notes"), self))
        right.addWidget(self.tree)
        right.addWidget(self.entry)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        bridge.changed.connect(self._on_change)

    def set_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        self.entry.setEnabled(session_id is not None)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.table in ("feedback_notes", "insights", "insight_notes"):
            self.refresh()

    def refresh(self) -> None:
        lang = current_language()
        self.pool.clear()
        self.tree.clear()
        if self.session_id is None:
            return
        linked_counts: dict[str, int] = {}
        for insight in self.svc.testing.insights(self.team_id, self.session_id):
            top = QTreeWidgetItem([insight.title])
            top.setData(0, INSIGHT_ID, insight.id)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                         | Qt.ItemFlag.ItemIsDropEnabled)
            for note in self.svc.testing.supporting_notes(insight.id):
                child = QTreeWidgetItem([note_display(note)])
                child.setData(0, NOTE_ID, note.id)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                               | Qt.ItemFlag.ItemIsDragEnabled)
                top.addChild(child)
                linked_counts[note.id] = linked_counts.get(note.id, 0) + 1
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        for note in self.svc.testing.notes(self.session_id):
            prefix = "✓ " if note.id in linked_counts else ""
            item = QListWidgetItem(f"{prefix}[{quadrant_label(note.quadrant, lang)}] "
                                   f"{note_display(note)}")
            item.setData(NOTE_ID, note.id)
            self.pool.addItem(item)

    # --- edits ------------------------------------------------------------------------------

    def add_from_entry(self) -> None:
        title = self.entry.text()
        if self.session_id is None or not title.strip():
            return
        session_id = self.session_id

        def create() -> str:
            return self.svc.testing.add_insight(self.team_id, title, session_id=session_id)

        if guarded(self, lambda: run_operation(self.stack, self.tr("Add insight"),
                                               self.svc.entities.operations, create)):
            self.entry.clear()

    def drop_notes(self, note_ids: list[str], insight_id: str, source: str | None = None) -> None:
        """Link dropped notes to an insight (moving them off ``source``) as one undo step."""
        if source == insight_id or not note_ids:
            return
        text = self.tr("Move notes to insight") if source else self.tr("Add notes to insight")
        guarded(self, lambda: run_operation(
            self.stack, text, self.svc.entities.operations,
            lambda: self.svc.testing.link_notes(insight_id, note_ids, source)))

    def unlink_selected(self) -> None:
        pairs = [(parent.data(0, INSIGHT_ID), item.data(0, NOTE_ID))
                 for item in self.tree.selectedItems() if (parent := item.parent()) is not None]
        if not pairs:
            return
        run_operation(self.stack, self.tr("Remove notes from insight"), self.svc.entities.operations,
                      lambda: self.svc.testing.unlink_notes(pairs))
