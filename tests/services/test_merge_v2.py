"""Teamwork as real teams do it: laptops with wrong clocks, a facilitator editing at the same
time, erasures, team files edited elsewhere. Each test is a case the whole-row, wall-clock merge
got wrong."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jalostamo.errors import FileRefused
from jalostamo.models import BoardItem, ExperimentCard, ItemKind, Person, Team
from jalostamo.services import Services
from tests.services.test_merge import hand_out, make_programme

BASE_MS = 1_700_000_000_000
MINUTE = 60_000
YEAR = 365 * 24 * 60 * MINUTE


class FakeTime:
    """The wall clock of the laptop in use: the true time plus that laptop's error."""

    def __init__(self) -> None:
        self.true_ms = BASE_MS
        self.error_ms = 0

    def wall(self) -> int:
        return self.true_ms + self.error_ms

    def utcnow(self) -> datetime:
        return datetime.fromtimestamp(self.wall() / 1000, UTC)

    def advance(self, minutes: float) -> None:
        self.true_ms += int(minutes * MINUTE)

    @contextlib.contextmanager
    def laptop(self, error_ms: int) -> Iterator[None]:
        self.error_ms = error_ms
        try:
            yield
        finally:
            self.error_ms = 0


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTime]:
    from jalostamo.services import clock as hlc
    from jalostamo.services import entities

    fake = FakeTime()
    monkeypatch.setattr(entities, "utcnow", fake.utcnow)
    hlc.set_wall_clock(fake.wall)
    try:
        yield fake
    finally:
        hlc.set_wall_clock(None)


def card_of(svc: Services, team_id: str) -> ExperimentCard:
    return svc.teams.card(team_id)


def test_a_laptop_a_year_ahead_does_not_beat_the_facilitators_later_fix(
        tmp_path: Path, clock: FakeTime) -> None:
    master, ids = make_programme(tmp_path)
    clock.advance(1)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with clock.laptop(+YEAR), Services.open(team_file, device_id="dev-turku") as team:
        clock.advance(1)
        team.teams.update_card(ids["turku"], title="Tiimin otsikko")
    clock.advance(10)
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.teams.update_card(ids["turku"], title="Fasilitaattorin korjaus")
        clock.advance(1)
        preview = svc.merge.preview([team_file])
        svc.merge.merge([team_file])
        assert card_of(svc, ids["turku"]).title == "Fasilitaattorin korjaus"
        [conflict] = svc.team_files.conflicts()
        assert conflict.loser["title"] == "Tiimin otsikko"
        again = svc.merge.merge([team_file])
        assert card_of(svc, ids["turku"]).title == "Fasilitaattorin korjaus"
        assert conflict.field == "title" and again.nothing_new
        [warning] = preview.clock_warnings
        assert warning.team == "Turku"
        assert abs(warning.offset_ms - YEAR) < 5 * MINUTE


def test_a_stamp_from_the_future_never_locks_a_row(tmp_path: Path, clock: FakeTime) -> None:
    import shutil

    master, ids = make_programme(tmp_path)
    copy = tmp_path / "kopio.jalostamo"
    shutil.copy(master, copy)
    with clock.laptop(+YEAR), Services.open(copy, device_id="dev-copy") as other:
        clock.advance(1)
        other.entities.update(BoardItem, ids["note1"], text="Tulevaisuudesta")
    clock.advance(5)
    with Services.open(master, device_id="dev-facilitator") as svc:
        summary = svc.merge.merge([copy])
        assert svc.entities.get(BoardItem, ids["note1"]).text == "Tulevaisuudesta"
        clock.advance(1)
        svc.entities.update(BoardItem, ids["note1"], text="Korjattu")  # later, really
        svc.merge.merge([copy])  # the same file again
        assert svc.entities.get(BoardItem, ids["note1"]).text == "Korjattu"
        assert [w.how for w in summary.clock_warnings] == ["future"]


def test_a_laptop_a_year_behind_does_not_lose_its_edits(tmp_path: Path, clock: FakeTime) -> None:
    master, ids = make_programme(tmp_path)
    clock.advance(1)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with clock.laptop(-YEAR), Services.open(team_file, device_id="dev-turku") as team:
        clock.advance(5)
        team.teams.update_card(ids["turku"], problem="Nuoret eivät löydä palveluja")
        team.entities.create(BoardItem, board_id=ids["board"], kind=ItemKind.NOTE, text="Uusi")
    clock.advance(5)
    with Services.open(master, device_id="dev-facilitator") as svc:
        preview = svc.merge.preview([team_file])
        assert preview.counts[("Turku", "experiment_cards", "changed")] == 1
        assert preview.counts[("Turku", "board_items", "added")] == 1
        [warning] = preview.clock_warnings
        assert abs(warning.offset_ms + YEAR) < 10 * MINUTE
        svc.merge.merge([team_file])
        assert card_of(svc, ids["turku"]).problem == "Nuoret eivät löydä palveluja"


def test_concurrent_edits_of_different_fields_both_survive(tmp_path: Path, clock: FakeTime) -> None:
    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    clock.advance(1)
    with Services.open(team_file, device_id="dev-turku") as team:
        team.teams.update_card(ids["turku"], problem="Ongelma", budget="5000 €")
        team.entities.update(BoardItem, ids["note1"], x=300.0, y=40.0)
    clock.advance(1)
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.teams.update_card(ids["turku"], hypothesis="Uskomme, että")
        svc.entities.update(BoardItem, ids["note1"], text="Fasilitaattorin teksti")
        summary = svc.merge.merge([team_file])
        card = card_of(svc, ids["turku"])
        assert (card.problem, card.budget, card.hypothesis) == ("Ongelma", "5000 €",
                                                                "Uskomme, että")
        note = svc.entities.get(BoardItem, ids["note1"])
        assert (note.text, note.x, note.y) == ("Fasilitaattorin teksti", 300.0, 40.0)
        assert summary.conflicts == 0


def test_a_true_conflict_is_per_field_and_resolved_per_field(tmp_path: Path, clock: FakeTime) -> None:
    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    clock.advance(1)
    with Services.open(team_file, device_id="dev-turku") as team:
        team.teams.update_card(ids["turku"], title="Tiimin", budget="100 €")
    clock.advance(1)
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.teams.update_card(ids["turku"], title="Fasilitaattorin", risks="Sade")
        svc.merge.merge([team_file])
        [conflict] = svc.team_files.conflicts()
        assert (conflict.winner["title"], conflict.loser["title"]) == ("Fasilitaattorin", "Tiimin")
        svc.team_files.choose_other(conflict.id)
        card = card_of(svc, ids["turku"])
        assert (card.title, card.budget, card.risks) == ("Tiimin", "100 €", "Sade")
        assert conflict.field == "title"


def test_use_the_other_when_the_winner_was_a_deletion(tmp_path: Path, clock: FakeTime) -> None:
    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    clock.advance(1)
    with Services.open(team_file, device_id="dev-turku") as team:
        team.entities.update(BoardItem, ids["note2"], text="Tiimi jatkoi tätä")
    clock.advance(1)
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.entities.delete(BoardItem, ids["note2"])
        svc.merge.merge([team_file])
        [conflict] = svc.team_files.conflicts()
        svc.team_files.choose_other(conflict.id)
        note = svc.entities.get(BoardItem, ids["note2"])
        assert note.text == "Tiimi jatkoi tätä"
        assert conflict.field == "deleted_at"


def test_erasure_is_not_undone_by_a_merge(tmp_path: Path, clock: FakeTime) -> None:
    master, ids = make_programme(tmp_path)
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.teams.add_member(ids["turku"], "Maija Virtanen")
        svc.entities.update(BoardItem, ids["note0"], text="Maija Virtasen idea: kirjasto")
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    clock.advance(1)
    with Services.open(team_file, device_id="dev-turku") as team:
        team.entities.update(BoardItem, ids["note0"], x=500.0)  # only moved
        team.entities.update(BoardItem, ids["note1"], text="Kysytään Maija Virtaselta")
    clock.advance(1)
    with Services.open(master, device_id="dev-facilitator") as svc:
        [person] = [p for p in svc.entities.list(Person) if p.name == "Maija Virtanen"]
        svc.entities.update(BoardItem, ids["note1"], text="Fasilitaattori")  # a conflict
        svc.privacy.erase_person(person.id)
        summary = svc.merge.merge([team_file])
        note = svc.entities.get(BoardItem, ids["note0"])
        assert note.x == 500.0 and "Maija" not in note.text and "Virta" not in note.text
        assert summary.redacted
        svc.merge.merge([team_file])
    data = master.read_bytes()
    assert b"Virtanen" not in data and b"Virtasen" not in data and b"Virtaselta" not in data
    assert b"Maija" not in data


def test_a_team_file_changes_only_its_own_teams_part(tmp_path: Path, clock: FakeTime) -> None:
    master, ids = make_programme(tmp_path)
    with Services.open(master, device_id="dev-facilitator") as svc:
        lead = svc.teams.add_member(ids["oulu"], "Liisa Lahti", role="lead")
        lead_person = svc.entities.get(Person, svc.entities.get(
            __import__("jalostamo.models", fromlist=["TeamMember"]).TeamMember, lead).person_id)
        facilitator = svc.programme.add_facilitator("Fasi Litaattori")
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        team.teams.update_card(ids["turku"], title="Oma")
    future = '{"%s": ["999999999999900000@dev-turku", ""]}'
    conn = sqlite3.connect(team_file)  # another tool
    conn.execute("UPDATE people SET name = 'Hakkeroitu', field_clock = ? WHERE id = ?",
                 (future % "name", lead_person.id))
    conn.execute("UPDATE experiment_cards SET title = 'Vieras', field_clock = ? WHERE team_id = ?",
                 (future % "title", ids["oulu"]))
    conn.execute("UPDATE programmes SET name = 'Toinen nimi', field_clock = ?",
                 (future % "name",))
    conn.execute("UPDATE facilitators SET deleted_at = '2030-01-01T00:00:00.000000Z', "
                 "field_clock = ?", (future % "deleted_at",))
    conn.commit()
    conn.close()
    with Services.open(master, device_id="dev-facilitator") as svc:
        preview = svc.merge.preview([team_file])
        ignored = {(team, owner, table): n for (team, owner, table), n in preview.ignored.items()}
        assert ignored[("Turku", "Oulu", "experiment_cards")] == 1
        assert ignored[("Turku", "", "programmes")] == 1
        assert ignored[("Turku", "", "facilitators")] == 1
        assert ignored[("Turku", "", "people")] == 1
        svc.merge.merge([team_file])
        assert card_of(svc, ids["turku"]).title == "Oma"
        assert card_of(svc, ids["oulu"]).title == ""
        assert svc.entities.get(Person, lead_person.id).name == "Liisa Lahti"
        assert svc.programme.get().name == "Kevät 2019"
        assert svc.entities.find(__import__("jalostamo.models", fromlist=["Facilitator"])
                                 .Facilitator, facilitator) is not None


def test_the_preview_counts_what_people_did(tmp_path: Path, clock: FakeTime) -> None:
    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        made = team.entities.create(BoardItem, board_id=ids["board"], kind=ItemKind.NOTE,
                                    text="Kokeilu")
        team.entities.delete(BoardItem, made)  # undone
        team.entities.update(BoardItem, ids["note1"], text="Tiimin")
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.entities.update(BoardItem, ids["note1"], text="Fasilitaattorin")
        preview = svc.merge.preview([team_file])
        assert preview.total("deleted") == 0 and preview.total("added") == 0
        assert preview.conflicts == 1
        svc.merge.merge([team_file])
        again = svc.merge.preview([team_file])
        assert again.conflicts == 0 and again.nothing_new
        assert svc.entities.get(Team, ids["turku"]).city == "Turku"


def test_a_team_file_handed_out_before_the_upgrade_still_merges(tmp_path: Path,
                                                               clock: FakeTime) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from jalostamo.store.migrate import _config

    master, ids = make_programme(tmp_path)
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.teams.update_card(ids["turku"], title="Kortti")
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    # the file as the previous version left it (foreign keys off: the downgrade copies tables)
    engine = create_engine(f"sqlite:///{team_file}")
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0002")
        conn.exec_driver_sql("PRAGMA user_version = 2")
        conn.exec_driver_sql("DELETE FROM file_meta WHERE key IN ('handed_out_ms', 'clock')")
        conn.exec_driver_sql(  # an edit made by the previous version on the team's laptop
            "UPDATE experiment_cards SET problem = 'Vanhan version ongelma', "
            "updated_at = '2023-11-14T22:20:00.000000Z', device_id = 'dev-turku' "
            "WHERE team_id = ?", (ids["turku"],))
    engine.dispose()
    clock.advance(30)
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.teams.update_card(ids["turku"], hypothesis="Fasilitaattorin hypoteesi")
        summary = svc.merge.merge([team_file])
        card = card_of(svc, ids["turku"])
        assert (card.problem, card.hypothesis) == ("Vanhan version ongelma",
                                                   "Fasilitaattorin hypoteesi")
        assert summary.counts[("Turku", "experiment_cards", "changed")] == 1


def test_the_cli_names_the_laptop_with_a_wrong_clock(tmp_path: Path, clock: FakeTime,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from jalostamo.cli import main

    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with clock.laptop(-3 * 60 * MINUTE), Services.open(team_file, device_id="dev-turku") as team:
        team.teams.update_card(ids["turku"], title="Tiimin")
    assert main(["merge", str(master), str(team_file), "--preview"]) == 0
    out = capsys.readouterr().out
    assert "Turku: kannettavan kello oli 3 h jäljessä fasilitaattorin kellosta." in out
    assert "Esikatselu (mitään ei kirjoitettu): 0 lisättäisiin, 1 muutettaisiin" in out


def test_the_erasure_record_holds_no_name_and_finds_its_forms() -> None:
    import json

    from jalostamo.services.erasure_record import Redactor, build
    from jalostamo.services.privacy import pseudonym

    values = build("p-1", "Maija Virtanen", quotes=True, photos=True,
                   erased_at="2023-11-14T22:13:20.000000Z")
    stored = json.dumps(values).casefold()
    assert "maija" not in stored and "virta" not in stored
    redactor = Redactor([("p-1", values["salt"], values["words"], json.dumps(values["forms"]),
                          1, 1, values["erased_at"], None)], "fi")
    who = pseudonym("p-1", "fi")
    assert redactor.text("Kysytään Maija Virtaselta huomenna") == f"Kysytään {who} huomenna"
    assert redactor.text("MAIJA VIRTANENKIN tuli") == f"{who} tuli"
    assert redactor.text("Maija Virtanen, Maija Virtasen") == f"{who}, {who}"
    assert redactor.text("Maija Virta ja Maijan idea") == "Maija Virta ja Maijan idea"
    assert redactor.json_text('{"t": "Maija Virtasen"}') == json.dumps({"t": who},
                                                                      ensure_ascii=False)


def test_a_teams_json_edit_arrives_checked_as_stored_text(tmp_path: Path, clock: FakeTime) -> None:
    """A board item's style (a JSON column, text in the file) edited on a laptop merges in; a
    source whose style is not JSON is refused (the check reads stored values)."""
    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    clock.advance(1)
    with Services.open(team_file, device_id="dev-turku") as team:
        team.entities.update(BoardItem, ids["note1"], style={"border": "#C92A2A", "bold": True})
    clock.advance(1)
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.merge.merge([team_file])
        assert svc.entities.get(BoardItem, ids["note1"]).style == {"border": "#C92A2A",
                                                                    "bold": True}
    conn = sqlite3.connect(team_file)
    conn.execute("UPDATE board_items SET style = 'ei JSONia' WHERE id = ?", (ids["note2"],))
    conn.commit()
    conn.close()
    with Services.open(master, device_id="dev-facilitator") as svc, \
            pytest.raises(FileRefused) as refused:
        svc.merge.merge([team_file])
    assert "turku.jalostamo" in str(refused.value) and "style" in str(refused.value)
    with Services.open(master, device_id="dev-facilitator") as svc:
        assert svc.entities.get(BoardItem, ids["note2"]).style == {}


def test_a_right_clock_first_used_days_after_hand_out_keeps_its_time(
        tmp_path: Path, clock: FakeTime) -> None:
    """Teams often first open their team file at home, days after the workshop: that is time
    that really passed, not a wrong clock. The team's edit made after the facilitator's wins,
    and no laptop is reported with a wrong clock."""
    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    clock.advance(24 * 60)  # a day later the facilitator tidies the card
    with Services.open(master, device_id="dev-facilitator") as svc:
        svc.teams.update_card(ids["turku"], title="Fasilitaattorin muotoilu")
    clock.advance(2 * 24 * 60)  # two days after that the team writes its own, on a right clock
    with Services.open(team_file, device_id="dev-turku") as team:
        team.teams.update_card(ids["turku"], title="Tiimin oma otsikko")
    clock.advance(60)
    with Services.open(master, device_id="dev-facilitator") as svc:
        preview = svc.merge.preview([team_file])
        svc.merge.merge([team_file])
        assert card_of(svc, ids["turku"]).title == "Tiimin oma otsikko"
        assert preview.clock_warnings == []
