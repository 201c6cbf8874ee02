"""Restore from backup…: the backups of the open programme, newest first; restore one as a new
file or in place of the open file (which is kept aside, never deleted), or delete one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import UserError
from jalostamo.i18n import current_language, translate
from jalostamo.paths import with_programme_suffix
from jalostamo.services.backups import BackupInfo, backup_line, delete_backup, list_backups, restore_backup
from jalostamo.ui import errors


class RestoreDialog(QDialog):
    """``window`` is the main window (it closes and reopens the programme for a restore in
    place); ``path`` the programme file whose backups are listed."""

    def __init__(self, window: Any, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.window_ = window
        self.path = path
        intro = QLabel(self.tr(
            "Backups of %1, newest first. Restoring never overwrites anything: “Restore as a new "
            "file” writes a copy where you choose; “Replace the open file” closes the programme, "
            "keeps the current file aside next to it (its name gets the word “damaged” and the "
            "time) and opens the restored one.").replace("%1", path.name), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.empty = QLabel(self.tr("There are no backups of this programme yet."), self)
        self.empty.setObjectName("noBackups")
        self.copy_button = QPushButton(self.tr("Restore as a &new file…"), self)
        self.copy_button.setObjectName("restoreCopy")
        self.copy_button.clicked.connect(self._choose_copy_target)
        self.replace_button = QPushButton(self.tr("&Replace the open file"), self)
        self.replace_button.setObjectName("restoreReplace")
        self.replace_button.clicked.connect(self._confirm_replace)
        self.delete_button = QPushButton(self.tr("&Delete this backup"), self)
        self.delete_button.setObjectName("deleteBackup")
        self.delete_button.clicked.connect(self._confirm_delete)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.copy_button, self.replace_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(close)
        self.backups: list[BackupInfo] = []
        self.refresh()
        self.resize(760, 420)

    def refresh(self) -> None:
        self.backups = list_backups(self.path)
        self.list.clear()
        lang = current_language()
        for info in self.backups:
            item = QListWidgetItem(backup_line(info, lang), self.list)
            item.setToolTip(str(info.path))
        self.list.setCurrentRow(0 if self.backups else -1)
        self.empty.setVisible(not self.backups)
        self._update_buttons()

    def current(self) -> BackupInfo | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def _update_buttons(self) -> None:
        info = self.current()
        services = getattr(self.window_, "services", None)
        doc = services.doc if services is not None else None
        is_open = doc is not None and doc.path.resolve() == self.path.resolve() \
            and not doc.readonly
        self.copy_button.setEnabled(info is not None and info.good)
        self.replace_button.setEnabled(info is not None and info.good and is_open)
        self.delete_button.setEnabled(info is not None)

    # --- restoring --------------------------------------------------------------------------------

    def _choose_copy_target(self) -> None:
        info = self.current()
        if info is None:
            return
        suggestion = self.path.with_name(f"{self.path.stem}-{info.taken_at:%Y%m%d-%H%M}.jalostamo")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Restore as a new file"),
                                                str(suggestion), "Jalostamo (*.jalostamo)")
        if target:
            self.restore_copy(Path(target))

    def restore_copy(self, target: Path) -> bool:
        """Restore the chosen backup to ``target`` and offer to open it."""
        info = self.current()
        if info is None:
            return False
        target = with_programme_suffix(target)  # ".JALOSTAMO" as typed is the suffix too
        services = getattr(self.window_, "services", None)
        if services is not None and services.doc.path.resolve() == target.resolve():
            return self.replace_open_file()
        try:
            result = restore_backup(info.path, target)
        except UserError as exc:
            errors.show_user_error(self, exc)
            return False
        box = QMessageBox(QMessageBox.Icon.Information, "Jalostamo",
                          self._done_text(result.restored, result.kept_aside),
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("restoreDone")
        open_it = box.addButton(self.tr("Open it"), QMessageBox.ButtonRole.AcceptRole)
        open_it.setObjectName("openRestored")
        open_it.clicked.connect(lambda: self._open(result.restored))
        errors.present(box)
        return True

    def _confirm_replace(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, "Jalostamo", self.tr(
            "Close the programme and replace it with the backup? The current file is kept "
            "aside next to it, not deleted."), QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmReplace")
        yes = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        yes.clicked.connect(self.replace_open_file)
        errors.present(box)

    def replace_open_file(self) -> bool:
        """Close the programme, restore the backup in its place (the file is kept aside), and
        open the restored programme."""
        info = self.current()
        if info is None:
            return False
        self.window_.close_document()
        try:
            result = restore_backup(info.path, self.path)
        except UserError as exc:
            errors.show_user_error(self, exc)
            self.window_.open_file(self.path)
            return False
        opened = self.window_.open_file(self.path)
        errors.present(QMessageBox(QMessageBox.Icon.Information, "Jalostamo",
                                   self._done_text(result.restored, result.kept_aside),
                                   QMessageBox.StandardButton.Ok, self))
        self.refresh()
        return bool(opened)

    def _done_text(self, restored: Path, aside: Path | None) -> str:
        if aside is not None:
            return translate("safety.restore.done", current_language(), path=str(restored),
                             aside=str(aside))
        return self.tr("The backup was restored to %1.").replace("%1", str(restored))

    def _open(self, path: Path) -> None:
        if self.window_.open_file(path):
            self.accept()

    # --- deleting ----------------------------------------------------------------------------------

    def _confirm_delete(self) -> None:
        info = self.current()
        if info is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, "Jalostamo", self.tr(
            "Delete the backup of %1 for good?").replace("%1", info.taken_local),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDeleteBackup")
        yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("confirmDelete")
        yes.clicked.connect(self.delete_current)
        errors.present(box)

    def delete_current(self) -> bool:
        info = self.current()
        if info is None:
            return False
        if not errors.guarded(self, lambda: delete_backup(info.path)):
            return False
        self.refresh()
        return True
