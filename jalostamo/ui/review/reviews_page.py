"""The team's peer-review page: pick a round (or start one), then the round's setup and
assignment, the team's review forms, the status board and the summary of reviews received."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jalostamo.services import Change, Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.review.review_form import ReviewForm
from jalostamo.ui.review.round_setup import RoundSetup
from jalostamo.ui.review.status_board import StatusBoard
from jalostamo.ui.review.summary import SummaryView
from jalostamo.ui.undo import run_operation


class ReviewsPage(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge,
                 team_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewsPage")
        self.svc = services
        self.stack = undo_stack
        self.team_id = team_id

        self.rounds = QComboBox(self)
        self.rounds.setObjectName("roundChoice")
        self.rounds.currentIndexChanged.connect(lambda _i: self._round_chosen())
        add = QPushButton(self.tr("New review round"), self)
        mark_edits(add)
        add.setObjectName("addRound")
        add.clicked.connect(self.add_round)

        self.setup = RoundSetup(services, undo_stack, bridge, self)
        self.form = ReviewForm(services, undo_stack, bridge, team_id, self)
        self.status = StatusBoard(services, bridge, self)
        self.summary = SummaryView(services, bridge, team_id, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reviewTabs")
        self.tabs.addTab(self.form, self.tr("Our reviews"))
        self.tabs.addTab(self.summary, self.tr("Feedback we received"))
        self.tabs.addTab(self.status, self.tr("Status board"))
        self.tabs.addTab(self.setup, self.tr("Round and assignment"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Review round"), self))
        top.addWidget(self.rounds, 1)
        top.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        bridge.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.table == "review_rounds":
            self.refresh()

    def current_round_id(self) -> str | None:
        return self.rounds.currentData()

    def refresh(self) -> None:
        current = self.current_round_id()
        self.rounds.blockSignals(True)
        try:
            self.rounds.clear()
            for rnd in self.svc.reviews.rounds():
                workshop = self.svc.reviews.workshop_of(rnd.id)
                prefix = f"{workshop.number}. " if workshop else ""
                self.rounds.addItem(prefix + rnd.title, rnd.id)
            index = self.rounds.findData(current)
            self.rounds.setCurrentIndex(index if index >= 0 else self.rounds.count() - 1)
        finally:
            self.rounds.blockSignals(False)
        self._round_chosen()

    def _round_chosen(self) -> None:
        round_id = self.current_round_id()
        for view in (self.setup, self.form, self.status):
            view.set_round(round_id)

    def select_round(self, round_id: str) -> None:
        self.rounds.setCurrentIndex(self.rounds.findData(round_id))

    def add_round(self) -> None:
        """A new round for the coming workshop; default criteria are added the first time."""
        upcoming = self.svc.programme.next_workshop()

        workshop_id = upcoming.id if upcoming else None
        round_id = run_operation(self.stack, self.tr("New review round"),
                                 self.svc.entities.operations,
                                 lambda: self.svc.reviews.new_round(workshop_id=workshop_id))
        self.select_round(round_id)
        self.tabs.setCurrentWidget(self.setup)
