"""A damaged programme file: offer the newest good backup in its place.

The desk routes a ``file.damaged`` error from opening a file here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from jalostamo.errors import UserError
from jalostamo.i18n import current_language
from jalostamo.services.backups import BackupInfo, damaged_file_offer, restore_backup
from jalostamo.ui import errors


def offer_backup_for_damaged(window: Any, path: Path) -> bool:
    """Say that ``path`` is damaged and, if a good backup exists, offer to open it instead
    (the damaged file is kept aside). Does not block: True when a backup was offered, False
    when there was none (a plain notice is shown)."""
    path = Path(path)
    text, best = damaged_file_offer(path, current_language())
    if best is None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Jalostamo", text,
                          QMessageBox.StandardButton.Ok, window)
        box.setObjectName("damagedNoBackup")
        errors.present(box)
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, "Jalostamo", text,
                      QMessageBox.StandardButton.Cancel, window)
    box.setObjectName("damagedOffer")
    restore = box.addButton(QCoreApplication.translate("Safety", "Restore the backup and open it"),
                            QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("restoreDamaged")
    box.setDefaultButton(restore)
    restore.clicked.connect(lambda: restore_and_open(window, best, path))
    errors.present(box)
    return True


def restore_and_open(window: Any, backup: BackupInfo, path: Path) -> bool:
    """Put ``backup`` at ``path`` (the damaged file moves aside) and open it."""
    try:
        restore_backup(backup.path, path)
    except UserError as exc:
        errors.show_user_error(window, exc)
        return False
    return bool(window.open_file(path))
