"""The longest stall of the UI thread while each long task runs, on the large demo.

A QTimer ticks every 10 ms on the UI thread and records how late each tick comes; meanwhile
one long task runs the way the app runs it (``jalostamo.ui.workers``): dropping 10 phone
photos (12 MP) on a board, the automatic backup, merging three team files, the programme
report, and importing a JSON export of the programme. For each task it prints its duration
and the UI thread's longest stall; ``ratio:`` is the worst stall against the task's own
duration (the share of the task the window stood still at worst). Goal: every stall ≤ 100 ms.

    QT_QPA_PLATFORM=offscreen python benchmarks/ui_stall.py [--photos 10] [--teams 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from _common import private_user_data

TICK_MS = 10


class StallMeter:
    """Ticks every 10 ms on the UI thread; the longest gap between ticks beyond 10 ms."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.ticks = 0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last - TICK_MS / 1000)
        self.last = now
        self.ticks += 1

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.worst


def run_task(name: str, start: Callable[[], Any], done: Callable[[], bool]) -> tuple[float, float]:
    """Start a task, spin the event loop until ``done()``; (seconds, worst stall)."""
    from PySide6.QtWidgets import QApplication

    meter = StallMeter()
    meter.start()
    began = time.perf_counter()
    start()
    while not done():
        QApplication.processEvents()
        time.sleep(0.001)  # the UI thread's idle wait, as in Qt's event loop
    seconds = time.perf_counter() - began
    stall = meter.stop()
    print(f"{name}: {seconds:.2f} s, longest UI stall {stall * 1000:.0f} ms "
          f"({meter.ticks} ticks)", flush=True)
    return seconds, stall


def team_files(demo: Path, folder: Path, count: int) -> list[Path]:
    """Team files of the first teams, each with a few edits made on the team's laptop."""
    from jalostamo.models import BoardItem
    from jalostamo.services import Services

    out = []
    with Services.open(demo) as svc:
        teams = svc.teams.list()[:count]
        for team in teams:
            path = folder / f"team-{team.id[:8]}.jalostamo"
            svc.team_files.make_team_file(team.id, path)
            out.append((path, team.id))
    returned = []
    for path, team_id in out:
        with Services.open(path, device_id=f"dev-{team_id[:8]}") as team:
            board = team.boards.board_for_team(team_id)
            team.entities.create_many(BoardItem, [
                {"board_id": board, "kind": "note", "text": f"Uusi {n}"} for n in range(50)])
            team.teams.update_card(team_id, title="Tiimin uusi otsikko")
        returned.append(path)
    return returned


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=10)
    parser.add_argument("--teams", type=int, default=3)
    args = parser.parse_args()
    private_user_data()
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from jalostamo.services import Services
    from jalostamo.services.demo import build_demo
    from jalostamo.services.json_export import export_file
    from jalostamo.services.json_import import import_json
    from jalostamo.store.backup_policy import BackupPolicy
    from jalostamo.store.backup_scheduler import PendingBackup
    from jalostamo.ui import workers
    from jalostamo.ui.bridge import ChangeBridge
    from jalostamo.ui.canvas.board_view import BoardEditor
    from jalostamo.ui.teamwork.merge_worker import run_merge
    from tests.data.images.make import photo

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="jalostamo-stall-"))
    demo = folder / "large.jalostamo"
    print("building the large demo…", flush=True)
    build_demo(demo, size="large")
    print(f"large demo: {demo.stat().st_size / 1e6:.0f} MB", flush=True)
    photos = []
    for n in range(args.photos):
        path = folder / f"photo{n:02}.jpg"
        path.write_bytes(photo((4000, 3000), seed=n))
        photos.append(path)
    returned = team_files(demo, folder, args.teams)
    export = folder / "export.json"
    export_file(demo, export)

    results: list[tuple[str, float, float]] = []
    svc = Services.open(demo)
    bridge = ChangeBridge(svc)
    stack = QUndoStack()
    team = svc.teams.list()[0]
    editor = BoardEditor(svc, stack, bridge, svc.boards.board_for_team(team.id))
    editor.resize(1300, 850)
    editor.show()
    app.processEvents()

    job: list[Any] = []

    def started(new: Any) -> None:
        job[:] = [new]

    def finished() -> bool:
        return bool(job) and job[0].done

    def task(name: str, begin: Callable[[], Any]) -> None:
        job.clear()
        seconds, stall = run_task(name, lambda: started(begin()), finished)
        if job[0].error is not None:
            print(f"  {name} failed: {job[0].error!r}")
        results.append((name, seconds, stall))

    task(f"photo import ({args.photos} × 12 MP)", lambda: editor.import_photos(photos))
    pending = PendingBackup(svc.doc.path, svc.doc.programme_id, "manual", BackupPolicy())
    task("backup", lambda: workers.start("backup", lambda t: pending.run(
        lambda d, n: t.progress(d, n))))
    task(f"merge ({len(returned)} team files)", lambda: workers.start(
        "merge", lambda t: run_merge(svc.merge, returned, t, write=True)))

    def report(t: Any) -> Any:  # as the Export dialog does: in a helper process
        from jalostamo.ui.reports.report_process import build_in_helper

        return build_in_helper(svc.doc.path, folder / "programme.pdf",
                               {"kind": "programme", "lang": "fi", "overwrite": True}, t)

    task("programme report", lambda: workers.start("report", report))
    task("JSON import", lambda: workers.start(
        "import", lambda t: import_json(export, folder / "imported.jalostamo")))
    editor.close()
    bridge.detach()
    svc.close()
    worst = max(results, key=lambda r: r[2])
    print(f"worst stall: {worst[2] * 1000:.0f} ms ({worst[0]}); goal ≤ 100 ms: "
          f"{'met' if worst[2] <= 0.1 else 'NOT met'}")
    print(f"ratio: {worst[2] / worst[1]:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
