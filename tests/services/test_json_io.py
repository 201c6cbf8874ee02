"""JSON export and import of a whole programme: fidelity, determinism and refusing bad input."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PIL import Image

from jalostamo.errors import FileRefused, UserError
from jalostamo.models import MODELS, BoardItem, Media, Team
from jalostamo.models.base import HISTORY_COLUMNS
from jalostamo.models.rules import rule_for
from jalostamo.services import Services
from jalostamo.services.images import process_image
from jalostamo.services.json_export import export_document, export_file
from jalostamo.services.json_import import import_json
from jalostamo.services.json_schema import (
    BINARY,
    BOOL,
    DATE,
    ENUM,
    FLOAT,
    INT,
    JSON_VALUE,
    TEXT,
    JsonRefused,
    table_specs,
)
from jalostamo.store.check import check_file
from jalostamo.store.schema import SCHEMA_VERSION
from tests.templates import copy_of, template

UNICODE = "Jyväskylä – Åbo 😀 “lainaus” ∑"
def _photo() -> bytes:
    """A small photo as Jalostamo stores one (a bare JPEG): imports keep it byte for byte."""
    source = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 120, 40)).save(source, "JPEG")
    return process_image(source.getvalue()).original


PHOTO = _photo()


def _value(kind: str, column: Any, seq: int) -> Any:
    if kind == TEXT:
        limit = getattr(column.type, "length", None) or 200
        return f"{UNICODE} {seq}"[:limit]
    return {
        ENUM: lambda: list(column.type.enum_class)[seq % len(column.type.enum_class)].value,
        BOOL: lambda: seq % 2 == 0,
        INT: lambda: 3 + seq,
        FLOAT: lambda: 0.1 + seq,
        DATE: lambda: date(2019, 3, 13 + seq),
        JSON_VALUE: lambda: _json_value(column, seq),
        BINARY: lambda: PHOTO if seq == 0 else b"",
    }[kind]()


def _json_value(column: Any, seq: int) -> Any:
    """A value of the column's shape: an object, or a list of objects (a board version)."""
    value = {"ä": [1, 2.5, "😀", None], "b": {"z": True, "a": seq}}
    return [value] if rule_for(column.table.name, column.name).shape is list else value


def fill_every_table(svc: Services) -> dict[str, list[str]]:
    """Two rows in every table through the entity service, the second one tombstoned.

    Generic over the schema: foreign keys point at the first row of their table, every kind
    of value appears (unicode, emoji, floats, dates, JSON values, blobs).
    """
    ids: dict[str, list[str]] = {"programmes": [svc.doc.programme_id]}
    for name, spec in table_specs().items():
        if name == "programmes":
            continue
        model = MODELS[name]
        for seq in range(2):
            values: dict[str, Any] = {}
            for column_name, column_spec in spec.columns.items():
                column = spec.table.c[column_name]
                if column_name in HISTORY_COLUMNS:
                    continue
                if column.foreign_keys:
                    parent = next(iter(column.foreign_keys)).column.table.name
                    values[column_name] = ids[parent][0]
                else:
                    values[column_name] = _value(column_spec.kind, column, seq)
            if name == "media":
                values["id"] = hashlib.sha256(values["original"]).hexdigest()
                values.update(mime_type="image/jpeg", width=40, height=30)
            row_id = svc.entities.create(model, **values)
            ids.setdefault(name, []).append(row_id)
        svc.entities.delete(model, ids[name][1])
    return ids


def _build_filled(path: Path) -> None:
    with Services.create(path, "Testijalostamo", organiser="Kuntaliitto") as svc:
        fill_every_table(svc)


@pytest.fixture
def filled(tmp_path_factory: pytest.TempPathFactory, programme_path: Path) -> Path:
    """Every table filled (built once per session; each test gets its own copy)."""
    return copy_of(tmp_path_factory, "filled.jalostamo", _build_filled, programme_path)


@pytest.fixture(scope="session")
def valid_export(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("valid") / "valid.json"
    export_file(template(tmp_path_factory, "filled.jalostamo", _build_filled), out)
    return out.read_bytes()


def _export_text(path: Path, out: Path) -> str:
    export_file(path, out)
    return out.read_text(encoding="utf-8")


def test_round_trip_gives_byte_identical_json(filled: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    export_file(filled, first)
    copy = tmp_path / "kopio.jalostamo"
    result = import_json(first, copy)
    second = tmp_path / "second.json"
    export_file(copy, second)
    assert first.read_bytes() == second.read_bytes()
    assert result.rows == 2 * len(table_specs()) - 1  # one programme, two rows elsewhere


def test_imported_file_holds_the_same_programme(filled: Path, tmp_path: Path) -> None:
    export_file(filled, tmp_path / "x.json")
    import_json(tmp_path / "x.json", tmp_path / "kopio.jalostamo")
    with Services.open(tmp_path / "kopio.jalostamo") as svc:
        teams = svc.entities.list(Team)
        assert [t.city for t in teams] == [f"{UNICODE} 0"[:100]]
        deleted = svc.entities.list(BoardItem, include_deleted=True)
        assert sum(item.is_deleted for item in deleted) == 1
        with svc.doc.session() as session:
            media = session.query(Media).filter(Media.deleted_at.is_(None)).one()
            assert media.original == PHOTO
            assert media.id == hashlib.sha256(PHOTO).hexdigest()
        # the copy is a normal file: editing it works
        svc.entities.update(Team, teams[0].id, city="Vaasa")


def test_an_export_of_schema_1_is_imported_into_the_current_schema(filled: Path,
                                                                   tmp_path: Path) -> None:
    """Schema 1 had no merge stamps (migration 0002): its export imports, and the new file
    exports exactly as the file it came from."""
    current = _export_text(filled, tmp_path / "current.json")
    old = json.loads(current)
    old["schema_version"] = 1
    dropped = 0
    for rows in old["tables"].values():
        for row in rows:
            for key in ("base_updated_at", "base_device_id"):
                assert row.pop(key) is None  # a file that was never merged
                dropped += 1
    assert dropped > 100
    (tmp_path / "old.json").write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    import_json(tmp_path / "old.json", tmp_path / "old.jalostamo")
    assert check_file(tmp_path / "old.jalostamo").problems == []
    assert _export_text(tmp_path / "old.jalostamo", tmp_path / "again.json") == current


def test_export_is_sorted_readable_json(filled: Path, tmp_path: Path) -> None:
    text = _export_text(filled, tmp_path / "x.json")
    assert text.endswith("}\n")
    assert "Jyväskylä" in text and "😀" in text  # not \u-escaped
    data = json.loads(text)
    assert list(data) == sorted(data)
    assert data["format"] == "jalostamo" and data["format_version"] == 1
    assert data["schema_version"] == SCHEMA_VERSION
    assert sorted(data["tables"]) == sorted(table_specs())
    for rows in data["tables"].values():
        assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
        assert all(list(r) == sorted(r) for r in rows)
    media = next(r for r in data["tables"]["media"] if r["deleted_at"] is None)
    assert base64.b64decode(media["original"]) == PHOTO
    team = data["tables"]["teams"][0]
    assert team["created_at"].endswith("Z") and len(team["created_at"]) == 27
    assert sum(r["deleted_at"] is not None for r in data["tables"]["teams"]) == 1


def test_export_of_an_open_document_and_overwrite_rules(services: Services,
                                                        tmp_path: Path) -> None:
    services.teams.add("Oulu")
    out = tmp_path / "auki.json"
    export_document(services.doc, out)
    before = out.read_bytes()
    with pytest.raises(FileRefused) as err:
        export_document(services.doc, out)
    assert err.value.key == "output.exists"
    export_document(services.doc, out, overwrite=True)
    assert out.read_bytes() == before
    with pytest.raises(FileRefused) as onto:
        export_document(services.doc, services.doc.path, overwrite=True)
    assert "ohjelmatiedosto" in onto.value.message()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_import_never_overwrites(filled: Path, tmp_path: Path) -> None:
    export_file(filled, tmp_path / "x.json")
    target = tmp_path / "olemassa.jalostamo"
    target.write_bytes(b"keep me")
    with pytest.raises(FileRefused) as err:
        import_json(tmp_path / "x.json", target)
    assert err.value.key == "file.exists"
    assert "on jo olemassa" in err.value.message()
    assert target.read_bytes() == b"keep me"


# --- hostile input -----------------------------------------------------------------------------


def _valid(filled: Path, tmp_path: Path) -> dict[str, Any]:
    return json.loads(_export_text(filled, tmp_path / "valid.json"))


def _set(data: dict[str, Any], table: str, column: str, value: Any) -> dict[str, Any]:
    data["tables"][table][0][column] = value
    return data


STRUCTURAL_CASES: dict[str, tuple[Any, str]] = {
    # name: (mutation of a valid export, words the Finnish message must contain)
    "wrong type of text": (lambda d: _set(d, "teams", "city", 42), "odotettiin tekstiä"),
    "wrong type of bool": (lambda d: _set(d, "board_items", "locked", "yes"), "true tai false"),
    "bool as int": (lambda d: _set(d, "review_rounds", "seed", True), "kokonaislukua"),
    "huge int": (lambda d: _set(d, "review_rounds", "seed", 2**70), "liian suuri"),
    "float not a number": (lambda d: _set(d, "board_items", "x", "1.0"), "äärellistä lukua"),
    "overflowing float": (lambda d: _set(d, "board_items", "x", 10**400), "äärellistä lukua"),
    "bad timestamp": (lambda d: _set(d, "teams", "created_at", "2019-03-13 09:00"), "aikaleimaa"),
    "bad date": (lambda d: _set(d, "programmes", "starts_on", "13.3.2019"), "päivämäärää"),
    "bad enum": (lambda d: _set(d, "workshops", "phase", "explode"), "sallituista"),
    "null where required": (lambda d: _set(d, "teams", "city", None), "pakollinen"),
    "too long": (lambda d: _set(d, "teams", "city", "x" * 101), "liian pitkä"),
    "huge text": (lambda d: _set(d, "teams", "description", "x" * 1_000_001), "liian pitkä"),
    "lone surrogate": (lambda d: _set(d, "teams", "name", "\ud800"), "korvausmerkki"),
    "bad base64": (lambda d: _set(d, "media", "original", "not base64!"), "base64"),
    "unknown column": (lambda d: _set(d, "teams", "mayor", "x"), "tuntematon sarake mayor"),
    "missing column": (lambda d: (d["tables"]["teams"][0].pop("city"), d)[1], "puuttuu"),
    "row not an object": (lambda d: (d["tables"]["teams"].__setitem__(0, [1]), d)[1], "objekti"),
    "table not a list": (lambda d: (d["tables"].__setitem__("teams", {}), d)[1], "luetteloa"),
    "unknown table": (lambda d: (d["tables"].__setitem__("secrets", []), d)[1], "secrets"),
    "missing table": (lambda d: (d["tables"].pop("teams"), d)[1], "ei sisällä taulua"),
    "duplicate id": (lambda d: (d["tables"]["teams"].append(d["tables"]["teams"][0]), d)[1],
                     "kahdesti"),
    "newer format": (lambda d: {**d, "format_version": 2}, "uudemman"),
    "newer schema": (lambda d: {**d, "schema_version": SCHEMA_VERSION + 1}, "uudemmalla"),
    "schema with no way up": (lambda d: {**d, "schema_version": 0}, "vanhempaa tiedostomuotoa 0"),
    "not ours": (lambda d: {**d, "format": "other"}, "ei ole Jalostamon"),
    "unknown header key": (lambda d: {**d, "extra": 1}, "tuntematon kenttä extra"),
    "missing programme": (lambda d: (d["tables"]["programmes"].clear(), d)[1], "yhtään"),
    "tombstoned programme": (
        lambda d: _set(d, "programmes", "deleted_at", "2019-03-13T09:00:00.000000Z"), "yhtään"),
    "programme id mismatch": (lambda d: {**d, "programme_id": "x"}, "programme_id"),
    "dangling reference": (lambda d: _set(d, "teams", "programme_id",
                                          "00000000-0000-4000-8000-000000000000"), "viittaa"),
    "id that is a path": (lambda d: _set(d, "teams", "programme_id", "../../etc/passwd"),
                          "teams[0].programme_id: odotettiin tunnistetta (UUID)"),
    "photo id that is not a hash": (lambda d: _set(d, "board_items", "media_id", "kuva.jpg"),
                                    "odotettiin kuvan tunnistetta"),
    "list where an object belongs": (lambda d: _set(d, "board_items", "style", [1]),
                                     "board_items[0].style: odotettiin JSON-oliota"),
    "number the merge would refuse": (lambda d: _set(d, "measurements", "value", 1e16),
                                      "measurements[0].value: luku on liian suuri"),
    "top level array": (lambda d: [d], "ei ole Jalostamon"),
    "infinity in a json value": (lambda d: _set(d, "board_items", "style", {"a": "1e400"}),
                                 "board_items[0].style: odotettiin äärellistä lukua"),
    "deep json value": (lambda d: _set(d, "board_items", "style",
                                       json.loads('{"a": ' * 40 + "1" + "}" * 40)),
                        "board_items[0].style: arvo on sisäkkäistetty liian syvälle (enintään 32"),
}


@pytest.mark.parametrize("case", sorted(STRUCTURAL_CASES))
def test_hostile_structure_is_refused_and_leaves_nothing(filled: Path, tmp_path: Path,
                                                         case: str) -> None:
    mutate, words = STRUCTURAL_CASES[case]
    source = tmp_path / "hostile.json"
    # ASCII with escapes: a lone surrogate can only be written as "\ud800"
    # and the string "1e400" becomes the number 1e400, which Python reads as infinity
    text = json.dumps(mutate(_valid(filled, tmp_path))).replace('"1e400"', "1e400")
    source.write_text(text, encoding="ascii")
    before = sorted(p.name for p in tmp_path.iterdir())
    target = tmp_path / "uusi.jalostamo"
    with pytest.raises(JsonRefused) as err:
        import_json(source, target)
    message = err.value.message()
    assert message.startswith("Tuontia ei tehty"), message
    assert words in message, message
    assert sorted(p.name for p in tmp_path.iterdir()) == before


RAW_CASES: dict[str, tuple[bytes, str]] = {
    "not json": (b"Kuntaliitto 2019", "ei ole kelvollista JSONia (virhe rivillä 1"),
    "truncated": (b'{"format": "jalostamo", "tables": {"teams": [', "virhe rivillä 1"),
    "bad utf-8": (b'{"format": "jalostamo\xff"}', "UTF-8-tekstiä (tavu 21)"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "liian syvälle"),
    "duplicate keys": (b'{"format": "jalostamo", "format": "x"}', "\u201cformat\u201d kahdesti"),
    "nan": (b'{"format": NaN}', "NaN ei ole JSON-arvo"),
    "giant number": (b"1" * 5000, "liian monta numeroa"),
    "empty": (b"", "ei ole kelvollista JSONia"),
    "number": (b"3", "ei ole Jalostamon"),
}


@pytest.mark.parametrize("case", sorted(RAW_CASES))
def test_hostile_bytes_are_refused(tmp_path: Path, case: str) -> None:
    content, words = RAW_CASES[case]
    source = tmp_path / "hostile.json"
    source.write_bytes(content)
    with pytest.raises(JsonRefused) as err:
        import_json(source, tmp_path / "uusi.jalostamo")
    assert words in err.value.message()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.json"]


def test_huge_file_is_refused_before_reading(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "iso.json"
    with source.open("wb") as stream:  # sparse: 3 GiB that take no disk space
        stream.truncate(3 * 1024**3)
    with pytest.raises(JsonRefused) as err:
        import_json(source, tmp_path / "uusi.jalostamo")
    assert err.value.key == "import.too_large"
    assert "3072.0 Mt; enintään 2048.0 Mt" in err.value.message()
    assert not (tmp_path / "uusi.jalostamo").exists()


def test_messages_follow_the_language(filled: Path, tmp_path: Path) -> None:
    data = _set(_valid(filled, tmp_path), "teams", "city", 42)
    source = tmp_path / "x.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(UserError) as err:
        import_json(source, tmp_path / "uusi.jalostamo")
    assert err.value.message("sv").startswith("Importen gjordes inte")
    assert "text förväntades" in err.value.message("sv")
    assert "tables.teams[0].city: text was expected" in err.value.message("en")


def test_a_dead_import_leftover_is_swept(filled: Path, tmp_path: Path) -> None:
    export_file(filled, tmp_path / "x.json")
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    dead_pid = int(finished.stdout)
    leftover = tmp_path / f".uusi.jalostamo.{dead_pid}.importing"
    leftover.write_bytes(b"half")
    alive = tmp_path / f".uusi.jalostamo.{os.getppid()}.importing"
    alive.write_bytes(b"someone else's, still running")
    import_json(tmp_path / "x.json", tmp_path / "uusi.jalostamo")
    if os.name == "posix":
        assert not leftover.exists()
    assert alive.exists()


# --- fuzzing -------------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=10,
)


def _import_leaves_only_a_complete_file(source_bytes: bytes) -> None:
    """Import must succeed or raise a UserError; either way no temporary file remains."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "fuzz.json"
        source.write_bytes(source_bytes)
        target = Path(folder) / "fuzz.jalostamo"
        try:
            import_json(source, target)
        except UserError as exc:
            event(exc.key)
            assert sorted(p.name for p in Path(folder).iterdir()) == ["fuzz.json"]
        else:
            event("imported")
            assert sorted(p.name for p in Path(folder).iterdir()) == ["fuzz.jalostamo", "fuzz.json"]
            assert check_file(target).problems == []
            export_file(target, Path(folder) / "again.json")  # what import takes, export writes


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.floats(0, 1, exclude_max=True),
                                st.sampled_from(["flip", "insert", "delete"]),
                                st.integers(0x20, 0x7E) | st.integers(0, 255)),
                      min_size=1, max_size=4))
def test_fuzz_byte_mutations(valid_export: bytes, edits: list[tuple[float, str, int]]) -> None:
    data = bytearray(valid_export)
    for where_at, op, byte in edits:
        at = int(where_at * len(data))
        if op == "flip":
            data[at] = byte
        elif op == "insert":
            data[at:at] = bytes([byte])
        else:
            del data[at]
    _import_leaves_only_a_complete_file(bytes(data))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(pick=st.integers(0, 10**6), value=JSON_VALUES, drop=st.booleans())
def test_fuzz_value_replacements(valid_export: bytes, pick: int, value: Any, drop: bool) -> None:
    data = json.loads(valid_export)
    tables = sorted(data["tables"])
    rows = data["tables"][tables[pick % len(tables)]]
    if drop and rows:
        rows.pop(pick % len(rows))
    elif rows:
        row = rows[pick % len(rows)]
        row[sorted(row)[pick % len(row)]] = value
    else:
        data[sorted(data)[pick % len(data)]] = value
    _import_leaves_only_a_complete_file(json.dumps(data, ensure_ascii=False).encode(
        "utf-8", "surrogatepass"))


# --- the demo programmes -------------------------------------------------------------------------


def _demo_round_trip(tmp_path: Path, size: str) -> None:
    demo = pytest.importorskip("jalostamo.services.demo")
    summary = demo.build_demo(tmp_path / "demo.jalostamo", size=size)
    export_file(tmp_path / "demo.jalostamo", tmp_path / "a.json")
    import_json(tmp_path / "a.json", tmp_path / "kopio.jalostamo")
    export_file(tmp_path / "kopio.jalostamo", tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    data = json.loads((tmp_path / "a.json").read_bytes())
    assert len([r for r in data["tables"]["media"] if r["deleted_at"] is None]) == summary.photos
    with Services.open(tmp_path / "kopio.jalostamo", readonly=True) as svc:
        assert len(svc.entities.list(Team)) == summary.teams


def test_round_trip_of_the_demo(tmp_path: Path) -> None:
    _demo_round_trip(tmp_path, "normal")


@pytest.mark.slow
def test_round_trip_of_the_large_demo(tmp_path: Path) -> None:
    _demo_round_trip(tmp_path, "large")
