"""The cover page shared by every report kind."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepInFrame,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from jalostamo.reports.data import ReportData
from jalostamo.reports.document import Heading
from jalostamo.reports.fonts import FONT_BOLD, wrap_text
from jalostamo.reports.sections import esc, fmt_date
from jalostamo.reports.styles import FRAME_WIDTH, Styles
from jalostamo.reports.tagging import tag

#: the frame starts 24 mm below the page's top; the blue band ends 142.6 mm below it
BAND_TOP = 40 * mm
BAND_BLOCK = 74 * mm
#: height the title may take on the cover's band, in points
TITLE_ROOM = 100.0


class CoverBookmark(Heading):
    """The cover's title as the first bookmark; takes no room (the title is drawn in the
    band, where a nested flowable could not make a bookmark)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.a11y_role = None  # the title drawn in the band is the H1 (reports/tagging.py)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


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
    band = [
        Paragraph(esc(kind_title.upper()), styles.cover_sub),
        Spacer(1, 3 * mm),
        tag(Paragraph(esc(subtitle), title_style(styles, subtitle)), "H1"),
        Spacer(1, 2 * mm),
        Paragraph(esc(data.programme_name if subtitle != data.programme_name
                      else data.organiser), styles.cover_sub),
    ]
    # a fixed-height cell, bottom-aligned, that shrinks a very long title rather than
    # letting it run over the band's edge
    block = Table([[KeepInFrame(FRAME_WIDTH, BAND_BLOCK - 6 * mm, band, mode="shrink")]],
                  colWidths=[FRAME_WIDTH], rowHeights=[BAND_BLOCK])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("FONTNAME", (0, 0), (-1, -1), FONT_BOLD),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm)]))
    return [
        CoverBookmark(subtitle, styles.cover_title, 0, toc=False),
        Spacer(1, BAND_TOP),
        block,
        Spacer(1, 30 * mm),
        Paragraph("<br/>".join(meta), styles.cover_meta),
        Spacer(1, 8 * mm),
        Paragraph(esc(" ".join(notes)), styles.small),
        NextPageTemplate("body"),
        PageBreak(),
    ]
