"""Names of the domain's closed vocabularies in the UI language (glossary words).

One source for each term: the domain's catalogue (``jalostamo/messages/reports.py``), which the
reports use too, so a role, phase or decision is called the same on screen and on paper."""

from __future__ import annotations

from jalostamo.i18n import translate
from jalostamo.services.vocabulary import Decision, MemberRole, Phase


def _term(key: str) -> str:
    text = translate(key)
    return text[:1].upper() + text[1:]


def phase_name(phase: Phase | str) -> str:
    return _term(f"report.phase.{Phase(phase).value}")


def role_name(role: MemberRole | str) -> str:
    return _term(f"report.role.{MemberRole(role).value}")


def decision_name(decision: Decision | str | None) -> str:
    return _term(f"report.decision.{Decision(decision).value}") if decision else ""
