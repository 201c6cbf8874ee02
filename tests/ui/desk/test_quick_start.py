"""Starting with a file: the overview is painted from a snapshot first, then the document opens
(and becomes editable) right after the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from jalostamo.services.settings import Settings
from jalostamo.store.lock import FileLock, lock_path, read_lock
from jalostamo.ui.main_window import MainWindow
from tests.ui.desk.conftest import dialogs, find


@pytest.fixture
def start(qtbot: QtBot) -> Iterator[Callable[..., MainWindow]]:
    """``start(path)``: the window ``run(path)`` shows, before its event loop runs."""
    from jalostamo.ui.app import create_window

    windows: list[MainWindow] = []

    def make(path: Path, read_only: bool = False) -> MainWindow:
        hook = sys.excepthook
        try:
            window = create_window(path, lang="fi", read_only=read_only, settings=Settings())
        finally:
            sys.excepthook = hook
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def test_overview_is_shown_from_the_snapshot_then_turns_live(start, qtbot, sample_file):
    window = start(sample_file)
    # before the first paint: the real overview, nothing editable, "Avataan…"
    assert window.services is None
    page = window.current_page()
    assert page.objectName() == "overviewPage" and not page.is_live
    assert find(page, QLabel, "overviewTitle").text() == "Kevään jalostamo"
    matrix = find(page, QTableWidget, "progressMatrix")
    assert matrix.rowCount() == 2
    assert {matrix.item(r, 0).text() for r in range(2)} == {"Turku", "Oulu"}
    assert window.statusBar().currentMessage() == "Avataan…"
    assert "Kevään jalostamo" in window.windowTitle()
    # the first frame's menu bar has the titles; the commands come right after the paint
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&Tiedosto", "&Muokkaa"]
    assert window.actions_by_id == {}
    nav = window.navigator.list
    assert {nav.item(i).text().strip() for i in range(nav.count())} >= {"Turku", "Oulu"}
    holder = read_lock(sample_file)  # the lock is taken before the paint
    assert holder is not None and holder.pid == os.getpid()
    matrix.setCurrentCell(1, 2)

    window.show()
    qtbot.waitUntil(lambda: bool(window.actions_by_id))
    assert window.services is None or window.actions_by_id["go.setup"].isEnabled()
    qtbot.waitUntil(lambda: window.services is not None)
    # the same screen, now live: selection kept, editing possible, one lock (ours)
    assert window.current_page() is page and page.is_live
    assert (matrix.currentRow(), matrix.currentColumn()) == (1, 2)
    assert matrix.rowCount() == 2
    assert window.statusBar().currentMessage() == ""
    assert window.actions_by_id["go.setup"].isEnabled()
    assert not window.services.doc.readonly
    holder = read_lock(sample_file)
    assert holder is not None and holder.pid == os.getpid()
    # it is live: a new team shows up in the overview
    window.services.teams.add("Vaasa")
    qtbot.waitUntil(lambda: matrix.rowCount() == 3)
    window.close()
    assert not lock_path(sample_file).exists()


def test_a_cell_opened_while_loading_goes_there_once_open(start, qtbot, sample_file):
    window = start(sample_file)
    matrix = find(window.current_page(), QTableWidget, "progressMatrix")
    row = next(r for r in range(matrix.rowCount()) if matrix.item(r, 0).text() == "Oulu")
    matrix.setCurrentCell(row, 2)  # Oulu's experiment card
    matrix.cellActivated.emit(row, 2)
    assert window.current_page().objectName() == "overviewPage"  # waits for the document
    window.show()
    qtbot.waitUntil(lambda: window.services is not None)
    qtbot.waitUntil(lambda: window.current_page().objectName() != "overviewPage")
    team = window.services.teams.find("Oulu")
    assert window.navigator.current_key() == f"team:{team.id}"


def test_a_file_in_use_is_offered_read_only_before_anything_is_shown(start, qtbot,
                                                                      sample_file):
    other = FileLock(sample_file)  # another copy of the app has it open
    other.acquire()
    try:
        window = start(sample_file)
        assert window.services is None and window.opening is None
        [box] = dialogs("fileInUseDialog")
        assert "on jo auki" in box.text()
        find(box, QPushButton, "openReadOnly").click()
        assert window.services is not None and window.services.doc.readonly
        assert read_lock(sample_file) is not None  # still the other one's lock
    finally:
        other.release()


def test_read_only_start_takes_no_lock(start, qtbot, sample_file):
    window = start(sample_file, read_only=True)
    assert window.opening is not None and not lock_path(sample_file).exists()
    assert window.finish_opening()
    assert window.services.doc.readonly
    assert not lock_path(sample_file).exists()


def _damage_table(path: Path, table: str, target: Path) -> None:
    """Copy ``path`` to ``target`` with the root page of ``table`` overwritten."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                               (table,)).fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = (root - 1) * page_size
    data[start:start + page_size] = b"\xa5" * page_size
    target.write_bytes(bytes(data))


def test_damage_found_after_the_paint_is_reported_and_leaves_no_lock(start, qtbot, tmp_path,
                                                                    sample_file):
    damaged = tmp_path / "rikki.jalostamo"
    _damage_table(sample_file, "board_items", damaged)  # a table the first screen does not read
    window = start(damaged)
    assert window.opening is not None  # the overview is shown; the check runs after the paint
    window.show()
    qtbot.waitUntil(lambda: bool(dialogs("damagedNoBackup")))
    [box] = dialogs("damagedNoBackup")
    assert "on vahingoittunut" in box.text()
    assert window.services is None and window.opening is None
    assert window.current_page().objectName() == "startPage"
    assert not lock_path(damaged).exists()
    box.close()


def test_damage_found_before_the_paint_is_reported_too(start, qtbot, tmp_path, sample_file):
    damaged = tmp_path / "rikki.jalostamo"
    _damage_table(sample_file, "teams", damaged)  # the first screen cannot be read
    window = start(damaged)
    assert window.opening is None
    window.show()
    qtbot.waitUntil(lambda: bool(dialogs("damagedNoBackup")))
    [box] = dialogs("damagedNoBackup")
    assert "on vahingoittunut" in box.text()
    assert window.services is None
    assert not lock_path(damaged).exists()
    box.close()


def test_the_first_frame_loads_neither_sqlalchemy_nor_qts_enum_namespace(sample_file):
    """The first paint comes before the domain layer and before PySide builds its ``Qt``
    namespace (~30 ms; jalostamo.ui.cheap_qt); the frame shows the programme."""
    code = """
import sys
from pathlib import Path
from jalostamo.services.settings import Settings
from jalostamo.ui.app import create_window
window = create_window(Path(sys.argv[1]), lang="fi", settings=Settings())
import PySide6.QtCore as QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
seen = []

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.append((window.findChild(QLabel, "overviewTitle").text(), "|",
                         "sqlalchemy" in sys.modules, "alembic" in sys.modules,
                         "Qt" in vars(QtCore), window.opening is not None))
            QTimer.singleShot(0, QApplication.quit)
        return False

watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
QApplication.exec()
print(*seen[0])
window.close()
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code, str(sample_file)], capture_output=True,
                         text=True, env=env, check=True).stdout.strip().splitlines()[-1]
    assert out == "Kevään jalostamo | False False False True"
    assert not lock_path(sample_file).exists()  # closed: the lock is released


def test_the_first_frames_roles_are_qts():
    from PySide6.QtCore import Qt

    from jalostamo.ui import cheap_qt

    assert Qt.ItemDataRole.UserRole.value == cheap_qt.USER_ROLE
    assert Qt.ItemDataRole.BackgroundRole.value == cheap_qt.BACKGROUND_ROLE


def test_people_text_with_markup_is_shown_literally(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from jalostamo.ui.cheap_qt import show_plain

    label = QLabel()
    qtbot.addWidget(label)
    show_plain(label, "Kokeilu & pilotti")
    assert label.textFormat() == Qt.TextFormat.AutoText  # nothing to mistake for markup
    show_plain(label, "<b>Pilotti</b>")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>Pilotti</b>"


def test_keyboard_shortcut_to_a_screen_waits_for_the_document(start, qtbot, sample_file):
    window = start(sample_file)
    window.show_page("agenda")  # e.g. Ctrl+4 pressed at once
    assert window.current_page().objectName() == "overviewPage"
    assert window.finish_opening()
    assert window.current_page().objectName() == "agendaPage"
    assert window.current_page().isEnabled()


def test_a_file_from_a_newer_version_is_refused_as_before(start, qtbot, sample_file):
    import sqlite3

    with sqlite3.connect(sample_file) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    window = start(sample_file)
    assert window.opening is None and not lock_path(sample_file).exists()
    window.show()
    qtbot.waitUntil(lambda: bool(dialogs("userErrorDialog")))
    [box] = dialogs("userErrorDialog")
    assert "999" in box.text()
    assert window.services is None
    box.close()
