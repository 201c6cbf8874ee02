"""Issue 17's board tools as a user meets them: connectors bound to shapes, readable and
editable labels, alignment guides, group/undo, a short contextual menu, icons with their keys,
presenting the frames, templates at board creation, versions for the current workshop."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QPushButton

from jalostamo.services import Services
from jalostamo.services.board_templates import own_templates
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.canvas import editor_dialogs
from jalostamo.ui.canvas.board_view import BoardEditor
from jalostamo.ui.canvas.items import ConnectorItem
from jalostamo.ui.canvas.template_chooser import TemplateChooser, TemplateList
from jalostamo.ui.team_page import TeamPage
from tests.ui.canvas.conftest import EditorHarness


def centre(harness: EditorHarness, item_id: str) -> QPointF:
    return harness.editor.scene.by_id[item_id].sceneBoundingRect().center()


def connector_line(editor: BoardEditor, link: str
                   ) -> tuple[QPainterPath.Element, QPainterPath.Element]:
    item = editor.scene.by_id[link]
    assert isinstance(item, ConnectorItem)
    path = item.path()
    return path.elementAt(0), path.elementAt(1)


def test_a_moved_shape_takes_its_connector_end_along_also_after_a_restart(
        harness: EditorHarness, programme_path: Path, qtbot: Any) -> None:
    editor = harness.editor
    a = editor.commands.add("shape", x=0.0, y=0.0, width=200.0, height=140.0, shape="rectangle")
    b = editor.commands.add("shape", x=600.0, y=0.0, width=200.0, height=140.0,
                            shape="ellipse")
    editor.select([a, b])
    link = editor.connect_selected("johtaa")
    assert link is not None
    editor.view.resetTransform()
    editor.view.centerOn(400, 300)
    start_before = connector_line(editor, link)[0]
    editor.scene.clearSelection()
    harness.drag(centre(harness, a), centre(harness, a) + QPointF(0.0, 400.0))
    assert harness.rows()[a]["y"] == 400.0
    start_after = connector_line(editor, link)[0]
    assert (start_after.x, start_after.y) != (start_before.x, start_before.y)
    assert start_after.y > 400.0  # the line leaves the moved shape, now 400 px lower

    harness.bridge.detach()
    harness.services.close()
    with Services.open(programme_path) as again:
        bridge = ChangeBridge(again)
        reopened = BoardEditor(again, QUndoStack(), bridge, harness.board_id)
        qtbot.addWidget(reopened)
        row = {r["id"]: r for r in again.boards.items(harness.board_id)}[link]
        assert (row["source_id"], row["target_id"]) == (a, b)
        end = connector_line(reopened, link)[0]
        assert (end.x, end.y) == (start_after.x, start_after.y)
        bridge.detach()


def test_connector_labels_are_readable_fitted_and_edited_by_double_click(
        harness: EditorHarness) -> None:
    editor = harness.editor
    a = editor.commands.add("note", x=0.0, y=0.0)
    b = editor.commands.add("note", x=1600.0, y=900.0)
    editor.select([a, b])
    link = editor.connect_selected("vaikuttaa")
    assert link is not None
    editor.fit()
    editor.view.viewport().repaint()
    item = editor.scene.by_id[link]
    assert isinstance(item, ConnectorItem)
    assert item.label_px * editor.view.zoom() >= 13  # was 15 px: about 6 px on screen
    label_at = editor.view.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseDClick(editor.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, label_at)
    text_editor = editor.scene.text_editor()
    assert text_editor is not None and text_editor.toPlainText() == "vaikuttaa"


def test_a_dragged_note_snaps_to_the_edge_of_another_with_a_guide(
        harness: EditorHarness) -> None:
    editor = harness.editor
    editor.commands.add("note", x=0.0, y=0.0, width=160.0, height=160.0)
    moved = editor.commands.add("note", x=400.0, y=400.0, width=160.0, height=160.0)
    editor.view.resetTransform()
    editor.view.centerOn(300, 300)
    shown: list[int] = []
    show = editor.scene._show_guides

    def recording(lines: list[Any]) -> None:
        shown.append(len(lines))
        show(lines)

    editor.scene._show_guides = recording  # type: ignore[method-assign]
    # dropped 4 px right of the other note's left edge: it lands aligned with it
    harness.drag(centre(harness, moved), centre(harness, moved) + QPointF(-396.0, 0.0))
    assert harness.rows()[moved]["x"] == 0.0
    assert max(shown) >= 1 and editor.scene.guide_lines == []  # shown while dragging only


def test_undo_of_group_restores_the_items_apart(harness: EditorHarness) -> None:
    editor = harness.editor
    a = editor.commands.add("note", x=0.0, y=0.0)
    b = editor.commands.add("note", x=300.0, y=0.0)
    editor.select([a, b])
    editor.actions_by_id["group"].trigger()
    group = harness.rows()[a]["group_id"]
    assert group is not None and harness.rows()[b]["group_id"] == group
    harness.stack.undo()
    assert harness.rows()[a]["group_id"] is None and harness.rows()[b]["group_id"] is None
    editor.select([a])
    assert editor.selected_ids() == [a]  # no longer selects its former group
    harness.stack.redo()
    assert harness.rows()[b]["group_id"] == group


def visible_entries(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_context_menu_is_short_and_about_the_clicked_thing(harness: EditorHarness) -> None:
    editor = harness.editor
    note = editor.commands.add("note", x=0.0, y=0.0, text="Idea")
    other = editor.commands.add("note", x=400.0, y=0.0)
    on_note = visible_entries(editor.context_menu(editor.scene.by_id[note]))
    assert len(on_note) <= 12
    assert {"Edit text", "Duplicate", "Delete", "Bring to front", "Send to back",
            "Lock"} <= set(on_note)
    assert "Unlock" not in on_note and "Align left" not in on_note
    assert editor.selected_ids() == [note]  # right-clicking selects the clicked item

    on_board = visible_entries(editor.context_menu(None))
    assert "Paste" in on_board and "Delete" not in on_board and len(on_board) <= 12

    editor.select([note, other])
    on_two = editor.context_menu(editor.scene.by_id[note])
    assert {"Connect selected", "Group", "Align"} <= set(visible_entries(on_two))
    assert len(visible_entries(on_two)) <= 12

    editor.lock_selected(True)
    on_locked = visible_entries(editor.context_menu(editor.scene.by_id[note]))
    assert "Unlock" in on_locked and "Delete" not in on_locked
    # everything else is in the toolbar or its board menu
    assert editor.offered_actions() == set(editor.actions_by_id.values())


def test_toolbar_tools_have_icons_and_tooltips_with_their_keys(harness: EditorHarness) -> None:
    editor = harness.editor
    assert "(N)" in editor.actions_by_id["add_note"].toolTip()
    assert "(Ctrl+D)" in editor.actions_by_id["duplicate"].toolTip()
    for action in editor.toolbar.actions():
        if action.isVisible() and editor.toolbar.widgetForAction(action) is not None \
                and action in editor.actions_by_id.values():
            assert not action.icon().isNull(), action.text()
            assert action.toolTip().startswith(action.text().rstrip("…"))


def test_presentation_walks_the_frames_in_reading_order(harness: EditorHarness) -> None:
    editor = harness.editor
    editor.actions_by_id["present"].trigger()  # no frames yet: said so, nothing opens
    assert "ei ole kehyksiä" in editor.status.text() and editor.presentation is None
    second = editor.commands.add("frame", x=1000.0, y=0.0, width=800.0, height=500.0,
                                 text="Kaksi")
    first = editor.commands.add("frame", x=0.0, y=0.0, width=800.0, height=500.0, text="Yksi")
    third = editor.commands.add("frame", x=0.0, y=800.0, width=800.0, height=500.0,
                                text="Kolme")
    shown = editor.present()
    harness.qtbot.waitExposed(shown)
    assert shown.current_id() == first
    QTest.keyClick(shown, Qt.Key.Key_Right)
    assert shown.current_id() == second
    seen = shown.mapToScene(shown.viewport().rect()).boundingRect()
    assert seen.contains(editor.scene.by_id[second].sceneBoundingRect())
    assert not seen.contains(editor.scene.by_id[first].sceneBoundingRect())
    QTest.keyClick(shown, Qt.Key.Key_Right)
    assert shown.current_id() == third
    QTest.keyClick(shown, Qt.Key.Key_Left)
    assert shown.current_id() == second
    QTest.keyClick(shown, Qt.Key.Key_Escape)
    assert editor.presentation is None


def test_template_chosen_at_creation_puts_its_items_on_the_board(
        services: Services, qtbot: Any) -> None:
    team = services.teams.add("Oulu")
    stack = QUndoStack()
    bridge = ChangeBridge(services)
    page = TeamPage(services, stack, bridge, team)
    qtbot.addWidget(page)
    page.show_tab("board")
    # the board tab shows the templates with their previews; the facilitator picks one
    chooser = page.tab("board").findChild(TemplateList)
    assert chooser is not None, "the board tab offers no templates"
    assert {"builtin:phenomenon_canvas", "builtin:roadmap"} <= {t.key for t in chooser.templates}
    assert not chooser.item(1).icon().isNull()
    chooser.choose("builtin:phenomenon_canvas")
    create = page.tab("board").findChild(QPushButton, "createBoard")
    assert create is not None, "the board tab has no create button"
    create.click()
    (board,) = services.boards.boards(team)
    board_id = board.id
    assert board.template_key == "phenomenon_canvas"
    notes = [r for r in services.boards.items(board_id) if r["kind"] == "note"]
    assert len(notes) == 4 and "Mitä kokeilemme ensin?" in {n["text"] for n in notes}
    editor = page.tab("board")
    assert isinstance(editor, BoardEditor) and len(editor.scene.by_id) == 4

    # the facilitator saves it as a template; a new board of another team starts from it
    editor.commands.add("note", x=100.0, y=100.0, text="Oma lappu")
    editor.save_as_template("Oulun pohja")
    (own,) = own_templates()
    assert own.title == "Oulun pohja" and own.background == "phenomenon_canvas"
    other = TeamPage(services, stack, bridge, services.teams.add("Vantaa"))
    qtbot.addWidget(other)
    dialog = TemplateChooser(other)  # the chooser as a dialog lists it last
    assert dialog.templates[-1].title == "Oulun pohja"
    copied = other.create_board_from(dialog.templates[-1])
    assert sorted(r["text"] for r in services.boards.items(copied)) == sorted(
        [*(n["text"] for n in notes), "Oma lappu"])
    stack.undo()
    assert not services.boards.boards(other.team_id)
    bridge.detach()


def test_keep_version_defaults_to_the_current_workshop(harness: EditorHarness) -> None:
    programme = harness.services.programme
    programme.add_workshop(held_on=dt.date(2026, 3, 1))
    second = programme.add_workshop(held_on=dt.date(2026, 4, 15))
    programme.add_workshop(held_on=dt.date(2026, 6, 1))
    dialog, workshops, _ = editor_dialogs.version_dialog(harness.editor, harness.services,
                                                         today=dt.date(2026, 4, 15))
    assert workshops.currentData() == second and workshops.currentText().endswith("2")
    dialog.deleteLater()


def test_the_menu_key_opens_the_selections_menu(harness: EditorHarness) -> None:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    editor = harness.editor
    note = editor.commands.add("note", x=0.0, y=0.0, text="Idea")
    editor.select([note])
    asked: list[tuple[object, bool]] = []
    editor.view.menu_requested.connect(lambda item, _at, of_selection:
                                       asked.append((item, of_selection)))
    at = editor.view.viewport().rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at,
                              editor.view.viewport().mapToGlobal(at))
    QApplication.sendEvent(editor.view.viewport(), event)
    assert asked and asked[-1] == (None, True)
    shown = [m for m in QApplication.topLevelWidgets()
             if m.objectName() == "boardContextMenu" and m.isVisible()]  # not other tests' menus
    assert len(shown) == 1 and "Edit text" in visible_entries(shown[-1])  # type: ignore[arg-type]
    assert editor.selected_ids() == [note]
    for menu in shown:
        menu.close()
