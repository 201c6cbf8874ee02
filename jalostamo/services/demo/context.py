"""What the steps of a demo build share: the services, the ids made so far and the counts."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from jalostamo.services import Services

SEED = 2019


@dataclass
class DemoContext:
    svc: Services
    rng: random.Random = field(default_factory=lambda: random.Random(SEED))
    themes: dict[str, str] = field(default_factory=dict)  # theme key -> id
    workshops: dict[int, str] = field(default_factory=dict)  # number -> id
    teams: dict[str, str] = field(default_factory=dict)  # team key -> id
    team_names: dict[str, str] = field(default_factory=dict)  # team key -> display name
    people: dict[str, str] = field(default_factory=dict)  # name -> person id
    experts: list[str] = field(default_factory=list)  # person ids
    criteria: dict[str, str] = field(default_factory=dict)  # criterion key -> id
    boards: dict[str, str] = field(default_factory=dict)  # team key -> model board id
    versions: dict[str, dict[int, str]] = field(default_factory=dict)  # team -> workshop -> id
    sessions: dict[str, list[str]] = field(default_factory=dict)  # team key -> session ids
    board_items: int = 0
    photos: set[str] = field(default_factory=set)
    feedback_notes: int = 0
    photo_seed: int = SEED

    def next_photo_seed(self) -> int:
        self.photo_seed += 1
        return self.photo_seed
