"""Selecting on a 5,000-item board: Ctrl+A, select_all and a rubber band select every item
and the editor shows how many are selected (each used to emit one selectionChanged per item,
each walking the whole selection: 56 s of CPU at 5,000 items)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath

from tests.ui.canvas.conftest import EditorHarness

COUNT = 5000


def big_board(harness: EditorHarness) -> None:
    rows = [{"kind": "note", "x": (i % 100) * 200.0, "y": (i // 100) * 200.0,
             "width": 160.0, "height": 160.0, "text": f"lappu {i}", "color": "#FFE066"}
            for i in range(COUNT)]
    harness.services.boards.add_items(harness.board_id, rows)
    harness.editor.close()
    harness.editor = harness.open()


def test_ctrl_a_selects_all_5000_items_and_shows_the_count(harness: EditorHarness,
                                                             qtbot: object) -> None:
    big_board(harness)
    editor = harness.editor
    editor.activateWindow()
    editor.view.setFocus()
    qtbot.waitUntil(editor.view.hasFocus)  # type: ignore[attr-defined]
    qtbot.keyClick(editor.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert len(editor.selected_ids()) == COUNT
    assert editor.selection_label.text() == f"Selected: {COUNT}"

    editor.scene.clearSelection()
    assert editor.selection_label.text() == ""
    area = QPainterPath()
    area.addRect(QRectF(editor.scene.itemsBoundingRect()))
    editor.scene.setSelectionArea(area, Qt.ItemSelectionOperation.ReplaceSelection,
                                  Qt.ItemSelectionMode.IntersectsItemShape)  # a rubber band
    assert editor.selection_label.text() == f"Selected: {COUNT}"
    editor.select(editor.selected_ids()[:3])
    assert editor.selection_label.text() == "Selected: 3"
