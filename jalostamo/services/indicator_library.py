"""The library of ready-made indicators, loaded from ``assets/indicators/*.json``.

Each file holds one family of measures (THL's inclusion indicator, the School Health Promotion
Study, Kuntaliitto's participation surveys) with the texts of every indicator in Finnish,
Swedish and English. A team picks one and adapts it; the copy in the team's file is then its
own (``Indicator.library_key`` remembers where it came from).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from jalostamo.errors import NotFound
from jalostamo.i18n import DEFAULT_LANGUAGE, LANGUAGES, current_language
from jalostamo.paths import asset

#: the texts every library indicator carries in every language
TEXT_FIELDS = ("name", "definition", "unit", "source", "frequency")


@dataclass(frozen=True)
class LibraryIndicator:
    key: str
    family: str
    family_name: dict[str, str]
    texts: dict[str, dict[str, str]]  # field -> language -> text
    scale: tuple[float, float] | None = None
    meaningful_change: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def text(self, name: str, lang: str | None = None) -> str:
        values = self.texts.get(name, {})
        return values.get(lang or current_language()) or values.get(DEFAULT_LANGUAGE, "")

    def name(self, lang: str | None = None) -> str:
        return self.text("name", lang)

    def indicator_fields(self, lang: str | None = None) -> dict[str, Any]:
        """The fields of an :class:`~jalostamo.models.Indicator` filled from this entry."""
        return {
            "library_key": self.key,
            "name": self.text("name", lang),
            "definition": self.text("definition", lang),
            "unit": self.text("unit", lang),
            "data_source": self.text("source", lang),
            "frequency": self.text("frequency", lang),
            "meaningful_change": self.meaningful_change,
        }


def _parse_family(path: Path) -> list[LibraryIndicator]:
    data = json.loads(path.read_text(encoding="utf-8"))
    family = str(data["family"])
    family_name = {lang: str(data["family_name"][lang]) for lang in LANGUAGES}
    result = []
    for entry in data["indicators"]:
        texts = {name: {lang: str(entry[name][lang]) for lang in LANGUAGES}
                 for name in TEXT_FIELDS}
        scale = entry.get("scale")
        change = entry.get("meaningful_change")
        result.append(LibraryIndicator(
            key=str(entry["key"]), family=family, family_name=family_name, texts=texts,
            scale=(float(scale[0]), float(scale[1])) if scale else None,
            meaningful_change=float(change) if change is not None else None,
        ))
    return result


@lru_cache(maxsize=1)
def load_library(directory: Path | None = None) -> tuple[LibraryIndicator, ...]:
    """Every library indicator, family by family in file-name order."""
    folder = directory or asset("indicators")
    entries: list[LibraryIndicator] = []
    for path in sorted(folder.glob("*.json")):
        entries.extend(_parse_family(path))
    return tuple(entries)


def library_indicator(key: str) -> LibraryIndicator:
    for entry in load_library():
        if entry.key == key:
            return entry
    raise NotFound("monitoring.library.unknown", entry=key)
