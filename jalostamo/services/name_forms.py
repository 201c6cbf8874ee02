"""Finding a person's name in free text, with its Finnish inflected forms (for erasure).

A name in Finnish text takes case endings, and some change the name itself:

- glued endings keep it whole: "Maija Virtanenkin", "Jukalle"'s strong forms "Jukkaa",
  "Jukkana", and foreign names with a colon: "Lee:lle";
- surnames in -nen take an -s- stem: Virtanen → Virtasen, Virtaselle, Virtasta, Virtasia;
- names with kk, pp or tt before the last vowel weaken it: Jukka → Jukan, Jukalle; Antti →
  Antin; Seppo → Sepon.

Only the last word of a full name inflects ("Maija Virtaselle"). A one-word name must stand
alone or carry a case ending, so that erasing "Anna" leaves "Annamari" be. Other stem changes
(Lahti → Lahden, rare consonant pairs) are not covered.
"""

from __future__ import annotations

import re

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
_CLITICS = r"(?:kin|kaan|kään|han|hän|ko|kö|pa|pä)?"
_GRADATION = re.compile(r"^(.*)(kk|pp|tt)([aeiouyäö])$", re.IGNORECASE)


def _any_of(endings: tuple[str, ...]) -> str:
    return "(?:" + "|".join(sorted(endings, key=len, reverse=True)) + ")"


def name_pattern(name: str) -> re.Pattern[str]:
    """A pattern that finds ``name`` and its inflected forms, in any letter case."""
    name = name.strip()
    words = name.split()
    head, last = (" ".join(words[:-1]) + " ", words[-1]) if len(words) > 1 else ("", name)
    stems = []
    if len(last) > 4 and last.lower().endswith("nen"):
        stems.append(re.escape(head + last[:-3] + "s") + _any_of(_NEN))
    graded = _GRADATION.match(last)
    if graded:
        weak = graded.group(1) + graded.group(2)[0] + graded.group(3)
        stems.append(re.escape(head + weak) + _any_of(_WEAK))
    end = _CLITICS + r"(?!\w)"
    if head:  # a full name: any ending glued to it (the way it was found before)
        forms = [re.escape(name)] + [stem + end for stem in stems]
    else:  # one word: alone, or with a case ending
        forms = [re.escape(name) + f"(?:{_any_of(_WHOLE)}|:\\w+)?" + end]
        forms += [stem + end for stem in stems]
    return re.compile(r"(?<!\w)(?:" + "|".join(forms) + ")", re.IGNORECASE)
