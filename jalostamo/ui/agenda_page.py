"""A workshop's agenda: timeboxed activities (method card, minutes, instructions, who), reordered
by drag or Alt+Up/Down with start times recalculated, and the run mode with the timer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jalostamo.i18n import current_language
from jalostamo.services import Change, Services, guide
from jalostamo.services.settings import Settings
from jalostamo.ui import errors
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.fields import CommitLineEdit, CommitTextEdit
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.run_mode import RunPanel
from jalostamo.ui.run_session import RunSession
from jalostamo.ui.undo import run_operation
from jalostamo.ui.vocabulary import phase_name

if TYPE_CHECKING:
    from jalostamo.ui.attendance_panel import AttendanceDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class AgendaPage(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge | None,
                 *, settings: Settings | None = None, run: RunSession | None = None,
                 parent: QWidget | None = None) -> None:
        """``run`` is the window's run mode (it outlives this screen); without one, the
        screen has its own."""
        super().__init__(parent)
        self.setObjectName("agendaPage")
        self.run = run if run is not None else RunSession(self)
        self.services = services
        self.undo_stack = undo_stack
        self.bridge = bridge
        self.export_dialog: QWidget | None = None
        self.workshop = QComboBox(self)
        self.workshop.setObjectName("agendaWorkshop")
        self.workshop.setAccessibleName(self.tr("Workshop"))
        self.workshop.currentIndexChanged.connect(lambda _i: self.refresh())
        workshop_label = QLabel(self.tr("&Workshop:"), self)
        workshop_label.setBuddy(self.workshop)
        self.summary = QLabel(self)
        self.summary.setObjectName("agendaSummary")
        self.run_button = QPushButton(self.tr("&Run the workshop"), self)
        self.run_button.setObjectName("runWorkshop")
        self.run_button.clicked.connect(self.enter_run_mode)
        self.copy_menu = QMenu(self)
        self.copy_menu.setObjectName("copyAgendaMenu")
        self.copy_menu.aboutToShow.connect(self._fill_copy_menu)
        # a push button with a menu keeps its arrow beside the text (a tool button's arrow
        # covered the text's last letters) and looks like the buttons beside it
        self.copy_button = QPushButton(self)
        mark_edits(self.copy_button)
        self.copy_button.setObjectName("copyAgenda")
        self.copy_button.setText(self.tr("Copy agenda from…"))
        self.copy_button.setToolTip(self.tr(
            "Add another workshop's activities to the end of this agenda"))
        self.copy_button.setMenu(self.copy_menu)
        self.attendance_button = QPushButton(self.tr("Attendance…"), self)
        self.attendance_button.setObjectName("attendanceButton")
        self.attendance_button.setToolTip(self.tr("Mark who was present at this workshop"))
        self.attendance_button.clicked.connect(self.show_attendance)
        self.attendance_dialog: AttendanceDialog | None = None
        self.print_button = QPushButton(self.tr("Printable agenda (PDF)…"), self)
        self.print_button.setObjectName("printAgenda")
        self.print_button.clicked.connect(self.print_agenda)
        top = QHBoxLayout()
        top.addWidget(workshop_label)
        top.addWidget(self.workshop, 1)
        top.addWidget(self.summary, 1)
        top.addWidget(self.run_button)
        tools = QHBoxLayout()
        tools.addWidget(self.copy_button)
        tools.addWidget(self.attendance_button)
        tools.addWidget(self.print_button)
        tools.addStretch(1)

        self.list = QListWidget(self)
        self.list.setObjectName("agendaList")
        self.list.setAccessibleName(self.tr("Activities of the workshop"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        # a drop moves the row inside the list first; the new order is stored right after the
        # drop has finished (storing it rebuilds the list, which must not happen mid-drop)
        self.list.model().rowsMoved.connect(
            lambda *_: QTimer.singleShot(0, self._reordered))
        self.list.currentItemChanged.connect(lambda *_: self._load_form())
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=step: self.move_current(s))
        self.up = QPushButton(self.tr("Move up"), self)
        mark_edits(self.up)
        self.up.setObjectName("moveUp")
        self.up.setToolTip("Alt+Up")
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down = QPushButton(self.tr("Move down"), self)
        mark_edits(self.down)
        self.down.setObjectName("moveDown")
        self.down.setToolTip("Alt+Down")
        self.down.clicked.connect(lambda: self.move_current(1))
        add = QPushButton(self.tr("Add activity"), self)
        mark_edits(add)
        add.setObjectName("addActivity")
        add.clicked.connect(self.add_activity)
        add_break = QPushButton(self.tr("Add a break"), self)
        mark_edits(add_break)
        add_break.setObjectName("addBreak")
        add_break.clicked.connect(self.add_break)
        delete = QPushButton(self.tr("Delete activity"), self)
        mark_edits(delete)
        delete.setObjectName("deleteActivity")
        delete.clicked.connect(self.delete_activity)
        buttons = QHBoxLayout()
        for b in (add, add_break, delete, self.up, self.down):
            buttons.addWidget(b)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)

        self.form = QWidget(self)
        form = QFormLayout(self.form)
        self.title = CommitLineEdit(self.form)
        self.title.setObjectName("activity-title")
        self.title.committed.connect(lambda t: self.commit("title", t.strip()))
        self.method = QComboBox(self.form)
        self.method.setObjectName("activity-method")
        self.method.activated.connect(lambda _i: self.choose_method(self.method.currentData()))
        self.save_own = QPushButton(self.tr("Save as my method card"), self.form)
        mark_edits(self.save_own)
        self.save_own.setObjectName("saveOwnMethod")
        self.save_own.setToolTip(self.tr(
            "Keep this activity's minutes and instructions as a method card of your own, "
            "named after the activity; it is kept in the programme file"))
        self.save_own.clicked.connect(self.save_own_method)
        self.minutes = QSpinBox(self.form)
        self.minutes.setObjectName("activity-minutes")
        self.minutes.setRange(1, 600)
        self.minutes.setSuffix(" " + self.tr("min"))
        self.minutes.editingFinished.connect(lambda: self.commit("minutes", self.minutes.value()))
        self.who = CommitLineEdit(self.form)
        self.who.setObjectName("activity-who")
        self.who.committed.connect(lambda t: self.commit("who", t.strip()))
        self.instructions = CommitTextEdit(self.form)
        self.instructions.setObjectName("activity-instructions")
        self.instructions.committed.connect(lambda t: self.commit("instructions", t))
        for label, widget in ((self.tr("Activity"), self.title),
                              (self.tr("Method card"), self.method),
                              (self.tr("Minutes"), self.minutes), (self.tr("Who"), self.who),
                              (self.tr("Instructions"), self.instructions)):
            widget.setAccessibleName(label)
            text = QLabel(label + ":", self.form)
            text.setBuddy(widget)
            form.addRow(text, widget)
            if widget is self.method:
                form.addRow("", self.save_own)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setSizes([600, 400])

        self.editor = QWidget(self)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(top)
        editor_layout.addLayout(tools)
        editor_layout.addWidget(splitter, 1)
        self.run_panel = RunPanel(self.run, self)
        self.run_panel.leave.connect(self.leave_run_mode)
        self.modes = QStackedWidget(self)
        self.modes.addWidget(self.editor)
        self.modes.addWidget(self.run_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.modes)
        if bridge is not None:
            bridge.changed.connect(self._on_change)
        self._fill_workshops()
        if self.run.active:  # rebuilt (a language switch) while the workshop runs
            self.modes.setCurrentWidget(self.run_panel)

    # --- loading ----------------------------------------------------------------------------

    def _fill_workshops(self) -> None:
        current = self.workshop_id() or (self.run.workshop_id if self.run.active else None)
        self.workshop.blockSignals(True)
        self.workshop.clear()
        for w in self.services.programme.workshops():
            day = w.held_on.strftime("%d.%m.%Y") if w.held_on else ""
            label = self.tr("Workshop %1").replace("%1", str(w.number))
            self.workshop.addItem(f"{label}: {phase_name(w.phase)} {day}".strip(), w.id)
        index = self.workshop.findData(current) if current else -1
        if index < 0:
            upcoming = self.services.programme.next_workshop()
            index = self.workshop.findData(upcoming.id) if upcoming else 0
        self.workshop.setCurrentIndex(max(0, index))
        self.workshop.blockSignals(False)
        self.refresh()

    def workshop_id(self) -> str | None:
        data = self.workshop.currentData()
        return str(data) if data else None

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def schedule(self) -> list[Any]:
        workshop_id = self.workshop_id()
        return self.services.programme.schedule(workshop_id) if workshop_id else []

    def _fill_methods(self) -> None:
        """The built-in method cards, then the facilitator's own ones (from the programme)."""
        self.method.blockSignals(True)
        self.method.clear()
        self.method.addItem(self.tr("No method card"), "")
        for card in guide.methods(current_language()):
            self.method.addItem(card.name, card.key)
        own = self.services.agenda.own_methods()
        if own:
            self.method.insertSeparator(self.method.count())
        for mine in own:
            self.method.addItem(self.tr("%1 (my own)").replace("%1", mine.name), mine.key)
        self.method.blockSignals(False)

    def method_names(self) -> dict[str, str]:
        names = {m.key: m.name for m in guide.methods(current_language())}
        names.update({m.key: m.name for m in self.services.agenda.own_methods()})
        return names

    def refresh(self) -> None:
        current = self.current_id()
        schedule = self.schedule()
        self._fill_methods()
        self.list.blockSignals(True)
        self.list.clear()
        minutes = self.tr("min")
        names = self.method_names()
        for entry in schedule:
            item = entry.item
            extra = " · ".join(x for x in (names.get(item.method_key, ""), item.who) if x)
            text = f"{entry.starts}–{entry.ends}   {item.title}"
            text += f"   ({item.minutes} {minutes})"
            if extra:
                text += f"\n            {extra}"
            row = QListWidgetItem(text)
            row.setData(ID_ROLE, item.id)
            self.list.addItem(row)
            if item.id == current:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.list.viewport().update()
        total = sum(e.item.minutes for e in schedule)
        if schedule:
            self.summary.setText(self.tr("%1 activities, %2 min, ends at %3").replace(
                "%1", str(len(schedule))).replace("%2", str(total)).replace(
                "%3", schedule[-1].ends))
        else:
            self.summary.setText(self.tr("No activities yet."))
        self.run_button.setEnabled(bool(schedule))
        self.print_button.setEnabled(bool(schedule))
        self.attendance_button.setEnabled(self.workshop_id() is not None)
        dialog = self.attendance_dialog
        if dialog is not None and dialog.isVisible() and self.workshop_id() is not None:
            dialog.panel.show_workshop(str(self.workshop_id()))  # it follows the chosen one
        self.copy_button.setEnabled(self.workshop_id() is not None)
        self._load_form()
        if not self.run.active or self.run.workshop_id == self.workshop_id():
            self.run_panel.set_schedule(schedule)

    def _load_form(self) -> None:
        item_id = self.current_id()
        self.form.setEnabled(item_id is not None)
        if item_id is None:  # nothing chosen: an empty form, not the last activity's data
            self.title.set_stored("")
            self.who.set_stored("")
            self.instructions.set_stored("")
            self.method.setCurrentIndex(0)
            self.minutes.blockSignals(True)
            self.minutes.clear()
            self.minutes.blockSignals(False)
            return
        item = self.services.programme.agenda_item(item_id)
        self.title.set_stored(item.title)
        self.who.set_stored(item.who)
        self.instructions.show_stored(item.instructions)
        self.minutes.blockSignals(True)
        self.minutes.setValue(item.minutes)
        self.minutes.blockSignals(False)
        self.method.setCurrentIndex(max(0, self.method.findData(item.method_key)))

    def _on_change(self, change: Change) -> None:
        if change.table == "workshops":
            self._fill_workshops()
        elif change.table == "agenda_items":
            self.refresh()

    # --- edits ------------------------------------------------------------------------------

    def ordered_ids(self) -> list[str]:
        return [str(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())]

    def _reordered(self) -> None:
        """The list was reordered by drag and drop: store the new order as one undo step."""
        self.reorder(self.ordered_ids())

    def reorder(self, new_order: list[str]) -> None:
        workshop_id = self.workshop_id()
        if workshop_id is None:
            return
        old_order = [e.item.id for e in self.schedule()]
        if old_order == new_order:
            return
        programme = self.services.programme
        errors.guarded(self, lambda: run_operation(
            self.undo_stack, self.tr("Reorder the agenda"), self.services.entities.operations,
            lambda: programme.reorder_agenda(workshop_id, new_order)))

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        order = [e.item.id for e in self.schedule()]
        target = row + step
        if row < 0 or not 0 <= target < len(order):
            return
        order[row], order[target] = order[target], order[row]
        self.reorder(order)
        self.list.setCurrentRow(target)

    def commit(self, field: str, value: Any) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        current = getattr(self.services.programme.agenda_item(item_id), field)
        if current == value:
            return
        if field == "title" and not value:
            self._load_form()
            return
        errors.guarded(self, lambda: run_operation(
            self.undo_stack, self.tr("Edit activity"), self.services.entities.operations,
            lambda: self.services.programme.update_agenda_item(item_id, **{field: value})))

    def choose_method(self, key: str) -> None:
        """Choose the activity's method card: its minutes, and its steps and materials as the
        instructions (unless the facilitator has written their own), in one undo step."""
        item_id = self.current_id()
        if item_id is None:
            return
        item = self.services.programme.agenda_item(item_id)
        if item.method_key == key:
            return
        changes: dict[str, Any] = {"method_key": key}
        card = self.method_defaults(key)
        if card is not None:
            changes["minutes"] = card[0]
            old_card = self.method_defaults(item.method_key)
            written = item.instructions.strip()
            if not written or (old_card is not None and written == old_card[1].strip()):
                changes["instructions"] = card[1]
        errors.guarded(self, lambda: run_operation(
            self.undo_stack, self.tr("Choose method card"), self.services.entities.operations,
            lambda: self.services.programme.update_agenda_item(item_id, **changes)))

    def method_defaults(self, key: str) -> tuple[int, str] | None:
        """The minutes and instructions a method card (built-in or own) brings."""
        if not key:
            return None
        if key.startswith(guide.OWN_PREFIX):
            own = self.services.agenda.own_method(key)
            return (own.minutes, own.instructions) if own is not None else None
        card = guide.method(key)
        return (card.minutes, self.card_instructions(card)) if card is not None else None

    def save_own_method(self) -> None:
        """Keep the chosen activity's minutes and instructions as an own method card."""
        item_id = self.current_id()
        if item_id is None:
            return
        self.instructions.commit()  # what is typed in the instructions belongs to the card
        services = self.services
        errors.guarded(self, lambda: run_operation(
            self.undo_stack, self.tr("Save as my method card"), services.entities.operations,
            lambda: services.agenda.save_as_own_method(item_id)))

    def card_instructions(self, card: guide.MethodCard) -> str:
        """A method card's steps, numbered, and its materials, as an activity's instructions."""
        lines = [f"{n}. {step}" for n, step in enumerate(card.steps, start=1)]
        if card.materials:
            lines += ["", self.tr("Materials: %1").replace("%1", ", ".join(card.materials))]
        return "\n".join(lines)

    def add_activity(self) -> None:
        self._add(self.tr("New activity"), self.tr("Add activity"))

    def add_break(self) -> None:
        """A break: an agenda item without a method card (a break is not a method)."""
        self._add(self.tr("Break"), self.tr("Add a break"), focus=False)

    def _add(self, title: str, undo_text: str, *, focus: bool = True) -> None:
        workshop_id = self.workshop_id()
        if workshop_id is None:
            return
        new_id = run_operation(self.undo_stack, undo_text, self.services.entities.operations,
                               lambda: self.services.programme.add_agenda_item(workshop_id, title, 15))
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == new_id:
                self.list.setCurrentRow(row)
        if focus:
            self.title.setFocus()
            self.title.selectAll()

    def delete_activity(self) -> None:
        item_id = self.current_id()
        if item_id is not None:
            run_operation(self.undo_stack, self.tr("Delete activity"), self.services.entities.operations,
                          lambda: self.services.programme.delete_agenda_item(item_id))

    def copy_sources(self) -> list[tuple[str, str]]:
        """(workshop id, label) of every other workshop with an agenda to copy."""
        target = self.workshop_id()
        sources = []
        for w in self.services.programme.workshops():
            count = len(self.services.programme.agenda(w.id))
            if w.id == target or not count:
                continue
            index = self.workshop.findData(w.id)
            label = self.workshop.itemText(index) if index >= 0 else str(w.number)
            sources.append((w.id, self.tr("%1 (%2 activities)").replace("%1", label)
                            .replace("%2", str(count))))
        return sources

    def _fill_copy_menu(self) -> None:
        self.copy_menu.clear()
        sources = self.copy_sources()
        if not sources:
            none = self.copy_menu.addAction(self.tr("No other workshop has an agenda yet"))
            none.setEnabled(False)
        for workshop_id, label in sources:
            action = self.copy_menu.addAction(label)
            action.triggered.connect(lambda _c=False, w=workshop_id: self.copy_agenda_from(w))

    def copy_agenda_from(self, source_id: str) -> None:
        """Append ``source_id``'s activities to this workshop's agenda: one undo step."""
        target = self.workshop_id()
        if target is None:
            return
        services = self.services
        errors.guarded(self, lambda: run_operation(
            self.undo_stack, self.tr("Copy agenda"), services.entities.operations,
            lambda: services.agenda.copy_agenda(source_id, target)))

    def show_attendance(self) -> None:
        """The attendance of the chosen workshop, in a window beside the agenda."""
        workshop_id = self.workshop_id()
        if workshop_id is None:
            return
        from jalostamo.ui.attendance_panel import AttendanceDialog

        if self.attendance_dialog is not None:
            self.attendance_dialog.close()
            self.attendance_dialog.deleteLater()
        dialog = AttendanceDialog(self.services, self.undo_stack, workshop_id, self.bridge, self)
        dialog.show()
        self.attendance_dialog = dialog

    def print_agenda(self) -> None:
        """The export dialog, set to this workshop's printable agenda."""
        workshop_id = self.workshop_id()
        if workshop_id is None:
            return
        from jalostamo.ui.reports.export_dialog import ExportDialog

        number = self.services.programme.workshop(workshop_id).number
        dialog = ExportDialog(self.services, self.window())
        dialog.set_kind("agenda")
        dialog.set_workshop(number)
        dialog.open()
        self.export_dialog = dialog

    # --- run mode ---------------------------------------------------------------------------

    def enter_run_mode(self) -> None:
        self.run.begin(self.workshop_id(), self.schedule())  # from its first activity
        self.modes.setCurrentWidget(self.run_panel)
        self.run_panel.setFocus()

    def leave_run_mode(self) -> None:
        self.modes.setCurrentWidget(self.editor)
        self.list.setFocus()

    def shutdown(self) -> None:
        self.instructions.commit()
        self.run_panel.shutdown()
