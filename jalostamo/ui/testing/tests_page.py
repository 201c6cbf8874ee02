"""The team's tests page: its test sessions on the left; the chosen session's details, feedback
grid and insights, and the team's learning cards, on tabs to the right."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jalostamo.services import Change, Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.testing.capture_grid import NOTE_ID, CaptureGrid
from jalostamo.ui.testing.insights import InsightBoard
from jalostamo.ui.testing.learning_cards import LearningCards
from jalostamo.ui.testing.session_form import SessionForm
from jalostamo.ui.undo import run_operation


class TestsPage(QWidget):
    __test__ = False  # not a pytest test class

    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge,
                 team_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testsPage")
        self.svc = services
        self.stack = undo_stack
        self.team_id = team_id

        self.sessions = QListWidget(self)
        self.sessions.setObjectName("sessionList")
        self.sessions.setWordWrap(True)
        self.sessions.currentItemChanged.connect(lambda *_: self._session_chosen())
        add = QPushButton(self.tr("New test session"), self)
        mark_edits(add)
        add.setObjectName("addSession")
        add.clicked.connect(self.add_session)
        remove = QPushButton(self.tr("Delete session"), self)
        mark_edits(remove)
        remove.setObjectName("deleteSession")
        remove.clicked.connect(self.delete_session)

        self.form = SessionForm(services, undo_stack, bridge, team_id, self)
        self.grid = CaptureGrid(services, undo_stack, bridge, team_id, self)
        self.insights = InsightBoard(services, undo_stack, bridge, team_id, self)
        self.cards = LearningCards(services, undo_stack, bridge, team_id, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("testTabs")
        self.tabs.addTab(self.form, self.tr("Session"))
        self.tabs.addTab(self.grid, self.tr("Feedback capture grid"))
        self.tabs.addTab(self.insights, self.tr("Insights"))
        self.tabs.addTab(self.cards, self.tr("Learning cards"))

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Tests with the target audience"), left))
        column.addWidget(self.sessions, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        bridge.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.table == "test_sessions":
            self.refresh()

    def current_session_id(self) -> str | None:
        item = self.sessions.currentItem()
        return item.data(NOTE_ID) if item is not None else None

    def refresh(self) -> None:
        current = self.current_session_id()
        self.sessions.blockSignals(True)
        try:
            self.sessions.clear()
            for session in self.svc.testing.sessions(self.team_id):
                when = session.held_on.strftime("%d.%m.%Y") if session.held_on else "–"
                item = QListWidgetItem(f"{when} · {session.segment or session.place or '…'}")
                item.setData(NOTE_ID, session.id)
                self.sessions.addItem(item)
                if session.id == current:
                    self.sessions.setCurrentItem(item)
            if self.sessions.currentItem() is None and self.sessions.count():
                self.sessions.setCurrentRow(self.sessions.count() - 1)
        finally:
            self.sessions.blockSignals(False)
        if self.current_session_id() != current or current is None:
            self._session_chosen()

    def _session_chosen(self) -> None:
        session_id = self.current_session_id()
        self.form.set_session(session_id)
        self.grid.set_session(session_id)
        self.insights.set_session(session_id)

    def select_session(self, session_id: str) -> None:
        for row in range(self.sessions.count()):
            if self.sessions.item(row).data(NOTE_ID) == session_id:
                self.sessions.setCurrentRow(row)

    def add_session(self) -> None:
        def create() -> str:
            return self.svc.testing.add_session(self.team_id, held_on=date.today())

        session_id = run_operation(self.stack, self.tr("Add test session"),
                                   self.svc.entities.operations, create)
        self.select_session(session_id)
        self.tabs.setCurrentWidget(self.form)
        self.form.focus_first()

    def delete_session(self) -> None:
        session_id = self.current_session_id()
        if session_id:
            run_operation(self.stack, self.tr("Delete test session"), self.svc.entities.operations,
                          lambda: self.svc.testing.delete_session(session_id))
