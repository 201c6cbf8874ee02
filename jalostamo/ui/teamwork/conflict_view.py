"""How a logged conflict reads in the UI: its kind, team and time, and its fields side by side."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from jalostamo.services import Services
from jalostamo.services.merge_teams import owner_links
from jalostamo.services.team_files import HISTORY_COLUMNS, TIMESTAMP_FORMAT, Conflict, TeamFileService
from jalostamo.ui.card_editor import FIELD_TEXT
from jalostamo.ui.teamwork.merge_dialog import kind_name, team_label
from jalostamo.ui.translate import QT_TRANSLATE_NOOP

CONTEXT = "Teamwork"

#: names of fields that many kinds share; others show their column name
FIELD_NAMES: dict[str, str] = {
    "text": QT_TRANSLATE_NOOP("Teamwork", "Text"),
    "name": QT_TRANSLATE_NOOP("Teamwork", "Name"),
    "city": QT_TRANSLATE_NOOP("Teamwork", "City"),
    "description": QT_TRANSLATE_NOOP("Teamwork", "Description"),
    "notes": QT_TRANSLATE_NOOP("Teamwork", "Notes"),
    "caption": QT_TRANSLATE_NOOP("Teamwork", "Caption"),
    "kind": QT_TRANSLATE_NOOP("Teamwork", "Kind"),
    "colour": QT_TRANSLATE_NOOP("Teamwork", "Colour"),
    "color": QT_TRANSLATE_NOOP("Teamwork", "Colour"),
    "x": QT_TRANSLATE_NOOP("Teamwork", "Position (x)"),
    "y": QT_TRANSLATE_NOOP("Teamwork", "Position (y)"),
    "width": QT_TRANSLATE_NOOP("Teamwork", "Width"),
    "height": QT_TRANSLATE_NOOP("Teamwork", "Height"),
    "z": QT_TRANSLATE_NOOP("Teamwork", "Stacking order"),
    "rotation": QT_TRANSLATE_NOOP("Teamwork", "Rotation"),
    "style": QT_TRANSLATE_NOOP("Teamwork", "Style"),
    "position": QT_TRANSLATE_NOOP("Teamwork", "Order"),
    "locked": QT_TRANSLATE_NOOP("Teamwork", "Locked"),
    "segment": QT_TRANSLATE_NOOP("Teamwork", "Segment"),
    "held_on": QT_TRANSLATE_NOOP("Teamwork", "Date"),
    "quadrant": QT_TRANSLATE_NOOP("Teamwork", "Quadrant"),
    "severity": QT_TRANSLATE_NOOP("Teamwork", "Severity"),
    "is_quote": QT_TRANSLATE_NOOP("Teamwork", "Quote"),
    "value": QT_TRANSLATE_NOOP("Teamwork", "Value"),
    "unit": QT_TRANSLATE_NOOP("Teamwork", "Unit"),
    "organisation": QT_TRANSLATE_NOOP("Teamwork", "Organisation"),
    "email": QT_TRANSLATE_NOOP("Teamwork", "E-mail"),
    "role": QT_TRANSLATE_NOOP("Teamwork", "Role"),
    "decision": QT_TRANSLATE_NOOP("Teamwork", "Decision"),
    "decision_reasoning": QT_TRANSLATE_NOOP("Teamwork", "Reasoning of the decision"),
    "starts_on": QT_TRANSLATE_NOOP("Teamwork", "Starts on"),
    "ends_on": QT_TRANSLATE_NOOP("Teamwork", "Ends on"),
    "deleted_at": QT_TRANSLATE_NOOP("Teamwork", "Deleted"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_name(table: str, column: str) -> str:
    if table == "experiment_cards" and column in FIELD_TEXT:
        return QCoreApplication.translate("CardEditor", FIELD_TEXT[column][0])
    if column in FIELD_NAMES:
        return _tr(FIELD_NAMES[column])
    from jalostamo.i18n import current_language
    from jalostamo.services.merge_report import field_label

    return field_label(table, column, current_language())


def edited_at(values: dict[str, Any]) -> datetime | str | None:
    """When a logged version was made: its row's ``updated_at`` (whole-row conflicts) or the
    time of its field's stamp (per-field conflicts, on the facilitator's clock)."""
    if values.get("updated_at"):
        return str(values["updated_at"])
    stamp = values.get("_stamp")
    if isinstance(stamp, str) and stamp:
        from jalostamo.services.clock import phys_of

        return datetime.fromtimestamp(phys_of(stamp) / 1000, UTC)
    return None


def _is_boolean(table: str, column: str) -> bool:
    return TeamFileService.is_boolean_column(table, column)


def show_value(column: str, value: Any, table: str = "") -> str:
    if value is None or value == "":
        return "–"
    if column == "deleted_at":
        return QCoreApplication.translate("Teamwork", "yes, deleted")
    if table and _is_boolean(table, column):
        value = bool(value)
    if isinstance(value, bool):
        return QCoreApplication.translate("Teamwork", "yes") if value else QCoreApplication.translate("Teamwork", "no")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def local_time(value: datetime | str | None) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, str):
        try:
            value = datetime.strptime(value, TIMESTAMP_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            return str(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().strftime("%d.%m.%Y %H:%M")


def compared_fields(conflict: Conflict) -> list[tuple[str, Any, Any]]:
    """(column, this version's value, the other one's value): the fields that differ first,
    then the other content fields; links to other rows and the deletion only where they
    differ (their raw ids tell a user nothing)."""
    winner, loser = conflict.winner or {}, conflict.loser or {}
    columns = [c for c in dict.fromkeys([*winner, *loser])
               if (c not in HISTORY_COLUMNS or c == "deleted_at") and not c.startswith("_")]
    differ, same = [], []
    for column in columns:
        mine, other = winner.get(column), loser.get(column)
        if column == "deleted_at":
            mine, other = bool(mine) or None, bool(other) or None
        if mine != other:
            differ.append((column, mine, other))
        elif column != "deleted_at" and not column.endswith("_id"):
            same.append((column, mine, other))
    return differ + same


def team_of(services: Services, table: str, values: dict[str, Any], depth: int = 0) -> str | None:
    """The team a row belongs to, following its links (a board item → its board → the team)."""
    if table == "teams":
        return str(values.get("id") or "") or None
    if depth > 6:
        return None
    for column, parent in owner_links(table):
        ref = values.get(column)
        if not ref:
            continue
        if parent == "teams":
            return str(ref)
        row = services.team_files.row_values(parent, str(ref))
        if row is None:
            continue
        parent_values = {c: row.get(c) for c, _ in owner_links(parent)}
        parent_values["id"] = ref
        found = team_of(services, parent, parent_values, depth + 1)
        if found:
            return found
    return None


def conflict_line(services: Services, conflict: Conflict) -> str:
    """"kind · team · when" (a per-field conflict: "kind · field · team · when")."""
    values = dict(conflict.winner or conflict.loser or {})
    row = services.team_files.row_values(conflict.table_name, conflict.row_id)
    if row is not None:
        values = row
    team_id = team_of(services, conflict.table_name, values)
    team = ""
    if team_id:
        team = services.team_files.team_name(team_id)
    if conflict.field:
        from jalostamo.i18n import current_language, translate

        return translate("merge.conflict_field", current_language(),
                         kind=kind_name(conflict.table_name),
                         field=field_name(conflict.table_name, conflict.field),
                         team=team_label(team), when=local_time(conflict.created_at))
    return " · ".join((kind_name(conflict.table_name), team_label(team),
                       local_time(conflict.created_at)))
