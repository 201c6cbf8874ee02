"""The named service actions the screens call (issue #20): each one operation, one undo step."""

from __future__ import annotations

import datetime as dt

from jalostamo.services import Services
from jalostamo.services.vocabulary import Quadrant


def test_a_new_review_round_brings_the_default_criteria_and_goes_back_in_one_step(
        services: Services) -> None:
    svc = services
    ops = svc.entities.operations
    round_id, changes = ops.perform(lambda: svc.reviews.new_round())
    assert len(svc.reviews.criteria()) == 6 and [r.id for r in svc.reviews.rounds()] == [round_id]
    ops.revert(changes)
    assert svc.reviews.criteria() == [] and svc.reviews.rounds() == []
    ops.reapply(changes)
    assert len(svc.reviews.criteria()) == 6 and [r.id for r in svc.reviews.rounds()] == [round_id]
    second, _ = ops.perform(lambda: svc.reviews.new_round())  # criteria exist: none added
    assert len(svc.reviews.criteria()) == 6 and len(svc.reviews.rounds()) == 2 and second


def test_moved_notes_and_moved_links_come_back_with_one_undo(services: Services) -> None:
    svc = services
    ops = svc.entities.operations
    team = svc.teams.add("Oulu")
    session = svc.testing.add_session(team, held_on=dt.date(2026, 3, 1))
    notes = [svc.testing.add_note(session, Quadrant.LIKES, text) for text in ("Selkeä", "Nopea")]
    _, moved = ops.perform(lambda: svc.testing.move_notes(notes, Quadrant.IDEAS))
    assert [n.id for n in svc.testing.notes(session, Quadrant.IDEAS)] == notes
    ops.revert(moved)
    assert [n.id for n in svc.testing.notes(session, Quadrant.LIKES)] == notes

    first = svc.testing.add_insight(team, "Ajanvaraus on helppo")
    other = svc.testing.add_insight(team, "Nuoret haluavat nopeutta")
    svc.testing.link_notes(first, notes)
    _, relinked = ops.perform(lambda: svc.testing.link_notes(other, notes[:1], source=first))
    assert [n.id for n in svc.testing.supporting_notes(other)] == notes[:1]
    assert [n.id for n in svc.testing.supporting_notes(first)] == notes[1:]
    ops.revert(relinked)
    assert svc.testing.supporting_notes(other) == []
    assert [n.id for n in svc.testing.supporting_notes(first)] == notes


def test_a_teams_text_lists_add_at_the_end_and_a_deletion_undoes(services: Services) -> None:
    svc = services
    ops = svc.entities.operations
    team = svc.teams.add("Turku")
    first = svc.teams.add_text("how_might_we", team, "Miten voisimme tavoittaa nuoret?")
    second = svc.teams.add_text("how_might_we", team, "Miten voisimme kuulla vanhempia?")
    assert [r.id for r in svc.teams.texts("how_might_we", team)] == [first, second]
    assert svc.teams.texts("insights", team) == []
    svc.teams.edit_text("how_might_we", first, "Miten voisimme tavoittaa 15-vuotiaat?")
    _, deleted = ops.perform(lambda: svc.teams.delete_text("how_might_we", first))
    assert [r.text for r in svc.teams.texts("how_might_we", team)] == ["Miten voisimme kuulla vanhempia?"]
    ops.revert(deleted)
    assert [r.text for r in svc.teams.texts("how_might_we", team)] == [
        "Miten voisimme tavoittaa 15-vuotiaat?", "Miten voisimme kuulla vanhempia?"]
