"""Report, merge and JSON import at 6, 20, 60 and 150 teams, each against its baseline measured
in the same run.

The programmes are built once into ``--workdir`` (``benchmarks/_programmes.py``: the demo's
teams again and again, 10 photos for every 3 teams), with a team file for every team in which
the team edited its card and five notes of its board and sent its work ("Send my work": a
return file of the rows changed since the hand-out; the team file itself is then deleted), and
a JSON export. Then, for each size,
the median CPU seconds (``time.process_time``; the machine is shared) of ``--repeat`` runs,
each in a fresh process:

- report: the programme report (fi) / baseline: bare reportlab, as many paragraphs and
  images in a SimpleDocTemplate (``benchmarks/report_programme.py``);
- merge: every team's return merged into a copy of the programme / baseline: the same files'
  rows copied with plain SQL (ATTACH, INSERT OR REPLACE every table, one transaction each);
- JSON import: ``import_json`` of the export into a new file / baseline: ``json.loads`` of
  the same file.

Prints one line per size and task, a Markdown table for the README, and last ``ratio: R``:
the largest task / baseline ratio at the largest size.

    python benchmarks/scaling_curves.py --workdir DIR [--sizes 6,20,60,150] [--repeat 3]
        [--tasks report,merge,json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import private_user_data
from report_programme import MEASURE_BASELINE, MEASURE_REPORT

ROOT = Path(__file__).resolve().parents[1]
TASKS = ("report", "merge", "json")
NAMES = {"report": ("report", "bare reportlab"), "merge": ("merge", "raw SQLite copy"),
         "json": ("JSON import", "json.loads")}
EDITED_NOTES = 5

MERGE = textwrap.dedent("""
    import json, shutil, sys, time
    from pathlib import Path
    from jalostamo.services import Services
    programme, target = Path(sys.argv[1]), Path(sys.argv[2])
    sources = [Path(p) for p in sys.argv[3:]]
    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copy(programme, target)
    with Services.open(target, device_id="dev-facilitator") as svc:
        cpu = time.process_time()
        summary = svc.merge.merge(sources)
        cpu = time.process_time() - cpu
    print(json.dumps({"cpu": cpu, "changed": summary.total("changed")}))
""")

MERGE_BASELINE = textwrap.dedent("""
    import json, shutil, sqlite3, sys, time
    from pathlib import Path
    from jalostamo.models import Base
    programme, target = Path(sys.argv[1]), Path(sys.argv[2])
    sources = sys.argv[3:]
    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copy(programme, target)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    tables = [t.name for t in Base.metadata.sorted_tables]
    cpu = time.process_time()
    for source in sources:
        conn.execute("ATTACH DATABASE ? AS src", (source,))
        conn.execute("BEGIN")
        for table in tables:
            conn.execute(f'INSERT OR REPLACE INTO main."{table}" SELECT * FROM src."{table}"')
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
    cpu = time.process_time() - cpu
    conn.close()
    print(json.dumps({"cpu": cpu}))
""")

IMPORT = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from jalostamo.services.json_import import import_json
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    cpu = time.process_time()
    import_json(source, target)
    print(json.dumps({"cpu": time.process_time() - cpu}))
""")

IMPORT_BASELINE = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    cpu = time.process_time()
    data = json.loads(Path(sys.argv[1]).read_bytes())
    print(json.dumps({"cpu": time.process_time() - cpu}))
""")


def run(code: str, *args: str) -> dict[str, Any]:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                            cwd=ROOT)
    if result.returncode:
        raise SystemExit(f"a measurement failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def build(folder: Path, teams: int) -> None:
    """The programme, a return of a few edits from every team, a JSON export."""
    from _programmes import build_programme

    from jalostamo.models import Board, BoardItem
    from jalostamo.services import Services
    from jalostamo.services.json_export import export_file

    folder.mkdir(parents=True, exist_ok=True)
    programme = folder / "programme.jalostamo"
    started = time.perf_counter()
    summary = build_programme(programme, teams)
    with Services.open(programme, device_id="dev-facilitator") as svc:
        team_ids = [t.id for t in svc.teams.list()]
        for k, team_id in enumerate(team_ids):
            svc.team_files.make_team_file(team_id, folder / f"team{k:03d}.jalostamo")
    for k, team_id in enumerate(team_ids):
        with Services.open(folder / f"team{k:03d}.jalostamo", device_id=f"dev-team-{k}") as team:
            team.teams.update_card(team_id, title=f"Tiimin {k} uusi otsikko")
            boards = [b.id for b in team.entities.list(Board, team_id=team_id)]
            notes = [i for i in team.entities.list(BoardItem, board_id=boards[0])
                     if i.kind == "note"][:EDITED_NOTES] if boards else []
            team.entities.update_many(BoardItem, {n.id: {"text": f"{n.text} (muokattu)"}
                                                  for n in notes})
            team.team_files.send_work(folder / f"return{k:03d}.jalostamo")  # "Send my work"
        for leftover in folder.glob(f"team{k:03d}.jalostamo*"):  # the laptop's copy stays there
            leftover.unlink()
    export_file(programme, folder / "programme.json")
    (folder / "ready").touch()
    print(f"built {teams} teams in {time.perf_counter() - started:.0f} s: {summary}",
          flush=True)


def measure(folder: Path, task: str, repeat: int) -> tuple[float, float, str]:
    """Median CPU seconds of the task and of its baseline, ``repeat`` runs each, alternating."""
    programme = folder / "programme.jalostamo"
    ours, base = [], []
    note = ""
    for _ in range(repeat):
        if task == "report":
            report = run(MEASURE_REPORT, str(programme), str(folder / "programme.pdf"))
            ours.append(report["cpu"])
            base.append(run(MEASURE_BASELINE, str(folder / "bare.pdf"),
                            str(int(report["paragraphs"])), str(int(report["images"])))["cpu"])
        elif task == "merge":
            sources = [str(p) for p in sorted(folder.glob("return[0-9]*.jalostamo"))]
            merged = run(MERGE, str(programme), str(folder / "merged.jalostamo"), *sources)
            ours.append(merged["cpu"])
            note = f" ({len(sources)} returns, {merged['changed']} rows changed)"
            base.append(run(MERGE_BASELINE, str(programme), str(folder / "copied.jalostamo"),
                            *sources)["cpu"])
        else:
            ours.append(run(IMPORT, str(folder / "programme.json"),
                            str(folder / "imported.jalostamo"))["cpu"])
            base.append(run(IMPORT_BASELINE, str(folder / "programme.json"))["cpu"])
    for name in ("merged", "copied", "imported"):  # large: not kept between sizes
        for leftover in folder.glob(f"{name}.jalostamo*"):
            leftover.unlink()
    return statistics.median(ours), statistics.median(base), note


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, required=True,
                        help="the programmes are built here once and reused")
    parser.add_argument("--sizes", default="6,20,60,150")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tasks", default=",".join(TASKS))
    args = parser.parse_args()
    private_user_data()
    sizes = [int(s) for s in args.sizes.split(",")]
    tasks = [t for t in args.tasks.split(",") if t in TASKS]
    results: dict[tuple[int, str], tuple[float, float]] = {}
    for teams in sizes:
        folder = args.workdir / f"teams{teams}"
        if not (folder / "ready").exists():
            build(folder, teams)
        mb = (folder / "programme.jalostamo").stat().st_size / 1e6
        for task in tasks:
            ours, base, note = measure(folder, task, args.repeat)
            results[teams, task] = ours, base
            name, base_name = NAMES[task]
            print(f"{teams} teams ({mb:.0f} MB): {name}{note} {ours:.2f} s CPU, {base_name} "
                  f"{base:.2f} s CPU, ratio {ours / base:.1f}", flush=True)
    print()
    print("| teams | " + " | ".join(f"{NAMES[t][0]} (baseline: {NAMES[t][1]})" for t in tasks)
          + " |")
    print("|---:|" + "---|" * len(tasks))
    for teams in sizes:
        cells = [f"{results[teams, t][0]:.1f} s ({results[teams, t][1]:.2f} s, "
                 f"×{results[teams, t][0] / results[teams, t][1]:.1f})" for t in tasks]
        print(f"| {teams} | " + " | ".join(cells) + " |")
    largest = sizes[-1]
    print(f"ratio: {max(results[largest, t][0] / results[largest, t][1] for t in tasks):.2f}")


if __name__ == "__main__":
    main()
