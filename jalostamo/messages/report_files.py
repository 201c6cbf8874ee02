"""The word a report's suggested file name starts with, in the report's language (plain ASCII
letters, so that the name survives e-mail, USB sticks and older file systems)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "report_files.programme": {"fi": "ohjelmaraportti", "sv": "programrapport",
                              "en": "programme-report"},
    "report_files.workshop": {"fi": "tyopajaraportti", "sv": "workshoprapport",
                             "en": "workshop-report"},
    "report_files.team": {"fi": "tiimiraportti", "sv": "teamrapport", "en": "team-report"},
    "report_files.agenda": {"fi": "esityslista", "sv": "dagordning", "en": "agenda"},
}
