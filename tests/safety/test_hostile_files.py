"""A corpus of bad programme files: each gets one clear message and is left byte for byte.

The photo and JSON corpora live in tests/services/test_media.py and test_json_io.py.
"""

from __future__ import annotations

import random
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from jalostamo.errors import FileRefused, UserError
from jalostamo.services import Services
from jalostamo.store import Document
from jalostamo.store.schema import APPLICATION_ID, SCHEMA_VERSION

Maker = Callable[[Path], None]


def good(path: Path) -> None:
    with Services.create(path, "Hyvä") as svc:
        team = svc.teams.add("Turku")
        svc.boards.add_item(svc.boards.board_for_team(team), "note", text="muistilappu")


def sql(*statements: str) -> Maker:
    def make(path: Path) -> None:
        good(path)
        conn = sqlite3.connect(path)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()
    return make


def raw(data: bytes) -> Maker:
    def make(path: Path) -> None:
        path.write_bytes(data)
    return make


def cut(keep: Callable[[int], int]) -> Maker:
    def make(path: Path) -> None:
        good(path)
        data = path.read_bytes()
        path.write_bytes(data[:keep(len(data))])
    return make


def scribble(path: Path) -> None:
    good(path)
    data = bytearray(path.read_bytes())
    rng = random.Random(7)
    for page in range(2, len(data) // 4096):
        start = page * 4096 + 8
        data[start:start + 200] = bytes(rng.randrange(256) for _ in range(200))
    path.write_bytes(bytes(data))


def sqlite_header_then_noise(path: Path) -> None:
    rng = random.Random(3)
    header = bytearray(b"SQLite format 3\x00" + bytes(84))
    header[16:18] = struct.pack(">H", 4096)
    header[28:32] = struct.pack(">I", 3)
    header[68:72] = struct.pack(">I", APPLICATION_ID)
    path.write_bytes(bytes(header) + bytes(rng.randrange(256) for _ in range(3 * 4096 - 100)))


def foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Maija', '040 123')")
    conn.commit()
    conn.close()


def ours_but_empty(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute("CREATE TABLE teams (id TEXT)")
    conn.commit()
    conn.close()


def folder(path: Path) -> None:
    path.mkdir()


CORPUS: dict[str, tuple[Maker, str]] = {
    "zero_bytes": (raw(b""), "file.empty"),
    "text": (raw("Tämä ei ole tietokanta\n".encode() * 50), "file.not_sqlite"),
    "png": (raw(b"\x89PNG\r\n\x1a\n" + bytes(500)), "file.not_sqlite"),
    "zip": (raw(b"PK\x03\x04" + bytes(500)), "file.not_sqlite"),
    "header_only": (raw(b"SQLite format 3\x00"), "file.not_sqlite"),
    "sqlite_header_random_bytes": (sqlite_header_then_noise, "file.damaged"),
    "another_applications_sqlite": (foreign_sqlite, "file.not_ours"),
    "ours_but_no_programme": (ours_but_empty, "file.damaged"),
    "newer_version": (sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}"), "file.newer"),
    "far_newer_version": (sql("PRAGMA user_version = 4000000"), "file.newer"),
    "trigger_planted": (sql("CREATE TRIGGER wipe AFTER UPDATE ON programmes "
                            "BEGIN DELETE FROM teams; END"), "safety.file.planted"),
    "trigger_on_insert": (sql("CREATE TRIGGER spy AFTER INSERT ON board_items "
                              "BEGIN UPDATE teams SET city = 'x'; END"), "safety.file.planted"),
    "view_planted": (sql("CREATE VIEW everything AS SELECT * FROM teams"), "safety.file.planted"),
    "trigger_in_older_version": (sql("CREATE TRIGGER t AFTER UPDATE ON teams BEGIN "
                                     "DELETE FROM teams; END", "PRAGMA user_version = 1"),
                                 "safety.file.planted"),
    "truncated_half": (cut(lambda n: n // 2), "file.damaged"),
    "truncated_to_one_page": (cut(lambda n: 4096), "file.damaged"),
    "truncated_by_one_byte": (cut(lambda n: n - 1), "file.damaged"),
    "truncated_header": (cut(lambda n: 60), "file.not_sqlite"),
    "damaged_pages": (scribble, "file.damaged"),
    "a_folder": (folder, "file.unreadable"),
}


def snapshot(folder: Path) -> dict[str, bytes | None]:
    return {p.name: (p.read_bytes() if p.is_file() else None) for p in folder.iterdir()}


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_bad_programme_file_is_refused_untouched(tmp_path: Path, case: str) -> None:
    maker, key = CORPUS[case]
    path = tmp_path / "ohjelma.jalostamo"
    maker(path)
    before = snapshot(tmp_path)
    with pytest.raises(FileRefused) as err:
        Services.open(path)
    assert err.value.key == key, err.value.message("en")
    message = err.value.message("fi")
    assert str(path) in message and "{" not in message and "Traceback" not in message
    assert snapshot(tmp_path) == before  # same bytes, no lock, no -wal or -shm left behind
    with pytest.raises(UserError):
        Document.open(path, readonly=True)
    assert snapshot(tmp_path) == before


def test_planted_trigger_never_runs(tmp_path: Path) -> None:
    path = tmp_path / "ohjelma.jalostamo"
    sql("CREATE TRIGGER wipe BEFORE UPDATE ON programmes BEGIN DELETE FROM teams; END")(path)
    with pytest.raises(FileRefused):
        Services.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM teams").fetchone() == (1,)
    conn.close()


def test_the_corpus_is_what_the_note_says() -> None:
    print(f"programme file corpus: {len(CORPUS)} cases")
    assert len(CORPUS) >= 20
