"""Property-based tests of merging: 2-6 laptops whose clocks are off by nothing to a year,
concurrent field edits, deletions, restores and an erasure, merged in any order, any number of
times: the same content everywhere; every acknowledged field edit live or in the conflict log;
the erased name nowhere in the merged files' bytes. And a merge killed at several points
leaves the target as it was."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from jalostamo.models import BoardItem, ItemKind, Person
from jalostamo.services import Services
from tests.services.test_merge import dump, hand_out, make_programme

YEAR_MS = 365 * 24 * 3600 * 1000
#: a laptop's clock error: exact, seconds, minutes, hours, a year either way
CLOCK_ERRORS = st.sampled_from([0, 4_000, -45_000, 7 * 60_000, -3 * 3600_000, YEAR_MS, -YEAR_MS])
FIELDS = {"text": lambda d, t: f"{d}:{t}", "x": lambda d, t: float(len(t) * 10),
          "color": lambda d, t: "#FF%04X" % (len(t) * 999)}
OPS = st.lists(
    st.tuples(st.sampled_from(["edit", "edit", "delete", "restore", "create"]),
              st.integers(0, 3), st.sampled_from(sorted(FIELDS)),
              st.text(alphabet="abcåäö", max_size=5), st.integers(0, 300)),
    max_size=5,
)
NAME = "Maija Virtanen"


class TrueTime:
    """The true time (advanced by the test) and the error of the laptop in use."""

    def __init__(self) -> None:
        self.true_ms = 1_700_000_000_000
        self.error_ms = 0

    def wall(self) -> int:
        return self.true_ms + self.error_ms

    def utcnow(self) -> datetime:
        return datetime.fromtimestamp(self.wall() / 1000, UTC)


def apply_ops(path: Path, device: str, ops: list[tuple[str, int, str, str, int]],
              ids: dict[str, str], acks: list[tuple[str, str, str, str, object]] | None = None,
              clock: TrueTime | None = None) -> None:
    svc = Services.open(path, device_id=device)
    try:
        for op, index, field_name, text, seconds in ops:
            if clock is not None:
                clock.true_ms += seconds * 1000
            live = {n.id for n in svc.entities.list(BoardItem)}
            note = ids[f"note{index}"]
            if op == "edit" and note not in live:
                continue  # a deleted note cannot be edited in the app either
            if op == "edit":
                value = FIELDS[field_name](device, text)
                if field_name == "text" and index == 0:
                    value = f"{NAME} sanoi {text}"
                if svc.entities.update(BoardItem, note, **{field_name: value}) and acks is not None:
                    field_clock = svc.entities.get(BoardItem, note).field_clock
                    assert field_clock is not None  # an edited note remembers its edit
                    stamp = field_clock[field_name][0]
                    acks.append((device, note, field_name, stamp, value))
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


def logged_losers(path: Path) -> dict[tuple[str, str, str], object]:
    """(row, field, the losing edit's stamp) -> the losing value, of every logged conflict."""
    conn = sqlite3.connect(path)
    try:
        return {(row_id, field_name, json.loads(loser).get("_stamp")):
                json.loads(loser).get(field_name)
                for row_id, field_name, loser in conn.execute(
                    "SELECT row_id, field, loser FROM conflicts")}
    finally:
        conn.close()


@contextlib.contextmanager
def true_time() -> Iterator[TrueTime]:
    from jalostamo.services import clock as hlc
    from jalostamo.services import entities

    fake = TrueTime()
    real_utcnow = entities.utcnow
    entities.utcnow = fake.utcnow
    hlc.set_wall_clock(fake.wall)
    try:
        yield fake
    finally:
        entities.utcnow = real_utcnow
        hlc.set_wall_clock(None)


@settings(max_examples=int(os.environ.get("MERGE_EXAMPLES", "5")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])  # shrinking files is slow
@given(laptops=st.lists(st.tuples(OPS, CLOCK_ERRORS), min_size=2, max_size=6),
       facilitator=OPS, erase=st.booleans(), data=st.data())
def test_any_merge_order_gives_the_same_result_and_loses_nothing(
        laptops: list[tuple[list[tuple[str, int, str, str, int]], int]],
        facilitator: list[tuple[str, int, str, str, int]], erase: bool,
        data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as tmp_dir, true_time() as clock:
        tmp = Path(tmp_dir)
        master, ids = make_programme(tmp)
        with Services.open(master, device_id="dev-facilitator") as svc:
            svc.teams.add_member(ids["turku"], NAME)
        acks: list[tuple[str, str, str, str, object]] = []
        files = []
        for k, (ops, error) in enumerate(laptops):
            path = hand_out(master, ids["turku"], tmp / f"laptop{k}.jalostamo")
            clock.error_ms = error
            apply_ops(path, f"dev-{k}", ops, ids, acks, clock)
            clock.error_ms = 0
            files.append(path)
        apply_ops(master, "dev-facilitator", facilitator, ids, acks, clock)
        if erase:
            with Services.open(master, device_id="dev-facilitator") as svc:
                [person] = [p for p in svc.entities.list(Person) if p.name == NAME]
                svc.privacy.erase_person(person.id)
        clock.true_ms += 60_000

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
        merge_into(first, [second])  # the two facilitators' copies meet
        merge_into(second, [first])

        assert dump(first) == dump(second)
        final = rows_by_id(first, "board_items")
        for version_file in [master, *files]:
            for row_id in rows_by_id(version_file, "board_items"):
                assert row_id in final  # nothing disappears
        if erase:
            for target in (first, second):
                data_bytes = target.read_bytes()
                assert b"Virtanen" not in data_bytes and b"Maija" not in data_bytes

        # every acknowledged field edit is live, or in the conflict log, or was replaced
        # by a later edit on the same laptop
        losers = logged_losers(first) | logged_losers(second)
        last_of: dict[tuple[str, str, str], str] = {}
        for device, note, field_name, stamp, _value in acks:
            last_of[(device, note, field_name)] = stamp
        for device, note, field_name, stamp, value in acks:
            if last_of[(device, note, field_name)] != stamp:
                continue
            merged = final[note]
            clock_map = json.loads(str(merged["field_clock"] or "{}"))
            live_stamp = clock_map.get(field_name, [""])[0]
            if live_stamp == stamp:
                assert merged[field_name] == value or erase
                continue
            if merged[field_name] == value:
                continue  # another edit made it the same: nothing lost
            assert (note, field_name, stamp) in losers, (device, field_name, stamp, merged)
            assert losers[(note, field_name, stamp)] == value or erase  # with its value


CRASH_POINTS = ["after-teams", "after-board_items", "before-commit"]


def test_killed_merge_leaves_target_unchanged_and_sound(tmp_path: Path) -> None:
    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    apply_ops(team_file, "dev-turku", [("edit", 0, "text", "x", 0), ("delete", 1, "text", "", 0),
                                       ("create", 0, "text", "y", 0)], ids)
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
