"""Erasing a person: the name's bytes leave the file, its free pages and its WAL."""

from __future__ import annotations

import hashlib
import io
import json
import random
import sqlite3
import unicodedata
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import JSON, Date, LargeBinary, String, TypeDecorator

from jalostamo.models import Base, Facilitator, FeedbackNote, Media, Person, Quadrant, TeamMember
from jalostamo.models.base import HISTORY_COLUMNS, StrEnumType
from jalostamo.models.rules import rule_for
from jalostamo.services import Services
from jalostamo.services.privacy import PrivacyService, pseudonym, text_columns
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


# --- every form, every text column, every byte --------------------------------------------------

KATJA = "Katja Mäkelä"
KATJA_MAIL = "kmakela.private@example.com"  # her stored address: found as it is


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


#: the forms erasing finds (docs/privacy.md lists them), as a facilitator might type them
FORMS = ["Katja Mäkelä", "Katja  Mäkelä", "Katja\nMäkelälle", "Katja\r\nMäkelä",
         "Katja\u00a0Mäkelän", "Katja\u202fMäkelä", "Katja\tMäkelä", "katja mäkeläkin",
         "MÄKELÄ Katja", "Mäkelä Katja", "Mäkelä, Katjalle", "Mäkelä Katjan", "K. Mäkelältä",
         "K.Mäkelä", "katja.makela@hel.fi", "Katja.Makela@hel.fi", "k.makela@espoo.fi",
         "makela.katja@vantaa.fi", "kmakela@gmail.com", "katja_makela2@gmail.com", KATJA_MAIL,
         nfd("Katja Mäkelä"), nfd("Mäkelä, Katjalle"), nfd("MÄKELÄ Katja")]
PLANTED = " | ".join(FORMS)


def planted_json(*, ascii_only: bool) -> str:
    """JSON as the app writes it: the forms as values and keys, and a row's JSON column kept
    as a string inside JSON (the conflict log's copies of rows)."""
    return json.dumps({"text": PLANTED, PLANTED: [PLANTED, {"by": PLANTED}],
                       "style": json.dumps({"by": PLANTED})}, ensure_ascii=ascii_only)


def katja_bytes(data: bytes) -> list[str]:
    """Which traces of Katja the bytes still hold: her names in any letter case, UTF-8 in NFC
    or NFD, JSON-escaped (once or twice), and the folded form of e-mail addresses."""
    lowered = data.lower()
    found = [word for word in ("katja", "makela") if word.encode() in lowered]
    for spelling in ("Mäkelä", "MÄKELÄ", "mäkelä"):
        encodings = {spelling.encode(), nfd(spelling).encode(),
                     json.dumps(spelling)[1:-1].encode(),
                     json.dumps(json.dumps(spelling)[1:-1])[1:-1].encode(),
                     json.dumps(nfd(spelling))[1:-1].encode()}
        found += [f"{spelling}: {e!r}" for e in encodings if e in data]
    return found


FITTED: set[str] = set()


def pid(table: str) -> str:
    """The id of the row planted in ``table`` (a UUID, as the validator wants; a photo's id is
    the SHA-256 of its empty original)."""
    if table == "media":
        return hashlib.sha256(b"").hexdigest()
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"planted-{table}"))


def fitting(text: str, length: int | None) -> str:
    """As many whole forms of ``text`` as a column of ``length`` characters takes (a file with
    longer text is refused by the validator)."""
    if length and len(text) > length:
        cut = text[:length]
        if " | " not in cut:  # not even one whole form fits: no form of the name here
            return "x"
        text = cut.rsplit(" | ", 1)[0]
    FITTED.add(text)
    return text


def plant_everywhere(path: Path) -> dict[str, int]:
    """A new row in every table with the forms in each text column; returns the counts."""
    conn = sqlite3.connect(path)
    planted: dict[str, int] = {}
    try:
        ids: dict[str, str] = {}
        for table in Base.metadata.sorted_tables:
            if table.name == "erasures":  # salted hashes only, written by the erasure itself
                continue
            row: dict[str, Any] = {}
            for column in table.columns:
                kind = column.type
                if column.primary_key:
                    row[column.name] = ids[table.name] = pid(table.name)
                elif column.foreign_keys:
                    target = next(iter(column.foreign_keys)).column.table.name
                    row[column.name] = ids.get(target, pid(target))
                elif column.name in HISTORY_COLUMNS:
                    row[column.name] = "2026-01-01T00:00:00.000000Z" if column.name in (
                        "created_at", "updated_at") or (column.name == "deleted_at" and
                                                         table.name == "programmes") \
                        else None if column.nullable else "d"
                elif isinstance(kind, StrEnumType):  # a name cannot be a valid vocabulary value
                    row[column.name] = next(iter(kind.enum_class)).value
                elif isinstance(kind, JSON):
                    planted_value = planted_json(ascii_only=table.name != "conflicts")
                    if rule_for(table.name, column.name).shape is list:  # a list of objects
                        planted_value = f"[{planted_value}]"
                    row[column.name] = planted_value
                elif isinstance(kind, String | TypeDecorator) and not isinstance(kind, Date):
                    row[column.name] = fitting(PLANTED, getattr(kind, "length", None))
                elif isinstance(kind, LargeBinary):
                    row[column.name] = b""
                elif isinstance(kind, Date):
                    row[column.name] = "2026-01-01"
                else:
                    row[column.name] = 1  # within every number rule (minutes, scores 1–4)
            if table.name == "people":
                row["name"], row["email"] = KATJA, KATJA_MAIL  # her own row
            names = ", ".join(f'"{c}"' for c in row)
            conn.execute(f'INSERT INTO "{table.name}" ({names}) VALUES '
                         f'({", ".join("?" for _ in row)})', list(row.values()))
            planted[table.name] = sum(1 for v in row.values() if v in FITTED or (
                isinstance(v, str) and v.startswith(("{", "[{"))))
        conn.execute("INSERT INTO file_meta (key, value) VALUES ('planted', ?)", (PLANTED,))
        conn.commit()
    finally:
        conn.close()
    return planted


def test_every_text_column_of_the_file_is_searched(programme_path: Path) -> None:
    Services.create(programme_path, "X").close()
    conn = sqlite3.connect(programme_path)
    try:
        in_file = set()
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                     "AND name NOT IN ('alembic_version', 'erasures')"):
            refs = {r[3] for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
            for _cid, name, declared, _nn, _default, pk in conn.execute(
                    f'PRAGMA table_info("{table}")'):
                texty = any(t in declared.upper() for t in ("CHAR", "TEXT", "CLOB", "JSON"))
                if texty and not pk and name not in refs and name not in HISTORY_COLUMNS:
                    in_file.add((table, name))
    finally:
        conn.close()
    searched = {(t.name, c.name) for t, c, _json in text_columns()}
    assert in_file <= searched
    assert {("board_items", "style"), ("board_versions", "snapshot"), ("conflicts", "loser"),
            ("file_meta", "value"), ("experiment_cards", "carried_out_by")} <= searched


def test_no_form_of_the_name_is_left_in_any_byte_of_the_file(programme_path: Path) -> None:
    svc = Services.create(programme_path, "Ohjelma")
    svc.close()
    planted = plant_everywhere(programme_path)
    assert sum(planted.values()) > 60
    before = raw_bytes(programme_path)
    assert len(katja_bytes(before)) > 5
    svc = Services.open(programme_path)
    try:
        report = PrivacyService(svc.entities).erase_person(pid("people"))
        assert report.compacted
        assert report.texts > 60  # one per planted column
        assert katja_bytes(raw_bytes(programme_path)) == []
    finally:
        svc.close()
    after = programme_path.read_bytes()
    assert katja_bytes(after) == []
    code = pseudonym(pid("people"))
    conn = sqlite3.connect(programme_path)
    try:
        [meta] = conn.execute("SELECT value FROM file_meta WHERE key = 'planted'").fetchone()
        [card] = conn.execute("SELECT carried_out_by FROM experiment_cards "
                              "WHERE id = ?", (pid("experiment_cards"),)).fetchone()
        [loser] = conn.execute("SELECT loser FROM conflicts WHERE id = ?", (pid("conflicts"),)
                               ).fetchone()
    finally:
        conn.close()
    assert set(meta.split(" | ")) == {code} and set(card.split(" | ")) == {code}  # each whole
    nested = json.loads(json.loads(loser)["style"])  # JSON in JSON stays JSON
    assert set(nested["by"].split(" | ")) == {code}


# --- every copy in the backup folder -------------------------------------------------------------

def test_every_copy_in_the_backup_folder_is_listed_partial_ones_too(
        services: Services, programme_path: Path, tmp_path: Path) -> None:
    svc = services
    team = svc.teams.add("Oulu")
    person = svc.entities.get(TeamMember, svc.teams.add_member(team, KATJA)).person_id
    svc.teams.update_card(team, carried_out_by="Lehtinen, Katja ja K. Mäkelä")
    good = backup_file(svc.doc.path, reason="manual")
    folder = good.parent
    data = good.read_bytes()
    # a copy whose making was cut off (the app was killed): outside rotation, cannot be opened
    partial = folder / f".{good.name}.4242.partial"
    partial.write_bytes(data[:1500])
    journal = folder / f".{good.name}.4242.partial-journal"
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + data[:600])
    empty = folder / f".{good.name}.4343.partial"  # created, nothing written yet: holds nothing
    empty.write_bytes(b"")
    # a copy made under the programme's earlier file name
    renamed = folder / good.name.replace("ohjelma.", "kevat-ohjelma.")
    renamed.write_bytes(data)
    # another programme of the same file name, with a person of the same name: not this one's
    other_path = tmp_path / "muualla" / programme_path.name
    other_path.parent.mkdir()
    with Services.create(other_path, "Toinen") as other:
        other.teams.add_member(other.teams.add("Kemi"), KATJA)
    foreign = backup_file(other_path, reason="close")

    holdings = svc.privacy.backups_holding(person, KATJA)

    listed = {Path(h.path) for h in holdings}
    assert listed == {good, partial, journal, renamed}
    assert foreign not in listed and empty not in listed
    by_path = {Path(h.path): h for h in holdings}
    assert by_path[partial].unreadable and by_path[partial].expires_at is None
    # its name still carries the programme's id, so the rotation knows it too
    assert by_path[renamed].expires_at is not None and not by_path[renamed].unreadable
    assert by_path[good].expires_at is not None
    assert "ei voi avata" in by_path[partial].message("fi")
    assert "may hold the person's data" in by_path[partial].message("en")
    assert "it is removed by" in by_path[renamed].message("en")

    report = svc.privacy.erase_person(person)
    assert {Path(h.path) for h in report.backups} == listed
    text = report.message("fi")
    assert str(partial) in text and str(renamed) in text and KATJA not in text

    # the fresh backup taken first already sweeps a dead writer's partial copies
    assert svc.privacy.delete_backups(report.backups) >= 2
    assert not any(path.exists() for path in listed)
    left = sorted(p.name for p in folder.iterdir())
    assert partial.name not in left and renamed.name not in left and good.name not in left
    assert svc.privacy.backups_holding(person, KATJA) == []  # the new backup is clean
    assert any(p.startswith("ohjelma.") for p in left)  # and a good copy remains
    assert foreign.exists()


def test_a_stored_backup_outside_the_folder_is_never_deleted(services: Services,
                                                             tmp_path: Path) -> None:
    from jalostamo.errors import UserError
    from jalostamo.services.privacy import delete_copy

    elsewhere = tmp_path / "ohjelma.20260101T000000000000Z.manual.jalostamo"
    elsewhere.write_bytes(b"x")
    with pytest.raises(UserError) as caught:
        delete_copy(elsewhere)
    assert caught.value.key == "safety.backup.not_a_backup"
    assert elsewhere.exists()
