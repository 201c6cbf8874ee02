"""The experiment card editor (kokeilukortti): every field, with hints that keep an experiment
new, concrete and bounded. Each finished edit of a field is one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QWidget,
)

from jalostamo.errors import InvalidInput
from jalostamo.services import Change, Services
from jalostamo.services.date_input import format_date
from jalostamo.services.teams import CARD_TEXT_FIELDS, ExperimentCard
from jalostamo.services.vocabulary import Decision
from jalostamo.ui import errors
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.date_field import DateField
from jalostamo.ui.fields import CommitLineEdit, CommitTextEdit
from jalostamo.ui.teamwork.read_only import is_other_team, read_only_note
from jalostamo.ui.translate import QT_TRANSLATE_NOOP
from jalostamo.ui.undo import run_operation
from jalostamo.ui.vocabulary import decision_name

CONTEXT = "CardEditor"

#: label and hint of every text field of the card
FIELD_TEXT: dict[str, tuple[str, str]] = {
    "title": (QT_TRANSLATE_NOOP("CardEditor", "Title"),
              QT_TRANSLATE_NOOP("CardEditor", "A short name for the experiment")),
    "phenomenon": (QT_TRANSLATE_NOOP("CardEditor", "Phenomenon"),
                   QT_TRANSLATE_NOOP("CardEditor", "The phenomenon the experiment belongs to")),
    "problem": (QT_TRANSLATE_NOOP("CardEditor", "Problem"),
                QT_TRANSLATE_NOOP("CardEditor", "What problem of the residents does it address?")),
    "hypothesis": (QT_TRANSLATE_NOOP("CardEditor", "Hypothesis"),
                   QT_TRANSLATE_NOOP("CardEditor", "We believe that…")),
    "target_group": (QT_TRANSLATE_NOOP("CardEditor", "Target group"),
                     QT_TRANSLATE_NOOP("CardEditor",
                                       "Bounded: exactly which people, how many?")),
    "place": (QT_TRANSLATE_NOOP("CardEditor", "Place"),
              QT_TRANSLATE_NOOP("CardEditor", "Bounded: where exactly is it tried?")),
    "practice": (QT_TRANSLATE_NOOP("CardEditor", "What is tried in practice"),
                 QT_TRANSLATE_NOOP("CardEditor",
                                   "Concrete: what happens, who does what? New: not done before")),
    "learning_goals": (QT_TRANSLATE_NOOP("CardEditor", "What we want to learn"),
                       QT_TRANSLATE_NOOP("CardEditor", "The questions the experiment answers")),
    "carried_out_by": (QT_TRANSLATE_NOOP("CardEditor", "Who carries it out"),
                       QT_TRANSLATE_NOOP("CardEditor", "People, units and partners")),
    "budget": (QT_TRANSLATE_NOOP("CardEditor", "Budget"),
               QT_TRANSLATE_NOOP("CardEditor", "Money needed, in euros")),
    "resources": (QT_TRANSLATE_NOOP("CardEditor", "Existing resources"),
                  QT_TRANSLATE_NOOP("CardEditor", "Premises, staff time, networks you already have")),
    "schedule": (QT_TRANSLATE_NOOP("CardEditor", "Schedule"),
                 QT_TRANSLATE_NOOP("CardEditor", "Bounded: how long does it run?")),
    "milestones": (QT_TRANSLATE_NOOP("CardEditor", "Milestones"),
                   QT_TRANSLATE_NOOP("CardEditor", "Steps and their dates")),
    "risks": (QT_TRANSLATE_NOOP("CardEditor", "Risks"),
              QT_TRANSLATE_NOOP("CardEditor", "What could go wrong, and what then?")),
    "success_criteria": (QT_TRANSLATE_NOOP("CardEditor", "Success criteria"),
                         QT_TRANSLATE_NOOP("CardEditor",
                                           "How will you know it worked? Measurable")),
}
SINGLE_LINE = {"title", "budget"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CardEditor(QScrollArea):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge | None,
                 team_id: str, parent: QWidget | None = None, *, note: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("cardEditor")
        self.setWidgetResizable(True)
        self.services = services
        self.undo_stack = undo_stack
        self.team_id = team_id
        self.card_id = services.teams.card(team_id).id
        self.editors: dict[str, CommitLineEdit | CommitTextEdit] = {}
        #: in a team file, another team's card is shown but cannot be changed
        self.read_only = is_other_team(services, team_id)

        body = QWidget(self)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if self.read_only and note:  # a team page shows the note once above its tabs
            warning = QLabel(read_only_note(), body)
            warning.setObjectName("readOnlyPart")
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #C92A2A; font-weight: bold;")
            form.addRow(warning)
        self.check = QLabel(body)
        self.check.setObjectName("cardCheck")
        self.check.setWordWrap(True)
        form.addRow(self.check)
        self.theme = QComboBox(body)
        self.theme.setObjectName("card-theme")
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.activated.connect(self._theme_chosen)
        form.addRow(self._label(self.tr("Theme"), self.theme), self.theme)
        for name in CARD_TEXT_FIELDS:
            label, hint = FIELD_TEXT[name]
            editor: CommitLineEdit | CommitTextEdit
            editor = CommitLineEdit(body) if name in SINGLE_LINE else CommitTextEdit(body)
            if isinstance(editor, CommitTextEdit):
                editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 3 + 14)
            editor.setObjectName(f"card-{name}")
            editor.setPlaceholderText(_tr(hint))
            editor.setToolTip(_tr(hint))
            editor.setAccessibleName(_tr(label))
            editor.setAccessibleDescription(_tr(hint))
            editor.committed.connect(lambda text, n=name: self.commit(n, text))
            self.editors[name] = editor
            form.addRow(self._label(_tr(label), editor), editor)
        self.starts_on = self._date_edit("card-starts_on", self.tr("Starts on"))
        self.ends_on = self._date_edit("card-ends_on", self.tr("Ends on"))
        form.addRow(self._label(self.tr("Starts on"), self.starts_on), self.starts_on)
        form.addRow(self._label(self.tr("Ends on"), self.ends_on), self.ends_on)
        self.decision = QComboBox(body)
        self.decision.setObjectName("card-decision")
        self.decision.setAccessibleName(self.tr("Decision"))
        self.decision.addItem(self.tr("Not decided yet"), None)
        for value in Decision:
            self.decision.addItem(decision_name(value), value.value)
        self.decision.activated.connect(
            lambda _i: self.commit("decision", self.decision.currentData()))
        form.addRow(self._label(self.tr("Decision"), self.decision), self.decision)
        self.reasoning = CommitTextEdit(body)
        self.reasoning.setObjectName("card-decision_reasoning")
        self.reasoning.setAccessibleName(self.tr("Reasoning of the decision"))
        self.reasoning.setFixedHeight(self.reasoning.fontMetrics().lineSpacing() * 3 + 14)
        self.reasoning.committed.connect(lambda t: self.commit("decision_reasoning", t))
        form.addRow(self._label(self.tr("Reasoning of the decision"), self.reasoning),
                    self.reasoning)
        self.setWidget(body)
        if self.read_only:
            self._make_read_only()
        if bridge is not None:
            bridge.changed.connect(self._on_change)
        self.load()

    def _make_read_only(self) -> None:
        for editor in [*self.editors.values(), self.reasoning]:
            editor.setReadOnly(True)
        for date_field in (self.starts_on, self.ends_on):
            date_field.setReadOnly(True)
        for widget in (self.theme, self.decision):
            widget.setEnabled(False)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text + ":", buddy.parentWidget())
        label.setBuddy(buddy)
        return label

    def _date_edit(self, name: str, accessible: str) -> DateField:
        field = name.removeprefix("card-")
        edit = DateField(self, field=field)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.committed.connect(lambda value: self.commit(field, value))
        return edit

    # --- loading and committing -------------------------------------------------------------

    def load(self) -> None:
        card = self.services.teams.card_by_id(self.card_id)
        for name, editor in self.editors.items():
            editor.show_stored(getattr(card, name))
        self.reasoning.show_stored(card.decision_reasoning)
        hint = self.services.programme.first_workshop_date()
        for edit, value in ((self.starts_on, card.starts_on), (self.ends_on, card.ends_on)):
            edit.hint = hint
            edit.set_date_value(value)
        self.decision.setCurrentIndex(max(0, self.decision.findData(
            card.decision.value if card.decision else None)))
        self.theme.clear()
        themes = self.services.programme.themes()
        inherited = self.services.teams.card_theme_id(self.team_id) if not card.theme_id else None
        names = {theme.id: theme.name for theme in themes}
        if inherited in names:  # the card takes its theme from the team's only theme
            self.theme.addItem(self.tr("%1 (the team's theme)").replace("%1", names[inherited]),
                               None)
        else:
            self.theme.addItem(self.tr("No theme"), None)
        for theme in themes:
            self.theme.addItem(theme.name, theme.id)
        self.theme.setCurrentIndex(max(0, self.theme.findData(card.theme_id)))
        self._update_check(card)

    def commit(self, field: str, value: Any) -> None:
        if self.read_only:
            return
        card = self.services.teams.card_by_id(self.card_id)
        current = getattr(card, field)
        if (current.value if hasattr(current, "value") else current) == value:
            return
        starts = value if field == "starts_on" else card.starts_on
        ends = value if field == "ends_on" else card.ends_on
        if starts and ends and ends < starts:
            errors.show_user_error(self, InvalidInput(
                "desk.dates_order", starts=format_date(starts), ends=format_date(ends)))
            self.load()
            return
        label = FIELD_TEXT.get(field, (field, ""))[0]
        text = self.tr("Edit “%1”").replace("%1", _tr(label))
        card_id = self.card_id
        errors.guarded(self, lambda: run_operation(
            self.undo_stack, text, self.services.entities.operations,
            lambda: self.services.teams.edit_card(card_id, **{field: value})))

    def commit_pending(self) -> None:
        """Write what is still being typed (before the page or the window closes)."""
        for editor in [*self.editors.values(), self.reasoning]:
            if isinstance(editor, CommitTextEdit):
                editor.commit()
            else:
                editor.editingFinished.emit()

    def _theme_chosen(self, _index: int) -> None:
        self.commit("theme_id", self.theme.currentData())

    def _on_change(self, change: Change) -> None:
        if change.table in ("experiment_cards", "themes", "team_themes") and (
                change.table != "experiment_cards" or self.card_id in change.ids):
            self.load()

    def _update_check(self, card: ExperimentCard) -> None:
        """New, concrete, bounded: say what is still missing."""
        missing = []
        if not card.practice.strip() or not card.phenomenon.strip():
            missing.append(self.tr("new (phenomenon and what is tried)"))
        if not card.practice.strip() or not card.place.strip():
            missing.append(self.tr("concrete (what is tried and where)"))
        if not card.target_group.strip() or not (card.starts_on and card.ends_on):
            missing.append(self.tr("bounded (target group, start and end)"))
        if missing:
            self.check.setText(self.tr(
                "A real experiment is new, concrete and bounded. Still missing: %1."
            ).replace("%1", "; ".join(missing)))
        else:
            self.check.setText(self.tr(
                "The card describes a new, concrete and bounded experiment."))

