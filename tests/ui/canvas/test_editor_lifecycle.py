"""The editor lets go of its board when it closes, and a process that leaves an editor open
still exits cleanly (no crash while Python tears Qt down)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.ui.canvas.conftest import EditorHarness

ROOT = Path(__file__).resolve().parents[3]


def test_a_closed_editor_no_longer_follows_the_file(harness: EditorHarness) -> None:
    editor = harness.editor
    note = editor.add_note("Ennen")
    editor.close()
    assert editor.scene.by_id == {} and editor.scene.items() == []
    harness.services.boards.update_item(note, text="Jälkeen")  # a change from elsewhere
    harness.services.boards.add_item(harness.board_id, "note", text="Uusi")
    assert editor.scene.by_id == {}
    editor.close()  # closing twice is harmless
    reopened = harness.open()
    assert {i.row["text"] for i in reopened.scene.by_id.values()} == {"Jälkeen", "Uusi"}


SCRIPT = textwrap.dedent('''
    import io, os, sys, tempfile
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["JALOSTAMO_DATA_DIR"] = tempfile.mkdtemp()
    from PIL import Image
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from jalostamo.services import Services
    from jalostamo.ui.bridge import ChangeBridge
    from jalostamo.ui.canvas.board_view import BoardEditor
    svc = Services.create(Path(tempfile.mkdtemp()) / "exit.jalostamo", "Exit")
    team = svc.teams.add("Turku")
    board = svc.boards.create_board(team, "Malli", "stakeholder_map")
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(buffer, "PNG")
    media = svc.media.import_bytes(buffer.getvalue(), "lego.png", team_id=team)
    a, b, c = svc.boards.add_items(board, [
        {"kind": "note", "text": "Asukkaat", "x": 0.0, "y": 0.0},
        {"kind": "photo", "media_id": media, "x": 300.0, "y": 0.0, "width": 160.0,
         "height": 120.0},
        {"kind": "frame", "text": "Kehys", "x": -50.0, "y": -50.0, "width": 700.0,
         "height": 400.0, "z": -1.0}])
    svc.boards.connect(board, a, b, "kumppani")
    editors = []
    for zoom in (1.0, 0.05):  # faces shown, and zoomed out (flat fills)
        editor = BoardEditor(svc, QUndoStack(), ChangeBridge(svc), board)
        editor.show()
        editor.view.zoom_to(zoom)
        editor.select([a, c])
        editor.grab()
        editors.append(editor)
    print("left open", flush=True)
    sys.exit(0)  # editors, scenes, items and cached fonts are left for interpreter shutdown
''')


def test_the_process_exits_cleanly_with_editors_left_open(tmp_path: Path) -> None:
    script = tmp_path / "leave_open.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-X", "faulthandler", str(script)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert "left open" in done.stdout, done.stderr
    assert done.returncode == 0, done.stderr[-2000:]
