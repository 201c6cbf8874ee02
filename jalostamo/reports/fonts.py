"""The report font: DejaVu Sans (covers Finnish, Swedish and common punctuation), embedded.

PDF/A needs every font embedded, so reportlab's built-in Type 1 fonts must never be used: the
TrueType family is registered once and made the canvas's initial font as well.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jalostamo.paths import asset

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_registered = False


def register_fonts() -> None:
    """Register the family (idempotent) and make it the default of every new canvas."""
    global _registered
    if not _registered:
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(asset("fonts", filename))))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                      boldItalic=FONT_BOLD_ITALIC)
        for bold, italic, name in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT_ITALIC),
                                   (1, 1, FONT_BOLD_ITALIC)):
            addMapping(FONT, bold, italic, name)
        _registered = True
    rl_config.canvas_basefontname = FONT
    # images go in as binary streams: the pure-Python ASCII85 encoder is slow and adds 25 %
    rl_config.useA85 = 0


@lru_cache(maxsize=65536)
def _unit_width(text: str, font: str) -> float:
    return float(pdfmetrics.stringWidth(text, font, 1.0))


def text_width(text: str, size: float, font: str = FONT) -> float:
    """Width of ``text`` in points; word widths are cached (board notes repeat words a lot)."""
    if " " not in text:
        return _unit_width(text, font) * size
    space = _unit_width(" ", font)
    words = text.split(" ")
    return (sum(_unit_width(w, font) for w in words) + space * (len(words) - 1)) * size


def wrap_text(text: str, width: float, size: float, font: str = FONT,
              max_lines: int | None = None) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (words longer than a line are cut)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, font) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while text_width(word, size, font) > width and len(word) > 1:
                cut = len(word)
                while cut > 1 and text_width(word[:cut], size, font) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        if lines:
            last = lines[-1]
            while last and text_width(last + "…", size, font) > width:
                last = last[:-1]
            lines[-1] = last + "…"
    return lines
