"""The desk's screens by page key, built on first use (so that opening a programme only loads
the screen it shows): overview, setup, guide, agenda, team:<id>[:<tab>]."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from jalostamo.services.settings import Settings

if TYPE_CHECKING:
    from jalostamo.services import Services
    from jalostamo.store.quick_read import Snapshot
    from jalostamo.ui.bridge import ChangeBridge


def build_page(key: str, services: Services, undo_stack: QUndoStack,
               bridge: ChangeBridge | None, settings: Settings,
               open_page: Callable[[str], None]) -> QWidget:
    """The screen for ``key``; ``open_page`` is called with a key when the screen links on."""
    args = (services, undo_stack, bridge)
    if key == "overview":
        from jalostamo.ui.overview_page import OverviewPage

        overview = OverviewPage(*args)
        overview.requested.connect(open_page)
        return overview
    if key == "setup":
        from jalostamo.ui.setup_page import SetupPage

        return SetupPage(*args)
    if key == "guide":
        from jalostamo.ui.phase_guide import PhaseGuidePage

        guide = PhaseGuidePage(*args)
        guide.requested.connect(open_page)
        return guide
    if key == "agenda":
        from jalostamo.ui.agenda_page import AgendaPage

        return AgendaPage(*args, settings=settings)
    if key.startswith("team:"):
        from jalostamo.ui.team_page import TeamPage

        parts = key.split(":")
        team = TeamPage(*args, team_id=parts[1])
        if len(parts) > 2:
            team.show_tab(parts[2])
        return team
    raise KeyError(key)


def build_snapshot_overview(snapshot: Snapshot, undo_stack: QUndoStack,
                            open_page: Callable[[str], None]) -> QWidget:
    """The overview of a programme still being opened, painted from its snapshot; it turns
    live with ``attach(services, bridge)``."""
    from jalostamo.ui.overview_page import OverviewPage

    overview = OverviewPage(None, undo_stack, None, snapshot=snapshot)
    overview.requested.connect(open_page)
    return overview
