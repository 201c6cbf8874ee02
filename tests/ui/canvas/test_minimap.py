"""The minimap shows the board small, follows changes of the board, and moves the view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from jalostamo.ui.canvas.minimap import Minimap
from tests.ui.canvas.conftest import EditorHarness

GREEN = QColor("#A0E7A0")


def colour_on_minimap(minimap: Minimap, scene_point: QPointF) -> QColor:
    at = minimap._to_map.map(scene_point).toPoint() - minimap.contentsRect().topLeft()
    image = minimap.picture.toImage()
    # the picture is redrawn shortly after a change: until then it may be smaller
    return image.pixelColor(at) if image.rect().contains(at) else QColor()


def test_a_new_note_appears_on_the_minimap_and_a_click_goes_there(
        harness: EditorHarness, qtbot: Any) -> None:
    editor = harness.editor
    minimap = editor.minimap
    centre = QPointF(6200.0, 4200.0)
    note = editor.commands.add("note", x=6000.0, y=4000.0, width=400.0, height=400.0,
                               color=GREEN.name())
    qtbot.waitUntil(lambda: colour_on_minimap(minimap, centre) == GREEN, timeout=10_000)

    editor.view.resetTransform()
    editor.view.centerOn(0, 0)
    assert not editor.view.visible_scene_rect().contains(centre)
    qtbot.mouseClick(minimap, Qt.MouseButton.LeftButton,
                     pos=minimap._to_map.map(centre).toPoint())
    assert editor.view.visible_scene_rect().contains(centre)

    harness.services.boards.delete_items([note])  # a change from elsewhere
    qtbot.waitUntil(lambda: colour_on_minimap(minimap, centre) != GREEN, timeout=10_000)
