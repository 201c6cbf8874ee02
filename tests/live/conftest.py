"""Real rooms for the live tests: a host process (``jalostamo room host``) and team laptops
(tests/live/child.py), each in its own process with its own data folder, on 127.0.0.1.

Nothing here waits on the wall clock: every wait is for a condition (a line printed, files
equal), bounded by a deadline that fails the test."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import LargeBinary

from jalostamo.models import Board, BoardItem, ItemKind
from jalostamo.services import Services
from jalostamo.services.changeset import SYNCED, columns_of

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("child.py")
DEADLINE_S = 45.0


def wait_for(condition: Callable[[], object], timeout: float = DEADLINE_S, what: str = "") -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.02)  # polling a condition, not waiting for time to pass
    raise AssertionError(f"not within {timeout} s: {what or condition}")


class Proc:
    """A child process whose stdout and stderr lines are collected as they come."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.args = args
        self.popen = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, env=env, text=True, encoding="utf-8",
                                      cwd=ROOT)
        self.out: list[str] = []
        self.err: list[str] = []
        self.pumps = [threading.Thread(target=self._pump, args=(stream, sink), daemon=True)
                      for stream, sink in ((self.popen.stdout, self.out),
                                           (self.popen.stderr, self.err))]
        for pump in self.pumps:
            pump.start()

    def _close_pipes(self) -> None:
        for pump in self.pumps:
            pump.join(timeout=10)
        for stream in (self.popen.stdin, self.popen.stdout, self.popen.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    @staticmethod
    def _pump(stream: object, sink: list[str]) -> None:
        for line in stream:  # type: ignore[attr-defined]
            sink.append(line.rstrip("\n"))

    def send(self, line: str) -> None:
        assert self.popen.stdin is not None
        self.popen.stdin.write(line + "\n")
        self.popen.stdin.flush()

    def saw(self, pattern: str, *, err: bool = False) -> bool:
        return any(re.search(pattern, line) for line in (self.err if err else self.out))

    def wait_line(self, pattern: str, timeout: float = DEADLINE_S, *, err: bool = False) -> None:
        def seen() -> bool:
            if self.popen.poll() is not None and not self.saw(pattern, err=err):
                raise AssertionError(f"{self.args[-6:]} ended ({self.popen.returncode}) before "
                                     f"{pattern!r}; stderr: {self.err[-8:]}; stdout: {self.out[-8:]}")
            return self.saw(pattern, err=err)

        wait_for(seen, timeout, f"{pattern!r} from {self.args[-6:]}; stderr {self.err[-5:]}")

    def kill(self) -> None:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGKILL)
        self.popen.wait(timeout=10)
        self._close_pipes()

    def stop(self) -> None:
        if self.popen.poll() is None:
            try:
                self.popen.send_signal(signal.SIGTERM)
                self.popen.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
        self._close_pipes()


class Room:
    """The programme, its host and its laptops, all under one temporary folder."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.master = tmp / "ohjelma.jalostamo"
        self.code_file = tmp / "code.txt"
        self.procs: list[Proc] = []
        svc = Services.create(self.master, "Kevät 2019", device_id="dev-facilitator")
        self.teams = {city: svc.teams.add(city) for city in ("Turku", "Oulu", "Tampere")}
        self.boards = {}
        for city, team in self.teams.items():
            self.boards[city] = svc.entities.create(Board, programme_id=svc.doc.programme_id,
                                                    team_id=team)
            svc.entities.create(BoardItem, board_id=self.boards[city], kind=ItemKind.NOTE,
                                text=f"{city} alku")
        svc.close()
        self.port = 0

    def env(self, name: str, **extra: str) -> dict[str, str]:
        data = self.tmp / f"user-{name}"
        data.mkdir(exist_ok=True)
        env = dict(os.environ, PYTHONPATH=str(ROOT), JALOSTAMO_DATA_DIR=str(data),
                   JALOSTAMO_NO_ZEROCONF="1", JALOSTAMO_LANG="en", QT_QPA_PLATFORM="offscreen")
        env.update(extra)
        return env

    def host(self) -> Proc:
        with_port = ["--port", str(self.port)] if self.port else []
        self.code_file.unlink(missing_ok=True)
        proc = Proc([sys.executable, "-m", "jalostamo", "room", "host", str(self.master),
                     "--bind", "127.0.0.1", "--code-file", str(self.code_file), "--data-dir",
                     str(self.tmp / "host-data"), *with_port], self.env("host"))
        self.procs.append(proc)
        proc.wait_line(r"JLS1-")
        wait_for(self.code_file.exists, what="the code file")
        if not self.port:
            self.port = int(re.search(r"127\.0\.0\.1:(\d+)", "\n".join(proc.out)).group(1))  # type: ignore[union-attr]
        return proc

    def laptop(self, city: str, *, name: str = "", other: str = "", wait: bool = True,
               **env: str) -> Proc:
        name = name or city.lower()
        proc = Proc([sys.executable, str(CHILD), "--code-file", str(self.code_file), "--team",
                     self.teams[city], "--other-team", self.teams.get(other, ""), "--data-dir",
                     str(self.tmp / f"laptop-{name}"), "--name", name], self.env(name, **env))
        self.procs.append(proc)
        if wait:
            proc.wait_line("^joined$")
        return proc

    def laptops(self, *cities: str, other: str = "") -> list[Proc]:
        """Laptops started together (each joins as soon as it is up)."""
        procs = [self.laptop(city, other=other, wait=False) for city in cities]
        for proc in procs:
            proc.wait_line("^joined$")
        return procs

    def copy_of(self, name: str) -> Path:
        return self.tmp / f"laptop-{name}" / "room.jalostamo"

    def close(self) -> None:
        for proc in self.procs:  # every laptop and host told at once, then waited for
            if proc.popen.poll() is None:
                with contextlib.suppress(OSError):
                    if proc.args[1] == str(CHILD):
                        proc.send("quit")
                    else:
                        proc.popen.send_signal(signal.SIGTERM)
        for proc in self.procs:
            proc.stop()


def content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every synced row of a file (blobs left out), sorted: what must be equal everywhere."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for table in SYNCED:
            cols = [c for c in columns_of(table) if not isinstance(table.c[c].type, LargeBinary)]
            names = ", ".join(f'"{c}"' for c in cols)
            out[table.name] = sorted(conn.execute(f'SELECT {names} FROM "{table.name}"'),
                                     key=lambda r: r[0])
        return out
    finally:
        conn.close()


def notes(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT text FROM board_items WHERE deleted_at IS NULL")}
    finally:
        conn.close()


def card_title(path: Path, team_id: str) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT title FROM experiment_cards WHERE team_id = ?",
                            (team_id,)).fetchone()[0]
    finally:
        conn.close()


def converged(room: Room, names: list[str]) -> bool:
    try:
        want = content(room.master)
        return all(content(room.copy_of(n)) == want for n in names)
    except sqlite3.Error:  # a file being written just now: look again
        return False


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Room]:
    made = Room(tmp_path)
    try:
        yield made
    finally:
        made.close()
