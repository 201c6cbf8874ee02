"""The board editor as a user drives it: create, edit, connect, group, drag, undo, reopen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtGui import QUndoStack

from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.canvas.board_view import BoardEditor
from jalostamo.ui.canvas.items import ConnectorItem, NoteItem
from tests.ui.canvas.conftest import EditorHarness


def test_create_edit_connect_and_reopen_exactly(harness: EditorHarness,
                                                programme_path: Path, qtbot: Any) -> None:
    editor = harness.editor
    note = editor.add_note("Asukasraati")
    shape = editor.add_shape("diamond")
    frame = editor.add_frame("Kumppanit")
    editor.commands.set_text(shape, "Päätös")
    editor.commands.set_color([note], "#9FD3FF")
    editor.select([note, shape])
    link = editor.connect_selected("ehdottaa")
    assert link is not None
    assert isinstance(editor.scene.by_id[note], NoteItem)
    assert editor.scene.by_id[shape].row["text"] == "Päätös"  # the scene follows the rows
    before = harness.rows()
    assert before[link]["label"] == "ehdottaa"
    assert before[frame]["z"] < before[note]["z"]  # a new frame goes under everything

    harness.bridge.detach()
    harness.services.close()  # a restart: close the file, open it again
    with Services.open(programme_path) as again:
        bridge = ChangeBridge(again)
        reopened = BoardEditor(again, QUndoStack(), bridge, harness.board_id)
        qtbot.addWidget(reopened)
        after = {r["id"]: r for r in again.boards.items(harness.board_id)}
        assert after == before
        shown = reopened.scene.by_id
        assert set(shown) == set(before)
        for item_id, row in before.items():
            item = shown[item_id]
            if isinstance(item, ConnectorItem):
                assert item.source is shown[row["source_id"]]
                continue
            assert (item.pos().x(), item.pos().y()) == (row["x"], row["y"])
            assert (item.rect().width(), item.rect().height()) == (row["width"], row["height"])
            assert item.zValue() == row["z"]
            assert item.row["color"] == row["color"] and item.row["text"] == row["text"]
        bridge.detach()


def test_undo_and_redo_change_the_file_and_the_scene(harness: EditorHarness) -> None:
    editor = harness.editor
    note = editor.add_note("Eka")
    editor.commands.set_text(note, "Toka")
    assert harness.rows()[note]["text"] == "Toka"
    harness.stack.undo()
    assert harness.rows()[note]["text"] == "Eka"
    assert editor.scene.by_id[note].row["text"] == "Eka"
    harness.stack.undo()
    assert note not in harness.rows() and note not in editor.scene.by_id
    harness.stack.redo()
    harness.stack.redo()
    assert harness.rows()[note]["text"] == "Toka"
    assert editor.scene.by_id[note].row["text"] == "Toka"


def test_dragging_200_selected_items_is_one_undo_step(harness: EditorHarness) -> None:
    editor = harness.editor
    rows: list[dict[str, Any]] = [
        {"kind": "note", "x": 100.0 + (i % 20) * 30, "y": 100.0 + (i // 20) * 30,
         "width": 24.0, "height": 24.0} for i in range(200)]
    ids = editor.commands.add_many(rows, "seed")
    editor.view.resetTransform()
    editor.view.centerOn(400, 300)
    editor.select(ids)
    steps_before = harness.stack.count()
    first = harness.rows()[ids[0]]
    harness.drag(QPointF(first["x"] + 12, first["y"] + 12),
                 QPointF(first["x"] + 112, first["y"] + 62))
    assert harness.stack.count() == steps_before + 1
    moved = harness.rows()
    assert all(moved[i]["x"] == rows[n]["x"] + 100 and moved[i]["y"] == rows[n]["y"] + 50
               for n, i in enumerate(ids))
    harness.stack.undo()
    back = harness.rows()
    assert all(back[i]["x"] == rows[n]["x"] for n, i in enumerate(ids))
    assert editor.scene.by_id[ids[5]].pos().x() == rows[5]["x"]


def test_connector_stays_attached_when_an_end_moves(harness: EditorHarness) -> None:
    editor = harness.editor
    a = editor.commands.add("note", x=0.0, y=0.0)
    b = editor.commands.add("note", x=600.0, y=0.0)
    link = editor.commands.add("connector", source_id=a, target_id=b)
    connector = editor.scene.by_id[link]
    assert isinstance(connector, ConnectorItem)
    before = connector.path().boundingRect()
    editor.commands.move({b: (600.0, 500.0)})
    after = connector.path().boundingRect()
    assert after.bottom() > before.bottom() + 300


def test_frame_carries_its_contents_when_dragged(harness: EditorHarness) -> None:
    editor = harness.editor
    frame = editor.commands.add("frame", x=0.0, y=0.0, width=600.0, height=400.0, text="Osa",
                                z=-10.0)
    inside = editor.commands.add("note", x=100.0, y=100.0)
    assert harness.rows()[inside]["frame_id"] == frame
    editor.view.resetTransform()
    editor.view.centerOn(300, 200)
    editor.select([frame])
    harness.drag(QPointF(300, 15), QPointF(500, 115))  # by the title bar
    rows = harness.rows()
    assert (rows[frame]["x"], rows[frame]["y"]) == (200.0, 100.0)
    assert (rows[inside]["x"], rows[inside]["y"]) == (300.0, 200.0)
    harness.stack.undo()
    assert (harness.rows()[inside]["x"], harness.rows()[inside]["y"]) == (100.0, 100.0)


def test_group_selects_together_and_lock_stops_dragging(harness: EditorHarness) -> None:
    editor = harness.editor
    a = editor.commands.add("note", x=0.0, y=0.0)
    b = editor.commands.add("note", x=300.0, y=0.0)
    editor.select([a, b])
    editor.group_selected()
    editor.select([a])
    assert set(editor.selected_ids()) == {a, b}
    editor.lock_selected(True)
    editor.view.resetTransform()
    editor.view.centerOn(200, 80)
    harness.drag(QPointF(80, 80), QPointF(280, 280))
    assert (harness.rows()[a]["x"], harness.rows()[b]["x"]) == (0.0, 300.0)
    assert editor.delete_selected() == []  # locked items are not deleted either


def test_keyboard_nudge_duplicate_and_delete(harness: EditorHarness, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    editor = harness.editor
    note = editor.commands.add("note", x=40.0, y=40.0, text="Näppäimistö")
    editor.select([note])
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(editor.view, Qt.Key.Key_Down)
    assert (harness.rows()[note]["x"], harness.rows()[note]["y"]) == (50.0, 41.0)
    (copy,) = editor.duplicate_selected()
    assert harness.rows()[copy]["text"] == "Näppäimistö"
    editor.actions_by_id["delete"].trigger()
    assert copy not in harness.rows() and note in harness.rows()


def test_errors_reach_the_user_in_finnish(harness: EditorHarness) -> None:
    editor = harness.editor
    editor.select([editor.add_note("Yksin")])
    editor.actions_by_id["connect"].trigger()  # a connector needs two items
    assert "Yhdysviiva" in editor.status.text()
    assert len(harness.rows()) == 1


def test_webcam_action_is_hidden_without_a_camera(harness: EditorHarness) -> None:
    assert not harness.editor.actions_by_id["webcam"].isVisible()
