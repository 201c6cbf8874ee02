"""A JSON import applies the erasure records an export carries, as a merge does: an export
made before a person was erased (or edited to bring the name back), joined with the record of
the erasure, imports with the person blank and the name's forms replaced everywhere."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from jalostamo.models import Board, BoardItem, ItemKind, Person
from jalostamo.services import Services
from jalostamo.services.json_export import export_file
from jalostamo.services.json_import import import_json
from jalostamo.services.privacy import pseudonym

NAME = "Maija Virtanen"


def _programme(tmp: Path) -> tuple[Path, str, str]:
    path = tmp / "ohjelma.jalostamo"
    with Services.create(path, "Kevät 2019", device_id="dev-facilitator") as svc:
        team = svc.teams.add("Turku")
        svc.teams.add_member(team, NAME)
        [person] = [p for p in svc.entities.list(Person) if p.name == NAME]
        board = svc.entities.create(Board, programme_id=svc.doc.programme_id, team_id=team)
        note = svc.entities.create(BoardItem, board_id=board, kind=ItemKind.NOTE,
                                   text=f"{NAME} sanoi, että Maija Virtaselle sopii tiistai")
    return path, person.id, note


def test_an_export_from_before_the_erasure_imports_redacted_by_the_record(tmp_path: Path
                                                                         ) -> None:
    path, person_id, note = _programme(tmp_path)
    export_file(path, tmp_path / "ennen.json")  # made before the erasure: holds the name
    with Services.open(path, device_id="dev-facilitator") as svc:
        svc.privacy.erase_person(person_id)
    export_file(path, tmp_path / "jalkeen.json")
    before = json.loads((tmp_path / "ennen.json").read_text(encoding="utf-8"))
    after = json.loads((tmp_path / "jalkeen.json").read_text(encoding="utf-8"))
    assert after["tables"]["erasures"] and not before["tables"]["erasures"]
    before["tables"]["erasures"] = after["tables"]["erasures"]  # the record travels with it
    combined = tmp_path / "yhdistetty.json"
    combined.write_text(json.dumps(before, ensure_ascii=False), encoding="utf-8")

    out = tmp_path / "tuotu.jalostamo"
    import_json(combined, out)

    data = out.read_bytes()
    assert b"Virtanen" not in data and b"Maija" not in data and b"Virtaselle" not in data
    conn = sqlite3.connect(out)
    try:
        name, deleted = conn.execute("SELECT name, deleted_at FROM people WHERE id = ?",
                                     (person_id,)).fetchone()
        assert name == "" and deleted is not None
        links = conn.execute("SELECT deleted_at FROM team_members WHERE person_id = ?",
                             (person_id,)).fetchall()
        assert links and all(deleted is not None for (deleted,) in links)
        [(text,)] = conn.execute("SELECT text FROM board_items WHERE id = ?", (note,))
    finally:
        conn.close()
    code = pseudonym(person_id, "fi")
    assert text == f"{code} sanoi, että {code} sopii tiistai"


def test_an_export_made_after_the_erasure_imports_as_it_is(tmp_path: Path) -> None:
    path, person_id, note = _programme(tmp_path)
    with Services.open(path, device_id="dev-facilitator") as svc:
        svc.privacy.erase_person(person_id)
        text = svc.entities.get(BoardItem, note).text
    export_file(path, tmp_path / "jalkeen.json")
    out = tmp_path / "tuotu.jalostamo"
    import_json(tmp_path / "jalkeen.json", out)
    export_file(out, tmp_path / "uudelleen.json")
    assert (tmp_path / "uudelleen.json").read_bytes() == (tmp_path / "jalkeen.json").read_bytes()
    with Services.open(out) as svc:
        assert svc.entities.get(BoardItem, note).text == text
