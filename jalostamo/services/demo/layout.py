"""Board items for the demo, laid out like real workshop boards.

Items are built as complete dicts in the shape the boards service uses for snapshots (every
``BoardItem`` column except the history ones, enums as strings), with ids chosen here so that
connectors, frames, dots and versions can refer to them before anything is written.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from jalostamo.models import BoardItem, ItemKind, ShapeKind, new_id
from jalostamo.models.base import HISTORY_COLUMNS
from jalostamo.services.entities import table_of

_TABLE = table_of(BoardItem)
ITEM_FIELDS = tuple(c.name for c in _TABLE.columns if c.name not in HISTORY_COLUMNS or c.name == "id")

YELLOW, PINK, BLUE, GREEN, ORANGE, LILAC = ("#FFE066", "#FFA8A8", "#A5D8FF", "#B2F2BB",
                                            "#FFD8A8", "#E599F7")
CONTAINERS = (ItemKind.FRAME.value, ItemKind.PHOTO.value)


def _column_default(name: str) -> Any:
    default = _TABLE.c[name].default
    if default is None:
        return None
    arg: Any = getattr(default, "arg", None)
    if callable(arg):
        return arg({})
    return getattr(arg, "value", arg)


_DEFAULTS = {name: _column_default(name) for name in ITEM_FIELDS}


class BoardBuilder:
    """Collects the items of one board; ``stage`` says from which workshop an item exists."""

    def __init__(self, board_id: str) -> None:
        self.board_id = board_id
        self.items: list[dict[str, Any]] = []
        self.stage: dict[str, int] = {}
        self._z = 0.0

    def add(self, kind: ItemKind, x: float, y: float, width: float, height: float, *,
            stage: int = 1, **fields: Any) -> dict[str, Any]:
        self._z += 1.0
        item = {**_DEFAULTS, "id": new_id(), "board_id": self.board_id, "kind": kind.value,
                "x": float(x), "y": float(y), "width": float(width), "height": float(height),
                "z": self._z, "style": {}, **fields}
        self.items.append(item)
        self.stage[item["id"]] = stage
        return item

    def note(self, x: float, y: float, text: str, *, color: str = YELLOW, width: float = 210,
             height: float = 140, stage: int = 1) -> dict[str, Any]:
        return self.add(ItemKind.NOTE, x, y, width, height, text=text, color=color, stage=stage)

    def text(self, x: float, y: float, width: float, height: float, text: str, *,
             font_size: int = 18, stage: int = 1) -> dict[str, Any]:
        return self.add(ItemKind.TEXT, x, y, width, height, text=text, color="#212529",
                        style={"font_size": font_size}, stage=stage)

    def frame(self, x: float, y: float, width: float, height: float, title: str, *,
              color: str = "#F1F3F5", stage: int = 1) -> dict[str, Any]:
        return self.add(ItemKind.FRAME, x, y, width, height, text=title, color=color, stage=stage)

    def shape(self, x: float, y: float, width: float, height: float, text: str,
              shape: ShapeKind, *, color: str = BLUE, stage: int = 1) -> dict[str, Any]:
        return self.add(ItemKind.SHAPE, x, y, width, height, text=text, color=color,
                        shape=shape.value, stage=stage)

    def photo(self, x: float, y: float, width: float, height: float, media_id: str | None, *,
              stage: int = 1) -> dict[str, Any]:
        return self.add(ItemKind.PHOTO, x, y, width, height, media_id=media_id, color="#FFFFFF",
                        stage=stage)

    def connect(self, source: dict[str, Any], target: dict[str, Any], label: str = "", *,
                stage: int | None = None) -> dict[str, Any]:
        when = max(self.stage[source["id"]], self.stage[target["id"]], stage or 1)
        return self.add(ItemKind.CONNECTOR, 0, 0, 0, 0, source_id=source["id"],
                        target_id=target["id"], label=label, color="#495057",
                        arrow_end=True, stage=when)

    def assign_frames(self) -> None:
        """Each item's ``frame_id``: the topmost frame or photo below it that holds its centre
        (the rule the boards service applies when an item is dropped)."""
        for item in self.items:
            if item["kind"] == ItemKind.CONNECTOR.value:
                continue
            cx, cy = item["x"] + item["width"] / 2, item["y"] + item["height"] / 2
            best: dict[str, Any] | None = None
            for other in self.items:
                if other is item or other["kind"] not in CONTAINERS or other["z"] >= item["z"]:
                    continue
                if item["kind"] == ItemKind.FRAME.value and other["kind"] == ItemKind.PHOTO.value:
                    continue
                if (other["x"] <= cx <= other["x"] + other["width"]
                        and other["y"] <= cy <= other["y"] + other["height"]
                        and (best is None or other["z"] > best["z"])):
                    best = other
            item["frame_id"] = best["id"] if best else None

    def snapshot(self, up_to_stage: int) -> list[dict[str, Any]]:
        return [dict(item, style=dict(item["style"])) for item in self.items
                if self.stage[item["id"]] <= up_to_stage]


def grid(zone: tuple[float, float, float, float], count: int, *, note: tuple[float, float] = (210, 140),
         gap: float = 20, header: float = 60) -> list[tuple[float, float]]:
    """Top-left corners of ``count`` notes in rows inside ``zone`` (x, y, w, h)."""
    x, y, w, _h = zone
    columns = max(1, int((w - gap) // (note[0] + gap)))
    return [(x + gap + (i % columns) * (note[0] + gap), y + header + (i // columns) * (note[1] + gap))
            for i in range(count)]


def split_points(text: str, limit: int = 4) -> list[str]:
    """Short note texts from a card field: its ``;``-separated or sentence parts."""
    parts = [p.strip(" .") for chunk in text.split(";") for p in chunk.split(". ")]
    parts = [p[0].upper() + p[1:] for p in parts if p and not p.startswith("Hallinta")]
    return parts[:limit]


def questions(text: str, limit: int = 4) -> list[str]:
    return [q.strip() + "?" for q in text.split("?") if q.strip()][:limit]


# --- the experiment canvas (template zones, scene units) --------------------------------------
Z_PROBLEM = (40.0, 40.0, 760.0, 460.0)
Z_HYPOTHESIS = (820.0, 40.0, 760.0, 460.0)
Z_TARGET = (1600.0, 40.0, 760.0, 460.0)
Z_PRACTICE = (40.0, 520.0, 1150.0, 460.0)
Z_LEARN = (1210.0, 520.0, 1150.0, 460.0)
Z_WHO = (40.0, 1000.0, 560.0, 560.0)
Z_BUDGET = (620.0, 1000.0, 560.0, 560.0)
Z_SCHEDULE = (1200.0, 1000.0, 560.0, 560.0)
Z_RISKS = (1780.0, 1000.0, 580.0, 560.0)


def _notes(b: BoardBuilder, zone: tuple[float, float, float, float], texts: Sequence[str],
           color: str, stage: int) -> list[dict[str, Any]]:
    return [b.note(x, y, t, color=color, stage=stage) for (x, y), t in zip(grid(zone, len(texts)), texts, strict=False)]


def experiment_canvas(b: BoardBuilder, *, card: dict[str, Any], insights: Sequence[str],
                      hmw: str, target: Sequence[str], practice: Sequence[str],
                      who: Sequence[str], lego_id: str | None, wall_id: str | None,
                      lego_caption: str, wall_caption: str) -> dict[str, list[dict[str, Any]]]:
    """A team's visual model on the experiment canvas; returns the notes by zone."""
    zones: dict[str, list[dict[str, Any]]] = {}
    zones["problem"] = _notes(b, Z_PROBLEM, list(insights)[:3], PINK, 1)
    zones["problem"] += [b.note(*grid(Z_PROBLEM, 4)[3], hmw, color=BLUE, width=430, stage=2)]
    zones["hypothesis"] = [b.text(Z_HYPOTHESIS[0] + 20, Z_HYPOTHESIS[1] + 60, 720, 380,
                                  card["hypothesis"], font_size=24, stage=2)]
    zones["target"] = _notes(b, Z_TARGET, target, YELLOW, 2)
    zones["practice"] = _notes(b, Z_PRACTICE, practice, ORANGE, 2)
    zones["learn"] = _notes(b, Z_LEARN, questions(card["learning_goals"]), BLUE, 3)
    zones["who"] = _notes(b, Z_WHO, list(who)[:4], GREEN, 3)
    zones["budget"] = _notes(b, Z_BUDGET, [card["budget"].split(" (")[0],
                                            *split_points(card["resources"], 2)], YELLOW, 4)
    milestones = split_points(card["milestones"], 4)
    zones["schedule"] = _notes(b, Z_SCHEDULE, milestones, YELLOW, 4)
    spot = grid(Z_SCHEDULE, len(milestones) + 1)[-1]
    decision = b.shape(spot[0], spot[1], 210, 140, "Päätös: jatketaanko?", ShapeKind.DIAMOND,
                       color=LILAC, stage=4)
    zones["risks"] = _notes(b, Z_RISKS, split_points(card["risks"], 3), PINK, 4)
    zones["risks"] += _notes(b, (Z_RISKS[0], Z_RISKS[1] + 320, Z_RISKS[2], 240),
                             split_points(card["success_criteria"], 2), GREEN, 4)
    # the photos of the workshop, in a frame beside the canvas
    b.frame(2440, 40, 700, 1520, "Työpajan kuvat", stage=1)
    if lego_id:
        b.photo(2470, 110, 640, 480, lego_id, stage=1)
        b.text(2470, 600, 640, 50, lego_caption, font_size=14, stage=1)
    if wall_id:
        b.photo(2470, 700, 640, 480, wall_id, stage=3)
        b.text(2470, 1190, 640, 50, wall_caption, font_size=14, stage=3)
    b.connect(zones["problem"][0], zones["practice"][0], "ratkaisee")
    if zones["learn"]:
        b.connect(zones["target"][-1], zones["learn"][-1], "testataan kanssa")
    if zones["who"]:
        b.connect(zones["who"][0], zones["practice"][1 % len(zones["practice"])], "toteuttaa")
    if zones["learn"]:
        b.connect(zones["practice"][-1], zones["learn"][0], "testataan")
    if zones["schedule"]:
        b.connect(zones["schedule"][-1], decision, "arvioidaan")
    zones["decision"] = [decision]
    b.assign_frames()
    return zones


# --- the stakeholder map (template zones: ellipses around 1200, 800) ---------------------------
RING_BOXES = [(850.0, 550.0, 700.0, 500.0), (450.0, 280.0, 1500.0, 1040.0),
              (100.0, 50.0, 2200.0, 1500.0)]
RING_COLOURS = ["#B7D4EE", "#D3E5F5", "#E8F1FA"]
#: centres of the notes of each ring, inside the ring's band and outside the inner box
RING_SPOTS: list[list[tuple[float, float]]] = [
    [(1010, 680), (1390, 680), (1010, 920), (1390, 920)],
    [(950, 415), (1200, 415), (1450, 415), (950, 1185), (1200, 1185), (1450, 1185),
     (650, 800), (1750, 800)],
    [(800, 165), (1200, 165), (1600, 165), (800, 1435), (1200, 1435), (1600, 1435),
     (275, 650), (275, 950), (2125, 650), (2125, 950)],
]


def stakeholder_map(b: BoardBuilder, *, title: str, centre: str,
                    rings: Sequence[tuple[str, Sequence[str]]],
                    links: Sequence[tuple[str, str, str]], photo_id: str | None,
                    photo_caption: str) -> dict[str, dict[str, Any]]:
    """Frames for the rings from the outside in, notes in each band, labelled connectors."""
    by_text: dict[str, dict[str, Any]] = {}
    b.text(100, -90, 1800, 70, title, font_size=32)
    for ring in reversed(range(len(rings))):
        x, y, w, h = RING_BOXES[ring]
        b.frame(x, y, w, h, rings[ring][0], color=RING_COLOURS[ring])
    by_text[centre] = b.shape(1090, 745, 220, 110, centre, ShapeKind.ELLIPSE, color=ORANGE)
    sizes = [(150.0, 90.0), (170.0, 100.0), (170.0, 100.0)]
    colours = [YELLOW, GREEN, BLUE]
    for ring, (_label, texts) in enumerate(rings):
        w, h = sizes[ring]
        for (cx, cy), text in zip(RING_SPOTS[ring], texts, strict=False):
            by_text[text] = b.note(cx - w / 2, cy - h / 2, text, color=colours[ring],
                                   width=w, height=h)
    for source, target, label in links:
        if source in by_text and target in by_text:
            b.connect(by_text[source], by_text[target], label)
    if photo_id:
        b.photo(2420, 50, 640, 480, photo_id)
        b.text(2420, 540, 640, 60, photo_caption, font_size=14)
    b.assign_frames()
    return by_text


def wall(b: BoardBuilder, texts: Callable[[int], str], count: int, *, columns: int = 12,
         per_frame: int = 24, photo_ids: Sequence[str] = ()) -> None:
    """A big affinity wall (stress boards): frames of notes, connectors, a few photos."""
    frame_w = 6 * 230 + 20
    frame_h = math.ceil(per_frame / 6) * 160 + 80
    made = 0
    index = 0
    previous: dict[str, Any] | None = None
    while made < count:
        fx = (index % columns) * (frame_w + 60)
        fy = (index // columns) * (frame_h + 60)
        b.frame(fx, fy, frame_w, frame_h, f"Ryhmä {index + 1}")
        made += 1
        for n in range(min(per_frame, count - made)):
            note = b.note(fx + 20 + (n % 6) * 230, fy + 60 + (n // 6) * 160, texts(made),
                          color=(YELLOW, PINK, BLUE, GREEN, ORANGE)[n % 5])
            made += 1
            if previous is not None and n % 8 == 0 and made < count:
                b.connect(previous, note, "liittyy")
                made += 1
            previous = note
        index += 1
    for k, media_id in enumerate(photo_ids):
        b.photo(-700, k * 520, 640, 480, media_id)
    b.assign_frames()
