"""Ctrl+Shift+T on a board: the chooser with previews (the built-in templates and the
facilitator's own), and the template chosen put on the board as one undoable step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jalostamo.ui.canvas.template_chooser import TemplateChooser
from tests.ui.canvas.conftest import EditorHarness


def live_ids(harness: EditorHarness) -> set[str]:
    return set(harness.rows())


def rect(row: dict[str, Any]) -> QRectF:
    return QRectF(row["x"], row["y"], row["width"], row["height"])


def test_ctrl_shift_t_offers_every_template_and_puts_its_items_beside_the_board(
        harness: EditorHarness, qtbot: Any) -> None:
    editor = harness.editor
    before = {editor.commands.add("note", x=x, y=y, width=160.0, height=160.0, text=f"Lappu {x}")
              for x in (0.0, 400.0, 800.0) for y in (0.0, 400.0)}
    editor.save_as_template("Oma pohja")  # the facilitator's own, offered last
    steps = harness.stack.count()
    seen: dict[str, Any] = {}

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TemplateChooser), dialog
        seen["keys"] = [t.key for t in dialog.templates]
        seen["icon"] = not dialog.list.item(5).icon().isNull()
        seen["title"] = dialog.windowTitle()
        seen["first"] = dialog.chosen().key  # the board's own background: OK changes nothing
        dialog.choose("builtin:phenomenon_canvas")
        dialog.accept()

    QTimer.singleShot(0, pick)
    editor.view.setFocus()
    QTest.keyClick(editor.view, Qt.Key.Key_T,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "keys" in seen)
    assert seen["keys"][:7] == ["builtin:empty", "builtin:stakeholder_map",
                                "builtin:empathy_map", "builtin:customer_journey",
                                "builtin:experiment_canvas", "builtin:phenomenon_canvas",
                                "builtin:roadmap"]
    assert seen["keys"][-1].startswith("user:") and seen["icon"]
    assert seen["title"] == "Template for this board"
    assert seen["first"] == "builtin:stakeholder_map"

    # one undo step; the phenomenon canvas's four prompts, none on an earlier note
    assert harness.stack.count() == steps + 1
    rows = harness.rows()
    added = set(rows) - before
    assert len(added) == 4 and "Mitä kokeilemme ensin?" in {rows[i]["text"] for i in added}
    for new in added:
        for old in before:
            assert not rect(rows[new]).intersects(rect(rows[old])), (rows[new], rows[old])
    assert set(editor.selected_ids()) == added
    # the background stays: the board already had items
    assert harness.services.boards.board(harness.board_id).template_key == "stakeholder_map"

    harness.stack.undo()  # removes exactly what was added (read back from the file)
    assert live_ids(harness) == before
    assert set(editor.scene.by_id) == before
    harness.stack.redo()
    assert live_ids(harness) == before | added


def test_a_template_of_zones_only_becomes_the_background_and_undo_puts_the_old_back(
        harness: EditorHarness) -> None:
    from jalostamo.services.board_templates import builtin

    editor = harness.editor
    note = editor.commands.add("note", x=0.0, y=0.0, text="Pysyy")
    steps = harness.stack.count()
    editor.apply_template(builtin("stakeholder_map"))  # its own background: nothing to undo
    assert harness.stack.count() == steps
    assert editor.apply_template(builtin("empathy_map")) == []
    assert harness.stack.count() == steps + 1
    assert harness.services.boards.board(harness.board_id).template_key == "empathy_map"
    assert editor.scene.template is not None and editor.scene.template["key"] == "empathy_map"
    assert live_ids(harness) == {note}
    harness.stack.undo()
    assert harness.services.boards.board(harness.board_id).template_key == "stakeholder_map"
    assert editor.scene.template["key"] == "stakeholder_map"
    assert live_ids(harness) == {note}


def test_own_template_on_an_empty_board_keeps_its_layout_and_background(
        harness: EditorHarness) -> None:
    from jalostamo.services.board_templates import builtin, own_templates

    editor = harness.editor
    editor.apply_template(builtin("roadmap"))  # an empty board: laid out as a new one
    board = harness.services.boards.board(harness.board_id)
    assert board.template_key == "roadmap"
    texts = sorted(r["text"] for r in harness.rows().values())
    editor.save_as_template("Tiekartta")
    harness.stack.undo()
    assert not harness.rows()
    assert harness.services.boards.board(harness.board_id).template_key == "stakeholder_map"
    (own,) = own_templates()
    ids = editor.apply_template(own)
    assert sorted(r["text"] for r in harness.rows().values()) == texts and len(ids) == len(texts)
