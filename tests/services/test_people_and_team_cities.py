"""Issue 16: teams as the programme has them (several teams of one city, a team of several
cities) and people (everyone with title, organisation, e-mail and roles; experts invited to the
programme without a review round) - the services, without Qt."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from jalostamo.errors import InvalidInput
from jalostamo.models import MemberRole, Person, ProgrammeExpert, TeamCity
from jalostamo.services import Services
from jalostamo.services.json_export import export_file
from jalostamo.services.json_import import import_json
from jalostamo.services.people import EXPERT, FACILITATOR, MEMBER, REVIEWER


@pytest.fixture
def programme(tmp_path: Path) -> Path:
    path = tmp_path / "kevat2019.jalostamo"
    with Services.create(path, "Sosiaalisesti kestävät kaupungit") as svc:
        families = svc.programme.add_theme("Lapsiperheet")
        young = svc.programme.add_theme("Nuoret aikuiset")
        svc.teams.add("Oulu", name="Lapsiperheet", theme_ids=[families])
        svc.teams.add("Oulu", name="Nuoret aikuiset", theme_ids=[young])
        svc.teams.add("Helsinki", cities=["Espoo", "Vantaa"], theme_ids=[young])
        svc.teams.add("Tampere", name="Tampereen yliopisto")
    return path


def test_two_teams_of_one_city_are_told_apart_by_name(programme: Path) -> None:
    with Services.open(programme) as svc:
        labels = sorted(svc.teams.labels().values())
        assert labels == ["Helsinki, Espoo, Vantaa", "Oulu: Lapsiperheet", "Oulu: Nuoret aikuiset",
                          "Tampereen yliopisto"]
        with pytest.raises(InvalidInput) as nameless:
            svc.teams.add("Oulu")
            svc.teams.add("Oulu")
        assert nameless.value.message("fi").startswith(
            "Ohjelmassa on jo tiimi kaupungille Oulu. Anna uudelle tiimille nimi")
        with pytest.raises(InvalidInput) as same:
            svc.teams.add("oulu", name="lapsiperheet")
        assert same.value.message("en") == "The programme already has a team called lapsiperheet."
        nuoret = svc.teams.find("Nuoret aikuiset").id
        with pytest.raises(InvalidInput):  # renaming into the other Oulu team is refused too
            svc.teams.update(nuoret, name="Lapsiperheet")


def test_a_team_of_several_cities_keeps_its_first_city_in_teams_city(programme: Path) -> None:
    with Services.open(programme) as svc:
        capital = next(t for t in svc.teams.list() if t.city == "Helsinki")
        assert svc.teams.cities(capital.id) == ["Helsinki", "Espoo", "Vantaa"]
        _, changes = svc.entities.operations.perform(
            lambda: svc.teams.set_cities(capital.id, ["Espoo", "Helsinki", " ", "espoo",
                                                      "Kauniainen"]))
        assert svc.teams.cities(capital.id) == ["Espoo", "Helsinki", "Kauniainen"]
        assert svc.teams.get(capital.id).city == "Espoo"
        svc.entities.operations.revert(changes)  # one operation: one undo
        assert svc.teams.cities(capital.id) == ["Helsinki", "Espoo", "Vantaa"]
        with pytest.raises(InvalidInput):
            svc.teams.set_cities(capital.id, [" "])
    with sqlite3.connect(programme) as conn:  # an older version reads the first city
        assert conn.execute("SELECT city FROM teams WHERE id = ?", (capital.id,)).fetchone() == (
            "Helsinki",)


def test_the_card_takes_its_theme_from_the_team(programme: Path) -> None:
    with Services.open(programme) as svc:
        themes = {t.name: t.id for t in svc.programme.themes()}
        university = svc.teams.find("Tampereen yliopisto").id
        assert svc.teams.card(university).theme_id is None
        assert svc.teams.card_theme_id(university) is None
        svc.entities.operations.perform(
            lambda: svc.teams.set_themes(university, [themes["Nuoret aikuiset"]]))
        assert svc.teams.card(university).theme_id == themes["Nuoret aikuiset"]
        svc.teams.edit_card(svc.teams.card(university).id, theme_id=None)
        svc.entities.operations.perform(
            lambda: svc.teams.set_themes(university, [themes["Nuoret aikuiset"],
                                                      themes["Lapsiperheet"]]))
        assert svc.teams.card(university).theme_id is None  # two themes: the card chooses
        svc.entities.operations.perform(
            lambda: svc.teams.set_themes(university, [themes["Lapsiperheet"]]))
        assert svc.teams.card_theme_id(university) == themes["Lapsiperheet"]


def test_the_people_of_the_programme_with_their_roles(programme: Path) -> None:
    with Services.open(programme) as svc:
        svc.programme.add_facilitator("Maija Muotoilija", "vetäjä", title="Palvelumuotoilija",
                                      organisation="Kuntaliitto")
        oulu = svc.teams.find("Oulu: Lapsiperheet").id
        svc.teams.add_member(oulu, "Olli Oululainen", MemberRole.LEAD)
        expert = svc.people.add_expert("Kaisa Virta", title="Erityisasiantuntija",
                                       organisation="THL", email="kaisa.virta@thl.fi",
                                       expertise="osallisuus")
        # invited again under the same name and organisation: the same person, refused twice
        with pytest.raises(InvalidInput) as twice:
            svc.people.add_expert("kaisa virta", organisation="thl")
        assert twice.value.message("fi") == "kaisa virta on jo ohjelman kutsuttu asiantuntija."
        with pytest.raises(InvalidInput) as bad:
            svc.people.add_expert("Pekka Puro", email="pekka at stm")
        assert "ei ole sähköpostiosoite" in bad.value.message("fi")
        entries = {e.person.name: e for e in svc.people.directory()}
        assert [r.kind for r in entries["Maija Muotoilija"].roles] == [FACILITATOR]
        olli = entries["Olli Oululainen"].roles[0]
        assert (olli.kind, olli.team, olli.detail) == (MEMBER, "Oulu: Lapsiperheet", "lead")
        kaisa = entries["Kaisa Virta"]
        assert kaisa.person.id == expert and kaisa.person.title == "Erityisasiantuntija"
        assert [(r.kind, r.detail) for r in kaisa.roles] == [(EXPERT, "osallisuus")]
        svc.people.update_person(expert, organisation="STM", email="")
        with pytest.raises(InvalidInput):
            svc.people.update_person(expert, name=" ")
        [(link, person)] = svc.people.experts()
        assert (person.organisation, person.email) == ("STM", "")
        svc.people.remove_expert(link.id)
        assert svc.people.experts() == []
        assert svc.entities.find(Person, expert) is not None  # the person stays


def test_a_reviewer_without_a_team_is_listed_as_a_reviewer(programme: Path) -> None:
    with Services.open(programme) as svc:
        round_id = svc.reviews.new_round()
        team = svc.teams.list()[0].id
        svc.reviews.invite_expert(round_id, "Riku Arvioija", "OKM", [team])
        [riku] = [e for e in svc.people.directory() if e.person.name == "Riku Arvioija"]
        assert [r.kind for r in riku.roles] == [REVIEWER]


def test_erasing_a_person_removes_them_from_the_invited_experts(programme: Path) -> None:
    with Services.open(programme) as svc:
        expert = svc.people.add_expert("Kaisa Virta", title="Erityisasiantuntija",
                                       organisation="THL", expertise="osallisuus")
        report = svc.privacy.erase_person(expert)
        assert report.links == 1
        assert svc.people.experts() == []
        assert [e for e in svc.people.directory() if e.person.id == expert] == []
    with sqlite3.connect(programme) as conn:
        assert conn.execute("SELECT count(*) FROM programme_experts WHERE deleted_at IS NULL"
                            ).fetchone() == (0,)
        assert conn.execute("SELECT name, title, organisation FROM people WHERE id = ?",
                            (expert,)).fetchone() == ("", "", "")


def test_team_cities_and_invited_experts_go_through_json_and_back(programme: Path,
                                                                   tmp_path: Path) -> None:
    with Services.open(programme) as svc:
        svc.people.add_expert("Kaisa Virta", title="Erityisasiantuntija", organisation="THL",
                              expertise="osallisuus")
    out = tmp_path / "kevat2019.json"
    export_file(programme, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(r["city"] for r in data["tables"]["team_cities"]) == ["Espoo", "Vantaa"]
    assert [r["expertise"] for r in data["tables"]["programme_experts"]] == ["osallisuus"]
    back = tmp_path / "takaisin.jalostamo"
    import_json(out, back)
    with Services.open(back) as svc:
        assert sorted(svc.teams.labels().values())[0] == "Helsinki, Espoo, Vantaa"
        [(link, person)] = svc.people.experts()
        assert (person.name, person.title, person.organisation, link.expertise) == (
            "Kaisa Virta", "Erityisasiantuntija", "THL", "osallisuus")
        assert svc.entities.count(TeamCity) == 2 and svc.entities.count(ProgrammeExpert) == 1


def test_an_export_of_schema_4_gains_the_empty_tables(programme: Path, tmp_path: Path) -> None:
    out = tmp_path / "vanha.json"
    with Services.open(programme) as svc:
        capital = next(t for t in svc.teams.list() if t.city == "Helsinki").id
        svc.teams.set_cities(capital, ["Helsinki"])
    export_file(programme, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    data["schema_version"] = 4
    del data["tables"]["team_cities"], data["tables"]["programme_experts"]
    out.write_text(json.dumps(data), encoding="utf-8")
    back = tmp_path / "vanha.jalostamo"
    import_json(out, back)
    with Services.open(back) as svc:
        assert svc.people.experts() == []
        assert "Helsinki" in svc.teams.labels().values()


def test_f1_on_the_people_screen_opens_the_setup_guide() -> None:
    from jalostamo.services.help_guides import topic_for

    assert topic_for("people") == "setup"
