"""Fast entry in the feedback capture grid, with the keyboard only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jalostamo.models import Quadrant
from tests.ui.testing.conftest import PageSetup, type_text


def _texts(setup: PageSetup, quadrant: Quadrant) -> list[str]:
    notes = setup.page.grid.lists[quadrant]
    return [notes.item(i).text() for i in range(notes.count())]


def test_typing_and_enter_fill_the_quadrants_without_the_mouse(setup: PageSetup,
                                                                qtbot: QtBot) -> None:
    page = setup.page
    page.tabs.setCurrentWidget(page.grid)
    entry = page.grid.entry
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus)

    type_text(entry, "Selkeä ajanvaraus")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert entry.text() == "" and entry.hasFocus()
    type_text(entry, '"Tää on tosi kätevä"')
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.keyClick(entry, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    type_text(entry, "!! Lomake liian pitkä")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.keyClick(entry, Qt.Key.Key_PageDown)
    type_text(entry, "Saako lapsen ottaa mukaan?")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.keyClick(entry, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(entry, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    type_text(entry, "Iltavastaanotto")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.keyClick(entry, Qt.Key.Key_Return)  # an empty line adds nothing

    assert _texts(setup, Quadrant.LIKES) == ["Selkeä ajanvaraus", "“Tää on tosi kätevä”"]
    assert _texts(setup, Quadrant.CRITICISMS) == ["!! Lomake liian pitkä"]
    assert _texts(setup, Quadrant.QUESTIONS) == ["Saako lapsen ottaa mukaan?"]
    assert _texts(setup, Quadrant.IDEAS) == ["“Iltavastaanotto”"]
    stored = {n.text: n for n in setup.svc.testing.notes(setup.session)}
    assert stored["Tää on tosi kätevä"].is_quote
    assert stored["Iltavastaanotto"].is_quote
    assert stored["Lomake liian pitkä"].severity == 2
    assert stored["Lomake liian pitkä"].quadrant == Quadrant.CRITICISMS
    assert page.grid.titles[Quadrant.IDEAS].text().startswith("▶ Ideat")
    assert setup.stack.count() == 5


def test_each_note_is_one_undo_step(setup: PageSetup, qtbot: QtBot) -> None:
    entry = setup.page.grid.entry
    for text in ("Yksi", "Kaksi"):
        type_text(entry, text)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    setup.stack.undo()
    assert _texts(setup, Quadrant.LIKES) == ["Yksi"]
    assert [n.text for n in setup.svc.testing.notes(setup.session)] == ["Yksi"]
    setup.stack.redo()
    assert _texts(setup, Quadrant.LIKES) == ["Yksi", "Kaksi"]


def test_keys_move_and_delete_selected_notes(setup: PageSetup, qtbot: QtBot) -> None:
    setup.page.tabs.setCurrentWidget(setup.page.grid)
    entry = setup.page.grid.entry
    for text in ("Väärässä paikassa", "Oikeassa"):
        type_text(entry, text)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    likes = setup.page.grid.lists[Quadrant.LIKES]
    likes.setFocus()
    likes.setCurrentRow(0)
    qtbot.keyClick(likes, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert _texts(setup, Quadrant.QUESTIONS) == ["Väärässä paikassa"]
    assert _texts(setup, Quadrant.LIKES) == ["Oikeassa"]
    setup.stack.undo()
    assert _texts(setup, Quadrant.LIKES) == ["Väärässä paikassa", "Oikeassa"]
    likes.setFocus()
    qtbot.keyClick(likes, Qt.Key.Key_End)  # the last note only
    qtbot.keyClick(likes, Qt.Key.Key_Delete)
    assert _texts(setup, Quadrant.LIKES) == ["Väärässä paikassa"]
    setup.stack.undo()
    assert _texts(setup, Quadrant.LIKES) == ["Väärässä paikassa", "Oikeassa"]


def test_a_photo_is_attached_to_the_selected_note(setup: PageSetup, tmp_path: Path) -> None:
    from PIL import Image

    photo = tmp_path / "prototyyppi.jpg"
    Image.new("RGB", (640, 480), (200, 120, 40)).save(photo)
    note_id = setup.svc.testing.add_note(setup.session, Quadrant.IDEAS, "Lego-malli")
    setup.page.grid.attach_photo(note_id, photo)
    [note] = setup.svc.testing.notes(setup.session)
    assert note.media_id is not None
    assert setup.svc.media.get(note.media_id).team_id == setup.team
    assert _texts(setup, Quadrant.IDEAS) == ["Lego-malli 📷"]
    setup.stack.undo()
    assert setup.svc.testing.notes(setup.session)[0].media_id is None
