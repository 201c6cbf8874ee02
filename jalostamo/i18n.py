"""Translation of messages raised by the domain (services, store, CLI). No Qt here.

The Qt UI translates its own widgets with Qt's translator; messages that come from the domain
(errors, report headings, vocabulary) are translated here so that the CLI, the reports and the
UI say the same thing. Finnish is the default, Swedish and English are complete.
"""

from __future__ import annotations

import os
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


def translate(key: str, lang: str | None = None, **params: Any) -> str:
    """The message for ``key`` in ``lang`` (default: the current language), with ``params``."""
    from jalostamo.messages import MESSAGES  # loaded on first use, not at start-up

    entry = MESSAGES.get(key)
    if entry is None:
        return key if not params else f"{key} {params}"
    text = entry.get(lang or current_language()) or entry[DEFAULT_LANGUAGE]
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text
