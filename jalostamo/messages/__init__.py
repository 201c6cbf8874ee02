"""Message catalogue of the domain layer (fi, sv, en), gathered from one module per area.

Each module in this package defines ``MESSAGES: dict[str, dict[str, str]]``; keys are stable
identifiers and ``{name}`` placeholders are filled by :func:`jalostamo.i18n.translate`. A test
checks that every key has all three languages with the same placeholders, and that no key is
defined twice.
"""

from __future__ import annotations

import importlib
import pkgutil

MESSAGES: dict[str, dict[str, str]] = {}
SOURCES: dict[str, str] = {}

for _info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    _module = importlib.import_module(f"{__name__}.{_info.name}")
    for _key, _entry in getattr(_module, "MESSAGES", {}).items():
        if _key in MESSAGES:
            raise RuntimeError(f"message {_key!r} defined in both {SOURCES[_key]} and {_info.name}")
        MESSAGES[_key] = _entry
        SOURCES[_key] = _info.name
