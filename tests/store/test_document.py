"""Opening, creating and refusing programme files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jalostamo.errors import FileInUse, FileRefused, ReadOnlyDocument
from jalostamo.models import Team
from jalostamo.store import Document
from jalostamo.store.schema import APPLICATION_ID, SCHEMA_VERSION


def _digest(path: Path) -> bytes:
    return path.read_bytes()


def test_new_file_is_marked_as_ours_and_complete_after_close(programme_path: Path) -> None:
    Document.create(programme_path, "Kevät 2019").close()
    conn = sqlite3.connect(programme_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT name FROM programmes").fetchone()[0] == "Kevät 2019"
    conn.close()
    assert not Path(f"{programme_path}-wal").exists()


def test_create_refuses_to_overwrite(programme_path: Path) -> None:
    programme_path.write_bytes(b"keep me")
    with pytest.raises(FileRefused) as err:
        Document.create(programme_path, "X")
    assert err.value.key == "file.exists"
    assert programme_path.read_bytes() == b"keep me"


def test_open_uses_wal_and_foreign_keys(programme_path: Path) -> None:
    doc = Document.create(programme_path, "X")
    try:
        with doc.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        doc.close()


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (b"", "file.empty"),
        (b"\x00\xff random bytes \x13" * 300, "file.not_sqlite"),
        (b"SQLite format 3\x00", "file.not_sqlite"),
    ],
)
def test_refuses_files_that_are_not_sqlite(tmp_path: Path, content: bytes, key: str) -> None:
    path = tmp_path / "bad.jalostamo"
    path.write_bytes(content)
    with pytest.raises(FileRefused) as err:
        Document.open(path)
    assert err.value.key == key
    assert path.read_bytes() == content
    assert not Path(f"{path}.lock").exists()


def test_refuses_foreign_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "other.jalostamo"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(FileRefused) as err:
        Document.open(path)
    assert err.value.key == "file.not_ours"
    assert "toisen sovelluksen" in err.value.message()
    assert _digest(path) == before


def test_refuses_file_from_newer_version(programme_path: Path) -> None:
    Document.create(programme_path, "X").close()
    conn = sqlite3.connect(programme_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = _digest(programme_path)
    with pytest.raises(FileRefused) as err:
        Document.open(programme_path)
    assert err.value.key == "file.newer"
    assert "uudemmalla" in err.value.message("fi")
    assert "newer version" in err.value.message("en")
    assert _digest(programme_path) == before


def test_refuses_truncated_file(programme_path: Path) -> None:
    Document.create(programme_path, "X").close()
    data = programme_path.read_bytes()
    programme_path.write_bytes(data[: len(data) // 2])
    before = _digest(programme_path)
    with pytest.raises(FileRefused) as err:
        Document.open(programme_path)
    assert err.value.key == "file.damaged"
    assert _digest(programme_path) == before


def test_refuses_file_with_damaged_pages(programme_path: Path) -> None:
    svc_doc = Document.create(programme_path, "X")
    svc_doc.close()
    data = bytearray(programme_path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):  # scribble over b-tree pages
        data[offset : offset + 64] = b"\xa5" * 64
    programme_path.write_bytes(bytes(data))
    with pytest.raises(FileRefused) as err:
        Document.open(programme_path)
    assert err.value.key == "file.damaged"


def test_second_instance_is_told_who_holds_the_file(programme_path: Path) -> None:
    first = Document.create(programme_path, "X")
    try:
        with pytest.raises(FileInUse) as err:
            Document.open(programme_path)
        assert err.value.holder
        assert "vain luku" in err.value.message("fi")
        second = Document.open(programme_path, readonly=True)
        try:
            assert second.readonly
            with pytest.raises(ReadOnlyDocument), second.transaction():
                pass
        finally:
            second.close()
    finally:
        first.close()
    Document.open(programme_path).close()  # the lock went with the first instance


def test_stale_lock_from_killed_instance_is_taken_over(programme_path: Path) -> None:
    Document.create(programme_path, "X").close()
    lock = Path(f"{programme_path}.lock")
    import json
    import socket

    lock.write_text(json.dumps({"holder": "someone@here", "host": socket.gethostname(),
                                "pid": 2**22 + 12345, "since": "2019-03-13T08:30:00+00:00"}))
    doc = Document.open(programme_path)
    doc.close()
    assert not lock.exists()


def test_rows_carry_identity_and_history(services: object) -> None:
    from jalostamo.services import Services

    assert isinstance(services, Services)
    team_id = services.teams.add("Turku")
    team = services.entities.get(Team, team_id)
    assert len(team.id) == 36
    assert team.created_at.tzinfo is not None
    assert team.device_id == services.doc.device_id
    services.entities.delete(Team, team_id)
    gone = services.entities.get(Team, team_id, include_deleted=True)
    assert gone.deleted_at is not None
    assert services.teams.list() == []
