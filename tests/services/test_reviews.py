"""Peer review on a real programme file: criteria, rounds, assignment, forms, anonymity,
status and summaries."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from jalostamo.errors import InvalidInput
from jalostamo.models import ReviewAssignment, ReviewAuthor, ReviewProtocol, TeamMember
from jalostamo.services import Services
from jalostamo.services.reviews import (
    DEFAULT_CRITERIA,
    TUNING_STEPS,
    criterion_label,
    protocol_steps,
)

CITIES = ["Turku", "Tampere", "Oulu", "Espoo", "Vantaa", "Jyväskylä"]


@pytest.fixture
def teams(services: Services) -> list[str]:
    families = services.programme.add_theme("Lapsiperheet")
    young = services.programme.add_theme("Nuoret aikuiset")
    return [services.teams.add(city, theme_ids=[families if i % 2 else young])
            for i, city in enumerate(CITIES)]


def test_default_criteria_are_created_once_and_localized(services: Services) -> None:
    created = services.reviews.ensure_default_criteria()
    assert len(created) == 6
    assert services.reviews.ensure_default_criteria() == []
    criteria = services.reviews.criteria()
    assert [c.key for c in criteria] == list(DEFAULT_CRITERIA)
    assert [criterion_label(c, "fi") for c in criteria] == [
        "Uusi", "Konkreettinen", "Rajattu", "Mitattava", "Käyttäjätestattu", "Skaalautuva"]
    assert criterion_label(criteria[4], "sv") == "Användartestad"
    services.reviews.rename_criterion(criteria[0].id, "Innovatiivinen")
    assert criterion_label(services.reviews.criteria()[0], "en") == "Innovatiivinen"
    extra = services.reviews.add_criterion("Kustannustehokas")
    assert services.reviews.criteria()[-1].id == extra
    with pytest.raises(InvalidInput):
        services.reviews.add_criterion(" ")


def test_assignment_is_stored_balanced_and_undoable(services: Services, teams: list[str]) -> None:
    rnd = services.reviews.add_round(reviews_per_team=2, seed=42)
    change = services.reviews.assign(rnd)
    pairs = services.reviews.pairs(rnd)
    assert len(pairs) == 12
    assert all(a != b for a, b in pairs)
    assert set(Counter(a for a, _ in pairs).values()) == {2}
    assert set(Counter(b for _, b in pairs).values()) == {2}
    assert services.reviews.balance(rnd).ok
    # same seed, same plan
    again = services.reviews.assign(rnd)
    assert sorted(services.reviews.pairs(rnd)) == sorted(pairs)
    operations = services.entities.operations
    operations.revert(again)  # undo: the first plan's rows come back
    assert sorted(services.reviews.pairs(rnd)) == sorted(pairs)
    operations.revert(change)
    assert services.reviews.pairs(rnd) == []
    operations.reapply(change)  # redo
    assert sorted(services.reviews.pairs(rnd)) == sorted(pairs)
    assert sorted(a.id for a in services.reviews.assignments(rnd)) == sorted(
        change.ids("review_assignments", "created"))


def test_assignment_prefers_other_themes(services: Services, teams: list[str]) -> None:
    rnd = services.reviews.add_round(reviews_per_team=1, seed=1)
    services.reviews.assign(rnd)
    theme = {t: services.teams.theme_ids(t)[0] for t in teams}
    assert all(theme[a] != theme[b] for a, b in services.reviews.pairs(rnd))


def test_round_rules(services: Services, teams: list[str]) -> None:
    with pytest.raises(InvalidInput) as err:
        services.reviews.add_round(reviews_per_team=0)
    assert "1–4" in err.value.message()
    lonely = Services.create(Path(services.doc.path).with_name("yksin.jalostamo"), "Yksin")
    try:
        lonely.teams.add("Oulu")
        rnd = lonely.reviews.add_round()
        with pytest.raises(InvalidInput) as err:
            lonely.reviews.assign(rnd)
        assert "vähintään kaksi" in err.value.message()
    finally:
        lonely.close()


def test_hand_adjustments_are_checked(services: Services, teams: list[str]) -> None:
    rnd = services.reviews.add_round(reviews_per_team=2, seed=5)
    services.reviews.assign(rnd)
    first = services.reviews.assignments(rnd)[0]
    with pytest.raises(InvalidInput):
        services.reviews.change_assignment(first.id, reviewee_team_id=first.reviewer_team_id)
    taken = next(a for a in services.reviews.assignments(rnd)
                 if a.reviewer_team_id == first.reviewer_team_id and a.id != first.id)
    with pytest.raises(InvalidInput) as err:
        services.reviews.change_assignment(first.id, reviewee_team_id=taken.reviewee_team_id)
    assert "arvioi jo" in err.value.message()
    free = next(t for t in teams if t != first.reviewer_team_id
                and (first.reviewer_team_id, t) not in services.reviews.pairs(rnd))
    old = services.reviews.change_assignment(first.id, reviewee_team_id=free)
    changed = services.entities.get(ReviewAssignment, first.id)
    assert changed.reviewee_team_id == free and changed.manual
    assert services.reviews.balance(rnd).spread == 2  # someone now gets 3, someone 1
    services.entities.update(ReviewAssignment, first.id, **old)
    assert services.reviews.balance(rnd).spread == 0


def test_review_form_notes_scores_and_status(services: Services, teams: list[str]) -> None:
    services.reviews.ensure_default_criteria()
    rnd = services.reviews.add_round(reviews_per_team=1, seed=3)
    services.reviews.assign(rnd)
    a = services.reviews.assignments(rnd)[0]
    assert {s.state for s in services.reviews.status(rnd)} == {"missing"}
    review = services.reviews.start_review(a.id, focusing_question="Onko kokeilu rajattu?")
    assert services.reviews.start_review(a.id) == review
    services.reviews.add_note(review, "like", "Selkeä kohderyhmä")
    services.reviews.add_note(review, "what_if", "Entä jos mukana olisi kirjasto?")
    with pytest.raises(InvalidInput):
        services.reviews.add_note(review, "warm", "väärä sarake")
    criteria = services.reviews.criteria()
    assert services.reviews.set_score(review, criteria[0].id, 3) is None
    assert services.reviews.set_score(review, criteria[0].id, 4) == 3
    with pytest.raises(InvalidInput):
        services.reviews.set_score(review, criteria[1].id, 5)
    assert services.reviews.scores(review) == {criteria[0].id: 4}
    states = Counter(s.state for s in services.reviews.status(rnd))
    assert states == {"missing": 5, "draft": 1}
    services.reviews.update_review(review, submitted=True)
    assert Counter(s.state for s in services.reviews.status(rnd))["submitted"] == 1
    with pytest.raises(InvalidInput):
        services.reviews.assign(rnd)  # written reviews are never thrown away
    summary = services.reviews.team_summary(a.reviewee_team_id, "fi")
    [received] = summary.reviews
    assert received.notes["like"] == ["Selkeä kohderyhmä"]
    assert received.reviewer == services.teams.get(a.reviewer_team_id or "").display_name
    assert summary.averages() == {criteria[0].id: 4.0}


def test_anonymous_review_hides_the_reviewer_and_keeps_the_author_apart(
        services: Services, teams: list[str]) -> None:
    rnd = services.reviews.add_round(reviews_per_team=1, seed=9, anonymous=True)
    services.reviews.assign(rnd)
    a = services.reviews.assignments(rnd)[0]
    member = services.teams.add_member(a.reviewer_team_id or "", "Maija Meikäläinen")
    review = services.reviews.start_review(a.id)
    services.reviews.set_author(review, services.entities.get(TeamMember, member).person_id)
    services.reviews.add_note(review, "wish", "Toivoisin mittarin")
    summary = services.reviews.team_summary(a.reviewee_team_id, "fi")
    label = summary.reviews[0].reviewer
    assert label == "Nimetön arvioija"
    reviewer_name = services.teams.get(a.reviewer_team_id or "").display_name
    assert reviewer_name not in label and "Maija" not in label
    # the author is stored, apart from the review, for the facilitator
    author = services.reviews.author(review)
    assert author is not None and author.name == "Maija Meikäläinen"
    assert len(services.entities.list(ReviewAuthor, review_id=review)) == 1
    services.reviews.update_review(review, anonymous=False)
    label = services.reviews.team_summary(a.reviewee_team_id, "fi").reviews[0].reviewer
    assert label == f"{reviewer_name} (Maija Meikäläinen)"


def test_tuning_and_gallery_walk(services: Services, teams: list[str]) -> None:
    assert [s.key for s in protocol_steps(ReviewProtocol.TUNING)] == [s.key for s in TUNING_STEPS]
    assert sum(s.minutes for s in TUNING_STEPS) == 40
    assert TUNING_STEPS[4].label("fi") == "Lämmin ja viileä palaute"
    tuning = services.reviews.add_round(protocol="tuning", seed=1)
    assert services.reviews.columns(tuning) == ("warm", "cool")
    walk = services.reviews.add_round(protocol=ReviewProtocol.GALLERY_WALK, seed=1,
                                      dots_per_reviewer=2)
    services.reviews.assign(walk)
    a = services.reviews.assignments(walk)[0]
    review = services.reviews.start_review(a.id)
    services.reviews.add_note(review, "dot", "")
    services.reviews.add_note(review, "dot", "asiakaspolku")
    with pytest.raises(InvalidInput) as err:
        services.reviews.add_note(review, "dot", "")
    assert "2 pistettä" in err.value.message()
    [received] = services.reviews.team_summary(a.reviewee_team_id).reviews
    assert received.dots == 2
