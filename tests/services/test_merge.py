"""Merging team files: rows by id, newer wins, tombstones travel, conflicts are logged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jalostamo.errors import FileRefused
from jalostamo.models import Board, BoardItem, ItemKind, Media
from jalostamo.services import Services

SKIP_TABLES = ("merge_records", "conflicts", "file_meta", "alembic_version")


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every programme table, in a stable order (the logical content)."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in sorted(tables) if t not in SKIP_TABLES}
    finally:
        conn.close()


def make_programme(tmp: Path) -> tuple[Path, dict[str, str]]:
    path = tmp / "fasilitaattori.jalostamo"
    svc = Services.create(path, "Kevät 2019", device_id="dev-facilitator")
    ids = {"turku": svc.teams.add("Turku"), "oulu": svc.teams.add("Oulu")}
    board = svc.entities.create(Board, programme_id=svc.doc.programme_id, team_id=ids["turku"])
    ids["board"] = board
    notes = svc.entities.create_many(
        BoardItem, [{"board_id": board, "kind": ItemKind.NOTE, "text": f"Lappu {i}"} for i in range(4)])
    ids.update({f"note{i}": n for i, n in enumerate(notes)})
    svc.close()
    return path, ids


def hand_out(master: Path, team_id: str, out: Path) -> Path:
    svc = Services.open(master, device_id="dev-facilitator")
    try:
        svc.team_files.make_team_file(team_id, out)
    finally:
        svc.close()
    return out


def test_team_work_comes_back_and_merging_twice_changes_nothing(tmp_path: Path) -> None:
    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    team = Services.open(team_file, device_id="dev-turku")
    assert (team.doc.role, team.doc.team_id) == ("team", ids["turku"])
    team.teams.update_card(ids["turku"], title="Satutuokiot päiväkodissa")
    team.entities.delete(BoardItem, ids["note0"])
    new_note = team.entities.create(BoardItem, board_id=ids["board"], kind=ItemKind.NOTE,
                                    text="Uusi idea")
    team.team_files.send_work(tmp_path / "palautus.jalostamo")
    team.close()

    svc = Services.open(master, device_id="dev-facilitator")
    try:
        preview = svc.merge.preview([tmp_path / "palautus.jalostamo"])
        assert svc.teams.card(ids["turku"]).title == ""  # the preview wrote nothing
        assert preview.counts[("Turku", "experiment_cards", "changed")] == 1
        assert preview.counts[("Turku", "board_items", "deleted")] == 1
        assert preview.counts[("Turku", "board_items", "added")] == 1
        summary = svc.merge.merge([tmp_path / "palautus.jalostamo"])
        assert summary.conflicts == 0
        assert svc.teams.card(ids["turku"]).title == "Satutuokiot päiväkodissa"
        texts = {n.text for n in svc.entities.list(BoardItem, board_id=ids["board"])}
        assert texts == {"Lappu 1", "Lappu 2", "Lappu 3", "Uusi idea"}
        assert svc.entities.get(BoardItem, new_note).text == "Uusi idea"
        before = dump(master)
        again = svc.merge.merge([tmp_path / "palautus.jalostamo"])
        assert sum(again.counts.values()) == 0
    finally:
        svc.close()
    assert dump(master) == before


def test_concurrent_edits_keep_the_newer_and_log_the_other(tmp_path: Path) -> None:
    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    team = Services.open(team_file, device_id="dev-turku")
    team.entities.update(BoardItem, ids["note1"], text="Tiimin versio")
    team.close()
    svc = Services.open(master, device_id="dev-facilitator")
    try:
        svc.entities.update(BoardItem, ids["note1"], text="Fasilitaattorin versio")  # newer
        summary = svc.merge.merge([team_file])
        assert summary.conflicts == 1
        assert svc.entities.get(BoardItem, ids["note1"]).text == "Fasilitaattorin versio"
        [conflict] = svc.team_files.conflicts()
        assert conflict.loser["text"] == "Tiimin versio"
        assert conflict.winner["text"] == "Fasilitaattorin versio"
        svc.team_files.choose_other(conflict.id)
        assert svc.entities.get(BoardItem, ids["note1"]).text == "Tiimin versio"
        assert svc.team_files.conflicts() == []
        assert svc.merge.merge([team_file]).conflicts == 0  # logged once, not again
    finally:
        svc.close()


def test_file_of_another_programme_is_refused_and_target_unchanged(tmp_path: Path) -> None:
    master, _ids = make_programme(tmp_path)
    other = tmp_path / "toinen.jalostamo"
    Services.create(other, "Toinen ohjelma").close()
    before = dump(master)
    svc = Services.open(master)
    try:
        with pytest.raises(FileRefused) as err:
            svc.merge.merge([other])
        assert err.value.key == "merge.other_programme"
        assert "Toinen ohjelma" in err.value.message("fi")
    finally:
        svc.close()
    assert dump(master) == before


@pytest.mark.parametrize("attack", ["trigger", "view", "bad_value", "extra_column",
                                    "dangling_reference", "forged_media"])
def test_hostile_sources_are_refused_whole(tmp_path: Path, attack: str) -> None:
    master, ids = make_programme(tmp_path)
    source = hand_out(master, ids["turku"], tmp_path / "paha.jalostamo")
    team = Services.open(source, device_id="dev-evil")
    team.entities.update(BoardItem, ids["note2"], text="Muutos joka ei saa tulla perille")
    team.close()
    conn = sqlite3.connect(source)
    if attack == "trigger":
        conn.execute("CREATE TRIGGER t AFTER UPDATE ON teams BEGIN DELETE FROM teams; END")
    elif attack == "view":
        conn.execute("CREATE VIEW v AS SELECT * FROM teams")
    elif attack == "bad_value":
        conn.execute("UPDATE board_items SET x = 'vasen' WHERE id = ?", (ids["note3"],))
    elif attack == "extra_column":
        conn.execute("ALTER TABLE teams ADD COLUMN payload TEXT")
    elif attack == "dangling_reference":
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE board_items SET board_id = 'ei-ole', updated_at = "
                     "'2099-01-01T00:00:00.000000Z', field_clock = "
                     "'{\"board_id\": [\"999999999999900000@dev-evil\", \"\"]}' WHERE id = ?",
                     (ids["note3"],))
    elif attack == "forged_media":
        conn.execute("INSERT INTO media (id, mime_type, width, height, original, preview, "
                     "thumbnail, caption, created_at, updated_at, device_id) VALUES "
                     "(?, 'image/jpeg', 1, 1, x'00', x'00', x'00', '', "
                     "'2019-01-01T00:00:00.000000Z', '2019-01-01T00:00:00.000000Z', 'x')",
                     ("0" * 64,))
    conn.commit()
    conn.close()
    source_bytes = source.read_bytes()
    before = dump(master)
    svc = Services.open(master)
    try:
        with pytest.raises(FileRefused) as err:
            svc.merge.merge([source])
        assert err.value.key in ("merge.hostile", "merge.broken_links")
        assert "ei tehty muutoksia" in err.value.message("fi")
    finally:
        svc.close()
    assert dump(master) == before
    assert source.read_bytes() == source_bytes  # the source is never modified


def test_damaged_and_foreign_sources_get_the_file_messages(tmp_path: Path) -> None:
    master, _ = make_programme(tmp_path)
    junk = tmp_path / "roska.jalostamo"
    junk.write_bytes(b"not a database at all" * 100)
    svc = Services.open(master)
    try:
        with pytest.raises(FileRefused) as err:
            svc.merge.merge([junk])
        assert err.value.key == "file.not_sqlite"
    finally:
        svc.close()


def test_photos_travel_by_hash(tmp_path: Path) -> None:
    import io

    from PIL import Image

    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    team = Services.open(team_file, device_id="dev-turku")
    photo = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 20, 30)).save(photo, "JPEG")
    digest = team.media.import_bytes(photo.getvalue(), "kuva.jpg", team_id=ids["turku"])
    data = team.media.blob(digest, "original")
    team.close()
    svc = Services.open(master)
    try:
        svc.merge.merge([team_file])
        with svc.doc.session() as session:
            stored = session.get(Media, digest)
            assert stored is not None and stored.original == data
    finally:
        svc.close()


def test_a_team_file_edits_only_its_own_team(tmp_path: Path) -> None:
    from jalostamo.models import Theme
    from jalostamo.services.ownership import NotYourTeam

    master, ids = make_programme(tmp_path)
    with Services.open(master, device_id="dev-facilitator") as svc:
        oulu_board = svc.entities.create(Board, programme_id=svc.doc.programme_id,
                                         team_id=ids["oulu"])
        oulu_note = svc.entities.create(BoardItem, board_id=oulu_board, kind=ItemKind.NOTE)
        theme = svc.programme.add_theme("Osallisuus ja demokratia")
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        team.entities.update(BoardItem, ids["note1"], text="Oma lappu")  # own board: fine
        team.teams.update_card(ids["turku"], title="Oma kortti")
        team.teams.add_member(ids["turku"], "Uusi Jäsen")
        team.entities.create(BoardItem, board_id=ids["board"], kind=ItemKind.NOTE, text="Uusi")
        with pytest.raises(NotYourTeam) as err:
            team.entities.update(BoardItem, oulu_note, text="Vieras muutos")
        assert "toiselle tiimille" in err.value.message("fi")
        with pytest.raises(NotYourTeam):
            team.entities.create(BoardItem, board_id=oulu_board, kind=ItemKind.NOTE)
        with pytest.raises(NotYourTeam):
            team.teams.update_card(ids["oulu"], title="Vieras kortti")
        with pytest.raises(NotYourTeam):
            team.entities.update(Theme, theme, name="Muutettu teema")
        with pytest.raises(NotYourTeam):
            team.entities.delete(BoardItem, oulu_note)
        assert team.entities.get(BoardItem, oulu_note).text == ""
