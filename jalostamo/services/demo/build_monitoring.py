"""Monitoring after the workshops: indicators with measurements, and each team's roadmap."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from jalostamo.models import Indicator, Measurement, RoadmapItem, RoadmapStatus
from jalostamo.services.demo.content_boards import MODEL_NOTES
from jalostamo.services.demo.content_monitoring import INDICATORS, ROADMAP
from jalostamo.services.demo.content_teams import TEAMS
from jalostamo.services.demo.context import DemoContext

#: the day the demo programme's roadmaps are "seen" from
AS_OF = date(2019, 12, 1)
_MILESTONE = re.compile(r"^(\d{1,2})/(\d{4})\s+(.+)$")


def status_for(starts: date | None, ends: date | None) -> RoadmapStatus:
    if ends is not None and ends < AS_OF:
        return RoadmapStatus.DONE
    if starts is not None and starts <= AS_OF:
        return RoadmapStatus.IN_PROGRESS
    return RoadmapStatus.PLANNED


def milestones(text: str) -> list[tuple[date, str]]:
    """``"6/2019 kutsut; 9/2019 ensimmäinen tuokio"`` -> dated milestone titles."""
    found = []
    for part in text.split(";"):
        match = _MILESTONE.match(part.strip())
        if match:
            month, year, title = int(match[1]), int(match[2]), match[3].strip(" .")
            found.append((date(year, month, 1), title[0].upper() + title[1:]))
    return found


def add_monitoring(ctx: DemoContext) -> None:
    entities = ctx.svc.entities
    for team in TEAMS:
        key = team["key"]
        team_id = ctx.teams[key]
        for i, spec in enumerate(INDICATORS[key]):
            fields = {k: v for k, v in spec.items() if k != "measurements"}
            indicator_id = entities.create(Indicator, team_id=team_id, position=float(i),
                                           **fields)
            entities.create_many(Measurement, [
                {"indicator_id": indicator_id, "measured_on": on, "value": value, "note": note,
                 "source": spec["data_source"]}
                for on, value, note in spec["measurements"]
            ])
        card = team["card"]
        rows: list[dict[str, Any]] = []
        for kind, title, description in ROADMAP[key]:
            starts = card["starts_on"] if kind == "impact_goal" else None
            ends = card["ends_on"] if kind == "impact_goal" else None
            rows.append({"kind": kind, "title": title, "description": description,
                         "starts_on": starts, "ends_on": ends,
                         "status": RoadmapStatus.PLANNED if kind == "impact_goal"
                         else RoadmapStatus.DONE})
        for title in MODEL_NOTES[key][1]:
            rows.append({"kind": "step", "title": title, "starts_on": card["starts_on"],
                         "ends_on": card["ends_on"],
                         "status": status_for(card["starts_on"], card["ends_on"])})
        for on, title in milestones(card["milestones"]):
            rows.append({"kind": "milestone", "title": title, "starts_on": on, "ends_on": on,
                         "status": status_for(on, on)})
        if key == "espoo":
            rows.append({"kind": "step", "title": "Iltafoorumi kirjastossa",
                         "description": "Korvattu lauantaifoorumilla kauppakeskuksessa.",
                         "starts_on": date(2019, 9, 10), "ends_on": date(2019, 9, 10),
                         "status": RoadmapStatus.DROPPED})
        entities.create_many(RoadmapItem, [
            {"team_id": team_id, "position": float(i), **row} for i, row in enumerate(rows)
        ])
