"""The facilitator's desk: one open programme, its undo stack, navigation and screens.

The window holds one :class:`Services` (the open document), one ``QUndoStack`` and one
:class:`ChangeBridge`; every screen gets ``(services, undo_stack, bridge)``. Screens are built
the first time they are shown, so that opening a large programme only loads the first screen.

Starting with a file (:meth:`MainWindow.open_quickly`) paints first and loads after: the file's
header is checked and its lock taken (neither needs SQLAlchemy), the overview is painted from a
plain-sqlite3 snapshot, and right after the first paint the domain layer is imported and the
document opened; the live overview then replaces the snapshot in place.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from jalostamo.errors import FileInUse, UserError
from jalostamo.i18n import current_language, translate
from jalostamo.services.settings import Settings
from jalostamo.ui import errors
from jalostamo.ui.actions import (
    ACTIONS,
    create_actions,
    create_history_actions,
    retranslate_actions,
)
from jalostamo.ui.menu_structure import build_menu_bar
from jalostamo.ui.navigation import Navigator
from jalostamo.ui.pages import PageHost

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent

    from jalostamo.services import Services
    from jalostamo.services.opening import FileLock, Snapshot
    from jalostamo.ui.bridge import ChangeBridge
    from jalostamo.ui.run_session import RunSession

log = logging.getLogger(__name__)



@dataclass
class Opening:
    """A file shown from its snapshot while the document itself is being opened."""

    path: Path
    read_only: bool
    lock: FileLock | None
    snapshot: Snapshot
    step: int = 0  # 0: not started; 1: check the file; 2: import the domain; 3: open it
    wanted: str | None = None  # a screen asked for meanwhile: shown once the document is open


class MainWindow(PageHost):
    """Signals for other areas (teamwork, safety):

    ``documentOpened(services)`` after a document is set (also read-only);
    ``documentClosing(services)`` before it is closed (a last backup may be taken then).
    """

    documentOpened = Signal(object)
    documentClosing = Signal(object)
    undo_action: QAction
    redo_action: QAction
    recent_menu: QMenu

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 first_file: Path | None = None, read_only: bool = False) -> None:
        """With ``first_file``, the window shows its overview from a snapshot at once
        (:meth:`open_quickly`); the menus' commands and the other areas' menus are added right
        after the first paint, so that the first frame only builds what it shows."""
        super().__init__(settings, parent)
        self.setObjectName("mainWindow")
        self.services: Services | None = None
        self.opening: Opening | None = None
        self.undo_stack = QUndoStack(self)
        self._run_session: RunSession | None = None
        self.bridge: ChangeBridge | None = None
        self._pages: dict[str, QWidget] = {}
        self._current_key = "start"
        self.actions_by_id: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}  # by id (menu_structure), kept across rebuilds
        self._menus_ready = False

        self.navigator = Navigator(self)
        self.navigator.requested.connect(self.show_page)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        splitter = QSplitter()  # horizontal; no arguments (see cheap_qt); the central widget
        splitter.setObjectName("deskSplitter")
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        self.navigator.setMinimumWidth(190)
        splitter.setSizes([220, 1000])
        self.setCentralWidget(splitter)
        self.read_only_note = QLabel(self)
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setStyleSheet("color: #C92A2A; font-weight: bold;")
        self.statusBar().addWidget(self.read_only_note)
        self.resize(1280, 800)
        self._restore_layout()
        self.apply_font_scale()
        if first_file is not None and self.open_quickly(first_file, read_only=read_only):
            self._build_menu_bar()  # the first frame's bar: titles; filled after the paint
            self.navigator.list.setAccessibleName(self.navigator.accessible_name())
        else:
            self.retranslate()
            self._install_menus()

    @property
    def run_session(self) -> RunSession:
        """The run mode (countdown, projector): the window's, so that it outlives the agenda
        screen rebuilt by a language switch; made on first use (not in the first frame)."""
        if self._run_session is None:
            from jalostamo.ui.run_session import RunSession

            self._run_session = RunSession(self)
        return self._run_session

    # --- building and translating ---------------------------------------------------------

    def _install_menus(self) -> None:
        """The menus' commands and the Teamwork and Data safety menus (which follow
        documentOpened / documentClosing); once, at the start or right after the first paint."""
        if self._menus_ready:
            return
        self._menus_ready = True
        from jalostamo.ui.shortcut_claims import ShortcutArbiter, install_undo_keys

        self.arbiter = ShortcutArbiter(self)
        install_undo_keys()
        self.actions_by_id.update(create_actions(self, ACTIONS))
        self.actions_by_id.update(create_history_actions(self, self.undo_stack))
        self.undo_action = self.actions_by_id["edit.undo"]
        self.redo_action = self.actions_by_id["edit.redo"]
        self._build_menu_bar()
        self._update_state()
        from jalostamo.ui import live, safety, teamwork

        teamwork.install(self)
        safety.install(self)
        live.install(self)

    def add_menu_actions(self, actions: dict[str, QAction]) -> None:
        """Another area's actions (Teamwork, Data safety, Room): they take their places in
        the menus (:mod:`jalostamo.ui.menu_structure`)."""
        self.actions_by_id.update(actions)
        self._build_menu_bar()

    def _build_menu_bar(self) -> None:
        build_menu_bar(self.menuBar(), self.actions_by_id, self.menus,
                       {"recent": self._fill_recent_menu} if self._menus_ready else {})
        self.recent_menu = self.menus["recentMenu"]
        if self._menus_ready:
            self.arbiter.update_for(QApplication.focusWidget())  # new actions, where focus is

    def retranslate(self) -> None:
        """(Re)build everything that shows text: after start and after a language switch."""
        retranslate_actions(self.actions_by_id)
        self._build_menu_bar()
        # the screens are rebuilt in the new language the next time they are shown
        current = self._current_key
        for key in list(self._pages):
            self._drop_page(key)
        self.navigator.retranslate()
        self._update_state()
        self.show_page(current if self.services or current == "start" else "start")

    def _fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        files = self.settings.existing_recent_files()
        for path in files:
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_file(p))
        menu.setEnabled(bool(files))

    def _update_state(self) -> None:
        has_doc = self.services is not None
        if self.actions_by_id:
            for spec in ACTIONS:
                if spec.needs_document:
                    self.actions_by_id[spec.id].setEnabled(has_doc)
            self.actions_by_id["view.presentation"].setChecked(self.presenting)
            self.actions_by_id["view.fullscreen"].setChecked(self.isFullScreen())
        title = "Jalostamo"
        if self.services is not None:
            name = self.services.programme.get().name
            title = f"{name} — {self.services.doc.path.name} — Jalostamo"
            if self.services.doc.readonly:
                title += " " + self.tr("[read-only]")
        elif self.opening is not None:
            title = f"{self.opening.snapshot.name} — {self.opening.path.name} — Jalostamo"
        self.setWindowTitle(title)
        read_only = self.services is not None and self.services.doc.readonly
        self.read_only_note.setText(self.tr(
            "Read-only: another copy of Jalostamo has this programme open; changes cannot be "
            "saved.") if read_only else "")
        self.read_only_note.setVisible(read_only)
        if self.services is None and self.opening is not None:
            self.navigator.set_snapshot(self.opening.snapshot)
        else:
            if self.services is None:  # let go of a closed document before anything refreshes
                self.navigator.set_services(None)
            self.navigator.set_snapshot(None)
            self.navigator.set_services(self.services)

    # --- the document ---------------------------------------------------------------------

    def open_file(self, path: Path | str, *, read_only: bool = False) -> bool:
        """Open a programme; a file in use is explained and may be opened read-only."""
        from jalostamo.services import Services

        path = Path(path)
        self._cancel_opening()
        try:
            services = Services.open(path, readonly=read_only)
        except FileInUse as exc:
            self._offer_read_only(path, exc)
            return False
        except UserError as exc:
            self._show_open_error(path, exc)
            return False
        self.set_document(services)
        return True

    def _show_open_error(self, path: Path, exc: UserError) -> None:
        """A damaged file gets the offer of its newest good backup; others a clear message."""
        if exc.key == "file.damaged":
            from jalostamo.ui.safety import offer_backup_for_damaged

            offer_backup_for_damaged(self, path)
        else:
            errors.show_user_error(self, exc)

    def open_quickly(self, path: Path | str, *, read_only: bool = False) -> bool:
        """Show ``path``'s overview at once from a snapshot and open the document right after
        the window's next paint (:meth:`finish_opening` does it now). A file in use gets the
        read-only offer at once; other refusals are shown by :meth:`open_file` a moment
        later. Returns whether the snapshot is shown."""
        from jalostamo.services.opening import FileLock, read_header, read_snapshot

        path = Path(path)
        self.close_document()
        self._cancel_opening()

        def later() -> None:  # the full open shows why the file cannot be opened
            self.open_file(path, read_only=read_only)

        try:
            read_header(path)
        except UserError:
            QTimer.singleShot(0, later)
            return False
        lock: FileLock | None = None
        if not read_only and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
            lock = FileLock(path)
            try:
                lock.acquire()
            except FileInUse as exc:
                self._offer_read_only(path, exc)
                return False
        try:
            snapshot = read_snapshot(path)
        except UserError:
            if lock is not None:
                lock.release()
            QTimer.singleShot(0, later)
            return False
        self.opening = Opening(path, read_only, lock, snapshot)
        for key in list(self._pages):
            self._drop_page(key)
        self.statusBar().showMessage(self.tr("Opening…"))
        self._update_state()
        self.show_page("overview")
        if self.isVisible():  # no first paint to wait for
            self._start_opening()
        return True

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._menus_ready:
            QTimer.singleShot(0, self._install_menus)  # after the frame reaches the screen
        if event.type() == QEvent.Type.Paint:
            self._start_opening()
        return handled

    def _start_opening(self) -> None:
        if self.opening is not None and self.opening.step == 0:
            from PySide6.QtCore import Qt  # not before the first paint: see cheap_qt

            self.opening.step = 1
            self.setCursor(Qt.CursorShape.BusyCursor)
            QTimer.singleShot(0, self._opening_tick)

    def _opening_tick(self) -> None:
        """One step of opening, then back to the event loop (clicks are queued meanwhile)."""
        if self.opening is not None and self.opening.step > 0 and self._opening_step():
            QTimer.singleShot(0, self._opening_tick)

    def finish_opening(self) -> bool:
        """Open the document of the snapshot shown now, without waiting; True if it opened."""
        while self.opening is not None:
            self.opening.step = max(self.opening.step, 1)
            if not self._opening_step():
                break
        return self.services is not None

    def _opening_step(self) -> bool:
        opening = self.opening
        assert opening is not None
        try:
            if opening.step == 1:
                from jalostamo.services.opening import quick_check

                quick_check(opening.path)  # the damage check skipped before the paint
            elif opening.step == 2:
                import jalostamo.services.progress  # SQLAlchemy and the models
                import jalostamo.ui.bridge  # noqa: F401
            else:
                self._open_document(opening)
                return False
        except UserError as exc:
            self._cancel_opening()
            self._show_open_error(opening.path, exc)
            return False
        except Exception as exc:  # shown and logged, the app keeps running
            self._cancel_opening()
            errors.report(self, exc)
            return False
        opening.step += 1
        return True

    def _open_document(self, opening: Opening) -> None:
        from jalostamo.services import Services

        if opening.lock is not None:  # the document takes its own lock right now
            opening.lock.release()
            opening.lock = None
        try:
            services = Services.open(opening.path, readonly=opening.read_only, check=False)
        except FileInUse as exc:
            self._cancel_opening()
            self._offer_read_only(opening.path, exc)
            return
        overview = self._pages.pop("overview", None)
        self.opening = None
        self.set_document(services, overview=overview, page=opening.wanted)
        for notice in services.doc.notices:  # side files moved aside, a write rolled back
            self.statusBar().showMessage(notice.message(current_language()))

    def _cancel_opening(self) -> None:
        opening, self.opening = self.opening, None
        if opening is None:
            return
        if opening.lock is not None:
            opening.lock.release()
        self.statusBar().clearMessage()
        self.unsetCursor()
        if self.services is None:
            for key in list(self._pages):
                self._drop_page(key)
            self._update_state()
            self.show_page("start")

    def _offer_read_only(self, path: Path, exc: FileInUse) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("The file is in use"),
                          exc.message(current_language()), QMessageBox.StandardButton.NoButton,
                          self)
        box.setObjectName("fileInUseDialog")
        read_only = box.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        read_only.setObjectName("openReadOnly")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)

        def chosen(button: object) -> None:
            if button is read_only:
                self.open_file(path, read_only=True)

        box.buttonClicked.connect(chosen)
        errors.present(box)

    def create_programme(self, path: Path | str, name: str, organiser: str = "") -> bool:
        from jalostamo.paths import with_programme_suffix
        from jalostamo.services import Services

        path = with_programme_suffix(Path(path))
        try:
            services = Services.create(path, name.strip(), organiser=organiser.strip())
        except UserError as exc:
            errors.show_user_error(self, exc)
            return False
        self.set_document(services)
        self.show_page("setup")
        return True

    def set_document(self, services: Services, *, overview: QWidget | None = None,
                     page: str | None = None) -> None:
        """Show ``services``' document; ``overview`` is the snapshot overview to turn live in
        place (its scroll position and selection stay), ``page`` the screen to show."""
        from jalostamo.ui.bridge import ChangeBridge

        self._install_menus()  # the other areas follow documentOpened
        self.close_document()
        self.services = services
        self.bridge = ChangeBridge(services, self)
        self.bridge.changed.connect(self._on_change)
        if not services.doc.readonly:
            self.settings.remember_file(services.doc.path)
            self.settings.save()
            self._fill_recent_menu(self.recent_menu)  # enabled now if it was empty
        attach = getattr(overview, "attach", None)
        if overview is not None and attach is not None:
            attach(services, self.bridge)
            self._pages["overview"] = overview
        self.statusBar().clearMessage()
        self.unsetCursor()
        self._update_state()
        self.show_page(page or "overview")
        self.documentOpened.emit(services)

    def close_programme(self) -> None:
        """The user closed the programme: it does not reopen at the next start."""
        self.settings.last_file = None
        self.settings.save()
        self.close_document()

    def close_document(self) -> None:
        self._cancel_opening()
        if self.services is None:
            return
        for widget in self._pages.values():  # write what is still being typed, stop timers
            closer = getattr(widget, "shutdown", None)
            if closer is not None:
                errors.guarded(self, closer)
        for key in list(self._pages):
            self._drop_page(key)
        if self._run_session is not None:  # also when the agenda screen is not built
            self._run_session.stop()
        errors.guarded(self, lambda: self.documentClosing.emit(self.services))
        self.undo_stack.clear()
        if self.bridge is not None:
            self.bridge.detach()
            self.bridge.deleteLater()
            self.bridge = None
        services, self.services = self.services, None
        errors.guarded(self, services.close)  # a failed final checkpoint is told, work is safe
        self._update_state()
        self.show_page("start")

    def _on_change(self, change: object) -> None:
        table = getattr(change, "table", "")
        if table in ("programmes", "teams"):
            self._update_state()
            if table == "teams" and getattr(change, "op", "") == "deleted":
                for team_id in getattr(change, "ids", ()):
                    if self._current_key == f"team:{team_id}":
                        self.show_page("overview")
                    self._drop_page(f"team:{team_id}")

    # --- file commands (new, open and demo are in StartCommands) -------------------------

    def export_report(self) -> None:
        if self.services is None:
            return
        from jalostamo.ui.reports.export_dialog import ExportDialog

        dialog = ExportDialog(self.services, self)
        dialog.open()

    def export_tables(self) -> None:
        if self.services is None:
            return
        from jalostamo.ui.table_export import export_tables

        written = export_tables(self, self.services)
        if written:
            self.statusBar().showMessage(
                " ".join(translate("dataout.written", path=p.name, rows=n) for p, n in written))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.close_document()  # the last file stays remembered: it reopens next time
        super().closeEvent(event)


__all__ = ["MainWindow", "UserError"]
