"""Report pieces about boards and feedback that the board screen and the capture grid show:
the template behind a board, dot-vote results and the severity of a feedback note."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from jalostamo.errors import UserError
from jalostamo.i18n import translate
from jalostamo.reports.fonts import FONT
from jalostamo.reports.styles import BRAND, PAPER_TINT, RULE, Styles
from jalostamo.reports.views import BoardView, ReportData

#: a vote's result shows at most this many items (most dots first)
VOTE_ROWS = 10
SEVERITY_COLOR = "#B5523B"


def board_template(key: str, lang: str) -> dict[str, Any] | None:
    """The template's zones in the report's language; None for none or an unknown key."""
    if not key or key == "empty":
        return None
    from jalostamo.services.boards import template

    try:
        return template(key, lang)
    except (UserError, OSError, ValueError, KeyError):
        return None


def severity_mark(severity: int | None) -> str:
    """"!", "!!" or "!!!" before a feedback note, as in the capture grid."""
    if not severity or not 1 <= severity <= 3:
        return ""
    return f'<font color="{SEVERITY_COLOR}"><b>{"!" * severity}</b></font> '


def _esc(text: str) -> str:
    from jalostamo.reports.sections import esc

    return esc(text, 300)


def votes_block(data: ReportData, styles: Styles, board: BoardView,
                width: float) -> list[Flowable]:
    """One small table per dot vote: rank, item, dots."""
    out: list[Flowable] = []
    for vote in board.votes:
        title = translate("dataout.report.votes", data.lang) \
            + (f": {vote.title}" if vote.title else "")
        if not vote.ranked:
            none = translate("dataout.report.votes_none", data.lang)
            out.append(Paragraph(f"<b>{_esc(title)}</b> – {_esc(none)}", styles.small))
            continue
        rows: list[list[object]] = [[Paragraph(f"<b>{_esc(title)}</b>", styles.cell), "", ""]]
        for rank, text, dots in vote.ranked[:VOTE_ROWS]:
            rows.append([Paragraph(f"{rank}.", styles.cell), Paragraph(_esc(text), styles.cell),
                         Paragraph(f"<b>{dots}</b> ●", styles.cell)])
        table = Table(rows, colWidths=[width * 0.08, width * 0.74, width * 0.18])
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # reportlab's default would be Helvetica
            ("SPAN", (0, 0), (-1, 0)), ("LINEBELOW", (0, 0), (-1, 0), 0.6, BRAND),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 1), (-1, 1), PAPER_TINT),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        out.append(table)
    return out
