"""Startup: process start to the first painted main window with the large demo open, against a
bare PySide6 QMainWindow started the same way (a new Python process, offscreen Qt).

    python benchmarks/startup.py [--runs N]

"Open" is checked, not assumed: before it reports the paint, the app's child asserts that the
painted window shows the programme's name and one matrix row per team (read by this script
with plain sqlite3). It also reports when the document is live (editable) and whether
SQLAlchemy was loaded before the first paint. Prints each run, min and median of every figure
and, last, ``ratio: R`` (median app / median bare; the target is R <= 1.5).

Bare and app runs come in pairs, in alternating order, before the heavy runs (the domain
import and the editable document, whose close writes a 32 MB backup) so that those do not
disturb them. The app's child imports its modules in the order ``jalostamo FILE`` does and
finds its settings where the app finds a user's (platformdirs; on Linux under a temporary
``XDG_DATA_HOME``).

The children may write and use bytecode caches (``PYTHONDONTWRITEBYTECODE`` is dropped), as an
installed app does (pip compiles on install); the warm-up runs write them, and compiling our
sources at every start would only measure the development tree.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys, time

mode, path, name, teams = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
if mode in ("app", "live"):  # in the order `jalostamo FILE` imports them (cli, then ui.app)
    from jalostamo.ui.app import create_window
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTableWidget

class FirstPaint(QObject):
    seen = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            if mode != "bare" and mode != "domain":
                title = window.findChild(QLabel, "overviewTitle")
                matrix = window.findChild(QTableWidget, "progressMatrix")
                shown = (title.text() if title else None, matrix.rowCount() if matrix else None)
                if shown != (name, teams) or not matrix.isVisible():
                    print(f"wrong first frame: {shown!r}", flush=True)
                    QTimer.singleShot(0, QApplication.quit)
                    return False
                print("painted", "sqlalchemy" in sys.modules, flush=True)
            else:
                print("painted", flush=True)
            if mode != "live":
                QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
if mode in ("bare", "domain"):
    if mode == "domain":  # the bare window plus importing the domain layer (SQLAlchemy, models)
        from jalostamo.services import Services  # noqa: F401
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
else:
    from pathlib import Path
    window = create_window(Path(path), lang="fi")  # reads the settings as the app does
    window.resize(1280, 800)
    if mode == "live":
        def opened(services):
            print("live", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        window.documentOpened.connect(opened)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
if mode != "bare" and mode != "domain":
    window.close()
"""


def one_run(mode: str, path: Path, expected: tuple[str, int], env: dict[str, str]
            ) -> tuple[float, float | None, bool]:
    """Seconds to the first paint, to the live document (mode "live") and whether SQLAlchemy
    was loaded before the paint."""
    start = time.perf_counter()
    live: float | None = None
    with subprocess.Popen([sys.executable, "-c", CHILD, mode, str(path), expected[0],
                           str(expected[1])], stdout=subprocess.PIPE, text=True, env=env,
                          cwd=ROOT) as child:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        painted = time.perf_counter() - start
        waited = mode == "live" and line.startswith("painted")
        if waited and child.stdout.readline().strip() == "live":
            live = time.perf_counter() - start
        child.wait(timeout=120)
    if not line.startswith("painted") or (mode == "live" and live is None):
        raise RuntimeError(f"{mode} run failed: {line!r} (exit {child.returncode})")
    return painted, live, line.endswith("True")


def expected_first_frame(path: Path) -> tuple[str, int]:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        pid, name = conn.execute("SELECT id, name FROM programmes WHERE deleted_at IS NULL"
                                 ).fetchone()
        (teams,) = conn.execute("SELECT count(*) FROM teams WHERE programme_id = ? AND "
                                "deleted_at IS NULL", (pid,)).fetchone()
    return str(name), int(teams)


def figures(label: str, values: list[float]) -> str:
    return (f"{label}: min {min(values) * 1000:.0f} ms, "
            f"median {statistics.median(values) * 1000:.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   JALOSTAMO_LANG="fi", PYTHONPATH=str(ROOT))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("JALOSTAMO_DATA_DIR", None)
        # settings of our own, found the way the app finds them for a user (platformdirs),
        # where the platform lets us point that at a temporary folder
        if sys.platform.startswith("linux"):
            env["XDG_DATA_HOME"] = str(Path(tmp) / "xdg")
        else:
            env["JALOSTAMO_DATA_DIR"] = str(Path(tmp) / "userdata")
        path = Path(tmp) / "large.jalostamo"
        build_start = time.perf_counter()
        subprocess.run([sys.executable, "-c",
                        "import sys; from pathlib import Path; "
                        "from jalostamo.services.demo import build_demo; "
                        "build_demo(Path(sys.argv[1]), size='large')", str(path)],
                       check=True, env=env, cwd=ROOT)
        expected = expected_first_frame(path)
        print(f"large demo built in {time.perf_counter() - build_start:.1f} s "
              f"({path.stat().st_size / 1e6:.1f} MB): {expected[0]!r}, {expected[1]} teams")
        one_run("bare", path, expected, env)  # warm the file cache for both
        one_run("live", path, expected, env)
        bare: list[float] = []
        app: list[float] = []
        loaded_before_paint = False
        # the pairs first, in alternating order, undisturbed by the heavy runs (which import
        # the domain and write a backup of 32 MB on close)
        for i in range(args.runs):
            for mode in (("bare", "app") if i % 2 == 0 else ("app", "bare")):
                painted, _none, loaded = one_run(mode, path, expected, env)
                (bare if mode == "bare" else app).append(painted)
                loaded_before_paint |= loaded
            print(f"run {i + 1}: bare {bare[-1] * 1000:.0f} ms, app painted {app[-1] * 1000:.0f} ms")
        domain: list[float] = []
        live: list[float] = []
        for i in range(max(3, args.runs // 2)):
            domain.append(one_run("domain", path, expected, env)[0])
            live.append(one_run("live", path, expected, env)[1] or 0.0)
            print(f"run {i + 1}: bare + domain import {domain[-1] * 1000:.0f} ms, "
                  f"app editable {live[-1] * 1000:.0f} ms")
    print(figures("bare QMainWindow", bare))
    print(figures("bare + importing the domain (Services)", domain))
    print(figures("Jalostamo, large demo painted", app))
    print(figures("Jalostamo, large demo editable (document open)", live))
    print(f"SQLAlchemy loaded before the first paint: {'yes' if loaded_before_paint else 'no'}")
    print(f"ratio of the minima: {min(app) / min(bare):.2f}")
    print(f"ratio: {statistics.median(app) / statistics.median(bare):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
