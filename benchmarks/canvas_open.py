"""Loading a 5,000-item board from the file into the editor, against plain sqlite3 reading the
same rows. The board is the one of canvas_render.py (notes with text, connectors, photos).

Timed: BoardService.items() + BoardScene.load() (rows, photo previews decoded once per media,
5,000 items added), and the whole BoardEditor construction; the baseline is sqlite3 running
the same SELECT and fetching every row. Target: the editor opens the board in <= 1 s.

    QT_QPA_PLATFORM=offscreen python benchmarks/canvas_open.py
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from _common import private_user_data
from canvas_render import build_board

REPEAT = 7


def main() -> None:
    private_user_data()
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from jalostamo.services import Services
    from jalostamo.services.boards import ITEM_FIELDS
    from jalostamo.ui.bridge import ChangeBridge
    from jalostamo.ui.canvas.board_view import BoardEditor
    from jalostamo.ui.canvas.scene import BoardScene

    path = Path(tempfile.mkdtemp()) / "open.jalostamo"
    svc, board = build_board(path)
    svc.close()

    sql = (f"SELECT {', '.join(ITEM_FIELDS)} FROM board_items WHERE board_id = ? "
           "AND deleted_at IS NULL ORDER BY z, id")
    raw, scene_load, editor_open = [], [], []
    with Services.open(path) as svc:
        for _ in range(REPEAT):
            start = time.perf_counter()
            conn = sqlite3.connect(path)
            rows = conn.execute(sql, (board,)).fetchall()
            conn.close()
            raw.append(time.perf_counter() - start)

            start = time.perf_counter()
            scene = BoardScene(svc, board, None, None, "empty")
            scene.load(svc.boards.items(board))
            scene_load.append(time.perf_counter() - start)
            assert len(scene.by_id) == len(rows) == 5000
            scene.deleteLater()

            bridge = ChangeBridge(svc)
            start = time.perf_counter()
            editor = BoardEditor(svc, QUndoStack(), bridge, board)
            editor_open.append(time.perf_counter() - start)
            editor.deleteLater()
            bridge.detach()
            app.processEvents()
    r, s, e = (statistics.median(x) * 1000 for x in (raw, scene_load, editor_open))
    print(f"plain sqlite3, same {len(rows)} rows: {r:.1f} ms")
    print(f"rows into the scene (BoardService.items + BoardScene.load): {s:.1f} ms")
    print(f"whole BoardEditor (toolbar, view, minimap, votes): {e:.1f} ms "
          f"({'within' if e <= 1000 else 'OVER'} the 1 s target)")
    print(f"ratio: {s / r:.1f}")


if __name__ == "__main__":
    main()
