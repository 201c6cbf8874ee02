"""A full disk, read-only media and a file pulled away: a clear message, the app goes on."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from jalostamo.errors import ReadOnlyDocument, StorageFull
from jalostamo.models import BoardItem
from jalostamo.services import Services
from jalostamo.store import Document
from jalostamo.store.document import make_engine


def limit_pages(svc: Services, extra_pages: int) -> None:
    """Let the file grow by ``extra_pages`` pages only, as if the disk were that full."""
    with svc.doc.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())

    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + extra_pages}")

    event.listen(svc.doc.engine, "connect", on_connect)
    svc.doc.engine.dispose()  # every connection from now on has the limit


def note_texts(svc: Services, board: str) -> list[str]:
    return sorted(i["text"] for i in svc.boards.items(board))


def test_full_disk_refuses_the_edit_whole_and_keeps_earlier_ones(services: Services) -> None:
    svc = services
    team = svc.teams.add("Oulu")
    board = svc.boards.board_for_team(team)
    svc.boards.add_item(board, "note", text="ennen")
    limit_pages(svc, 4)
    with pytest.raises(StorageFull) as err:
        svc.boards.add_items(board, [{"kind": "note", "text": "x" * 5000} for _ in range(50)])
    assert "levy on täynnä" in err.value.message("fi")
    assert "Viimeisin muutos ei tallentunut" in err.value.message("fi")
    assert "disk is full" in err.value.message("en")
    assert note_texts(svc, board) == ["ennen"]  # nothing half-written, earlier edit there
    svc.teams.update_card(team, title="pieni muutos mahtuu")  # small edits still fit
    assert svc.teams.card(team).title == "pieni muutos mahtuu"
    with pytest.raises(StorageFull):
        svc.boards.update_item(svc.boards.items(board)[0]["id"], text="y" * 100_000)
    assert note_texts(svc, board) == ["ennen"]
    svc.close()
    conn = sqlite3.connect(svc.doc.path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_read_only_medium_gives_a_clear_message_and_reads_go_on(programme_path: Path) -> None:
    with Services.create(programme_path, "X") as svc:
        team = svc.teams.add("Espoo")
    before = programme_path.read_bytes()
    # the medium is read-only: every connection the document makes is mode=ro
    doc = Document(programme_path, make_engine(programme_path, readonly=True), readonly=False,
                   device_id="d", lock=None)
    svc = Services(doc)
    try:
        with pytest.raises(ReadOnlyDocument) as err:
            svc.teams.update_card(team, title="ei tallennu")
        assert "vain luku" in err.value.message("fi")
        with pytest.raises(ReadOnlyDocument):
            svc.teams.add("Vantaa")
        assert [t.city for t in svc.teams.list()] == ["Espoo"]
        assert svc.teams.card(team).title == ""
    finally:
        svc.close()
    assert programme_path.read_bytes() == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_file_opens_read_only(programme_path: Path) -> None:
    Document.create(programme_path, "X").close()
    os.chmod(programme_path, 0o400)
    try:
        if os.access(programme_path, os.W_OK):
            pytest.skip("running as root: permissions are not enforced")
        with Services.open(programme_path) as svc:
            assert svc.doc.readonly
            with pytest.raises(ReadOnlyDocument):
                svc.teams.add("Turku")
    finally:
        os.chmod(programme_path, 0o600)


@pytest.mark.parametrize("how", ["deleted", "moved", "replaced"])
def test_file_pulled_away_under_an_open_document(programme_path: Path, tmp_path: Path,
                                                 how: str) -> None:
    svc = Services.create(programme_path, "Tikulla")
    team = svc.teams.add("Turku")
    board = svc.boards.board_for_team(team)
    svc.boards.add_item(board, "note", text="tallessa")
    elsewhere = tmp_path / "muualla.jalostamo"
    if how == "deleted":
        programme_path.unlink()
    elif how == "moved":
        os.replace(programme_path, elsewhere)
    else:
        os.replace(programme_path, elsewhere)
        programme_path.write_bytes(b"another stick, another file")
    try:
        with pytest.raises(StorageFull) as err:
            svc.boards.add_item(board, "note", text="ei minnekään")
        assert err.value.key == "safety.file.gone"
        assert "muistitikku" in err.value.message("fi")
        assert note_texts(svc, board) == ["tallessa"]  # reading goes on
        assert svc.entities.count(BoardItem, board_id=board) == 1
        rescue = tmp_path / "pelastettu.jalostamo"
        svc.doc.backup_to(rescue)  # "Save a copy" still works from the open connection
    finally:
        svc.close()
    if how == "replaced":
        assert programme_path.read_bytes() == b"another stick, another file"
    with Services.open(rescue) as saved:
        assert note_texts(saved, saved.boards.board_for_team(saved.teams.list()[0].id)) == ["tallessa"]
