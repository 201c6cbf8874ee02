"""Data safety in the main window: automatic backups of the open programme, restoring from a
backup, backup settings, a damaged file, erasing a person.

``install(window)`` adds the "Data safety" menu and follows the window's open document;
``offer_backup_for_damaged(window, path)`` answers a damaged file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


def install(window: QMainWindow) -> None:
    from jalostamo.ui.safety.menu import SafetyMenu

    if window.findChild(SafetyMenu, "safetyControl") is None:  # once per window
        SafetyMenu(window)


def offer_backup_for_damaged(window: Any, path: Path) -> bool:
    from jalostamo.ui.safety.damaged import offer_backup_for_damaged as offer

    return offer(window, path)
