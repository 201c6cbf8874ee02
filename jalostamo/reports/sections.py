"""Building blocks shared by the reports: card, board, tests, reviews, indicators, roadmap."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.platypus import (
    KeepInFrame,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from jalostamo.models import CARD_TEXT_FIELDS
from jalostamo.reports import numbers
from jalostamo.reports.alt_text import board_alt, chart_values
from jalostamo.reports.board_sections import board_template, severity_mark, votes_block
from jalostamo.reports.boards import BoardFlowable
from jalostamo.reports.charts import indicator_chart, rubric_chart
from jalostamo.reports.data import BoardView, ReportData, ReviewView, SessionView, TeamView
from jalostamo.reports.document import Heading
from jalostamo.reports.font_runs import markup
from jalostamo.reports.fonts import FONT
from jalostamo.reports.privacy import Content
from jalostamo.reports.styles import (
    BRAND,
    FRAME_WIDTH,
    PAPER_TINT,
    RULE,
    Styles,
    phase_color,
)
from jalostamo.reports.tagging import CONTENT, TableTags, tag
from jalostamo.reports.views import IndicatorView

QUADRANTS = ("likes", "criticisms", "questions", "ideas")
QUADRANT_COLORS = {"likes": "#5E8C61", "criticisms": "#B5523B", "questions": "#3E7C99",
                   "ideas": "#B9834A"}


#: the most of one text a report shows: in running text, in a table cell, on a feedback note.
#: Layout time grows faster than the text, so a text as long as an import allows (a million
#: characters) would stall every report; what is cut ends in "…".
BODY_CHARS = 20_000
CELL_CHARS = 1_500
NOTE_CHARS = 600


def cut(text: str | None, limit: int = BODY_CHARS) -> str:
    text = text or ""
    return text if len(text) <= limit else text[:limit].rstrip() + " …"


def esc(text: str | None, limit: int = BODY_CHARS) -> str:
    """User text as paragraph markup: escaped, cut, each run of characters DejaVu lacks in a
    fallback font (:mod:`font_runs`)."""
    return markup(cut(text, limit).replace("&", "&amp;").replace("<", "&lt;")
                  .replace(">", "&gt;").replace("\n", "<br/>"), FONT)


def para(text: str | None, style: object) -> Paragraph:
    in_cell = str(getattr(style, "name", "")).startswith(("cell", "withheld"))
    p = Paragraph(esc(text, CELL_CHARS if in_cell else BODY_CHARS), style)
    return tag(p, lang=CONTENT) if isinstance(text, Content) else p


def fmt_date(day: date | None) -> str:
    """A date as the report's language writes it (:mod:`numbers`)."""
    return numbers.day(day)


def fmt_num(value: float | None) -> str:
    """A number as the report's language writes it ("59,8" in Finnish and Swedish)."""
    return numbers.number(value)


#: the tallest a table cell may be drawn (points): a row cannot split over pages, so a cell
#: of a very long text is cut here rather than failing the whole report
MAX_CELL_HEIGHT = 560


def _bounded(cell: object) -> object:
    if isinstance(cell, Flowable):
        return KeepInFrame(0, MAX_CELL_HEIGHT, [cell], mode="truncate")
    return cell


def table(rows: Sequence[Sequence[object]], widths: Sequence[float], *, header: bool = True,
          head_color: colors.Color = BRAND, zebra: bool = True) -> Table:
    t = Table([[_bounded(cell) for cell in r] for r in rows], colWidths=list(widths),
              repeatRows=1 if header else 0,
              renderCB=TableTags(header_rows=1 if header else 0, row_headers=not header))
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), head_color))
    if zebra:
        for row in range(1 if header else 0, len(rows), 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), PAPER_TINT))
    t.setStyle(TableStyle(commands))
    return t


def phase_heading(data: ReportData, styles: Styles, text: str, phase: str | None,
                  level: int = 0) -> Heading:
    """A level-0 heading on a band in its phase's colour (or the brand colour)."""
    from reportlab.lib.styles import ParagraphStyle

    style = ParagraphStyle(f"band_{phase}", parent=styles.h1, backColor=phase_color(phase),
                           textColor=colors.white, borderPadding=(5, 6, 5, 6), spaceBefore=6,
                           spaceAfter=12)
    return Heading(text, style, level)


def card_block(data: ReportData, styles: Styles, team: TeamView, *,
               fields: Sequence[str] = CARD_TEXT_FIELDS) -> list[Flowable]:
    t = data.t
    rows = []
    if team.card_theme:
        rows.append([para(t("card.theme"), styles.cell_bold), para(team.card_theme, styles.cell)])
    for name in fields:
        value = team.card.get(name, "")
        if value.strip():
            rows.append([para(t(f"card.{name}"), styles.cell_bold), para(value, styles.cell)])
    if team.starts_on or team.ends_on:
        rows.append([para(t("card.period"), styles.cell_bold),
                     para(f"{fmt_date(team.starts_on)} – {fmt_date(team.ends_on)}", styles.cell)])
    if not rows:
        return [para(t("card.empty"), styles.small)]
    return [table(rows, [FRAME_WIDTH * 0.28, FRAME_WIDTH * 0.72], header=False)]


def decision_block(data: ReportData, styles: Styles, team: TeamView) -> list[Flowable]:
    if not team.decision:
        return [para(data.t("decision.none"), styles.body)]
    out: list[Flowable] = [Paragraph(f"<b>{esc(data.t('decision.' + team.decision))}</b>",
                                     styles.body)]
    if team.decision_reasoning:
        out.append(para(team.decision_reasoning, styles.body))
    return out


def board_block(data: ReportData, styles: Styles, board: BoardView, width: float = FRAME_WIDTH,
                max_height: float = 300, *, keep: bool = True) -> list[Flowable]:
    caption = f"{board.title} · {board.label}" if board.title else board.label
    if not board.items:
        return [para(caption, styles.small), para(data.t("no_board"), styles.small)]
    drawing = BoardFlowable(board.items, data.images, width, max_height,
                            withheld_text=data.t("photo_withheld"),
                            template=board_template(board.template_key, data.lang),
                            dots=board.dots)
    tag(drawing, "Figure", alt=board_alt(caption, board.items, data.tr, data.photo_alt))
    undescribed = data.tr("a11y.photo_undescribed")
    drawing.__dict__["a11y_photos"] = {  # each photo a Figure inside the board's
        str(i.get("media_id")): data.photo_alt.get(str(i.get("media_id")), "") or undescribed
        for i in board.items if isinstance(i, dict) and i.get("kind") == "photo"}
    parts: list[Flowable] = [drawing, Spacer(1, 2), para(caption, styles.small)]
    parts += votes_block(data, styles, board, width)
    return [KeepTogether(parts)] if keep else parts


def sessions_block(data: ReportData, styles: Styles, sessions: list[SessionView]
                   ) -> list[Flowable]:
    t = data.t
    if not sessions:
        return [para(t("no_tests"), styles.small)]
    out: list[Flowable] = []
    for s in sessions:
        bits = [fmt_date(s.held_on), s.place, s.segment,
                t("session_participants", count=s.participants) if s.participants else "",
                s.method]
        if s.has_minors:
            bits.append(t("session_minors", guardian=t("yes" if s.consent_guardian else "no")))
        title = Paragraph(f"<b>{esc(' · '.join(b for b in bits if b))}</b>", styles.body)
        head = [para(t(f"quadrant.{q}"), styles.cell_head) for q in QUADRANTS]
        columns: list[list[Flowable]] = []
        for q in QUADRANTS:
            parts = []
            for note in (n for n in s.notes if n.quadrant == q):
                text = severity_mark(note.severity) + esc(note.text, NOTE_CHARS)
                if note.withheld:
                    parts.append(f'<font color="#8A5A00"><i>{text}</i></font>')
                elif note.is_quote:
                    parts.append(f"<i>“{text}”</i>")
                else:
                    parts.append(f"• {text}")
            columns.append([Paragraph(part, styles.cell) for part in parts])
        # one row per note, so that many notes flow over pages (a row cannot split)
        depth = max(1, *(len(c) for c in columns))
        body = [[c[i] if i < len(c) else (Paragraph("–", styles.cell) if i == 0 else "")
                 for c in columns] for i in range(depth)]
        grid = table([head, *body], [FRAME_WIDTH / 4] * 4, zebra=False)
        grid.setStyle(TableStyle([("BACKGROUND", (i, 0), (i, 0),
                                   colors.HexColor(QUADRANT_COLORS[q]))
                                  for i, q in enumerate(QUADRANTS)]
                                 + [("LINEAFTER", (0, 0), (-2, -1), 0.4, RULE)]))
        out += [KeepTogether([title, grid]), Spacer(1, 6)]
    return out


def reviews_block(data: ReportData, styles: Styles, reviews: list[ReviewView], *,
                  given: bool) -> list[Flowable]:
    t = data.t
    shown = [r for r in reviews if not (given and (r.anonymous_round or r.anonymous))]
    hidden = sum(1 for r in reviews if given and r.anonymous_round)
    # a review whose reviewer asked to stay anonymous, listed under the team that gave it,
    # would name that team
    hidden_reviews = len(reviews) - len(shown) - hidden
    out: list[Flowable] = []
    if not reviews:
        return [para(t("no_reviews"), styles.small)]
    for r in shown:
        who = t("review_of", team=data.team_name(r.reviewee_team_id)) if given \
            else t("review_by", reviewer=r.reviewer)
        header = " · ".join(b for b in (
            t("workshop_n", number=r.workshop_number) if r.workshop_number else "",
            r.round_title, t(f"protocol.{r.protocol}")) if b)
        block: list[Flowable] = [Paragraph(f"<b>{esc(who)}</b>", styles.body),
                                 para(header, styles.small)]
        if r.focusing_question:
            block.append(Paragraph(f"<i>{esc(t('focusing_question'))}:</i> "
                                   f"{esc(r.focusing_question)}", styles.cell))
        for column, text in r.notes:
            label = t(f"column.{column}")
            if label.startswith("report.column."):
                label = column.replace("_", " ").capitalize()
            block.append(Paragraph(f"<b>{esc(label)}:</b> {esc(text)}", styles.cell))
        if r.summary:
            block.append(Paragraph(f"<i>{esc(t('summary'))}:</i> {esc(r.summary)}", styles.cell))
        block.append(Spacer(1, 5))
        out.append(KeepTogether(block))
    if hidden:
        out.append(para(t("anonymous_given", count=hidden), styles.small))
    if hidden_reviews:
        out.append(para(t("anonymous_reviews_given", count=hidden_reviews), styles.small))
    return out


def rubric_rows(data: ReportData, reviews: list[ReviewView]) -> list[tuple[str, float | None]]:
    rows: list[tuple[str, float | None]] = []
    for criterion_id, label in data.criteria:
        scores = [r.scores[criterion_id] for r in reviews if criterion_id in r.scores]
        rows.append((label, sum(scores) / len(scores) if scores else None))
    return rows


def rubric_block(data: ReportData, styles: Styles, reviews: list[ReviewView],
                 color: colors.Color = BRAND) -> list[Flowable]:
    rows = rubric_rows(data, reviews)
    if not rows or all(v is None for _, v in rows):
        return []
    scored = sum(1 for r in reviews if r.scores)
    chart = tag(rubric_chart(rows, FRAME_WIDTH * 0.8, color), "Figure",
                alt=f"{data.tr('a11y.rubric_chart')} " + chart_values(
                    [(label, f"{v:.1f}" if v is not None else data.tr("a11y.no_value"))
                     for label, v in rows]))
    return [KeepTogether([para(data.t("rubric_chart", count=scored), styles.h3), chart])]


def indicators_block(data: ReportData, styles: Styles, team: TeamView,
                     color: colors.Color = BRAND) -> list[Flowable]:
    t = data.t
    if not team.indicators:
        return [para(t("no_indicators"), styles.small)]
    out: list[Flowable] = []
    for ind in team.indicators:
        facts = [(t("indicator.definition"), ind.definition), (t("indicator.unit"), ind.unit),
                 (t("indicator.source"), ind.data_source),
                 (t("indicator.frequency"), ind.frequency), (t("indicator.owner"), ind.owner),
                 (t("indicator.baseline"),
                  f"{fmt_num(ind.baseline_value)} ({fmt_date(ind.baseline_on)})"
                  if ind.baseline_value is not None else ""),
                 (t("indicator.target"),
                  f"{fmt_num(ind.target_value)} ({fmt_date(ind.target_on)})"
                  if ind.target_value is not None else ""),
                 (t("indicator.meaningful_change"),
                  f"± {fmt_num(ind.meaningful_change)}" if ind.meaningful_change else "")]
        rows = [[para(k, styles.cell_bold), para(v, styles.cell)] for k, v in facts if v]
        block: list[Flowable] = [para(ind.name, styles.h3)]
        if rows:  # an indicator may have only its name so far
            block.append(table(rows, [FRAME_WIDTH * 0.28, FRAME_WIDTH * 0.72], header=False))
        if ind.measurements or ind.baseline_value is not None:
            block.append(Spacer(1, 4))
            block.append(tag(indicator_chart(
                ind.measurements, baseline=ind.baseline_value, baseline_on=ind.baseline_on,
                target=ind.target_value, target_on=ind.target_on,
                meaningful_change=ind.meaningful_change, width=FRAME_WIDTH, color=color,
                labels=(t("indicator.baseline"), t("indicator.target"), t("indicator.band"))),
                "Figure", alt=indicator_alt(data, ind)))
        if not ind.measurements:
            block.append(para(t("indicator.no_measurements"), styles.small))
        out.append(KeepTogether(block))
        out.append(Spacer(1, 6))
    return out


def indicator_alt(data: ReportData, ind: IndicatorView) -> str:
    t = data.t
    values = [(t("indicator.baseline"), fmt_num(ind.baseline_value)),
              (t("indicator.target"), fmt_num(ind.target_value)),
              *((fmt_date(day), fmt_num(value)) for day, value in ind.measurements)]
    return f"{data.tr('a11y.indicator_chart', name=ind.name[:150])} {chart_values(values)}."


def roadmap_block(data: ReportData, styles: Styles, team: TeamView) -> list[Flowable]:
    t = data.t
    if not team.roadmap:
        return [para(t("no_roadmap"), styles.small)]
    rows: list[list[object]] = [[para(t(h), styles.cell_head) for h in
                                 ("roadmap.when", "roadmap.kind", "roadmap.item",
                                  "roadmap.status")]]
    for kind, title, description, starts, ends, status in sorted(
            team.roadmap, key=lambda r: (r[3] or date.max, r[1])):
        when = fmt_date(starts) + (f" – {fmt_date(ends)}" if ends and ends != starts else "")
        text = f"<b>{esc(title)}</b>" + (f"<br/>{esc(description)}" if description else "")
        rows.append([para(when, styles.cell), para(t(f"roadmap.kind.{kind}"), styles.cell),
                     Paragraph(text, styles.cell), para(t(f"roadmap.status.{status}"),
                                                        styles.cell)])
    w = FRAME_WIDTH
    return [table(rows, [w * 0.2, w * 0.17, w * 0.48, w * 0.15])]


def members_line(data: ReportData, styles: Styles, team: TeamView) -> list[Flowable]:
    if not team.members and not team.themes:
        return []
    parts = []
    if team.themes:
        parts.append(f"<b>{esc(data.t('themes'))}:</b> {esc(', '.join(team.themes))}")
    if team.members:
        people = ", ".join(f"{name} ({role})" + (f" – {details}" if details else "")
                           for name, role, details in team.members)
        parts.append(f"<b>{esc(data.t('members'))}:</b> {esc(people)}")
    return [Paragraph("<br/>".join(parts), styles.body)]
