"""Fixtures for the board editor: a real programme file, a real editor, mouse drags."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.canvas.board_view import BoardEditor


class EditorHarness:
    def __init__(self, services: Services, qtbot: Any) -> None:
        self.services = services
        self.team_id = services.teams.add("Turku")
        self.board_id = services.boards.create_board(self.team_id, "Malli", "stakeholder_map")
        self.stack = QUndoStack()
        self.bridge = ChangeBridge(services)
        self.qtbot = qtbot
        self.editor = self.open()

    def open(self) -> BoardEditor:
        editor = BoardEditor(self.services, self.stack, self.bridge, self.board_id)
        self.qtbot.addWidget(editor)
        editor.resize(1300, 850)
        editor.show()
        self.qtbot.waitExposed(editor)
        return editor

    def rows(self) -> dict[str, dict[str, Any]]:
        return {r["id"]: r for r in self.services.boards.items(self.board_id)}

    def drag(self, start: QPointF, end: QPointF, steps: int = 5) -> None:
        """Press at ``start``, move in steps and release at ``end`` (scene coordinates)."""
        view = self.editor.view
        viewport = view.viewport()
        a = view.mapFromScene(start)
        b = view.mapFromScene(end)
        self._send(QEvent.Type.MouseButtonPress, a, Qt.MouseButton.LeftButton)
        for i in range(1, steps + 1):
            p = a + (b - a) * i / steps
            self._send(QEvent.Type.MouseMove, QPoint(int(p.x()), int(p.y())),
                       Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)
        self._send(QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.LeftButton,
                   Qt.MouseButton.NoButton)
        QApplication.processEvents()
        del viewport

    def _send(self, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton,
              buttons: Qt.MouseButton | None = None) -> None:
        viewport = self.editor.view.viewport()
        local = QPointF(pos)
        event = QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(pos)), button,
                            buttons if buttons is not None else button,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)


@pytest.fixture
def harness(services: Services, qtbot: Any) -> Iterator[EditorHarness]:
    h = EditorHarness(services, qtbot)
    yield h
    h.bridge.detach()
