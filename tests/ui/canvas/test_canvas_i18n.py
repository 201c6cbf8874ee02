"""The board editor speaks Finnish and Swedish from its own .ts files (English is the source)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from jalostamo.i18n import set_language
from jalostamo.ui.i18n.compile import lrelease
from tests.ui.canvas.conftest import EditorHarness

I18N = Path(__file__).resolve().parents[3] / "jalostamo" / "ui" / "i18n"


@pytest.fixture(params=["fi", "sv"])
def language(request: pytest.FixtureRequest, qapp: object, tmp_path: Path) -> Iterator[str]:
    lang = request.param
    qm = tmp_path / f"canvas_{lang}.qm"
    subprocess.run([*lrelease(), str(I18N / f"canvas_{lang}.ts"), "-qm", str(qm)],
                   check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    set_language(lang)
    yield lang
    app.removeTranslator(translator)


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_message_is_translated(lang: str) -> None:
    text = (I18N / f"canvas_{lang}.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and "<translation></translation>" not in text
    assert len(re.findall("<message", text)) > 90


def test_editor_actions_undo_texts_and_errors_in_the_language(
        language: str, harness: EditorHarness) -> None:
    editor = harness.editor.__class__(harness.services, harness.stack, harness.bridge,
                                      harness.board_id)
    harness.qtbot.addWidget(editor)
    expected = {"fi": ("Muistilappu", "Siirrä 2 kohdetta", "Yhdysviiva"),
                "sv": ("Lapp", "Flytta 2 objekt", "koppling")}[language]
    assert editor.actions_by_id["add_note"].text() == expected[0]
    a = editor.commands.add("note", x=0.0, y=0.0)
    b = editor.commands.add("note", x=300.0, y=0.0)
    editor.commands.move({a: (10.0, 10.0), b: (320.0, 10.0)})
    assert harness.stack.text(harness.stack.count() - 1) == expected[1]
    editor.select([a])
    editor.actions_by_id["connect"].trigger()
    assert expected[2] in editor.status.text()
    assert editor.scene.template is not None
    assert editor.scene.template["title"] == {"fi": "Sidosryhmäkartta",
                                              "sv": "Intressentkarta"}[language]
