"""The Double Diamond and its method cards, loaded from ``assets/phases`` and
``assets/methods`` in Finnish, Swedish and English. No Qt here."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jalostamo.i18n import DEFAULT_LANGUAGE, LANGUAGES, current_language
from jalostamo.models import Phase
from jalostamo.paths import asset

#: an agenda item's ``method_key`` for a facilitator's own method card: the prefix and its name
OWN_PREFIX = "own:"


@dataclass(frozen=True)
class MethodCard:
    key: str
    phases: tuple[Phase, ...]
    minutes: int
    name: str
    purpose: str
    steps: tuple[str, ...]
    materials: tuple[str, ...]


@dataclass(frozen=True)
class PhaseGuide:
    phase: Phase
    number: int
    mode: str  # diverge / converge
    name: str
    mode_name: str
    purpose: str
    produce: tuple[str, ...]


def _read(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


@cache
def _raw_methods() -> tuple[dict[str, Any], ...]:
    return tuple(_read(asset("methods")))


@cache
def _raw_phases() -> tuple[dict[str, Any], ...]:
    return tuple(sorted(_read(asset("phases")), key=lambda d: int(d["number"])))


def _text(entry: dict[str, Any], lang: str | None) -> dict[str, Any]:
    lang = lang or current_language()
    return entry.get(lang if lang in LANGUAGES else DEFAULT_LANGUAGE) or entry[DEFAULT_LANGUAGE]


def methods(lang: str | None = None, phase: Phase | str | None = None) -> list[MethodCard]:
    """Every method card (of one phase, if given), in ``lang``, ordered by name."""
    cards = []
    for raw in _raw_methods():
        text = _text(raw, lang)
        phases = tuple(Phase(p) for p in raw["phases"])
        if phase is not None and Phase(phase) not in phases:
            continue
        cards.append(MethodCard(raw["key"], phases, int(raw["minutes"]), text["name"],
                                text["purpose"], tuple(text["steps"]),
                                tuple(text["materials"])))
    return sorted(cards, key=lambda c: c.name.casefold())


def method(key: str, lang: str | None = None) -> MethodCard | None:
    return next((m for m in methods(lang) if m.key == key), None)


def phases(lang: str | None = None) -> list[PhaseGuide]:
    result = []
    for raw in _raw_phases():
        text = _text(raw, lang)
        result.append(PhaseGuide(Phase(raw["key"]), int(raw["number"]), raw["mode"], text["name"],
                                 text["mode"], text["purpose"], tuple(text["produce"])))
    return result


def phase(key: Phase | str, lang: str | None = None) -> PhaseGuide:
    return next(p for p in phases(lang) if p.phase == Phase(key))
