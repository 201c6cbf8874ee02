"""BoardService on real programme files: items, frames, connectors, clipboard, versions."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from jalostamo.errors import InvalidInput, UserError
from jalostamo.models import Media
from jalostamo.services import Services
from jalostamo.services.boards import TEMPLATE_KEYS, template


def make_board(svc: Services) -> str:
    team_id = svc.teams.add("Turku")
    return svc.boards.create_board(team_id, "Sidosryhmät", "stakeholder_map")


def add_photo_media(svc: Services, seed: bytes = b"lego") -> str:
    original = b"\x89PNG fake original " + seed
    media_id = hashlib.sha256(original).hexdigest()
    svc.entities.create(Media, id=media_id, mime_type="image/png", width=40, height=30,
                        original=original, preview=b"preview" + seed, thumbnail=b"thumb" + seed)
    return media_id


def test_items_survive_a_reopen_exactly(services: Services, programme_path: Path) -> None:
    svc = services
    board = make_board(svc)
    media_id = add_photo_media(svc)
    note = svc.boards.add_item(board, "note", x=10, y=20, width=150, height=120,
                               text="Nuoret 15–29", color="#A0E7A0")
    shape = svc.boards.add_item(board, "shape", shape="diamond", x=400, y=20, z=7.5)
    photo = svc.boards.add_item(board, "photo", media_id=media_id, x=600, y=300)
    link = svc.boards.connect(board, note, shape, "kumppanuus")
    before = {r["id"]: r for r in svc.boards.items(board)}
    svc.close()
    with Services.open(programme_path) as again:
        after = {r["id"]: r for r in again.boards.items(board)}
    assert after == before
    assert after[note]["text"] == "Nuoret 15–29" and after[note]["color"] == "#A0E7A0"
    assert after[shape]["shape"] == "diamond" and after[shape]["z"] == 7.5
    assert after[photo]["media_id"] == media_id
    assert (after[link]["source_id"], after[link]["target_id"]) == (note, shape)


def test_moving_200_items_is_one_step_and_undo_writes_back(services: Services) -> None:
    board = make_board(services)
    ids = services.boards.add_items(board, [{"kind": "note", "x": i * 10.0, "y": 0.0}
                                            for i in range(200)])
    changes: list[Any] = []
    services.events.subscribe(changes.append)
    old = services.boards.move_items(dict.fromkeys(ids, (5.0, 99.0)))
    assert len(changes) == 1 and len(changes[0].ids) == 200
    assert all(r["y"] == 99.0 for r in services.boards.items(board))
    services.boards.update_items(old)
    assert sorted(r["x"] for r in services.boards.items(board)) == [i * 10.0 for i in range(200)]


def test_frame_carries_its_contents_and_items_join_or_leave(services: Services) -> None:
    boards = services.boards
    board = make_board(services)
    frame = boards.add_item(board, "frame", x=0, y=0, width=500, height=400, text="Kumppanit")
    inside = boards.add_item(board, "note", x=50, y=50, width=100, height=100)
    outside = boards.add_item(board, "note", x=900, y=900, width=100, height=100)
    assert boards.item(inside)["frame_id"] == frame
    assert boards.item(outside)["frame_id"] is None
    boards.move_items({frame: (1000.0, 0.0)})
    assert (boards.item(inside)["x"], boards.item(inside)["y"]) == (1050.0, 50.0)
    boards.move_items({outside: (1100.0, 100.0)})  # dropped into the frame
    assert boards.item(outside)["frame_id"] == frame
    boards.move_items({inside: (3000.0, 3000.0)})  # dragged out
    assert boards.item(inside)["frame_id"] is None


def test_deleting_removes_dangling_connectors_and_restore_brings_them_back(
        services: Services) -> None:
    boards = services.boards
    board = make_board(services)
    a = boards.add_item(board, "note")
    b = boards.add_item(board, "note", x=300)
    link = boards.connect(board, a, b)
    deleted = boards.delete_items([a])
    assert set(deleted) == {a, link}
    assert [r["id"] for r in boards.items(board)] == [b]
    boards.restore_items(deleted)
    assert {r["id"] for r in boards.items(board)} == {a, b, link}


def test_connector_needs_two_live_items(services: Services) -> None:
    board = make_board(services)
    a = services.boards.add_item(board, "note")
    with pytest.raises(InvalidInput) as err:
        services.boards.connect(board, a, a)
    assert "yhdysviiva" in err.value.message().lower()
    with pytest.raises(UserError):
        services.boards.connect(board, a, "no-such-item")
    assert len(services.boards.items(board)) == 1


def test_zorder_group_lock_align_distribute(services: Services) -> None:
    boards = services.boards
    board = make_board(services)
    a, b, c = boards.add_items(board, [{"kind": "note", "x": 0.0, "y": 0.0},
                                       {"kind": "note", "x": 100.0, "y": 50.0, "width": 80.0},
                                       {"kind": "note", "x": 500.0, "y": 10.0}])
    boards.bring_to_front([a])
    assert [r["id"] for r in boards.items(board)][-1] == a
    boards.send_to_back([c])
    assert next(r["id"] for r in boards.items(board)) == c
    boards.group([a, b])
    assert boards.item(a)["group_id"] == boards.item(b)["group_id"] is not None
    boards.align([a, b, c], "top")
    assert {r["y"] for r in boards.items(board)} == {0.0}
    boards.distribute([a, b, c], "horizontal")
    xs = sorted((r["x"], r["width"]) for r in boards.items(board))
    gaps = [xs[i + 1][0] - (xs[i][0] + xs[i][1]) for i in range(2)]
    assert gaps[0] == pytest.approx(gaps[1])
    boards.set_locked([c], True)
    boards.move_items({c: (9999.0, 9999.0)})
    assert boards.item(c)["x"] != 9999.0
    with pytest.raises(InvalidInput):
        boards.align([a, b], "diagonal")


def test_copy_paste_into_another_programme_carries_photos_and_remaps(
        services: Services, tmp_path: Path) -> None:
    boards = services.boards
    board = make_board(services)
    media_id = add_photo_media(services)
    frame = boards.add_item(board, "frame", x=0, y=0, width=800, height=600)
    photo = boards.add_item(board, "photo", media_id=media_id, x=20, y=20, width=300, height=200)
    note = boards.add_item(board, "note", x=400, y=20, text="Lego-malli")
    boards.connect(board, photo, note, "kuvaa")
    payload = json.loads(json.dumps(boards.copy([frame])))  # survives the clipboard as JSON
    assert len(payload["items"]) == 4
    with Services.create(tmp_path / "toinen.jalostamo", "Toinen") as other:
        target = other.boards.create_board(other.teams.add("Oulu"))
        new_ids = other.boards.paste(target, payload, offset=30.0)
        rows = {r["id"]: r for r in other.boards.items(target)}
        assert set(new_ids) == set(rows) and not set(rows) & {frame, photo, note}
        link = next(r for r in rows.values() if r["kind"] == "connector")
        assert {link["source_id"], link["target_id"]} <= set(rows)
        assert link["label"] == "kuvaa"
        new_frame = next(r["id"] for r in rows.values() if r["kind"] == "frame")
        assert all(r["frame_id"] == new_frame for r in rows.values()
                   if r["kind"] in ("photo", "note"))
        new_photo = next(r for r in rows.values() if r["kind"] == "photo")
        assert new_photo["x"] == 50.0
        from jalostamo.services.board_export import media_blobs

        assert media_blobs(other.boards, [media_id], "preview") == {media_id: b"previewlego"}
        with pytest.raises(InvalidInput):
            other.boards.paste(target, {"format": "something else", "items": []})


def test_duplicate_gives_new_items_with_an_offset(services: Services) -> None:
    board = make_board(services)
    a = services.boards.add_item(board, "note", x=10, y=10, text="A")
    (copy,) = services.boards.duplicate([a])
    row = services.boards.item(copy)
    assert (row["x"], row["y"], row["text"]) == (34.0, 34.0, "A")


def test_versions_are_frozen_snapshots(services: Services) -> None:
    boards = services.boards
    board = make_board(services)
    workshop = services.programme.add_workshop(number=2)
    note = boards.add_item(board, "note", text="ennen")
    version = boards.keep_version(board, workshop, "Työpaja 2")
    boards.update_item(note, text="jälkeen")
    boards.add_item(board, "note", text="uusi")
    (kept,) = boards.versions(board)
    assert kept.id == version and kept.item_count == 1 and kept.workshop_id == workshop
    assert [r["text"] for r in boards.version_items(version)] == ["ennen"]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_templates_exist_in_three_languages(lang: str) -> None:
    titles = set()
    for key in TEMPLATE_KEYS:
        data = template(key, lang)
        titles.add(data["title"])
        assert all(z["w"] > 0 and z["h"] > 0 for z in data["zones"])
    assert len(titles) == len(TEMPLATE_KEYS)
    assert template("stakeholder_map", lang)["title"] == {
        "fi": "Sidosryhmäkartta", "sv": "Intressentkarta", "en": "Stakeholder map"}[lang]
    assert template("phenomenon_canvas", lang)["zones"][0]["label"]


def test_unknown_template_is_refused(services: Services) -> None:
    with pytest.raises(InvalidInput):
        services.boards.create_board(None, "x", "mind_palace")
    assert services.boards.boards() == []


def test_boards_of_a_team_and_of_the_whole_programme(services: Services) -> None:
    turku = services.teams.add("Turku")
    oulu = services.teams.add("Oulu")
    a = services.boards.create_board(turku, "A")
    b = services.boards.create_board(oulu, "B")
    assert [x.id for x in services.boards.boards(turku)] == [a]
    assert {x.id for x in services.boards.boards()} == {a, b}
    assert services.boards.board_for_team(oulu) == b
