"""The workshop report: the phase and the agenda, then every team's card, its model as it
stood for this workshop, its tests since the previous workshop and the reviews of the day."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, PageBreak, Paragraph
from reportlab.platypus.flowables import Flowable

from jalostamo.reports.cover import cover
from jalostamo.reports.data import BoardView, ReportData, SessionView, TeamView, WorkshopView
from jalostamo.reports.document import Heading
from jalostamo.reports.sections import (
    board_block,
    card_block,
    esc,
    fmt_date,
    members_line,
    para,
    phase_heading,
    reviews_block,
    rubric_block,
    sessions_block,
    table,
)
from jalostamo.reports.styles import FRAME_WIDTH, Styles, phase_color


def board_for(team: TeamView, number: int) -> list[BoardView]:
    """Each board's version for workshop ``number``; else its latest earlier version; else
    the board as it stands."""
    chosen = []
    for board in team.boards:
        exact = [v for v in board.versions if v.workshop_number == number]
        earlier = [v for v in board.versions
                   if v.workshop_number is not None and v.workshop_number < number]
        chosen.append(exact[-1] if exact else earlier[-1] if earlier else board.current)
    return chosen


def tests_between(sessions: list[SessionView], data: ReportData, workshop: WorkshopView
                  ) -> list[SessionView]:
    earlier = [w.held_on for w in data.workshops
               if w.number < workshop.number and w.held_on is not None]
    start = max(earlier) if earlier else None
    end = workshop.held_on
    return [s for s in sessions if s.held_on is not None
            and (start is None or s.held_on > start) and (end is None or s.held_on <= end)]


def story(data: ReportData, styles: Styles, workshop: WorkshopView) -> list[Flowable]:
    t = data.t
    phase_name = t(f"phase.{workshop.phase}")
    heading = t("workshop_n", number=workshop.number) + f" · {phase_name}"
    subtitle = (t("workshop_n", number=workshop.number) + f": {workshop.title}"
                if workshop.title else heading)
    out = cover(data, styles, t("kind.workshop"), subtitle)
    color = phase_color(workshop.phase)

    out.append(phase_heading(data, styles, heading, workshop.phase))
    facts = " · ".join(b for b in (fmt_date(workshop.held_on), workshop.venue, workshop.title)
                       if b)
    if facts:
        out.append(Paragraph(f"<b>{esc(facts)}</b>", styles.body))
    out.append(Paragraph(f"<b>{esc(t('double_diamond'))} – {esc(phase_name)}:</b> "
                         f"{esc(t(f'phase.{workshop.phase}.purpose'))}", styles.body))
    out += attendance_block(data, styles, workshop)
    out.append(Heading(t("agenda"), styles.h2, 1))
    if workshop.agenda:
        rows: list[list[object]] = [[para(t(k), styles.cell_head) for k in
                                     ("agenda.time", "agenda.activity", "agenda.method",
                                      "agenda.minutes", "agenda.who")]]
        for row in workshop.agenda:
            rows.append([para(f"{row.starts}–{row.ends}", styles.cell),
                         para(row.title, styles.cell_bold),
                         para(method_name(data, row.method_key), styles.cell),
                         para(str(row.minutes), styles.cell), para(row.who, styles.cell)])
        w = FRAME_WIDTH
        out.append(table(rows, [w * 0.15, w * 0.38, w * 0.2, w * 0.08, w * 0.19],
                         head_color=color))
    else:
        out.append(para(t("agenda.empty"), styles.small))

    for team in data.teams:
        out.append(PageBreak())
        out.append(phase_heading(data, styles, team.name, workshop.phase))
        out += members_line(data, styles, team)
        out.append(Heading(t("card"), styles.h2, 1))
        out += card_block(data, styles, team)
        out.append(CondPageBreak(260))
        out.append(Heading(t("visual_model"), styles.h2, 1))
        boards = board_for(team, workshop.number)
        if not boards:
            out.append(para(t("no_board"), styles.small))
        for board in boards:
            out += board_block(data, styles, board, max_height=330)
        out.append(Heading(t("tests_since"), styles.h2, 1))
        out += sessions_block(data, styles, tests_between(team.sessions, data, workshop))
        received = [r for r in team.reviews_received if r.workshop_number == workshop.number]
        given = [r for r in team.reviews_given if r.workshop_number == workshop.number]
        out.append(Heading(t("reviews_received"), styles.h2, 1))
        out += rubric_block(data, styles, received, color)
        out += reviews_block(data, styles, received, given=False)
        out.append(Heading(t("reviews_given"), styles.h2, 1))
        out += reviews_block(data, styles, given, given=True)
    return out


def attendance_block(data: ReportData, styles: Styles, workshop: WorkshopView
                     ) -> list[Flowable]:
    """Who was present, a line per group."""
    t = data.t
    out: list[Flowable] = [Heading(t("attendance"), styles.h2, 1)]
    if not workshop.present:
        out.append(para(t("attendance.none"), styles.small))
        return out
    lines = [f"<b>{esc(group)}:</b> {esc(', '.join(names))}" for group, names in workshop.present]
    count = sum(len(names) for _group, names in workshop.present)
    lines.append(esc(t("attendance.count", count=count)))
    out.append(Paragraph("<br/>".join(lines), styles.body))
    return out


def method_name(data: ReportData, key: str) -> str:
    """The method card's name in the report's language (the key itself for unknown keys)."""
    if not key:
        return ""
    from jalostamo.services.guide import OWN_PREFIX, method

    if key.startswith(OWN_PREFIX):  # the facilitator's own method card, named in its key
        return key[len(OWN_PREFIX):]

    card = method(key, data.lang)
    return card.name if card is not None else key.replace("_", " ").capitalize()
