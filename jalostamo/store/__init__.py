"""The document file: engine and sessions, pragmas, migrations, lock, backups. No Qt here.

``Document`` and ``SUFFIX`` load on first use (PEP 562): ``store.probe``, ``store.lock`` and
``store.quick_read`` import without SQLAlchemy, so the app can paint before the domain loads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jalostamo.store.document import SUFFIX, Document

__all__ = ["SUFFIX", "Document"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from jalostamo.store import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
