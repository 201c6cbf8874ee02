"""Texts already shown in one language, said again in another: the undo history after a language
switch ("Muokkaa “Ongelma”" becomes "Redigera “Problem”").

A text made from a Qt translation (``tr("Edit “%1”")``) or from the domain's catalogue
(``translate("…", name=…)``) is matched against every known text of the old language, with its
placeholders as wildcards; the same entry is then rendered in the new language with the same
values, each value itself said again when it is a known text. A text that matches nothing (a
person's own words) is kept as it is.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtGui import QUndoStack

from jalostamo.ui.translators import I18N_DIR

_QT_ARG = re.compile(r"%(\d)")
_CATALOGUE_ARG = re.compile(r"\{(\w+)\}")
_LEAST_FIXED = 3


def retranslate_history(stack: QUndoStack, old: str, new: str) -> None:
    """Say every step of an undo history (its menu texts) in the new language."""
    for index in range(stack.count()):
        command = stack.command(index)
        if command is not None:
            command.setText(retranslate(command.text(), old, new))


@dataclass(frozen=True)
class _Entry:
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    key: tuple[str, str]  # ("qt", context + "\x04" + source) or ("catalogue", message key)


def retranslate(text: str, old: str, new: str, *, depth: int = 2) -> str:
    """``text`` (shown in ``old``) in language ``new``; unchanged when it is not a known text."""
    if old == new or not text:
        return text
    for entry in _entries(old):
        found = entry.pattern.fullmatch(text)
        if found is None:
            continue
        values = {name: retranslate(value, old, new, depth=depth - 1) if depth else value
                  for name, value in zip(entry.names, found.groups(), strict=True)}
        return _render(entry.key, new, values)
    return text


def _render(key: tuple[str, str], lang: str, values: dict[str, str]) -> str:
    kind, ident = key
    if kind == "qt":
        text = _qt_texts(lang).get(ident) or ident.split("\x04", 1)[1]
        return _QT_ARG.sub(lambda m: values.get(m.group(1), m.group(0)), text)
    from jalostamo.messages import MESSAGES

    template = MESSAGES[ident].get(lang) or MESSAGES[ident]["fi"]
    return _CATALOGUE_ARG.sub(lambda m: values.get(m.group(1), m.group(0)), template)


@cache
def _entries(lang: str) -> tuple[_Entry, ...]:
    """Every known text of ``lang`` as a pattern, the most specific (longest) first."""
    from jalostamo.messages import MESSAGES

    found: list[tuple[int, _Entry]] = []
    for ident, text in _qt_texts(lang).items():
        found.append(_pattern(text, _QT_ARG, ("qt", ident)))
    for key, entry in MESSAGES.items():
        said = entry.get(lang)
        if said:
            found.append(_pattern(said, _CATALOGUE_ARG, ("catalogue", key)))
    found = [pair for pair in found if pair[0] >= _LEAST_FIXED]  # "%1" alone says nothing
    found.sort(key=lambda pair: -pair[0])
    return tuple(entry for _, entry in found)


def _pattern(text: str, arg: re.Pattern[str], key: tuple[str, str]) -> tuple[int, _Entry]:
    names: list[str] = []
    parts: list[str] = []
    last = 0
    for match in arg.finditer(text):
        parts.append(re.escape(text[last:match.start()]))
        if match.group(1) in names:  # the same value twice: the second must be the same
            parts.append(f"(?P={_group(names.index(match.group(1)))})")
        else:
            parts.append(f"(?P<{_group(len(names))}>.+?)")
            names.append(match.group(1))
        last = match.end()
    parts.append(re.escape(text[last:]))
    fixed = len(text) - sum(len(m.group(0)) for m in arg.finditer(text))
    return fixed, _Entry(re.compile("".join(parts), re.DOTALL), tuple(names), key)


def _group(index: int) -> str:
    return f"v{index}"


@cache
def _qt_texts(lang: str) -> dict[str, str]:
    """``context \\x04 source`` → the text in ``lang`` (the source itself in English)."""
    texts: dict[str, str] = {}
    suffix = "fi" if lang == "en" else lang  # English: the sources of any catalogue
    for ts in sorted(Path(I18N_DIR).glob(f"*_{suffix}.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.findtext("translation") or ""
                if not source:
                    continue
                ident = f"{name}\x04{source}"
                texts[ident] = source if lang == "en" else (translation or source)
    return texts
