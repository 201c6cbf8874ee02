"""The report document: page templates, cover, bookmarks, contents and "page X of Y".

A :class:`Heading` carries its outline level; :class:`ReportDocument` turns each into a
bookmark (and a contents entry) as it is laid out, and reports progress so that a caller can
cancel between flowables.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, PageTemplate, Paragraph, TableStyle
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from jalostamo.reports.font_runs import draw_string, markup
from jalostamo.reports.fonts import FONT, FONT_BOLD
from jalostamo.reports.passes import LayoutFrame, contents_seed
from jalostamo.reports.passes import install as remember_layouts
from jalostamo.reports.styles import (
    BRAND,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
    PHASE_COLORS,
    PHASE_ORDER,
    RULE,
    Styles,
)
from jalostamo.reports.tagging import TaggedCanvas, Tagger, TocTags, artifact, install


class Heading(Paragraph):
    """A heading that becomes a bookmark at ``level`` (0 = top) and a contents entry."""

    def __init__(self, text: str, style: Any, level: int, *, toc: bool = True) -> None:
        super().__init__(markup(_escape(text), FONT), style)
        self.plain = text
        self.level = level
        self.toc = toc
        self.a11y_role: str | None = f"H{level + 1}"  # see reports/tagging.py


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PageTotal(Flowable):
    """An invisible indexing flowable: asks for another pass until the page count is stable,
    so that every footer can say "page X of Y" with the final Y (bookmarks stay intact)."""

    def __init__(self) -> None:
        super().__init__()
        self.total: int | None = None
        self._previous: int | None = None

    def isIndexing(self) -> bool:
        return True

    def isSatisfied(self) -> bool:
        return self.total is not None and self.total == self._previous

    def beforeBuild(self) -> None:
        self._previous = self.total

    def afterBuild(self) -> None:
        pass

    def notify(self, kind: str, stuff: Any) -> None:
        pass

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class ReportDocument(BaseDocTemplate):
    def __init__(self, filename: str, *, styles: Styles, running_title: str, footer: str,
                 page_label: Callable[[int, int], str],
                 progress: Callable[[], None] | None = None, **metadata: Any) -> None:
        super().__init__(filename, pagesize=PAGE_SIZE, leftMargin=MARGIN_X,
                         rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, initialFontName=FONT,
                         displayDocTitle=True, **metadata)
        self.styles = styles
        self.running_title = running_title
        self.footer = footer
        self.page_label = page_label
        self.page_total = PageTotal()
        self._progress = progress
        frame = LayoutFrame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [frame], onPage=self._cover_page),
            PageTemplate("body", [frame], onPage=self._body_page),
        ])
        self._bookmark_count = 0
        self.taggers: list[Tagger] = []
        self._draft = True

    def tagged(self, *, lang: str, content_lang: str) -> Any:
        """A canvas maker for :meth:`multiBuild`: each pass draws on a canvas with a new
        :class:`Tagger`; the last one (``self.taggers[-1]``) has the structure written."""
        install()

        def make(*args: Any, **kwargs: Any) -> TaggedCanvas:
            tagger = Tagger(lang, content_lang)
            self.taggers.append(tagger)
            return TaggedCanvas(*args, tagger=tagger, **kwargs)

        return make

    def _cover_page(self, canvas: Canvas, doc: Any) -> None:
        if self.draft:
            return
        with artifact(canvas):
            self._draw_cover_page(canvas)

    def _draw_cover_page(self, canvas: Canvas) -> None:
        width, height = PAGE_SIZE
        canvas.saveState()
        canvas.setFillColor(BRAND)
        canvas.rect(0, height * 0.52, width, height * 0.48, stroke=0, fill=1)
        band = width / 4
        for n, phase in enumerate(PHASE_ORDER):
            canvas.setFillColor(PHASE_COLORS[phase])
            canvas.rect(n * band, height * 0.52 - 5 * mm, band, 5 * mm, stroke=0, fill=1)
        _double_diamond(canvas, width - MARGIN_X - 78 * mm, height - 62 * mm, 78 * mm)
        canvas.restoreState()

    def _body_page(self, canvas: Canvas, doc: Any) -> None:
        if self.draft:
            return
        with artifact(canvas):
            self._draw_body_page(canvas, doc)

    def _draw_body_page(self, canvas: Canvas, doc: Any) -> None:
        width, height = PAGE_SIZE
        canvas.saveState()
        canvas.setFillColor(BRAND)
        canvas.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
        band = 30 * mm / 4
        for n, phase in enumerate(PHASE_ORDER):
            canvas.setFillColor(PHASE_COLORS[phase])
            canvas.rect(width - MARGIN_X - 30 * mm + n * band, height - 9 * mm, band, 9 * mm,
                        stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, 8)
        draw_string(canvas, MARGIN_X, height - 6 * mm, self.running_title, FONT_BOLD, 8)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, 14 * mm, width - MARGIN_X, 14 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        draw_string(canvas, MARGIN_X, 10 * mm, self.footer, FONT, 7.5)
        total = self.page_total._previous or self.page_total.total or 0
        canvas.drawRightString(width - MARGIN_X, 10 * mm, self.page_label(doc.page, total))
        canvas.restoreState()

    @property
    def draft(self) -> bool:
        """True during the first layout pass, which is never the one written: nothing is drawn
        (:mod:`.passes`), the layout is the same."""
        return self._draft

    def multiBuild(self, story: list[Flowable], maxPasses: int = 10,
                   **kwargs: Any) -> int:
        """reportlab's passes, the first one laid out only, with the contents known in
        advance (:mod:`.passes`)."""
        for flowable in story:
            if isinstance(flowable, Contents):
                flowable._entries = contents_seed(story, self._contents_entry)
        self._draft = True
        remember_layouts()
        return int(super().multiBuild(story, maxPasses, **kwargs))

    def _allSatisfied(self) -> bool:
        """Stable, and drawn: after a pass that only laid out, always one more."""
        happy = bool(super()._allSatisfied())
        was_draft, self._draft = self._draft, False
        return happy and not was_draft

    @staticmethod
    def _contents_entry(heading: Heading, key: str) -> tuple[int, str] | None:
        if heading.toc and heading.level <= 1:
            return heading.level, markup(_escape(heading.plain), FONT)
        return None

    def afterPage(self) -> None:
        self.page_total.total = self.page

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            key = f"h{self._bookmark_count}"
            self._bookmark_count += 1
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.plain, key, level=flowable.level,
                                      closed=flowable.level > 0)
            entry = self._contents_entry(flowable, key)
            if entry is not None:
                self.notify("TOCEntry", (*entry, self.page, key))
        if self._progress is not None:
            self._progress()

    def handle_documentBegin(self) -> None:
        self._bookmark_count = 0
        super().handle_documentBegin()


class Contents(TableOfContents):
    """The table of contents, tagged as TOC / TOCI."""

    tags = TocTags()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        size = super().wrap(avail_width, avail_height)
        self._table._renderCB = self.tags
        return size


def contents(styles: Styles) -> TableOfContents:
    toc = Contents(dotsMinLevel=0, tableStyle=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    toc.levelStyles = [styles.toc1, styles.toc2]
    return toc


def _double_diamond(canvas: Canvas, x: float, y: float, width: float) -> None:
    """The Double Diamond, each half-diamond in its phase colour, as the cover's emblem."""
    h = width * 0.42
    quarter = width / 4
    mid = y + h / 2
    for n, phase in enumerate(PHASE_ORDER):
        canvas.setFillColor(PHASE_COLORS[phase])
        path = canvas.beginPath()
        x0 = x + n * quarter
        if n % 2 == 0:  # diverging: a point opens to full height
            path.moveTo(x0, mid)
            path.lineTo(x0 + quarter, y + h)
            path.lineTo(x0 + quarter, y)
        else:  # converging: full height closes to a point
            path.moveTo(x0, y + h)
            path.lineTo(x0 + quarter, mid)
            path.lineTo(x0, y)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
