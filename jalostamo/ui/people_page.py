"""The people screen: everyone in the programme (facilitators, team members, experts) with
title, organisation, e-mail and roles, editable in place (each edit one undo step) and
filterable; experts invited to the programme itself are added and removed here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import InvalidInput
from jalostamo.services import Change, Services
from jalostamo.services.people import (
    EDITABLE,
    EXPERT,
    FACILITATOR,
    KINDS,
    MEMBER,
    REVIEWER,
    PersonEntry,
    Role,
)
from jalostamo.ui import errors
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.undo import run_operation
from jalostamo.ui.vocabulary import role_name

ID_ROLE = Qt.ItemDataRole.UserRole
#: the table's columns: the person's fields, then the roles (read only)
COLUMNS = (*EDITABLE, "roles")
TABLES = ("people", "facilitators", "team_members", "programme_experts", "teams",
          "team_cities", "review_authors")


class PeoplePage(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self.services = services
        self.undo_stack = undo_stack
        self.entries: list[PersonEntry] = []
        heading = QLabel(self.tr("People of the programme"), self)
        heading.setObjectName("peopleHeading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("peopleFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter by name, title, organisation or team"))
        self.filter.setAccessibleName(self.tr("Filter people"))
        self.filter.textChanged.connect(lambda _t: self._apply_filter())
        self.kind = QComboBox(self)
        self.kind.setObjectName("peopleKind")
        self.kind.setAccessibleName(self.tr("Show"))
        self.kind.addItem(self.tr("Everyone"), "")
        for kind in KINDS:
            self.kind.addItem(self.kind_name(kind, plural=True), kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.count = QLabel(self)
        self.count.setObjectName("peopleCount")
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 4)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.count)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(self.tr("People of the programme"))
        self.table.setHorizontalHeaderLabels([self.column_title(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in enumerate((180, 180, 160, 180)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.itemChanged.connect(self._edited)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.remove_expert_button = QPushButton(self.tr("Remove from the invited experts"), self)
        mark_edits(self.remove_expert_button)
        self.remove_expert_button.setObjectName("removeExpert")
        self.remove_expert_button.clicked.connect(self.remove_expert)
        self.remove_expert_button.setEnabled(False)
        hint = QLabel(self.tr("Double-click a cell to edit it. Facilitators are added in the "
                              "programme setup, team members on the city teams tab."), self)
        hint.setObjectName("peopleHint")
        hint.setWordWrap(True)
        below = QHBoxLayout()
        below.addWidget(hint, 1)
        below.addWidget(self.remove_expert_button)

        box = QGroupBox(self.tr("Invite an expert to the programme"), self)
        box.setObjectName("inviteExpertBox")
        grid = QGridLayout(box)
        self.new: dict[str, QLineEdit] = {}
        fields = (("name", self.tr("Name"), self.tr("e.g. Maria Virtanen")),
                  ("title", self.tr("Title"), self.tr("e.g. Senior specialist")),
                  ("organisation", self.tr("Organisation"), self.tr("e.g. THL")),
                  ("email", self.tr("E-mail"), self.tr("name@organisation.fi")),
                  ("expertise", self.tr("Expertise"), self.tr("e.g. participation of young people")))
        for index, (field, label, placeholder) in enumerate(fields):
            edit = QLineEdit(box)
            mark_edits(edit)
            edit.setObjectName(f"newExpert-{field}")
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(label)
            edit.setMaxLength(254 if field == "email" else 200)
            edit.returnPressed.connect(self.add_expert)
            text = QLabel(label + ":", box)
            text.setBuddy(edit)
            row, column = divmod(index, 3)
            grid.addWidget(text, row * 2, column)
            grid.addWidget(edit, row * 2 + 1, column)
            self.new[field] = edit
        add = QPushButton(self.tr("Invite expert"), box)
        mark_edits(add)
        add.setObjectName("addExpert")
        add.clicked.connect(self.add_expert)
        grid.addWidget(add, 3, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addWidget(box)
        if bridge is not None:
            bridge.changed.connect(self._on_change)
        self.refresh()

    # --- texts ------------------------------------------------------------------------------

    def column_title(self, column: str) -> str:
        return {"name": self.tr("Name"), "title": self.tr("Title"),
                "organisation": self.tr("Organisation"), "email": self.tr("E-mail"),
                "roles": self.tr("Roles")}[column]

    def kind_name(self, kind: str, *, plural: bool = False) -> str:
        if plural:
            return {FACILITATOR: self.tr("Facilitators"), MEMBER: self.tr("Team members"),
                    EXPERT: self.tr("Invited experts"), REVIEWER: self.tr("Reviewers")}[kind]
        return {FACILITATOR: self.tr("Facilitator"), MEMBER: self.tr("Team member"),
                EXPERT: self.tr("Invited expert"), REVIEWER: self.tr("Reviewer")}[kind]

    def role_text(self, role: Role) -> str:
        """"Team member, Oulu: Lapsiperheet (lead)", "Invited expert (participation)"."""
        if role.kind == MEMBER:
            return f"{self.kind_name(MEMBER)}, {role.team} ({role_name(role.detail).lower()})"
        name = self.kind_name(role.kind)
        return f"{name} ({role.detail})" if role.detail else name

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current_person_id()
        self.entries = self.services.people.directory()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            person = entry.person
            for column, field in enumerate(EDITABLE):
                item = QTableWidgetItem(str(getattr(person, field) or ""))
                item.setData(ID_ROLE, person.id)
                self.table.setItem(row, column, item)
            roles = QTableWidgetItem("; ".join(self.role_text(r) for r in entry.roles)
                                     or self.tr("No role"))
            roles.setToolTip(roles.text())
            roles.setFlags(roles.flags() & ~Qt.ItemFlag.ItemIsEditable)
            roles.setData(ID_ROLE, person.id)
            self.table.setItem(row, len(EDITABLE), roles)
        self.table.blockSignals(False)
        self._apply_filter()
        if current is not None:
            self.select_person(current)
        self._selection_changed()

    def _apply_filter(self) -> None:
        words = self.filter.text().casefold().split()
        kind = str(self.kind.currentData() or "")
        shown = 0
        for row, entry in enumerate(self.entries):
            texts = [str(getattr(entry.person, f) or "") for f in EDITABLE]
            texts += [self.role_text(r) for r in entry.roles]
            haystack = " ".join(texts).casefold()
            visible = (not kind or kind in entry.kinds) and all(w in haystack for w in words)
            self.table.setRowHidden(row, not visible)
            shown += visible
        self.count.setText(self.tr("Shown: %1 / %2").replace("%1", str(shown)).replace(
            "%2", str(len(self.entries))))

    def _on_change(self, change: Change) -> None:
        if change.table in TABLES:
            self.refresh()

    def current_person_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 \
            else None
        return str(item.data(ID_ROLE)) if item is not None else None

    def select_person(self, person_id: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == person_id:
                self.table.setCurrentCell(row, 0)
                return

    def row_of(self, person_id: str) -> int:
        for row, entry in enumerate(self.entries):
            if entry.person.id == person_id:
                return row
        return -1

    def _selection_changed(self) -> None:
        person_id = self.current_person_id()
        entry = next((e for e in self.entries if e.person.id == person_id), None)
        self.remove_expert_button.setEnabled(entry is not None and EXPERT in entry.kinds)

    # --- edits ------------------------------------------------------------------------------

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() >= len(EDITABLE):
            return
        field = EDITABLE[item.column()]
        person_id = str(item.data(ID_ROLE))
        value = item.text().strip()
        name = self.entries[item.row()].person.name if item.row() < len(self.entries) else ""

        def run() -> None:
            run_operation(self.undo_stack,
                          self.tr("Edit %1: %2").replace("%1", name)
                          .replace("%2", self.column_title(field)),
                          self.services.entities.operations,
                          lambda: self.services.people.update_person(person_id,
                                                                     **{field: value}))

        if not errors.guarded(self, run):
            self.refresh()  # show the stored value again

    def add_expert(self) -> None:
        values = {field: edit.text().strip() for field, edit in self.new.items()}

        def run() -> None:
            if not values["name"]:
                raise InvalidInput("desk.name_required", what=self.tr("The expert's name"))
            person_id = run_operation(
                self.undo_stack, self.tr("Invite expert %1").replace("%1", values["name"]),
                self.services.entities.operations,
                lambda: self.services.people.add_expert(**values))
            for edit in self.new.values():
                edit.clear()
            self.select_person(person_id)

        errors.guarded(self, run)

    def remove_expert(self) -> None:
        person_id = self.current_person_id()
        entry = next((e for e in self.entries if e.person.id == person_id), None)
        if entry is None:
            return
        links = [r.link_id for r in entry.roles if r.kind == EXPERT]
        errors.guarded(self, lambda: run_operation(
            self.undo_stack, self.tr("Remove %1 from the invited experts").replace(
                "%1", entry.person.name), self.services.entities.operations,
            lambda: self.services.people.remove_experts(links)))
