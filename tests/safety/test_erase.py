"""Erasing a person: the name's bytes leave the file, its free pages and its WAL."""

from __future__ import annotations

import io
import random
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from jalostamo.models import Facilitator, FeedbackNote, Media, Person, Quadrant, TeamMember
from jalostamo.services import Services
from jalostamo.services.privacy import PrivacyService, pseudonym
from jalostamo.store.backup_policy import BackupPolicy, list_backups
from jalostamo.store.backups import backup_file

NAME = "Maija Meikäläinen"


def noise_png(seed: int) -> bytes:
    rng = random.Random(seed)
    img = Image.frombytes("RGB", (64, 64), bytes(rng.randrange(256) for _ in range(64 * 64 * 3)))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def raw_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def people(services: Services) -> dict[str, str]:
    svc = services
    team = svc.teams.add("Oulu")
    member = svc.teams.add_member(team, NAME, email="maija@example.fi", title="nuorisotyöntekijä")
    person = svc.entities.get(TeamMember, member).person_id
    other = svc.teams.add_member(team, "Annamari Virtanen")
    svc.entities.create(Facilitator, programme_id=svc.doc.programme_id, person_id=person)
    session = svc.testing.add_session(team, place="Nuorisotalo", consent_quotes=True,
                                      consent_informed=True)
    quote = svc.testing.add_note(session, Quadrant.LIKES, "Tämä on tosi hyvä idea, sanoo Maija")
    svc.entities.update(FeedbackNote, quote, is_quote=True, person_id=person)
    kept = svc.testing.add_note(session, Quadrant.IDEAS, f"{NAME} ehdotti kerhoa")
    inflected = svc.testing.add_note(session, Quadrant.IDEAS,
                                     "Kysyin Maija Meikäläiseltä; Maija Meikäläisen mielestä hyvä")
    photo_data = noise_png(1)
    photo = svc.media.import_bytes(photo_data, "maija.png", team_id=team, person_id=person,
                                   caption=f"{NAME} esittelee mallia")
    other_photo = svc.media.import_bytes(noise_png(2), "sali.png", team_id=team)
    board = svc.boards.board_for_team(team)
    svc.boards.add_item(board, "note", text=f"Kysy {NAME.upper()}lta", style={"by": NAME})
    svc.boards.add_item(board, "note", text=f"Soita {NAME}:lle")
    svc.boards.add_item(board, "photo", media_id=photo)
    svc.teams.update_card(team, carried_out_by=f"{NAME} ja Annamari Virtanen")
    return {"person": person, "other": svc.entities.get(TeamMember, other).person_id,
            "quote": quote, "kept": kept, "inflected": inflected, "photo": photo,
            "other_photo": other_photo,
            "board": board}


def test_erased_name_leaves_no_bytes_and_backups_are_named(services: Services,
                                                           people: dict[str, str]) -> None:
    svc = services
    photo_blob = svc.media.blob(people["photo"], "original")
    old = backup_file(svc.doc.path, reason="manual")
    assert NAME.encode() in raw_bytes(svc.doc.path) + old.read_bytes()

    report = PrivacyService(svc.entities).erase_person(people["person"])

    data = raw_bytes(svc.doc.path)
    assert NAME.encode() not in data
    assert NAME.upper().encode() not in data
    assert b"maija@example.fi" not in data
    assert photo_blob[len(photo_blob) // 2:len(photo_blob) // 2 + 64] not in data
    assert report.compacted
    # what the user sees afterwards
    person = svc.entities.get(Person, people["person"], include_deleted=True)
    assert person.deleted_at is not None and person.name == "" and person.email == ""
    assert svc.entities.list(TeamMember, person_id=people["person"]) == []
    assert svc.entities.list(Facilitator, person_id=people["person"]) == []
    assert svc.entities.find(FeedbackNote, people["quote"]) is None
    assert svc.entities.get(FeedbackNote, people["quote"], include_deleted=True).text == ""
    kept = svc.entities.get(FeedbackNote, people["kept"])
    assert kept.text == f"{pseudonym(people['person'])} ehdotti kerhoa"
    # inflected forms that change the name are found too ("Meikäläinen" → "Meikäläiseltä")
    code = pseudonym(people["person"])
    assert svc.entities.get(FeedbackNote, people["inflected"]).text == \
        f"Kysyin {code}; {code} mielestä hyvä"
    assert "Meikäläise".encode() not in data
    assert svc.entities.find(Media, people["photo"]) is None
    assert [m.id for m in svc.media.list()] == [people["other_photo"]]
    items = svc.boards.items(people["board"])
    assert {i["kind"] for i in items} == {"note"}
    assert all(NAME.casefold() not in i["text"].casefold() for i in items)
    assert items[0]["style"]["by"].startswith("Henkilö ")
    card = svc.teams.card(svc.teams.list()[0].id)
    assert "Annamari Virtanen" in card.carried_out_by and "Maija" not in card.carried_out_by
    assert [p.name for _m, p in svc.teams.members(svc.teams.list()[0].id)] == ["Annamari Virtanen"]
    assert (report.links, report.quotes, report.photos) == (2, 1, 1)
    assert report.texts >= 4
    # the backup taken before still holds the person, and the report says until when
    assert [h.path for h in report.backups] == [old]
    policy = BackupPolicy.load()
    assert report.backups[0].expires_at == report.backups[0].taken_at + timedelta(
        days=policy.max_age_days)
    text = report.message("fi")
    assert "sisältää vielä henkilön tiedot" in text and str(old) in text
    assert NAME not in text
    # a new backup is clean, and the erased state survives closing and reopening
    fresh = backup_file(svc.doc.path, reason="manual")
    assert NAME.encode() not in fresh.read_bytes()
    assert [b.path for b in list_backups(svc.doc.path)] == [fresh, old]
    assert PrivacyService(svc.entities).backups_holding(people["person"], NAME) != []


def test_quotes_and_photos_stay_when_not_asked_but_lose_the_person(
        services: Services, people: dict[str, str]) -> None:
    svc = services
    report = PrivacyService(svc.entities).erase_person(people["person"], quotes=False,
                                                       photos=False)
    assert (report.quotes, report.photos) == (0, 0)
    quote = svc.entities.get(FeedbackNote, people["quote"])
    assert quote.is_quote and quote.person_id is None
    assert quote.text.startswith("Tämä on tosi hyvä idea")
    photo = svc.media.get(people["photo"])
    assert photo.person_id is None and NAME not in photo.caption
    assert svc.media.blob(people["photo"], "original")
    assert NAME.encode() not in raw_bytes(svc.doc.path)
    assert report.message("en").startswith("The person's data was erased")
    assert "No backup holds" in report.message("en")


def test_erasure_announces_changes_and_survives_reopen(programme_path: Path) -> None:
    svc = Services.create(programme_path, "X")
    team = svc.teams.add("Espoo")
    member = svc.teams.add_member(team, NAME)
    person = svc.entities.get(TeamMember, member).person_id
    seen: list[str] = []
    svc.events.subscribe(lambda change: seen.append(change.table))
    PrivacyService(svc.entities).erase_person(person)
    assert {"people", "team_members"} <= set(seen)
    svc.close()
    assert NAME.encode() not in programme_path.read_bytes()
    with Services.open(programme_path) as again:
        assert again.teams.members(team) == []


def test_pseudonym_is_stable_and_speaks_the_language() -> None:
    pid = "5b1f7c1e-6f53-4c79-9d7a-2a0b4b0b9d11"
    assert pseudonym(pid, "fi") == pseudonym(pid, "fi")
    assert pseudonym(pid, "fi").startswith("Henkilö ")
    assert pseudonym(pid, "sv").startswith("Person ")
    assert pseudonym(pid, "fi")[-4:] == pseudonym(pid, "en")[-4:]
    from jalostamo.reports.privacy import pseudonym_code as report_code

    assert pseudonym(pid, "en").endswith(report_code(pid))  # same person, same code in PDFs


def test_consent_issues_are_listed_per_session(services: Services) -> None:
    svc = services
    team = svc.teams.add("Vantaa")
    fine = svc.testing.add_session(team, place="Kirjasto", consent_informed=True)
    svc.testing.add_note(fine, Quadrant.LIKES, "kiva")
    bad = svc.testing.add_session(team, place="Koulu", has_minors=True)
    svc.testing.add_note(bad, Quadrant.LIKES, "\"paras\"", is_quote=True)
    issues = PrivacyService(svc.entities).consent_issues(team)
    assert {i.session_id for i in issues} == {bad}
    assert sorted(i.key for i in issues) == ["safety.consent.no_guardian",
                                              "safety.consent.no_informed",
                                              "safety.consent.quotes"]
    assert any("huoltajan" in i.message("fi") for i in issues)
