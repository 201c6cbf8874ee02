"""The programme report: cover, contents, themes and teams, a summary matrix, each team in
brief, an indicator overview and the methods used."""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from jalostamo.reports.cover import cover
from jalostamo.reports.data import BoardView, ReportData, TeamView
from jalostamo.reports.document import Heading, contents
from jalostamo.reports.numbers import number as _number
from jalostamo.reports.sections import (
    board_block,
    decision_block,
    esc,
    fmt_date,
    fmt_num,
    members_line,
    para,
    phase_heading,
    rubric_rows,
    table,
)
from jalostamo.reports.styles import FRAME_WIDTH, Styles, phase_color
from jalostamo.reports.workshop_report import method_name

BRIEF_FIELDS = ("title", "problem", "hypothesis", "target_group", "practice")


def latest_board(team: TeamView) -> list[BoardView]:
    for board in team.boards:
        return [board.versions[-1] if board.versions else board.current]
    return []


def rubric_average(data: ReportData, team: TeamView) -> float | None:
    values = [v for _, v in rubric_rows(data, team.reviews_received) if v is not None]
    return sum(values) / len(values) if values else None


def story(data: ReportData, styles: Styles) -> list[Flowable]:
    """The report, section by section (each a named step below)."""
    t = data.t
    out = cover(data, styles, t("kind.programme"), data.programme_name)
    out.append(Heading(t("contents"), styles.h1, 0, toc=False))
    out.append(contents(styles))
    out.append(PageBreak())
    out += themes_and_workshops(data, styles)
    out.append(PageBreak())
    out += summary_matrix(data, styles)
    out.append(PageBreak())
    out += teams_in_brief(data, styles)
    out.append(PageBreak())
    out += indicator_overview(data, styles)
    out.append(Spacer(1, 8))
    out += methods_used(data, styles)
    return out


def themes_and_workshops(data: ReportData, styles: Styles) -> list[Flowable]:
    """The programme's description, its workshops (date, phase, venue) and its themes."""
    t = data.t
    out: list[Flowable] = [phase_heading(data, styles, t("themes_and_teams"), None)]
    if data.description:
        out.append(para(data.description, styles.body))
    out.append(Heading(t("workshops"), styles.h2, 1))
    rows: list[list[object]] = [[para(t(k), styles.cell_head) for k in
                                 ("workshops", "agenda.time", "phase", "venue")]]
    for w in data.workshops:
        rows.append([para(t("workshop_n", number=w.number) + (f": {w.title}" if w.title else ""),
                          styles.cell_bold),
                     para(fmt_date(w.held_on), styles.cell),
                     Paragraph(f'<font color="#{phase_color(w.phase).hexval()[2:]}">'
                               f"■</font> {esc(t(f'phase.{w.phase}'))}", styles.cell),
                     para(w.venue, styles.cell)])
    w_ = FRAME_WIDTH
    out.append(table(rows, [w_ * 0.42, w_ * 0.16, w_ * 0.17, w_ * 0.25]))
    out.append(Heading(t("themes"), styles.h2, 1))
    rows = [[para(t("themes"), styles.cell_head), para(t("teams"), styles.cell_head)]]
    for name, _color, teams in data.themes:
        rows.append([para(name, styles.cell_bold), para(", ".join(teams), styles.cell)])
    out.append(table(rows, [w_ * 0.35, w_ * 0.65]))
    return out


def summary_matrix(data: ReportData, styles: Styles) -> list[Flowable]:
    """One row a team: theme, title, versions, tests, reviews, rubric, indicators, decision."""
    t = data.t
    head = ["matrix.team", "card.theme", "card.title", "matrix.versions", "matrix.tests",
            "matrix.reviews", "matrix.rubric", "matrix.indicators", "decision"]
    rows: list[list[object]] = [[para(t(k), styles.cell_head_small) for k in head]]
    for team in data.teams:
        average = rubric_average(data, team)
        rows.append([para(team.name, styles.cell_bold),
                     para(", ".join(team.themes) or team.card_theme, styles.cell),
                     para(team.card.get("title", ""), styles.cell),
                     para(str(sum(len(b.versions) for b in team.boards)), styles.cell),
                     para(str(len(team.sessions)), styles.cell),
                     para(str(len(team.reviews_received)), styles.cell),
                     para(fmt_num1(average), styles.cell),
                     para(str(len(team.indicators)), styles.cell),
                     para(t(f"decision.{team.decision}") if team.decision else "–",
                          styles.cell)])
    widths = [FRAME_WIDTH * f for f in (0.12, 0.13, 0.21, 0.09, 0.08, 0.08, 0.10, 0.09, 0.10)]
    return [phase_heading(data, styles, t("summary_matrix"), None), table(rows, widths)]


def teams_in_brief(data: ReportData, styles: Styles) -> list[Flowable]:
    """Each team on a page of its own (see :func:`team_brief`)."""
    out: list[Flowable] = [phase_heading(data, styles, data.t("teams_in_brief"), None)]
    for n, team in enumerate(data.teams):
        if n:
            out.append(PageBreak())
        out += team_brief(data, styles, team)
    return out


def team_brief(data: ReportData, styles: Styles, team: TeamView) -> list[Flowable]:
    """A team's members, the filled fields of its card, its latest board, its counts and
    its decision."""
    t = data.t
    w_ = FRAME_WIDTH
    out: list[Flowable] = [Heading(team.name, styles.h2, 1)]
    out += members_line(data, styles, team)
    brief = [[para(t(f"card.{f}"), styles.cell_bold), para(team.card.get(f, ""), styles.cell)]
             for f in BRIEF_FIELDS if team.card.get(f, "").strip()]
    if brief:
        out.append(table(brief, [w_ * 0.28, w_ * 0.72], header=False))
    for board in latest_board(team):
        out.append(Spacer(1, 6))
        out += board_block(data, styles, board, max_height=230)
    counts = (f"{t('tests')}: {len(team.sessions)} · {t('reviews_received')}: "
              f"{len(team.reviews_received)} · {t('indicators')}: {len(team.indicators)}")
    out.append(para(counts, styles.small))
    out.append(KeepTogether([para(t("decision"), styles.h3),
                             *decision_block(data, styles, team)]))
    return out


def indicator_overview(data: ReportData, styles: Styles) -> list[Flowable]:
    """Every team's indicators: baseline, latest measurement, target and status."""
    t = data.t
    out: list[Flowable] = [phase_heading(data, styles, t("indicator_overview"), None)]
    rows: list[list[object]] = [[para(t(k), styles.cell_head) for k in
                                 ("team", "indicator.name", "indicator.baseline",
                                  "indicator.latest", "indicator.target", "indicator.status")]]
    for team in data.teams:
        for ind in team.indicators:
            latest = ind.measurements[-1][1] if ind.measurements else None
            rows.append([para(team.name, styles.cell_bold),
                         para(f"{ind.name}" + (f" ({ind.unit})" if ind.unit else ""),
                              styles.cell),
                         para(fmt_num(ind.baseline_value), styles.cell),
                         para(fmt_num(latest), styles.cell),
                         para(fmt_num(ind.target_value), styles.cell),
                         para(t(f"track.{ind.status}"), styles.cell)])
    if len(rows) > 1:
        out.append(table(rows, [FRAME_WIDTH * f for f in (0.15, 0.33, 0.11, 0.11, 0.11, 0.19)]))
    else:
        out.append(para(t("no_indicators"), styles.small))
    return out


def methods_used(data: ReportData, styles: Styles) -> list[Flowable]:
    """The workshops' methods (how often, in which workshops), the test methods and the
    review protocols."""
    t = data.t
    out: list[Flowable] = [phase_heading(data, styles, t("methods_used"), None)]
    out += workshop_methods(data, styles)
    test_methods = Counter(s.method for team in data.teams for s in team.sessions if s.method)
    if test_methods:
        out.append(para(t("methods.tests"), styles.h3))
        out.append(para(", ".join(f"{m} ({c})" for m, c in test_methods.most_common()),
                        styles.body))
    protocols = Counter(data.review_protocols)
    if protocols:
        out.append(para(t("methods.reviews"), styles.h3))
        out.append(para(", ".join(f"{t('protocol.' + p)} ({c})"
                                  for p, c in protocols.most_common()), styles.body))
    return out


def workshop_methods(data: ReportData, styles: Styles) -> list[Flowable]:
    """A table of the agenda's methods, the most used first."""
    t = data.t
    methods: Counter[str] = Counter()
    where: dict[str, set[int]] = {}
    for w in data.workshops:
        for row in w.agenda:
            name = method_name(data, row.method_key) or row.title
            methods[name] += 1
            where.setdefault(name, set()).add(w.number)
    if not methods:
        return []
    rows: list[list[object]] = [[para(t(k), styles.cell_head) for k in
                                 ("agenda.method", "methods.count", "methods.workshops")]]
    for name, count in sorted(methods.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append([para(name, styles.cell), para(str(count), styles.cell),
                     para(", ".join(str(n) for n in sorted(where[name])), styles.cell)])
    return [table(rows, [FRAME_WIDTH * 0.6, FRAME_WIDTH * 0.15, FRAME_WIDTH * 0.25])]


def fmt_num1(value: float | None) -> str:
    """An average with one decimal, as the report's language writes it."""
    return _number(value, 1)
