"""File dialogs start in the person's own folders, not where the app was started from, and
Qt's own dialogs speak the user's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from jalostamo.ui import file_places
from jalostamo.ui.canvas.editor_dialogs import ask_photo_files
from jalostamo.ui.translators import install_translators


@pytest.fixture(autouse=True)
def _fresh() -> None:
    file_places.forget_all()


def test_the_photo_picker_opens_in_pictures_then_where_the_last_photo_was(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    home = tmp_path / "home"
    (home / "Pictures").mkdir(parents=True)
    (home / "Documents").mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_PICTURES_DIR", str(home / "Pictures"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    asked: list[str] = []
    usb = tmp_path / "usb"
    usb.mkdir()

    def fake(parent, title, folder, pattern):
        asked.append(folder)
        return [str(usb / "lego.jpg")], pattern

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert ask_photo_files(parent) == [usb / "lego.jpg"]
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    assert asked[0] == pictures and asked[0] not in ("", str(Path.cwd()))
    ask_photo_files(parent)
    assert asked[1] == str(usb)


def test_documents_is_the_default_for_everything_else(tmp_path: Path) -> None:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = documents if documents and Path(documents).is_dir() else str(Path.home())
    assert file_places.start_folder("reports") == expected
    file_places.remember("reports", tmp_path / "raportti.pdf")
    assert file_places.start_folder("reports") == str(tmp_path)
    assert file_places.start_folder("measurements") == expected


@pytest.mark.parametrize(("lang", "word"), [("fi", "Avaa"), ("sv", "Öppna")])
def test_qts_own_dialogs_are_translated(qtbot, lang: str, word: str) -> None:
    install_translators(lang)
    try:
        assert QCoreApplication.translate("QFileDialog", "&Open").replace("&", "") == word
    finally:
        install_translators("en")


@pytest.mark.parametrize(("lang", "labels"), [
    ("fi", ["&Kansio:", "Tiedosto&nimi:", "Tiedosto&tyyppi:"]),
    ("sv", ["&Titta i:", "Fil&namn:", "Filer av &typ:"]),
])
def test_every_label_of_the_open_dialog_is_translated(qtbot, lang: str, labels: list[str]
                                                      ) -> None:
    """Qt's Finnish translation leaves "Look in:" and "Files of type:" in English; the app's
    own translation fills them in."""
    from PySide6.QtWidgets import QLabel

    install_translators(lang)
    try:
        dialog = QFileDialog(None, "", str(Path.home()), "Jalostamo (*.jalostamo)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        assert [label.text() for label in dialog.findChildren(QLabel)] == labels
    finally:
        install_translators("en")
