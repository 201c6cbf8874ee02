"""Select all on a 5,000-item board against a bare scene of 5,000 selectable rectangles.

The board is the one of ``canvas_render.py`` (4,000 notes, 300 photos, 700 connectors) in the
editor's own view, zoomed to fit. Three ways in are timed: the editor's ``select_all`` (what
Ctrl+A runs), Ctrl+A as a key event to the view, and a rubber band over the whole board
(``setSelectionArea``, what the view's rubber band calls); each sample starts from an empty
selection and runs the queued events (repaint requests) before the clock stops. The baseline
is a bare QGraphicsScene of 5,000 selectable QGraphicsRectItems doing ``setSelected(True)``
on all. The ratio is the editor's select-all median over the baseline's.

    QT_QPA_PLATFORM=offscreen python benchmarks/canvas_select.py [items]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import canvas_render
from _common import private_user_data

SAMPLES = 7


def timed_ms(app: Any, clear: Callable[[], None], run: Callable[[], None]) -> tuple[float, float]:
    """(selecting, selecting and the repaint that follows) in ms."""
    clear()
    app.processEvents()
    start = time.perf_counter()
    run()
    selected = time.perf_counter()
    app.processEvents()
    return (selected - start) * 1000, (time.perf_counter() - start) * 1000


def main() -> None:
    if len(sys.argv) > 1:  # a smaller board: e.g. to time the old code, which is quadratic
        scale = int(sys.argv[1]) / 5000
        canvas_render.NOTES = int(4000 * scale)
        canvas_render.PHOTOS = int(300 * scale)
        canvas_render.CONNECTORS = int(700 * scale)
    private_user_data()
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPainterPath, QUndoStack
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene

    app = QApplication.instance() or QApplication([])
    from jalostamo.ui.bridge import ChangeBridge
    from jalostamo.ui.canvas.board_view import BoardEditor

    svc, board = canvas_render.build_board(Path(tempfile.mkdtemp()) / "select.jalostamo")
    rows = svc.boards.items(board)
    editor = BoardEditor(svc, QUndoStack(), ChangeBridge(svc), board)
    editor.view.setFixedSize(1280, 800)
    editor.show()
    app.processEvents()
    scene = editor.scene
    print(f"board: {len(rows)} items")

    bare = QGraphicsScene()
    rects = []
    for r in rows:
        rect = bare.addRect(0, 0, max(r["width"], 1.0), max(r["height"], 1.0))
        rect.setPos(r["x"], r["y"])
        rect.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        rects.append(rect)

    def select_bare() -> None:
        for rect in rects:
            rect.setSelected(True)

    def ctrl_a() -> None:
        editor.view.setFocus()
        QTest.keyClick(editor.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)

    def rubber_band() -> None:
        area = QPainterPath()
        area.addRect(QRectF(scene.itemsBoundingRect()))
        scene.setSelectionArea(area, Qt.ItemSelectionOperation.ReplaceSelection,
                               Qt.ItemSelectionMode.IntersectsItemShape)

    cases = {"select_all": editor.select_all, "Ctrl+A": ctrl_a, "rubber band": rubber_band}
    results: dict[str, float] = {}
    base = []
    for name, run in cases.items():
        samples, painted = [], []
        for _ in range(SAMPLES):
            alone, with_paint = timed_ms(app, scene.clearSelection, run)
            samples.append(alone)
            painted.append(with_paint)
            base.append(timed_ms(app, bare.clearSelection, select_bare)[0])
        assert len(scene.selected_ids()) == len(rows), name
        results[name] = statistics.median(samples)
        print(f"{name:>12}: {results[name]:.1f} ms (min {min(samples):.1f}), with the "
              f"repaint {statistics.median(painted):.1f} ms, median of {SAMPLES}; "
              f"count shown: {editor.selection_label.text()!r}")
    base_ms = statistics.median(base)
    print(f"bare scene setSelected on {len(rects)} rectangles: {base_ms:.1f} ms")
    editor.release()
    svc.close()
    print(f"ratio: {results['select_all'] / base_ms:.2f}")


if __name__ == "__main__":
    main()
