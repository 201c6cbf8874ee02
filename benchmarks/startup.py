"""Startup: process start to the first painted main window with the large demo open, against a
bare PySide6 QMainWindow started the same way (a new Python process, offscreen Qt).

    python benchmarks/startup.py [--runs N]

Prints each run, the medians and, last, ``ratio: R`` (app / bare; the target is R <= 1.5).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

mode, path = sys.argv[1], sys.argv[2]

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
if mode in ("bare", "domain"):
    if mode == "domain":  # the bare window plus importing the domain layer (SQLAlchemy, models)
        import jalostamo.services  # noqa: F401
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
else:
    from pathlib import Path
    from jalostamo.services.settings import Settings
    from jalostamo.ui.app import create_window
    window = create_window(Path(path), lang="fi", settings=Settings())
    window.resize(1280, 800)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
if mode == "app":
    window.close()
"""


def one_run(mode: str, path: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    with subprocess.Popen([sys.executable, "-c", CHILD, mode, str(path)], stdout=subprocess.PIPE,
                          text=True, env=env, cwd=ROOT) as child:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        elapsed = time.perf_counter() - start
        child.wait(timeout=120)
    if line != "painted":
        raise RuntimeError(f"{mode} run did not paint (exit {child.returncode})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   JALOSTAMO_DATA_DIR=str(Path(tmp) / "userdata"), JALOSTAMO_LANG="fi",
                   PYTHONPATH=str(ROOT))
        path = Path(tmp) / "large.jalostamo"
        build_start = time.perf_counter()
        subprocess.run([sys.executable, "-c",
                        "import sys; from pathlib import Path; "
                        "from jalostamo.services.demo import build_demo; "
                        "build_demo(Path(sys.argv[1]), size='large')", str(path)],
                       check=True, env=env, cwd=ROOT)
        print(f"large demo built in {time.perf_counter() - build_start:.1f} s "
              f"({path.stat().st_size / 1e6:.1f} MB)")
        one_run("bare", path, env)  # warm the file cache for both
        one_run("app", path, env)
        bare: list[float] = []
        domain: list[float] = []
        app: list[float] = []
        for i in range(args.runs):
            bare.append(one_run("bare", path, env))
            domain.append(one_run("domain", path, env))
            app.append(one_run("app", path, env))
            print(f"run {i + 1}: bare {bare[-1] * 1000:.0f} ms, bare + domain import "
                  f"{domain[-1] * 1000:.0f} ms, app {app[-1] * 1000:.0f} ms")
    bare_ms = statistics.median(bare) * 1000
    domain_ms = statistics.median(domain) * 1000
    app_ms = statistics.median(app) * 1000
    print(f"median: bare QMainWindow {bare_ms:.0f} ms; bare + importing jalostamo.services "
          f"{domain_ms:.0f} ms; Jalostamo with the large demo {app_ms:.0f} ms")
    print(f"share of the domain import: {(domain_ms - bare_ms) / max(app_ms - bare_ms, 1):.0%} "
          f"of the app's extra time")
    print(f"ratio: {app_ms / bare_ms:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
