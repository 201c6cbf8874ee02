"""Every mapped class of the domain model, and ``MODELS`` by table name.

This is the one place a model's name is written outside its own module: ``jalostamo.models``
re-exports every public name of this module lazily (its ``__getattr__``) and to the type
checker (a star import), so adding a model means importing it here, nothing else.
"""

from jalostamo.models.base import Base, Tracked, new_id, utcnow
from jalostamo.models.board import Board, BoardItem, BoardVersion, Dot, DotVote
from jalostamo.models.enums import *  # noqa: F403  (the vocabularies, re-exported)
from jalostamo.models.experiment import CARD_TEXT_FIELDS, ExperimentCard, HowMightWe, Insight
from jalostamo.models.media import Media
from jalostamo.models.monitoring import Indicator, Measurement, RoadmapItem
from jalostamo.models.people import Person
from jalostamo.models.programme import (
    AgendaItem,
    Attendance,
    Facilitator,
    Programme,
    ProgrammeExpert,
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
from jalostamo.models.team import Team, TeamCity, TeamMember, TeamTheme, team_label
from jalostamo.models.testing import FeedbackNote, InsightNote, LearningCard, TestSession

#: every mapped class, by table name
MODELS: dict[str, type[Base]] = {
    mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers
}
