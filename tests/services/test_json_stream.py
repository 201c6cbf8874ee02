"""JSON import as a stream: the same file as the whole-file import, in memory that does not
grow with the export, and the same refusals."""

from __future__ import annotations

import io
import json
import sqlite3
import tracemalloc
from pathlib import Path

import pytest
from PIL import Image

from jalostamo.models import BoardItem
from jalostamo.services import Services, json_import, json_stream
from jalostamo.services.json_export import export_file
from jalostamo.services.json_import import import_json
from jalostamo.services.json_schema import JsonRefused
from jalostamo.services.json_stream import NeedsWholeFile


def photo(seed: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (seed * 40 % 255, 90, 160)).save(out, "PNG")  # re-encoded
    return out.getvalue()


def exported(tmp_path: Path, notes: int = 300) -> Path:
    source = tmp_path / "lahde.jalostamo"
    with Services.create(source, "Virta") as svc:
        team = svc.teams.add("Turku")
        board = svc.boards.board_for_team(team)
        svc.entities.create_many(BoardItem, [
            {"board_id": board, "kind": "note", "text": f"Lappu {n} " + "x" * 600}
            for n in range(notes)])
        ids = [svc.media.import_bytes(photo(n), f"kuva{n}.png", team_id=team) for n in range(3)]
        svc.boards.add_item(board, "photo", media_id=ids[0])
        svc.media.delete(ids[2])
    out = tmp_path / "vienti.json"
    export_file(source, out)
    return out


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        conn.close()


def whole_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> tuple[int, str]:
        raise NeedsWholeFile()

    monkeypatch.setattr(json_import, "stream_into", refuse)


def test_the_stream_builds_the_same_file_as_the_whole_file_import(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export = exported(tmp_path)
    streamed = import_json(export, tmp_path / "virta.jalostamo")
    with monkeypatch.context() as patch:
        whole_file(patch)
        whole = import_json(export, tmp_path / "koko.jalostamo")
    assert streamed.rows == whole.rows and streamed.programme_id == whole.programme_id
    assert dump(streamed.path) == dump(whole.path)
    with Services.open(streamed.path) as svc:
        assert len(svc.media.list()) == 2  # re-encoded photos, references followed


def test_memory_of_the_stream_does_not_follow_the_file_size(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    export = exported(tmp_path, notes=6000)
    size = export.stat().st_size
    monkeypatch.setattr(json_stream, "CHUNK", 1 << 16)  # the window, a constant

    def peak(target: str) -> int:
        tracemalloc.start()
        try:
            import_json(export, tmp_path / target)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    streamed = peak("virta.jalostamo")
    with monkeypatch.context() as patch:
        whole_file(patch)
        whole = peak("koko.jalostamo")
    print(f"export {size / 1e6:.1f} MB: stream peak {streamed / 1e6:.1f} MB, "
          f"whole file {whole / 1e6:.1f} MB")
    assert whole > size  # the old way holds the text and every row at once
    assert streamed < size / 2


@pytest.mark.parametrize(("edit", "key"), [
    (lambda text: text[:-40], "import.not_json"),  # cut short
    (lambda text: text.replace('"tables": {', '"tables": {"vieras": [],', 1),
     "json_io.unknown_table"),
    (lambda text: text.replace('"kind": "note"', '"kind": "note", "kind": "note"', 1),
     "json_io.duplicate_key"),
    (lambda text: text.replace('"width": 64', '"width": NaN', 1), "import.not_json"),
])
def test_bad_streams_are_refused_and_nothing_is_left(tmp_path: Path, edit: object,
                                                     key: str) -> None:
    export = exported(tmp_path, notes=5)
    export.write_text(edit(export.read_text(encoding="utf-8")), encoding="utf-8")  # type: ignore[operator]
    target = tmp_path / "uusi.jalostamo"
    with pytest.raises(JsonRefused) as err:
        import_json(export, target)
    assert err.value.key == key
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if ".importing" in p.name]


def test_an_export_with_its_header_last_is_still_imported(tmp_path: Path) -> None:
    export = exported(tmp_path, notes=5)
    data = json.loads(export.read_text(encoding="utf-8"))
    tables = data.pop("tables")
    export.write_text(json.dumps({"tables": tables, **data}), encoding="utf-8")
    result = import_json(export, tmp_path / "uusi.jalostamo")
    assert result.rows > 5
