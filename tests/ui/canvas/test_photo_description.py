"""A photo's description (alt text, "kuvaus"): offered when a photo is chosen, shown and
edited from the board, one undo step, and used as the photo's alternative text in reports."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from jalostamo.i18n import set_language, translate
from jalostamo.models import Media
from jalostamo.ui.canvas import editor_dialogs
from tests.ui.canvas.conftest import EditorHarness


def photo_file(tmp_path: Path) -> Path:
    out = io.BytesIO()
    Image.new("RGB", (320, 200), (40, 90, 160)).save(out, "JPEG")
    path = tmp_path / "lego.jpg"
    path.write_bytes(out.getvalue())
    return path


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_choosing_a_photo_offers_its_description_and_undo_takes_it_back(
        harness: EditorHarness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        lang: str, qtbot: QtBot) -> None:
    monkeypatch.setattr("jalostamo.i18n._current", None)  # restored after the test
    set_language(lang)
    asked: list[tuple[str, str]] = []

    def answer(parent: Any, caption: str, alt_text: str) -> tuple[str, str]:
        asked.append((caption, alt_text))
        return "Lego-malli", "Legohahmot: perhe, neuvola ja päiväkoti"

    monkeypatch.setattr(editor_dialogs, "ask_photo_files", lambda parent: [photo_file(tmp_path)])
    monkeypatch.setattr(editor_dialogs, "ask_photo_description", answer)
    job = harness.editor.choose_photos()  # imported off the UI thread
    assert job is not None
    qtbot.waitUntil(lambda: job.done and bool(asked), timeout=30_000)
    (item,) = job.result
    assert asked == [("", "")]  # offered right after the photo was added
    media_id = harness.rows()[item]["media_id"]
    media = harness.services.entities.get(Media, media_id)
    assert (media.caption, media.alt_text) == ("Lego-malli",
                                               "Legohahmot: perhe, neuvola ja päiväkoti")
    assert harness.stack.text(harness.stack.count() - 1) == translate("a11y.edit_alt_text", lang)

    harness.stack.undo()
    media = harness.services.entities.get(Media, media_id)
    assert (media.caption, media.alt_text) == ("", "")
    harness.stack.redo()

    # shown again from the board: the stored description is what the dialog starts from
    harness.editor.select([item])
    harness.editor.actions_by_id["describe_photo"].trigger()
    assert asked[-1] == ("Lego-malli", "Legohahmot: perhe, neuvola ja päiväkoti")


def test_describing_needs_one_selected_photo(harness: EditorHarness,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(editor_dialogs, "ask_photo_description",
                        lambda *a: pytest.fail("no photo is selected"))
    note = harness.editor.commands.add("note", x=0.0, y=0.0)
    harness.editor.select([note])
    assert harness.editor.describe_selected_photo() is None
    assert harness.editor.status.text()
