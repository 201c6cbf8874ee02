"""The feedback capture grid: four quadrants and one entry line, driven by the keyboard.

While people talk: type, Enter adds the note to the current quadrant and clears the line for the
next one; Ctrl+1…4 (or Page Up/Down) change the quadrant; a leading ``"`` marks a verbatim
quote, leading ``!``/``!!``/``!!!`` an observation's severity; Ctrl+Q marks the next note as a
quote. In a quadrant's list, Alt+1…4 moves the selected notes and Delete removes them.
No dialogs on the way; every note is one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jalostamo.i18n import current_language
from jalostamo.services import Change, Services
from jalostamo.services.testing import QUADRANTS, FeedbackNote, parse_quick_note, quadrant_label
from jalostamo.services.vocabulary import Quadrant
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.errors import guarded
from jalostamo.ui.file_places import remember, start_folder
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.shortcut_claims import claim
from jalostamo.ui.undo import run_operation

QUADRANT_COLOURS = {
    Quadrant.LIKES: "#E6F4EA",
    Quadrant.CRITICISMS: "#FDECEA",
    Quadrant.QUESTIONS: "#E8F0FE",
    Quadrant.IDEAS: "#FFF8E1",
}
NOTE_ID = Qt.ItemDataRole.UserRole


def note_display(note: FeedbackNote) -> str:
    text = f"“{note.text}”" if note.is_quote else note.text
    if note.severity:
        text = "!" * note.severity + " " + text
    if note.media_id:
        text += " 📷"
    return text


class QuadrantList(QListWidget):
    """One quadrant's notes."""

    def __init__(self, quadrant: Quadrant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quadrant = quadrant
        self.setObjectName(f"quadrant_{quadrant.value}")
        self.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.setStyleSheet(f"QListWidget {{ background: {QUADRANT_COLOURS[quadrant]}; }}")

    def selected_note_ids(self) -> list[str]:
        return [item.data(NOTE_ID) for item in self.selectedItems()]


class CaptureGrid(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge,
                 team_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureGrid")
        self.svc = services
        self.stack = undo_stack
        self.team_id = team_id
        self.session_id: str | None = None
        self.quadrant = Quadrant.LIKES

        self.lists: dict[Quadrant, QuadrantList] = {}
        self.titles: dict[Quadrant, QLabel] = {}
        grid = QGridLayout()
        for index, quadrant in enumerate(QUADRANTS):
            box = QVBoxLayout()
            title = QLabel(self)
            title.setObjectName(f"title_{quadrant.value}")
            self.titles[quadrant] = title
            notes = QuadrantList(quadrant, self)
            self.lists[quadrant] = notes
            box.addWidget(title)
            box.addWidget(notes)
            grid.addLayout(box, index // 2, index % 2)

        self.entry = QLineEdit(self)
        self.entry.setObjectName("noteEntry")
        self.entry.returnPressed.connect(self.add_from_entry)
        self.current = QLabel(self)
        self.current.setObjectName("currentQuadrant")
        self.quote_box = QCheckBox(self.tr("Quote (Ctrl+Q)"), self)
        self.quote_box.setObjectName("quoteToggle")
        self.photo_button = QPushButton(self.tr("Attach photo…"), self)
        mark_edits(self.photo_button)
        self.photo_button.clicked.connect(self.choose_photo)
        hint = QLabel(self.tr('Enter adds a note · Ctrl+1–4 or Page Up/Down change the quadrant · '
                              '"…" marks a quote · ! !! !!! give a severity · Alt+1–4 moves '
                              'the selected notes · Delete removes them'), self)
        hint.setWordWrap(True)
        hint.setObjectName("hint")

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.current)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.quote_box)
        entry_row.addWidget(self.photo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addLayout(entry_row)
        layout.addWidget(hint)

        self._shortcuts()
        bridge.changed.connect(self._on_change)
        self._show_quadrant()
        self.refresh()

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for index, quadrant in enumerate(QUADRANTS, start=1):
            pick = QShortcut(QKeySequence(f"Ctrl+{index}"), self, context=context)
            pick.activated.connect(lambda q=quadrant: self.set_quadrant(q))
            move = QShortcut(QKeySequence(f"Alt+{index}"), self, context=context)
            move.activated.connect(lambda q=quadrant: self.move_selected(q))
        for key, step in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, -1)):
            cycle = QShortcut(QKeySequence(key), self.entry,
                              context=Qt.ShortcutContext.WidgetShortcut)
            cycle.activated.connect(lambda s=step: self.cycle_quadrant(s))
        quote = QShortcut(QKeySequence("Ctrl+Q"), self, context=context)
        quote.activated.connect(self.quote_box.toggle)
        # these keys are the grid's while it has the focus (the window's Go and Quit step aside)
        claim(self, [f"Ctrl+{i}" for i in range(1, len(QUADRANTS) + 1)]
              + [f"Alt+{i}" for i in range(1, len(QUADRANTS) + 1)] + ["Ctrl+Q"])
        for notes in self.lists.values():
            delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), notes,
                               context=Qt.ShortcutContext.WidgetShortcut)
            delete.activated.connect(self.delete_selected)

    # --- state ------------------------------------------------------------------------------

    def set_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        self.entry.setEnabled(session_id is not None)
        self.refresh()

    def set_quadrant(self, quadrant: Quadrant) -> None:
        self.quadrant = quadrant
        self._show_quadrant()
        self.entry.setFocus()

    def cycle_quadrant(self, step: int) -> None:
        index = (QUADRANTS.index(self.quadrant) + step) % len(QUADRANTS)
        self.set_quadrant(QUADRANTS[index])

    def _show_quadrant(self) -> None:
        lang = current_language()
        for index, (quadrant, title) in enumerate(self.titles.items(), start=1):
            font = QFont(title.font())
            font.setBold(quadrant == self.quadrant)
            title.setFont(font)
            marker = "▶ " if quadrant == self.quadrant else ""
            title.setText(f"{marker}{quadrant_label(quadrant, lang)}  (Ctrl+{index})")
        self.current.setText(quadrant_label(self.quadrant, lang) + ":")
        self.entry.setPlaceholderText(
            self.tr("Type what you hear, then Enter ({quadrant})").replace(
                "{quadrant}", quadrant_label(self.quadrant, lang)))

    def _on_change(self, change: Change) -> None:
        if change.table in ("feedback_notes", "test_sessions", "media"):
            self.refresh()

    def refresh(self) -> None:
        selected = {nid for notes in self.lists.values() for nid in notes.selected_note_ids()}
        grid = self.svc.testing.grid(self.session_id) if self.session_id else {}
        for quadrant, notes in self.lists.items():
            notes.clear()
            for note in grid.get(quadrant, []):
                item = QListWidgetItem(note_display(note))
                item.setData(NOTE_ID, note.id)
                if note.is_quote:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                notes.addItem(item)
                item.setSelected(note.id in selected)

    # --- edits ------------------------------------------------------------------------------

    def add_from_entry(self) -> None:
        raw = self.entry.text()
        if self.session_id is None or not raw.strip():
            return
        if self.quote_box.isChecked() and not parse_quick_note(raw).is_quote:
            raw = '"' + raw.strip() + '"'
        session_id, quadrant = self.session_id, self.quadrant

        def create() -> str:
            return self.svc.testing.add_quick_note(session_id, quadrant, raw)

        label = self.tr("Add feedback note")
        if guarded(self, lambda: run_operation(self.stack, label, self.svc.entities.operations,
                                               create)):
            self.entry.clear()
            self.quote_box.setChecked(False)
        self.entry.setFocus()

    def selected_note_ids(self) -> list[str]:
        focused = self.focusWidget()
        lists = [focused] if isinstance(focused, QuadrantList) else list(self.lists.values())
        return [nid for notes in lists for nid in notes.selected_note_ids()]

    def move_selected(self, quadrant: Quadrant) -> None:
        ids = self.selected_note_ids()
        if not ids:
            return
        guarded(self, lambda: run_operation(self.stack, self.tr("Move feedback notes"),
                                            self.svc.entities.operations,
                                            lambda: self.svc.testing.move_notes(ids, quadrant)))
        self.lists[quadrant].setFocus()

    def delete_selected(self) -> None:
        ids = self.selected_note_ids()
        if ids:
            run_operation(self.stack, self.tr("Delete feedback notes"), self.svc.entities.operations,
                          lambda: self.svc.testing.delete_notes(ids))

    def choose_photo(self) -> None:
        ids = self.selected_note_ids()
        if not ids:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach photo"), start_folder("photos"),
                                              self.tr("Images (*.jpg *.jpeg *.png *.heic *.webp)"))
        if path:
            remember("photos", path)
            self.attach_photo(ids[0], Path(path))

    def attach_photo(self, note_id: str, path: Path) -> None:
        """Import a photo into the file and attach it to a note (one undo step)."""

        def run() -> None:
            media_id = self.svc.media.import_file(path, team_id=self.team_id)
            run_operation(self.stack, self.tr("Attach photo"), self.svc.entities.operations,
                          lambda: self.svc.testing.attach_photo(note_id, media_id))

        guarded(self, run)
