"""Operations: one user action = one transaction, undone and redone by the domain."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from jalostamo.errors import UserError
from jalostamo.models import Person, Review, ReviewAssignment, ReviewAuthor, Team
from jalostamo.services import Services
from jalostamo.services.events import Change


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    """What another program reading the file sees (committed data only)."""
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def _round_with_teams(svc: Services) -> tuple[str, list[str]]:
    teams = [svc.teams.add(city) for city in ("Oulu", "Espoo", "Turku")]
    return svc.reviews.add_round(), teams


def _live(svc: Services, model: type) -> int:
    return svc.entities.count(model)


def test_an_action_of_several_writes_is_one_transaction_and_one_undo(
        services: Services, programme_path: Path) -> None:
    svc = services
    round_id, teams = _round_with_teams(svc)
    changes = svc.reviews.invite_expert(round_id, "Kaisa Virta", "THL", teams[:2])

    assert (_live(svc, Person), _live(svc, ReviewAssignment), _live(svc, Review),
            _live(svc, ReviewAuthor)) == (1, 2, 2, 2)
    assert changes.tables == {"people", "review_assignments", "reviews", "review_authors"}

    svc.entities.operations.revert(changes)  # undo
    assert (_live(svc, Person), _live(svc, ReviewAssignment), _live(svc, Review),
            _live(svc, ReviewAuthor)) == (0, 0, 0, 0)
    svc.entities.operations.reapply(changes)  # redo: the same rows come back
    assert sorted(a.id for a in svc.entities.list(ReviewAssignment)) == sorted(
        changes.ids("review_assignments", "created"))
    assert _rows(programme_path, "SELECT name FROM people WHERE deleted_at IS NULL") == [
        ("Kaisa Virta",)]


def test_a_failure_half_way_writes_nothing(services: Services, programme_path: Path) -> None:
    svc = services
    round_id, teams = _round_with_teams(svc)
    with pytest.raises(UserError):  # the second team does not exist: found only after the first
        svc.reviews.invite_expert(round_id, "Kaisa Virta", "THL", [teams[0], "no-such-team"])
    assert (_live(svc, Person), _live(svc, ReviewAssignment), _live(svc, Review),
            _live(svc, ReviewAuthor)) == (0, 0, 0, 0)


def test_later_steps_read_what_earlier_steps_wrote_and_others_see_it_only_after_commit(
        services: Services, programme_path: Path) -> None:
    svc = services
    seen_inside: list[int] = []
    seen_by_listener: list[int] = []
    svc.events.subscribe(lambda change: seen_by_listener.append(_live(svc, Team)))

    def action() -> None:
        svc.teams.add("Oulu")
        seen_inside.append(_live(svc, Team))  # read inside the operation
        seen_inside.append(len(_rows(programme_path, "SELECT id FROM teams")))  # another reader
        svc.teams.add("Espoo")

    _result, changes = svc.entities.operations.perform(action)
    assert seen_inside == [1, 0]
    assert seen_by_listener and set(seen_by_listener) == {2}  # announced after the commit
    assert len(changes.ids("teams", "created")) == 2


def test_events_of_a_failed_operation_are_not_announced(services: Services) -> None:
    svc = services
    heard: list[Change] = []
    svc.events.subscribe(heard.append)

    def action() -> None:
        svc.teams.add("Oulu")
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        svc.entities.operations.perform(action)
    assert heard == [] and _live(svc, Team) == 0


def test_undo_of_field_edits_writes_the_old_values_back(services: Services) -> None:
    svc = services
    team = svc.teams.add("Oulu")

    def edit() -> None:
        svc.teams.update_card(team, problem="Liian vähän liikuntaa", budget="2000 €")
        svc.teams.update_card(team, problem="Liian vähän liikuntaa nuorilla")

    _r, changes = svc.entities.operations.perform(edit)
    card = svc.teams.card(team)
    assert (card.problem, card.budget) == ("Liian vähän liikuntaa nuorilla", "2000 €")
    svc.entities.operations.revert(changes)
    card = svc.teams.card(team)
    assert (card.problem, card.budget) == ("", "")
    svc.entities.operations.reapply(changes)
    card = svc.teams.card(team)
    assert (card.problem, card.budget) == ("Liian vähän liikuntaa nuorilla", "2000 €")


def test_operations_in_a_row_are_undone_and_redone_as_one(services: Services) -> None:
    """Consecutive nudges of the same items merge: one change a row, undone as one."""
    svc = services
    boards, operations = svc.boards, svc.entities.operations
    board = boards.create_board(svc.teams.add("Oulu"))
    note = boards.add_item(board, "note", x=0.0, y=0.0, width=100.0, height=100.0)
    other = boards.add_item(board, "note", x=500.0, y=0.0, width=100.0, height=100.0)
    merged = operations.perform(lambda: boards.nudge([note], 5.0, 0.0))[1]
    for step in (lambda: boards.nudge([note], 0.0, 5.0), lambda: boards.delete_items([other]),
                 lambda: boards.nudge([note], 5.0, 0.0)):
        merged = merged.followed_by(operations.perform(step)[1])
    assert [(c.row_id, c.kind) for c in merged.changes] == [(note, "updated"), (other, "deleted")]
    assert (merged.changes[0].before, merged.changes[0].after) == (
        {"x": 0.0, "y": 0.0}, {"x": 10.0, "y": 5.0})

    operations.revert(merged)
    assert (boards.item(note)["x"], boards.item(note)["y"]) == (0.0, 0.0)
    assert boards.items_by_ids([other])
    operations.reapply(merged)
    assert (boards.item(note)["x"], boards.item(note)["y"]) == (10.0, 5.0)
    assert not boards.items_by_ids([other])
