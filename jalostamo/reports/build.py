"""``build_report``: gather, lay out, make PDF/A-2b, and write atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.platypus.flowables import Flowable

from jalostamo.errors import InvalidInput, UserError
from jalostamo.i18n import LANGUAGES
from jalostamo.reports import (
    agenda_report,
    hyphenate,
    programme_report,
    team_report,
    workshop_report,
)
from jalostamo.reports.data import ReportData, gather
from jalostamo.reports.document import ReportDocument
from jalostamo.reports.numbers import set_language
from jalostamo.reports.pdfa import make_pdfa
from jalostamo.reports.styles import Styles
from jalostamo.services import Services
from jalostamo.services.images import ImageProblem
from jalostamo.store.output import atomic_output, check_output

Kind = Literal["programme", "workshop", "team", "agenda"]
KINDS: tuple[str, ...] = ("programme", "workshop", "team", "agenda")
Progress = Callable[[int, int], bool]


class ReportCancelled(UserError):
    key = "report.cancelled"


@dataclass(frozen=True)
class ReportResult:
    path: Path
    kind: str
    lang: str
    pages: int
    size_bytes: int
    images: int
    seconds: float
    title: str
    #: photos that could not be drawn: (media id, why)
    photos_left_out: tuple[tuple[str, ImageProblem], ...] = ()


class _Progress:
    """Counts flowables laid out; asks the caller's callback whether to go on."""

    def __init__(self, callback: Progress | None, total: int) -> None:
        self.callback = callback
        self.total = max(total, 1)
        self.done = 0

    def step(self, amount: int = 1) -> None:
        self.done = min(self.done + amount, self.total - 1)
        if self.callback is not None and self.callback(self.done, self.total) is False:
            raise ReportCancelled()

    def finish(self) -> None:
        if self.callback is not None:
            self.callback(self.total, self.total)


def build_report(services: Services, out: Path, *, kind: Kind, workshop: int | None = None,
                 team: str | None = None, lang: str = "fi", pseudonymise: bool = False,
                 progress: Progress | None = None, overwrite: bool = False) -> ReportResult:
    """Write a report to ``out`` (PDF/A-2b). ``progress(done, total)`` returning False cancels
    with :class:`ReportCancelled`; ``out`` is then untouched, as after any failure. An existing
    ``out`` is replaced only with ``overwrite`` (see :mod:`jalostamo.store.output`)."""
    started = time.perf_counter()
    out = Path(out)
    if kind not in KINDS:
        raise InvalidInput("report.bad_kind", kind=kind)
    if lang not in LANGUAGES:
        raise InvalidInput("report.bad_lang", language=lang)
    set_language(lang)  # numbers and dates as this language writes them
    sources = [services.doc.path]
    check_output(out, overwrite=overwrite, sources=sources)
    meter = _Progress(progress, 1)
    meter.step(0)

    team_ids: set[str] | None = None
    if kind == "team":
        if not team:
            raise InvalidInput("report.team_required")
        team_ids = {services.teams.find(team).id}
    if kind in ("workshop", "agenda") and workshop is None:
        raise InvalidInput("report.workshop_required")
    data = gather(services, lang=lang, pseudonymise=pseudonymise, team_ids=team_ids)
    styles = Styles()
    hyphenate.apply(styles, lang)  # long words break at a syllable, with a hyphen

    t = data.t
    story: list[Flowable]
    chosen = data.workshop(int(workshop or 0)) if kind in ("workshop", "agenda") else None
    if kind in ("workshop", "agenda") and chosen is None:
        known = ", ".join(str(w.number) for w in data.workshops) or "–"
        raise InvalidInput("report.no_workshop", number=workshop, known=known)
    if kind == "agenda" and chosen is not None:
        story = agenda_report.story(data, styles, chosen)
        title = f"{t('agenda')}: {t('workshop_n', number=chosen.number)} – " \
                f"{data.programme_name}"
        subject = t("subject.agenda", number=chosen.number, programme=data.programme_name)
    elif kind == "workshop" and chosen is not None:
        story = workshop_report.story(data, styles, chosen)
        title = f"{t('kind.workshop')}: {t('workshop_n', number=chosen.number)} – " \
                f"{data.programme_name}"
        subject = t("subject.workshop", number=chosen.number, programme=data.programme_name)
    elif kind == "team":
        view = data.teams[0]
        story = team_report.story(data, styles, view)
        title = f"{t('kind.team')}: {view.name} – {data.programme_name}"
        subject = t("subject.team", team=view.name, programme=data.programme_name)
    else:
        story = programme_report.story(data, styles)
        title = f"{t('kind.programme')}: {data.programme_name}"
        subject = t("subject.programme", programme=data.programme_name)

    passes = 2
    meter.total = 2 + len(story) * passes + 1
    meter.step()
    try:
        with atomic_output(out, overwrite=overwrite, sources=sources) as final_tmp:
            pages = _write(data, styles, story, final_tmp, title=title, subject=subject,
                           meter=meter, cover=kind != "agenda")
    finally:
        data.images.close()
    meter.finish()
    return ReportResult(path=out, kind=kind, lang=lang, pages=pages,
                        size_bytes=out.stat().st_size, images=data.images.loaded,
                        seconds=time.perf_counter() - started, title=title,
                        photos_left_out=tuple(data.images.left_out))


def _author(data: ReportData) -> str:
    names = [name for name, _role in data.facilitators if name]
    return ", ".join(names) or data.organiser or "Jalostamo"


def _write(data: ReportData, styles: Styles, story: list[Flowable], final_tmp: Path, *,
           title: str, subject: str, meter: _Progress, cover: bool = True) -> int:
    """Lay out into a temporary file, convert to PDF/A into ``final_tmp`` (beside the target,
    which :func:`atomic_output` then replaces)."""
    fd, raw_name = tempfile.mkstemp(prefix="jalostamo-report-", suffix=".pdf")
    os.close(fd)
    raw = Path(raw_name)
    try:
        doc = ReportDocument(
            str(raw), styles=styles, running_title=f"{data.programme_name} · {title.split(':')[0]}",
            footer=title, page_label=lambda page, total: data.t("page_of", page=page,
                                                                pages=total),
            progress=meter.step, title=title, author=_author(data), subject=subject,
            keywords=[k.strip() for k in data.t("keywords").split(",")],
            creator="Jalostamo", lang=data.lang)
        if not cover:  # a printable agenda starts on an ordinary page
            doc._firstPageTemplateIndex = 1
        story.insert(0, doc.page_total)
        doc.multiBuild(story, canvasmaker=doc.tagged(lang=data.lang,
                                                     content_lang=data.content_lang))
        meter.step()
        return make_pdfa(raw, final_tmp, lang=data.lang, tagger=doc.taggers[-1])
    finally:
        with contextlib.suppress(OSError):
            raw.unlink()

