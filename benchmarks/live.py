"""The live venue mode under load: N laptops each making 5 edits a second against one host.

Measured: the time from an edit committed on one laptop's copy to its arrival (committed) in the
copies of all the other laptops; median and 95th percentile; the host process's CPU time and
peak memory. Goal (issue #14): median <= 100 ms, p95 <= 300 ms with 8 laptops.

Baseline, measured in the same run with the same number of laptops and the same rate: a plain
TLS WebSocket server on loopback that forwards every message to all the other connections (no
file, no merge). The ratio says what the room adds to bare fan-out.

The host runs in its own process (``jalostamo room host``), each laptop in its own (its room
client and the person editing its copy); ``--threads`` runs the laptops as threads of this one
process instead.

    python benchmarks/live.py                 # 8 laptops, 60 s
    python benchmarks/live.py --clients 30 --seconds 20
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import private_user_data

ROOT = Path(__file__).resolve().parents[1]
RATE = 5.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def wait_child(proc: subprocess.Popen[Any]) -> tuple[float, float]:
    """CPU seconds and peak memory (MB) of a child that is ending."""
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


# --- the room ------------------------------------------------------------------------------------


def make_programme(path: Path, teams: int) -> list[str]:
    from jalostamo.models import Board, BoardItem, ItemKind
    from jalostamo.services import Services

    with Services.create(path, "Kuormitus", device_id="dev-facilitator") as svc:
        ids = [svc.teams.add(f"Kaupunki {i:02d}") for i in range(teams)]
        for team in ids:
            board = svc.entities.create(Board, programme_id=svc.doc.programme_id, team_id=team)
            svc.entities.create(BoardItem, board_id=board, kind=ItemKind.NOTE, text="alku")
    return ids


def run_room(tmp: Path, clients: int, seconds: float) -> dict[str, Any]:
    from jalostamo.live import join_room
    from jalostamo.live.client import Client
    from jalostamo.models import Board, BoardItem, ItemKind
    from jalostamo.services import Services
    from jalostamo.services.changeset import _BY_NAME, columns_of

    text_at = columns_of(_BY_NAME["board_items"]).index("text")
    master = tmp / "ohjelma.jalostamo"
    teams = make_programme(master, clients)
    code_file = tmp / "code.txt"
    env = dict(os.environ, PYTHONPATH=str(ROOT), JALOSTAMO_NO_ZEROCONF="1",
               JALOSTAMO_DATA_DIR=str(tmp / "host-user"))
    host = subprocess.Popen([sys.executable, "-m", "jalostamo", "room", "host", str(master),
                             "--bind", "127.0.0.1", "--code-file", str(code_file), "--data-dir",
                             str(tmp / "host-data")], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert host.stdout is not None
    host.stdout.readline()  # the join code line: the room is open
    code = code_file.read_text("ascii").strip()

    sent: dict[str, float] = {}
    arrived: dict[str, dict[int, float]] = {}
    lock = threading.Lock()
    original = Client._apply_changes

    applies = [0, 0.0]

    def apply_and_note(self: Any, changes: Any, seq: Any) -> None:
        began = time.perf_counter()
        original(self, changes, seq)
        now = time.perf_counter()
        applies[0] += 1
        applies[1] += now - began
        rows = changes.rows.get("board_items")
        if rows:
            with lock:
                for row in rows:
                    if row[text_at].startswith("e"):
                        arrived.setdefault(row[text_at], {}).setdefault(self.bench_index, now)

    Client._apply_changes = apply_and_note  # type: ignore[method-assign]
    laptops = []
    start = time.perf_counter()
    for i, team in enumerate(teams):
        client = join_room(code, team_id=team, data_dir=tmp / f"laptop-{i}",
                           device_name=f"laptop {i}", on_event=lambda _e: None)
        client.bench_index = i  # type: ignore[attr-defined]
        laptops.append(client)
    print(f"{clients} laptops joined in {time.perf_counter() - start:.1f} s")

    stop = threading.Event()

    def edit(i: int) -> None:
        client = laptops[i]
        with Services.open(client.local_path, device_id=f"dev-{i}") as svc:
            board = next(b for b in svc.entities.list(Board) if b.team_id == teams[i])
            n = 0
            next_at = time.perf_counter() + (i / clients) / RATE
            while not stop.is_set():
                delay = next_at - time.perf_counter()
                if delay > 0:
                    stop.wait(delay)  # the pace of a person editing
                text = f"e{i}-{n}"
                svc.entities.create(BoardItem, board_id=board.id, kind=ItemKind.NOTE, text=text)
                with lock:
                    sent[text] = time.perf_counter()
                client.local_change()
                n += 1
                next_at += 1 / RATE

    editors = [threading.Thread(target=edit, args=(i,), daemon=True) for i in range(clients)]
    for thread in editors:
        thread.start()
    time.sleep(seconds)  # the benchmark's duration
    stop.set()
    for thread in editors:
        thread.join()
    deadline = time.perf_counter() + 15
    while time.perf_counter() < deadline:  # the last edits arriving
        with lock:
            missing = [t for t in sent if len(arrived.get(t, {})) < clients - 1]
        if not missing:
            break
        time.sleep(0.05)
    for client in laptops:
        client.stop()
    Client._apply_changes = original  # type: ignore[method-assign]
    host.send_signal(signal.SIGTERM)
    cpu, peak = wait_child(host)
    latencies = []
    lost = 0
    for text, at in sent.items():
        owner = int(text[1:].split("-")[0])
        others = {k: v for k, v in arrived.get(text, {}).items() if k != owner}
        if len(others) < clients - 1:
            lost += 1
            continue
        latencies.append((max(others.values()) - at) * 1000)
    print(f"laptops applied {applies[0]} batches from the host, {applies[1]:.1f} s in all "
          f"({1000 * applies[1] / max(applies[0], 1):.1f} ms each)")
    return {"edits": len(sent), "lost": lost, "latencies": latencies, "cpu": cpu, "peak": peak,
            "seconds": seconds}


# --- one laptop per process (the default: each laptop has its own interpreter, as in a room) --


def laptop_main(argv: list[str]) -> None:
    """``live.py --laptop CODE TEAM DIR INDEX``: join, then on "go SECONDS" edit at the rate;
    print "sent TEXT T" and "got TEXT T" (T: time.time()); "quit" ends."""
    from jalostamo.live import join_room
    from jalostamo.live.client import Client
    from jalostamo.models import Board, BoardItem, ItemKind
    from jalostamo.services import Services
    from jalostamo.services.changeset import _BY_NAME, columns_of

    code, team, folder, index = argv[0], argv[1], Path(argv[2]), int(argv[3])
    text_at = columns_of(_BY_NAME["board_items"]).index("text")
    out = threading.Lock()

    def say(line: str) -> None:
        with out:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

    original = Client._apply_changes

    def apply_and_note(self: Any, changes: Any, seq: Any) -> None:
        original(self, changes, seq)
        now = time.time()
        for row in changes.rows.get("board_items", []):
            if row[text_at].startswith("e") and not row[text_at].startswith(f"e{index}-"):
                say(f"got {row[text_at]} {now:.6f}")

    Client._apply_changes = apply_and_note  # type: ignore[method-assign]
    client = join_room(code, team_id=team, data_dir=folder, device_name=f"laptop {index}",
                       on_event=lambda _e: None)
    with Services.open(client.local_path, device_id=f"dev-{index}") as svc:
        board = next(b for b in svc.entities.list(Board) if b.team_id == team)
        say("ready")
        for line in sys.stdin:
            words = line.split()
            if words and words[0] == "go":
                end = time.perf_counter() + float(words[1])
                n, next_at = 0, time.perf_counter() + float(words[2])
                while time.perf_counter() < end:
                    delay = next_at - time.perf_counter()
                    if delay > 0:
                        time.sleep(delay)  # the pace of a person editing
                    text = f"e{index}-{n}"
                    svc.entities.create(BoardItem, board_id=board.id, kind=ItemKind.NOTE,
                                        text=text)
                    say(f"sent {text} {time.time():.6f}")
                    client.local_change()
                    n, next_at = n + 1, next_at + 1 / RATE
                say("done")
            elif words and words[0] == "quit":
                break
    client.stop()


def run_room_processes(tmp: Path, clients: int, seconds: float) -> dict[str, Any]:
    master = tmp / "ohjelma.jalostamo"
    teams = make_programme(master, clients)
    code_file = tmp / "code.txt"
    env = dict(os.environ, PYTHONPATH=str(ROOT), JALOSTAMO_NO_ZEROCONF="1",
               JALOSTAMO_DATA_DIR=str(tmp / "host-user"))
    host = subprocess.Popen([sys.executable, "-m", "jalostamo", "room", "host", str(master),
                             "--bind", "127.0.0.1", "--code-file", str(code_file), "--data-dir",
                             str(tmp / "host-data")], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert host.stdout is not None
    host.stdout.readline()
    code = code_file.read_text("ascii").strip()
    lines: list[list[str]] = [[] for _ in range(clients)]
    procs = []
    start = time.perf_counter()
    for i, team in enumerate(teams):
        (tmp / f"user-{i}").mkdir()
        child_env = dict(env, JALOSTAMO_DATA_DIR=str(tmp / f"user-{i}"))
        proc = subprocess.Popen([sys.executable, __file__, "--laptop", code, team,
                                 str(tmp / f"laptop-{i}"), str(i)], env=child_env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
        procs.append(proc)

        def pump(stream: Any, sink: list[str]) -> None:
            for line in stream:
                sink.append(line.strip())

        threading.Thread(target=pump, args=(proc.stdout, lines[i]), daemon=True).start()
    while not all("ready" in got for got in lines):
        time.sleep(0.05)  # the laptops joining
    print(f"{clients} laptops (one process each) joined in {time.perf_counter() - start:.1f} s")
    for i, proc in enumerate(procs):
        assert proc.stdin is not None
        proc.stdin.write(f"go {seconds} {(i / clients) / RATE}\n")
        proc.stdin.flush()
    while not all("done" in got for got in lines):
        time.sleep(0.05)
    sent = {}
    for got in lines:
        for line in list(got):
            if line.startswith("sent "):
                _w, text, at = line.split()
                sent[text] = float(at)
    deadline = time.perf_counter() + 20

    def arrivals() -> dict[str, dict[int, float]]:
        out: dict[str, dict[int, float]] = {}
        for i, got in enumerate(lines):
            for line in list(got):
                if line.startswith("got "):
                    _w, text, at = line.split()
                    out.setdefault(text, {}).setdefault(i, float(at))
        return out

    arrived = arrivals()
    while time.perf_counter() < deadline and any(len(arrived.get(t, {})) < clients - 1
                                                 for t in sent):
        time.sleep(0.2)  # the last edits arriving
        arrived = arrivals()
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("quit\n")
        proc.stdin.flush()
    for proc in procs:
        proc.wait(timeout=30)
    host.send_signal(signal.SIGTERM)
    cpu, peak = wait_child(host)
    latencies, lost = [], 0
    for text, at in sent.items():
        others = arrived.get(text, {})
        if len(others) < clients - 1:
            lost += 1
            continue
        latencies.append((max(others.values()) - at) * 1000)
    return {"edits": len(sent), "lost": lost, "latencies": latencies, "cpu": cpu, "peak": peak,
            "seconds": seconds}


# --- the baseline: plain fan-out ---------------------------------------------------------------------

ECHO_SERVER = r"""
import asyncio, sys
from websockets.asyncio.server import serve, broadcast
from jalostamo.live.tls import server_context
from pathlib import Path
peers = set()
async def handler(ws):
    peers.add(ws)
    try:
        async for message in ws:
            broadcast([p for p in peers if p is not ws], message)
    finally:
        peers.discard(ws)
async def main():
    context, _ = server_context(Path(sys.argv[1]))
    async with serve(handler, "127.0.0.1", 0, ssl=context, compression=None) as server:
        print(next(iter(server.sockets)).getsockname()[1], flush=True)
        await asyncio.Future()
asyncio.run(main())
"""


def run_baseline(tmp: Path, clients: int, seconds: float) -> dict[str, Any]:
    from websockets.asyncio.client import connect

    (tmp / "echo").mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    server = subprocess.Popen([sys.executable, "-c", ECHO_SERVER, str(tmp / "echo")], env=env,
                              stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    port = int(server.stdout.readline())
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    sent: dict[str, float] = {}
    arrived: dict[str, dict[int, float]] = {}

    async def laptop(i: int, end: float) -> None:
        async with connect(f"wss://127.0.0.1:{port}/", ssl=context, proxy=None,
                           compression=None) as ws:
            async def receive() -> None:
                async for message in ws:
                    arrived.setdefault(str(message), {}).setdefault(i, time.perf_counter())

            reader = asyncio.ensure_future(receive())
            await asyncio.sleep((i / clients) / RATE)
            n = 0
            while time.perf_counter() < end:
                text = f"e{i}-{n}"
                sent[text] = time.perf_counter()
                await ws.send(text)
                n += 1
                await asyncio.sleep(1 / RATE)
            await asyncio.sleep(2)  # the last messages arriving
            reader.cancel()

    async def all_laptops() -> None:
        end = time.perf_counter() + seconds
        await asyncio.gather(*(laptop(i, end) for i in range(clients)))

    asyncio.run(all_laptops())
    server.send_signal(signal.SIGTERM)
    cpu, peak = wait_child(server)
    latencies = []
    for text, at in sent.items():
        owner = int(text[1:].split("-")[0])
        others = [v for k, v in arrived.get(text, {}).items() if k != owner]
        if len(others) == clients - 1:
            latencies.append((max(others) - at) * 1000)
    return {"edits": len(sent), "lost": len(sent) - len(latencies), "latencies": latencies,
            "cpu": cpu, "peak": peak, "seconds": seconds}


def show(name: str, result: dict[str, Any]) -> tuple[float, float]:
    lat = result["latencies"]
    median, p95 = (statistics.median(lat), percentile(lat, 0.95)) if lat else (float("nan"),) * 2
    print(f"{name:9s} edits {result['edits']:6d}  not everywhere {result['lost']:4d}  "
          f"median {median:7.1f} ms  p95 {p95:7.1f} ms  server CPU {result['cpu']:6.1f} s "
          f"({100 * result['cpu'] / result['seconds']:.0f} %)  peak memory {result['peak']:.0f} MB")
    return median, p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--threads", action="store_true",
                        help="all laptops as threads of this process (one interpreter lock)")
    args = parser.parse_args()
    private_user_data()
    os.environ["JALOSTAMO_NO_ZEROCONF"] = "1"
    import logging

    logging.getLogger("jalostamo").setLevel(logging.ERROR)
    tmp = Path(tempfile.mkdtemp(prefix="jalostamo-live-bench-"))
    print(f"{args.clients} laptops x {RATE:.0f} edits/s for {args.seconds:.0f} s "
          f"({os.cpu_count()} CPUs)")
    room = (run_room if args.threads else run_room_processes)(tmp, args.clients, args.seconds)
    base = run_baseline(tmp, args.clients, args.seconds)
    median, p95 = show("room", room)
    base_median, base_p95 = show("baseline", base)
    print(f"ratio room/baseline: median {median / base_median:.1f}, p95 {p95 / base_p95:.1f}")
    print(f"goal median <= 100 ms: {'met' if median <= 100 else 'NOT met'}; "
          f"p95 <= 300 ms: {'met' if p95 <= 300 else 'NOT met'}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--laptop"]:
        laptop_main(sys.argv[2:])
    else:
        main()


