"""PDF reports with reportlab (PDF/A-2b, embedded fonts). No Qt here.

``build_report(services, out, kind=..., ...)`` is the entry point; see :mod:`.build`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jalostamo.reports.build import ReportCancelled, ReportResult, build_report

__all__ = ["ReportCancelled", "ReportResult", "build_report"]


def __getattr__(name: str) -> Any:
    # imported lazily: the reports pull in reportlab and pikepdf, which the app needs only
    # when a report is made
    if name in __all__:
        from jalostamo.reports import build

        return getattr(build, name)
    raise AttributeError(name)
