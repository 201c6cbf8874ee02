"""A new programme where an old one was deleted but its -wal / -shm were left behind."""

from __future__ import annotations

import shutil
from pathlib import Path

from jalostamo.services import Services
from jalostamo.store import Document


def leave_a_wal_behind(path: Path, stash: Path) -> None:
    """An old programme at ``path`` that was deleted with its -wal and -shm left over."""
    svc = Services.create(path, "Vanha")
    svc.teams.add("Turku")
    for side in ("-wal", "-shm"):
        shutil.copyfile(f"{path}{side}", f"{stash}{side}")  # as they were while it was open
    svc.close()
    path.unlink()
    for side in ("-wal", "-shm"):
        shutil.copyfile(f"{stash}{side}", f"{path}{side}")


def test_a_new_programme_over_a_left_wal_is_sound_and_the_wal_is_kept_aside(
        tmp_path: Path) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    leave_a_wal_behind(path, tmp_path / "stash")
    assert Path(f"{path}-wal").stat().st_size > 0
    doc = Document.create(path, "Uusi")
    try:
        assert [n.key for n in doc.notices] == ["recovery.orphan_moved"]
    finally:
        doc.close()
    with Services.open(path) as svc:  # opens as a sound file, with nothing of the old one
        assert svc.programme.get().name == "Uusi" and svc.teams.list() == []
    aside = [p.name for p in tmp_path.iterdir() if ".foreign-" in p.name or "aside" in p.name]
    assert aside, sorted(p.name for p in tmp_path.iterdir())


def test_a_left_shm_alone_does_not_make_the_new_file_damaged(tmp_path: Path) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    leave_a_wal_behind(path, tmp_path / "stash")
    Path(f"{path}-wal").unlink()
    with Services.create(path, "Uusi") as svc:
        assert svc.teams.list() == []
    with Services.open(path) as svc:
        assert svc.programme.get().name == "Uusi"
