"""What a crash, a full disk or a hand-made copy leaves beside a programme file: the file
opens with every committed change, a foreign side file is moved aside (never deleted), and
backups stay with their own programme."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jalostamo.cli import main
from jalostamo.errors import FileInUse
from jalostamo.paths import backup_dir
from jalostamo.services import Services
from jalostamo.store import Document
from jalostamo.store.backup_policy import BackupPolicy, list_backups, restore_backup, rotate
from jalostamo.store.backups import backup_file, backup_name


def programme(path: Path, notes: list[str], name: str = "Ohjelma") -> None:
    with Services.create(path, name) as svc:
        team = svc.teams.add("Turku")
        board = svc.boards.board_for_team(team)
        svc.boards.add_items(board, [{"kind": "note", "text": t} for t in notes])


def notes_of(path: Path, **open_args: object) -> list[str]:
    with Services.open(path, **open_args) as svc:
        board = svc.boards.board_for_team(svc.teams.list()[0].id)
        return sorted(i["text"] for i in svc.boards.items(board))


def crashed_copy(path: Path, to: Path, more: list[str]) -> None:
    """``to`` is what a kill -9 leaves after ``more`` notes were added to ``path``: the file
    and its WAL as they were while the process still had them open."""
    svc = Services.open(path)
    try:
        board = svc.boards.board_for_team(svc.teams.list()[0].id)
        svc.boards.add_items(board, [{"kind": "note", "text": t} for t in more])
        shutil.copyfile(path, to)
        shutil.copyfile(f"{path}-wal", f"{to}-wal")
    finally:
        svc.close()


HOT_JOURNAL = r"""
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 2")  # pages spill into the file before the commit
conn.execute("BEGIN")
conn.execute("UPDATE board_items SET text = 'kesken'")
conn.execute("CREATE TABLE kesken (b BLOB)")
conn.execute("INSERT INTO kesken SELECT randomblob(9000) FROM board_items, board_items")
os._exit(9)  # killed mid-transaction: a hot journal stays beside the file
"""


def hot_journal(path: Path) -> None:
    subprocess.run([sys.executable, "-c", HOT_JOURNAL, str(path)], check=False)
    assert Path(f"{path}-journal").stat().st_size > 0


# --- a closing checkpoint that could not finish --------------------------------------------

def test_a_file_shorter_than_its_header_opens_when_its_wal_is_beside_it(tmp_path: Path) -> None:
    """What a full disk leaves: the checkpoint wrote page 1 (the new page count) but could not
    grow the file; every change is still in the WAL."""
    path = tmp_path / "ohjelma.jalostamo"
    programme(path, ["eka"])
    crashed = tmp_path / "kaatunut.jalostamo"
    crashed_copy(path, crashed, [f"muistiinpano {i} " + "x" * 900 for i in range(300)])
    wal = Path(f"{crashed}-wal").read_bytes()
    page_size = 4096
    frame = 24 + page_size
    newest_page_one = None
    for offset in range(32, len(wal) - frame + 1, frame):
        if int.from_bytes(wal[offset:offset + 4], "big") == 1:
            newest_page_one = wal[offset + 24:offset + frame]
    assert newest_page_one is not None
    data = bytearray(crashed.read_bytes())
    data[:page_size] = newest_page_one  # the checkpoint's first write, then the disk was full
    crashed.write_bytes(bytes(data))
    assert len(notes_of(crashed)) == 301
    assert not Path(f"{crashed}-wal").exists()  # closed cleanly now: one complete file


# --- hot journals ----------------------------------------------------------------------------

def test_a_hot_journal_is_rolled_back_and_the_file_opens(tmp_path: Path) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    programme(path, ["eka", "toka"])
    hot_journal(path)
    before = path.read_bytes()
    assert notes_of(path, readonly=True) == ["eka", "toka"]  # read from a private copy
    assert path.read_bytes() == before and Path(f"{path}-journal").exists()
    with Services.open(path) as svc:
        assert [n.key for n in svc.doc.notices] == ["recovery.rolled_back"]
        assert "Keskeneräinen muutos peruttiin" in svc.doc.notices[0].message("fi")
    assert notes_of(path) == ["eka", "toka"]
    assert not Path(f"{path}-journal").exists()


def test_report_and_export_read_a_file_with_a_hot_journal(tmp_path: Path) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    programme(path, ["eka"])
    hot_journal(path)
    assert main(["export-json", str(path), str(tmp_path / "ulos.json")]) == 0
    assert "eka" in (tmp_path / "ulos.json").read_text(encoding="utf-8")


def test_team_file_reads_the_programme_without_locking_it(tmp_path: Path) -> None:
    """The programme open in the app (its lock held by a live process) can still be handed
    out: team-file only reads, so it neither takes the lock nor leaves a journal."""
    path = tmp_path / "ohjelma.jalostamo"
    programme(path, ["eka"])
    script = ("import sys; from pathlib import Path; from jalostamo.store.lock import FileLock; "
              f"lock = FileLock(Path({str(path)!r})); lock.acquire(); print('ready', flush=True); "
              "sys.stdin.read(); lock.release()")
    holder = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(FileInUse):
            Document.open(path)
        out = tmp_path / "turku.jalostamo"
        assert main(["team-file", str(path), "--team", "Turku", str(out)]) == 0
        assert notes_of(out) == ["eka"]
    finally:
        holder.communicate("", timeout=60)


# --- foreign and stale side files ------------------------------------------------------------

def test_a_wal_of_another_file_is_moved_aside_not_replayed(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ohjelma.jalostamo", tmp_path / "muu.jalostamo"
    programme(ours, ["meidän"])
    programme(theirs, ["heidän"], name="Muu")
    crashed = tmp_path / "muu-kaatunut.jalostamo"
    crashed_copy(theirs, crashed, ["heidän uusi"])
    shutil.copyfile(f"{crashed}-wal", f"{ours}-wal")
    with Services.open(ours) as svc:
        assert [n.key for n in svc.doc.notices] == ["recovery.side_moved"]
        assert "siirrettiin nimelle" in svc.doc.notices[0].message("fi")
    assert notes_of(ours) == ["meidän"]
    aside = [p for p in tmp_path.iterdir() if ".foreign-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == Path(f"{crashed}-wal").read_bytes()


def test_a_stale_wal_beside_a_file_copied_back_by_hand_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    programme(path, ["eka"])
    older = tmp_path / "vanha.jalostamo"
    shutil.copyfile(path, older)
    crashed = tmp_path / "kaatunut.jalostamo"
    crashed_copy(path, crashed, ["uusi " + "y" * 500 for _ in range(200)])
    shutil.copyfile(older, crashed)  # the user copies an old copy over it, the -wal stays
    assert notes_of(crashed) == ["eka"]
    assert [p for p in tmp_path.iterdir() if ".foreign-" in p.name]


def test_a_foreign_journal_is_moved_aside(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ohjelma.jalostamo", tmp_path / "muu.jalostamo"
    programme(ours, ["meidän"])
    programme(theirs, ["heidän"], name="Muu")
    hot_journal(theirs)
    os.replace(f"{theirs}-journal", f"{ours}-journal")
    assert notes_of(ours) == ["meidän"]
    assert [p for p in tmp_path.iterdir() if p.name.startswith("ohjelma.jalostamo-journal.foreign")]


def test_a_new_programme_where_an_old_ones_wal_was_left(tmp_path: Path,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    programme(path, ["vanha"])
    crashed = tmp_path / "kaatunut.jalostamo"
    crashed_copy(path, crashed, ["vanha lisäys"])
    os.replace(f"{crashed}-wal", f"{path}-wal")
    Path(f"{path}-shm").write_bytes(b"\0" * 32768)
    path.unlink()  # the old file was deleted by hand; its -wal and -shm stayed
    assert main(["new", str(path), "--name", "Uusi"]) == 0
    assert "siirrettiin nimelle" in caplog.text  # the user is told, in their language
    with Services.open(path) as svc:
        assert svc.programme.get().name == "Uusi"
        assert svc.teams.list() == []
    assert [p for p in tmp_path.iterdir() if p.name.startswith("ohjelma.jalostamo-wal.foreign")]


def test_restoring_a_backup_moves_a_journal_aside_too(tmp_path: Path) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    programme(path, ["eka"])
    backup = backup_file(path, reason="manual")
    hot_journal(path)
    result = restore_backup(backup, path)
    assert not Path(f"{path}-journal").exists()
    assert result.kept_aside is not None and Path(f"{result.kept_aside}-journal").exists()
    assert notes_of(path) == ["eka"]


def test_an_older_file_opens_read_only_without_being_changed(tmp_path: Path) -> None:
    from tests.store.test_migrations import _file_at_first_revision

    path = tmp_path / "vanha.jalostamo"
    _file_at_first_revision(path)
    before = path.read_bytes()
    with Services.open(path, readonly=True) as svc:
        assert svc.programme.get().name == "Vanha ohjelma"
    assert path.read_bytes() == before


# --- backups by programme ---------------------------------------------------------------------

def test_two_programmes_of_the_same_name_keep_their_own_backups(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "ohjelma.jalostamo", tmp_path / "b" / "ohjelma.jalostamo"
    first.parent.mkdir()
    second.parent.mkdir()
    programme(first, ["A"], name="Ensimmäinen")
    programme(second, ["B"], name="Toinen")
    policy = BackupPolicy(keep=2)
    mine = [backup_file(first, reason="manual", policy=policy) for _ in range(2)]
    for _ in range(3):
        backup_file(second, reason="manual", policy=policy)
    assert [b.path for b in list_backups(first)] == mine[::-1]
    assert len(list_backups(second)) == 2
    assert rotate(first, policy) == []


def test_old_name_keyed_backups_stay_findable(tmp_path: Path) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    programme(path, ["eka"])
    legacy = backup_dir() / backup_name(path, "manual", datetime.now(UTC) - timedelta(hours=1))
    shutil.copyfile(path, legacy)
    fresh = backup_file(path, reason="manual")
    assert [b.path for b in list_backups(path)] == [fresh, legacy]
    other = tmp_path / "muu" / "ohjelma.jalostamo"
    other.parent.mkdir()
    programme(other, ["muu"])
    assert legacy not in [b.path for b in list_backups(other)]  # it holds the first one


def test_a_partial_copy_left_by_a_killed_backup_is_listed_and_then_cleaned(
        tmp_path: Path) -> None:
    from jalostamo.store.backups import backups_of

    path = tmp_path / "ohjelma.jalostamo"
    programme(path, ["eka"])
    done = backup_file(path, reason="manual")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    partial = backup_dir() / f".{done.name.replace('manual', 'auto')}.{dead.stdout.strip()}.partial"
    partial.write_bytes(path.read_bytes()[:8192])
    assert set(backups_of(path)) == {done, partial}
    with Services.open(path) as svc:
        assert set(backups_of(svc.doc.programme_id)) == {done, partial}
    newer = backup_file(path, reason="manual")
    assert not partial.exists()
    assert set(backups_of(path)) == {done, newer}
