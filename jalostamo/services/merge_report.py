"""What a merge summary says to a person: clock warnings, ignored changes, redaction (used by
the CLI and the merge preview dialog)."""

from __future__ import annotations

from jalostamo.i18n import translate
from jalostamo.messages import MESSAGES
from jalostamo.services.merge import MergeSummary


def amount(ms: int, lang: str | None = None) -> str:
    """A clock offset as days, hours or minutes (rounded)."""
    ms = abs(ms)
    if ms >= 86_400_000:
        return translate("merge.amount.days", lang, n=round(ms / 86_400_000))
    if ms >= 3_600_000:
        return translate("merge.amount.hours", lang, n=round(ms / 3_600_000))
    return translate("merge.amount.minutes", lang, n=max(round(ms / 60_000), 1))


def clock_lines(summary: MergeSummary, lang: str | None = None) -> list[str]:
    lines = []
    for warning in summary.clock_warnings:
        who = warning.team or warning.source
        if warning.how == "future":
            key = "merge.clock_future"
        else:
            key = "merge.clock_measured_ahead" if warning.offset_ms > 0 \
                else "merge.clock_measured_behind"
        lines.append(translate(key, lang, who=who, amount=amount(warning.offset_ms, lang)))
    return lines


def ignored_lines(summary: MergeSummary, lang: str | None = None) -> list[str]:
    lines = []
    for (team, owner, table), count in sorted(summary.ignored.items()):
        lines.append(translate("merge.ignored_line", lang, count=count,
                               kind=translate(f"table.{table}", lang),
                               owner=owner or translate("merge.programme_part", lang),
                               team=team or "?"))
    return lines


def note_lines(summary: MergeSummary, lang: str | None = None) -> list[str]:
    """Everything a person should read besides the counts."""
    lines = clock_lines(summary, lang) + ignored_lines(summary, lang)
    if summary.redacted:
        lines.append(translate("merge.redacted", lang, count=summary.redacted))
    return lines


def field_label(table: str, column: str, lang: str | None = None) -> str:
    """A field's name in the user's language (``mergefield.*`` or ``field.*``)."""
    for key in (f"mergefield.{column}", f"field.{column}"):
        if key in MESSAGES:
            return translate(key, lang)
    return column.removesuffix("_id").replace("_", " ")
