"""Rotation drawn and hit where the user sees it; arrow-key nudges in a row as one undo step."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QUndoStack

from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.canvas.board_view import BoardEditor
from jalostamo.ui.canvas.items import BoardItem, ConnectorItem
from tests.ui.canvas.conftest import EditorHarness

BLUE = "#9FD3FF"


def pixel_at(editor: BoardEditor, scene_point: QPointF) -> QColor:
    """The colour the user sees at a scene point (the viewport drawn as on screen)."""
    image = editor.view.viewport().grab().toImage()
    point = editor.view.mapFromScene(scene_point)
    return image.pixelColor(point)


def click(harness: EditorHarness, scene_point: QPointF) -> None:
    point = harness.editor.view.mapFromScene(scene_point)
    harness._send(QEvent.Type.MouseButtonPress, point, Qt.MouseButton.LeftButton)
    harness._send(QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.LeftButton,
                  Qt.MouseButton.NoButton)


def rotated_note(harness: EditorHarness) -> str:
    editor = harness.editor
    note = editor.commands.add("note", x=0.0, y=0.0, width=160.0, height=160.0,
                               text="Vinossa", color=BLUE)
    editor.select([note])
    editor.rotate_selected(15.0)
    editor.rotate_selected(15.0)
    editor.rotate_selected(15.0)  # 45 degrees: a diamond around the same centre
    editor.scene.clearSelection()
    editor.view.resetTransform()
    editor.view.centerOn(80, 80)
    return note


def test_a_rotated_note_is_drawn_and_hit_turned_around_its_centre(
        harness: EditorHarness) -> None:
    note = rotated_note(harness)
    editor = harness.editor
    assert harness.rows()[note]["rotation"] == 45.0
    above_top_edge = QPointF(80, -20)  # outside the unturned square, inside the diamond
    corner = QPointF(6, 6)  # inside the unturned square, outside the diamond
    assert pixel_at(editor, above_top_edge) == QColor(BLUE)
    assert pixel_at(editor, corner) == QColor("white")
    click(harness, corner)
    assert editor.selected_ids() == []
    click(harness, above_top_edge)
    assert editor.selected_ids() == [note]
    harness.stack.undo()
    assert harness.rows()[note]["rotation"] == 30.0
    assert editor.scene.by_id[note].rotation() == 30.0


def test_a_rotated_note_reopens_rotated(harness: EditorHarness, programme_path: Path,
                                        qtbot: Any) -> None:
    note = rotated_note(harness)
    harness.bridge.detach()
    harness.services.close()
    with Services.open(programme_path) as again:
        bridge = ChangeBridge(again)
        reopened = BoardEditor(again, QUndoStack(), bridge, harness.board_id)
        qtbot.addWidget(reopened)
        reopened.resize(1000, 700)
        reopened.show()
        reopened.view.resetTransform()
        reopened.view.centerOn(80, 80)
        item = reopened.scene.by_id[note]
        assert isinstance(item, BoardItem) and item.rotation() == 45.0
        assert item.mapToScene(item.rect().center()) == QPointF(80, 80)
        assert pixel_at(reopened, QPointF(80, -20)) == QColor(BLUE)
        bridge.detach()


def test_locked_items_do_not_turn(harness: EditorHarness) -> None:
    editor = harness.editor
    note = editor.commands.add("note", x=0.0, y=0.0, text="Lukossa")
    editor.select([note])
    editor.lock_selected(True)
    depth = harness.stack.count()
    editor.actions_by_id["rotate_right"].trigger()
    assert harness.rows()[note]["rotation"] == 0.0 and harness.stack.count() == depth


def test_arrow_nudges_in_a_row_are_one_undo_step(harness: EditorHarness, qtbot: Any) -> None:
    editor = harness.editor
    frame = editor.commands.add("frame", x=0.0, y=0.0, width=400.0, height=300.0,
                                text="Kehys", z=-5.0)
    inside = editor.commands.add("note", x=40.0, y=60.0, width=100.0, height=100.0)
    other = editor.commands.add("note", x=600.0, y=60.0, width=100.0, height=100.0)
    editor.select([frame])
    editor.view.setFocus()
    depth = harness.stack.count()
    for _ in range(4):
        qtbot.keyClick(editor.view, Qt.Key.Key_Right)
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    rows = harness.rows()
    assert (rows[frame]["x"], rows[frame]["y"]) == (4.0, 10.0)
    assert (rows[inside]["x"], rows[inside]["y"]) == (44.0, 70.0)  # the frame carries it
    assert harness.stack.count() == depth + 1

    editor.select([other])  # other items: a step of their own
    qtbot.keyClick(editor.view, Qt.Key.Key_Left)
    qtbot.keyClick(editor.view, Qt.Key.Key_Left)
    assert harness.stack.count() == depth + 2 and harness.rows()[other]["x"] == 598.0

    harness.stack.undo()
    assert harness.rows()[other]["x"] == 600.0
    harness.stack.undo()  # every nudge of the frame at once, its contents with it
    rows = harness.rows()
    assert (rows[frame]["x"], rows[frame]["y"]) == (0.0, 0.0)
    assert (rows[inside]["x"], rows[inside]["y"]) == (40.0, 60.0)
    assert editor.scene.by_id[inside].pos() == QPointF(40.0, 60.0)
    harness.stack.redo()
    rows = harness.rows()
    assert (rows[frame]["x"], rows[frame]["y"]) == (4.0, 10.0)
    assert (rows[inside]["x"], rows[inside]["y"]) == (44.0, 70.0)


def test_a_nudge_that_moves_a_note_into_a_frame_undoes_fully(harness: EditorHarness,
                                                             qtbot: Any) -> None:
    editor = harness.editor
    frame = editor.commands.add("frame", x=0.0, y=0.0, width=300.0, height=300.0,
                                text="Kehys", z=-5.0)
    note = editor.commands.add("note", x=255.0, y=40.0, width=100.0, height=100.0)
    assert harness.rows()[note]["frame_id"] is None  # its centre is outside the frame
    editor.select([note])
    editor.view.setFocus()
    for _ in range(8):  # the centre crosses into the frame on the way
        qtbot.keyClick(editor.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert harness.rows()[note]["frame_id"] == frame
    harness.stack.undo()
    row = harness.rows()[note]
    assert (row["x"], row["frame_id"]) == (255.0, None)


def test_a_connector_meets_the_edge_of_a_turned_note(harness: EditorHarness) -> None:
    editor = harness.editor
    a = editor.commands.add("note", x=0.0, y=0.0, width=160.0, height=160.0)
    b = editor.commands.add("note", x=600.0, y=0.0, width=160.0, height=160.0)
    link = editor.commands.add("connector", source_id=a, target_id=b)
    editor.select([a])
    editor.rotate_selected(15.0)
    editor.rotate_selected(15.0)
    connector = editor.scene.by_id[link]
    assert isinstance(connector, ConnectorItem)
    start = connector.path().elementAt(0)
    # 80 / cos(30°) from the centre: on the turned edge, not on its bounding box (109 px)
    assert abs(start.x - (80.0 + 80.0 / math.cos(math.radians(30)))) < 0.5
    assert abs(start.y - 80.0) < 0.5
