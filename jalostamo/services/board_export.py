"""Board items as a JSON-able payload: copy/paste between boards and programmes, duplicate.

A payload carries the items (with their old ids, so connector ends and frames can be remapped
to fresh ids on paste) and the media their photos show, base64-encoded, so that a photo pasted
into another programme file arrives with its bytes.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from jalostamo.errors import InvalidInput
from jalostamo.models import BoardItem, ItemKind, Media
from jalostamo.models.base import new_id
from jalostamo.services.entities import table_of

if TYPE_CHECKING:
    from jalostamo.services.boards import BoardService

PAYLOAD_FORMAT = "jalostamo-board-items"
PAYLOAD_VERSION = 1
MEDIA_FIELDS = ("id", "mime_type", "width", "height", "caption")
BLOB_FIELDS = ("original", "preview", "thumbnail")


def copy_payload(service: BoardService, ids: list[str]) -> dict[str, Any]:
    """The items ``ids`` (plus connectors between them) and their media as a JSON-able dict."""
    wanted = set(ids)
    rows = service.items_by_ids(wanted)
    if rows:
        board_rows = service.items(rows[0]["board_id"])
        # items inside a copied frame come along, and connectors whose both ends are copied
        frames = {r["id"] for r in rows if r["kind"] == ItemKind.FRAME.value}
        for row in board_rows:
            if row["frame_id"] in frames:
                wanted.add(row["id"])
        for row in board_rows:
            if (row["kind"] == ItemKind.CONNECTOR.value and row["source_id"] in wanted
                    and row["target_id"] in wanted):
                wanted.add(row["id"])
        rows = sorted((r for r in board_rows if r["id"] in wanted), key=lambda r: r["z"])
    media_ids = sorted({r["media_id"] for r in rows if r["media_id"]})
    return {
        "format": PAYLOAD_FORMAT,
        "version": PAYLOAD_VERSION,
        "items": [{k: v for k, v in r.items() if k != "board_id"} for r in rows],
        "media": media_records(service, media_ids),
    }


def media_records(service: BoardService, media_ids: list[str]) -> list[dict[str, Any]]:
    if not media_ids:
        return []
    table = table_of(Media)
    stmt = select(*(table.c[n] for n in (*MEDIA_FIELDS, *BLOB_FIELDS))).where(
        table.c.id.in_(media_ids))
    with service.doc.session() as session:
        rows = session.execute(stmt).all()
    records = []
    for row in rows:
        record: dict[str, Any] = {n: row._mapping[n] for n in MEDIA_FIELDS}
        for name in BLOB_FIELDS:
            record[name] = base64.b64encode(row._mapping[name] or b"").decode("ascii")
        records.append(record)
    return records


def media_blobs(service: BoardService, media_ids: list[str], kind: str) -> dict[str, bytes]:
    """The ``kind`` blob (preview, thumbnail, original) of many media rows in one query."""
    if kind not in BLOB_FIELDS:
        raise InvalidInput("input.bad_value", field="kind", detail=kind)
    if not media_ids:
        return {}
    table = table_of(Media)
    found: dict[str, bytes] = {}
    with service.doc.session() as session:
        for start in range(0, len(media_ids), 500):
            stmt = select(table.c.id, table.c[kind]).where(
                table.c.id.in_(media_ids[start:start + 500]))
            found.update({r[0]: r[1] for r in session.execute(stmt) if r[1]})
    return found


def paste_payload(service: BoardService, board_id: str, payload: Mapping[str, Any],
                  offset: float) -> list[str]:
    """Add a copied payload to ``board_id`` with fresh ids; returns the new ids in order."""
    if payload.get("format") != PAYLOAD_FORMAT or not isinstance(payload.get("items"), list):
        raise InvalidInput("boards.bad_payload")
    if payload.get("version", 0) > PAYLOAD_VERSION:
        raise InvalidInput("boards.bad_payload")
    items = payload["items"]
    fresh = {item["id"]: new_id() for item in items if isinstance(item, Mapping) and "id" in item}
    top = max((r["z"] for r in service.items(board_id)), default=0.0)
    base_z = min((float(i.get("z", 0.0)) for i in items), default=0.0)
    rows = []
    for item in items:
        if not isinstance(item, Mapping) or item.get("id") not in fresh:
            raise InvalidInput("boards.bad_payload")
        row = dict(item)
        row["id"] = fresh[item["id"]]
        row["board_id"] = board_id
        row["x"] = float(row.get("x", 0.0)) + offset
        row["y"] = float(row.get("y", 0.0)) + offset
        row["z"] = top + 1 + float(row.get("z", 0.0)) - base_z
        for ref in ("frame_id", "group_id"):
            if row.get(ref) is not None:
                row[ref] = fresh.get(row[ref]) if ref == "frame_id" else _group(row[ref], fresh)
        if row.get("kind") == ItemKind.CONNECTOR.value:
            if row.get("source_id") not in fresh or row.get("target_id") not in fresh:
                continue  # a connector needs both of its ends
            row["source_id"] = fresh[row["source_id"]]
            row["target_id"] = fresh[row["target_id"]]
        rows.append(row)
    _ensure_media(service, payload.get("media") or [])
    return service.entities.create_many(BoardItem, rows)


def _group(old_group: str, fresh: dict[str, str]) -> str:
    # one new group id per old group id, kept in the same remapping table
    key = f"group:{old_group}"
    if key not in fresh:
        fresh[key] = new_id()
    return fresh[key]


def _ensure_media(service: BoardService, records: list[Mapping[str, Any]]) -> None:
    """Store the payload's photos that this programme does not hold yet."""
    if not records:
        return
    table = table_of(Media)
    ids = [str(r.get("id")) for r in records]
    with service.doc.session() as session:
        present = set(session.execute(select(table.c.id).where(table.c.id.in_(ids))).scalars())
    new_rows = []
    for record in records:
        if record.get("id") in present:
            continue
        try:
            row: dict[str, Any] = {n: record[n] for n in MEDIA_FIELDS}
            for name in BLOB_FIELDS:
                row[name] = base64.b64decode(record[name], validate=True)
        except (KeyError, ValueError, TypeError):
            raise InvalidInput("boards.bad_payload") from None
        new_rows.append(row)
    if new_rows:
        service.entities.create_many(Media, new_rows)
    service.entities.restore_many(Media, ids)
