"""Alternative text for the figures of a report, generated from their content.

A board drawing is described by its frames in reading order (top to bottom, then left to
right), each with the notes, texts, shapes and photos inside it in the same order, then what
lies outside every frame. A photo is described by its alt text, else its caption.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Item = dict[str, Any]
Translate = Callable[..., str]

#: the longest alternative text written for one figure (a screen reader reads it whole)
MAX_ALT = 4_000


def _num(item: Item, key: str, default: float = 0.0) -> float:
    value = item.get(key, default)
    return float(value) if isinstance(value, int | float) else default


def _reading_key(item: Item) -> tuple[float, float]:
    # rows of about a note's height read top to bottom, each left to right
    return (round(_num(item, "y") / 80.0), _num(item, "x"))


def _inside(item: Item, frame: Item) -> bool:
    cx = _num(item, "x") + _num(item, "width", 160) / 2
    cy = _num(item, "y") + _num(item, "height", 160) / 2
    fx, fy = _num(frame, "x"), _num(frame, "y")
    return fx <= cx <= fx + _num(frame, "width", 160) and fy <= cy <= fy + _num(frame, "height",
                                                                                 160)


def _one_line(text: object) -> str:
    return " ".join(str(text or "").split())


def _describe(item: Item, t: Translate, photos: Mapping[str, str]) -> str:
    if item.get("kind") == "photo":
        alt = _one_line(photos.get(str(item.get("media_id") or ""), ""))
        return f"{t('a11y.photo')} {alt}" if alt else t("a11y.photo_undescribed")
    return _one_line(item.get("text"))


def board_alt(title: str, items: list[Item], t: Translate,
              photos: Mapping[str, str] | None = None) -> str:
    """The text alternative of a board drawing; ``t(key, **params)`` translates,
    ``photos`` maps a media id to its description."""
    photos = photos or {}
    items = [i for i in items if isinstance(i, dict)]
    frames = sorted((i for i in items if i.get("kind") == "frame"), key=_reading_key)
    others = sorted((i for i in items if i.get("kind") not in ("frame", "connector")),
                    key=_reading_key)
    parts = [t("a11y.board", title=_one_line(title)[:150])]
    placed: set[int] = set()
    for frame in frames:
        inside = [i for i in others if id(i) not in placed and _inside(i, frame)]
        placed.update(id(i) for i in inside)
        parts.append(_frame_alt(frame, inside, t, photos))
    rest = [d for d in (_describe(i, t, photos) for i in others if id(i) not in placed) if d]
    rest += _connectors_alt(items, t, photos)
    if rest:
        parts.append(f"{t('a11y.outside')} {'; '.join(rest)}.")
    if len(parts) == 1:
        parts.append(t("a11y.board_empty"))
    text = " ".join(parts)
    return text if len(text) <= MAX_ALT else text[:MAX_ALT - 1].rstrip() + "…"


def _frame_alt(frame: Item, inside: list[Item], t: Translate,
               photos: Mapping[str, str]) -> str:
    """A frame by its title, then what lies inside it (in reading order)."""
    name = _one_line(frame.get("text") or frame.get("label"))
    texts = [d for d in (_describe(i, t, photos) for i in inside) if d]
    return (f"{t('a11y.frame', title=name[:150])} {'; '.join(texts)}." if texts
            else t("a11y.frame_empty", title=name[:150]))


def _connectors_alt(items: list[Item], t: Translate, photos: Mapping[str, str]) -> list[str]:
    """Each connector between two described items: "from → to"."""
    by_id = {i.get("id"): i for i in items}
    out = []
    for c in (i for i in items if i.get("kind") == "connector"):
        source, target = by_id.get(c.get("source_id")), by_id.get(c.get("target_id"))
        if source is None or target is None:
            continue
        a, b = _describe(source, t, photos), _describe(target, t, photos)
        if a and b:
            out.append(f"{t('a11y.connector')} {a[:60]} → {b[:60]}")
    return out


def chart_values(pairs: list[tuple[str, str]]) -> str:
    return "; ".join(f"{label}: {value}" for label, value in pairs)
