"""Another team's board in a team file, and every board of a programme opened read-only: the
board can be panned, zoomed, selected and copied, not changed; the team's own board stays
editable."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTranslator
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from jalostamo.models import ItemKind
from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.canvas import clipboard
from jalostamo.ui.canvas.actions import ACTIONS
from jalostamo.ui.canvas.board_view import BoardEditor
from jalostamo.ui.canvas.inline_editor import InlineEditor
from jalostamo.ui.canvas.view import DETAIL_ZOOM
from jalostamo.ui.i18n.compile import lrelease
from jalostamo.ui.team_page import TeamPage

LOOK_ONLY = {"copy", "select_all", "zoom_in", "zoom_out", "fit", "zoom_selection",
             "actual_size", "compare", "export_png", "export_svg", "present"}
I18N = Path(__file__).resolve().parents[3] / "jalostamo" / "ui" / "i18n"
EDIT_IDS = {spec.id for spec in ACTIONS} - LOOK_ONLY


@dataclass
class Programme:
    path: Path
    turku: str
    oulu: str
    turku_board: str
    oulu_board: str
    oulu_note: str


@pytest.fixture
def programme(tmp_path: Path) -> Programme:
    path = tmp_path / "kevat.jalostamo"
    with Services.create(path, "Kevään jalostamo", device_id="dev-facilitator") as svc:
        turku, oulu = svc.teams.add("Turku"), svc.teams.add("Oulu")
        turku_board = svc.boards.create_board(turku, "Turun malli", "empty")
        oulu_board = svc.boards.create_board(oulu, "Oulun malli", "empty")
        svc.boards.add_item(turku_board, ItemKind.NOTE, text="Turun lappu", x=0.0, y=0.0)
        oulu_note = svc.boards.add_item(oulu_board, ItemKind.NOTE, text="Oulun lappu",
                                        x=0.0, y=0.0)
        svc.boards.add_item(oulu_board, ItemKind.NOTE, text="Toinen lappu", x=400.0, y=0.0)
    return Programme(path, turku, oulu, turku_board, oulu_board, oulu_note)


class Window:
    """A team page over an open file, shown the way the main window shows it."""

    def __init__(self, services: Services, team_id: str, qtbot: Any) -> None:
        self.services = services
        self.stack = QUndoStack()
        self.bridge = ChangeBridge(services)
        self.page = TeamPage(services, self.stack, self.bridge, team_id)
        qtbot.addWidget(self.page)
        self.page.resize(1300, 900)
        self.page.show()
        self.page.show_tab("board")
        qtbot.waitExposed(self.page)
        board = self.page.tab("board")
        assert isinstance(board, BoardEditor)
        self.editor = board
        # the event loop lays the tab out; the board is fitted to each size the view is given
        qtbot.waitUntil(lambda: board.view.viewport().width() > 600 and board.view.is_fitted())

    def rows(self) -> dict[str, dict[str, Any]]:
        return {r["id"]: r for r in self.services.boards.items(self.editor.board_id)}

    def at(self, item_id: str) -> QPointF:
        return self.editor.scene.by_id[item_id].sceneBoundingRect().center()

    def drag(self, start: QPointF, end: QPointF, item_id: str) -> QPointF:
        """Drag from ``start`` to ``end``; returns where ``item_id`` was just before release."""
        view = self.editor.view
        a, b = view.mapFromScene(start), view.mapFromScene(end)
        self._send(QEvent.Type.MouseButtonPress, a, Qt.MouseButton.LeftButton)
        for i in range(1, 6):
            p = a + (b - a) * i / 5
            self._send(QEvent.Type.MouseMove, QPoint(int(p.x()), int(p.y())),
                       Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)
        held = self.at(item_id)
        self._send(QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.LeftButton,
                   Qt.MouseButton.NoButton)
        QApplication.processEvents()
        return held

    def click(self, at: QPointF) -> None:
        pos = self.editor.view.mapFromScene(at)
        self._send(QEvent.Type.MouseButtonPress, pos, Qt.MouseButton.LeftButton)
        self._send(QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.LeftButton,
                   Qt.MouseButton.NoButton)

    def _send(self, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton,
              buttons: Qt.MouseButton | None = None) -> None:
        viewport = self.editor.view.viewport()
        event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button,
                            buttons if buttons is not None else button,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    def press(self, key: Qt.Key, qtbot: Any) -> None:
        self.editor.view.setFocus()
        QApplication.processEvents()
        qtbot.keyClick(self.editor.view, key)
        QApplication.processEvents()

    def close(self) -> None:
        self.page.close()
        self.editor.release()
        self.bridge.detach()


@pytest.fixture
def team_file(programme: Programme, tmp_path: Path) -> Iterator[Services]:
    out = tmp_path / "turku.jalostamo"
    with Services.open(programme.path, device_id="dev-facilitator") as svc:
        svc.team_files.make_team_file(programme.turku, out)
    with Services.open(out, device_id="dev-turku") as team:
        yield team


@pytest.fixture
def read_only_programme(programme: Programme) -> Iterator[Services]:
    with Services.open(programme.path, readonly=True) as svc:
        assert svc.doc.readonly
        yield svc


def check_looks_but_does_not_change(window: Window, note_id: str, qtbot: Any) -> None:
    editor = window.editor
    assert editor.read_only and editor.isEnabled() and editor.view.isEnabled()
    assert "Read-only" in editor.status.text()
    before = window.rows()
    assert len(before) == 2
    # shown fitted: the notes are in sight and big enough to read
    assert editor.view.zoom() >= DETAIL_ZOOM
    assert editor.view.visible_scene_rect().contains(window.at(note_id))

    # only the actions that look, copy or navigate are offered: toolbar, context menu, keys
    assert set(editor.actions_by_id) == LOOK_ONLY
    shown = {a.text() for a in editor.offered_actions()}
    assert shown == {a.text() for a in editor.actions_by_id.values()}
    assert not editor.view.acceptDrops()  # dropped photo files are not taken in

    # zoom changes the view's transform
    zoom = editor.view.zoom()
    editor.actions_by_id["zoom_in"].trigger()
    assert editor.view.zoom() == pytest.approx(zoom * 1.25)

    # pan: the scroll bars move, and the viewport with them
    editor.view.zoom_to(2.0)
    scroll = editor.view.horizontalScrollBar().value()
    editor.view.pan_by(120, 0)
    assert editor.view.horizontalScrollBar().value() != scroll
    editor.fit()

    # a click selects the item; a drag does not move it, on screen or in the file
    start = window.at(note_id)
    window.click(start)
    assert editor.selected_ids() == [note_id]
    held = window.drag(start, start + QPointF(150.0, 90.0), note_id)
    assert held == start and window.at(note_id) == start
    assert window.rows() == before
    assert "Read-only" in editor.status.text()  # no refused edit was tried
    assert editor.selected_ids() == [note_id]

    # arrow keys do not nudge and "N" does not add a note; Delete does not delete
    for key in (Qt.Key.Key_Right, Qt.Key.Key_N, Qt.Key.Key_Delete, Qt.Key.Key_T):
        window.press(key, qtbot)
    assert window.rows() == before
    assert window.stack.count() == 0

    # copying works: the items go to the clipboard for another board
    editor.actions_by_id["copy"].trigger()
    offered = clipboard.take()
    assert offered is not None and offered[0] == "items"
    assert [i["text"] for i in offered[1]["items"]] == ["Oulun lappu"]
    # with nothing selected copy says so, and the board still says it is read-only
    editor.scene.clearSelection()
    editor.actions_by_id["copy"].trigger()
    assert "Select one or more items first." in editor.status.text()
    assert "Read-only" in editor.status.text()
    editor.select([note_id])

    # a double-click opens no text editor
    pos = editor.view.mapFromScene(start)
    qtbot.mouseDClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert not [i for i in editor.scene.items() if isinstance(i, InlineEditor)]
    assert window.rows() == before
    editor.actions_by_id["select_all"].trigger()
    assert len(editor.selected_ids()) == 2


def test_other_teams_board_in_a_team_file_is_looked_at_not_changed(
        team_file: Services, programme: Programme, qtbot: Any, tmp_path: Path) -> None:
    window = Window(team_file, programme.oulu, qtbot)
    try:
        check_looks_but_does_not_change(window, programme.oulu_note, qtbot)
        # the other team's new work, merged in, shows up on the open board
        with Services.open(programme.path, device_id="dev-facilitator") as svc:
            svc.boards.add_item(programme.oulu_board, ItemKind.NOTE, text="Oulun uusi lappu")
        team_file.merge.merge([programme.path])
        texts = {item.row.get("text") for item in window.editor.scene.by_id.values()}
        assert "Oulun uusi lappu" in texts
        assert window.editor.read_only
    finally:
        window.close()


def test_own_board_in_a_team_file_stays_editable(
        team_file: Services, programme: Programme, qtbot: Any) -> None:
    window = Window(team_file, programme.turku, qtbot)
    try:
        editor = window.editor
        assert not editor.read_only and editor.isEnabled()
        assert set(editor.actions_by_id) >= EDIT_IDS
        [note_id] = window.rows()
        start = window.at(note_id)
        held = window.drag(start, start + QPointF(150.0, 90.0), note_id)
        assert held != start
        assert window.rows()[note_id]["x"] != 0.0
        window.press(Qt.Key.Key_N, qtbot)
        assert len(window.rows()) == 2
        pos = editor.view.mapFromScene(window.at(note_id))
        qtbot.mouseDClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        assert [i for i in editor.scene.items() if isinstance(i, InlineEditor)]
    finally:
        window.close()


def test_a_programme_opened_read_only_shows_boards_read_only(
        read_only_programme: Services, programme: Programme, qtbot: Any) -> None:
    window = Window(read_only_programme, programme.oulu, qtbot)
    try:
        check_looks_but_does_not_change(window, programme.oulu_note, qtbot)
    finally:
        window.close()


def test_editable_programme_board_takes_a_shortcut(programme: Programme, qtbot: Any) -> None:
    """The same key that does nothing on a read-only board adds a note on a writable one."""
    with Services.open(programme.path) as svc:
        window = Window(svc, programme.oulu, qtbot)
        try:
            assert not window.editor.read_only
            assert "Read-only" not in window.editor.status.text()
            window.press(Qt.Key.Key_N, qtbot)
            assert len(window.rows()) == 3
        finally:
            window.close()


@pytest.mark.parametrize(("lang", "note"), [("fi", "Vain luku"), ("sv", "Skrivskyddad")])
def test_read_only_note_in_the_language(read_only_programme: Services, programme: Programme,
                                        qtbot: Any, tmp_path: Path, lang: str, note: str) -> None:
    qm = tmp_path / f"canvas_{lang}.qm"
    subprocess.run([*lrelease(), str(I18N / f"canvas_{lang}.ts"), "-qm", str(qm)],
                   check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QApplication.installTranslator(translator)
    try:
        window = Window(read_only_programme, programme.oulu, qtbot)
        try:
            assert window.editor.status.text().startswith(note)
            assert window.editor.actions_by_id["copy"].text() in ("Kopioi", "Kopiera")
        finally:
            window.close()
    finally:
        QApplication.removeTranslator(translator)


def test_the_board_stays_fitted_as_the_view_is_sized_until_the_person_zooms(
        programme: Programme, qtbot: Any) -> None:
    """The board is fitted to whatever size the layouts give the view (a tab is built hidden and
    sized later), so it never shows as a dot in an empty view; once the person zooms or pans,
    a resize leaves their view alone."""
    with Services.open(programme.path) as svc:
        window = Window(svc, programme.oulu, qtbot)
        try:
            view = window.editor.view
            wide = view.zoom()
            window.page.resize(700, 900)
            qtbot.waitUntil(lambda: view.viewport().width() < 600 and view.is_fitted())
            assert view.zoom() < wide
            assert view.visible_scene_rect().contains(window.at(programme.oulu_note))
            view.zoom_by(1.5)
            zoomed = view.zoom()
            window.page.resize(1300, 900)
            qtbot.waitUntil(lambda: view.viewport().width() > 600)
            assert view.zoom() == pytest.approx(zoomed) and not view.is_fitted()
            window.editor.fit()
            assert view.is_fitted() and view.zoom() == pytest.approx(wide, rel=0.02)
        finally:
            window.close()
