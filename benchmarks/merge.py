"""Merging 10 team files of 1,000 edits each into the large demo, then one team file of 50,000
edits (target: ratio <= 3), then the teams' return files against their whole team files.

Baseline of the first two, measured in the same run on a copy of the same target: copying the
same rows with plain SQL (ATTACH each source, INSERT OR REPLACE every row of every table, one
transaction). Wall-clock and CPU seconds are both printed: on a shared machine the CPU ratio is
the steadier.

``returns``: "Send my work" from each of the 10 team files writes a return file (only the rows
changed since the hand-out, ``services/team_return.py``); their sizes and the time to write one
are printed against the whole snapshot "Send my work" wrote before, then merging the 10 returns
into the large demo against merging the 10 whole team files (the baseline, the same merge
core), each the median of 3 runs on a fresh copy of the demo. The last line is the ``ratio:``
of return merge to whole-file merge (CPU in brackets).

    python benchmarks/merge.py [--workdir DIR] [--part small|big|returns|both|all]

``--workdir`` keeps the built files there and reuses them on the next run (the timed merges
always start from a fresh copy of the demo); ``MERGE_PROFILE=1`` prints where the merge's time
goes (cumulative and own time).
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import private_user_data

TEAM_FILES = 10
EDITS = 1000
BIG_EDITS = 50_000
REPEAT = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, help="keep (and reuse) the built files here")
    parser.add_argument("--part", choices=("small", "big", "returns", "both", "all"),
                        default="all")
    args = parser.parse_args()
    private_user_data()
    tmp = args.workdir or Path(tempfile.mkdtemp(prefix="jalostamo-merge-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    big = args.part in ("big", "both", "all")
    ready = tmp / ("ready" if big else "ready-small")
    if not ready.exists() and not (tmp / "ready").exists():
        build(tmp, big=big)
        if args.workdir:
            ready.touch()
    master = tmp / "large.jalostamo"
    if args.part in ("small", "both", "all"):
        compare(tmp, master, [tmp / f"team{k}.jalostamo" for k in range(TEAM_FILES)],
                f"{TEAM_FILES} files x {EDITS} edits")
    if args.part in ("big", "both", "all"):
        compare(tmp, tmp / "large-big.jalostamo", [tmp / "big.jalostamo"],
                f"one team file of {BIG_EDITS} edited notes")
    if args.part in ("returns", "all"):
        compare_returns(tmp, master, [tmp / f"team{k}.jalostamo" for k in range(TEAM_FILES)])
    if not args.workdir:
        shutil.rmtree(tmp, ignore_errors=True)


def build(tmp: Path, *, big: bool = True) -> None:
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

    if not big:
        return
    big_file = tmp / "big.jalostamo"
    team_id = teams[0].id
    master_with_big = tmp / "large-big.jalostamo"  # the master itself stays as the demo
    shutil.copy(master, master_with_big)
    with Services.open(master_with_big, device_id="dev-facilitator") as svc:
        board = next(b for b, t in boards.items() if t == team_id)
        have = sum(1 for item in items if item.board_id == board)
        svc.entities.create_many(BoardItem, [  # the team's board grows to BIG_EDITS notes
            {"board_id": board, "kind": "note", "text": f"Lappu {k}", "x": float(k % 300),
             "y": float(k // 300)} for k in range(max(BIG_EDITS - have, 0))])
        svc.team_files.make_team_file(team_id, big_file)
        own = svc.entities.list(BoardItem, board_id=board)
    with Services.open(big_file, device_id="dev-team-big") as team:
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


def _median_run(fn: Callable[[], object], repeat: int = REPEAT) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``repeat`` runs of ``fn``."""
    walls, cpus = [], []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def compare_returns(tmp: Path, master: Path, team_files: list[Path]) -> None:
    from jalostamo.services import Services
    from jalostamo.services.team_return import can_return
    from jalostamo.store.meta import read_meta

    returns = [tmp / f"return{k}.jalostamo" for k in range(len(team_files))]
    snapshot = tmp / "snapshot.jalostamo"
    send_new: list[float] = []
    send_old = 0.0
    for k, (team_file, out) in enumerate(zip(team_files, returns, strict=True)):
        with Services.open(team_file, device_id=f"dev-team-{k}", readonly=True) as team:
            if not can_return(read_meta(team.doc.engine)):
                raise SystemExit(f"{team_file} was handed out before return files: build again")
            send_new.append(_median_run(functools.partial(team.team_files.send_work, out))[1])
            if k == 0:  # the whole snapshot "Send my work" wrote before (Document.backup_to)
                def old_send(doc: Any = team.doc) -> None:
                    snapshot.unlink(missing_ok=True)
                    doc.backup_to(snapshot)
                send_old = _median_run(old_send)[1]
    sizes = [p.stat().st_size for p in returns]
    whole = [p.stat().st_size for p in team_files]
    print(f"sizes: return file median {statistics.median(sizes) / 1e3:.0f} KB (max "
          f"{max(sizes) / 1e3:.0f} KB) against the whole team file "
          f"{statistics.median(whole) / 1e6:.1f} MB ({statistics.median(whole) / statistics.median(sizes):.0f}x); "
          f"{len(returns)} returns {sum(sizes) / 1e6:.2f} MB, {len(team_files)} team files "
          f"{sum(whole) / 1e6:.0f} MB")
    print(f"send my work: a return {statistics.median(send_new):.2f} s CPU, the whole snapshot "
          f"{send_old:.2f} s CPU (median of {REPEAT})")

    target = tmp / "target.jalostamo"
    results: dict[str, tuple[float, float]] = {}
    for name, sources in (("whole", team_files), ("returns", returns)):
        walls, cpus = [], []
        for _ in range(REPEAT):  # each on a fresh copy of the demo; the copy is not timed
            target.unlink(missing_ok=True)
            shutil.copy(master, target)
            with Services.open(target, device_id="dev-facilitator") as svc:
                wall, cpu = _median_run(functools.partial(svc.merge.merge, sources), 1)
            walls.append(wall)
            cpus.append(cpu)
        results[name] = (statistics.median(walls), statistics.median(cpus))
    from jalostamo.store.backups import backup_file

    target.unlink(missing_ok=True)
    shutil.copy(master, target)
    backup_wall, backup_cpu = _median_run(functools.partial(backup_file, target, reason="merge"))
    (old_wall, old_cpu), (new_wall, new_cpu) = results["whole"], results["returns"]
    print(f"merge of {len(team_files)} whole team files (before, baseline): {old_wall:.2f} s "
          f"({old_cpu:.2f} s CPU), median of {REPEAT}")
    print(f"merge of {len(returns)} return files (after): {new_wall:.2f} s "
          f"({new_cpu:.2f} s CPU), median of {REPEAT}; of which the backup copy of the target "
          f"taken first, the one part that grows with the programme: {backup_wall:.2f} s "
          f"({backup_cpu:.2f} s CPU)")
    print(f"ratio: {new_wall / old_wall:.2f} (CPU {new_cpu / old_cpu:.2f})")


if __name__ == "__main__":
    main()
