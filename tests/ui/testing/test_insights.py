"""Moving notes into insights by dropping them, with undo."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from jalostamo.models import Quadrant
from tests.ui.testing.conftest import PageSetup, type_text


def _drop(setup: PageSetup, mime_source: QMimeData, target: QTreeWidgetItem) -> None:
    """Drop what ``mime_source`` carries onto ``target``, as Qt does at the end of a drag.

    Qt delivers drop events only during a real drag (QDrag.exec blocks in a platform loop), so
    the tree's own drag-move and drop handlers are called with the events Qt would send.
    """
    tree = setup.page.insights.tree
    point = QPointF(tree.visualItemRect(target).center())
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    move = QDragMoveEvent(point.toPoint(), actions, mime_source, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
    tree.dragMoveEvent(move)
    assert move.isAccepted(), "the insight refuses the dragged notes"
    drop = QDropEvent(point, actions, mime_source, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(drop)
    assert drop.isAccepted()


def _top(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(index)
    assert item is not None, f"no insight at row {index}"
    return item


def _child(item: QTreeWidgetItem, index: int) -> QTreeWidgetItem:
    child = item.child(index)
    assert child is not None, f"no note at row {index} under {item.text(0)}"
    return child


def _tree(setup: PageSetup) -> dict[str, list[str]]:
    tree = setup.page.insights.tree
    return {_top(tree, i).text(0): [_child(_top(tree, i), j).text(0)
                                    for j in range(_top(tree, i).childCount())]
            for i in range(tree.topLevelItemCount())}


def test_dragging_notes_onto_insights_links_them_with_undo(setup: PageSetup,
                                                           qtbot: QtBot) -> None:
    svc, page = setup.svc, setup.page
    svc.testing.add_note(setup.session, Quadrant.CRITICISMS, "Aukioloajat eivät sovi")
    svc.testing.add_note(setup.session, Quadrant.IDEAS, "Iltavastaanotto")
    svc.testing.add_note(setup.session, Quadrant.LIKES, "Ystävällinen henkilökunta")
    page.tabs.setCurrentWidget(page.insights)
    board = page.insights
    for title in ("Ajat eivät sovi vuorotyöläisille", "Kohtaaminen ratkaisee"):
        type_text(board.entry, title)
        qtbot.keyClick(board.entry, Qt.Key.Key_Return)
    assert list(_tree(setup)) == ["Ajat eivät sovi vuorotyöläisille", "Kohtaaminen ratkaisee"]

    pool = board.pool
    pool.item(0).setSelected(True)
    pool.item(1).setSelected(True)
    _drop(setup, pool.mimeData(pool.selectedItems()), _top(board.tree, 0))
    assert _tree(setup)["Ajat eivät sovi vuorotyöläisille"] == [
        "Aukioloajat eivät sovi", "Iltavastaanotto"]
    assert pool.item(0).text().startswith("✓ ")

    # a supporting note dragged onto the other insight moves there
    child = _child(_top(board.tree, 0), 1)
    _drop(setup, board.tree.mimeData([child]), _top(board.tree, 1))
    assert _tree(setup) == {"Ajat eivät sovi vuorotyöläisille": ["Aukioloajat eivät sovi"],
                            "Kohtaaminen ratkaisee": ["Iltavastaanotto"]}

    setup.stack.undo()  # the move
    assert _tree(setup)["Ajat eivät sovi vuorotyöläisille"] == [
        "Aukioloajat eivät sovi", "Iltavastaanotto"]
    assert _tree(setup)["Kohtaaminen ratkaisee"] == []
    setup.stack.undo()  # the first drop
    assert all(children == [] for children in _tree(setup).values())
    setup.stack.redo()
    setup.stack.redo()
    insight = svc.testing.insights(setup.team, setup.session)[1]
    assert [n.text for n in svc.testing.supporting_notes(insight.id)] == ["Iltavastaanotto"]


def test_delete_takes_a_note_off_its_insight(setup: PageSetup, qtbot: QtBot) -> None:
    svc, board = setup.svc, setup.page.insights
    note = svc.testing.add_note(setup.session, Quadrant.QUESTIONS, "Maksaako tämä?")
    insight = svc.testing.add_insight(setup.team, "Hinta askarruttaa", session_id=setup.session)
    svc.testing.link_note(insight, note)
    setup.page.tabs.setCurrentWidget(board)
    child = _child(_top(board.tree, 0), 0)
    board.tree.setFocus()
    board.tree.setCurrentItem(child)
    qtbot.keyClick(board.tree, Qt.Key.Key_Delete)
    assert svc.testing.supporting_notes(insight) == []
    setup.stack.undo()
    assert [n.id for n in svc.testing.supporting_notes(insight)] == [note]
