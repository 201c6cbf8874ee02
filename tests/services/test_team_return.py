"""A team's return file ("Send my work"): only the rows the team changed since its hand-out,
merged to the same result as the team's whole file."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from jalostamo.errors import FileRefused, StorageFull
from jalostamo.models import BoardItem, ItemKind, Media, Person
from jalostamo.services import Services
from jalostamo.store.document import Document
from tests.services.test_merge import SKIP_TABLES, dump, hand_out, make_programme


def rows_in(path: Path) -> dict[str, int]:
    """How many rows each table of the file holds (the tables that hold any)."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()
    return {t: n for t, n in counts.items() if n and t not in SKIP_TABLES}


def photo(color: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), color).save(out, "PNG")
    return out.getvalue()


def test_a_return_holds_only_the_changed_rows_and_merges_as_the_whole_file(
        tmp_path: Path) -> None:
    master, ids = make_programme(tmp_path)
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.media.import_bytes(photo("red"), "vanha.png", team_id=ids["turku"])
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        for k in range(3):
            team.entities.update(BoardItem, ids[f"note{k}"], text=f"Tiimin muutos {k}")
        team.entities.delete(BoardItem, ids["note3"])
        team.team_files.send_work(tmp_path / "palautus.jalostamo")
    # the 3 edited notes and the deleted one, and the programme's row (whose programme it is)
    assert rows_in(tmp_path / "palautus.jalostamo") == {"programmes": 1, "board_items": 4}
    assert team_file.stat().st_size > 4 * (tmp_path / "palautus.jalostamo").stat().st_size

    whole = tmp_path / "kokonainen.jalostamo"
    shutil.copy(master, whole)
    with Services.open(master, device_id="dev-facilitator") as svc:
        summary = svc.merge.merge([tmp_path / "palautus.jalostamo"])
        assert summary.counts[("Turku", "board_items", "changed")] == 3
        assert summary.counts[("Turku", "board_items", "deleted")] == 1
        texts = sorted(n.text for n in svc.entities.list(BoardItem, board_id=ids["board"]))
        assert texts == ["Tiimin muutos 0", "Tiimin muutos 1", "Tiimin muutos 2"]
        assert svc.merge.merge([tmp_path / "palautus.jalostamo"]).nothing_new  # again: nothing
    with Services.open(whole, device_id="dev-facilitator") as svc:
        assert svc.merge.merge([team_file]).counts == summary.counts  # the old, whole-copy way
    assert dump(master) == dump(whole)


def test_returns_and_whole_team_files_merge_together_in_one_call(tmp_path: Path) -> None:
    """Only a return's rows of the target are read; a whole file after it in the same call
    still sees every row (and the rows the return wrote)."""
    master, ids = make_programme(tmp_path)
    turku = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    oulu = hand_out(master, ids["oulu"], tmp_path / "oulu.jalostamo")
    with Services.open(turku, device_id="dev-turku") as team:
        team.entities.update(BoardItem, ids["note0"], text="Turku muutti")
        team.teams.update_card(ids["turku"], title="Turun kortti")
        team.team_files.send_work(tmp_path / "turku-palautus.jalostamo")
    with Services.open(oulu, device_id="dev-oulu") as team:
        team.teams.update_card(ids["oulu"], title="Oulun kortti")
    separately = tmp_path / "erikseen.jalostamo"
    shutil.copy(master, separately)
    with Services.open(master, device_id="dev-facilitator") as svc:
        summary = svc.merge.merge([tmp_path / "turku-palautus.jalostamo", oulu, turku])
        assert summary.counts[("Turku", "experiment_cards", "changed")] == 1
        assert summary.counts[("Oulu", "experiment_cards", "changed")] == 1
        assert svc.teams.card(ids["turku"]).title == "Turun kortti"
    with Services.open(separately, device_id="dev-facilitator") as svc:
        svc.merge.merge([oulu])
        svc.merge.merge([tmp_path / "turku-palautus.jalostamo"])
    assert dump(master) == dump(separately)


def test_new_rows_and_new_photos_come_back_and_old_photos_stay_home(tmp_path: Path) -> None:
    master, ids = make_programme(tmp_path)
    with Services.open(master, device_id="dev-facilitator") as svc:
        old = svc.media.import_bytes(photo("red"), "vanha.png", team_id=ids["turku"])
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        new_note = team.entities.create(BoardItem, board_id=ids["board"], kind=ItemKind.NOTE,
                                        text="Uusi idea")
        new_photo = team.media.import_bytes(photo("blue"), "uusi.png", team_id=ids["turku"])
        team.teams.add_member(ids["turku"], "Uusi Jäsen")
        team.team_files.send_work(tmp_path / "palautus.jalostamo")
    held = rows_in(tmp_path / "palautus.jalostamo")
    assert held["media"] == 1 and held["board_items"] == 1 and held["people"] == 1
    with sqlite3.connect(tmp_path / "palautus.jalostamo") as conn:
        assert [r[0] for r in conn.execute("SELECT id FROM media")] == [new_photo]
    whole = tmp_path / "kokonainen.jalostamo"
    shutil.copy(master, whole)
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.merge.merge([tmp_path / "palautus.jalostamo"])
        assert svc.entities.get(BoardItem, new_note).text == "Uusi idea"
        assert {m.id for m in svc.entities.list(Media)} == {old, new_photo}
    with Services.open(whole, device_id="dev-facilitator") as svc:
        svc.merge.merge([team_file])
    assert dump(master) == dump(whole)


def test_an_old_team_file_sends_and_merges_its_whole_copy(tmp_path: Path) -> None:
    """A team file handed out before return files (no hand-out record) still works both ways:
    it sends its whole snapshot, and that merges as before."""
    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with sqlite3.connect(team_file) as conn:
        conn.execute("DELETE FROM file_meta WHERE key LIKE 'handout%'")
    conn.close()
    with Services.open(team_file, device_id="dev-turku") as team:
        team.entities.update(BoardItem, ids["note0"], text="Vanhan tiedoston muutos")
        team.team_files.send_work(tmp_path / "palautus.jalostamo")
    sent = tmp_path / "palautus.jalostamo"
    assert rows_in(sent)["board_items"] == 4  # the whole programme
    with Services.open(master, device_id="dev-facilitator") as svc:
        summary = svc.merge.merge([sent])
        assert summary.counts[("Turku", "board_items", "changed")] == 1
        assert svc.entities.get(BoardItem, ids["note0"]).text == "Vanhan tiedoston muutos"


def test_a_damaged_return_is_refused_and_the_programme_is_unchanged(tmp_path: Path) -> None:
    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        team.entities.update(BoardItem, ids["note0"], text="Muutos")
        team.team_files.send_work(tmp_path / "palautus.jalostamo")
    damaged = tmp_path / "palautus.jalostamo"
    data = bytearray(damaged.read_bytes())
    for at in range(4096, len(data), 4096):  # every page after the first: garbage
        data[at + 8:at + 200] = b"\xff" * 192
    damaged.write_bytes(bytes(data))
    before = dump(master)
    with Services.open(master, device_id="dev-facilitator") as svc, \
            pytest.raises(FileRefused) as err:
        svc.merge.merge([damaged])
    assert str(damaged) in err.value.message("fi")
    assert "Kohdetiedostoon ei tehty muutoksia" in err.value.message("fi") or \
        err.value.key == "file.damaged"
    assert dump(master) == before


def test_sending_that_fails_midway_leaves_no_file(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from jalostamo.services import team_return

    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    real = team_return._copy_table

    def failing(raw: sqlite3.Connection, dst: sqlite3.Connection, name: str, base: object
                ) -> int:
        if name == "board_items":
            raise sqlite3.OperationalError("disk I/O error")
        return real(raw, dst, name, base)  # type: ignore[arg-type]

    monkeypatch.setattr(team_return, "_copy_table", failing)
    with Services.open(team_file, device_id="dev-turku") as team:
        team.entities.update(BoardItem, ids["note0"], text="Muutos")
        with pytest.raises(StorageFull):  # told as the medium's failure
            team.team_files.send_work(tmp_path / "palautus.jalostamo")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fasilitaattori.jalostamo",
                                                          "turku.jalostamo"]


def test_a_return_cannot_be_opened_on_its_own(tmp_path: Path) -> None:
    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        team.team_files.send_work(tmp_path / "palautus.jalostamo")
    with pytest.raises(FileRefused) as err:
        Document.open(tmp_path / "palautus.jalostamo")
    assert err.value.key == "file.is_return"
    assert "Yhdistä tiedostot" in err.value.message("fi")


def test_a_return_into_a_programme_that_never_saw_its_hand_out_is_refused(
        tmp_path: Path) -> None:
    master, ids = make_programme(tmp_path)
    older = tmp_path / "varmuuskopio.jalostamo"
    shutil.copy(master, older)  # a backup from before the facilitator's last edits
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.entities.update(BoardItem, ids["note2"], text="Fasilitaattori korjasi")
        svc.teams.update_card(ids["oulu"], title="Oulun kortti")
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        team.entities.update(BoardItem, ids["note0"], text="Muutos")
        team.team_files.send_work(tmp_path / "palautus.jalostamo")
    before = dump(older)
    with Services.open(older, device_id="dev-facilitator") as svc, \
            pytest.raises(FileRefused) as err:
        svc.merge.merge([tmp_path / "palautus.jalostamo"])
    assert err.value.key == "merge.unknown_base"
    assert "fasilitaattori.jalostamo" in err.value.message("en")
    assert dump(older) == before
    with Services.open(older, device_id="dev-facilitator") as svc:  # the whole team file does
        svc.merge.merge([team_file])
        assert svc.entities.get(BoardItem, ids["note0"]).text == "Muutos"

    other = tmp_path / "toinen.jalostamo"
    Services.create(other, "Toinen ohjelma").close()
    with Services.open(other) as svc, pytest.raises(FileRefused) as err:
        svc.merge.merge([tmp_path / "palautus.jalostamo"])
    assert err.value.key == "merge.other_programme"


def test_an_erasure_after_the_hand_out_is_not_undone_by_a_return(tmp_path: Path) -> None:
    master, ids = make_programme(tmp_path)
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.teams.add_member(ids["turku"], "Maija Virtanen")
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        [person] = [p for p in team.entities.list(Person) if p.name == "Maija Virtanen"]
        team.entities.update(Person, person.id, organisation="Turun kirjasto")  # her row
        team.entities.update(BoardItem, ids["note1"], text="Kysytään Maija Virtaselta")
        team.team_files.send_work(tmp_path / "palautus.jalostamo")
    assert rows_in(tmp_path / "palautus.jalostamo")["people"] == 1
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.privacy.erase_person(person.id)
        summary = svc.merge.merge([tmp_path / "palautus.jalostamo"])
        assert summary.redacted
        assert "Maija" not in svc.entities.get(BoardItem, ids["note1"]).text
        erased = svc.entities.get(Person, person.id, include_deleted=True)
        assert "Maija" not in erased.name and "Virtanen" not in erased.name
    data = master.read_bytes()
    assert b"Maija" not in data and b"Virtasen" not in data and b"Virtaselta" not in data


def test_send_and_merge_from_the_command_line(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from jalostamo.cli import main

    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        team.entities.update(BoardItem, ids["note0"], text="Komentoriviltä")
    sent = tmp_path / "palautus.jalostamo"
    assert main(["--lang", "en", "send", str(team_file), str(sent)]) == 0
    assert "Give it to the facilitator" in capsys.readouterr().out
    assert rows_in(sent) == {"programmes": 1, "board_items": 1}
    assert main(["--lang", "en", "send", str(team_file), str(sent)]) == 1  # exists: --force
    assert "--force" in capsys.readouterr().err
    assert main(["--lang", "en", "send", "--force", str(team_file), str(sent)]) == 0
    assert main(["--lang", "en", "send", "--force", str(team_file), str(master)]) == 1
    assert "programme file" in capsys.readouterr().err  # never over a programme file
    assert main(["--lang", "en", "check", str(sent)]) == 0
    assert main(["--lang", "en", "merge", str(master), str(sent)]) == 0
    assert "1 changed" in capsys.readouterr().out
    with Services.open(master) as svc:
        assert svc.entities.get(BoardItem, ids["note0"]).text == "Komentoriviltä"


def test_a_new_row_is_found_after_the_rowids_were_renumbered(tmp_path: Path) -> None:
    """A VACUUM may renumber rowids (keeping their order): the hand-out's last row, found by
    its id, still tells the new rows from the old."""
    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with sqlite3.connect(team_file) as conn:  # rowids 1..4 become -1..2, in the same order
        conn.execute("UPDATE board_items SET rowid = rowid + 1000")
        conn.execute("UPDATE board_items SET rowid = rowid - 1002")
    conn.close()
    with Services.open(team_file, device_id="dev-turku") as team:
        new_note = team.entities.create(BoardItem, board_id=ids["board"], kind=ItemKind.NOTE,
                                        text="Numeroinnin jälkeen")
        team.team_files.send_work(tmp_path / "palautus.jalostamo")
    with sqlite3.connect(tmp_path / "palautus.jalostamo") as conn:
        assert [r[0] for r in conn.execute("SELECT id FROM board_items")] == [new_note]
    conn.close()
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.merge.merge([tmp_path / "palautus.jalostamo"])
        assert svc.entities.get(BoardItem, new_note).text == "Numeroinnin jälkeen"


def test_views_hear_the_rows_a_merge_wrote_as_they_hear_edits(tmp_path: Path) -> None:
    """A merge tells the open views which rows it added, changed and deleted (a board adds a
    team's notes instead of drawing itself again); after an erasure, everything changed."""
    from jalostamo.services.events import Change, Op

    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        team.entities.update(BoardItem, ids["note0"], text="Tiimin muutos")
        team.entities.delete(BoardItem, ids["note1"])
        new = team.entities.create(BoardItem, board_id=ids["board"], kind=ItemKind.NOTE,
                                   text="Uusi lappu")
        team.team_files.send_work(tmp_path / "palautus.jalostamo")
    heard: list[Change] = []
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.events.subscribe(heard.append)
        svc.merge.merge([tmp_path / "palautus.jalostamo"])
    assert Change("*", Op.RELOADED) not in heard
    told = {(c.table, c.op): set(c.ids) for c in heard}
    assert told == {("board_items", Op.UPDATED): {ids["note0"]},
                    ("board_items", Op.DELETED): {ids["note1"]},
                    ("board_items", Op.CREATED): {new}}
