"""What a report may show about people: stable pseudonyms, withheld quotes, hidden reviewers."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

from jalostamo.i18n import translate
from jalostamo.services.name_forms import fold, name_pattern


class Content(str):
    """Text a user entered (in the programme's language, which a report in another language
    declares on its element: see reports/tagging.py)."""

    __slots__ = ()


def pseudonym_code(person_id: str) -> str:
    """A short code derived from the person's id: the same person gets it in every report."""
    return hashlib.sha256(person_id.encode("utf-8")).hexdigest()[:4].upper()


class Privacy:
    """Names of people as a report shows them, and scrubbing of free text.

    With ``pseudonymise`` every person's name becomes "Henkilö 3F9A" (in the report's
    language) and every occurrence of a known name in free text is replaced as well.
    """

    def __init__(self, people: Iterable[tuple[str, str]], *, pseudonymise: bool,
                 lang: str) -> None:
        self.pseudonymise = pseudonymise
        self.lang = lang
        self._names: dict[str, str] = {}
        #: per anchor (the first letters of a surname, folded), the people it may name
        self._by_anchor: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        for person_id, name in people:
            shown = translate("report.person", lang, code=pseudonym_code(person_id)) \
                if pseudonymise else name
            self._names[person_id] = shown
            words = name.split()
            if pseudonymise and words:
                # the name's forms as erasure finds them: inflected (Virtasen), surname
                # first, initials, e-mail addresses (services/name_forms.py); each of them
                # holds the surname's first letters, which stem changes leave alone
                anchor = fold(re.split(r"[-\u2010\u2011]", words[-1])[0])[:3] or fold(words[-1])
                self._by_anchor.setdefault(anchor, []).append((name_pattern(name), shown))
        self._anchors: re.Pattern[str] | None = None
        if self._by_anchor:
            self._anchors = re.compile("|".join(
                re.escape(a) for a in sorted(self._by_anchor, key=len, reverse=True)))

    def name(self, person_id: str | None) -> str:
        if not person_id:
            return ""
        return self._names.get(person_id, "")

    def text(self, value: str | None) -> str:
        """Free text with every known name replaced when pseudonymising."""
        if not value:
            return ""
        if self._anchors is None:
            return Content(value)
        found = set(self._anchors.findall(fold(value)))
        for anchor in sorted(found):
            for pattern, shown in self._by_anchor[anchor]:
                value = pattern.sub(lambda _m, s=shown: s, value)  # type: ignore[misc]
        return Content(value)

    def items(self, items: list[Any]) -> list[Any]:
        """Board items (dicts) with every known name replaced in their texts and labels."""
        if self._anchors is None:
            return items
        out = []
        for item in items:
            if isinstance(item, dict):
                item = dict(item)
                for key in ("text", "label"):
                    if isinstance(item.get(key), str):
                        item[key] = str(self.text(item[key]))
            out.append(item)
        return out
