"""Fallback fonts: every character of user text is drawn with a font that has its glyph.

DejaVu Sans covers Finnish, Swedish and most of Europe; an emoji in a feedback note, Chinese
characters in a team name or Arabic in a quote are drawn from a bundled fallback font (Noto
Emoji, Noto Sans Symbols, Noto Sans Arabic, Noto Sans Hebrew, Droid Sans Fallback for CJK). A
character no bundled font has becomes U+FFFD (never the ``.notdef`` glyph, which PDF/A
refuses). Arabic is shaped into its presentation forms (``arabic_reshaper``) and right-to-left
runs are put into visual order (``python-bidi``), so they are at least readable.

Text is split into *runs* of one font each: :func:`markup` for paragraph markup (a run in a
fallback font gets a ``<font face>`` tag), :func:`draw_string` / :func:`string_width` for the
canvas (board drawings, page headers), :func:`label_group` for charts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jalostamo.paths import asset

EMOJI = "NotoEmoji"
SYMBOLS = "NotoSansSymbols"
ARABIC = "NotoSansArabic"
HEBREW = "NotoSansHebrew"
CJK = "DroidSansFallbackCJK"

#: tried in this order after the text's own font
FALLBACKS: tuple[tuple[str, str], ...] = (
    (SYMBOLS, "NotoSansSymbols-Regular.ttf"),
    (ARABIC, "NotoSansArabic-Regular.ttf"),
    (HEBREW, "NotoSansHebrew-Regular.ttf"),
    (CJK, "DroidSansFallback-CJK.ttf"),
    (EMOJI, "NotoEmoji-Regular.ttf"),
)
RTL_FONTS = (ARABIC, HEBREW)
REPLACEMENT = "\ufffd"
#: invisible characters that select a presentation: dropped when their font lacks them
_INVISIBLE = {0xFE0E, 0xFE0F, 0x200D, 0x200C, 0x200B, 0x2060, 0xFEFF}
#: emoji modifiers a monochrome face draws as stray squares: an emoji's variation selector,
#: the joiner of a sequence (👨‍👩‍👧 shows as its people) and skin tones
_DROPPED = {0xFE0E, 0xFE0F, 0x200D, *range(0x1F3FB, 0x1F400)}
#: characters DejaVu has in every one of its four faces: text of only these skips the work
_FAST = re.compile(r"[\t\n\r\x20-\x7e\xa0-\u024f\u2000-\u2064\u20ac]*")
_WHITE = {0x09, 0x0A, 0x0D}

_registered = False


def register() -> None:
    """Register the fallback fonts once (each face stands for its own bold and italic)."""
    global _registered
    if _registered:
        return
    for name, filename in FALLBACKS:
        pdfmetrics.registerFont(TTFont(name, str(asset("fonts", filename))))
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)
    _registered = True


@lru_cache(maxsize=16)
def _coverage(font: str) -> frozenset[int]:
    register()
    face = pdfmetrics.getFont(font).face
    return frozenset(code for code, glyph in face.charToGlyph.items() if glyph)


@lru_cache(maxsize=8)
def _base_coverage(font: str) -> frozenset[int]:
    """A DejaVu face's characters, but only those every face of the family has: a run in a
    bold or italic tag must not fall on a missing glyph either."""
    from jalostamo.reports.fonts import FONT, FONT_BOLD, FONT_BOLD_ITALIC, FONT_ITALIC

    family = (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC)
    if font in family:
        common = _coverage(FONT)
        for face in family[1:]:
            common &= _coverage(face)
        return common
    return _coverage(font)


def _font_of(code: int, base: str) -> str | None:
    if code in _base_coverage(base):
        return base
    for name, _file in FALLBACKS:
        if code in _coverage(name):
            return name
    return None


def _rtl_font(code: int, base: str) -> str | None:
    for name in RTL_FONTS:  # Arabic and Hebrew letters look best in their own Noto face
        if code in _coverage(name):
            return name
    return _font_of(code, base)


def runs(text: str, base: str) -> list[tuple[str, str]]:
    """``text`` as ``(font, segment)`` runs; a right-to-left run is shaped and reversed into
    the order it is drawn in."""
    if _FAST.fullmatch(text):
        return [(base, text)] if text else []
    out: list[tuple[str, bool, list[str]]] = []
    for char in unicodedata.normalize("NFC", text):
        code = ord(char)
        if code in _DROPPED:
            continue
        rtl = unicodedata.bidirectional(char) in ("R", "AL")
        if code in _WHITE:
            font: str | None = base
        else:
            font = _rtl_font(code, base) if rtl else _font_of(code, base)
        category = unicodedata.category(char)
        if font is None:
            if code in _INVISIBLE or category in ("Cf", "Mn", "Me"):
                continue  # a joiner, a variation selector or a mark no font has: left out
            font, char = base, REPLACEMENT
        if out and (category in ("Mn", "Me") or (char.isspace() and out[-1][1])) \
                and code in _coverage(out[-1][0]) | {0x20}:
            out[-1][2].append(char)  # a mark stays on its letter; a space inside RTL text
            continue
        if char.isspace():
            font = base
        if out and out[-1][0] == font and out[-1][1] == rtl:
            out[-1][2].append(char)
        else:
            out.append((font, rtl, [char]))
    result = []
    for font, rtl, chars in out:
        segment = "".join(chars)
        if rtl:
            segment, font = _visual(segment, font, base)
        result.append((font, segment))
    return _merge(result)


def _merge(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    merged: list[tuple[str, str]] = []
    for font, segment in parts:
        if merged and merged[-1][0] == font:
            merged[-1] = (font, merged[-1][1] + segment)
        else:
            merged.append((font, segment))
    return merged


def _visual(segment: str, font: str, base: str) -> tuple[str, str]:
    """A right-to-left run shaped (Arabic) and in the order it is drawn left to right."""
    trailing = len(segment) - len(segment.rstrip())
    core = segment.rstrip()
    try:
        import arabic_reshaper
        from bidi import get_display

        visual = str(get_display(arabic_reshaper.reshape(core), base_dir="R"))
    except Exception:  # an odd sequence must never cost the report: plain reversal
        visual = core[::-1]
    covered = _coverage(font) | {0x20}
    if any(ord(c) not in covered for c in visual):
        visual = core[::-1]  # the shaped forms are missing: the letters as they are
    return visual + " " * trailing, font


_TOKEN = re.compile(r"(<[^>]*>|&#?\w+;)")


def markup(text: str, base: str) -> str:
    """Paragraph markup with every run of fallback characters in a ``<font face>`` tag.

    ``text`` is markup already (escaped user text, tags of our own): tags and entities are
    kept as they are, only the text between them is split."""
    if _FAST.fullmatch(text):
        return text
    pieces = []
    for token in _TOKEN.split(text):
        if not token or token.startswith("<") or (token.startswith("&") and token.endswith(";")):
            pieces.append(token)
            continue
        for font, segment in runs(token, base):
            pieces.append(segment if font == base else f'<font face="{font}">{segment}</font>')
    return "".join(pieces)


def string_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` drawn run by run."""
    return sum(pdfmetrics.stringWidth(segment, run_font, size)
               for run_font, segment in runs(text, font))


def draw_string(canvas: object, x: float, y: float, text: str, font: str, size: float, *,
                anchor: str = "start") -> None:
    """Draw ``text`` on a reportlab canvas, each run in its font; ``anchor`` is start, middle
    or end as for reportlab's String."""
    parts = runs(text, font)
    width = sum(pdfmetrics.stringWidth(s, f, size) for f, s in parts)
    if anchor == "middle":
        x -= width / 2
    elif anchor == "end":
        x -= width
    for run_font, segment in parts:
        canvas.setFont(run_font, size)  # type: ignore[attr-defined]
        canvas.drawString(x, y, segment)  # type: ignore[attr-defined]
        x += pdfmetrics.stringWidth(segment, run_font, size)
    canvas.setFont(font, size)  # type: ignore[attr-defined]


def chart_strings(x: float, y: float, text: str, font: str, size: float, anchor: str
                  ) -> Iterator[tuple[float, str, str]]:
    """For a chart label: ``(x, font, segment)`` for each run, left-anchored."""
    parts = runs(text, font)
    width = sum(pdfmetrics.stringWidth(s, f, size) for f, s in parts)
    if anchor == "middle":
        x -= width / 2
    elif anchor == "end":
        x -= width
    for run_font, segment in parts:
        yield x, run_font, segment
        x += pdfmetrics.stringWidth(segment, run_font, size)
