"""Programmes of any number of teams for the scaling benchmarks.

``build_programme(path, teams=150)`` builds the spring 2019 demo programme with ``teams`` teams
instead of its seven: each extra team is one of the seven again under a numbered city name
("Turku 2", "Oulu 3", …) with everything the demo gives a team (experiment card, members,
a model board on the experiment canvas with four kept versions and its photos, test sessions
with the feedback grid, insights, learning cards, reviews in both rounds, indicators with
measurements, a roadmap). Photos are added to the model boards (in every version) until the
programme holds ``photos`` of them; by default 10 for every 3 teams (150 teams: 500 photos).

Sizes below seven keep the first teams (Turku and Oulu always among them: the demo refers to
them by name). The build goes through the demo's own steps, with its content tables extended
for the build's duration and restored afterwards.
"""

from __future__ import annotations

import contextlib
import copy
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: the demo's content tables keyed by team
KEYED = (("content_boards", "MODEL_NOTES"), ("content_feedback", "FEEDBACK"),
         ("content_monitoring", "INDICATORS"), ("content_monitoring", "ROADMAP"),
         ("content_reviews", "FOCUSING_QUESTIONS"))
EXTRA_PHOTO_SIZE = (800, 600)


def default_photos(teams: int) -> int:
    return math.ceil(teams * 10 / 3)


def build_programme(path: Path, teams: int, photos: int | None = None) -> Any:
    """Create ``path`` with a programme of ``teams`` teams; returns the demo's summary."""
    from jalostamo.services.demo import build_demo

    with _scaled(teams, default_photos(teams) if photos is None else photos):
        return build_demo(path, size="normal")


def _team_clones(base: list[dict[str, Any]], teams: int) -> list[dict[str, Any]]:
    if teams <= len(base):
        keep = [t for t in base if t["key"] in ("turku", "oulu")]
        rest = [t for t in base if t not in keep][:max(0, teams - len(keep))]
        return [t for t in base if t in keep or t in rest]
    out = list(base)
    for n in range(len(base), teams):
        original = base[n % len(base)]
        round_ = n // len(base) + 1
        clone = copy.deepcopy(original)
        clone["key"] = f"{original['key']}-{round_}"
        clone["city"] = f"{original['city']} {round_}"
        clone["name"] = f"{original['name']} {round_}" if original["name"] else ""
        clone["members"] = [(f"{name} {round_}", title, organisation, role)
                            for name, title, organisation, role in original["members"]]
        out.append(clone)
    return out


@contextlib.contextmanager
def _scaled(teams: int, photos: int) -> Iterator[None]:
    import importlib

    from jalostamo.services.demo import build_boards, pictures
    from jalostamo.services.demo.content_teams import TEAMS

    saved_teams = list(TEAMS)
    tables = [getattr(importlib.import_module(f"jalostamo.services.demo.{module}"), name)
              for module, name in KEYED]
    saved_tables = [dict(table) for table in tables]
    clones = _team_clones(saved_teams, teams)
    base_key = {t["key"]: t["key"].split("-")[0] for t in clones}
    original_write = build_boards.write_items
    # the demo's own photos: two per team on the model board, one on Turku's stakeholder map
    extra = max(0, photos - (2 * len(clones) + 1))
    per_board = [extra // len(clones) + (1 if k < extra % len(clones) else 0)
                 for k in range(len(clones))]
    boards_done = [0]

    def write_items(ctx: Any, builder: Any) -> None:
        k = boards_done[0]
        if k < len(per_board) and per_board[k]:
            right = max(i["x"] + i["width"] for i in builder.items)
            team_id = list(ctx.teams.values())[k]
            for j in range(per_board[k]):
                media_id = build_boards.import_photo(
                    ctx, pictures.sticky_wall(ctx.next_photo_seed(), [f"Kuva {j + 1}"],
                                              size=EXTRA_PHOTO_SIZE),
                    f"extra-{k}-{j}.jpg", team_id, f"Lisäkuva {j + 1}")
                builder.photo(right + 60, 60 + j * 340, 400, 300, media_id, stage=1)
        boards_done[0] += 1
        original_write(ctx, builder)

    TEAMS[:] = clones
    for table, saved in zip(tables, saved_tables, strict=True):
        for clone in clones:
            if clone["key"] not in table:
                table[clone["key"]] = copy.deepcopy(saved[base_key[clone["key"]]])
    build_boards.write_items = write_items  # type: ignore[assignment]
    try:
        yield
    finally:
        build_boards.write_items = original_write  # type: ignore[assignment]
        TEAMS[:] = saved_teams
        for table, saved in zip(tables, saved_tables, strict=True):
            table.clear()
            table.update(saved)
