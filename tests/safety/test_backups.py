"""Automatic backups: verified, rotated, owner-only, listed, restored without losing anything."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jalostamo.errors import FileRefused
from jalostamo.paths import backup_dir, user_data_dir
from jalostamo.services import Services
from jalostamo.store import Document
from jalostamo.store.backup_policy import (
    BackupPolicy,
    backup_line,
    damaged_file_offer,
    list_backups,
    newest_good_backup,
    restore_backup,
    rotate,
)
from jalostamo.store.backup_scheduler import BackupScheduler
from jalostamo.store.backups import BackupFailed, backup_file, backup_name
from jalostamo.store.probe import quick_check

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def programme(path: Path, teams: int = 2) -> Path:
    with Services.create(path, "Varmistettava") as svc:
        for city in ("Turku", "Tampere", "Oulu", "Espoo")[:teams]:
            team = svc.teams.add(city)
            svc.boards.add_item(svc.boards.board_for_team(team), "note", text=city)
    return path


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(2 * 4096, len(data) - 4096, 4096):
        data[offset:offset + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def planted_backup(path: Path, when: datetime, *, source: Path | None = None,
                   content: bytes | None = None) -> Path:
    target = backup_dir() / backup_name(path, "auto", when)
    if source is not None:
        shutil.copyfile(source, target)
    else:
        target.write_bytes(content or b"")
    return target


def test_rotation_keeps_the_count_and_every_kept_copy_is_sound(programme_path: Path) -> None:
    programme(programme_path)
    policy = BackupPolicy(keep=3)
    taken = [backup_file(programme_path, reason="manual", policy=policy) for _ in range(5)]
    kept = list_backups(programme_path)
    assert [b.path for b in kept] == taken[:1:-1]  # the newest three, newest first
    for info in kept:
        quick_check(info.path)
        assert info.summary is not None and (info.summary.teams, info.summary.items) == (2, 2)
        assert info.reason == "manual"
    print(f"rotation: kept {len(kept)} of 5")


@posix_only
def test_backups_and_programme_files_are_owner_only(programme_path: Path) -> None:
    programme(programme_path)
    copy = backup_file(programme_path, reason="manual")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup_dir().stat().st_mode) == 0o700
    assert stat.S_IMODE(programme_path.stat().st_mode) == 0o600
    with Services.open(programme_path) as svc:
        out = programme_path.with_name("kopio.jalostamo")
        svc.doc.backup_to(out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_damaged_newest_copy_never_pushes_good_ones_out(programme_path: Path) -> None:
    programme(programme_path)
    policy = BackupPolicy(keep=2)
    first = backup_file(programme_path, reason="manual", policy=policy)
    second = backup_file(programme_path, reason="manual", policy=policy)
    bad = planted_backup(programme_path, datetime.now(UTC) + timedelta(minutes=1), source=second)
    damage(bad)
    assert rotate(programme_path, policy) == []
    assert {b.path for b in list_backups(programme_path)} == {first, second, bad}
    best = newest_good_backup(programme_path)
    assert best is not None and best.path == second
    lines = [backup_line(b, "fi") for b in list_backups(programme_path)]
    assert "vahingoittunut" in lines[0] and "2 tiimiä" in lines[1]


def test_a_backup_of_a_damaged_file_is_refused_and_older_copies_stay(programme_path: Path) -> None:
    programme(programme_path)
    good = backup_file(programme_path, reason="manual", policy=BackupPolicy(keep=1))
    damage(programme_path)
    with pytest.raises(BackupFailed) as err:
        backup_file(programme_path, reason="manual", policy=BackupPolicy(keep=1))
    assert "Varmuuskopiota ei voitu tehdä" in err.value.message("fi")
    assert [b.path for b in list_backups(programme_path)] == [good]
    assert [p.name for p in backup_dir().iterdir() if p.name.endswith(".partial")] == []


def test_old_copies_age_out_but_the_newest_good_one_stays(programme_path: Path) -> None:
    programme(programme_path)
    source = backup_file(programme_path, reason="manual")
    now = datetime.now(UTC)
    old = [planted_backup(programme_path, now - timedelta(days=d), source=source)
           for d in (40, 50)]
    source.unlink()
    deleted = rotate(programme_path, BackupPolicy(keep=10, max_age_days=30), now=now)
    assert deleted == [old[1]]  # the newest good copy stays however old it is
    assert [b.path for b in list_backups(programme_path)] == [old[0]]


def test_damaged_file_offers_the_newest_good_backup_and_keeps_itself(programme_path: Path) -> None:
    programme(programme_path, teams=3)
    backup_file(programme_path, reason="close")
    damage(programme_path)
    damaged_bytes = programme_path.read_bytes()
    with pytest.raises(FileRefused) as err:
        Document.open(programme_path)
    assert err.value.key == "file.damaged"
    question, offer = damaged_file_offer(programme_path, "fi")
    assert offer is not None
    assert "Avataanko se?" in question and "3 tiimiä" in question
    result = restore_backup(offer.path, programme_path)
    assert result.kept_aside is not None and result.kept_aside.read_bytes() == damaged_bytes
    with Services.open(programme_path) as svc:
        assert [t.city for t in svc.teams.list()] == ["Turku", "Tampere", "Oulu"]


def test_no_backup_gives_a_plain_notice_and_a_damaged_backup_is_not_restored(
        programme_path: Path, tmp_path: Path) -> None:
    programme(programme_path)
    question, offer = damaged_file_offer(programme_path, "en")
    assert offer is None and "No good backup" in question
    bad = planted_backup(programme_path, datetime.now(UTC), content=b"SQLite format 3\x00" + bytes(200))
    before = programme_path.read_bytes()
    with pytest.raises(FileRefused) as err:
        restore_backup(bad, programme_path)
    assert err.value.key == "safety.backup.damaged"
    assert programme_path.read_bytes() == before
    fresh = tmp_path / "uusi" / "palautettu.jalostamo"
    good = backup_file(programme_path, reason="manual")
    assert restore_backup(good, fresh).kept_aside is None
    with Services.open(fresh) as svc:
        assert len(svc.teams.list()) == 2


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_scheduler_backs_up_every_interval_while_there_are_changes(services: Services) -> None:
    clock = Clock()
    scheduler = BackupScheduler(services.doc, services.events,
                                policy=BackupPolicy(interval_minutes=10), clock=clock)
    assert scheduler.tick() is None  # nothing changed
    team = services.teams.add("Vantaa")
    clock.now += 9 * 60
    assert scheduler.tick() is None  # not yet ten minutes
    clock.now += 60
    first = scheduler.tick()
    assert first is not None and ".auto." in first.name
    clock.now += 20 * 60
    assert scheduler.tick() is None  # no change since
    services.teams.update_card(team, title="Uusi otsikko")
    merge = scheduler.before("merge")
    assert ".merge." in merge.name
    conn = sqlite3.connect(merge)
    assert conn.execute("SELECT title FROM experiment_cards").fetchone() == ("Uusi otsikko",)
    conn.close()
    assert scheduler.on_close() is None  # the merge backup already has every change
    services.teams.add("Espoo")
    assert scheduler.on_close() is None  # unsubscribed on close: later changes are not seen
    reasons = [b.reason for b in list_backups(services.doc.path)]
    assert reasons == ["merge", "auto"]


def test_scheduler_takes_a_backup_on_close_after_changes(services: Services) -> None:
    scheduler = BackupScheduler(services.doc, services.events)
    services.teams.add("Jyväskylä")
    closing = scheduler.on_close()
    assert closing is not None and ".close." in closing.name
    info = list_backups(services.doc.path)[0]
    assert info.summary is not None and info.summary.teams == 1
    assert "suljettaessa" in backup_line(info, "fi")


def test_policy_is_read_from_the_users_settings_and_bad_values_fall_back() -> None:
    from jalostamo import settings_file
    from jalostamo.services.settings import Settings

    assert BackupPolicy.load() == BackupPolicy()
    # an older version's own file is still read
    (user_data_dir() / "backup-policy.json").write_text(json.dumps({"keep": 4}))
    assert BackupPolicy.load() == BackupPolicy(keep=4)
    # one settings file: the policy and the app's settings are kept side by side
    settings = Settings.load()
    settings.language = "sv"
    settings.save()
    BackupPolicy(keep=5, max_age_days=7, interval_minutes=3).save()
    settings.font_scale = 1.25
    settings.save()  # does not drop the policy
    assert BackupPolicy.load() == BackupPolicy(keep=5, max_age_days=7, interval_minutes=3)
    assert Settings.load().language == "sv" and Settings.load().font_scale == 1.25
    assert set(json.loads(settings_file.settings_path().read_text())) >= {"language",
                                                                        "backup_policy"}
    settings_file.write_section("backup_policy", {"keep": 0})
    assert BackupPolicy.load() == BackupPolicy()
    settings_file.settings_path().write_text("{not json")
    assert BackupPolicy.load() == BackupPolicy() and Settings.load() == Settings()


def test_upgrading_an_old_file_keeps_a_backup_of_it_first(tmp_path: Path) -> None:
    from tests.store.test_migrations import _file_at_first_revision

    path = tmp_path / "vanha.jalostamo"
    _file_at_first_revision(path)
    Document.open(path).close()
    [info] = list_backups(path)
    assert info.reason == "migration"
    conn = sqlite3.connect(info.path.resolve().as_uri() + "?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone() == (1,)  # the file as it was
    conn.close()
