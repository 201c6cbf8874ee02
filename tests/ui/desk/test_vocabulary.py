"""One word for each glossary term: the screens and the reports call a role, a phase and a
decision the same."""

from __future__ import annotations

import pytest

from jalostamo.i18n import set_language, translate
from jalostamo.models import Decision, MemberRole, Phase
from jalostamo.ui.vocabulary import decision_name, phase_name, role_name


@pytest.mark.parametrize(("lang", "ngo", "discover", "scale_up"), [
    ("fi", "Järjestön edustaja", "Tutki", "Skaalaa"),
    ("sv", "Organisationsrepresentant", "Utforska", "Skala upp"),
    ("en", "NGO member", "Discover", "Scale up"),
])
def test_the_screen_and_the_report_use_the_same_word(lang: str, ngo: str, discover: str,
                                                      scale_up: str) -> None:
    set_language(lang)
    assert role_name(MemberRole.NGO) == ngo
    assert translate("report.role.ngo", lang).lower() == ngo.lower()
    assert phase_name(Phase.DISCOVER) == discover == translate("report.phase.discover", lang)
    assert decision_name(Decision.SCALE_UP) == scale_up
    for role in MemberRole:
        assert role_name(role).lower() == translate(f"report.role.{role.value}", lang).lower()
