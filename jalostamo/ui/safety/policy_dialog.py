"""Backup settings…: how many automatic backups to keep, for how long, and how often."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from jalostamo.paths import backup_dir
from jalostamo.services.backups import BackupPolicy


class BackupSettingsDialog(QDialog):
    def __init__(self, policy: BackupPolicy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupSettingsDialog")
        self.setWindowTitle(self.tr("Backup settings"))
        self._base = policy  # what the dialog does not show (the size bound) stays as it was
        self.keep = self._spin("backupKeep", policy.keep, 1, 500, self.tr("Backups kept"))
        self.days = self._spin("backupDays", policy.max_age_days, 1, 3650,
                               self.tr("Kept for at most (days)"))
        self.minutes = self._spin("backupMinutes", policy.interval_minutes, 1, 1440,
                                  self.tr("A backup every (minutes, while there are changes)"))
        where = QLabel(self.tr("Backups are kept in %1, readable only by you. One is also "
                               "taken when a file is closed and before every import and merge; "
                               "the newest good backup is never deleted automatically.")
                       .replace("%1", str(backup_dir())), self)
        where.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for label, spin in ((self.tr("&Number of backups of each programme:"), self.keep),
                            (self.tr("&Days a backup is kept:"), self.days),
                            (self.tr("&Minutes between automatic backups:"), self.minutes)):
            text = QLabel(label, self)
            text.setBuddy(spin)
            form.addRow(text, spin)
        form.addRow(where)
        form.addRow(buttons)

    def _spin(self, name: str, value: int, low: int, high: int, accessible: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setAccessibleName(accessible)
        return spin

    def policy(self) -> BackupPolicy:
        return replace(self._base, keep=self.keep.value(), max_age_days=self.days.value(),
                       interval_minutes=self.minutes.value())
