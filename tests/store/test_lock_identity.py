"""The lock follows the file, not its name; stale and hostile lock files never stop or hang it."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jalostamo.cli import main
from jalostamo.errors import FileInUse
from jalostamo.store.document import Document
from jalostamo.store.lock import LockInfo, host_name, is_stale

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="symlinks and FIFOs: POSIX")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One programme file made once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("pohja")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JALOSTAMO_DATA_DIR", str(folder / "data"))
        Document.create(folder / "pohja.jalostamo", "Kevät 2019").close()
    return folder / "pohja.jalostamo"


@pytest.fixture
def programme(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "ohjelma.jalostamo"
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def open_in_app(programme: Path) -> Iterator[Document]:
    doc = Document.open(programme)
    yield doc
    doc.close()


def _lock_of(path: Path) -> Path:
    return Path(f"{path}.lock")


@posix_only
def test_a_symlink_to_an_open_file_finds_its_lock(programme: Path, open_in_app: Document,
                                                  tmp_path: Path) -> None:
    other = tmp_path / "muualla"
    other.mkdir()
    link = other / "linkki.jalostamo"
    link.symlink_to(programme)
    with pytest.raises(FileInUse):
        Document.open(link)


@pytest.mark.parametrize("elsewhere", [False, True])
def test_a_hard_link_to_an_open_file_finds_its_lock(programme: Path, open_in_app: Document,
                                                    tmp_path: Path, elsewhere: bool) -> None:
    folder = tmp_path / "toinen" if elsewhere else tmp_path
    folder.mkdir(exist_ok=True)
    twin = folder / "kopio.jalostamo"
    try:
        os.link(programme, twin)
    except OSError:
        pytest.skip("this file system has no hard links")
    with pytest.raises(FileInUse):
        Document.open(twin)


def test_merge_through_a_hard_link_does_not_run_while_the_app_has_the_file(
        programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from jalostamo.services import Services

    with Services.open(programme) as svc:
        svc.team_files.send_work(tmp_path / "palautus.jalostamo")
    twin = tmp_path / "sama.jalostamo"
    try:
        os.link(programme, twin)
    except OSError:
        pytest.skip("this file system has no hard links")
    app = Document.open(programme)
    try:
        before = programme.read_bytes()
        assert main(["--lang", "en", "merge", str(twin), str(tmp_path / "palautus.jalostamo")]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "is in use" in err[0]
        assert programme.read_bytes() == before
    finally:
        app.close()
    assert main(["merge", str(twin), str(tmp_path / "palautus.jalostamo")]) == 0


def test_the_locks_go_when_the_file_is_closed(programme: Path, tmp_path: Path) -> None:
    Document.open(programme).close()
    assert not _lock_of(programme).exists()
    assert not any((Path(os.environ["JALOSTAMO_DATA_DIR"]) / "locks").glob("*.lock"))
    Document.open(programme).close()


def _write_lock(programme: Path, *, pid: object, since: str | None = None) -> None:
    _lock_of(programme).write_text(json.dumps({
        "holder": "someone@here", "host": host_name(), "pid": pid,
        "since": since or datetime.now(UTC).isoformat(timespec="seconds")}))


def test_a_lock_whose_pid_now_belongs_to_another_program_is_stale(programme: Path) -> None:
    """The pid is alive, but the program behind it holds no lock: the app that wrote it is gone
    (a restart, or the pid was reused)."""
    other = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                             stdin=subprocess.PIPE)
    try:
        _write_lock(programme, pid=other.pid)
        Document.open(programme).close()
        assert not _lock_of(programme).exists()
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=60)


def test_a_lock_from_before_the_last_start_of_the_computer_is_stale() -> None:
    """Where no operating-system lock can be tested: a live pid, but a lock older than the boot."""
    alive = os.getppid()
    old = LockInfo("someone@here", host_name(), alive, "2001-03-13T08:30:00+00:00")
    now = LockInfo("someone@here", host_name(), alive,
                   datetime.now(UTC).isoformat(timespec="seconds"))
    assert is_stale(old)
    assert not is_stale(now)


def test_a_live_lock_from_another_computer_is_honoured(programme: Path) -> None:
    _lock_of(programme).write_text(json.dumps({
        "holder": "tiina@toinen-kone", "host": "toinen-kone", "pid": 4242,
        "since": "2019-03-13T08:30:00+00:00"}))
    with pytest.raises(FileInUse) as err:
        Document.open(programme)
    assert "tiina@toinen-kone" in err.value.message("fi")
    Document.open(programme, force_lock=True).close()


# --- hostile lock files -------------------------------------------------------------------

def _huge_pid(lock: Path) -> None:
    lock.write_text(json.dumps({"holder": "x", "host": host_name(), "pid": 10**30,
                                "since": "2019-03-13T08:30:00+00:00"}))


def _garbage(lock: Path) -> None:
    lock.write_bytes(bytes(range(256)) * 4)


def _one_gigabyte(lock: Path) -> None:
    with lock.open("wb") as handle:
        handle.truncate(2**30)  # sparse: no disk used, but a careless read takes it all


def _fifo(lock: Path) -> None:
    os.mkfifo(lock)


def _dangling_symlink(lock: Path) -> None:
    lock.symlink_to(lock.parent / "ei-ole-olemassa")


def _symlink_to_a_file(lock: Path) -> None:
    target = lock.parent / "muu.txt"
    target.write_text("älä koske")
    lock.symlink_to(target)


@pytest.mark.parametrize("make", [
    _huge_pid, _garbage,
    pytest.param(_one_gigabyte, marks=posix_only),  # sparse there: no disk used
    pytest.param(_fifo, marks=posix_only),
    pytest.param(_dangling_symlink, marks=posix_only),
    pytest.param(_symlink_to_a_file, marks=posix_only),
])
def test_a_hostile_lock_file_is_stale_and_never_hangs(programme: Path, tmp_path: Path,
                                                      make: object) -> None:
    assert callable(make)
    make(_lock_of(programme))
    outcome: list[object] = []

    def open_and_close() -> None:
        try:
            Document.open(programme).close()
            outcome.append("opened")
        except BaseException as exc:  # reported below
            outcome.append(exc)

    worker = threading.Thread(target=open_and_close, daemon=True)
    worker.start()
    worker.join(timeout=60)
    if worker.is_alive():  # hangs: let a blocked read go, then fail
        if stat.S_ISFIFO(os.lstat(_lock_of(programme)).st_mode):
            os.close(os.open(_lock_of(programme), os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout=60)
        pytest.fail("opening the file hangs on its lock file")
    assert outcome == ["opened"]
    assert not os.path.lexists(_lock_of(programme))
    if make is _symlink_to_a_file:
        assert (tmp_path / "muu.txt").read_text() == "älä koske"


def test_a_folder_in_place_of_the_lock_gets_a_clear_message(
        programme: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lock = _lock_of(programme)
    lock.mkdir()
    (lock / "sisältö.txt").write_text("x")
    assert main(["--lang", "en", "merge", str(programme), str(programme)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "lock file" in err[0] and str(lock) in err[0]
    assert (lock / "sisältö.txt").exists()
