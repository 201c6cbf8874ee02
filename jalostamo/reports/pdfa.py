"""Turn reportlab's output into PDF/A-2b that is also tagged for PDF/UA-1: strip what PDF/A
forbids, write the structure tree (:mod:`.structure`), add the output intent and XMP metadata
(pikepdf.pdfa), validate, then add the PDF/UA identification (:mod:`.xmp_ua`)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pikepdf
import pikepdf.pdfa

from jalostamo.errors import UserError
from jalostamo.reports.structure import write_structure
from jalostamo.reports.tagging import Tagger
from jalostamo.reports.xmp_ua import own_findings, with_ua_identification


class PdfaFailed(UserError):
    key = "report.pdfa_failed"


def make_pdfa(raw: Path, out: Path, *, lang: str, tagger: Tagger | None = None) -> int:
    """Write ``raw`` as PDF/A-2b (tagged with ``tagger``'s structure, PDF/UA-1) to ``out``;
    returns the page count. ``out`` appears only when the written file passed validation."""
    fd, name = tempfile.mkstemp(prefix="jalostamo-pdfa-", suffix=".pdf")
    os.close(fd)
    checked = Path(name)
    try:
        with pikepdf.open(raw) as pdf:
            for page in pdf.pages:
                if "/Trans" in page.obj:
                    del page.obj["/Trans"]
            pdf.Root.Lang = pikepdf.String(lang)
            pdf.Root.PageMode = pikepdf.Name("/UseOutlines")
            if tagger is not None:
                write_structure(pdf, tagger, lang=lang)
            try:
                report = pikepdf.pdfa.save(pdf, checked, "2b")
            except pikepdf.pdfa.PdfaError as exc:
                raise PdfaFailed(detail=str(exc)[:300]) from exc
            if not report.passed:  # pragma: no cover - save raises instead
                raise PdfaFailed(detail="; ".join(str(f) for f in report.findings[:3]))
            pages = len(pdf.pages)
        if tagger is None:
            os.replace(checked, out)
            return pages
        with pikepdf.open(checked) as pdf:
            pdf.Root.Metadata.write(with_ua_identification(pdf.Root.Metadata.read_bytes()))
            pdf.save(out, **report.save_kwargs)
        if not passes(out):
            raise PdfaFailed(detail="PDF/UA identification")
        return pages
    finally:
        checked.unlink(missing_ok=True)


def passes(path: Path) -> bool:
    """PDF/A-2b by pikepdf's validator, but for the PDF/UA identification (:mod:`.xmp_ua`)."""
    report = pikepdf.pdfa.validate_written(path, "2b")
    return len(own_findings(report.findings)) == len(report.findings)


def check(path: Path) -> bool:
    return passes(path)
