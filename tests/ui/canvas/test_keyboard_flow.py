"""The board as quick to think with as Miro or tldraw: a new note is ready for typing, letters
typed into it are text (not tools), new items land apart in view, the keyboard moves through
and edits items, and Shift+1 / Shift+2 zoom to the board / the selection."""

from __future__ import annotations

from itertools import combinations
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWidget

from jalostamo.ui.canvas.board_view import BoardEditor
from tests.ui.canvas.conftest import EditorHarness

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focused(editor: BoardEditor, qtbot: Any) -> BoardEditor:
    editor.activateWindow()
    editor.view.setFocus()
    qtbot.waitUntil(editor.view.hasFocus)
    return editor


def type_text(widget: QWidget, text: str) -> None:
    """Type as a keyboard does (shortcuts are tried first), also letters like "ä"."""
    for char in text:
        key = Qt.Key(ord(char.upper()))  # Qt's key codes are Latin-1 upper case
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, char,
                           Qt.KeyboardModifier.NoModifier)


def texts(harness: EditorHarness) -> list[str]:
    return [r["text"] for r in harness.rows().values()]


def test_n_opens_a_new_note_for_typing_and_letters_are_its_text(harness: EditorHarness,
                                                                  qtbot: Any) -> None:
    editor = focused(harness.editor, qtbot)
    qtbot.keyClick(editor.view, Qt.Key.Key_N)
    typing = editor.scene.text_editor()
    assert typing is not None and typing.hasFocus()
    type_text(editor.view, "oppii kieltä")  # "o", "e", "t", "k" are no tools here
    assert len(harness.rows()) == 1
    qtbot.keyClick(editor.view, Qt.Key.Key_Escape)  # leaves the editor, keeping the text
    assert editor.scene.text_editor() is None
    assert texts(harness) == ["oppii kieltä"]
    assert editor.view.hasFocus()


def test_the_toolbar_button_also_opens_the_note_for_typing(harness: EditorHarness,
                                                            qtbot: Any) -> None:
    editor = focused(harness.editor, qtbot)
    button = editor.toolbar.widgetForAction(editor.actions_by_id["add_note"])
    assert isinstance(button, QAbstractButton), "the toolbar shows no button for the action"
    button.click()
    assert editor.scene.text_editor() is not None
    type_text(editor.view, "Rektori")
    qtbot.keyClick(editor.view, Qt.Key.Key_Return, CTRL)
    assert texts(harness) == ["Rektori"]


def test_three_new_notes_land_apart_inside_the_view(harness: EditorHarness) -> None:
    editor = harness.editor
    ids = [editor.add_note(f"Idea {i}") for i in range(3)]
    rects = [editor.scene.by_id[i].sceneBoundingRect() for i in ids]
    visible = editor.view.visible_scene_rect()
    assert all(visible.contains(r) for r in rects)
    assert not any(a.intersects(b) for a, b in combinations(rects, 2))


def test_arrows_move_the_selection_and_shift_click_adds_to_it(harness: EditorHarness,
                                                               qtbot: Any) -> None:
    editor = focused(harness.editor, qtbot)
    a = editor.commands.add("note", x=0.0, y=0.0, text="A")
    b = editor.commands.add("note", x=400.0, y=0.0, text="B")
    editor.select([a])
    scroll = editor.view.horizontalScrollBar().value()
    qtbot.keyClick(editor.view, Qt.Key.Key_Right, SHIFT)
    assert harness.rows()[a]["x"] == 10.0 and editor.view.horizontalScrollBar().value() == scroll
    centre = editor.view.mapFromScene(editor.scene.by_id[b].sceneBoundingRect().center())
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, SHIFT, centre)
    assert sorted(editor.selected_ids()) == sorted([a, b])

    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert editor.selected_ids() == [b]  # a clicked item takes the focus: arrows still move
    qtbot.keyClick(editor.view, Qt.Key.Key_Down)
    assert harness.rows()[b]["y"] == 1.0
    assert editor.view.horizontalScrollBar().value() == scroll


def test_tab_walks_items_in_reading_order_enter_edits_and_escape_clears(
        harness: EditorHarness, qtbot: Any) -> None:
    editor = focused(harness.editor, qtbot)
    second = editor.commands.add("note", x=600.0, y=10.0, text="Toinen")
    third = editor.commands.add("note", x=0.0, y=400.0, text="Kolmas")
    first = editor.commands.add("note", x=0.0, y=0.0, text="Eka")
    editor.view.zoom_to(2.0)
    seen = []
    for _ in range(3):
        qtbot.keyClick(editor.view, Qt.Key.Key_Tab)
        seen.append(editor.selected_ids())
        item = editor.scene.by_id[seen[-1][0]]
        assert editor.view.visible_scene_rect().contains(item.sceneBoundingRect().center())
    assert seen == [[first], [second], [third]]
    qtbot.keyClick(editor.view, Qt.Key.Key_Backtab, SHIFT)
    assert editor.selected_ids() == [second]
    assert editor.view.hasFocus()

    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    assert editor.scene.text_editor() is not None
    qtbot.keyClick(editor.view, Qt.Key.Key_End, CTRL)
    type_text(editor.view, " ja")
    qtbot.keyClick(editor.view, Qt.Key.Key_Escape)
    assert harness.rows()[second]["text"] == "Toinen ja"
    assert editor.selected_ids() == [second]
    qtbot.keyClick(editor.view, Qt.Key.Key_Escape)
    assert editor.selected_ids() == []


def test_shift_1_fits_the_board_and_shift_2_zooms_to_the_selection(harness: EditorHarness,
                                                                    qtbot: Any) -> None:
    editor = focused(harness.editor, qtbot)
    far = editor.commands.add("note", x=3000.0, y=2000.0, text="Kaukana")
    editor.view.zoom_to(3.0)
    editor.view.centerOn(0, 0)
    qtbot.keyClick(editor.view, Qt.Key.Key_1, SHIFT)  # as QTest sends it
    assert editor.view.is_fitted()
    fitted = editor.view.zoom()
    editor.view.zoom_to(3.0)
    # as a keyboard sends it: Shift+1 is "!" (on Finnish, Swedish and US layouts)
    QTest.sendKeyEvent(QTest.KeyAction.Click, editor.view, Qt.Key.Key_Exclam, "!", SHIFT)
    assert editor.view.is_fitted()

    editor.select([far])
    qtbot.keyClick(editor.view, Qt.Key.Key_2, SHIFT)
    note = editor.scene.by_id[far].sceneBoundingRect()
    shown = editor.view.visible_scene_rect()
    assert shown.contains(note) and editor.view.zoom() > fitted
    assert abs(shown.center().x() - note.center().x()) < 2
    assert abs(shown.center().y() - note.center().y()) < 2
