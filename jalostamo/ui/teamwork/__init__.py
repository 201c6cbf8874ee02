"""Offline teamwork in the main window: team files out, work back in, merge preview, conflicts.

``install(window)`` adds the "Teamwork" menu and follows the window's open document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


def install(window: QMainWindow) -> None:
    from jalostamo.ui.teamwork.menu import TeamworkMenu

    if window.findChild(TeamworkMenu, "teamworkControl") is None:  # once per window
        TeamworkMenu(window)
