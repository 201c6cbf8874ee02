"""Full-viewport repaint of a 5,000-item board against a bare scene of 5,000 rectangles.

The board holds 4,000 sticky notes with text, 700 connectors and 300 photos (BoardView, the
editor's own view and items). The baseline is a bare QGraphicsScene/QGraphicsView with 5,000
plain QGraphicsRectItems at the same places. Both viewports are 1280x800 and show the whole
board (fit); samples alternate between the two so that a noisy machine hits both alike, and
both sides get the same number of repaints. The ratio is the board's median over the bare
scene's median; the ratio of the minimums is printed too (the least disturbed repaint of each).
The 100 % zoom case (a few dozen items in full detail) is printed for information.

    QT_QPA_PLATFORM=offscreen python benchmarks/canvas_render.py
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from _common import private_user_data

NOTES, CONNECTORS, PHOTOS = 4000, 700, 300
COLS, PITCH = 100, 200.0
SAMPLES = 60
WORDS = ("Nuoret", "aikuiset", "osallisuus", "asukasraati", "kirjasto", "kumppanuus",
         "järjestöt", "lapsiperheet", "kokeilu", "palvelu", "kaupunki", "kysely")


def build_board(path: Path) -> tuple[Any, str]:
    """A programme file with one 5,000-item board; returns (services, board id)."""
    from PIL import Image

    from jalostamo.services import Services

    svc = Services.create(path, "Benchmark")
    team = svc.teams.add("Turku")
    board = svc.boards.create_board(team, "Iso taulu", "empty")
    media = []
    for i in range(10):
        buffer = io.BytesIO()
        Image.new("RGB", (640, 480), (40 + i * 20, 120, 200 - i * 10)).save(buffer, "JPEG")
        media.append(svc.media.import_bytes(buffer.getvalue(), f"lego{i}.jpg", team_id=team))
    rows: list[dict[str, Any]] = []
    photos = 0
    for i in range(NOTES + PHOTOS):
        x, y = (i % COLS) * PITCH, (i // COLS) * PITCH
        if i % 14 == 7 and photos < PHOTOS:
            photos += 1
            rows.append({"kind": "photo", "x": x, "y": y, "width": 160.0, "height": 120.0,
                         "media_id": media[i % len(media)]})
        else:
            text = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(1 + i % 5))
            rows.append({"kind": "note", "x": x, "y": y, "width": 160.0, "height": 160.0,
                         "text": text, "color": ("#FFE066", "#A0E7A0", "#9FD3FF")[i % 3]})
    ids = svc.boards.add_items(board, rows)
    links = [{"kind": "connector", "source_id": ids[i], "target_id": ids[i + 1],
              "label": "→" if i % 4 else "kumppani", "width": 0.0, "height": 0.0}
             for i in range(0, 2 * CONNECTORS, 2)]
    svc.entities.create_many(type_board_item(), [{**r, "board_id": board} for r in links])
    return svc, board


def type_board_item() -> Any:
    from jalostamo.models import BoardItem

    return BoardItem


def repaint_ms(view: Any) -> float:
    start = time.perf_counter()
    view.viewport().repaint()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    private_user_data()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPixmapCache, QUndoStack
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

    app = QApplication.instance() or QApplication([])
    QPixmapCache.setCacheLimit(256 * 1024)
    from jalostamo.ui.bridge import ChangeBridge
    from jalostamo.ui.canvas.board_view import BoardEditor

    svc, board = build_board(Path(tempfile.mkdtemp()) / "render.jalostamo")
    rows = svc.boards.items(board)
    counts = {k: sum(r["kind"] == k for r in rows) for k in ("note", "connector", "photo")}
    print(f"board: {len(rows)} items {counts}")
    editor = BoardEditor(svc, QUndoStack(), ChangeBridge(svc), board)
    view = editor.view
    view.setFixedSize(1280, 800)
    editor.show()

    bare = QGraphicsScene()
    for r in rows:
        if r["kind"] != "connector":
            bare.addRect(0, 0, r["width"], r["height"]).setPos(r["x"], r["y"])
    for _ in range(counts["connector"]):
        bare.addRect(0, 0, 160, 160).setPos(0, 0)
    base_view = QGraphicsView(bare)
    base_view.setFixedSize(1280, 800)
    base_view.show()
    app.processEvents()

    results = {}
    for case in ("fit", "100%"):
        if case == "fit":
            rect = bare.itemsBoundingRect()
            for v in (view, base_view):
                v.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        else:
            for v in (view, base_view):
                v.resetTransform()
                v.centerOn(2000, 2000)
        app.processEvents()
        for v in (view, base_view):  # warm caches
            repaint_ms(v)
            repaint_ms(v)
        board_ms, base_ms = [], []
        for _ in range(SAMPLES):
            board_ms.append(repaint_ms(view))
            base_ms.append(repaint_ms(base_view))
        results[case] = (statistics.median(board_ms), statistics.median(base_ms))
        print(f"{case:>5}: board {results[case][0]:.1f} ms (min {min(board_ms):.1f}), bare "
              f"rectangles {results[case][1]:.1f} ms (min {min(base_ms):.1f}), median of "
              f"{SAMPLES}; ratio of medians {results[case][0] / results[case][1]:.2f}, "
              f"of minimums {min(board_ms) / min(base_ms):.2f}")
    board_fit, base_fit = results["fit"]
    svc.close()
    print(f"ratio: {board_fit / base_fit:.2f}")


if __name__ == "__main__":
    main()
