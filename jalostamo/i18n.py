"""Translation of messages raised by the domain (services, store, CLI). No Qt here.

The Qt UI translates its own widgets with Qt's translator; messages that come from the domain
(errors, report headings, vocabulary) are translated here so that the CLI, the reports and the
UI say the same thing. Finnish is the default, Swedish and English are complete.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from typing import Any

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"

_current: str | None = None


def set_language(lang: str | None) -> None:
    global _current
    _current = normalise(lang) if lang else None


#: Windows names its locales in English words ("Swedish_Finland")
_WINDOWS_NAMES = {"finnish": "fi", "swedish": "sv", "english": "en"}


def normalise(lang: str | None) -> str:
    """Map a language or locale name (``sv_FI.UTF-8``, ``en``, ``Swedish_Finland``) to fi, sv
    or en; anything else is Finnish."""
    if not lang:
        return DEFAULT_LANGUAGE
    code = lang.replace("-", "_").split("_", 1)[0].split(".", 1)[0].lower()
    code = _WINDOWS_NAMES.get(code, code)
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def system_language() -> str:
    for var in ("JALOSTAMO_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            # the C locale names no language (Python would alias C.UTF-8 to en_US): Finnish
            return normalise(None if value.split(".", 1)[0] in ("C", "POSIX") else value)
    import locale  # only when no variable names the language (Windows)

    try:
        loc = locale.getlocale()[0]
    except ValueError:
        loc = None
    return normalise(loc)


def current_language() -> str:
    return _current or system_language()


class Rendered(str):
    """A message :func:`translate` made: its parameters were already made safe, so it may be
    put into another message whole (it is not shortened again)."""

    __slots__ = ()


#: the longest value echoed into a message; longer ones keep their start and end
MAX_ECHO = 200

#: characters that change the direction of the text around them (U+202E shows "Turku\u202egnp.exe"
#: as "Turkuexe.png"): embeddings, overrides, isolates and the invisible marks
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
#: line breaks and tabs would split a one-line message: a space instead
_SPACES = frozenset("\n\r\t\v\f\x85\u2028\u2029")


def _unsafe(char: str) -> bool:
    code = ord(char)
    return code < 0x20 or 0x7F <= code < 0xA0 or char in _BIDI


def echo(value: object, limit: int = MAX_ECHO) -> str:
    """``value`` made safe to show inside a message: no line breaks, no control characters,
    no characters that reverse the text's direction (each shown as \ufffd), at most ``limit``
    characters (the middle left out with an ellipsis, so that a path keeps its file name)."""
    text = str(value)
    if any(_unsafe(c) or c in _SPACES for c in text):
        text = "".join(" " if c in _SPACES else "\ufffd" if _unsafe(c) else c for c in text)
    if len(text) > limit:
        head = (limit - 1) // 2
        text = text[:head] + "\u2026" + text[len(text) - (limit - 1 - head):]
    return text


def echo_list(values: Iterable[object], separator: str = ", ", *, limit: int = 60,
              most: int = 30) -> Rendered:
    """Several values for one message parameter, each made safe, at most ``most`` of them."""
    items = [echo(v, limit) for v in values]
    if len(items) > most:
        items = [*items[:most], "\u2026"]
    return Rendered(separator.join(items))


def _safe_param(value: Any) -> Any:
    if isinstance(value, Rendered):
        return value
    if isinstance(value, str | os.PathLike):
        return echo(os.fspath(value))
    return value


#: ``{count#one|other}`` in a message: the singular when ``count`` is 1, else the plural form
#: (Finnish, Swedish and English all follow this rule for whole numbers; Finnish partitive
#: after a numeral: ``{count} {count#kuva|kuvaa}``)
_PLURAL = re.compile(r"\{(\w+)#([^{}|]*)\|([^{}]*)\}")


def _plurals(text: str, params: dict[str, Any]) -> str:
    def choose(match: re.Match[str]) -> str:
        value = params.get(match.group(1))
        return match.group(2) if value == 1 or value == "1" else match.group(3)

    return _PLURAL.sub(choose, text) if "#" in text else text


def translate(key: str, lang: str | None = None, **params: Any) -> str:
    """The message for ``key`` in ``lang`` (default: the current language), with ``params``.

    Every text parameter is passed through :func:`echo`: a name or a path from a file cannot
    break the message into lines, reverse it or make it endless.
    """
    from jalostamo.messages import MESSAGES  # loaded on first use, not at start-up

    safe = {name: _safe_param(value) for name, value in params.items()}
    entry = MESSAGES.get(key)
    if entry is None:
        return Rendered(echo(key) if not safe else f"{echo(key)} {safe}")
    text = _plurals(entry.get(lang or current_language()) or entry[DEFAULT_LANGUAGE], safe)
    try:
        return Rendered(text.format(**safe))
    except (KeyError, IndexError, ValueError):
        return Rendered(text)
