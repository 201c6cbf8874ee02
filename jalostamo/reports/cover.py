"""The cover page shared by every report kind."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from jalostamo.reports.data import ReportData
from jalostamo.reports.sections import esc, fmt_date
from jalostamo.reports.styles import Styles


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
        Spacer(1, 62 * mm),
        Paragraph(esc(kind_title.upper()), styles.cover_sub),
        Spacer(1, 4 * mm),
        Paragraph(esc(subtitle), styles.cover_title),
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
