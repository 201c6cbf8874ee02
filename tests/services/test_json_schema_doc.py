"""The JSON export has a published JSON Schema, shipped in the package, and every export
validates against it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from jalostamo.models import FeedbackNote, Quadrant, TestSession
from jalostamo.services import Services
from jalostamo.services.json_export import export_file
from jalostamo.services.json_schema_doc import build_schema, docs_path, schema_text, shipped_path


def test_shipped_and_published_schema_are_current() -> None:
    """Regenerate with ``python -m jalostamo.services.json_schema_doc`` after a model change."""
    assert shipped_path().read_text(encoding="utf-8") == schema_text()
    assert docs_path().read_text(encoding="utf-8") == schema_text()
    Draft202012Validator.check_schema(build_schema())


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "ohjelma.jalostamo"
    with Services.create(path, "Kokeilujalostamo 2019 👍") as svc:
        team = svc.teams.add("Oulu")
        svc.monitoring.add_indicator(team, "Koettu osallisuus")
        session = svc.entities.create(TestSession, team_id=team)
        svc.entities.create(FeedbackNote, session_id=session, quadrant=Quadrant.LIKES,
                            text="Hyvä", severity=2)
    out = tmp_path / "ohjelma.json"
    export_file(path, out)
    return json.loads(out.read_text(encoding="utf-8"))


def test_an_export_validates_against_the_schema(exported: dict[str, object]) -> None:
    validator = Draft202012Validator(json.loads(shipped_path().read_text(encoding="utf-8")))
    errors = sorted(validator.iter_errors(exported), key=lambda e: list(e.path))
    assert errors == []


def test_the_schema_refuses_what_the_import_refuses(exported: dict[str, object]) -> None:
    validator = Draft202012Validator(build_schema())
    tables = exported["tables"]
    assert isinstance(tables, dict)
    note = tables["feedback_notes"][0]
    note["quadrant"] = "loves"  # not a quadrant
    tables["teams"][0]["id"] = "not-a-uuid"
    exported["format_version"] = 99
    messages = {e.json_path for e in validator.iter_errors(exported)}
    assert {"$.format_version", "$.tables.feedback_notes[0].quadrant",
            "$.tables.teams[0].id"} <= messages
