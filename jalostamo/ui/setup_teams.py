"""The programme's city teams: cities (one, or several for a team of several cities), the name
that tells two teams of one city apart, themes, and members with their roles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import InvalidInput
from jalostamo.services import Change, Services
from jalostamo.services.teams import Team
from jalostamo.services.vocabulary import MemberRole
from jalostamo.ui import errors
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.fields import CommitLineEdit
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.undo import run_operation
from jalostamo.ui.vocabulary import role_name

ID_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_ROLE_INDEX = 1  # a plain member
TABLES = ("teams", "team_members", "team_themes", "themes", "people", "team_cities")


def split_cities(text: str) -> list[str]:
    """"Helsinki, Espoo ja Vantaa" → the cities (commas, semicolons, "and" in fi/sv/en)."""
    import re

    return [c.strip() for c in re.split(r"[,;]|\s+(?:ja|och|and)\s+", text) if c.strip()]


class TeamsEditor(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamsEditor")
        self.services = services
        self.undo_stack = undo_stack
        self.list = QListWidget(self)
        self.list.setObjectName("teams")
        self.list.setAccessibleName(self.tr("City teams"))
        self.list.currentItemChanged.connect(lambda *_: self._load_team())
        self.new_city = QLineEdit(self)
        self.new_city.setObjectName("newTeamCity")
        self.new_city.setPlaceholderText(self.tr("City of the new team"))
        self.new_city.setAccessibleName(self.tr("City of the new team"))
        self.new_city.returnPressed.connect(self.add_team)
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newTeamName")
        self.new_name.setPlaceholderText(self.tr("Name, needed for a second team of a city"))
        self.new_name.setAccessibleName(self.tr("Name of the new team"))
        self.new_name.returnPressed.connect(self.add_team)
        add = QPushButton(self.tr("Add team"), self)
        mark_edits(add)
        add.setObjectName("addTeam")
        add.clicked.connect(self.add_team)
        delete = QPushButton(self.tr("Delete team"), self)
        mark_edits(delete)
        delete.setObjectName("deleteTeam")
        delete.clicked.connect(self.delete_team)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_city)
        left.addWidget(self.new_name)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(delete)
        left.addLayout(row)

        self.detail = QWidget(self)
        form = QFormLayout(self.detail)
        self.city = CommitLineEdit(self.detail)
        self.city.setObjectName("team-city")
        self.city.setPlaceholderText(self.tr("One city, or several separated by commas"))
        self.city.setToolTip(self.tr("A team of several cities working on one shared "
                                     "experiment: e.g. Helsinki, Espoo, Vantaa"))
        self.city.committed.connect(self.commit_cities)
        self.name = CommitLineEdit(self.detail)
        self.name.setObjectName("team-name")
        self.name.setPlaceholderText(self.tr("Tells teams of one city apart, e.g. its theme"))
        self.name.committed.connect(lambda t: self.commit("name", t))
        self.themes = QListWidget(self.detail)
        self.themes.setObjectName("team-themes")
        self.themes.setMaximumHeight(110)
        self.themes.itemChanged.connect(self._themes_changed)
        self.members = QTableWidget(0, 2, self.detail)
        self.members.setObjectName("team-members")
        self.members.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.setColumnWidth(0, 240)
        self.members.itemChanged.connect(self._member_renamed)
        self.new_member = QLineEdit(self.detail)
        self.new_member.setObjectName("newMember")
        self.new_member.setPlaceholderText(self.tr("Name of a new member"))
        self.new_member.returnPressed.connect(self.add_member)
        self.new_role = QComboBox(self.detail)
        self.new_role.setObjectName("newMemberRole")
        for role in MemberRole:
            self.new_role.addItem(role_name(role), role.value)
        self.new_role.setCurrentIndex(DEFAULT_ROLE_INDEX)
        add_member = QPushButton(self.tr("Add member"), self.detail)
        mark_edits(add_member)
        add_member.setObjectName("addMember")
        add_member.clicked.connect(self.add_member)
        remove_member = QPushButton(self.tr("Remove member"), self.detail)
        mark_edits(remove_member)
        remove_member.setObjectName("removeMember")
        remove_member.clicked.connect(self.remove_member)
        member_row = QHBoxLayout()
        member_row.addWidget(self.new_member, 2)
        member_row.addWidget(self.new_role, 1)
        member_row.addWidget(add_member)
        member_row.addWidget(remove_member)
        self.shown_as = QLabel(self.detail)
        self.shown_as.setObjectName("team-shown-as")
        for label, widget in ((self.tr("Cities"), self.city), (self.tr("Team name"), self.name),
                              (self.tr("Shown as"), self.shown_as),
                              (self.tr("Themes"), self.themes),
                              (self.tr("Members"), self.members)):
            widget.setAccessibleName(label)
            text = QLabel(label + ":", self.detail)
            text.setBuddy(widget)
            form.addRow(text, widget)
        self.new_member.setAccessibleName(self.tr("Name of a new member"))
        self.new_role.setAccessibleName(self.tr("Role of the new member"))
        form.addRow(member_row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.detail, 2)
        if bridge is not None:
            bridge.changed.connect(self._on_change)
        self.refresh()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def refresh(self) -> None:
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        labels = self.services.teams.labels()
        for team in self.services.teams.list():
            item = QListWidgetItem(labels[team.id])
            item.setData(ID_ROLE, team.id)
            self.list.addItem(item)
            if team.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._load_team()

    def _load_team(self) -> None:
        team_id = self.current_id()
        self.detail.setEnabled(team_id is not None)
        self.themes.blockSignals(True)
        self.members.blockSignals(True)
        self.themes.clear()
        self.members.setRowCount(0)
        if team_id is not None:
            team = self.services.teams.get(team_id)
            self.city.set_stored(", ".join(self.services.teams.cities(team_id)))
            self.name.set_stored(team.name)
            self.shown_as.setText(self.services.teams.label(team))
            chosen = set(self.services.teams.theme_ids(team_id))
            for theme in self.services.programme.themes():
                item = QListWidgetItem(theme.name)
                item.setData(ID_ROLE, theme.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if theme.id in chosen
                                   else Qt.CheckState.Unchecked)
                self.themes.addItem(item)
            for member, person in self.services.teams.members(team_id):
                row = self.members.rowCount()
                self.members.insertRow(row)
                name = QTableWidgetItem(person.name)
                name.setData(ID_ROLE, person.id)
                self.members.setItem(row, 0, name)
                role = QComboBox(self.members)
                role.setAccessibleName(self.tr("Role of %1").replace("%1", person.name))
                for value in MemberRole:
                    role.addItem(role_name(value), value.value)
                role.setCurrentIndex(role.findData(member.role.value))
                role.setProperty("member_id", member.id)
                role.activated.connect(
                    lambda _i, box=role, mid=member.id: self._role_changed(mid, box))
                self.members.setCellWidget(row, 1, role)
                self.members.setVerticalHeaderItem(row, QTableWidgetItem(str(row + 1)))
                name.setData(Qt.ItemDataRole.UserRole + 1, member.id)
        self.themes.blockSignals(False)
        self.members.blockSignals(False)

    def _on_change(self, change: Change) -> None:
        if change.table in TABLES:
            self.refresh()

    # --- edits ------------------------------------------------------------------------------

    def add_team(self) -> None:
        cities = split_cities(self.new_city.text())
        name = self.new_name.text().strip()

        def do() -> str:
            if not cities:
                raise InvalidInput("desk.name_required", what=self.tr("The city"))
            return self.services.teams.add(cities[0], name=name, cities=cities[1:])

        def run() -> None:
            label = name or ", ".join(cities)
            new_id = run_operation(self.undo_stack, self.tr("Add team %1").replace("%1", label),
                                   self.services.entities.operations, do)
            self.new_city.clear()
            self.new_name.clear()
            for row in range(self.list.count()):
                if self.list.item(row).data(ID_ROLE) == new_id:
                    self.list.setCurrentRow(row)

        errors.guarded(self, run)

    def delete_team(self) -> None:
        """Ask first, naming the team and what goes with it; then one undoable deletion."""
        team_id = self.current_id()
        if team_id is None:
            return
        from PySide6.QtWidgets import QMessageBox

        team = self.services.teams.get(team_id)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete team"),
                          self.deletion_question(team), parent=self)
        box.setObjectName("confirmDeleteTeam")
        yes = box.addButton(self.tr("Delete team"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: self._delete_confirmed(team_id) if button is yes else None)
        errors.present(box)

    def deletion_question(self, team: Team) -> str:
        """What deleting ``team`` takes with it: its card, its boards' items, its sessions."""
        cards, items, sessions = self.services.teams.deletion_counts(team.id)
        lines = [self.tr("Delete the team %1?").replace("%1", self.services.teams.label(team)), "",
                 self.tr("With it go:")]
        if cards:
            lines.append("• " + self.tr("its experiment card"))
        lines.append("• " + self.tr("Items on its boards: %1").replace("%1", str(items)))
        lines.append("• " + self.tr("Tests with the target audience: %1").replace(
            "%1", str(sessions)))
        lines += ["", self.tr("You can undo the deletion (Ctrl+Z).")]
        return "\n".join(lines)

    def _delete_confirmed(self, team_id: str) -> None:
        name = self.services.teams.label(team_id)
        errors.guarded(self, lambda: run_operation(
            self.undo_stack, self.tr("Delete team %1").replace("%1", name),
            self.services.entities.operations, lambda: self.services.teams.delete(team_id)))

    def commit_cities(self, value: str) -> None:
        """The team's cities as written ("Helsinki, Espoo, Vantaa"): one undo step."""
        team_id = self.current_id()
        if team_id is None:
            return
        cities = split_cities(value)

        def run() -> None:
            if not cities:
                raise InvalidInput("desk.name_required", what=self.tr("The city"))
            run_operation(self.undo_stack, self.tr("Edit team"), self.services.entities.operations,
                          lambda: self.services.teams.set_cities(team_id, cities))

        if not errors.guarded(self, run):
            self._load_team()

    def commit(self, field: str, value: str) -> None:
        team_id = self.current_id()
        if team_id is None:
            return

        def run() -> None:
            text = value.strip()
            if field == "city" and not text:
                raise InvalidInput("desk.name_required", what=self.tr("The city"))
            run_operation(self.undo_stack, self.tr("Edit team"), self.services.entities.operations,
                          lambda: self.services.teams.update(team_id, **{field: text}))

        if not errors.guarded(self, run):
            self._load_team()

    def _themes_changed(self, _item: QListWidgetItem) -> None:
        team_id = self.current_id()
        if team_id is None:
            return
        chosen = [str(self.themes.item(i).data(ID_ROLE)) for i in range(self.themes.count())
                  if self.themes.item(i).checkState() == Qt.CheckState.Checked]
        run_operation(self.undo_stack, self.tr("Change the team's themes"),
                      self.services.entities.operations,
                      lambda: self.services.teams.set_themes(team_id, chosen))

    def add_member(self) -> None:
        team_id = self.current_id()
        name = self.new_member.text().strip()
        if team_id is None or not name:
            return
        role = str(self.new_role.currentData())
        errors.guarded(self, lambda: run_operation(
            self.undo_stack, self.tr("Add member %1").replace("%1", name),
            self.services.entities.operations,
            lambda: self.services.teams.add_member(team_id, name, role)))
        self.new_member.clear()
        self.new_role.setCurrentIndex(DEFAULT_ROLE_INDEX)  # the next member starts afresh

    def remove_member(self) -> None:
        row = self.members.currentRow()
        item = self.members.item(row, 0) if row >= 0 else None
        if item is not None:
            member_id = str(item.data(Qt.ItemDataRole.UserRole + 1))
            run_operation(self.undo_stack, self.tr("Remove member"), self.services.entities.operations,
                          lambda: self.services.teams.remove_member(member_id))

    def _role_changed(self, member_id: str, box: QComboBox) -> None:
        role = str(box.currentData())
        run_operation(self.undo_stack, self.tr("Change role"), self.services.entities.operations,
                      lambda: self.services.teams.set_member_role(member_id, role))

    def _member_renamed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        name = item.text().strip()
        if not name:
            self._load_team()
            return
        person_id = str(item.data(ID_ROLE))
        run_operation(self.undo_stack, self.tr("Rename member"), self.services.entities.operations,
                      lambda: self.services.teams.rename_person(person_id, name))
