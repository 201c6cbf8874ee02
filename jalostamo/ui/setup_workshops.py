"""The programme's workshops: number, title, date, start time, venue and Double Diamond phase."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import InvalidInput
from jalostamo.services import Change, Services
from jalostamo.services.vocabulary import Phase
from jalostamo.ui import errors
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.date_field import DateField
from jalostamo.ui.fields import CommitLineEdit
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.undo import run_operation
from jalostamo.ui.vocabulary import phase_name

ID_ROLE = Qt.ItemDataRole.UserRole
TIME = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")


class WorkshopsEditor(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopsEditor")
        self.services = services
        self.undo_stack = undo_stack
        self.list = QListWidget(self)
        self.list.setObjectName("workshops")
        self.list.setAccessibleName(self.tr("Workshops"))
        self.list.currentItemChanged.connect(lambda *_: self._load_form())
        add = QPushButton(self.tr("Add workshop"), self)
        mark_edits(add)
        add.setObjectName("addWorkshop")
        add.clicked.connect(self.add_workshop)
        delete = QPushButton(self.tr("Delete workshop"), self)
        mark_edits(delete)
        delete.setObjectName("deleteWorkshop")
        delete.clicked.connect(self.delete_workshop)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(delete)
        left.addLayout(buttons)

        self.form = QWidget(self)
        form = QFormLayout(self.form)
        self.number = QSpinBox(self.form)
        self.number.setObjectName("workshop-number")
        self.number.setRange(1, 99)
        self.number.editingFinished.connect(lambda: self.commit("number", self.number.value()))
        self.title = CommitLineEdit(self.form)
        self.title.setObjectName("workshop-title")
        self.title.committed.connect(lambda t: self.commit("title", t.strip()))
        self.held_on = DateField(self.form, field="held_on")
        self.held_on.setObjectName("workshop-held_on")
        self.held_on.committed.connect(lambda value: self.commit("held_on", value))
        self.starts_at = CommitLineEdit(self.form)
        self.starts_at.setObjectName("workshop-starts_at")
        self.starts_at.setPlaceholderText("09:00")
        self.starts_at.committed.connect(lambda t: self.commit("starts_at", t.strip()))
        self.venue = CommitLineEdit(self.form)
        self.venue.setObjectName("workshop-venue")
        self.venue.committed.connect(lambda t: self.commit("venue", t.strip()))
        self.phase = QComboBox(self.form)
        self.phase.setObjectName("workshop-phase")
        for phase in Phase:
            self.phase.addItem(phase_name(phase), phase.value)
        self.phase.activated.connect(lambda _i: self.commit("phase", self.phase.currentData()))
        for label, widget in ((self.tr("Number"), self.number), (self.tr("Title"), self.title),
                              (self.tr("Date"), self.held_on),
                              (self.tr("Starts at"), self.starts_at),
                              (self.tr("Venue"), self.venue), (self.tr("Phase"), self.phase)):
            widget.setAccessibleName(label)
            text = QLabel(label + ":", self.form)
            text.setBuddy(widget)
            form.addRow(text, widget)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.form, 2)
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
        for w in self.services.programme.workshops():
            day = w.held_on.strftime("%d.%m.%Y") if w.held_on else "–"
            label = self.tr("Workshop %1").replace("%1", str(w.number))
            item = QListWidgetItem(f"{label}: {phase_name(w.phase)}, {day}"
                                   + (f" — {w.title}" if w.title else ""))
            item.setData(ID_ROLE, w.id)
            self.list.addItem(item)
            if w.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._load_form()

    def _load_form(self) -> None:
        workshop_id = self.current_id()
        self.form.setEnabled(workshop_id is not None)
        if workshop_id is None:
            return
        w = self.services.programme.workshop(workshop_id)
        for widget in (self.number, self.phase):
            widget.blockSignals(True)
        self.number.setValue(w.number)
        self.held_on.hint = self.services.programme.first_workshop_date()
        self.held_on.set_date_value(w.held_on)
        self.phase.setCurrentIndex(max(0, self.phase.findData(w.phase.value)))
        for widget in (self.number, self.phase):
            widget.blockSignals(False)
        self.title.set_stored(w.title)
        self.starts_at.set_stored(w.starts_at)
        self.venue.set_stored(w.venue)

    def _on_change(self, change: Change) -> None:
        if change.table == "workshops":
            self.refresh()

    def commit(self, field: str, value: Any) -> None:
        workshop_id = self.current_id()
        if workshop_id is None:
            return

        def run() -> None:
            current = self.services.programme.workshop(workshop_id)
            old = getattr(current, field)
            if (old.value if isinstance(old, Phase) else old) == value:
                return
            if field == "starts_at" and not TIME.match(str(value)):
                raise InvalidInput("desk.time_format", value=value)
            if field == "number" and any(w.number == value and w.id != workshop_id
                                         for w in self.services.programme.workshops()):
                raise InvalidInput("desk.workshop_number_taken", number=value)
            if field == "starts_at":
                value_ = f"{int(str(value).split(':')[0]):02d}:{str(value).split(':')[1]}"
            else:
                value_ = value
            run_operation(self.undo_stack, self.tr("Edit workshop"), self.services.entities.operations,
                          lambda: self.services.programme.update_workshop(workshop_id, **{field: value_}))

        if not errors.guarded(self, run):
            self._load_form()

    def add_workshop(self) -> None:
        programme = self.services.programme
        new_id = run_operation(self.undo_stack, self.tr("Add workshop"), self.services.entities.operations,
                               lambda: programme.add_workshop(venue=programme.get().venue))
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == new_id:
                self.list.setCurrentRow(row)

    def delete_workshop(self) -> None:
        workshop_id = self.current_id()
        if workshop_id is not None:
            run_operation(self.undo_stack, self.tr("Delete workshop"), self.services.entities.operations,
                          lambda: self.services.programme.delete_workshop(workshop_id))

