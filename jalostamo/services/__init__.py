"""Use cases in plain Python. The UI and the CLI call these; no Qt here.

``Services`` (in :mod:`jalostamo.services.facade`) bundles every service over one open
document. It and the change events are imported on first use (PEP 562), so that importing a
light module of this package — settings, the method guide — does not load SQLAlchemy and the
models: the app can paint its window before the domain layer is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jalostamo.services.events import Change, EventBus, Op
    from jalostamo.services.facade import Services

__all__ = ["Change", "EventBus", "Op", "Services"]


def __getattr__(name: str) -> Any:
    if name == "Services":
        from jalostamo.services.facade import Services

        return Services
    if name in ("Change", "EventBus", "Op"):
        from jalostamo.services import events

        return getattr(events, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
