"""Every string the people screen, the team setup's cities and the expert picker pass to tr()
has a Finnish and a Swedish translation, with the same %1 marks."""

from __future__ import annotations

import pytest

from tests.ui.facilitator.test_facil_translations import untranslated

SOURCES = {"PeoplePage": "jalostamo/ui/people_page.py",
           "TeamsEditor": "jalostamo/ui/setup_teams.py",
           "ExpertDialog": "jalostamo/ui/review/expert_dialog.py",
           "CardEditor": "jalostamo/ui/card_editor.py",
           "Navigator": "jalostamo/ui/navigation.py"}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_string_of_the_people_screen_is_translated(lang: str) -> None:
    missing, marks = untranslated(lang, SOURCES)
    assert missing == [] and marks == []
