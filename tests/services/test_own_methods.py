"""The facilitator's own method cards, kept in the programme file's agenda items."""

from __future__ import annotations

from datetime import date

import pytest

from jalostamo.errors import UserError
from jalostamo.models import AgendaItem
from jalostamo.services import Services


def test_an_own_method_is_saved_in_the_file_and_outlives_its_first_use(
        services: Services, programme_path) -> None:
    svc = services
    first = svc.programme.add_workshop(held_on=date(2019, 3, 13))
    item = svc.programme.add_agenda_item(first, "  Kävely   kokous ", 25,
                                         instructions="1. Pareittain ulos\n2. Palatkaa kysymyksen kanssa")
    key, changes = svc.entities.operations.perform(
        lambda: svc.agenda.save_as_own_method(item))
    assert key == "own:Kävely kokous"
    assert changes.tables == {"agenda_items"}

    svc.close()
    reopened = Services.open(programme_path)
    try:
        [mine] = reopened.agenda.own_methods()
        assert (mine.name, mine.minutes, mine.instructions) == (
            "Kävely kokous", 25, "1. Pareittain ulos\n2. Palatkaa kysymyksen kanssa")
        reopened.entities.delete(AgendaItem, item)  # the first use goes; the card stays
        assert [m.name for m in reopened.agenda.own_methods()] == ["Kävely kokous"]
        reopened.entities.restore(AgendaItem, item)
        reopened.entities.operations.revert(changes)  # undo: the activity has no card again
        assert reopened.agenda.own_methods() == []
    finally:
        reopened.close()


def test_a_later_edit_of_the_card_wins_and_bad_names_are_refused(services: Services) -> None:
    svc = services
    w = svc.programme.add_workshop()
    a = svc.programme.add_agenda_item(w, "Lämmittely", 10, instructions="vanha")
    b = svc.programme.add_agenda_item(w, "Lämmittely", 15, instructions="uusi")
    svc.agenda.save_as_own_method(a)
    svc.agenda.save_as_own_method(b)
    [mine] = svc.agenda.own_methods()
    assert (mine.minutes, mine.instructions) == (15, "uusi")
    long = svc.programme.add_agenda_item(w, "x" * 70, 10)
    with pytest.raises(UserError) as caught:
        svc.agenda.save_as_own_method(long)
    assert "enintään 60 merkkiä" in caught.value.message("fi")
    assert svc.entities.get(AgendaItem, long).method_key == ""
