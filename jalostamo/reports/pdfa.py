"""Turn reportlab's output into PDF/A-2b that is also tagged for PDF/UA-1: strip what PDF/A
forbids, write the structure tree (:mod:`.structure`), let pikepdf.pdfa add the output intent
and XMP metadata, add the PDF/UA identification (:mod:`.xmp_ua`), then validate the bytes
written."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pikepdf.pdfa

from jalostamo.errors import UserError
from jalostamo.reports.structure import write_structure
from jalostamo.reports.tagging import Tagger
from jalostamo.reports.tounicode import fix_to_unicode
from jalostamo.reports.xmp_ua import own_findings, with_ua_identification

FLAVOUR = "2b"


class PdfaFailed(UserError):
    key = "report.pdfa_failed"


def make_pdfa(raw: Path, out: Path, *, lang: str, tagger: Tagger | None = None) -> int:
    """Write ``raw`` as PDF/A-2b (tagged with ``tagger``'s structure, PDF/UA-1) to ``out``;
    returns the page count. The caller removes ``out`` when this raises (it is the temporary
    file of :func:`jalostamo.store.output.atomic_output`)."""
    with pikepdf.open(raw) as pdf:
        fix_to_unicode(pdf)
        for page in pdf.pages:
            if "/Trans" in page.obj:
                del page.obj["/Trans"]
        pdf.Root.Lang = pikepdf.String(lang)
        pdf.Root.PageMode = pikepdf.Name("/UseOutlines")
        if tagger is not None:
            write_structure(pdf, tagger, lang=lang)
        pikepdf.pdfa.prepare(pdf, FLAVOUR)
        if tagger is not None:
            pdf.Root.Metadata.write(with_ua_identification(pdf.Root.Metadata.read_bytes()))
        save_kwargs = pikepdf.pdfa.resolve_save_kwargs(FLAVOUR)
        pdf.save(out, **save_kwargs)
        pages = len(pdf.pages)
    report = pikepdf.pdfa.validate_written(out, FLAVOUR, save_kwargs=save_kwargs)
    problems = [f for f in report.findings if f not in own_findings(report.findings)]
    if problems:
        raise PdfaFailed(detail="; ".join(str(f) for f in problems[:3])[:300])
    return pages


def passes(path: Path) -> bool:
    """PDF/A-2b by pikepdf's validator, but for the PDF/UA identification (:mod:`.xmp_ua`)."""
    report = pikepdf.pdfa.validate_written(path, FLAVOUR)
    return len(own_findings(report.findings)) == len(report.findings)


def check(path: Path) -> bool:
    return passes(path)
