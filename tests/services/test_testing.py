"""Tests with the target audience: sessions, the feedback grid, insights, learning cards,
and the quote-consent rule, on a real programme file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jalostamo.errors import InvalidInput
from jalostamo.models import Board, BoardVersion, Decision, FeedbackNote, InsightNote, Quadrant
from jalostamo.services import Services
from jalostamo.services.testing import (
    consent_issues,
    exportable_text,
    parse_quick_note,
    quadrant_label,
    quotes_allowed,
)


@pytest.fixture
def team(services: Services) -> str:
    return services.teams.add("Turku")


def _session(svc: Services, team: str, **consent: bool) -> str:
    return svc.testing.add_session(
        team, held_on=date(2019, 4, 10), place="Pansion perhekeskus",
        segment="alle kouluikäisten lasten vanhemmat Pansiossa", participants=7,
        method="haastattelu", consent_informed=True, **consent)


def test_session_is_recorded_and_survives_reopening(services: Services, team: str,
                                                    programme_path: Path) -> None:
    session_id = _session(services, team, consent_quotes=True)
    services.testing.add_note(session_id, Quadrant.LIKES, "Kätevä ajanvaraus")
    services.close()
    with Services.open(programme_path) as again:
        [session] = again.testing.sessions(team)
        assert session.id == session_id
        assert session.segment.startswith("alle kouluikäisten")
        assert session.participants == 7 and session.consent_quotes
        assert [n.text for n in again.testing.notes(session_id)] == ["Kätevä ajanvaraus"]


def test_bad_session_input_is_refused_in_finnish(services: Services, team: str) -> None:
    with pytest.raises(InvalidInput) as err:
        services.testing.add_session(team, participants=-3)
    assert "negatiivinen" in err.value.message()
    assert services.testing.sessions(team) == []


def test_session_must_test_a_version_of_the_teams_own_model(services: Services, team: str) -> None:
    other = services.teams.add("Oulu")
    own_board = services.entities.create(Board, programme_id=services.doc.programme_id,
                                         team_id=team, title="Malli")
    other_board = services.entities.create(Board, programme_id=services.doc.programme_id,
                                           team_id=other, title="Malli")
    own = services.entities.create(BoardVersion, board_id=own_board, label="Työpaja 2")
    foreign = services.entities.create(BoardVersion, board_id=other_board, label="Työpaja 2")
    session_id = services.testing.add_session(team, board_version_id=own)
    assert services.testing.session(session_id).board_version_id == own
    assert [v.id for v in services.testing.board_versions(team)] == [own]
    with pytest.raises(InvalidInput):
        services.testing.update_session(session_id, board_version_id=foreign)
    assert services.testing.session(session_id).board_version_id == own


def test_notes_go_to_the_end_of_their_quadrant_and_move(services: Services, team: str) -> None:
    sid = _session(services, team)
    first = services.testing.add_note(sid, Quadrant.LIKES, "Selkeä")
    second = services.testing.add_note(sid, Quadrant.LIKES, "Nopea")
    criticism = services.testing.add_note(sid, Quadrant.CRITICISMS, "Liian pitkä lomake")
    grid = services.testing.grid(sid)
    assert [n.text for n in grid[Quadrant.LIKES]] == ["Selkeä", "Nopea"]
    old = services.testing.move_note(first, Quadrant.CRITICISMS)
    assert old == {"quadrant": Quadrant.LIKES, "position": 0.0}
    grid = services.testing.grid(sid)
    assert [n.id for n in grid[Quadrant.CRITICISMS]] == [criticism, first]
    assert [n.id for n in grid[Quadrant.LIKES]] == [second]
    services.entities.update(FeedbackNote, first, **old)  # what undo does
    assert [n.id for n in services.testing.notes(sid, Quadrant.LIKES)] == [first, second]


def test_note_rules(services: Services, team: str) -> None:
    sid = _session(services, team)
    with pytest.raises(InvalidInput):
        services.testing.add_note(sid, Quadrant.IDEAS, "   ")
    with pytest.raises(InvalidInput) as err:
        services.testing.add_note(sid, Quadrant.IDEAS, "x", severity=5)
    assert "1–3" in err.value.message()
    assert services.testing.notes(sid) == []


def test_quick_entry_marks_quotes_and_severity() -> None:
    assert parse_quick_note('"En ymmärtänyt mitä pitää tehdä"') == \
        parse_quick_note('  "En ymmärtänyt mitä pitää tehdä" ')
    parsed = parse_quick_note('"En ymmärtänyt mitä pitää tehdä"')
    assert (parsed.text, parsed.is_quote, parsed.severity) == \
        ("En ymmärtänyt mitä pitää tehdä", True, None)
    parsed = parse_quick_note("!! Jono ovella")
    assert (parsed.text, parsed.is_quote, parsed.severity) == ("Jono ovella", False, 2)
    parsed = parse_quick_note('!!!! "Ei toimi"')
    assert (parsed.text, parsed.is_quote, parsed.severity) == ("Ei toimi", True, 3)
    assert parse_quick_note("tavallinen").is_quote is False


@pytest.mark.parametrize(("consent", "exported"), [
    ({"consent_quotes": True}, True),
    ({"consent_quotes": False}, False),
    ({"consent_quotes": True, "has_minors": True}, False),
    ({"consent_quotes": True, "has_minors": True, "consent_guardian": True}, True),
])
def test_a_quote_without_consent_is_never_exported(services: Services, team: str,
                                                    consent: dict[str, bool],
                                                    exported: bool) -> None:
    sid = _session(services, team, **consent)
    quote = services.testing.add_note(sid, Quadrant.CRITICISMS, "Tämä on ihan turha", is_quote=True)
    plain = services.testing.add_note(sid, Quadrant.CRITICISMS, "Lomake koettiin pitkäksi")
    session = services.testing.session(sid)
    notes = {n.id: n for n in services.testing.notes(sid)}
    assert quotes_allowed(session) is exported
    assert exportable_text(notes[quote], session) == ("Tämä on ihan turha" if exported else None)
    assert exportable_text(notes[plain], session) == "Lomake koettiin pitkäksi"
    shown = {n.id: n.display_text("en") for n in services.testing.export_notes(sid)}
    assert ("Tämä on ihan turha" in shown[quote]) is exported
    if not exported:
        assert shown[quote] == "[quote withheld: no consent to quotes]"


def test_consent_issues_name_what_is_missing(services: Services, team: str) -> None:
    sid = services.testing.add_session(team, has_minors=True)
    issues = consent_issues(services.testing.session(sid))
    assert issues == ["testing.consent.not_informed", "testing.consent.minors_without_guardian",
                      "testing.consent.no_quotes"]


def test_insights_collect_supporting_notes(services: Services, team: str) -> None:
    sid = _session(services, team)
    a = services.testing.add_note(sid, Quadrant.CRITICISMS, "Aukioloajat eivät sovi")
    b = services.testing.add_note(sid, Quadrant.IDEAS, "Iltavastaanotto")
    insight = services.testing.add_insight(team, "Ajat eivät sovi vuorotyöläisille",
                                           session_id=sid)
    link = services.testing.link_note(insight, a)
    assert link is not None
    assert services.testing.link_note(insight, a) is None  # idempotent
    services.testing.link_note(insight, b)
    assert [n.id for n in services.testing.supporting_notes(insight)] == [a, b]
    removed = services.testing.unlink_note(insight, a)
    assert [n.id for n in services.testing.supporting_notes(insight)] == [b]
    services.entities.restore_many(InsightNote, removed)  # what undo does
    assert {n.id for n in services.testing.supporting_notes(insight)} == {a, b}
    assert services.testing.insights_of_note(a) == [insight]


def test_notes_of_another_team_cannot_support_an_insight(services: Services, team: str) -> None:
    other = services.teams.add("Oulu")
    note = services.testing.add_note(_session(services, other), Quadrant.LIKES, "Hyvä")
    insight = services.testing.add_insight(team, "Oivallus")
    with pytest.raises(InvalidInput):
        services.testing.link_note(insight, note)


def test_learning_card_records_the_decision(services: Services, team: str) -> None:
    card = services.testing.add_learning_card(
        team, hypothesis="Uskomme, että iltavastaanotto tavoittaa vuorotyöläiset",
        observed="7/7 haastatellusta toivoi iltaa", insight="Aika on este",
        decision=Decision.SCALE_UP)
    [stored] = services.testing.learning_cards(team)
    assert stored.id == card and stored.decision == Decision.SCALE_UP
    old = services.testing.update_learning_card(card, decision="change")
    assert old == {"decision": Decision.SCALE_UP}
    with pytest.raises(InvalidInput):
        services.testing.update_learning_card(card, decision="maybe")


def test_labels_follow_the_language() -> None:
    assert quadrant_label(Quadrant.LIKES, "fi") == "Pidän"
    assert quadrant_label(Quadrant.QUESTIONS, "sv") == "Frågor"
    assert quadrant_label("ideas", "en") == "Ideas"
