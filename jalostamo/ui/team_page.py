"""A city team's page: its experiment card, insights and how-might-we questions, and places for
its board, tests, reviews and indicators (screens that other parts of the app provide)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jalostamo.services import Change, Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.card_editor import CardEditor
from jalostamo.ui.teamwork.read_only import EDITABLE_ELSEWHERE, is_other_team, read_only_note
from jalostamo.ui.text_list import TextListEditor
from jalostamo.ui.undo import run_operation
from jalostamo.ui.vocabulary import role_name

if TYPE_CHECKING:
    from jalostamo.services.board_templates import BoardTemplate

TABS = ("card", "insights", "board", "tests", "reviews", "indicators")


class TeamPage(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge | None,
                 team_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamPage")
        self.services = services
        self.undo_stack = undo_stack
        self.bridge = bridge
        self.team_id = team_id
        self.title = QLabel(self)
        self.title.setObjectName("teamTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.members = QLabel(self)
        self.members.setObjectName("teamMembers")
        self.members.setWordWrap(True)
        #: in a team file, another team's page is shown but cannot be changed
        self.read_only = is_other_team(services, team_id)
        self.read_only_note = QLabel(read_only_note() if self.read_only else "", self)
        self.read_only_note.setObjectName("readOnlyPart")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("color: #C92A2A; font-weight: bold;")
        self.read_only_note.setVisible(self.read_only)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("teamTabs")
        self._builders: dict[str, Callable[[], QWidget]] = {
            "card": lambda: CardEditor(services, undo_stack, bridge, team_id, note=False),
            "insights": self._build_insights,
            "board": self._build_board,
            "tests": self._build_tests,
            "reviews": self._build_reviews,
            "indicators": self._build_indicators,
        }
        titles = {"card": self.tr("Experiment card"),
                  "insights": self.tr("Insights and questions"),
                  "board": self.tr("Visual model"), "tests": self.tr("Tests"),
                  "reviews": self.tr("Peer reviews"), "indicators": self.tr("Indicators")}
        self._built: dict[str, QWidget] = {}
        self._shown_board_id: str | None = None
        for key in TABS:
            holder = QWidget(self.tabs)
            holder.setObjectName(f"tab-{key}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, titles[key])
        self.tabs.currentChanged.connect(self._ensure_built)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.members)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.tabs, 1)
        if bridge is not None:
            bridge.changed.connect(self._on_change)
        self.refresh()
        self._ensure_built(0)

    def refresh(self) -> None:
        team = self.services.teams.team_or_none(self.team_id)
        if team is None:  # deleted: the window drops this page (its change comes after ours)
            return
        self.title.setText(self.services.teams.label(team))
        members = [f"{p.name} ({role_name(m.role)})"
                   for m, p in self.services.teams.members(self.team_id)]
        self.members.setText(self.tr("Members: %1").replace(
            "%1", ", ".join(members) or self.tr("none yet")))

    def _on_change(self, change: Change) -> None:
        if change.table in ("teams", "team_members", "people", "team_cities"):
            self.refresh()
        if change.table == "boards" and "board" in self._built \
                and self._team_board_id() != self._shown_board_id:
            self._rebuild("board")  # the team's board was created, deleted or restored

    def show_tab(self, key: str) -> None:
        if key in TABS:
            self.tabs.setCurrentIndex(TABS.index(key))
            self._ensure_built(TABS.index(key))

    def tab(self, key: str) -> QWidget:
        """The (built) content of a tab."""
        self._ensure_built(TABS.index(key))
        return self._built[key]

    def _ensure_built(self, index: int) -> None:
        key = TABS[index]
        if key in self._built:
            return
        widget = self._builders[key]()
        # another team's work: shown, not changed (the card and the board have read-only modes)
        if self.read_only and key not in EDITABLE_ELSEWHERE and key != "board" \
                and not isinstance(widget, CardEditor):
            widget.setEnabled(False)
        if self.services.doc.readonly:  # another copy of the app has the file open
            from jalostamo.ui.read_only_view import lock_editing

            lock_editing(widget)
        self._built[key] = widget
        holder = self.tabs.widget(index)
        layout = holder.layout() if holder is not None else None
        if layout is not None:
            layout.addWidget(widget)

    def _rebuild(self, key: str) -> None:
        widget = self._built.pop(key, None)
        if widget is not None:
            # at once, not later: the old screen must not hear the rest of this change (its
            # board may just have been deleted)
            shiboken6.delete(widget)
        self._ensure_built(TABS.index(key))

    def _build_insights(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.addWidget(TextListEditor(
            self.services, self.undo_stack, self.bridge, kind="insights", team_id=self.team_id,
            title=self.tr("Insights"), placeholder=self.tr("New insight"), name="insights"))
        row.addWidget(TextListEditor(
            self.services, self.undo_stack, self.bridge, kind="how_might_we", team_id=self.team_id,
            title=self.tr("How might we…?"),
            placeholder=self.tr("How might we…? (a new question)"), name="hmw"))
        return box

    def _team_board_id(self) -> str | None:
        boards = self.services.boards.boards(self.team_id)
        return boards[0].id if boards else None

    def _own_bridge(self) -> ChangeBridge:
        """The window's bridge, or one of the page's own (a page shown without a window)."""
        if self.bridge is None:
            self.bridge = ChangeBridge(self.services, self)
        return self.bridge

    # the screens of the other areas are imported when their tab is first shown
    def _build_tests(self) -> QWidget:
        from jalostamo.ui.testing.tests_page import TestsPage

        return TestsPage(self.services, self.undo_stack, self._own_bridge(), self.team_id)

    def _build_reviews(self) -> QWidget:
        from jalostamo.ui.review.reviews_page import ReviewsPage

        return ReviewsPage(self.services, self.undo_stack, self._own_bridge(), self.team_id)

    def _build_indicators(self) -> QWidget:
        from jalostamo.ui.monitoring.monitoring_page import MonitoringPage

        return MonitoringPage(self.services, self.undo_stack, self.bridge, self.team_id)

    def _build_board(self) -> QWidget:
        self._shown_board_id = self._team_board_id()
        if self._shown_board_id is not None:
            # another team's board, or a programme another copy of the app holds: panned,
            # zoomed, selected and copied, not changed
            read_only = self.read_only or self.services.doc.readonly
            from jalostamo.ui.canvas.board_view import BoardEditor

            return BoardEditor(self.services, self.undo_stack, self._own_bridge(),
                               self._shown_board_id, None, read_only)
        from jalostamo.ui.canvas.template_chooser import TemplateList, intro_label

        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("The team has no visual model yet."), box))
        layout.addWidget(intro_label(box))
        self.templates = TemplateList(box)  # previews; the empty board is chosen
        self.templates.itemActivated.connect(self._create_board)
        layout.addWidget(self.templates, 1)
        create = QPushButton(self.tr("Create the team's board"), box)
        create.setObjectName("createBoard")
        create.clicked.connect(self._create_board)
        layout.addWidget(create)
        return box

    def _create_board(self, *_: object) -> None:
        self.create_board_from(self.templates.chosen())

    def create_board_from(self, chosen: BoardTemplate) -> str:
        """Create the team's board from a template (its background and items): one undo
        step."""
        from jalostamo.services import board_templates

        team = self.services.teams.get(self.team_id)
        boards = self.services.boards

        def do() -> str:
            board_id, _items = board_templates.create_board(boards, self.team_id,
                                                            team.display_name, chosen)
            return str(board_id)

        return str(run_operation(self.undo_stack, self.tr("Create the team's board"),
                                 self.services.entities.operations, do))

    def shutdown(self) -> None:
        card = self._built.get("card")
        if isinstance(card, CardEditor):
            card.commit_pending()
