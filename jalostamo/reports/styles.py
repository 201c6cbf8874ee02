"""The visual identity of every report: page geometry, colours, paragraph styles.

Four calm colours mark the phases of the Double Diamond everywhere (cover, headings, charts).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from jalostamo.models import Phase
from jalostamo.reports.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#CBD2D9")
PAPER_TINT = colors.HexColor("#F4F6F8")
BRAND = colors.HexColor("#1F3A5F")  # deep municipal blue
BRAND_LIGHT = colors.HexColor("#DCE4EE")
WITHHELD = colors.HexColor("#8A5A00")

PHASE_COLORS: dict[Phase, colors.Color] = {
    Phase.DISCOVER: colors.HexColor("#3E7C99"),  # lake blue
    Phase.DEFINE: colors.HexColor("#5E8C61"),    # pine green
    Phase.DEVELOP: colors.HexColor("#B9834A"),   # birch ochre
    Phase.DELIVER: colors.HexColor("#7D5A86"),   # heather plum
}
PHASE_ORDER = (Phase.DISCOVER, Phase.DEFINE, Phase.DEVELOP, Phase.DELIVER)


def phase_color(phase: Phase | str | None) -> colors.Color:
    try:
        return PHASE_COLORS[Phase(phase)] if phase else BRAND
    except ValueError:
        return BRAND


def hex_color(value: str | None, fallback: colors.Color = BRAND_LIGHT) -> colors.Color:
    """A ``#RRGGBB`` (or ``#RRGGBBAA``) colour from the data; anything odd gives ``fallback``."""
    if not value or not value.startswith("#") or len(value) not in (7, 9):
        return fallback
    try:
        return colors.HexColor(value[:7])
    except ValueError:
        return fallback


def lighten(color: colors.Color, amount: float = 0.8) -> colors.Color:
    return colors.Color(color.red + (1 - color.red) * amount,
                        color.green + (1 - color.green) * amount,
                        color.blue + (1 - color.blue) * amount)


class Styles:
    """Paragraph styles, all in the embedded font."""

    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK,
                              alignment=TA_LEFT, spaceAfter=4)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5,
                                    textColor=MUTED, spaceAfter=2)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=FONT_BOLD)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=FONT_BOLD,
                                        textColor=colors.white)
        self.cell_head_small = ParagraphStyle("cell_head_small", parent=self.cell_head,
                                              fontSize=7, leading=9)
        # a heading line and its list, spaced as the paragraph with line breaks they were
        self.list_head = ParagraphStyle("list_head", parent=base, spaceAfter=0)
        self.list_item = ParagraphStyle("list_item", parent=base, spaceAfter=0)
        self.quote = ParagraphStyle("quote", parent=base, fontName=FONT_ITALIC, leftIndent=8)
        self.withheld = ParagraphStyle("withheld", parent=self.cell, fontName=FONT_ITALIC,
                                       textColor=WITHHELD)
        self.h1 = ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=18, leading=23,
                                 textColor=BRAND, spaceBefore=4, spaceAfter=8, keepWithNext=1)
        self.h2 = ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=13, leading=17,
                                 textColor=BRAND, spaceBefore=10, spaceAfter=5, keepWithNext=1)
        self.h3 = ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=10.5,
                                 leading=14, textColor=INK, spaceBefore=7, spaceAfter=3,
                                 keepWithNext=1)
        self.toc1 = ParagraphStyle("toc1", parent=base, fontName=FONT_BOLD, fontSize=10.5,
                                   leading=15, leftIndent=0)
        self.toc2 = ParagraphStyle("toc2", parent=base, fontSize=9.5, leading=13, leftIndent=14)
        self.cover_title = ParagraphStyle("cover_title", parent=base, fontName=FONT_BOLD,
                                          fontSize=30, leading=36, textColor=colors.white)
        self.cover_sub = ParagraphStyle("cover_sub", parent=base, fontSize=14, leading=19,
                                        textColor=colors.white)
        self.cover_meta = ParagraphStyle("cover_meta", parent=base, fontSize=10.5, leading=15,
                                         textColor=INK)

    def heading(self, level: int) -> ParagraphStyle:
        return {1: self.h1, 2: self.h2}.get(level, self.h3)
