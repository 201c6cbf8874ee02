"""A big board's plain notes wait as rows until they are needed (ui/canvas/lazy.py): drawn flat
while the board is zoomed out, made into items as the view comes close enough to read them, and
seen by every action that reaches the board's items (select all, delete, undo, connectors)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from jalostamo.ui.canvas.board_view import board_item_of
from tests.ui.canvas.conftest import EditorHarness

COUNT = 5000
COLS = 100
PITCH = 200.0


def big_board(harness: EditorHarness) -> list[str]:
    rows = [{"kind": "note", "x": (i % COLS) * PITCH, "y": (i // COLS) * PITCH,
             "width": 160.0, "height": 160.0, "text": f"lappu {i}", "color": "#FFE066"}
            for i in range(COUNT)]
    ids = harness.services.boards.add_items(harness.board_id, rows)
    harness.editor.close()
    harness.editor = harness.open()
    return ids


def made_ids(harness: EditorHarness) -> set[str]:
    return {i.item_id for i in harness.editor.scene.by_id.made()}


def centre(row: dict[str, Any]) -> QPointF:
    return QPointF(row["x"] + row["width"] / 2, row["y"] + row["height"] / 2)


def test_notes_are_drawn_flat_fitted_and_made_when_scrolled_into_view(
        harness: EditorHarness, qtbot: Any) -> None:
    ids = big_board(harness)
    editor, view = harness.editor, harness.editor.view
    last = harness.rows()[ids[-1]]
    assert len(editor.scene.by_id) == COUNT
    assert ids[-1] not in made_ids(harness)  # fitted: the whole board, too small to read
    # ... yet every note shows, drawn flat in its colour from its row
    pixel = view.mapFromScene(centre(last))
    qtbot.waitUntil(lambda: view.viewport().grab().toImage().pixelColor(pixel)
                    == QColor("#FFE066"))

    view.zoom_to(1.0)
    view.centerOn(centre(last))
    qtbot.waitUntil(lambda: ids[-1] in made_ids(harness))
    shown = board_item_of(view.itemAt(view.mapFromScene(centre(last))))
    assert shown is not None and shown.item_id == ids[-1]
    assert shown.pos() == QPointF(last["x"], last["y"])
    # only what is in view (and a margin around it) was made
    assert len(made_ids(harness)) < COUNT // 4

    # zoomed out again, the made note moves and no flat copy of it stays behind
    view.fit()
    editor.commands.move({ids[-1]: (last["x"], last["y"] + 600.0)})
    moved = harness.rows()[ids[-1]]

    def colour_at(row: dict[str, Any]) -> QColor:
        return view.viewport().grab().toImage().pixelColor(view.mapFromScene(centre(row)))

    qtbot.waitUntil(lambda: colour_at(moved) == QColor("#FFE066"))
    assert colour_at(last) != QColor("#FFE066")

    # a click on a note that waits (zoomed out) selects it
    first = harness.rows()[ids[0]]
    assert ids[0] not in made_ids(harness)
    harness.drag(centre(first), centre(first), steps=1)
    assert editor.selected_ids() == [ids[0]]
    # made while its flat copy was on screen: moved to the place of a deleted neighbour,
    # its copy goes too (nothing else changes on screen)
    harness.services.boards.delete_items([ids[1]])
    editor.commands.move({ids[0]: (first["x"] + PITCH, first["y"])})
    lifted = harness.rows()[ids[0]]
    qtbot.waitUntil(lambda: colour_at(lifted) == QColor("#FFE066"))
    assert colour_at(first) != QColor("#FFE066")
    # and a rubber band drawn over notes that wait selects them
    editor.scene.clearSelection()
    harness.drag(QPointF(-150.0, -150.0), QPointF(950.0, 950.0))
    caught = [ids[row * COLS + col] for row in range(5) for col in range(5)
              if row or col > 1]  # the first note now stands where the second was
    assert sorted(editor.selected_ids()) == sorted([*caught, ids[0]])


def test_select_all_then_delete_removes_all_5000_and_undo_brings_them_back(
        harness: EditorHarness) -> None:
    ids = big_board(harness)
    editor = harness.editor
    assert len(made_ids(harness)) < COUNT
    editor.select_all()
    assert sorted(editor.selected_ids()) == sorted(ids)

    editor.delete_selected()
    assert harness.rows() == {}
    assert len(editor.scene.by_id) == 0
    assert editor.scene.items() == [] or all(
        not hasattr(i, "item_id") for i in editor.scene.items())

    editor.undo()
    assert sorted(harness.rows()) == sorted(ids)
    assert len(editor.scene.by_id) == COUNT
    assert editor.scene.by_id[ids[-1]].row["text"] == f"lappu {COUNT - 1}"
    editor.redo()
    assert harness.rows() == {}


def test_a_connector_to_a_note_not_yet_made_follows_when_the_note_moves(
        harness: EditorHarness) -> None:
    ids = big_board(harness)
    editor = harness.editor
    a, b = ids[-1], ids[-3]
    assert a not in made_ids(harness) and b not in made_ids(harness)
    connector_id = harness.services.boards.connect(harness.board_id, a, b, "kumppani")
    connector = editor.scene.by_id[connector_id]
    assert connector.source is not None and connector.target is not None
    before = connector.path().boundingRect()

    row = harness.rows()[a]
    editor.commands.move({a: (row["x"] + 600.0, row["y"] + 800.0)})
    after = connector.path().boundingRect()
    moved = editor.scene.by_id[a].sceneBoundingRect()
    assert moved.topLeft() == QPointF(row["x"] + 600.0, row["y"] + 800.0)
    assert after != before
    assert after.adjusted(-1, -1, 1, 1).intersects(moved)  # the line reaches the note

    # a connector stored with the board: its ends are made when the board opens
    editor.close()
    harness.editor = harness.open()
    assert {a, b, connector_id} <= made_ids(harness)
