"""The domain model (SQLAlchemy 2.x typed ORM), one module per aggregate. No Qt here.

The vocabularies (:mod:`jalostamo.models.enums`) import at once; the mapped classes load on
first use (PEP 562, from :mod:`jalostamo.models.registry`), so that a module that only needs a
vocabulary does not load SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jalostamo.models.enums import *  # noqa: F403  (the vocabularies load at once)

if TYPE_CHECKING:
    from jalostamo.models.registry import *  # noqa: F403


def __getattr__(name: str) -> Any:
    """A mapped class (or ``MODELS``, ``Base``, ``new_id`` …) on first use."""
    if not name.startswith("_") and name != "registry":
        from importlib import import_module

        registry = import_module("jalostamo.models.registry")
        if hasattr(registry, name):
            value = getattr(registry, name)
            globals()[name] = value
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
