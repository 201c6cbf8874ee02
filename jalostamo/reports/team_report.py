"""The team report: the experiment across the four phases, its model's versions side by side,
tests and insights, reviews with a rubric chart, indicators with charts, roadmap, decision."""

from __future__ import annotations

from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from jalostamo.reports.cover import cover
from jalostamo.reports.data import BoardView, ReportData, TeamView
from jalostamo.reports.document import Heading
from jalostamo.reports.fonts import FONT
from jalostamo.reports.sections import (
    board_block,
    card_block,
    decision_block,
    esc,
    fmt_date,
    indicators_block,
    members_line,
    para,
    phase_heading,
    reviews_block,
    roadmap_block,
    rubric_block,
    sessions_block,
)
from jalostamo.reports.styles import BRAND, FRAME_WIDTH, Styles, phase_color
from jalostamo.reports.workshop_report import tests_between

SIDE_GAP = 10.0


def side_by_side(data: ReportData, styles: Styles, versions: list[BoardView]) -> list[Flowable]:
    """Board versions two to a row, so that the model's change reads left to right."""
    if len(versions) == 1:  # one drawing gets the whole width: its text stays readable
        return board_block(data, styles, versions[0], max_height=330)
    half = (FRAME_WIDTH - SIDE_GAP) / 2
    cells = [board_block(data, styles, v, width=half, max_height=200, keep=False)
             for v in versions]
    rows = [cells[i:i + 2] + ([[]] if len(cells[i:i + 2]) == 1 else [])
            for i in range(0, len(cells), 2)]
    grid = Table(rows, colWidths=[half + SIDE_GAP / 2] * 2)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), SIDE_GAP / 2),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return [grid]


def story(data: ReportData, styles: Styles, team: TeamView) -> list[Flowable]:
    t = data.t
    title = team.card.get("title") or team.name
    out = cover(data, styles, t("kind.team"), f"{team.name}: {title}" if title != team.name
                else team.name)

    out.append(phase_heading(data, styles, t("card"), None))
    out += members_line(data, styles, team)
    out += card_block(data, styles, team)

    out.append(PageBreak())
    out.append(phase_heading(data, styles, t("experiment_by_phase"), None))
    for workshop in data.workshops:
        color = phase_color(workshop.phase)
        label = t("workshop_n", number=workshop.number) + f" · {t(f'phase.{workshop.phase}')}"
        style = styles.h2.clone(f"h2_{workshop.phase}", textColor=color)
        out.append(Heading(label, style, 1))
        facts = " · ".join(b for b in (fmt_date(workshop.held_on), workshop.title) if b)
        if facts:
            out.append(para(facts, styles.small))
        out.append(para(t(f"phase.{workshop.phase}.purpose"), styles.small))
        hmw = [text for number, text in team.hmw if number == workshop.number]
        if hmw:
            out.append(Paragraph(f"<b>{esc(t('hmw'))}</b><br/>"
                                 + "<br/>".join(f"• {esc(q)}" for q in hmw), styles.body))
        for number, hypothesis, observed, insight, decision in team.learning:
            if number != workshop.number:
                continue
            parts = [f"<b>{esc(t('card.hypothesis'))}:</b> {esc(hypothesis)}",
                     f"<b>{esc(t('learning.observed'))}:</b> {esc(observed)}",
                     f"<b>{esc(t('learning.insight'))}:</b> {esc(insight)}"]
            if decision:
                parts.append(f"<b>{esc(t('decision'))}:</b> {esc(t('decision.' + decision))}")
            out.append(Paragraph("<br/>".join(parts), styles.body))
        tests = tests_between(team.sessions, data, workshop)
        received = [r for r in team.reviews_received if r.workshop_number == workshop.number]
        summary = f"{t('tests')}: {len(tests)} · {t('reviews_received')}: {len(received)}"
        out.append(para(summary, styles.small))

    out.append(PageBreak())
    out.append(phase_heading(data, styles, t("board_versions"), None))
    if not team.boards:
        out.append(para(t("no_board"), styles.small))
    for board in team.boards:
        if board.title:
            out.append(para(board.title, styles.h3))
        shown = [*board.versions, board.current] if board.current.items else board.versions
        out += side_by_side(data, styles, shown or [board.current])

    out.append(PageBreak())
    out.append(phase_heading(data, styles, t("tests_and_insights"), None))
    out.append(Heading(t("tests"), styles.h2, 1))
    out += sessions_block(data, styles, team.sessions)
    out.append(Heading(t("insights"), styles.h2, 1))
    if team.insights:
        for title, text in team.insights:
            out.append(Paragraph(f"<b>{esc(title)}</b>" + (f" – {esc(text)}" if text else ""),
                                 styles.body))
    else:
        out.append(para("–", styles.small))

    out.append(PageBreak())
    out.append(phase_heading(data, styles, t("reviews"), None))
    out += rubric_block(data, styles, team.reviews_received)
    out.append(Heading(t("reviews_received"), styles.h2, 1))
    out += reviews_block(data, styles, team.reviews_received, given=False)
    out.append(Heading(t("reviews_given"), styles.h2, 1))
    out += reviews_block(data, styles, team.reviews_given, given=True)

    out.append(PageBreak())
    out.append(phase_heading(data, styles, t("indicators"), None))
    out += indicators_block(data, styles, team, BRAND)
    out.append(Spacer(1, 6))
    out.append(phase_heading(data, styles, t("roadmap"), None))
    out += roadmap_block(data, styles, team)
    out.append(Spacer(1, 6))
    out.append(phase_heading(data, styles, t("decision"), None))
    out += decision_block(data, styles, team)
    return out
