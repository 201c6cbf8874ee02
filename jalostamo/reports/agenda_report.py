"""The printable agenda of one workshop: a page or two to hand out before the day, with each
activity's times, method card, minutes, who leads it and its instructions."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from jalostamo.reports.data import ReportData, WorkshopView
from jalostamo.reports.sections import esc, fmt_date, para, phase_heading, table
from jalostamo.reports.styles import FRAME_WIDTH, Styles, phase_color
from jalostamo.reports.workshop_report import method_name


def story(data: ReportData, styles: Styles, workshop: WorkshopView) -> list[Flowable]:
    t = data.t
    heading = t("agenda") + " · " + t("workshop_n", number=workshop.number)
    out: list[Flowable] = [phase_heading(data, styles, heading, workshop.phase)]
    phase_name = t(f"phase.{workshop.phase}")
    facts = [fmt_date(workshop.held_on), workshop.venue or data.venue, workshop.title,
             f"{t('double_diamond')}: {phase_name}"]
    out.append(Paragraph(f"<b>{esc(data.programme_name)}</b><br/>"
                         + esc(" · ".join(f for f in facts if f)), styles.body))
    if not workshop.agenda:
        out.append(para(t("agenda.empty"), styles.small))
        return out
    rows: list[list[object]] = [[para(t(k), styles.cell_head) for k in
                                 ("agenda.time", "agenda.activity", "agenda.method",
                                  "agenda.minutes", "agenda.who")]]
    for row in workshop.agenda:
        activity: list[object] = [para(row.title, styles.cell_bold)]
        if row.instructions.strip():
            activity.append(para(row.instructions, styles.cell))
        rows.append([para(f"{row.starts}–{row.ends}", styles.cell), activity,
                     para(method_name(data, row.method_key), styles.cell),
                     para(str(row.minutes), styles.cell), para(row.who, styles.cell)])
    w = FRAME_WIDTH
    out.append(table(rows, [w * 0.14, w * 0.38, w * 0.25, w * 0.07, w * 0.16],
                     head_color=phase_color(workshop.phase)))
    total = sum(row.minutes for row in workshop.agenda)
    out.append(Spacer(1, 2 * mm))
    out.append(Paragraph(esc(t("agenda.total", minutes=total, starts=workshop.agenda[0].starts,
                                ends=workshop.agenda[-1].ends)), styles.small))
    return out
