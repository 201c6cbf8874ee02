"""Every mapped class of the domain model, and ``MODELS`` by table name."""

from jalostamo.models.base import Base, Tracked, new_id, utcnow
from jalostamo.models.board import Board, BoardItem, BoardVersion, Dot, DotVote
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
from jalostamo.models.experiment import CARD_TEXT_FIELDS, ExperimentCard, HowMightWe, Insight
from jalostamo.models.media import Media
from jalostamo.models.monitoring import Indicator, Measurement, RoadmapItem
from jalostamo.models.people import Person
from jalostamo.models.programme import (
    AgendaItem,
    Attendance,
    Facilitator,
    Programme,
    Theme,
    Workshop,
)
from jalostamo.models.review import (
    Review,
    ReviewAssignment,
    ReviewAuthor,
    ReviewCriterion,
    ReviewNote,
    ReviewRound,
    RubricScore,
)
from jalostamo.models.sync import Conflict, Erasure, MergeRecord
from jalostamo.models.team import Team, TeamMember, TeamTheme
from jalostamo.models.testing import FeedbackNote, InsightNote, LearningCard, TestSession

__all__ = [
    "CARD_TEXT_FIELDS",
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

#: every mapped class, by table name
MODELS: dict[str, type[Base]] = {
    mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers
}
