"""The demo programme: what a facilitator opening it would see."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from jalostamo.errors import FileRefused, InvalidInput
from jalostamo.models import (
    AgendaItem,
    Attendance,
    Board,
    BoardItem,
    BoardVersion,
    Dot,
    DotVote,
    ExperimentCard,
    Facilitator,
    FeedbackNote,
    HowMightWe,
    Indicator,
    Insight,
    LearningCard,
    Measurement,
    Media,
    Review,
    ReviewAssignment,
    ReviewAuthor,
    ReviewCriterion,
    ReviewNote,
    ReviewRound,
    RoadmapItem,
    RubricScore,
    TeamMember,
    TestSession,
)
from jalostamo.services import Services
from jalostamo.services.demo import build_demo
from jalostamo.store.check import check_file

DEVICE = "11111111-2222-3333-4444-555555555555"


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "kevat2019.jalostamo"
    summary = build_demo(path, device_id=DEVICE)
    assert summary.path == path
    assert summary.teams == 7
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Services]:
    svc = Services.open(demo_path, readonly=True, device_id=DEVICE)
    yield svc
    svc.close()


def test_file_passes_check_and_integrity(demo_path: Path) -> None:
    report = check_file(demo_path)
    assert report.problems == []
    assert report.teams == 7
    conn = sqlite3.connect(demo_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    assert not Path(f"{demo_path}-wal").exists()


def test_teams_themes_and_memberships(demo: Services) -> None:
    teams = {t.id: t.display_name for t in demo.teams.list()}
    assert sorted(teams.values()) == sorted(["Turku", "Tampere", "Oulu", "Espoo", "Vantaa",
                                             "Jyväskylä", "Tampereen yliopisto"])
    themes = {t.name: t.id for t in demo.programme.themes()}
    assert list(themes) == ["Lapsiperheet", "Nuoret aikuiset", "Osallisuus ja demokratia"]
    members: dict[str, set[str]] = {name: set() for name in themes}
    for team_id, name in teams.items():
        for theme_id in demo.teams.theme_ids(team_id):
            members[next(n for n, i in themes.items() if i == theme_id)].add(name)
    assert members == {
        "Lapsiperheet": {"Oulu", "Turku", "Tampere", "Vantaa"},
        "Nuoret aikuiset": {"Jyväskylä", "Vantaa", "Oulu", "Tampere"},
        "Osallisuus ja demokratia": {"Espoo", "Turku", "Vantaa", "Tampereen yliopisto"},
    }
    for team_id in teams:
        roles = [m.role.value for m, _p in demo.teams.members(team_id)]
        assert len(roles) >= 3 and "lead" in roles


def test_programme_workshops_and_agendas(demo: Services) -> None:
    programme = demo.programme.get()
    assert programme.organiser == "Kuntaliitto"
    workshops = demo.programme.workshops()
    assert [(w.number, w.held_on, w.phase.value) for w in workshops] == [
        (1, date(2019, 3, 13), "discover"), (2, date(2019, 4, 4), "define"),
        (3, date(2019, 4, 24), "develop"), (4, date(2019, 5, 15), "deliver")]
    assert all(w.venue == "Kuntatalo, Toinen linja 14, Helsinki" for w in workshops)
    for workshop in workshops:
        schedule = demo.programme.schedule(workshop.id)
        assert len(schedule) >= 7
        assert schedule[0].starts == "09:00"
        assert any(s.item.method_key for s in schedule)
    methods = {a.method_key for a in demo.entities.list(AgendaItem)}
    assert {"stakeholder_map", "empathy_map", "how_might_we", "feedback_capture_grid",
            "i_like_i_wish_what_if", "tuning_protocol"} <= methods
    facilitators = demo.programme.facilitators()
    assert any(p.title == "palvelumuotoilija" for _f, p in facilitators)
    assert demo.entities.count(Facilitator) == 2
    first = demo.programme.workshops()[0]
    present = {a.person_id for a in demo.entities.list(Attendance, workshop_id=first.id)}
    assert {f.person_id for f, _p in facilitators} <= present
    assert len(present) >= 30


def test_every_team_has_card_board_tests_and_indicators(demo: Services) -> None:
    for team in demo.teams.list():
        card = demo.teams.card(team.id)
        assert card.hypothesis.startswith("Uskomme, että"), team.display_name
        assert all(getattr(card, f) for f in ("title", "problem", "target_group", "practice",
                                               "budget", "risks", "success_criteria"))
        boards = demo.entities.list(Board, team_id=team.id)
        items = [i for b in boards for i in demo.entities.list(BoardItem, board_id=b.id)]
        kinds = Counter(i.kind.value for i in items)
        assert kinds["note"] >= 10 and kinds["connector"] >= 3 and kinds["photo"] >= 1
        by_id = {i.id: i for i in items}
        for connector in (i for i in items if i.kind.value == "connector"):
            assert connector.source_id in by_id and connector.target_id in by_id
        for photo in (i for i in items if i.kind.value == "photo"):
            assert demo.entities.get(Media, photo.media_id or "").team_id == team.id
        sessions = demo.entities.list(TestSession, team_id=team.id)
        assert len(sessions) >= 2
        for session in sessions:
            quadrants = {n.quadrant.value for n in demo.entities.list(FeedbackNote,
                                                                      session_id=session.id)}
            assert quadrants == {"likes", "criticisms", "questions", "ideas"}
            assert session.board_version_id is not None
        indicators = demo.entities.list(Indicator, team_id=team.id)
        assert indicators
        for indicator in indicators:
            assert indicator.baseline_value is not None and indicator.target_value is not None
            assert demo.entities.list(Measurement, indicator_id=indicator.id)
        assert demo.entities.list(Insight, team_id=team.id)
        assert demo.entities.list(HowMightWe, team_id=team.id)
        assert demo.entities.list(LearningCard, team_id=team.id)
        roadmap = {r.kind.value for r in demo.entities.list(RoadmapItem, team_id=team.id)}
        assert {"component", "impact_goal", "step", "milestone"} <= roadmap


def test_board_versions_grow_from_workshop_to_workshop(demo: Services) -> None:
    board = demo.entities.list(Board, template_key="experiment_canvas")[0]
    versions = sorted(demo.entities.list(BoardVersion, board_id=board.id),
                      key=lambda v: v.item_count)
    assert [v.label for v in versions] == [f"Versio työpajaa {n} varten" for n in (1, 2, 3, 4)]
    assert versions[0].item_count < versions[-1].item_count
    live = {i.id for i in demo.entities.list(BoardItem, board_id=board.id)}
    assert {item["id"] for item in versions[-1].snapshot} == live
    assert all(isinstance(item["kind"], str) for item in versions[-1].snapshot)


def test_turku_stakeholder_map_has_rings_links_and_lego_photo(demo: Services) -> None:
    turku = demo.teams.find("Turku")
    board = demo.entities.list(Board, team_id=turku.id, template_key="stakeholder_map")[0]
    items = demo.entities.list(BoardItem, board_id=board.id)
    frames = {i.id: i.text for i in items if i.kind.value == "frame"}
    assert sorted(frames.values()) == ["Palvelut ja kumppanit arjessa", "Perheen lähipiiri",
                                       "Taustavaikuttajat"]
    notes = [i for i in items if i.kind.value == "note"]
    assert {frames[n.frame_id or ""] for n in notes} == set(frames.values())
    assert next(n for n in notes if n.text == "Pansion kirjasto").frame_id == next(
        k for k, v in frames.items() if v == "Palvelut ja kumppanit arjessa")
    labels = {i.label for i in items if i.kind.value == "connector"}
    assert {"lukuvuoro", "vapaaehtoiset", "koordinoi"} <= labels
    photo = next(i for i in items if i.kind.value == "photo")
    assert "Lego" in demo.entities.get(Media, photo.media_id or "").caption


def test_dot_vote_and_consent_edge_case(demo: Services) -> None:
    vote = demo.entities.list(DotVote)[0]
    dots = demo.entities.list(Dot, vote_id=vote.id)
    assert len(dots) == 3 * 6
    no_quotes = [s for s in demo.entities.list(TestSession) if not s.consent_quotes]
    assert no_quotes
    quoted = [n for s in no_quotes for n in demo.entities.list(FeedbackNote, session_id=s.id)
              if n.is_quote]
    assert quoted, "a session without quote consent must still hold quotes for reports to hide"
    minors = [s for s in demo.entities.list(TestSession) if s.has_minors]
    assert minors and all(s.consent_guardian for s in minors)


def test_review_rounds_scores_and_anonymous_expert(demo: Services) -> None:
    rounds = {r.protocol.value: r for r in demo.entities.list(ReviewRound)}
    assert set(rounds) == {"like_wish_whatif", "tuning"}
    criteria = [c.label for c in demo.entities.list(ReviewCriterion, order_by=("position",))]
    assert criteria == ["Uusi", "Konkreettinen", "Rajattu", "Mitattava", "Käyttäjätestattu",
                        "Skaalautuva"]
    assignments = demo.entities.list(ReviewAssignment, round_id=rounds["like_wish_whatif"].id)
    assert Counter(a.reviewee_team_id for a in assignments).most_common()[-1][1] >= 2
    assert all(a.reviewer_team_id != a.reviewee_team_id for a in assignments)
    for assignment in assignments:
        review = demo.entities.list(Review, assignment_id=assignment.id)[0]
        columns = {n.column for n in demo.entities.list(ReviewNote, review_id=review.id)}
        assert columns == {"like", "wish", "what_if"}
        assert len(demo.entities.list(RubricScore, review_id=review.id)) == 6
    anonymous = [r for r in demo.entities.list(Review) if r.anonymous]
    assert len(anonymous) == 1
    assert demo.entities.list(ReviewAuthor, review_id=anonymous[0].id)
    tuning = demo.entities.list(ReviewAssignment, round_id=rounds["tuning"].id)
    notes = {n.column for a in tuning for r in demo.entities.list(Review, assignment_id=a.id)
             for n in demo.entities.list(ReviewNote, review_id=r.id)}
    assert notes == {"warm", "cool"}


def test_decisions_with_reasoning_for_some_teams(demo: Services) -> None:
    decided = [c for c in demo.entities.list(ExperimentCard) if c.decision is not None]
    assert len(decided) >= 2
    assert all(c.decision_reasoning and c.decided_on for c in decided)
    assert len(demo.entities.list(TeamMember)) >= 25


def test_two_builds_differ_only_in_ids_and_timestamps(tmp_path: Path, demo_path: Path) -> None:
    other = tmp_path / "toinen.jalostamo"
    build_demo(other, device_id=DEVICE)

    def content(path: Path) -> list[tuple[object, ...]]:
        conn = sqlite3.connect(path)
        try:
            return sorted(conn.execute(
                "SELECT text, x, y, width, height, color, label FROM board_items").fetchall()) + \
                sorted(conn.execute("SELECT id, width, height FROM media").fetchall())
        finally:
            conn.close()

    assert content(other) == content(demo_path)


def test_refuses_existing_file_and_unknown_size(tmp_path: Path) -> None:
    existing = tmp_path / "olemassa.jalostamo"
    existing.write_bytes(b"keep me")
    with pytest.raises(FileRefused) as err:
        build_demo(existing)
    assert err.value.key == "file.exists"
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(InvalidInput) as bad:
        build_demo(tmp_path / "x.jalostamo", size="huge")  # type: ignore[arg-type]
    assert "huge" in bad.value.message("fi")
    assert not (tmp_path / "x.jalostamo").exists()


@pytest.mark.slow  # ~10 s of CPU, but over 20 s on the shared 2-core machine
def test_large_demo_is_a_stress_programme(tmp_path: Path) -> None:
    path = tmp_path / "iso.jalostamo"
    summary = build_demo(path, size="large", device_id=DEVICE)
    conn = sqlite3.connect(path)
    try:
        count = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                 for table in ("teams", "board_items", "media", "feedback_notes")}
    finally:
        conn.close()
    assert count["teams"] >= 12 and count["teams"] == summary.teams
    assert count["board_items"] >= 5000 and count["board_items"] == summary.board_items
    assert count["media"] >= 150 and count["media"] == summary.photos
    assert count["feedback_notes"] >= 400 and count["feedback_notes"] == summary.feedback_notes
    assert check_file(path).teams == summary.teams
