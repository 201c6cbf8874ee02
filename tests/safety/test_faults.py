"""Every writing command on a full disk and killed at random moments: never a traceback, and
the file opens afterwards with every change the command acknowledged (exit 0).

The full disk is a real one: a small tmpfs (Linux, root only; skipped elsewhere) filled up to a
random number of bytes before the command runs, in this process. The kills run the command as
a child process and SIGKILL it after a random delay. After each run the disk is freed and the
file is opened the way the app does: it must open, sound, in the state before the command or
after it (after it when the command said it succeeded).
"""

from __future__ import annotations

import contextlib
import gc
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jalostamo.cli import main
from jalostamo.services import Services

ROOT = Path(__file__).resolve().parents[2]
CSV = ROOT / "tests" / "data" / "csv" / "mittaukset_utf8.csv"

#: command -> (arguments in the work folder, the programme file it writes)
COMMANDS: dict[str, tuple[Callable[[Path], list[str]], str]] = {
    "new": (lambda d: ["new", str(d / "uusi.jalostamo"), "--name", "Uusi"], "uusi.jalostamo"),
    "demo": (lambda d: ["demo", str(d / "demo.jalostamo")], "demo.jalostamo"),
    "team-file": (lambda d: ["team-file", str(d / "ohjelma.jalostamo"), "--team", "Oulu",
                             str(d / "oulu.jalostamo")], "oulu.jalostamo"),
    "merge": (lambda d: ["merge", str(d / "ohjelma.jalostamo"), str(d / "tiimi.jalostamo")],
              "ohjelma.jalostamo"),
    "import-photo": (lambda d: ["import-photo", str(d / "ohjelma.jalostamo"), "--team", "Oulu",
                                str(d / "kuva.png")], "ohjelma.jalostamo"),
    "import-measurements": (lambda d: ["import-measurements", str(d / "ohjelma.jalostamo"),
                                       str(d / "mittaukset.csv"), "--team", "Oulu"],
                            "ohjelma.jalostamo"),
    "import-json": (lambda d: ["import-json", str(d / "vienti.json"), str(d / "tuotu.jalostamo")],
                    "tuotu.jalostamo"),
    "export-json": (lambda d: ["export-json", str(d / "ohjelma.jalostamo"), str(d / "ulos.json")],
                    "ohjelma.jalostamo"),
    "report": (lambda d: ["report", str(d / "ohjelma.jalostamo"), "--kind", "programme",
                          "--out", str(d / "raportti.pdf")], "ohjelma.jalostamo"),
}


def state(path: Path) -> tuple[int, ...] | None:
    """What the user would see of a programme file: None when there is no file; else the
    counts of teams, board items, photos and measurements (after SQLite's own recovery)."""
    if not path.exists():
        return None
    with Services.open(path) as svc:
        doc = svc.doc
        with doc.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
            return tuple(int(conn.exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").scalar_one())
                for table in ("teams", "board_items", "media", "measurements"))


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The inputs of every command, and each command's result without faults."""
    from PIL import Image

    folder = tmp_path_factory.mktemp("seed")
    data = tmp_path_factory.mktemp("seed-data")
    old = os.environ.get("JALOSTAMO_DATA_DIR")
    os.environ["JALOSTAMO_DATA_DIR"] = str(data)
    try:
        path = folder / "ohjelma.jalostamo"
        with Services.create(path, "Ohjelma") as svc:
            team = svc.teams.add("Oulu")
            svc.monitoring.add_indicator(team, "Koettu osallisuus")
            svc.monitoring.add_indicator(team, "Nuorten yksinäisyys")
            board = svc.boards.board_for_team(team)
            svc.boards.add_items(board, [{"kind": "note", "text": "x" * 400} for _ in range(150)])
        assert main(["team-file", str(path), "--team", "Oulu", str(folder / "tiimi.jalostamo")]) == 0
        with Services.open(folder / "tiimi.jalostamo") as svc:
            board = svc.boards.board_for_team(svc.teams.list()[0].id)
            svc.boards.add_items(board, [{"kind": "note", "text": "y" * 400} for _ in range(80)])
        assert main(["export-json", str(path), str(folder / "vienti.json")]) == 0
        picture = Image.effect_noise((900, 700), 60).convert("RGB")
        picture.save(folder / "kuva.png")
        shutil.copyfile(CSV, folder / "mittaukset.csv")
    finally:
        if old is not None:
            os.environ["JALOSTAMO_DATA_DIR"] = old
    return folder


class Expected(dict[str, tuple[object, object]]):
    """Per command: the target's state before it and after a run without faults (each
    command is run once, when a test first needs it)."""

    def __init__(self, seed: Path, folder: Path) -> None:
        super().__init__()
        self.seed, self.folder = seed, folder

    def __missing__(self, name: str) -> tuple[object, object]:
        args, target = COMMANDS[name]
        work = self.folder / name
        work.mkdir()
        copy_seed(self.seed, work)
        old = os.environ.get("JALOSTAMO_DATA_DIR")
        os.environ["JALOSTAMO_DATA_DIR"] = str(self.folder / f"{name}-data")
        try:
            before = state(work / target)
            assert main(args(work)) == 0, name
            self[name] = (before, state(work / target))
        finally:
            if old is not None:
                os.environ["JALOSTAMO_DATA_DIR"] = old
        return self[name]


@pytest.fixture(scope="module")
def expected(seed: Path, tmp_path_factory: pytest.TempPathFactory) -> Expected:
    return Expected(seed, tmp_path_factory.mktemp("expected"))


def copy_seed(seed: Path, work: Path) -> None:
    for entry in seed.iterdir():
        shutil.copyfile(entry, work / entry.name)


def check_after(name: str, work: Path, code: object, expected: dict[str, tuple[object, object]]) -> None:
    target = work / COMMANDS[name][1]
    found = state(target)  # opens (SQLite replays or rolls back what lies beside it)
    if name == "demo":
        assert code != 0 or found is not None
        return
    before, after = expected[name]
    if code == 0:
        assert found == after, (name, found, after)
    else:
        assert found in (before, after), (name, found, before, after)


# --- a full disk ------------------------------------------------------------------------------

@contextlib.contextmanager
def tmpfs(mount: Path, size: str) -> Iterator[Path]:
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a real full disk needs a tmpfs (Linux, root)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode(errors='replace')}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.fixture(scope="module")
def small_disk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with tmpfs(tmp_path_factory.mktemp("disk"), "16m") as mount:
        yield mount


def fill(disk: Path, leave: int) -> Path:
    """Fill ``disk`` so that about ``leave`` bytes stay free."""
    filler = disk / "täyte"
    stat = os.statvfs(disk)
    left = max(0, stat.f_bavail * stat.f_frsize - leave)
    with filler.open("wb") as out:
        while left > 0:
            chunk = min(left, 1 << 20)
            try:
                out.write(b"\0" * chunk)
                out.flush()
            except OSError:
                break
            left -= chunk
    return filler


def full_disk_run(name: str, leave: int, data_on_disk: bool, seed: Path, disk: Path,
                  expected: dict[str, tuple[object, object]],
                  capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    for entry in disk.iterdir():
        shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    work = disk / "työ"
    work.mkdir()
    copy_seed(seed, work)
    if data_on_disk:  # the backups on the same full disk as the programme
        monkeypatch.setenv("JALOSTAMO_DATA_DIR", str(disk / "data"))
        (disk / "data" / "logs").mkdir(parents=True)
    filler = fill(disk, leave)
    capsys.readouterr()
    try:
        code = main(COMMANDS[name][0](work))
    finally:
        filler.unlink()
    err = capsys.readouterr().err
    assert code in (0, 1), (name, leave, code, err)
    assert "Odottamaton" not in err and "Traceback" not in err, (name, leave, err)
    if code == 1:
        assert err.startswith("jalostamo: ") and err.count("\n") == 1, err
    check_after(name, work, code, expected)


#: the default run: the points where the fault run found crashes or a refused file
FULL_DISK_RUNS = [("new", 0), ("team-file", 4096), ("merge", 60_000), ("import-photo", 0),
                  ("import-measurements", 4096), ("import-json", 120_000), ("demo", 300_000)]


@pytest.mark.parametrize(("name", "leave"), FULL_DISK_RUNS)
def test_full_disk_gives_a_message_and_loses_nothing(
        name: str, leave: int, seed: Path, small_disk: Path,
        expected: dict[str, tuple[object, object]], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    full_disk_run(name, leave, leave % 2 == 0, seed, small_disk, expected, capsys, monkeypatch)


def test_a_failed_closing_checkpoint_is_an_error_and_the_work_is_in_the_wal(
        small_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for entry in small_disk.iterdir():
        shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    path = small_disk / "ohjelma.jalostamo"
    with Services.create(path, "X") as svc:
        team = svc.teams.add("Oulu")
    svc = Services.open(path)
    board = svc.boards.board_for_team(team)
    svc.boards.add_items(board, [{"kind": "note", "text": "z" * 800} for _ in range(1500)])
    filler = fill(small_disk, 8192)
    try:
        with pytest.raises(Exception) as err:
            svc.close()
    finally:
        filler.unlink()
    assert getattr(err.value, "key", None) == "recovery.checkpoint_failed"
    assert "ovat tallessa" in err.value.message("fi")  # type: ignore[attr-defined]
    del err, svc, board  # as when the command's process ends
    gc.collect()
    assert state(path) == (1, 1500, 0, 0)


@pytest.mark.slow
def test_full_disk_long_loop(seed: Path, small_disk: Path,
                             expected: dict[str, tuple[object, object]],
                             capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(19)
    for name in COMMANDS:
        for _ in range(8):
            leave = rng.choice((0, 4096, rng.randrange(0, 300_000), rng.randrange(0, 3_000_000)))
            with monkeypatch.context() as patch:
                full_disk_run(name, leave, rng.random() < 0.5, seed, small_disk, expected,
                              capsys, patch)


# --- kill -9 ------------------------------------------------------------------------------------

def kill_run(name: str, delay: float, seed: Path, work: Path,
             expected: dict[str, tuple[object, object]]) -> None:
    work.mkdir()
    copy_seed(seed, work)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "jalostamo", *COMMANDS[name][0](work)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=delay)
    proc.kill()  # SIGKILL: no clean-up runs
    _out, err = proc.communicate()
    assert b"Traceback" not in err, err.decode(errors="replace")
    code = proc.returncode if proc.returncode >= 0 else None
    check_after(name, work, code, expected)
    if name in ("merge", "import-photo", "import-measurements"):  # works again afterwards
        assert main(COMMANDS[name][0](work)) == 0


@pytest.mark.parametrize("name", ["merge", "team-file"])
def test_killed_command_leaves_a_file_that_opens(name: str, seed: Path, tmp_path: Path,
                                                 expected: dict[str, tuple[object, object]]) -> None:
    kill_run(name, random.Random(name).uniform(1.0, 2.5), seed, tmp_path / "työ", expected)


@pytest.mark.slow
def test_kill_long_loop(seed: Path, tmp_path: Path,
                        expected: dict[str, tuple[object, object]]) -> None:
    rng = random.Random(9)
    started = time.monotonic()
    runs = 0
    for round_ in range(6):
        for name in COMMANDS:
            kill_run(name, rng.uniform(0.5, 4.0), seed, tmp_path / f"{name}-{round_}", expected)
            runs += 1
        if time.monotonic() - started > 600:
            break
    print(f"kill runs: {runs}, failures: 0")


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Path]:
    (tmp_path / "tikku").mkdir()
    with tmpfs(tmp_path / "tikku", "4m") as mount:
        yield mount


def test_a_medium_gone_read_only_under_the_lock_gives_the_message(
        stick: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The stick looked writable when checked, but is read-only when the lock is written."""
    small_disk = stick
    path = small_disk / "ohjelma.jalostamo"
    with Services.create(path, "X") as svc:
        svc.teams.add("Oulu")
    before = path.read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        monkeypatch.setattr("jalostamo.store.document.os.access", lambda *_a, **_k: True)
        capsys.readouterr()
        code = main(["import-measurements", str(path), str(CSV), "--team", "Oulu"])
        err = capsys.readouterr().err
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert code == 1
    assert "Tallennus epäonnistui" in err and "Odottamaton" not in err, err
    assert path.read_bytes() == before
