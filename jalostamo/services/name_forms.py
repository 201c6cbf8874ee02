"""Finding a person's name in free text, with its Finnish inflected forms (for erasure).

What is found, for a full name such as "Katja Lehtinen" (any letter case):

- the name as written, with any white space between the words (two spaces, a line break, a
  tab, a no-break space U+00A0 or U+202F) and either Unicode form of the letters (NFC "ä" or
  NFD "a" + U+0308); hyphens in a name also as U+2010/U+2011, a line break may follow one;
- surname first: "Lehtinen Katja", "LEHTINEN Katja", "Lehtinen, Katja";
- an initial for each first name, with its full stop, and the surname: "K. Lehtinen",
  "K.Lehtinen", "A.-L. Mäki-Petäjä";
- e-mail addresses made of the name, with Finnish letters folded ("Mäkelä" → makela):
  katja.lehtinen@…, katja_lehtinen@…, katjalehtinen@…, lehtinen.katja@…, k.lehtinen@…,
  klehtinen@…, lehtinenk@… (the whole address is matched), and any address given in
  ``emails`` (the person's stored address).

Whichever word comes last (the surname, or the first name in the surname-first order) takes
the case endings, and some change it:

- glued endings keep it whole: "Maija Virtanenkin", "Jukkaa", "Jukkana", and foreign names
  with a colon: "Lee:lle";
- surnames in -nen take an -s- stem: Virtanen → Virtasen, Virtaselle, Virtasta, Virtasia;
- names with kk, pp or tt before the last vowel weaken it: Jukka → Jukan, Jukalle; Antti →
  Antin; Seppo → Sepon.

A one-word name must stand alone or carry a case ending, so that erasing "Anna" leaves
"Annamari" be. Every form must end where a word ends ("Katja Lehtisalo" is someone else).

Not found, on purpose: a first name or a surname alone ("Lehtisen kirjasto" may be another
Lehtinen, or a place), initials without the surname, the surname followed by initials
("Lehtinen K."), nicknames, and other stem changes (Lahti → Lahden, rare consonant pairs).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

#: endings a name takes without changing (cases, plural cases; clitics follow separately)
_WHOLE = ("n", "a", "ä", "ta", "tä", "na", "nä", "ksi", "ssa", "ssä", "sta", "stä", "lla",
          "llä", "lta", "ltä", "lle", "t", "an", "en", "in", "on", "un", "yn", "än", "ön",
          "hin", "seen", "ine", "ineen", "ja", "jä", "ia", "iä", "ille", "illa", "illä",
          "ilta", "iltä", "issa", "issä", "ista", "istä", "iin", "ihin", "ina", "inä", "iksi",
          "ien", "iden", "jen", "tten")
#: after the -s- stem of a -nen surname (Virtas-)
_NEN = ("en", "ta", "tä", "ena", "enä", "eksi", "essa", "essä", "esta", "estä", "ella",
        "ellä", "elta", "eltä", "elle", "eeseen", "et", "ten", "ia", "iä", "ille", "illa",
        "illä", "ilta", "iltä", "issa", "issä", "ista", "istä", "iin", "ineen", "ine", "ina",
        "inä", "iksi", "iden", "ien")
#: after a weakened stem (Juka-, Anti-)
_WEAK = ("n", "lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta", "stä", "ksi", "t", "ne")
_CLITICS = ("kin", "kaan", "kään", "han", "hän", "ko", "kö", "pa", "pä")
_GRADATION = re.compile(r"^(.*)(kk|pp|tt)([aeiouyäö])$", re.IGNORECASE)

_HYPHENS = "-\u2010\u2011"
#: a word ends here: no letter, digit or combining mark follows
_END = r"(?![\w\u0300-\u036f])"
_START = r"(?<![\w\u0300-\u036f])"
_SPACE = r"\s+"  # in a str pattern \s also matches U+00A0, U+202F, tabs and line breaks
_HYPHEN = f"[{_HYPHENS}]\\s*"
#: what may stand around the local part of an e-mail address
_MAIL_START = r"(?<![\w.+\-])"
_MAIL_DOMAIN = r"\d*@[\w\-]+(?:\.[\w\-]+)+"


def _lit(text: str) -> str:
    """``text`` as a pattern: each letter in its NFC or NFD form, any white space for a space,
    any hyphen for a hyphen."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        if char.isspace():
            out.append(_SPACE)
        elif char in _HYPHENS:
            out.append(_HYPHEN)
        else:
            decomposed = unicodedata.normalize("NFD", char)
            out.append(re.escape(char) if decomposed == char
                       else f"(?:{re.escape(char)}|{re.escape(decomposed)})")
    return "".join(out)


def _any_of(endings: Iterable[str]) -> str:
    return "(?:" + "|".join(_lit(e) for e in sorted(endings, key=len, reverse=True)) + ")"


def _last_word(word: str) -> str:
    """The word that takes the case endings, with its inflected forms, up to the word's end."""
    clitics = _any_of(_CLITICS) + "?"
    forms = [_lit(word) + f"(?:{_any_of(_WHOLE)}|:\\w+)?" + clitics]
    if len(word) > 4 and word.lower().endswith("nen"):
        forms.append(_lit(word[:-3] + "s") + _any_of(_NEN) + clitics)
    graded = _GRADATION.match(word)
    if graded:
        weak = graded.group(1) + graded.group(2)[0] + graded.group(3)
        forms.append(_lit(weak) + _any_of(_WEAK) + clitics)
    return "(?:" + "|".join(forms) + ")" + _END


def fold(text: str) -> str:
    """Lower case without accents, as in e-mail addresses: "Mäkelä" → "makela"."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _initials(word: str) -> str:
    """"K." for Katja; "A.-L.", "A-L." or "A.L." for Anna-Liisa (the last full stop needed)."""
    parts = [p for p in re.split(f"[{_HYPHENS}]", word) if p]
    letters = [_lit(p[0]) for p in parts]
    between = r"\.?\s*(?:[" + _HYPHENS + r"]\s*)?"
    return between.join(letters) + r"\."


def _mail_words(word: str) -> list[str]:
    """A name word as it may appear in an address: folded, hyphens kept, dropped or dotted."""
    folded = fold(word)
    variants = {folded}
    for sep in ("", ".", "_"):
        variants.add(re.sub(f"[{_HYPHENS}]", sep, folded))
    variants.add(word.casefold())
    return sorted(variants, key=len, reverse=True)


def _mail_forms(first: str, last: str) -> list[str]:
    firsts = "(?:" + "|".join(re.escape(v) for v in _mail_words(first)) + ")"
    lasts = "(?:" + "|".join(re.escape(v) for v in _mail_words(last)) + ")"
    parts = [p for p in re.split(f"[{_HYPHENS}]", fold(first)) if p]
    initial = "(?:" + "|".join(sorted({re.escape(parts[0][0]),
                                        re.escape("".join(p[0] for p in parts))},
                                       key=len, reverse=True)) + ")"
    sep = "[._\\-]?"
    locals_ = [firsts + sep + lasts, lasts + sep + firsts, initial + sep + lasts,
               lasts + sep + initial]
    return [_MAIL_START + "(?:" + "|".join(locals_) + ")" + _MAIL_DOMAIN]


def name_pattern(name: str, *, emails: Iterable[str] = ()) -> re.Pattern[str]:
    """A pattern that finds ``name`` and its forms (see the module's docstring), in any letter
    case; ``emails`` are addresses of the person to find as they are."""
    words = unicodedata.normalize("NFC", " ".join(name.split())).split(" ")
    forms = [_MAIL_START + re.escape(e.strip()) + r"(?![\w\-])"
             for e in emails if e and e.strip()]
    if len(words) == 1:
        word = words[0]
        forms.append(_MAIL_START + "(?:" + "|".join(re.escape(v) for v in _mail_words(word))
                     + ")" + _MAIL_DOMAIN)
        forms.append(_START + _last_word(word))
    else:
        given, surname = words[:-1], words[-1]
        forms += _mail_forms(given[0], surname)
        given_order = _SPACE.join(_lit(w) for w in given)
        forms.append(_START + given_order + _SPACE + _last_word(surname))
        surname_first = _SPACE.join([_lit(w) for w in given[:-1]] + [_last_word(given[-1])])
        forms.append(_START + _lit(surname) + r"(?:\s*,\s*|\s+)" + surname_first)
        initials = r"\s*".join(_initials(w) for w in given)
        forms.append(_START + "(?:" + initials + "|" + _initials(given[0]) + r")\s*"
                     + _last_word(surname))
    return re.compile("(?:" + "|".join(forms) + ")", re.IGNORECASE)


def quick_test(name: str, *, emails: Iterable[str] = ()) -> Callable[[str], bool]:
    """A fast test, True for every text in which :func:`name_pattern` may find something:
    every form holds the start of the last word's stem, or a given address, once folded."""
    words = unicodedata.normalize("NFC", " ".join(name.split())).split(" ")
    last = words[-1]
    part = re.split(f"[{_HYPHENS}]", last)[0] or last
    stems = [part]
    if part == last:  # a hyphenated word changes after its first part only
        if len(last) > 4 and last.lower().endswith("nen"):
            stems.append(last[:-3])
        graded = _GRADATION.match(last)
        if graded:
            stems.append(graded.group(1) + graded.group(2)[0])
    folded = [fold(s) for s in stems]
    common = min(folded, key=len)
    while not all(f.startswith(common) for f in folded):
        common = common[:-1]
    anchors = [common]
    anchors += [fold(e.strip()) for e in emails if e and e.strip()]

    def could_mention(text: str) -> bool:
        folded = fold(text)
        return any(anchor in folded for anchor in anchors)

    return could_mention
