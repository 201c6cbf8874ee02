"""Tests with the target audience: sessions, the feedback grid, insights and learning cards."""

from __future__ import annotations

from typing import Any

from jalostamo.models import FeedbackNote, Insight, InsightNote, LearningCard, TestSession
from jalostamo.services.demo.content_feedback import FEEDBACK
from jalostamo.services.demo.content_teams import TEAMS
from jalostamo.services.demo.context import DemoContext

QUADRANTS = ("likes", "criticisms", "questions", "ideas")


def feedback_row(session_id: str, quadrant: str, entry: Any, position: int) -> dict[str, Any]:
    """A feedback note; a text in double quotes is a verbatim quote."""
    text, severity = entry if isinstance(entry, tuple) else (entry, None)
    is_quote = text.startswith('"') and text.endswith('"')
    return {"session_id": session_id, "quadrant": quadrant, "text": text.strip('"'),
            "is_quote": is_quote, "severity": severity, "position": float(position)}


def session_row(team_id: str, spec: tuple[Any, ...], version_id: str | None) -> dict[str, Any]:
    held_on, place, segment, participants, method, consent, notes = spec
    informed, minors, guardian, quotes, recording = consent
    return {"team_id": team_id, "held_on": held_on, "place": place, "segment": segment,
            "participants": participants, "method": method, "board_version_id": version_id,
            "consent_informed": informed, "has_minors": minors, "consent_guardian": guardian,
            "consent_quotes": quotes, "consent_recording": recording, "notes": notes}


def add_tests(ctx: DemoContext) -> None:
    entities = ctx.svc.entities
    for team in TEAMS:
        key = team["key"]
        team_id = ctx.teams[key]
        data = FEEDBACK[key]
        specs = data["sessions"]
        versions = ctx.versions.get(key, {})
        session_ids = entities.create_many(TestSession, [
            session_row(team_id, spec, versions.get(2 + i)) for i, spec in enumerate(specs)
        ])
        ctx.sessions[key] = session_ids
        rows: list[dict[str, Any]] = []
        for quadrant in QUADRANTS:
            entries = data[quadrant]
            half = (len(entries) + 1) // 2
            for i, entry in enumerate(entries):
                session = session_ids[0] if i < half else session_ids[-1]
                rows.append(feedback_row(session, quadrant, entry, i))
        note_ids = entities.create_many(FeedbackNote, rows)
        ctx.feedback_notes += len(note_ids)
        # an insight clustered from the first session's criticisms and ideas
        first = [nid for nid, row in zip(note_ids, rows, strict=True)
                 if row["session_id"] == session_ids[0]
                 and row["quadrant"] in ("criticisms", "ideas")]
        title, text = team["insights"][-1]
        insight_id = entities.create(Insight, team_id=team_id, test_session_id=session_ids[0],
                                     title=f"Testistä: {title.lower()}", text=text,
                                     position=10.0)
        entities.create_many(InsightNote, [{"insight_id": insight_id, "note_id": nid}
                                           for nid in first[:3]])
        hypothesis, observed, insight, decision = team["learning"]
        entities.create(LearningCard, team_id=team_id, workshop_id=ctx.workshops[3],
                        hypothesis=hypothesis, observed=observed, insight=insight,
                        decision=decision)
