"""Tests with the target audience: sessions with consent, the feedback capture grid, insights
clustered from notes, learning cards — and the quote-consent rule that every output obeys.

Methods that write return what their undo needs (new ids, or the old values of an update), so
that each UI edit is one undo command made of two calls here or in :class:`Entities`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from jalostamo.errors import InvalidInput
from jalostamo.i18n import translate
from jalostamo.models import (
    Board,
    BoardVersion,
    Decision,
    FeedbackNote,
    Insight,
    InsightNote,
    LearningCard,
    Quadrant,
    TestSession,
)
from jalostamo.services.entities import Entities

QUADRANTS: tuple[Quadrant, ...] = (
    Quadrant.LIKES, Quadrant.CRITICISMS, Quadrant.QUESTIONS, Quadrant.IDEAS,
)
SEVERITIES = (1, 2, 3)
DECISIONS: tuple[Decision, ...] = (
    Decision.RETIRE, Decision.CHANGE, Decision.CONTINUE, Decision.SCALE_UP,
)


def quadrant_label(quadrant: Quadrant | str, lang: str | None = None) -> str:
    return translate(f"testing.quadrant.{Quadrant(quadrant).value}", lang)


def quotes_allowed(session: TestSession) -> bool:
    """May quotes of this session leave the app verbatim?

    Only with consent to quotes, and — when under-15s took part — a guardian's consent too.
    """
    if not session.consent_quotes:
        return False
    return not (session.has_minors and not session.consent_guardian)


def exportable_text(note: FeedbackNote, session: TestSession) -> str | None:
    """The note's text as it may appear in any output, or None when it must be left out.

    A quote from a session without consent to quotes (or with under-15s and no guardian's
    consent) is never exported verbatim. Reports call this for every note they print.
    """
    if note.session_id != session.id:
        raise ValueError("the note is not from this session")
    if note.is_quote and not quotes_allowed(session):
        return None
    return note.text


def consent_issues(session: TestSession) -> list[str]:
    """Message keys of what the session's consent does not cover, for warnings in the UI."""
    issues = []
    if not session.consent_informed:
        issues.append("testing.consent.not_informed")
    if session.has_minors and not session.consent_guardian:
        issues.append("testing.consent.minors_without_guardian")
    if not session.consent_quotes:
        issues.append("testing.consent.no_quotes")
    return issues


@dataclass(frozen=True)
class ExportNote:
    """A feedback note as outputs may show it: ``text`` is None when a quote is withheld."""

    id: str
    quadrant: Quadrant
    text: str | None
    is_quote: bool
    severity: int | None
    media_id: str | None

    def display_text(self, lang: str | None = None) -> str:
        return self.text if self.text is not None else translate("testing.quote_withheld", lang)


@dataclass(frozen=True)
class ParsedNote:
    text: str
    is_quote: bool
    severity: int | None


def parse_quick_note(raw: str) -> ParsedNote:
    """Fast entry: ``"…"`` (or a leading ``"``) marks a quote; leading ``!``, ``!!``, ``!!!``
    give an observation its severity 1–3."""
    text = raw.strip()
    severity = None
    bangs = len(text) - len(text.lstrip("!"))
    if bangs:
        severity = min(bangs, 3)
        text = text[bangs:].strip()
    is_quote = False
    for opening, closing in (('"', '"'), ("“", "”"), ("”", "”"), ("»", "»")):
        if text.startswith(opening):
            is_quote = True
            text = text[len(opening):]
            if text.endswith(closing):
                text = text[: -len(closing)]
            text = text.strip()
            break
    return ParsedNote(text, is_quote, severity)


class TestingService:
    __test__ = False  # not a pytest test class

    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self.doc = entities.doc

    # --- sessions -------------------------------------------------------------------------

    def sessions(self, team_id: str) -> list[TestSession]:
        return self.entities.list(TestSession, team_id=team_id,
                                  order_by=("held_on", "created_at", "id"))

    def session(self, session_id: str) -> TestSession:
        return self.entities.get(TestSession, session_id)

    def find_session(self, session_id: str) -> TestSession | None:
        """The live session, or None (deleted, or never there)."""
        return self.entities.find(TestSession, session_id)

    def delete_session(self, session_id: str) -> None:
        self.entities.delete(TestSession, session_id)

    def add_session(self, team_id: str, **fields: Any) -> str:
        self._check_session_fields(team_id, fields)
        return self.entities.create(TestSession, team_id=team_id, **fields)

    def update_session(self, session_id: str, **changes: Any) -> dict[str, Any]:
        session = self.session(session_id)
        self._check_session_fields(session.team_id, changes)
        return self.entities.update(TestSession, session_id, **changes)

    def _check_session_fields(self, team_id: str, fields: dict[str, Any]) -> None:
        participants = fields.get("participants")
        if isinstance(participants, int) and participants < 0:
            raise InvalidInput("testing.error.participants", value=participants)
        version_id = fields.get("board_version_id")
        if version_id is not None and version_id not in {v.id for v in self.board_versions(team_id)}:
            raise InvalidInput("testing.error.version_of_other_team")

    def board_versions(self, team_id: str) -> list[BoardVersion]:
        """Versions of the team's visual model that a session can say it tested."""
        versions: list[BoardVersion] = []
        for board in self.entities.list(Board, team_id=team_id, order_by=("position", "title")):
            versions.extend(self.entities.list(BoardVersion, board_id=board.id))
        return versions

    # --- feedback notes -------------------------------------------------------------------

    def notes(self, session_id: str, quadrant: Quadrant | str | None = None) -> list[FeedbackNote]:
        filters: dict[str, Any] = {"session_id": session_id}
        if quadrant is not None:
            filters["quadrant"] = Quadrant(quadrant)
        return self.entities.list(FeedbackNote, order_by=("position", "created_at"), **filters)

    def grid(self, session_id: str) -> dict[Quadrant, list[FeedbackNote]]:
        grid: dict[Quadrant, list[FeedbackNote]] = {q: [] for q in QUADRANTS}
        for note in self.notes(session_id):
            grid[note.quadrant].append(note)
        return grid

    def add_note(self, session_id: str, quadrant: Quadrant | str, text: str, *,
                 is_quote: bool = False, severity: int | None = None,
                 media_id: str | None = None) -> str:
        """Add a note at the end of its quadrant."""
        self.session(session_id)  # must exist
        if not text.strip():
            raise InvalidInput("testing.error.empty_note")
        _check_severity(severity)
        return self.entities.create(
            FeedbackNote, session_id=session_id, quadrant=Quadrant(quadrant), text=text.strip(),
            is_quote=is_quote, severity=severity, media_id=media_id,
            position=self._next_position(session_id, Quadrant(quadrant)),
        )

    def add_quick_note(self, session_id: str, quadrant: Quadrant | str, raw: str) -> str:
        """Fast entry: see :func:`parse_quick_note` for the quote and severity marks."""
        parsed = parse_quick_note(raw)
        return self.add_note(session_id, quadrant, parsed.text, is_quote=parsed.is_quote,
                             severity=parsed.severity)

    def _next_position(self, session_id: str, quadrant: Quadrant) -> float:
        notes = self.notes(session_id, quadrant)
        return max((n.position for n in notes), default=-1.0) + 1.0

    def move_note(self, note_id: str, quadrant: Quadrant | str,
                  position: float | None = None) -> dict[str, Any]:
        """Move a note to another quadrant (at its end unless ``position`` is given)."""
        note = self.entities.get(FeedbackNote, note_id)
        target = Quadrant(quadrant)
        if position is None:
            if target == note.quadrant:
                return {}
            position = self._next_position(note.session_id, target)
        return self.entities.update(FeedbackNote, note_id, quadrant=target, position=position)

    def move_notes(self, note_ids: Iterable[str], quadrant: Quadrant | str) -> None:
        """Move notes to the end of another quadrant (one operation when run in one)."""
        for note_id in note_ids:
            self.move_note(note_id, quadrant)

    def delete_notes(self, note_ids: Iterable[str]) -> list[str]:
        return self.entities.delete_many(FeedbackNote, note_ids)

    def attach_photo(self, note_id: str, media_id: str | None) -> dict[str, Any]:
        """Attach an imported photo (``svc.media.import_file``) to a note; None removes it."""
        return self.entities.update(FeedbackNote, note_id, media_id=media_id)

    def export_notes(self, session_id: str) -> list[ExportNote]:
        """Every note of a session as outputs may show it (the quote-consent rule applied)."""
        session = self.session(session_id)
        return [ExportNote(n.id, n.quadrant, exportable_text(n, session), n.is_quote, n.severity,
                           n.media_id)
                for n in sorted(self.notes(session_id),
                                key=lambda n: (QUADRANTS.index(n.quadrant), n.position))]

    # --- insights -------------------------------------------------------------------------

    def insights(self, team_id: str, session_id: str | None = None) -> list[Insight]:
        filters: dict[str, Any] = {"team_id": team_id}
        if session_id is not None:
            filters["test_session_id"] = session_id
        return self.entities.list(Insight, order_by=("position", "created_at"), **filters)

    def add_insight(self, team_id: str, title: str, text: str = "", *,
                    session_id: str | None = None) -> str:
        if not title.strip():
            raise InvalidInput("testing.error.empty_insight")
        position = max((i.position for i in self.insights(team_id)), default=-1.0) + 1.0
        return self.entities.create(Insight, team_id=team_id, test_session_id=session_id,
                                    title=title.strip(), text=text, position=position)

    def supporting_notes(self, insight_id: str) -> list[FeedbackNote]:
        note_ids = [link.note_id for link in self.entities.list(InsightNote, insight_id=insight_id)]
        notes = {n.id: n for n in self._notes_by_id(note_ids)}
        return [notes[i] for i in note_ids if i in notes]

    def _notes_by_id(self, ids: list[str]) -> list[FeedbackNote]:
        found = []
        for note_id in ids:
            note = self.entities.find(FeedbackNote, note_id)
            if note is not None:
                found.append(note)
        return found

    def link_note(self, insight_id: str, note_id: str) -> str | None:
        """Let a note support an insight; returns the new link's id (None if already linked)."""
        insight = self.entities.get(Insight, insight_id)
        note = self.entities.get(FeedbackNote, note_id)
        if self.session(note.session_id).team_id != insight.team_id:
            raise InvalidInput("testing.error.other_team")
        if self.entities.list(InsightNote, insight_id=insight_id, note_id=note_id):
            return None
        return self.entities.create(InsightNote, insight_id=insight_id, note_id=note_id)

    def unlink_note(self, insight_id: str, note_id: str) -> list[str]:
        """Remove a note from an insight; returns the removed links' ids (for undo: restore)."""
        links = self.entities.list(InsightNote, insight_id=insight_id, note_id=note_id)
        return self.entities.delete_many(InsightNote, [link.id for link in links])

    def link_notes(self, insight_id: str, note_ids: Iterable[str], source: str | None = None) -> None:
        """Let notes support an insight, taking them off the insight ``source`` if given."""
        for note_id in note_ids:
            self.link_note(insight_id, note_id)
            if source:
                self.unlink_note(source, note_id)

    def unlink_notes(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Remove notes from insights: ``pairs`` of (insight id, note id)."""
        for insight_id, note_id in pairs:
            self.unlink_note(insight_id, note_id)

    def insights_of_note(self, note_id: str) -> list[str]:
        return [link.insight_id for link in self.entities.list(InsightNote, note_id=note_id)]

    # --- learning cards -------------------------------------------------------------------

    def learning_cards(self, team_id: str) -> list[LearningCard]:
        return self.entities.list(LearningCard, team_id=team_id, order_by=("created_at", "id"))

    def find_learning_card(self, card_id: str) -> LearningCard | None:
        return self.entities.find(LearningCard, card_id)

    def add_learning_card(self, team_id: str, **fields: Any) -> str:
        return self.entities.create(LearningCard, team_id=team_id, **fields)

    def update_learning_card(self, card_id: str, **changes: Any) -> dict[str, Any]:
        return self.entities.update(LearningCard, card_id, **changes)


def _check_severity(severity: Any) -> None:
    if severity is not None and severity not in SEVERITIES:
        raise InvalidInput("testing.error.severity", value=severity)
