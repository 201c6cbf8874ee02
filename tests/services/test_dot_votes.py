"""Dot votes on real programme files: dots per voter, results, one open vote per board."""

from __future__ import annotations

from pathlib import Path

import pytest

from jalostamo.errors import InvalidInput
from jalostamo.services import Services
from jalostamo.services.dot_votes import DotVoteService


def make_board(svc: Services, team: str = "Turku") -> str:
    team_id = svc.teams.add(team)
    return svc.boards.create_board(team_id, "Sidosryhmät", "stakeholder_map")


def test_dot_vote_limits_dots_and_counts_results(services: Services) -> None:
    votes = DotVoteService(services.entities)
    board = make_board(services)
    a, b = services.boards.add_items(board, [{"kind": "note"}, {"kind": "note", "x": 200.0}])
    vote = votes.start_vote(board, 2, "Mikä ensin?")
    votes.place_dot(vote, a, "Turku")
    votes.place_dot(vote, a, " Turku ")  # the same voter, whatever the spaces
    with pytest.raises(InvalidInput) as err:
        votes.place_dot(vote, b, "Turku")
    assert "Turku" in err.value.message()
    dot = votes.place_dot(vote, b, "Oulu")
    assert votes.results(vote) == [(a, 2), (b, 1)]
    votes.remove_dot(dot)
    assert votes.results(vote) == [(a, 2)]
    votes.close_vote(vote)
    with pytest.raises(InvalidInput):
        votes.place_dot(vote, b, "Oulu")
    assert votes.open_vote(board) is None


@pytest.mark.parametrize("dots", [0, 21, True, 2.5])
def test_a_vote_needs_1_to_20_whole_dots(services: Services, dots: object) -> None:
    board = make_board(services)
    with pytest.raises(InvalidInput) as err:
        services.boards.dot_votes.start_vote(board, dots)  # type: ignore[arg-type]
    assert "1" in err.value.message() and "20" in err.value.message()
    assert services.boards.dot_votes.votes(board) == []


def test_starting_a_vote_ends_the_one_still_open(services: Services) -> None:
    votes = services.boards.dot_votes
    board = make_board(services)
    first = votes.start_vote(board, 3)
    second = votes.start_vote(board, 5, "Toinen kierros")
    open_vote = votes.open_vote(board)
    assert open_vote is not None and open_vote.id == second and open_vote.dots_per_voter == 5
    with pytest.raises(InvalidInput):
        votes.place_dot(first, services.boards.add_item(board, "note"), "Turku")


def test_dots_go_only_on_items_of_the_board_and_not_on_connectors(services: Services) -> None:
    votes = services.boards.dot_votes
    board = make_board(services)
    other = make_board(services, "Oulu")
    a, b = services.boards.add_items(board, [{"kind": "note"}, {"kind": "note", "x": 300.0}])
    link = services.boards.connect(board, a, b)
    elsewhere = services.boards.add_item(other, "note")
    vote = votes.start_vote(board, 3)
    for item in (link, elsewhere, "no-such-item"):
        with pytest.raises(InvalidInput):
            votes.place_dot(vote, item, "Turku")
    with pytest.raises(InvalidInput):
        votes.place_dot(vote, a, "   ")
    assert votes.dots(vote) == []


def test_deleted_items_drop_out_of_the_results_and_come_back_on_restore(
        services: Services) -> None:
    votes = services.boards.dot_votes
    board = make_board(services)
    a, b = services.boards.add_items(board, [{"kind": "note"}, {"kind": "note", "x": 300.0}])
    vote = votes.start_vote(board, 3)
    votes.place_dot(vote, a, "Turku")
    votes.place_dot(vote, b, "Turku")
    votes.place_dot(vote, b, "Oulu")
    services.boards.delete_items([b])
    assert votes.results(vote) == [(a, 1)]
    services.boards.restore_items([b])
    assert votes.results(vote) == [(b, 2), (a, 1)]


def test_votes_survive_reopening_the_file(tmp_path: Path) -> None:
    path = tmp_path / "aanestys.jalostamo"
    with Services.create(path, "Äänestys") as services:
        board = make_board(services)
        a = services.boards.add_item(board, "note", text="Kirjasto")
        vote = services.boards.dot_votes.start_vote(board, 2, "Mikä ensin?")
        services.boards.dot_votes.place_dot(vote, a, "Turku")
    with Services.open(path) as again:
        kept = again.boards.dot_votes.open_vote(board)
        assert kept is not None and kept.title == "Mikä ensin?"
        assert again.boards.dot_votes.results(vote) == [(a, 1)]
