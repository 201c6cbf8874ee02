"""The "Data safety" menu, and the automatic backups of the open programme."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

from jalostamo.i18n import current_language, translate
from jalostamo.ui import errors
from jalostamo.ui.actions import ActionSpec, create_actions
from jalostamo.ui.cheap_qt import open_and_forget
from jalostamo.ui.translate import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

#: the Data safety menu's commands (their place: ``menu_structure``); handlers are methods here
ACTIONS = (
    ActionSpec("safety.restore", QT_TRANSLATE_NOOP("SafetyMenu", "&Restore from backup…"),
               "show_restore", context="SafetyMenu"),
    ActionSpec("safety.settings", QT_TRANSLATE_NOOP("SafetyMenu", "&Backup settings…"),
               "show_settings", context="SafetyMenu"),
    ActionSpec("safety.erase", QT_TRANSLATE_NOOP("SafetyMenu", "&Erase a person…"),
               "show_erase", context="SafetyMenu"),
)

if TYPE_CHECKING:
    from jalostamo.services import Services
    from jalostamo.services.backups import BackupPolicy
    from jalostamo.ui.safety.backup_timer import BackupTimer


class SafetyMenu(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("safetyControl")
        self.window = window
        self.services: Services | None = None
        self.backups: BackupTimer | None = None
        self.actions: dict[str, QAction] = create_actions(window, ACTIONS, self)
        add = getattr(window, "add_menu_actions", None)
        if add is not None:
            add(self.actions)
        for name, slot in (("documentOpened", self._opened), ("documentClosing", self._closing)):
            signal = getattr(window, name, None)
            if signal is not None:
                signal.connect(slot)
        current = getattr(window, "services", None)
        if current is not None:
            self._opened(current)
        self._update()

    def _update(self) -> None:
        svc = self.services
        enabled = {"safety.restore": svc is not None,
                   "safety.settings": True,
                   "safety.erase": svc is not None and not svc.doc.readonly}
        for action_id, action in self.actions.items():
            action.setEnabled(enabled[action_id])

    # --- the document ------------------------------------------------------------------------

    def _opened(self, services: Services) -> None:
        self._stop()
        self.services = services
        if not services.doc.readonly:
            from jalostamo.ui.safety.backup_timer import BackupTimer

            self.backups = BackupTimer(services, self.window.statusBar(), self)
        self._update()

    def _closing(self, _services: Services) -> None:
        self._stop()
        self.services = None
        self._update()

    def _stop(self) -> None:
        if self.backups is not None:
            backups, self.backups = self.backups, None
            pending: list[Any] = []
            errors.guarded(self.window, lambda: pending.append(backups.close()))
            backups.deleteLater()
            if pending and pending[0] is not None:
                self._back_up_after_close(pending[0])

    def _back_up_after_close(self, pending: Any) -> None:
        """The backup at close, from the closed file, on a worker (the window goes on)."""
        from jalostamo.ui import workers

        window = self.window

        def failed(error: BaseException) -> None:  # closing went on; the file is complete
            from jalostamo.errors import UserError

            if isinstance(error, UserError):
                window.statusBar().showMessage(error.message(current_language()))
            else:
                log.warning("backup on close failed: %s", error)

        def begin() -> None:
            workers.start("closeBackup", lambda _task: pending.run(), on_error=failed)

        workers.start_soon(begin)

    # --- commands ----------------------------------------------------------------------------

    def show_restore(self) -> Any:
        if self.services is None:
            return None
        from jalostamo.ui.safety.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.window, self.services.doc.path)
        return open_and_forget(dialog)

    def show_settings(self) -> Any:
        from jalostamo.services.backups import BackupPolicy
        from jalostamo.ui.safety.policy_dialog import BackupSettingsDialog

        dialog = BackupSettingsDialog(BackupPolicy.load(), self.window)
        dialog.accepted.connect(lambda: self.apply_policy(dialog.policy()))
        return open_and_forget(dialog)

    def apply_policy(self, policy: BackupPolicy) -> None:
        if not errors.guarded(self.window, policy.save):
            return
        if self.backups is not None:
            self.backups.set_policy(policy)

    def show_erase(self) -> Any:
        if self.services is None:
            return None
        from jalostamo.ui.safety.erase_dialog import ErasePersonDialog

        dialog = ErasePersonDialog(self.services, getattr(self.window, "undo_stack", None),
                                   self.window)
        dialog.erased.connect(self._erased)
        return open_and_forget(dialog)

    def _erased(self, report: Any) -> None:
        from jalostamo.ui.safety.erase_dialog import ErasePersonDialog

        box = QMessageBox(QMessageBox.Icon.Information, "Jalostamo",
                          ErasePersonDialog.report_text(report), QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName("erasureReport")
        if report.backups:
            restore = box.addButton(self.tr("Show backups"), QMessageBox.ButtonRole.ActionRole)
            restore.setObjectName("showBackups")
            restore.clicked.connect(self.show_restore)
            delete = box.addButton(translate("safety.erase.delete_copies_button",
                                             current_language()),
                                   QMessageBox.ButtonRole.ActionRole)
            delete.setObjectName("deleteHoldingBackups")
            delete.clicked.connect(lambda: self.confirm_delete_backups(report))
        errors.present(box)

    def confirm_delete_backups(self, report: Any) -> None:
        """Ask, then delete every copy that holds (or may hold) the erased person, partial
        copies and copies under an earlier name included (Restore from backup… lists only the
        rotated ones)."""
        lang = current_language()
        box = QMessageBox(QMessageBox.Icon.Question, "Jalostamo",
                          translate("safety.erase.delete_copies_confirm", lang,
                                    count=len(report.backups)),
                          QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("confirmDeleteHoldingBackups")
        yes = box.addButton(translate("safety.erase.delete_copies_button", lang),
                            QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("deleteHoldingBackupsYes")
        yes.clicked.connect(lambda: self.delete_backups(report))
        errors.present(box)

    def delete_backups(self, report: Any) -> None:
        if self.services is None:
            return
        services = self.services
        try:
            count = services.privacy.delete_backups(report.backups)
        except Exception as exc:
            errors.report(self.window, exc)
            return
        box = QMessageBox(QMessageBox.Icon.Information, "Jalostamo",
                          translate("safety.erase.copies_deleted", current_language(),
                                    count=count),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("holdingBackupsDeleted")
        errors.present(box)
