"""Board edits are operations: each is one ``OperationCommand`` whose undo and redo put back
the values stored before and after it (read back from the file)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from jalostamo.ui.undo import OperationCommand
from tests.ui.canvas.conftest import EditorHarness


def stored(path: Path, item_id: str) -> tuple[Any, ...]:
    """The item's place as another program reading the file sees it (committed data)."""
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT x, y, frame_id, deleted_at IS NOT NULL FROM board_items "
                           "WHERE id = ?", (item_id,)).fetchone()
    return tuple(row)


def steps(harness: EditorHarness) -> list[OperationCommand]:
    stack = harness.stack
    commands = [stack.command(i) for i in range(stack.count())]
    assert all(isinstance(c, OperationCommand) for c in commands)
    return [c for c in commands if isinstance(c, OperationCommand)]


def test_three_nudges_are_one_step_that_one_undo_takes_back(
        harness: EditorHarness, programme_path: Path, qtbot: Any) -> None:
    editor = harness.editor
    note = editor.commands.add("note", x=100.0, y=100.0, width=100.0, height=100.0)
    editor.select([note])
    editor.view.setFocus()
    depth = harness.stack.count()
    for _ in range(3):
        qtbot.keyClick(editor.view, Qt.Key.Key_Right)
    assert stored(programme_path, note) == (103.0, 100.0, None, 0)
    assert harness.stack.count() == depth + 1
    [change] = steps(harness)[-1].changes.changes  # one row, its first and last place
    assert (change.before, change.after) == ({"x": 100.0}, {"x": 103.0})

    harness.stack.undo()
    assert stored(programme_path, note) == (100.0, 100.0, None, 0)
    harness.stack.redo()
    assert stored(programme_path, note) == (103.0, 100.0, None, 0)
    qtbot.keyClick(editor.view, Qt.Key.Key_Down)  # after an undo/redo, a nudge still merges
    harness.stack.undo()
    assert stored(programme_path, note) == (100.0, 100.0, None, 0)


def test_a_nudge_after_another_edit_is_a_step_of_its_own(
        harness: EditorHarness, programme_path: Path, qtbot: Any) -> None:
    editor = harness.editor
    note = editor.commands.add("note", x=0.0, y=0.0, width=100.0, height=100.0)
    editor.commands.nudge([note], 1.0, 0.0)
    editor.commands.set_color([note], "#FFB3BA")
    editor.commands.nudge([note], 1.0, 0.0)
    assert stored(programme_path, note) == (2.0, 0.0, None, 0)
    harness.stack.undo()
    assert stored(programme_path, note) == (1.0, 0.0, None, 0)
    harness.stack.undo()
    assert harness.rows()[note]["color"] != "#FFB3BA"
    harness.stack.undo()
    assert stored(programme_path, note) == (0.0, 0.0, None, 0)


def test_deleting_a_frame_and_its_contents_is_undone_and_redone(
        harness: EditorHarness, programme_path: Path) -> None:
    commands = harness.editor.commands
    frame = commands.add("frame", x=0.0, y=0.0, width=400.0, height=300.0, z=-5.0)
    inside = commands.add("note", x=40.0, y=60.0, width=100.0, height=100.0)
    assert commands.delete([frame]) == sorted([frame, inside])
    assert harness.stack.undoText() == "Delete 2 item(s)"
    harness.stack.undo()
    assert stored(programme_path, frame)[3] == 0 and stored(programme_path, inside) == (
        40.0, 60.0, frame, 0)
    harness.stack.redo()
    assert stored(programme_path, inside)[3] == 1
    harness.stack.undo()
    harness.stack.undo()  # the note's creation
    assert stored(programme_path, inside)[3] == 1 and stored(programme_path, frame)[3] == 0
    assert len(steps(harness)) == 3


def test_a_group_keeps_its_id_through_undo_and_redo(harness: EditorHarness) -> None:
    commands = harness.editor.commands
    a = commands.add("note", x=0.0, y=0.0)
    b = commands.add("note", x=300.0, y=0.0)
    commands.group([a, b])
    group_id = harness.rows()[a]["group_id"]
    assert group_id and harness.rows()[b]["group_id"] == group_id
    harness.stack.undo()
    assert harness.rows()[a]["group_id"] is None
    harness.stack.redo()
    assert harness.rows()[a]["group_id"] == harness.rows()[b]["group_id"] == group_id


def test_changing_the_template_is_one_step(harness: EditorHarness) -> None:
    boards = harness.services.boards
    harness.editor.set_template("empathy_map")
    assert boards.board(harness.board_id).template_key == "empathy_map"
    harness.stack.undo()
    assert boards.board(harness.board_id).template_key == "stakeholder_map"
    harness.stack.redo()
    assert boards.board(harness.board_id).template_key == "empathy_map"
    assert len(steps(harness)) == 1
