"""Kill -9 at random moments: every acknowledged edit is in the file, and the file is sound.

The worker (``crash_worker.py``) edits one programme file through the services and reports each
edit after its commit returned. The test kills it after a random delay, checks the file with
``integrity_check`` and compares it with the edits it acknowledged: each must be there; only
the one edit in flight when the process died may or may not have landed. The same file is used
for every run, so each run also starts from the WAL a killed process left behind.
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from jalostamo.services import Services

WORKER = Path(__file__).with_name("crash_worker.py")
MISSING = object()


@dataclass
class Expected:
    """The state the acknowledged edits describe, and the edit that was in flight."""

    notes: dict[str, str | None] = field(default_factory=dict)  # id -> text, None: deleted
    card: dict[str, str] = field(default_factory=dict)
    acked: int = 0

    def apply(self, op: dict[str, Any]) -> None:
        if op["op"] in ("create", "update"):
            self.notes[op["id"]] = op["text"]
        elif op["op"] == "delete":
            self.notes[op["id"]] = None
        else:
            self.card[op["field"]] = op["text"]


def run_worker(path: Path, seed: int, delay: float) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    log = path.with_name(f"worker-{seed}.out")
    with log.open("wb") as out_file:
        proc = subprocess.Popen([sys.executable, str(WORKER), str(path), str(seed)],
                                stdout=out_file, stderr=subprocess.PIPE)
        started = time.monotonic()
        while b"ready" not in log.read_bytes():
            if proc.poll() is not None or time.monotonic() - started > 60:
                proc.kill()
                raise AssertionError(f"worker did not start: {proc.communicate()[1]!r}")
            time.sleep(0.005)
        time.sleep(delay)
        proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
        _out, err = proc.communicate()
    assert proc.returncode != 0
    assert b"Traceback" not in err, err.decode(errors="replace")
    out = log.read_bytes()
    log.unlink()
    acked: list[dict[str, Any]] = []
    pending: dict[str, Any] | None = None
    for line in out.decode("utf-8", errors="replace").splitlines():
        try:
            message = json.loads(line)
        except ValueError:
            continue  # the line being written when the process died
        if "try" in message:
            pending = message["try"]
        elif "ack" in message:
            assert message["ack"] == pending
            acked.append(message["ack"])
            pending = None
    return acked, pending


def read_state(path: Path) -> tuple[dict[str, str | None], dict[str, str]]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        notes = {row[0]: (None if row[2] else row[1]) for row in conn.execute(
            "SELECT id, text, deleted_at IS NOT NULL FROM board_items WHERE kind = 'note'")}
        card_row = conn.execute("SELECT title, problem, hypothesis, risks FROM experiment_cards "
                                "WHERE deleted_at IS NULL").fetchone()
        card = dict(zip(("title", "problem", "hypothesis", "risks"), card_row, strict=True))
    finally:
        conn.close()
    return notes, card


def check(expected: Expected, pending: dict[str, Any] | None, path: Path) -> None:
    """Every acknowledged edit is in the file; the in-flight one landed whole or not at all."""
    notes, card = read_state(path)
    with_pending = Expected(dict(expected.notes), dict(expected.card))
    if pending is not None:
        with_pending.apply(pending)
    for note_id in set(expected.notes) | set(with_pending.notes) | set(notes):
        found = notes.get(note_id, MISSING)
        allowed = {expected.notes.get(note_id, MISSING), with_pending.notes.get(note_id, MISSING)}
        assert found in allowed, (note_id, found, allowed)
    for name, value in card.items():
        allowed_card = {expected.card.get(name, ""), with_pending.card.get(name, "")}
        assert value in allowed_card, (name, value, allowed_card)
    # take the file's word for the in-flight edit: that is what the next run starts from
    expected.notes = dict(notes)
    expected.card = {k: v for k, v in card.items() if v}


def crash_runs(tmp_path: Path, runs: int, seed: int) -> Expected:
    path = tmp_path / "kaatuu.jalostamo"
    with Services.create(path, "Kaatumistesti") as svc:
        svc.teams.add("Turku")
    rng = random.Random(seed)
    expected = Expected()
    for run in range(runs):
        delay = rng.choice((0.0, rng.uniform(0.0, 0.03), rng.uniform(0.03, 0.25)))
        acked, pending = run_worker(path, seed * 10_000 + run, delay)
        for op in acked:
            expected.apply(op)
        expected.acked += len(acked)
        check(expected, pending, path)
    with Services.open(path) as svc:  # the app opens what the crashes left, and keeps working
        team = svc.teams.list()[0].id
        svc.teams.update_card(team, title="Toimii yhä")
        assert svc.teams.card(team).title == "Toimii yhä"
    return expected


def test_killed_at_random_moments_loses_no_acknowledged_edit(tmp_path: Path) -> None:
    expected = crash_runs(tmp_path, runs=20, seed=1)
    print(f"crash runs: 20, acknowledged edits: {expected.acked}, failures: 0")
    assert expected.acked > 20  # the kills did land in the middle of real work


@pytest.mark.slow
def test_two_hundred_kills_lose_no_acknowledged_edit(tmp_path: Path) -> None:
    expected = crash_runs(tmp_path, runs=200, seed=2)
    print(f"crash runs: 200, acknowledged edits: {expected.acked}, failures: 0")
    assert expected.acked > 200
