"""Photos and visual models: a model board per team, Turku's stakeholder map, versions, a vote."""

from __future__ import annotations

from jalostamo.models import Board, BoardItem, BoardVersion, Dot, DotVote, VoteStatus
from jalostamo.services.demo import content_boards as cb
from jalostamo.services.demo import pictures
from jalostamo.services.demo.content_teams import TEAMS
from jalostamo.services.demo.context import DemoContext
from jalostamo.services.demo.layout import BoardBuilder, experiment_canvas, stakeholder_map

VERSION_LABEL = "Versio työpajaa {number} varten"


def import_photo(ctx: DemoContext, data: bytes, name: str, team_id: str | None,
                 caption: str) -> str:
    media_id = ctx.svc.media.import_bytes(data, name, team_id=team_id, caption=caption)
    ctx.photos.add(media_id)
    return media_id


def new_board(ctx: DemoContext, team_id: str | None, title: str, template_key: str,
              position: float) -> str:
    return ctx.svc.entities.create(Board, programme_id=ctx.svc.doc.programme_id,
                                   team_id=team_id, title=title, template_key=template_key,
                                   position=position)


def write_items(ctx: DemoContext, builder: BoardBuilder) -> None:
    ctx.svc.entities.create_many(BoardItem, builder.items)
    ctx.board_items += len(builder.items)


def keep_versions(ctx: DemoContext, builder: BoardBuilder, numbers: list[int]) -> dict[int, str]:
    rows = []
    for number in numbers:
        snapshot = builder.snapshot(number)
        rows.append({"board_id": builder.board_id, "workshop_id": ctx.workshops[number],
                     "label": VERSION_LABEL.format(number=number), "snapshot": snapshot,
                     "item_count": len(snapshot)})
    ids = ctx.svc.entities.create_many(BoardVersion, rows)
    return dict(zip(numbers, ids, strict=True))


def add_boards(ctx: DemoContext) -> None:
    for team in TEAMS:
        key = team["key"]
        team_id = ctx.teams[key]
        target, practice, labels = cb.MODEL_NOTES[key]
        name = ctx.team_names[key]
        lego_caption = f"{name}: ilmiö Legoilla, työpaja 1 (13.3.2019)"
        wall_caption = f"{name}: testien palaute seinällä, työpaja 3 (24.4.2019)"
        lego_id = import_photo(ctx, pictures.lego_build(ctx.next_photo_seed(), labels),
                               f"lego-{key}.jpg", team_id, lego_caption)
        wall_texts = [t for t, _ in team["insights"]] + practice + target
        wall_id = import_photo(ctx, pictures.sticky_wall(ctx.next_photo_seed(), wall_texts),
                               f"seina-{key}.jpg", team_id, wall_caption)
        board_id = new_board(ctx, team_id, "Visuaalinen malli", "experiment_canvas", 0.0)
        builder = BoardBuilder(board_id)
        who = [f"{n}, {title}" for n, title, _org, _role in team["members"]]
        zones = experiment_canvas(
            builder, card=team["card"], insights=[t for t, _ in team["insights"]],
            hmw=team["hmw"][0], target=target, practice=practice, who=who, lego_id=lego_id,
            wall_id=wall_id, lego_caption=lego_caption, wall_caption=wall_caption)
        write_items(ctx, builder)
        ctx.boards[key] = board_id
        ctx.versions[key] = keep_versions(ctx, builder, [1, 2, 3, 4])
        if key == "oulu":
            add_dot_vote(ctx, board_id, [n["id"] for n in zones["practice"]], key)
    add_stakeholder_map(ctx)


def add_dot_vote(ctx: DemoContext, board_id: str, item_ids: list[str], own_key: str) -> None:
    """A closed dot vote: the other teams place three dots each on the practice notes."""
    vote_id = ctx.svc.entities.create(DotVote, board_id=board_id, title="Mikä kokeillaan ensin?",
                                      dots_per_voter=3, status=VoteStatus.CLOSED)
    dots = []
    for key, name in ctx.team_names.items():
        if key == own_key:
            continue
        for _ in range(3):
            dots.append({"vote_id": vote_id, "item_id": ctx.rng.choice(item_ids), "voter": name})
    ctx.svc.entities.create_many(Dot, dots)


def add_stakeholder_map(ctx: DemoContext) -> None:
    team_id = ctx.teams["turku"]
    caption = "Turku: sidosryhmät Lego-rakennelmana, työpaja 1 (13.3.2019)"
    labels = ["Päiväkoti", "Kirjasto", "Neuvola", "Turku-seura", "Äiti ja lapsi"]
    photo_id = import_photo(ctx, pictures.lego_build(ctx.next_photo_seed(), labels),
                            "lego-turku-sidosryhmat.jpg", team_id, caption)
    board_id = new_board(ctx, team_id, "Sidosryhmäkartta", "stakeholder_map", 1.0)
    builder = BoardBuilder(board_id)
    stakeholder_map(builder, title=cb.STAKEHOLDER_TITLE, centre=cb.STAKEHOLDER_CENTRE,
                    rings=cb.STAKEHOLDER_RINGS, links=cb.STAKEHOLDER_LINKS, photo_id=photo_id,
                    photo_caption=caption)
    write_items(ctx, builder)
    keep_versions(ctx, builder, [1])
