"""What a report may show about people: stable pseudonyms, withheld quotes, hidden reviewers."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

from jalostamo.i18n import translate


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
        replacements: dict[str, str] = {}
        for person_id, name in people:
            shown = translate("report.person", lang, code=pseudonym_code(person_id)) \
                if pseudonymise else name
            self._names[person_id] = shown
            if pseudonymise and name.strip():
                replacements[name.strip()] = shown
        self._replacements = replacements
        self._pattern: re.Pattern[str] | None = None
        if replacements:
            alternatives = sorted(replacements, key=len, reverse=True)
            self._pattern = re.compile(
                r"(?<!\w)(" + "|".join(re.escape(n) for n in alternatives) + r")(?!\w)",
                re.IGNORECASE)
            self._lookup = {n.casefold(): v for n, v in replacements.items()}

    def name(self, person_id: str | None) -> str:
        if not person_id:
            return ""
        return self._names.get(person_id, "")

    def text(self, value: str | None) -> str:
        """Free text with every known name replaced when pseudonymising."""
        if not value:
            return ""
        if self._pattern is None:
            return Content(value)
        return Content(self._pattern.sub(
            lambda m: self._lookup.get(m.group(1).casefold(), m.group(1)), value))

    def items(self, items: list[Any]) -> list[Any]:
        """Board items (dicts) with every known name replaced in their texts and labels."""
        if self._pattern is None:
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
