"""Closed vocabularies of the domain. Values are stored as these strings."""

from __future__ import annotations

from enum import StrEnum


class Phase(StrEnum):
    """The Double Diamond: Tutki, Tarkenna, Kehitä, Toteuta."""

    DISCOVER = "discover"
    DEFINE = "define"
    DEVELOP = "develop"
    DELIVER = "deliver"


class Decision(StrEnum):
    """What happens to an experiment at the end (lopeta, muuta, jatka, skaalaa)."""

    RETIRE = "retire"
    CHANGE = "change"
    CONTINUE = "continue"
    SCALE_UP = "scale_up"


class MemberRole(StrEnum):
    LEAD = "lead"
    MEMBER = "member"
    RESIDENT = "resident"
    NGO = "ngo"
    EXPERT = "expert"


class ItemKind(StrEnum):
    NOTE = "note"
    TEXT = "text"
    SHAPE = "shape"
    CONNECTOR = "connector"
    FRAME = "frame"
    PHOTO = "photo"


class ShapeKind(StrEnum):
    RECTANGLE = "rectangle"
    ELLIPSE = "ellipse"
    DIAMOND = "diamond"


class Quadrant(StrEnum):
    """The feedback capture grid: Pidän, Kritiikki, Kysymykset, Ideat."""

    LIKES = "likes"
    CRITICISMS = "criticisms"
    QUESTIONS = "questions"
    IDEAS = "ideas"


class ReviewProtocol(StrEnum):
    LIKE_WISH_WHATIF = "like_wish_whatif"
    TUNING = "tuning"
    GALLERY_WALK = "gallery_walk"


class RoadmapKind(StrEnum):
    COMPONENT = "component"
    EVENT = "event"
    SIGNAL = "signal"
    IMPACT_GOAL = "impact_goal"
    STEP = "step"
    MILESTONE = "milestone"


class RoadmapStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class VoteStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ConflictStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    SWAPPED = "swapped"
