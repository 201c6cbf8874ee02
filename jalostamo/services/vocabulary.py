"""The domain's closed vocabularies (phases, decisions, roles, quadrants, ...) for the screens.

The UI talks to the services, not to the models (import-linter contract): it takes these
enums from here. They are the models' own classes, re-exported, so values compare equal."""

from __future__ import annotations

from jalostamo.models.enums import ConflictStatus as ConflictStatus
from jalostamo.models.enums import Decision as Decision
from jalostamo.models.enums import ItemKind as ItemKind
from jalostamo.models.enums import MemberRole as MemberRole
from jalostamo.models.enums import Phase as Phase
from jalostamo.models.enums import Quadrant as Quadrant
from jalostamo.models.enums import ReviewProtocol as ReviewProtocol
from jalostamo.models.enums import RoadmapKind as RoadmapKind
from jalostamo.models.enums import RoadmapStatus as RoadmapStatus
from jalostamo.models.enums import ShapeKind as ShapeKind
from jalostamo.models.enums import VoteStatus as VoteStatus
