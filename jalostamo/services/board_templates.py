"""Templates to start a board from: the built-in ones and the facilitator's own.

A template is a background (one of the built-in zone layouts, ``boards.TEMPLATE_KEYS``) plus
items that a new board starts with (prompts, column headings, or everything on a board the
facilitator saved). Built-in templates live in ``assets/templates/<key>.json`` (``items``
with texts in fi/sv/en). The facilitator's own are JSON files in the per-user data directory,
``<data dir>/board-templates/<name>.json``: they belong to the facilitator's laptop and serve
every programme run on it (a programme file stays one team's work). Each file is written to a
temporary name and renamed, so a failed save leaves no half-written template.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jalostamo.errors import InvalidInput
from jalostamo.i18n import current_language
from jalostamo.paths import user_data_dir
from jalostamo.services.board_export import PAYLOAD_FORMAT, PAYLOAD_VERSION
from jalostamo.services.boards import TEMPLATE_KEYS, TEMPLATES_DIR, BoardService, template

USER_FORMAT = "jalostamo-board-template"
USER_VERSION = 1
MAX_BYTES = 50 * 1024 * 1024  # photos travel inside, base64-encoded


@dataclass(frozen=True)
class BoardTemplate:
    """``key``: ``builtin:<background>`` or ``user:<file stem>``."""

    key: str
    title: str
    background: str
    items: list[dict[str, Any]] = field(default_factory=list)
    media: list[dict[str, Any]] = field(default_factory=list)

    @property
    def own(self) -> bool:
        return self.key.startswith("user:")

    def payload(self) -> dict[str, Any]:
        """The items as a clipboard payload (pasted with fresh ids)."""
        return {"format": PAYLOAD_FORMAT, "version": PAYLOAD_VERSION,
                "items": self.items, "media": self.media}


def templates_dir() -> Path:
    path = user_data_dir() / "board-templates"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _text(value: Any, lang: str) -> str:
    return str(value.get(lang) or value.get("en", "")) if isinstance(value, Mapping) else str(
        value or "")


def builtin(key: str, lang: str | None = None) -> BoardTemplate:
    lang = lang or current_language()
    data = json.loads((TEMPLATES_DIR / f"{key}.json").read_text(encoding="utf-8"))
    items = []
    for index, item in enumerate(data.get("items", [])):
        row = {**item, "id": f"t{index}", "text": _text(item.get("text"), lang),
               "z": float(index)}
        items.append(row)
    return BoardTemplate(f"builtin:{key}", template(key, lang)["title"], key, items)


def own_templates() -> list[BoardTemplate]:
    """The facilitator's saved templates, by title; unreadable files are left out."""
    found = []
    for path in sorted(templates_dir().glob("*.json")):
        try:
            found.append(read_own(path))
        except InvalidInput:
            continue
    return sorted(found, key=lambda t: t.title.casefold())


def read_own(path: Path) -> BoardTemplate:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError("too large")
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != USER_FORMAT or data.get("version", 0) > USER_VERSION:
            raise ValueError("not a board template")
        background = str(data.get("background", "empty"))
        if background not in TEMPLATE_KEYS:
            background = "empty"
        items = data["items"]
        if not isinstance(items, list):
            raise ValueError("no items")
        return BoardTemplate(f"user:{path.stem}", str(data["title"]), background, items,
                             list(data.get("media") or []))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InvalidInput("board17.template_unreadable", path=str(path),
                           reason=str(exc)) from exc


def all_templates(lang: str | None = None) -> list[BoardTemplate]:
    """The built-in templates (empty first) and then the facilitator's own."""
    return [builtin(k, lang) for k in TEMPLATE_KEYS] + own_templates()


def by_key(key: str) -> BoardTemplate:
    for found in all_templates():
        if found.key == key:
            return found
    raise InvalidInput("boards.unknown_template", template=key)


def save_board_as_template(boards: BoardService, board_id: str, title: str) -> Path:
    """Save everything on ``board_id`` (and its background) as the facilitator's template."""
    title = title.strip()
    if not title:
        raise InvalidInput("board17.template_name")
    board = boards.board(board_id)
    payload = boards.copy([r["id"] for r in boards.items(board_id)])
    data = {"format": USER_FORMAT, "version": USER_VERSION, "title": title,
            "background": board.template_key, "items": payload["items"],
            "media": payload["media"]}
    stem = re.sub(r"[^\w-]+", "-", title.casefold()).strip("-")[:60] or "template"
    folder = templates_dir()
    path = folder / f"{stem}.json"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}.json"
        number += 1
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InvalidInput("board17.template_not_saved", path=str(path),
                           reason=exc.strerror or str(exc)) from exc
    return path


def create_board(boards: BoardService, team_id: str | None, title: str,
                 chosen: BoardTemplate) -> tuple[str, list[str]]:
    """A new board on the template's background, holding its items: (board id, item ids)."""
    board_id = boards.create_board(team_id, title, chosen.background)
    ids = boards.paste(board_id, chosen.payload()) if chosen.items else []
    return board_id, ids


def items_bounds(chosen: BoardTemplate) -> tuple[float, float, float, float] | None:
    """Where the template's items lie (x, y, width, height; connectors follow their ends),
    None for a template of zones only."""
    boxes = [(float(i.get("x", 0)), float(i.get("y", 0)), float(i.get("width", 0)),
              float(i.get("height", 0))) for i in chosen.items if i.get("kind") != "connector"]
    if not boxes:
        return None
    left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, bottom = max(b[0] + b[2] for b in boxes), max(b[1] + b[3] for b in boxes)
    return left, top, right - left, bottom - top


def apply_template(boards: BoardService, board_id: str, chosen: BoardTemplate,
                   at: tuple[float, float] | None = None) -> list[str]:
    """Put ``chosen`` on an existing board; returns the new items' ids. A template of zones
    only becomes the board's background. A template with items: on a board without items
    it is laid out as on a new board (its background and its items at their places); else
    its items keep their layout with their top-left corner at ``at`` (a free place the
    caller found) and the background stays. Run it inside one operation (one undo step)."""
    bounds = items_bounds(chosen)
    if bounds is None or not boards.items(board_id):
        if boards.board(board_id).template_key != chosen.background:
            boards.update_board(board_id, template_key=chosen.background)
        return boards.paste(board_id, chosen.payload()) if chosen.items else []
    if at is None:
        return boards.paste(board_id, chosen.payload())
    dx, dy = at[0] - bounds[0], at[1] - bounds[1]
    moved = [{**item, "x": float(item.get("x", 0)) + dx, "y": float(item.get("y", 0)) + dy}
             for item in chosen.items]
    return boards.paste(board_id, {**chosen.payload(), "items": moved})
