"""Install one area's own translation (compiled from its .ts into tmp_path) for a test."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from jalostamo.i18n import set_language
from jalostamo.ui.i18n.compile import lrelease

I18N = Path(__file__).resolve().parents[3] / "jalostamo" / "ui" / "i18n"


def installed(area: str, lang: str, tmp_path: Path) -> Iterator[None]:
    qm = tmp_path / f"{area}_{lang}.qm"
    subprocess.run([*lrelease(), str(I18N / f"{area}_{lang}.ts"), "-qm", str(qm)],
                   check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    set_language(lang)
    yield
    app.removeTranslator(translator)


def assert_complete(area: str, lang: str) -> None:
    text = (I18N / f"{area}_{lang}.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "<translation></translation>" not in text
    assert text.count("<translation>") == text.count("<source>")
