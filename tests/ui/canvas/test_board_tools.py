"""Versions, exports, dot votes, templates, clipboard and resizing in the board editor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QUndoStack

from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.canvas.board_view import BoardEditor
from jalostamo.ui.canvas.export import export_board
from jalostamo.ui.canvas.items import BoardItem, PhotoItem
from jalostamo.ui.canvas.version_compare import VersionCompare
from tests.ui.canvas.conftest import EditorHarness


def shape(editor: BoardEditor, item_id: str) -> BoardItem:
    """The shown note or shape (not a connector) of ``item_id``."""
    item = editor.scene.by_id[item_id]
    assert isinstance(item, BoardItem), item
    return item


def test_resize_by_the_handle_is_stored(harness: EditorHarness) -> None:
    editor = harness.editor
    note = editor.commands.add("note", x=0.0, y=0.0, width=160.0, height=160.0)
    editor.view.resetTransform()
    editor.view.centerOn(150, 150)
    editor.select([note])
    harness.drag(QPointF(155, 155), QPointF(255, 205))
    row = harness.rows()[note]
    assert (row["width"], row["height"]) == (260.0, 210.0)
    harness.stack.undo()
    assert harness.rows()[note]["width"] == 160.0


def test_versions_kept_listed_and_compared_side_by_side(harness: EditorHarness,
                                                        qtbot: Any) -> None:
    editor = harness.editor
    workshop = harness.services.programme.add_workshop(number=1)
    editor.add_note("Ensimmäinen idea")
    version = editor.keep_version(workshop, "Työpaja 1")
    editor.add_note("Toinen idea")
    (kept,) = harness.services.boards.versions(harness.board_id)
    assert (kept.id, kept.workshop_id, kept.label) == (version, workshop, "Työpaja 1")
    compare = VersionCompare(harness.services, harness.board_id)
    qtbot.addWidget(compare)
    compare.choose(0, version)
    compare.choose(1, "")
    left = sorted(i.row["text"] for i in compare.scenes[0].by_id.values())
    right = sorted(i.row["text"] for i in compare.scenes[1].by_id.values())
    assert left == ["Ensimmäinen idea"]
    assert right == ["Ensimmäinen idea", "Toinen idea"]
    assert not any(i.flags() & i.GraphicsItemFlag.ItemIsMovable
                   for i in compare.scenes[0].by_id.values())


def test_export_png_and_svg_of_board_and_version(harness: EditorHarness,
                                                 tmp_path: Path) -> None:
    editor = harness.editor
    note = editor.commands.add("note", x=500.0, y=500.0, width=300.0, height=300.0,
                               text="Nuorten ääni", color="#FF0000")
    version = editor.keep_version(None, "v1")
    editor.commands.set_color([note], "#00FF00")
    png = tmp_path / "taulu.png"
    export_board(harness.services, harness.board_id, png)
    image = QImage(str(png))
    assert image.width() > 1000  # the whole template, not only the note

    def has_colour(img: QImage, colour: str) -> bool:
        want = QColor(colour)
        return any(img.pixelColor(x, y) == want
                   for x in range(0, img.width(), 7) for y in range(0, img.height(), 7))

    assert has_colour(image, "#00FF00") and not has_colour(image, "#FF0000")
    old = tmp_path / "versio.png"
    export_board(harness.services, harness.board_id, old, version_id=version)
    assert has_colour(QImage(str(old)), "#FF0000")
    svg = tmp_path / "taulu.svg"
    export_board(harness.services, harness.board_id, svg)
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Nuorten" in text and "sidosryhmät" in text


def test_dot_vote_from_the_editor(harness: EditorHarness) -> None:
    editor = harness.editor
    a = editor.commands.add("note", x=0.0, y=0.0, text="Vaihtoehto A")
    b = editor.commands.add("note", x=300.0, y=0.0, text="Vaihtoehto B")
    editor.start_vote(2)
    editor.select([a])
    editor.place_dot_on_selected("Turku")
    editor.place_dot_on_selected("Oulu")
    editor.select([b])
    editor.place_dot_on_selected("Turku")
    assert shape(editor, a).dots == 2 and shape(editor, b).dots == 1
    assert editor.side.results.item(0).text().startswith("1. ")
    assert editor.side.results.item(0).text().endswith(" 2 ●")
    editor.select([a])
    editor.actions_by_id["place_dot"].trigger()  # no voter typed: refused, in Finnish
    assert "äänestäjän" in editor.status.text()
    editor.side.voter_edit.setText("Turku")
    editor.actions_by_id["place_dot"].trigger()  # Turku has used both dots
    assert "Turku" in editor.status.text() and shape(editor, a).dots == 2
    harness.stack.undo()  # Turku's dot on B
    assert shape(editor, b).dots == 0
    editor.end_vote()
    assert shape(editor, a).dots == 2  # the ended vote's result stays shown, and in the file
    assert shape(editor, a).top_voted
    vote = harness.services.boards.dot_votes.votes(harness.board_id)[0]
    assert harness.services.boards.dot_votes.results(vote.id) == [(a, 2)]


def test_template_change_is_undoable(harness: EditorHarness) -> None:
    editor = harness.editor
    editor.set_template("phenomenon_canvas")
    assert harness.services.boards.board(harness.board_id).template_key == "phenomenon_canvas"
    assert editor.scene.template is not None
    assert editor.scene.template["zones"][0]["label"] == "Ilmiön osatekijät"
    harness.stack.undo()
    assert editor.scene.template["title"] == "Sidosryhmäkartta"


def test_copy_paste_between_programmes_through_the_clipboard(
        harness: EditorHarness, tmp_path: Path, qtbot: Any) -> None:
    editor = harness.editor
    a = editor.commands.add("note", x=0.0, y=0.0, text="Kopioitava")
    b = editor.commands.add("shape", x=400.0, y=0.0, shape="ellipse", text="Kohde")
    editor.commands.add("connector", source_id=a, target_id=b, label="vie")
    editor.select([a, b])
    editor.copy_selected()
    with Services.create(tmp_path / "muu.jalostamo", "Muu") as other:
        board = other.boards.create_board(other.teams.add("Oulu"))
        bridge = ChangeBridge(other)
        target = BoardEditor(other, QUndoStack(), bridge, board)
        qtbot.addWidget(target)
        ids = target.paste()
        rows = {r["id"]: r for r in other.boards.items(board)}
        assert set(ids) == set(rows) and len(rows) == 3
        assert sorted(r["text"] for r in rows.values() if r["text"]) == ["Kohde", "Kopioitava"]
        link = next(r for r in rows.values() if r["kind"] == "connector")
        assert link["label"] == "vie" and {link["source_id"], link["target_id"]} <= set(rows)
        assert set(target.scene.by_id) == set(rows)
        bridge.detach()


def test_pasting_when_nothing_was_ever_copied_does_nothing(
        harness: EditorHarness, monkeypatch: Any) -> None:
    """Some platforms give no clipboard data at all before anything is copied (Ctrl+V at the
    start of a workshop raised an error)."""
    from jalostamo.ui.canvas import clipboard

    class _Empty:
        def mimeData(self) -> None:
            return None

    monkeypatch.setattr(clipboard.QGuiApplication, "clipboard", staticmethod(lambda: _Empty()))
    before = harness.rows()
    assert harness.editor.paste() == []
    assert harness.rows() == before and not harness.stack.canUndo()


def test_pasting_an_image_adds_a_photo_that_survives_undo(harness: EditorHarness) -> None:
    from PySide6.QtGui import QGuiApplication

    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366CC"))
    QGuiApplication.clipboard().setImage(image)
    (photo,) = harness.editor.paste()
    row = harness.rows()[photo]
    assert row["kind"] == "photo" and row["media_id"]
    assert row["height"] == row["width"] * 200 / 320  # the photo keeps its aspect ratio
    shown = harness.editor.scene.by_id[photo]
    assert isinstance(shown, PhotoItem)
    assert shown.pixmap is not None and not shown.pixmap.isNull()
    harness.stack.undo()
    assert photo not in harness.rows()
    harness.stack.redo()
    assert harness.rows()[photo]["media_id"] == row["media_id"]


def test_quitting_with_board_items_on_the_clipboard_is_clean() -> None:
    """Copied items are a QMimeData made in Python; Qt used to delete it after Python had
    stopped, and the app crashed as it quit (a segfault, exit -11)."""
    import os
    import subprocess
    import sys

    code = ("from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from jalostamo.ui.canvas import clipboard\n"
            "clipboard.put_items({'items': [{'text': 'Kopioitava', 'label': ''}]})\n"
            "print(clipboard.take()[0])\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert (done.returncode, done.stdout.strip()) == (0, "items")
