"""Property-based tests of merging: any order, any number of times, the same result; no edit
lost except the older side of a logged conflict; deletions propagate. And a merge killed at
several points leaves the target as it was."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from jalostamo.models import BoardItem, ItemKind
from jalostamo.services import Services
from tests.services.test_merge import dump, hand_out, make_programme

OPS = st.lists(
    st.tuples(st.sampled_from(["edit", "delete", "restore", "create"]), st.integers(0, 3),
              st.text(alphabet="abcåäö", max_size=5)),
    max_size=5,
)


def apply_ops(path: Path, device: str, ops: list[tuple[str, int, str]], ids: dict[str, str]) -> None:
    svc = Services.open(path, device_id=device)
    try:
        for op, index, text in ops:
            live = {n.id for n in svc.entities.list(BoardItem)}
            note = ids[f"note{index}"]
            if op == "edit" and note not in live:
                continue  # a deleted note cannot be edited in the app either
            if op == "edit":
                svc.entities.update(BoardItem, note, text=f"{device}:{text}")
            elif op == "delete":
                svc.entities.delete(BoardItem, note)
            elif op == "restore":
                svc.entities.restore(BoardItem, note)
            else:
                svc.entities.create(BoardItem, board_id=ids["board"], kind=ItemKind.NOTE,
                                    text=f"{device} uusi {text}")
    finally:
        svc.close()


def merge_into(target: Path, sources: list[Path]) -> None:
    svc = Services.open(target, device_id="dev-facilitator")
    try:
        svc.merge.merge(sources)
    finally:
        svc.close()


def rows_by_id(path: Path, table: str) -> dict[str, dict[str, object]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return {r["id"]: dict(r) for r in conn.execute(f'SELECT * FROM "{table}"')}
    finally:
        conn.close()


def logged_losers(path: Path) -> set[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return {(row_id, json.loads(loser)["updated_at"], json.loads(loser)["device_id"])
                for row_id, loser in conn.execute("SELECT row_id, loser FROM conflicts")}
    finally:
        conn.close()


@settings(max_examples=int(os.environ.get("MERGE_EXAMPLES", "12")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])  # shrinking files is slow
@given(laptops=st.lists(OPS, min_size=2, max_size=5), facilitator=OPS, data=st.data())
def test_any_merge_order_gives_the_same_result_and_loses_nothing(
        laptops: list[list[tuple[str, int, str]]], facilitator: list[tuple[str, int, str]],
        data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        master, ids = make_programme(tmp)
        files = []
        for k, ops in enumerate(laptops):
            path = hand_out(master, ids["turku"], tmp / f"laptop{k}.jalostamo")
            apply_ops(path, f"dev-{k}", ops, ids)
            files.append(path)
        apply_ops(master, "dev-facilitator", facilitator, ids)

        first, second = tmp / "a.jalostamo", tmp / "b.jalostamo"
        shutil.copy(master, first)
        shutil.copy(master, second)
        order_a = data.draw(st.permutations(files))
        for path in order_a:  # one by one
            merge_into(first, [path])
        order_b = data.draw(st.permutations(files))
        repeats = data.draw(st.lists(st.sampled_from(files), max_size=3))
        merge_into(second, [*order_b, *repeats])  # all at once, some twice
        merge_into(second, list(reversed(order_a)))  # and everything again

        assert dump(first) == dump(second)

        final = rows_by_id(first, "board_items")
        losers = logged_losers(first)
        for version_file in [master, *files]:
            for row_id, row in rows_by_id(version_file, "board_items").items():
                merged = final[row_id]  # nothing disappears
                stamp = (row["updated_at"], row["device_id"])
                assert stamp <= (merged["updated_at"], merged["device_id"])  # newest wins
                if row == merged or (row["text"] == merged["text"] and \
                        row["deleted_at"] == merged["deleted_at"]):
                    continue
                ancestor = stamp == (merged["base_updated_at"], merged["base_device_id"]) or \
                    row["device_id"] == merged["device_id"]
                assert ancestor or (row_id, *stamp) in losers, (row, merged)


CRASH_POINTS = ["after-teams", "after-board_items", "before-commit"]


def test_killed_merge_leaves_target_unchanged_and_sound(tmp_path: Path) -> None:
    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    apply_ops(team_file, "dev-turku", [("edit", 0, "x"), ("delete", 1, ""), ("create", 0, "y")],
              ids)
    with Services.open(team_file, device_id="dev-turku") as team:
        team.teams.update_card(ids["turku"], title="Muuttunut")
    before = dump(master)
    for point in CRASH_POINTS:
        env = dict(os.environ, JALOSTAMO_MERGE_CRASH_AT=point)
        result = subprocess.run(
            [sys.executable, "-m", "jalostamo", "merge", str(master), str(team_file)],
            env=env, capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 70, (point, result.stderr)
        assert dump(master) == before, point
        conn = sqlite3.connect(master)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    merge_into(master, [team_file])  # the stale lock is taken over; the merge now lands
    assert dump(master) != before
    assert all(len(list(g)) == 1 for _, g in itertools.groupby(
        sorted(rows_by_id(master, "board_items"))))
