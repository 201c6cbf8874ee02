"""The record of an erased person that travels with the programme, and redaction by it.

Erasing a person (services/privacy.py) writes an :class:`~jalostamo.models.Erasure` row. A merge
reads every record it knows (the target's and the source's) and, before an incoming row or a
conflict-log entry is written, redacts it: the person's own row stays blank and deleted, the
rows linking to the person stay deleted, quotes and photos of the person stay erased, and the
name — in the inflected forms services/name_forms.py finds — is replaced by the pseudonym in
every text and JSON value.

The record does not hold the name: ``forms`` are salted SHA-256 hashes (16 hex digits) of the
lower-cased name and its inflected forms (with clitics), and redaction hashes each run of
``words`` consecutive words of a text to look them up. The forms are those of
:func:`~jalostamo.services.name_forms.name_pattern` except foreign names with a colon ending
("Lee:lle").
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, String, Table, Text

from jalostamo.services.name_forms import _GRADATION, _NEN, _WEAK, _WHOLE

_CLITIC_LIST = ("", "kin", "kaan", "kään", "han", "hän", "ko", "kö", "pa", "pä")
_WORD = re.compile(r"\w+")
LINK_TABLES = ("team_members", "facilitators", "review_authors", "attendance",
               "programme_experts")
PERSON_FIELDS = ("name", "organisation", "title", "email", "notes")


def _hash(salt: str, form: str) -> str:
    return hashlib.sha256((salt + form).encode("utf-8")).hexdigest()[:16]


def name_forms(name: str) -> set[str]:
    """The lower-cased name and its inflected forms (as words joined by one space)."""
    words = name.casefold().split()
    if not words:
        return set()
    head = " ".join(words[:-1]) + " " if len(words) > 1 else ""
    last = words[-1]
    stems: list[tuple[str, tuple[str, ...]]] = [(head + last, ("", *_WHOLE))]
    if len(last) > 4 and last.endswith("nen"):
        stems.append((head + last[:-3] + "s", _NEN))
    graded = _GRADATION.match(last)
    if graded:
        stems.append((head + graded.group(1) + graded.group(2)[0] + graded.group(3), _WEAK))
    return {stem + ending + clitic for stem, endings in stems for ending in endings
            for clitic in _CLITIC_LIST}


def build(person_id: str, name: str, *, quotes: bool, photos: bool, erased_at: str
          ) -> dict[str, Any]:
    """The values of a new erasure record (without the history columns)."""
    salt = secrets.token_hex(8)
    return {"person_id": person_id, "salt": salt, "words": max(len(name.split()), 1),
            "forms": sorted(_hash(salt, f) for f in name_forms(name)), "quotes": quotes,
            "photos": photos, "erased_at": erased_at}


def write(conn: Any, person_id: str, name: str, *, quotes: bool, photos: bool, device: str,
          now: str) -> None:
    """Write the record of an erasure on a raw sqlite3 connection, in the erasing transaction
    (called by services/privacy.py)."""
    from jalostamo.models.base import new_id

    insert_sql(conn, new_id(), build(person_id, name, quotes=quotes, photos=photos,
                                     erased_at=now), now, device)


def insert_sql(conn: Any, row_id: str, values: dict[str, Any], now: str, device: str) -> None:
    """Write a record on a raw sqlite3 connection."""
    conn.execute(
        "INSERT INTO erasures (id, person_id, salt, words, forms, quotes, photos, erased_at, "
        "created_at, updated_at, device_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (row_id, values["person_id"], values["salt"], values["words"],
         json.dumps(values["forms"]), int(values["quotes"]), int(values["photos"]),
         values["erased_at"], now, now, device))


@dataclass
class _Record:
    person_id: str
    salt: str
    words: int
    forms: frozenset[str]
    quotes: bool
    photos: bool
    erased_at: str
    replacement: str


class Redactor:
    """Redacts rows and values by the erasure records it was given."""

    def __init__(self, records: Iterable[tuple[Any, ...]], lang: str | None) -> None:
        from jalostamo.services.privacy import pseudonym

        self.records: dict[str, _Record] = {}
        for person_id, salt, words, forms, quotes, photos, erased_at, deleted in records:
            if deleted:
                continue
            try:
                parsed = json.loads(forms) if isinstance(forms, str) else forms
            except ValueError:
                parsed = []
            if not isinstance(parsed, list):
                parsed = []
            self.records[person_id] = _Record(person_id, salt, int(words),
                                              frozenset(f for f in parsed if isinstance(f, str)),
                                              bool(quotes), bool(photos), erased_at,
                                              pseudonym(person_id, lang))
        self.lengths = sorted({r.words for r in self.records.values()})

    def __bool__(self) -> bool:
        return bool(self.records)

    def text(self, value: str) -> str:
        """``value`` with every erased name form replaced by its pseudonym."""
        if not self.records or not value:
            return value
        tokens = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(value)]
        out, pos, i = [], 0, 0
        while i < len(tokens):
            hit = None
            for n in reversed(self.lengths):
                if i + n > len(tokens):
                    continue
                form = " ".join(t[2] for t in tokens[i:i + n])
                for record in self.records.values():
                    if record.words == n and _hash(record.salt, form) in record.forms:
                        hit = (n, record)
                        break
                if hit:
                    break
            if hit is None:
                i += 1
                continue
            n, record = hit
            out.append(value[pos:tokens[i][0]])
            out.append(record.replacement)
            pos = tokens[i + n - 1][1]
            i += n
        if not out:
            return value
        out.append(value[pos:])
        return "".join(out)

    def json_text(self, raw: str) -> str:
        """A JSON column's raw text with names replaced inside its strings (and keys)."""
        try:
            value = json.loads(raw)
        except ValueError:
            return self.text(raw)
        changed = False

        def walk(v: Any) -> Any:
            nonlocal changed
            if isinstance(v, str):
                new = self.text(v)
                changed = changed or new != v
                return new
            if isinstance(v, list):
                return [walk(x) for x in v]
            if isinstance(v, dict):
                return {walk(k): walk(x) for k, x in v.items()}
            return v

        result = walk(value)
        return json.dumps(result, ensure_ascii=False) if changed else raw

    def erased(self, person_id: Any) -> _Record | None:
        return self.records.get(person_id) if isinstance(person_id, str) else None


#: columns never searched for names: keys, history and stamps
_NOT_TEXT = frozenset({"id", "created_at", "updated_at", "device_id", "deleted_at",
                       "base_updated_at", "base_device_id", "field_clock"})
_PHOTO_BLOBS = ("original", "preview", "thumbnail")


def redactable_columns(table: Table, index: Mapping[str, int]) -> tuple[list[int], list[int]]:
    """The positions (by ``index``) of a table's free-text and JSON columns: where an erased
    name's forms are looked for."""
    texts = [index[c.name] for c in table.columns if c.name in index
             and c.name not in _NOT_TEXT and not c.name.endswith("_id")
             and isinstance(c.type, String | Text) and not isinstance(c.type, JSON)
             and not c.foreign_keys and c.name != "salt"]
    jsons = [index[c.name] for c in table.columns if c.name in index
             and c.name not in _NOT_TEXT and isinstance(c.type, JSON)
             and table.name != "erasures"]
    return texts, jsons


def redact_row(redactor: Redactor, table: str, index: Mapping[str, int], texts: list[int],
               jsons: list[int], row: tuple[Any, ...]) -> tuple[Any, ...]:
    """An incoming row as the erasure records let it in (the merge's and the JSON import's
    rule): the person's own row blank and deleted, rows linking to the person deleted, quotes
    and photos of the person erased when the record says so (a photo's bytes too, where the
    row carries them), other links to the person cut, and every name form in text and JSON
    replaced by the pseudonym."""
    values = list(row)
    i = index
    record = None
    if table == "people":
        record = redactor.erased(row[0] if "id" not in i else row[i["id"]])
        if record:
            for f in PERSON_FIELDS:
                values[i[f]] = ""
    elif "person_id" in i:
        record = redactor.erased(row[i["person_id"]])
        erased_photo = table == "media" and record is not None
        if record and table not in LINK_TABLES:
            values[i["person_id"]] = None
            if table == "feedback_notes" and record.quotes and row[i["is_quote"]]:
                values[i["text"]] = ""
            elif table == "media" and record.photos:
                values[i["caption"]] = ""
            else:
                record = None
        if record:
            values[i["deleted_at"]] = row[i["deleted_at"]] or record.erased_at
        if erased_photo and values[i["deleted_at"]]:  # an erased photo stays erased
            for blob in _PHOTO_BLOBS:
                if blob in i:
                    values[i[blob]] = b""
    if record and table == "people":
        values[i["deleted_at"]] = row[i["deleted_at"]] or record.erased_at
    for k in texts:
        if isinstance(values[k], str):
            values[k] = redactor.text(values[k])
    for k in jsons:
        if isinstance(values[k], str):
            values[k] = redactor.json_text(values[k])
    return tuple(values)
