"""Words of monitoring in the UI language, and number and date formats."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from jalostamo.i18n import current_language
from jalostamo.services.date_input import format_date
from jalostamo.services.monitoring import TeamStatus, TrackStatus
from jalostamo.services.vocabulary import RoadmapKind, RoadmapStatus

CONTEXT = "Monitoring"

TRACK = {
    TrackStatus.ON_TRACK: QT_TRANSLATE_NOOP("Monitoring", "On track"),
    TrackStatus.OFF_TRACK: QT_TRANSLATE_NOOP("Monitoring", "Off track"),
    TrackStatus.NO_DATA: QT_TRANSLATE_NOOP("Monitoring", "No measurements"),
    TrackStatus.NO_TARGET: QT_TRANSLATE_NOOP("Monitoring", "No baseline or target"),
}
TEAM = {
    TeamStatus.ON_TRACK: QT_TRANSLATE_NOOP("Monitoring", "On track"),
    TeamStatus.OFF_TRACK: QT_TRANSLATE_NOOP("Monitoring", "Off track"),
    TeamStatus.NO_RECENT: QT_TRANSLATE_NOOP("Monitoring", "No recent measurement"),
    TeamStatus.NO_INDICATORS: QT_TRANSLATE_NOOP("Monitoring", "No indicators"),
}
KINDS = {
    RoadmapKind.COMPONENT: QT_TRANSLATE_NOOP("Monitoring", "Component of the phenomenon"),
    RoadmapKind.EVENT: QT_TRANSLATE_NOOP("Monitoring", "Event"),
    RoadmapKind.SIGNAL: QT_TRANSLATE_NOOP("Monitoring", "Signal"),
    RoadmapKind.IMPACT_GOAL: QT_TRANSLATE_NOOP("Monitoring", "Impact goal"),
    RoadmapKind.STEP: QT_TRANSLATE_NOOP("Monitoring", "Step of the experiment"),
    RoadmapKind.MILESTONE: QT_TRANSLATE_NOOP("Monitoring", "Milestone"),
}
STATUSES = {
    RoadmapStatus.PLANNED: QT_TRANSLATE_NOOP("Monitoring", "Planned"),
    RoadmapStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Monitoring", "In progress"),
    RoadmapStatus.DONE: QT_TRANSLATE_NOOP("Monitoring", "Done"),
    RoadmapStatus.DROPPED: QT_TRANSLATE_NOOP("Monitoring", "Dropped"),
}

STATUS_COLORS = {
    TrackStatus.ON_TRACK: QColor("#2F9E44"),
    TrackStatus.OFF_TRACK: QColor("#E03131"),
    TrackStatus.NO_DATA: QColor("#868E96"),
    TrackStatus.NO_TARGET: QColor("#868E96"),
    TeamStatus.ON_TRACK: QColor("#2F9E44"),
    TeamStatus.OFF_TRACK: QColor("#E03131"),
    TeamStatus.NO_RECENT: QColor("#F08C00"),
    TeamStatus.NO_INDICATORS: QColor("#868E96"),
}
ROADMAP_COLORS = {
    RoadmapStatus.PLANNED: QColor("#74C0FC"),
    RoadmapStatus.IN_PROGRESS: QColor("#FAB005"),
    RoadmapStatus.DONE: QColor("#51CF66"),
    RoadmapStatus.DROPPED: QColor("#CED4DA"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def track_name(status: TrackStatus) -> str:
    return tr(str(TRACK[status]))


def team_status_name(status: TeamStatus) -> str:
    return tr(str(TEAM[status]))


def kind_name(kind: RoadmapKind | str) -> str:
    return tr(str(KINDS[RoadmapKind(kind)]))


def status_name(status: RoadmapStatus | str) -> str:
    return tr(str(STATUSES[RoadmapStatus(status)]))


def fmt_number(value: float | None) -> str:
    """``52,5`` in Finnish and Swedish, ``52.5`` in English; empty for None."""
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if current_language() in ("fi", "sv") else text


def fmt_date(value: date | None) -> str:
    return format_date(value)

