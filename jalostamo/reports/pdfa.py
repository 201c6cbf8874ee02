"""Turn reportlab's output into PDF/A-2b: strip what PDF/A forbids, add the output intent and
XMP metadata (pikepdf.pdfa), and validate the bytes written."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pikepdf.pdfa

from jalostamo.errors import UserError
from jalostamo.reports.tounicode import fix_to_unicode


class PdfaFailed(UserError):
    key = "report.pdfa_failed"


def make_pdfa(raw: Path, out: Path, *, lang: str) -> int:
    """Write ``raw`` as PDF/A-2b to ``out``; returns the page count. ``out`` appears only when
    the written file passed validation."""
    with pikepdf.open(raw) as pdf:
        fix_to_unicode(pdf)
        for page in pdf.pages:
            if "/Trans" in page.obj:
                del page.obj["/Trans"]
        pdf.Root.Lang = pikepdf.String(lang)
        pdf.Root.PageMode = pikepdf.Name("/UseOutlines")
        try:
            report = pikepdf.pdfa.save(pdf, out, "2b")
        except pikepdf.pdfa.PdfaError as exc:
            raise PdfaFailed(detail=str(exc)[:300]) from exc
        if not report.passed:  # pragma: no cover - save raises instead
            raise PdfaFailed(detail="; ".join(str(f) for f in report.findings[:3]))
        return len(pdf.pages)


def check(path: Path) -> bool:
    with pikepdf.open(path) as pdf:
        return bool(pikepdf.pdfa.check(pdf, "2b").passed)
