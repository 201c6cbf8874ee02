"""Names of the domain's closed vocabularies in the UI language (glossary words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jalostamo.models import Decision, MemberRole, Phase
from jalostamo.ui.translate import QT_TRANSLATE_NOOP

CONTEXT = "Vocabulary"

PHASES = {
    Phase.DISCOVER: QT_TRANSLATE_NOOP("Vocabulary", "Discover"),
    Phase.DEFINE: QT_TRANSLATE_NOOP("Vocabulary", "Define"),
    Phase.DEVELOP: QT_TRANSLATE_NOOP("Vocabulary", "Develop"),
    Phase.DELIVER: QT_TRANSLATE_NOOP("Vocabulary", "Deliver"),
}
ROLES = {
    MemberRole.LEAD: QT_TRANSLATE_NOOP("Vocabulary", "Lead"),
    MemberRole.MEMBER: QT_TRANSLATE_NOOP("Vocabulary", "Member"),
    MemberRole.RESIDENT: QT_TRANSLATE_NOOP("Vocabulary", "Resident"),
    MemberRole.NGO: QT_TRANSLATE_NOOP("Vocabulary", "NGO member"),
    MemberRole.EXPERT: QT_TRANSLATE_NOOP("Vocabulary", "Expert"),
}
DECISIONS = {
    Decision.RETIRE: QT_TRANSLATE_NOOP("Vocabulary", "Retire"),
    Decision.CHANGE: QT_TRANSLATE_NOOP("Vocabulary", "Change"),
    Decision.CONTINUE: QT_TRANSLATE_NOOP("Vocabulary", "Continue"),
    Decision.SCALE_UP: QT_TRANSLATE_NOOP("Vocabulary", "Scale up"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def phase_name(phase: Phase | str) -> str:
    return _tr(PHASES[Phase(phase)])


def role_name(role: MemberRole | str) -> str:
    return _tr(ROLES[MemberRole(role)])


def decision_name(decision: Decision | str | None) -> str:
    return _tr(DECISIONS[Decision(decision)]) if decision else ""
