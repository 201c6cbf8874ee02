"""Backups that do not block and do not multiply the disk: a stepwise copy of one snapshot on
another thread, cancel without leftovers, retention bounded by total size, and verdicts of
copies remembered instead of reading every copy at every rotation."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from jalostamo.paths import backup_dir
from jalostamo.services import Services
from jalostamo.store import backup_policy, backup_verdicts, backups
from jalostamo.store.backup_policy import BackupPolicy, list_backups, rotate
from jalostamo.store.backup_scheduler import BackupScheduler
from jalostamo.store.backups import backup_file, backup_name
from jalostamo.store.probe import quick_check


def teams_in(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute(
            "SELECT city FROM teams WHERE deleted_at IS NULL"))
    finally:
        conn.close()


def test_a_backup_on_another_thread_copies_one_snapshot_while_the_app_writes(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    services.teams.add("Turku")
    for n in range(40):  # a few hundred pages, copied a page a step
        services.teams.add(f"Tiimi {n}", description="x" * 2000)
    monkeypatch.setattr(backups, "STEP_PAGES", 1)
    now = [0.0]
    scheduler = BackupScheduler(services.doc, services.events, policy=BackupPolicy(),
                                clock=lambda: now[0])
    services.teams.add("Espoo")
    now[0] += 3600
    pending = scheduler.claim("auto")
    assert pending is not None and not scheduler.dirty
    steps: list[int] = []
    wrote = threading.Event()
    go_on = threading.Event()

    def progress(done: int, total: int) -> None:
        steps.append(done)
        if len(steps) == 2:
            wrote.clear()
            go_on.set()  # let the app write in the middle of the copy
            wrote.wait(timeout=30)

    result: list[Any] = []
    worker = threading.Thread(target=lambda: result.append(pending.run(progress)))
    worker.start()
    go_on.wait(timeout=30)
    services.teams.add("Vantaa")  # the app keeps writing on its own connection meanwhile
    wrote.set()
    worker.join(timeout=60)
    copy = result[0]
    quick_check(copy)
    names = teams_in(copy)
    assert "Espoo" in names and "Vantaa" not in names  # what was committed when it began
    assert len(steps) > 10 and steps == sorted(steps)
    scheduler.settle(copy, None)
    assert scheduler.dirty  # "Vantaa" is due in the next backup
    assert [b.path for b in list_backups(services.doc.path)] == [copy]


def test_a_cancelled_backup_leaves_nothing_behind(services: Services,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(20):
        services.teams.add(f"Tiimi {n}", description="x" * 2000)
    monkeypatch.setattr(backups, "STEP_PAGES", 1)

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done >= 3:
            raise Stop()

    with pytest.raises(Stop):
        backup_file(services.doc.path, reason="auto", progress=progress)
    assert [p for p in backup_dir().iterdir() if p.name != "index.json"] == []


def planted(source: Path, programme: Path, when: datetime) -> Path:
    target = backup_dir() / backup_name(programme, "auto", when)
    shutil.copyfile(source, target)
    return target


def test_retention_is_bounded_by_size_and_thins_old_copies(programme_path: Path) -> None:
    with Services.create(programme_path, "Koko") as svc:
        svc.teams.add("Turku")
    source = backup_file(programme_path, reason="manual")
    now = datetime.now(UTC)
    ages = [timedelta(minutes=m) for m in (10, 20, 30, 40)] + [timedelta(days=1),
                                                                timedelta(days=2)]
    old = [planted(source, programme_path, now - age) for age in ages]
    newest = planted(source, programme_path, now + timedelta(seconds=1))
    source.unlink()
    policy = BackupPolicy(keep=20, max_total_times=3, size_floor_mb=0)
    rotate(programme_path, policy, now=now)
    kept = [b.path for b in list_backups(programme_path)]
    assert len(kept) == 3 and kept[0] == newest  # three times the file, the newest first
    assert old[4] in kept  # a copy from yesterday is still there: thinned, not cut off
    assert sum(p.stat().st_size for p in kept) <= 3 * newest.stat().st_size
    # a small programme under the floor keeps every copy the count allows
    assert rotate(programme_path, BackupPolicy(keep=20, max_total_times=1), now=now) == []


def test_rotation_does_not_read_copies_it_has_checked(programme_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with Services.create(programme_path, "Koko") as svc:
        svc.teams.add("Turku")
    reads: list[Path] = []
    real = backup_policy.quick_check

    def counted_check(path: Path) -> None:
        reads.append(path)
        real(path)

    monkeypatch.setattr(backup_policy, "quick_check", counted_check)
    policy = BackupPolicy(keep=20)
    for _ in range(4):
        backup_file(programme_path, reason="manual", policy=policy)
    assert reads == []  # each copy was checked when written; that verdict is remembered
    backup_verdicts.forget_all()  # a new process: the verdicts are in the backup folder
    rotate(programme_path, policy)
    assert reads == []
    assert len(list_backups(programme_path)) == 4
