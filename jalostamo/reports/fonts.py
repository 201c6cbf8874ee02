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
    from jalostamo.reports.font_runs import register as register_fallbacks

    register_fallbacks()
    rl_config.canvas_basefontname = FONT
    # images go in as binary streams: the pure-Python ASCII85 encoder is slow and adds 25 %
    rl_config.useA85 = 0


@lru_cache(maxsize=65536)
def _unit_width(text: str, font: str) -> float:
    from jalostamo.reports.font_runs import string_width

    return float(string_width(text, font, 1.0))


def text_width(text: str, size: float, font: str = FONT) -> float:
    """Width of ``text`` in points; word widths are cached (board notes repeat words a lot)."""
    if " " not in text:
        return _unit_width(text, font) * size
    space = _unit_width(" ", font)
    words = text.split(" ")
    return (sum(_unit_width(w, font) for w in words) + space * (len(words) - 1)) * size


#: no glyph we draw is narrower than this many ems: bounds the characters a line can hold
_NARROWEST_EM = 0.1


def _longest_fitting(word: str, width: float, size: float, font: str) -> int:
    """How many leading characters of ``word`` fit in ``width`` (at least 1): a binary search,
    so a very long word costs a few measurements, not one per character."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(word[:middle], size, font) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def _hyphenated_head(word: str, width: float, size: float, font: str) -> str:
    """The longest head of ``word`` that fits ``width`` with a hyphen, broken where the
    report's language allows (:mod:`hyphenate`); "" when there is none."""
    from jalostamo.reports.hyphenate import hyphenator
    from jalostamo.reports.numbers import language

    pairs = hyphenator(language())
    if pairs is None or len(word) > 200:
        return ""
    for head, _tail in pairs(word):
        if text_width(head + "-", size, font) <= width:
            return str(head)
    return ""


def wrap_text(text: str, width: float, size: float, font: str = FONT,
              max_lines: int | None = None) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (words longer than a line are cut).

    With ``max_lines``, only as much text as that many lines could ever hold is looked at, so
    the time is bounded by the drawing, not by the length of the text."""
    if max_lines is not None:
        per_line = int(width / max(size * _NARROWEST_EM, 0.01)) + 2
        text = text[:(max_lines + 1) * per_line]
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        if max_lines is not None and len(lines) > max_lines:
            break
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, font) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while len(word) > 1 and text_width(word, size, font) > width:
                head = _hyphenated_head(word, width, size, font)
                if head:  # at a syllable, with a hyphen
                    lines.append(head + "-")
                    word = word[len(head):]
                    continue
                cut = _longest_fitting(word, width, size, font)
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
