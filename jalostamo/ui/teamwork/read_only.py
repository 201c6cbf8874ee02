"""The read-only parts of a team file: other teams' work is shown but cannot be changed.

The services refuse such writes anyway (``services/ownership.py``); the UI says so before the
user tries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jalostamo.i18n import current_language, translate

if TYPE_CHECKING:
    from jalostamo.services import Services

#: tabs of a team page that stay editable in another team's page: a team writes its peer
#: reviews of the others there (the review belongs to the reviewing team)
EDITABLE_ELSEWHERE = frozenset({"reviews"})


def is_other_team(services: Services, team_id: str) -> bool:
    """True in a team file for every team but the file's own."""
    doc = services.doc
    return doc.role == "team" and doc.team_id is not None and team_id != doc.team_id


def read_only_note() -> str:
    return translate("teamfile.read_only_part", current_language())
