"""Merging 10 team files of 1,000 edits each into the large demo, then one team file of 50,000
edits (target: ratio <= 3).

Baseline, measured in the same run on a copy of the same target: copying the same rows with
plain SQL (ATTACH each source, INSERT OR REPLACE every row of every table, one transaction).
Wall-clock and CPU seconds are both printed: on a shared machine the CPU ratio is the steadier.

    python benchmarks/merge.py [--workdir DIR] [--part small|big|both]

``--workdir`` keeps the built files there and reuses them on the next run (the timed merges
always start from a fresh copy of the demo); ``MERGE_PROFILE=1`` prints where the merge's time
goes (cumulative and own time).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import private_user_data

TEAM_FILES = 10
EDITS = 1000
BIG_EDITS = 50_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, help="keep (and reuse) the built files here")
    parser.add_argument("--part", choices=("small", "big", "both"), default="both")
    args = parser.parse_args()
    private_user_data()
    tmp = args.workdir or Path(tempfile.mkdtemp(prefix="jalostamo-merge-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    ready = tmp / "ready"
    if not ready.exists():
        build(tmp)
        if args.workdir:
            ready.touch()
    master = tmp / "large.jalostamo"
    if args.part in ("small", "both"):
        compare(tmp, master, [tmp / f"team{k}.jalostamo" for k in range(TEAM_FILES)],
                f"{TEAM_FILES} files x {EDITS} edits")
    if args.part in ("big", "both"):
        compare(tmp, tmp / "large-big.jalostamo", [tmp / "big.jalostamo"],
                f"one team file of {BIG_EDITS} edited notes")
    if not args.workdir:
        shutil.rmtree(tmp, ignore_errors=True)


def build(tmp: Path) -> None:
    from jalostamo.models import Board, BoardItem
    from jalostamo.services import Services
    from jalostamo.services.demo import build_demo

    master = tmp / "large.jalostamo"
    master.unlink(missing_ok=True)
    start = time.perf_counter()
    build_demo(master, size="large", device_id="dev-facilitator")
    print(f"built the large demo in {time.perf_counter() - start:.1f} s")

    with Services.open(master, device_id="dev-facilitator") as svc:
        teams = svc.teams.list()
        boards = {b.id: b.team_id for b in svc.entities.list(Board)}
        items = svc.entities.list(BoardItem)
        sources = []
        for k in range(TEAM_FILES):
            out = tmp / f"team{k}.jalostamo"
            svc.team_files.make_team_file(teams[k % len(teams)].id, out)
            sources.append(out)
    for k, source in enumerate(sources):
        team_id = teams[k % len(teams)].id
        own = [item for item in items if boards.get(item.board_id) == team_id]
        with Services.open(source, device_id=f"dev-team-{k}") as team:
            done, round_ = 0, 0
            while done < EDITS:  # a team edits its own board items, some of them more than once
                batch = own[: EDITS - done]
                team.entities.update_many(
                    BoardItem, {item.id: {"text": f"Tiimi {k}.{round_}: {item.text}"[:500]}
                                for item in batch})
                done += len(batch)
                round_ += 1

    big = tmp / "big.jalostamo"
    team_id = teams[0].id
    master_with_big = tmp / "large-big.jalostamo"  # the master itself stays as the demo
    shutil.copy(master, master_with_big)
    with Services.open(master_with_big, device_id="dev-facilitator") as svc:
        board = next(b for b, t in boards.items() if t == team_id)
        have = sum(1 for item in items if item.board_id == board)
        svc.entities.create_many(BoardItem, [  # the team's board grows to BIG_EDITS notes
            {"board_id": board, "kind": "note", "text": f"Lappu {k}", "x": float(k % 300),
             "y": float(k // 300)} for k in range(max(BIG_EDITS - have, 0))])
        svc.team_files.make_team_file(team_id, big)
        own = svc.entities.list(BoardItem, board_id=board)
    with Services.open(big, device_id="dev-team-big") as team:
        for start in range(0, len(own), 5000):  # every note edited once on the team's laptop
            team.entities.update_many(
                BoardItem, {item.id: {"text": f"{item.text} (tiimi)"}
                            for item in own[start:start + 5000]})


def compare(tmp: Path, master: Path, sources: list[Path], what: str) -> None:
    from jalostamo.models import Base
    from jalostamo.services import Services

    target = tmp / "target.jalostamo"
    target.unlink(missing_ok=True)
    shutil.copy(master, target)
    with Services.open(target, device_id="dev-facilitator") as svc:
        start, cpu = time.perf_counter(), time.process_time()
        if os.environ.get("MERGE_PROFILE"):  # where the time goes
            import cProfile
            import pstats

            profile = cProfile.Profile()
            summary = profile.runcall(svc.merge.merge, sources)
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
            pstats.Stats(profile).sort_stats("tottime").print_stats(15)
        else:
            summary = svc.merge.merge(sources)
        merge_seconds = time.perf_counter() - start
        merge_cpu = time.process_time() - cpu
    print(f"merge: {merge_seconds:.2f} s ({merge_cpu:.2f} s CPU) for {what} "
          f"({summary.total('changed')} rows changed, {summary.conflicts} conflicts)")

    baseline_target = tmp / "baseline.jalostamo"
    baseline_target.unlink(missing_ok=True)
    shutil.copy(master, baseline_target)
    conn = sqlite3.connect(baseline_target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    tables = [t.name for t in Base.metadata.sorted_tables]
    start, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    for source in sources:
        conn.execute("ATTACH DATABASE ? AS src", (str(source),))
        for table in tables:
            conn.execute(f'INSERT OR REPLACE INTO main."{table}" SELECT * FROM src."{table}"')
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
        conn.execute("BEGIN")
    conn.execute("COMMIT")
    baseline_seconds = time.perf_counter() - start
    baseline_cpu = time.process_time() - cpu
    conn.close()
    print(f"plain SQL copy of the same rows: {baseline_seconds:.2f} s ({baseline_cpu:.2f} s CPU)")
    print(f"ratio: {merge_seconds / baseline_seconds:.2f} (CPU {merge_cpu / baseline_cpu:.2f})")


if __name__ == "__main__":
    main()
