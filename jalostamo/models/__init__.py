"""The domain model (SQLAlchemy 2.x typed ORM), one module per aggregate. No Qt here.

The vocabularies (:mod:`jalostamo.models.enums`) import at once; the mapped classes load on
first use (PEP 562, from :mod:`jalostamo.models.registry`), so that a module that only needs a
vocabulary does not load SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jalostamo.models.enums import (
    ConflictStatus,
    Decision,
    ItemKind,
    MemberRole,
    Phase,
    Quadrant,
    ReviewProtocol,
    RoadmapKind,
    RoadmapStatus,
    ShapeKind,
    VoteStatus,
)

if TYPE_CHECKING:
    from jalostamo.models.registry import (
        CARD_TEXT_FIELDS,
        MODELS,
        AgendaItem,
        Attendance,
        Base,
        Board,
        BoardItem,
        BoardVersion,
        Conflict,
        Dot,
        DotVote,
        Erasure,
        ExperimentCard,
        Facilitator,
        FeedbackNote,
        HowMightWe,
        Indicator,
        Insight,
        InsightNote,
        LearningCard,
        Measurement,
        Media,
        MergeRecord,
        Person,
        Programme,
        Review,
        ReviewAssignment,
        ReviewAuthor,
        ReviewCriterion,
        ReviewNote,
        ReviewRound,
        RoadmapItem,
        RubricScore,
        Team,
        TeamMember,
        TeamTheme,
        TestSession,
        Theme,
        Tracked,
        Workshop,
        new_id,
        utcnow,
    )

__all__ = [
    "CARD_TEXT_FIELDS",
    "MODELS",
    "AgendaItem",
    "Attendance",
    "Base",
    "Board",
    "BoardItem",
    "BoardVersion",
    "Conflict",
    "ConflictStatus",
    "Decision",
    "Dot",
    "DotVote",
    "Erasure",
    "ExperimentCard",
    "Facilitator",
    "FeedbackNote",
    "HowMightWe",
    "Indicator",
    "Insight",
    "InsightNote",
    "ItemKind",
    "LearningCard",
    "Measurement",
    "Media",
    "MemberRole",
    "MergeRecord",
    "Person",
    "Phase",
    "Programme",
    "Quadrant",
    "Review",
    "ReviewAssignment",
    "ReviewAuthor",
    "ReviewCriterion",
    "ReviewNote",
    "ReviewProtocol",
    "ReviewRound",
    "RoadmapItem",
    "RoadmapKind",
    "RoadmapStatus",
    "RubricScore",
    "ShapeKind",
    "Team",
    "TeamMember",
    "TeamTheme",
    "TestSession",
    "Theme",
    "Tracked",
    "VoteStatus",
    "Workshop",
    "new_id",
    "utcnow",
]

_ENUMS = frozenset({
    "ConflictStatus",
    "Decision",
    "ItemKind",
    "MemberRole",
    "Phase",
    "Quadrant",
    "ReviewProtocol",
    "RoadmapKind",
    "RoadmapStatus",
    "ShapeKind",
    "VoteStatus",
})


def __getattr__(name: str) -> Any:
    if name in __all__ and name not in _ENUMS:
        from jalostamo.models import registry

        return getattr(registry, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
