"""The board at scale (issue 17): 500, 5,000, 20,000 and 50,000 items (notes, and a connector
for every 20th note), each measured against a baseline of the same size in the same run.

- open: CPU time of opening the board in the editor, fitted (rows read, the items that are
  made at once -- connectors, their ends; plain notes wait as rows, see ui/canvas/lazy.py --,
  toolbar, the first paint) against plain sqlite3 reading the rows plus a bare
  QGraphicsScene of the same number of rectangles painted once;
- memory: resident memory the open editor adds, per item, beyond the bare scene's (at open,
  and once select all has made every item);
- zoom into detail: 100 % in the middle of the board, one paint (the notes there are made),
  against the bare view doing the same;
- drag: a drag of 1,000, then of 200, selected notes through the view's mouse events, median
  CPU per mouse move, and the release (one update_many, one undo step), against a bare scene
  moving as many rectangles;
- minimap: its first picture, and a redraw after the drags, against rendering the bare scene
  into a picture of the same size;
- select all: against setSelected on every rectangle of the bare scene.

CPU times (time.process_time). Each line ends with ``ratio:``; the last lines give the growth
exponent of each from the smallest to the largest size (1.0 = linear). Sizes from the command
line:

    QT_QPA_PLATFORM=offscreen python benchmarks/canvas_scale.py [500 5000 20000 50000]
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import math
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from _common import private_user_data

SIZES = (500, 5000, 20000, 50000)
COLS = 250
PITCH = 200.0
DRAGGED = 1000
MOVES = 10
WORDS = ("asukas", "nuoret", "kirjasto", "kokeilu", "osallisuus", "palvelu", "raati")


def rss_mb() -> float:
    """Resident memory in MB (Linux /proc; elsewhere 0: the memory column is left empty)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def settle() -> float:
    """Resident memory (MB) once garbage is collected and freed memory given back to the
    system (glibc's malloc_trim; elsewhere only the collection), so that memory freed before
    a measurement does not show as memory the measured step saved."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    return rss_mb()


def build(path: Path, count: int) -> str:
    from jalostamo.models import BoardItem
    from jalostamo.services import Services

    with Services.create(path, "Benchmark") as svc:
        team = svc.teams.add("Turku")
        board = svc.boards.create_board(team, "Iso taulu", "empty")
        notes = count - count // 21
        rows = [{"kind": "note", "x": (i % COLS) * PITCH, "y": (i // COLS) * PITCH,
                 "width": 160.0, "height": 160.0, "z": float(i),
                 "text": " ".join(WORDS[(i + k) % len(WORDS)] for k in range(1 + i % 4)),
                 "color": ("#FFE066", "#A0E7A0", "#9FD3FF")[i % 3]} for i in range(notes)]
        ids = svc.boards.add_items(board, rows)
        links = [{"board_id": board, "kind": "connector", "source_id": ids[i],
                  "target_id": ids[i + 1], "label": "" if i % 40 else "kumppani",
                  "width": 0.0, "height": 0.0, "z": float(notes + i)}
                 for i in range(count - notes)]
        svc.entities.create_many(BoardItem, links)
        return board


def cpu(fn: Any) -> tuple[float, Any]:
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def bare_scene(rows: list[tuple[Any, ...]]) -> Any:
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

    scene = QGraphicsScene()
    brushes = {c: QBrush(QColor(c)) for c in ("#FFE066", "#A0E7A0", "#9FD3FF", "#FFFFFF")}
    items = []
    for x, y, w, h, color in rows:
        item = QGraphicsRectItem(0, 0, w or 1.0, h or 1.0)
        item.setPos(x, y)
        item.setBrush(brushes.get(color, brushes["#FFFFFF"]))
        scene.addItem(item)
        items.append(item)
    scene.items_list = items  # type: ignore[attr-defined]
    return scene


def measure(count: int, app: Any) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
    from PySide6.QtGui import QImage, QMouseEvent, QPainter, QUndoStack
    from PySide6.QtWidgets import QGraphicsView

    from jalostamo.services import Services
    from jalostamo.ui.bridge import ChangeBridge
    from jalostamo.ui.canvas.board_view import BoardEditor

    path = Path(tempfile.mkdtemp()) / f"scale{count}.jalostamo"
    board = build(path, count)
    app.processEvents()
    out: dict[str, float] = {}

    # baseline: plain sqlite3 and a bare scene of the same rectangles, painted once
    def baseline() -> Any:
        conn = sqlite3.connect(path)
        rows = conn.execute("SELECT x, y, width, height, color FROM board_items "
                            "WHERE board_id = ? AND deleted_at IS NULL ORDER BY z, id",
                            (board,)).fetchall()
        conn.close()
        scene = bare_scene(rows)
        view = QGraphicsView(scene)
        view.resize(1200, 800)
        view.show()
        view.fitInView(scene.itemsBoundingRect())
        view.viewport().repaint()
        return scene, view

    before = settle()
    out["open_base"], (bare, bare_view) = cpu(baseline)
    app.processEvents()
    out["mem_base"] = rss_mb() - before

    with Services.open(path) as svc:
        bridge = ChangeBridge(svc)
        stack = QUndoStack()
        before = settle()

        def open_editor() -> BoardEditor:
            editor = BoardEditor(svc, stack, bridge, board)
            editor.resize(1300, 850)
            editor.show()
            editor.view.viewport().repaint()
            return editor

        out["open"], editor = cpu(open_editor)
        # the minimap's first picture (drawn right after the first paint)
        out["minimap_cold"], _ = cpu(editor.minimap.redraw)
        app.processEvents()
        out["mem"] = rss_mb() - before
        assert len(editor.scene.by_id) == count
        out["made"] = len(editor.scene.by_id.made())

        # zoom into detail: 100 % in the middle of the board, one paint (the notes there are
        # made, with their faces), against the bare view at the same place and zoom
        view = editor.view
        middle = editor.scene.content_rect().center()

        def zoom_in(v: QGraphicsView) -> None:
            v.resetTransform()
            v.centerOn(middle)
            v.viewport().repaint()

        out["zoom"], _ = cpu(lambda: zoom_in(view))
        out["zoom_base"], _ = cpu(lambda: zoom_in(bare_view))
        bare_view.fitInView(bare.itemsBoundingRect())  # fitted again, as it was opened

        # drag 1,000 (then 200) selected notes by the mouse, as a person does
        view.resetTransform()
        view.scale(0.5, 0.5)
        viewport = view.viewport()
        # the last notes (no connector ends among them), grabbed by one in the middle
        rows = sorted((r for r in editor.scene.all_rows() if r["kind"] == "note"),
                      key=lambda r: r["z"])

        def send(kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton,
                 buttons: Qt.MouseButton) -> None:
            app.sendEvent(viewport, QMouseEvent(kind, QPointF(pos),
                                                QPointF(viewport.mapToGlobal(pos)), button,
                                                buttons, Qt.KeyboardModifier.NoModifier))

        def drag(chosen: list[dict[str, Any]]) -> tuple[float, float]:
            """(median CPU per mouse move, CPU of the release) of dragging ``chosen``."""
            notes = [editor.scene.by_id[r["id"]] for r in chosen]
            held = notes[len(notes) // 2]
            view.centerOn(held.sceneBoundingRect().center())
            editor.scene.select_items(notes)
            app.processEvents()
            grab = view.mapFromScene(held.sceneBoundingRect().center())
            left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
            send(QEvent.Type.MouseButtonPress, grab, left, left)
            steps = []
            at = grab
            for step in range(1, MOVES + 1):
                at = grab + QPoint(7 * step, 3 * step)
                took, _ = cpu(lambda at=at: (send(QEvent.Type.MouseMove, at, none, left),
                                             viewport.repaint()))
                steps.append(took)
            release, _ = cpu(lambda: (send(QEvent.Type.MouseButtonRelease, at, left, none),
                                      app.processEvents()))
            return statistics.median(steps), release

        out["drag_move"], out["release"] = drag(rows[-DRAGGED:])
        assert stack.count() == 1, "one undo step for the drag"
        others = rows[-DRAGGED - 200:-DRAGGED] if len(rows) >= DRAGGED + 200 else rows[:200]
        out["drag_move_200"], out["release_200"] = drag(others)
        assert stack.count() == 2, "one undo step for the drag"

        bare_items = bare.items_list[:DRAGGED]

        def bare_move() -> None:
            for item in bare_items:
                item.setPos(item.pos().x() + 3.5, item.pos().y() + 1.5)
            bare_view.viewport().repaint()

        out["drag_base"] = statistics.median(cpu(bare_move)[0] for _ in range(MOVES))
        bare_items = bare.items_list[:200]
        out["drag_base_200"] = statistics.median(cpu(bare_move)[0] for _ in range(MOVES))

        # the minimap: one redraw after the drags (as after any edit), against the bare
        # scene rendered at the same size
        size = editor.minimap.size()
        out["minimap"], _ = cpu(editor.minimap.redraw)

        def bare_render() -> None:
            image = QImage(max(1, size.width()), max(1, size.height()),
                           QImage.Format.Format_ARGB32_Premultiplied)
            painter = QPainter(image)
            bare.render(painter, QRectF(image.rect()), bare.itemsBoundingRect())
            painter.end()

        out["minimap_base"], _ = cpu(bare_render)

        # select all, fitted (every item made, the first time), against the bare scene's setSelected
        # on every rectangle; and the memory once every item is made
        view.fit()  # as the board was opened: Ctrl+A on the whole board
        editor.scene.clearSelection()
        app.processEvents()
        before_all = settle()
        out["select_all"], _ = cpu(editor.select_all)
        assert len(editor.selected_ids()) == count
        app.processEvents()
        out["mem_all"] = out["mem"] + rss_mb() - before_all

        def bare_select() -> None:
            for item in bare.items_list:
                item.setFlag(item.GraphicsItemFlag.ItemIsSelectable)
                item.setSelected(True)

        out["select_all_base"], _ = cpu(bare_select)
        editor.release()
        editor.deleteLater()
        bridge.detach()
        app.processEvents()
    bare_view.deleteLater()
    app.processEvents()
    return out


def main() -> None:
    private_user_data()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    sizes = [int(a) for a in sys.argv[1:]] or list(SIZES)
    results = {}
    for count in sizes:
        r = measure(count, app)
        results[count] = r
        per_item = (r["mem"] - r["mem_base"]) * 1024 / count if r["mem"] else float("nan")
        print(f"{count:>6} items: open {r['open'] * 1000:7.0f} ms CPU "
              f"(bare scene + sqlite3 {r['open_base'] * 1000:6.0f} ms) "
              f"ratio: {r['open'] / max(r['open_base'], 1e-3):.1f}")
        print(f"{'':>6}        memory {r['mem']:6.0f} MB (bare {r['mem_base']:5.0f} MB), "
              f"{per_item:.1f} KB per item beyond the bare scene; "
              f"{r['made']:.0f} items made at open, the other notes wait as rows")
        all_made = (r["mem_all"] - r["mem_base"]) * 1024 / count if r["mem"] else float("nan")
        print(f"{'':>6}        select all {r['select_all'] * 1000:5.0f} ms (bare setSelected "
              f"{r['select_all_base'] * 1000:5.0f} ms), then {all_made:.1f} KB per item "
              f"beyond the bare scene, every item made, ratio: "
              f"{r['select_all'] / max(r['select_all_base'], 1e-4):.1f}")
        print(f"{'':>6}        zoom into detail {r['zoom'] * 1000:5.0f} ms (bare "
              f"{r['zoom_base'] * 1000:5.0f} ms) ratio: "
              f"{r['zoom'] / max(r['zoom_base'], 1e-4):.1f}")
        print(f"{'':>6}        drag {DRAGGED} items: {r['drag_move'] * 1000:5.1f} ms per move, "
              f"release {r['release'] * 1000:5.0f} ms (bare move "
              f"{r['drag_base'] * 1000:5.1f} ms) ratio: "
              f"{r['drag_move'] / max(r['drag_base'], 1e-4):.1f}")
        print(f"{'':>6}        drag 200 items: {r['drag_move_200'] * 1000:5.1f} ms per move, "
              f"release {r['release_200'] * 1000:5.0f} ms (bare move "
              f"{r['drag_base_200'] * 1000:5.1f} ms) ratio: "
              f"{r['drag_move_200'] / max(r['drag_base_200'], 1e-4):.1f}")
        print(f"{'':>6}        minimap {r['minimap'] * 1000:5.0f} ms after an edit, "
              f"{r['minimap_cold'] * 1000:5.0f} ms the first (bare render "
              f"{r['minimap_base'] * 1000:5.0f} ms) ratio: "
              f"{r['minimap'] / max(r['minimap_base'], 1e-4):.1f}")
        sys.stdout.flush()
    if len(sizes) > 1:
        small, big = sizes[0], sizes[-1]
        for key in ("open", "select_all", "zoom", "drag_move", "release_200", "minimap"):
            a, b = results[small][key], results[big][key]
            if a > 0 and b > 0:
                print(f"growth exponent of {key} from {small} to {big}: "
                      f"{math.log(b / a) / math.log(big / small):.2f}")


if __name__ == "__main__":
    main()
