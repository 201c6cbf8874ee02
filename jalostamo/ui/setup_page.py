"""Programme setup: name, organiser, themes, facilitators (here) and workshops and teams (in
their own modules). Every change is one undo step; bad input gets a clear message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import InvalidInput
from jalostamo.services import Change, Services
from jalostamo.ui import errors
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.fields import CommitLineEdit, CommitTextEdit
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.setup_teams import TeamsEditor
from jalostamo.ui.setup_workshops import WorkshopsEditor
from jalostamo.ui.undo import run_operation

ID_ROLE = Qt.ItemDataRole.UserRole


class SetupPage(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupPage")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("setupTabs")
        self.programme = ProgrammeForm(services, undo_stack, bridge, self)
        self.workshops = WorkshopsEditor(services, undo_stack, bridge, self)
        self.teams = TeamsEditor(services, undo_stack, bridge, self)
        self.tabs.addTab(self.programme, self.tr("Programme"))
        self.tabs.addTab(self.workshops, self.tr("Workshops"))
        self.tabs.addTab(self.teams, self.tr("City teams"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def shutdown(self) -> None:
        self.programme.description.commit()


class ProgrammeForm(QWidget):
    """The programme's details, its themes and its facilitators."""

    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeForm")
        self.services = services
        self.undo_stack = undo_stack
        details = QGroupBox(self.tr("Programme"), self)
        form = QFormLayout(details)
        self.name = self._line("programme-name", self.tr("Name"), form)
        self.organiser = self._line("programme-organiser", self.tr("Organiser"), form)
        self.venue = self._line("programme-venue", self.tr("Venue"), form)
        self.description = CommitTextEdit(details)
        self.description.setObjectName("programme-description")
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 14)
        self.description.committed.connect(lambda t: self.commit("description", t))
        label = QLabel(self.tr("Description") + ":", details)
        label.setBuddy(self.description)
        form.addRow(label, self.description)

        self.themes = QListWidget(self)
        self.themes.setObjectName("themes")
        self.themes.setAccessibleName(self.tr("Themes"))
        self.themes.itemChanged.connect(self._theme_renamed)
        self.new_theme = QLineEdit(self)
        mark_edits(self.new_theme)  # the entry of a new one
        self.new_theme.setObjectName("newTheme")
        self.new_theme.setPlaceholderText(self.tr("New theme, e.g. Families with children"))
        self.new_theme.setAccessibleName(self.tr("New theme"))
        self.new_theme.returnPressed.connect(self.add_theme)
        themes_box = self._list_box(self.tr("Themes"), self.themes, self.new_theme,
                                    self.add_theme, self.delete_theme, "theme")

        self.facilitators = QListWidget(self)
        self.facilitators.setObjectName("facilitators")
        self.facilitators.setAccessibleName(self.tr("Facilitators"))
        self.new_facilitator = QLineEdit(self)
        mark_edits(self.new_facilitator)  # the entry of a new one
        self.new_facilitator.setObjectName("newFacilitator")
        self.new_facilitator.setPlaceholderText(self.tr("Name of a facilitator"))
        self.new_facilitator.setAccessibleName(self.tr("New facilitator"))
        self.new_facilitator.returnPressed.connect(self.add_facilitator)
        facilitators_box = self._list_box(self.tr("Facilitators"), self.facilitators,
                                          self.new_facilitator, self.add_facilitator,
                                          self.delete_facilitator, "facilitator")
        lists = QHBoxLayout()
        lists.addWidget(themes_box)
        lists.addWidget(facilitators_box)
        layout = QVBoxLayout(self)
        layout.addWidget(details)
        layout.addLayout(lists, 1)
        if bridge is not None:
            bridge.changed.connect(self._on_change)
        self.load()

    def _line(self, name: str, label: str, form: QFormLayout) -> CommitLineEdit:
        edit = CommitLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        field = name.split("-", 1)[1]
        edit.committed.connect(lambda t: self.commit(field, t))
        text = QLabel(label + ":", self)
        text.setBuddy(edit)
        form.addRow(text, edit)
        return edit

    def _list_box(self, title: str, widget: QListWidget, entry: QLineEdit,
                  add: Any, delete: Any, name: str) -> QGroupBox:
        box = QGroupBox(title, self)
        add_button = QPushButton(self.tr("Add"), box)
        mark_edits(add_button)
        add_button.setObjectName(f"add-{name}")
        add_button.clicked.connect(add)
        delete_button = QPushButton(self.tr("Delete"), box)
        mark_edits(delete_button)
        delete_button.setObjectName(f"delete-{name}")
        delete_button.clicked.connect(delete)
        row = QHBoxLayout()
        row.addWidget(entry, 1)
        row.addWidget(add_button)
        row.addWidget(delete_button)
        layout = QVBoxLayout(box)
        layout.addWidget(widget, 1)
        layout.addLayout(row)
        return box

    # --- loading ----------------------------------------------------------------------------

    def load(self) -> None:
        programme = self.services.programme.get()
        self.name.set_stored(programme.name)
        self.organiser.set_stored(programme.organiser)
        self.venue.set_stored(programme.venue)
        self.description.show_stored(programme.description)
        self.themes.blockSignals(True)
        self.themes.clear()
        for theme in self.services.programme.themes():
            item = QListWidgetItem(theme.name)
            item.setData(ID_ROLE, theme.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.themes.addItem(item)
        self.themes.blockSignals(False)
        self.facilitators.clear()
        for facilitator, person in self.services.programme.facilitators():
            text = person.name + (f" ({facilitator.role})" if facilitator.role else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, facilitator.id)
            self.facilitators.addItem(item)

    def _on_change(self, change: Change) -> None:
        if change.table in ("programmes", "themes", "facilitators", "people"):
            self.load()

    # --- edits ------------------------------------------------------------------------------

    def commit(self, field: str, value: str) -> None:
        def run() -> None:
            if field == "name" and not value.strip():
                raise InvalidInput("desk.name_required", what=self.tr("The name of the programme"))
            changes = {field: value.strip() if field != "description" else value}
            run_operation(self.undo_stack, self.tr("Edit the programme"), self.services.entities.operations,
                          lambda: self.services.programme.update(**changes))

        if not errors.guarded(self, run):
            self.load()  # show the stored value again

    def add_theme(self) -> None:
        name = self.new_theme.text().strip()
        if not name:
            return

        def run() -> None:
            if any(t.name.casefold() == name.casefold() for t in self.services.programme.themes()):
                raise InvalidInput("desk.theme_exists", name=name)
            position = float(len(self.services.programme.themes()))
            run_operation(self.undo_stack, self.tr("Add theme"), self.services.entities.operations,
                          lambda: self.services.programme.add_theme(name, position=position))
            self.new_theme.clear()

        errors.guarded(self, run)

    def _theme_renamed(self, item: QListWidgetItem) -> None:
        name = item.text().strip()
        theme_id = str(item.data(ID_ROLE))

        def run() -> None:
            if not name:
                raise InvalidInput("desk.name_required", what=self.tr("The name of the theme"))
            if any(t.name.casefold() == name.casefold() and t.id != theme_id
                   for t in self.services.programme.themes()):
                raise InvalidInput("desk.theme_exists", name=name)
            run_operation(self.undo_stack, self.tr("Rename theme"), self.services.entities.operations,
                          lambda: self.services.programme.rename_theme(theme_id, name))

        if not errors.guarded(self, run):
            self.load()

    def delete_theme(self) -> None:
        item = self.themes.currentItem()
        if item is not None:
            theme_id = str(item.data(ID_ROLE))
            run_operation(self.undo_stack, self.tr("Delete theme"), self.services.entities.operations,
                          lambda: self.services.programme.delete_theme(theme_id))

    def add_facilitator(self) -> None:
        name = self.new_facilitator.text().strip()
        if not name:
            return
        errors.guarded(self, lambda: run_operation(
            self.undo_stack, self.tr("Add facilitator"), self.services.entities.operations,
            lambda: self.services.programme.add_facilitator(name)))
        self.new_facilitator.clear()

    def delete_facilitator(self) -> None:
        item = self.facilitators.currentItem()
        if item is not None:
            facilitator_id = str(item.data(ID_ROLE))
            run_operation(self.undo_stack, self.tr("Remove facilitator"), self.services.entities.operations,
                          lambda: self.services.programme.remove_facilitator(facilitator_id))
