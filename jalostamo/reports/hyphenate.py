"""Hyphenation of report paragraphs and table cells, so a long word breaks at a syllable with a
hyphen ("Lapsi-perheet", "Gransk-ningar") instead of anywhere ("Lapsiperhe|et").

Swedish and English use pyphen's dictionaries (``sv``, ``en_GB``). pyphen has no Finnish
dictionary; Finnish syllables follow one regular rule, which :func:`finnish_breaks` applies: a
break comes before a consonant that is followed by a vowel, and between two vowels that are
neither a long vowel nor a diphthong. reportlab asks for the break points through the
paragraph style's ``hyphenationLang`` (a language or a callable giving ``(head, tail)`` pairs,
the longest head first, as ``pyphen.Pyphen.iterate`` does).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle

VOWELS = frozenset("aeiouyäöå")
DIPHTHONGS = frozenset({"ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu", "iu", "ou", "ey",
                        "äy", "öy", "ie", "uo", "yö"})
#: pyphen's dictionary of each report language; Finnish has its own rule
PYPHEN_LANGS = {"sv": "sv", "en": "en_GB"}
#: the styles of running text and table cells; headings and the cover stay unbroken
HYPHENATED_STYLES = ("body", "small", "cell", "cell_bold", "quote", "withheld")
MIN_PART = 2


def finnish_breaks(word: str) -> list[int]:
    """Positions in ``word`` where a Finnish hyphen may go (before ``word[i]``)."""
    return list(_finnish_breaks(word))


@lru_cache(maxsize=50_000)  # a report asks again for the same words, pass after pass
def _finnish_breaks(word: str) -> tuple[int, ...]:
    lower = word.lower()
    start = next((i for i, c in enumerate(lower) if c.isalpha()), len(lower))
    end = len(lower)
    while end > start and not lower[end - 1].isalpha():
        end -= 1
    core = lower[start:end]
    if len(core) < 2 * MIN_PART or not core.isalpha():
        return ()
    points = []
    nucleus = 1 if core[0] in VOWELS else 0  # vowels in the current syllable's nucleus
    for i in range(1, len(core)):
        c, before = core[i], core[i - 1]
        if c not in VOWELS:
            nucleus = 0
            if i + 1 < len(core) and core[i + 1] in VOWELS:
                points.append(i)
        elif before not in VOWELS:
            nucleus = 1
        elif nucleus == 1 and (before == c or before + c in DIPHTHONGS):
            nucleus = 2  # a long vowel or a diphthong: one syllable
        else:
            points.append(i)  # a new syllable begins with this vowel ("lau-an-tai")
            nucleus = 1
    # each part must hold a vowel and at least MIN_PART letters
    ok = [p for p in points
          if p >= MIN_PART and len(core) - p >= MIN_PART
          and any(ch in VOWELS for ch in core[:p]) and any(ch in VOWELS for ch in core[p:])]
    return tuple(start + p for p in ok)


def finnish_pairs(word: str) -> Iterator[tuple[str, str]]:
    """``(head, tail)`` at each break, the longest head first (pyphen's ``iterate``)."""
    for point in reversed(finnish_breaks(word)):
        yield word[:point], word[point:]


@lru_cache(maxsize=4)
def hyphenator(lang: str) -> Callable[[str], Iterator[tuple[str, str]]] | None:
    if lang == "fi":
        return finnish_pairs
    name = PYPHEN_LANGS.get(lang)
    if name is None:
        return None
    try:
        import pyphen
    except ImportError:  # pragma: no cover - a dependency; without it words break as before
        return None
    dictionary = pyphen.Pyphen(lang=name)
    return dictionary.iterate


def apply(styles: object, lang: str) -> None:
    """Hyphenate the running text and table cells of ``styles`` in ``lang``."""
    chosen = hyphenator(lang)
    if chosen is None:
        return
    for name in HYPHENATED_STYLES:
        style = getattr(styles, name, None)
        if isinstance(style, ParagraphStyle):
            style.hyphenationLang = chosen
            style.embeddedHyphenation = 1  # "15–29-vuotiaat" may break at its own hyphen
