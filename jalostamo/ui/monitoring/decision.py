"""The decision at the end of the experiment: retire, change, continue or scale up, with its
reasoning and date. Saving is one undo step."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import UserError
from jalostamo.i18n import current_language
from jalostamo.services import Services
from jalostamo.services.vocabulary import Decision
from jalostamo.ui.date_field import DateField
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.undo import run_operation
from jalostamo.ui.vocabulary import decision_name


class DecisionForm(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, team_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self.team_id = team_id
        self.group = QButtonGroup(self)
        self.buttons: dict[Decision, QRadioButton] = {}
        choices = QHBoxLayout()
        for decision in Decision:
            button = QRadioButton(decision_name(decision), self)
            button.setObjectName(f"decision_{decision.value}")
            self.group.addButton(button)
            self.buttons[decision] = button
            choices.addWidget(button)
        choices.addStretch(1)
        self.reasoning = QPlainTextEdit(self)
        self.reasoning.setPlaceholderText(
            self.tr("Why? What did the indicators and the tests show?"))
        self.reasoning.setMaximumHeight(180)
        self.decided_on = DateField(self, field="decided_on")
        self.decided_on.setMaximumWidth(160)
        self.error = QLabel(self)
        self.error.setObjectName("decisionError")
        self.error.setStyleSheet("color: #C92A2A")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Record decision"), self)
        mark_edits(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Clear decision"), self)
        mark_edits(self.clear_button)
        self.clear_button.clicked.connect(self.clear)

        intro = QLabel(self.tr("At the end of the experiment the team decides what happens "
                               "to it, and why."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Decision"), choices)
        form.addRow(self.tr("Reasoning"), self.reasoning)
        form.addRow(self.tr("Decided on"), self.decided_on)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.refresh()

    def chosen(self) -> Decision | None:
        for decision, button in self.buttons.items():
            if button.isChecked():
                return decision
        return None

    def refresh(self) -> None:
        card = self.services.monitoring.card(self.team_id)
        self.group.setExclusive(False)
        for decision, button in self.buttons.items():
            button.setChecked(card.decision == decision)
        self.group.setExclusive(True)
        self.reasoning.setPlainText(card.decision_reasoning)
        self.decided_on.set_date_value(card.decided_on)
        self.clear_button.setEnabled(card.decision is not None)

    def _record(self, decision: Decision | None, reasoning: str, on: date | None) -> bool:
        mon = self.services.monitoring
        decided_on = (on or date.today()) if decision else None
        try:
            run_operation(self.undo_stack, self.tr("Record decision"),
                          self.services.entities.operations,
                          lambda: mon.decide(self.team_id, decision, reasoning, decided_on))
        except UserError as exc:
            self.error.setText(exc.message(current_language()))
            return False
        self.error.clear()
        self.refresh()
        return True

    def save(self) -> bool:
        decision = self.chosen()
        if decision is None:
            self.error.setText(self.tr("Choose one of the four decisions."))
            return False
        return self._record(decision, self.reasoning.toPlainText(), self.decided_on.date_value())

    def clear(self) -> bool:
        return self._record(None, self.reasoning.toPlainText(), None)
