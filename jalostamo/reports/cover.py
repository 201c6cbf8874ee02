"""The cover page shared by every report kind."""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from jalostamo.reports.data import ReportData
from jalostamo.reports.document import Heading
from jalostamo.reports.fonts import FONT_BOLD, wrap_text
from jalostamo.reports.sections import esc, fmt_date
from jalostamo.reports.styles import FRAME_WIDTH, Styles

#: height the title may take on the cover's band, in points
TITLE_ROOM = 118.0


def title_style(styles: Styles, title: str) -> ParagraphStyle:
    """The largest title size whose lines fit on the cover's band."""
    for size in (30.0, 26.0, 22.0, 19.0, 16.0):
        leading = size * 1.2
        lines = wrap_text(title, FRAME_WIDTH, size, FONT_BOLD)
        if len(lines) * leading <= TITLE_ROOM:
            break
    return ParagraphStyle(f"cover_title_{size:g}", parent=styles.cover_title, fontSize=size,
                          leading=leading)


def cover(data: ReportData, styles: Styles, kind_title: str, subtitle: str) -> list[Flowable]:
    t = data.t
    meta = []
    if data.organiser:
        meta.append(f"<b>{esc(t('organiser'))}:</b> {esc(data.organiser)}")
    if data.venue:
        meta.append(f"<b>{esc(t('venue'))}:</b> {esc(data.venue)}")
    if data.starts_on or data.ends_on:
        meta.append(f"{fmt_date(data.starts_on)} – {fmt_date(data.ends_on)}")
    if data.facilitators:
        names = ", ".join(name + (f" ({role})" if role else "") for name, role in data.facilitators)
        meta.append(f"<b>{esc(t('facilitators'))}:</b> {esc(names)}")
    meta.append(esc(t("produced", date=fmt_date(date.today()))))
    notes = [t("privacy_note")]
    if data.privacy.pseudonymise:
        notes.insert(0, t("pseudonymised_note"))
    return [
        Spacer(1, 64 * mm),
        Paragraph(esc(kind_title.upper()), styles.cover_sub),
        Spacer(1, 3 * mm),
        Heading(subtitle, title_style(styles, subtitle), 0, toc=False),
        Spacer(1, 3 * mm),
        Paragraph(esc(data.programme_name if subtitle != data.programme_name
                      else data.organiser), styles.cover_sub),
        Spacer(1, 52 * mm),
        Paragraph("<br/>".join(meta), styles.cover_meta),
        Spacer(1, 8 * mm),
        Paragraph(esc(" ".join(notes)), styles.small),
        NextPageTemplate("body"),
        PageBreak(),
    ]
