"""Learning cards, one per round of testing: hypothesis, what we saw, insight, decision."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jalostamo.services import Change, Services
from jalostamo.services.testing import DECISIONS
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.errors import guarded
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.testing.capture_grid import NOTE_ID
from jalostamo.ui.testing.fields import CommitTextEdit
from jalostamo.ui.undo import run_operation
from jalostamo.ui.vocabulary import decision_name

TEXT_FIELDS = ("hypothesis", "observed", "insight")


class LearningCards(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge,
                 team_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learningCards")
        self.svc = services
        self.stack = undo_stack
        self.team_id = team_id
        self._loading = False

        self.cards = QListWidget(self)
        self.cards.setObjectName("cardList")
        self.cards.currentItemChanged.connect(lambda *_: self.show_card())
        add = QPushButton(self.tr("New learning card"), self)
        mark_edits(add)
        add.setObjectName("addCard")
        add.clicked.connect(self.add_card)
        self.workshop = QComboBox(self)
        self.workshop.setObjectName("field_workshop")
        self.workshop.activated.connect(lambda _i: self._save(workshop_id=self.workshop.currentData()))
        self.texts: dict[str, CommitTextEdit] = {}
        for name in TEXT_FIELDS:
            edit = CommitTextEdit(self)
            edit.setObjectName(f"field_{name}")
            edit.committed.connect(lambda text, n=name: self._save(**{n: text}))
            self.texts[name] = edit
        self.texts["hypothesis"].setPlaceholderText(self.tr("We believe that…"))
        self.decision = QComboBox(self)
        self.decision.setObjectName("field_decision")
        self.decision.addItem(self.tr("(not decided)"), None)
        for decision in DECISIONS:
            self.decision.addItem(decision_name(decision), decision.value)
        self.decision.activated.connect(lambda _i: self._save(decision=self.decision.currentData()))

        left = QVBoxLayout()
        left.addWidget(self.cards)
        left.addWidget(add)
        self.form_widget = QWidget(self)
        form = QFormLayout(self.form_widget)
        form.addRow(self.tr("Workshop"), self.workshop)
        form.addRow(self.tr("Hypothesis"), self.texts["hypothesis"])
        form.addRow(self.tr("What we saw"), self.texts["observed"])
        form.addRow(self.tr("Insight"), self.texts["insight"])
        form.addRow(self.tr("Decision"), self.decision)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.form_widget, 2)
        bridge.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.table in ("learning_cards", "workshops"):
            self.refresh()

    def current_card_id(self) -> str | None:
        item = self.cards.currentItem()
        return item.data(NOTE_ID) if item is not None else None

    def refresh(self) -> None:
        current = self.current_card_id()
        workshops = {w.id: w for w in self.svc.programme.workshops()}
        self._loading = True
        try:
            self.cards.clear()
            for index, card in enumerate(self.svc.testing.learning_cards(self.team_id), start=1):
                workshop = workshops.get(card.workshop_id or "")
                title = self.tr("Round {n}").replace("{n}", str(index))
                if workshop is not None:
                    title += f" · {workshop.number}. {workshop.title}".rstrip(". ")
                if card.decision:
                    title += f" → {decision_name(card.decision)}"
                item = QListWidgetItem(title)
                item.setData(NOTE_ID, card.id)
                self.cards.addItem(item)
                if card.id == current:
                    self.cards.setCurrentItem(item)
            if self.cards.currentItem() is None and self.cards.count():
                self.cards.setCurrentRow(self.cards.count() - 1)
            self.workshop.clear()
            self.workshop.addItem(self.tr("(no workshop)"), None)
            for workshop in workshops.values():
                self.workshop.addItem(f"{workshop.number}. {workshop.title}".strip(), workshop.id)
        finally:
            self._loading = False
        self.show_card()

    def show_card(self) -> None:
        card_id = self.current_card_id()
        card = self.svc.testing.find_learning_card(card_id) if card_id else None
        self.form_widget.setEnabled(card is not None)
        if card is None:
            return
        self._loading = True
        try:
            for name, edit in self.texts.items():
                edit.load(getattr(card, name))
            self.workshop.setCurrentIndex(max(0, self.workshop.findData(card.workshop_id)))
            value = card.decision.value if card.decision else None
            self.decision.setCurrentIndex(max(0, self.decision.findData(value)))
        finally:
            self._loading = False

    def add_card(self) -> None:
        hypothesis = self.svc.teams.card(self.team_id).hypothesis
        workshops = self.svc.programme.workshops()
        upcoming = self.svc.programme.next_workshop()
        workshop_id = upcoming.id if upcoming else (workshops[-1].id if workshops else None)

        def create() -> str:
            return self.svc.testing.add_learning_card(self.team_id, hypothesis=hypothesis,
                                                      workshop_id=workshop_id)

        card_id = run_operation(self.stack, self.tr("Add learning card"),
                                self.svc.entities.operations, create)
        for row in range(self.cards.count()):
            if self.cards.item(row).data(NOTE_ID) == card_id:
                self.cards.setCurrentRow(row)
        self.texts["observed"].setFocus()

    def _save(self, **changes: Any) -> None:
        card_id = self.current_card_id()
        if self._loading or card_id is None:
            return
        guarded(self, lambda: run_operation(
            self.stack, self.tr("Edit learning card"), self.svc.entities.operations,
            lambda: self.svc.testing.update_learning_card(card_id, **changes)))
