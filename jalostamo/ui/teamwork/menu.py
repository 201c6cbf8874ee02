"""The "Teamwork" menu and what its commands do in the open document."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from jalostamo.errors import FileRefused, UserError
from jalostamo.i18n import current_language, translate
from jalostamo.paths import with_programme_suffix
from jalostamo.ui import errors
from jalostamo.ui.actions import ActionSpec, create_actions
from jalostamo.ui.cheap_qt import open_and_forget
from jalostamo.ui.translate import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from jalostamo.services import Services
    from jalostamo.services.merge import MergeSummary

log = logging.getLogger(__name__)

FILE_FILTER = "Jalostamo (*.jalostamo)"

#: the Teamwork menu's commands (their place: ``menu_structure``); handlers are methods here
ACTIONS = (
    ActionSpec("teamwork.team_file", QT_TRANSLATE_NOOP("TeamworkMenu", "&Make team file…"),
               "make_team_file", context="TeamworkMenu"),
    ActionSpec("teamwork.send", QT_TRANSLATE_NOOP("TeamworkMenu", "&Send my work…"),
               "send_work", context="TeamworkMenu"),
    ActionSpec("teamwork.merge", QT_TRANSLATE_NOOP("TeamworkMenu", "Mer&ge files…"),
               "merge_files", context="TeamworkMenu"),
    ActionSpec("teamwork.conflicts", QT_TRANSLATE_NOOP("TeamworkMenu", "&Conflicts…"),
               "show_conflicts", context="TeamworkMenu"),
)


def info_box(parent: Any, text: str, name: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, "Jalostamo", text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    return box


def write_failed_text(path: Path, exc: OSError) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Teamwork", "Could not write %1: %2. Check that the stick or folder is writable and has "
                    "free space, or choose another place.").replace("%1", str(path)).replace(
        "%2", exc.strerror or str(exc))


class TeamworkMenu(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("teamworkControl")
        self.window = window
        self.services: Services | None = None
        self.merge_dialog: Any = None  # the merge preview, once its worker is done
        self.actions: dict[str, QAction] = create_actions(window, ACTIONS, self)
        add = getattr(window, "add_menu_actions", None)
        if add is not None:
            add(self.actions)
        for name, slot in (("documentOpened", self._opened), ("documentClosing", self._closing)):
            signal = getattr(window, name, None)
            if signal is not None:
                signal.connect(slot)
        window.windowTitleChanged.connect(self._mark_title)
        current = getattr(window, "services", None)
        if current is not None:
            self._opened(current)
        self._update()

    # --- the menu ---------------------------------------------------------------------------

    def _update(self) -> None:
        svc = self.services
        writable = svc is not None and not svc.doc.readonly
        team_file = svc is not None and svc.doc.role == "team"
        enabled = {"teamwork.team_file": writable and not team_file,
                   "teamwork.send": svc is not None and team_file,
                   "teamwork.merge": writable,
                   "teamwork.conflicts": svc is not None}
        for action_id, action in self.actions.items():
            action.setEnabled(enabled[action_id])

    # --- the document ---------------------------------------------------------------------------

    def _opened(self, services: Services) -> None:
        self.services = services
        self._update()
        self._mark_title(self.window.windowTitle())

    def _closing(self, _services: Services) -> None:
        self.services = None
        self._update()

    def team_file_title(self) -> str | None:
        """"Team file: Turku" when the open file is a team's, else None."""
        svc = self.services
        if svc is None or svc.doc.role != "team" or not svc.doc.team_id:
            return None
        try:
            name = svc.teams.get(svc.doc.team_id).display_name
        except UserError:
            name = "?"
        return self.tr("Team file: %1").replace("%1", name)

    def _mark_title(self, title: str) -> None:
        mark = self.team_file_title()
        if mark and not title.startswith(mark):
            self.window.setWindowTitle(f"{mark} — {title}")

    # --- commands ----------------------------------------------------------------------------

    def make_team_file(self) -> None:
        if self.services is None:
            return
        from jalostamo.ui.teamwork.team_file_dialog import TeamFileDialog

        dialog = TeamFileDialog(self.services, self.window)
        dialog.accepted.connect(lambda: self.write_team_file(dialog.team_id(), dialog.path()))
        open_and_forget(dialog)

    def write_team_file(self, team_id: str | None, path: Path) -> Any:
        """Write the team file on a worker; returns the job (False when nothing was started)."""
        svc = self.services
        if svc is None or team_id is None:
            return False
        team = svc.teams.get(team_id).display_name

        def done(_result: object) -> None:
            errors.present(info_box(self.window, translate(
                "teamfile.done", current_language(), team=team, path=str(path)), "teamFileDone"))

        return self._in_background("teamFile", lambda: svc.team_files.make_team_file(team_id, path),
                                   path, done, self.tr("Writing the team file…"))

    def _in_background(self, name: str, work: Any, path: Path, done: Any, label: str) -> Any:
        """Run a file-writing command on a worker, with its failures told as before."""
        from jalostamo.ui import workers
        from jalostamo.ui.progress import with_progress

        def failed(exc: BaseException) -> None:
            if isinstance(exc, FileRefused) and name == "sendWork":
                errors.present(self._warning(exc.message(current_language())))
            elif isinstance(exc, UserError):
                errors.show_user_error(self.window, exc)
            elif isinstance(exc, OSError):
                errors.present(self._warning(write_failed_text(path, exc)))
            else:
                errors.report(self.window, exc)

        job = workers.start(name, lambda _task: work(), on_success=done, on_error=failed)
        return with_progress(job, label, self.window, cancellable=False)

    def send_work(self) -> None:
        if self.services is None:
            return
        work = self.tr("work", "a part of the suggested file name")
        suggestion = self.services.doc.path.with_name(
            f"{self.services.doc.path.stem}-{work}.jalostamo")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Send my work"),
                                              str(suggestion), FILE_FILTER)
        if path:
            self.send_work_to(Path(path))

    def send_work_to(self, path: Path) -> Any:
        svc = self.services
        if svc is None:
            return False
        path = with_programme_suffix(path)  # ".JALOSTAMO" as typed is the suffix too
        if path.resolve() == svc.doc.path.resolve():
            errors.present(self._warning(self.tr(
                "That is the open file itself; choose another place, such as a USB stick.")))
            return False

        def done(_result: object) -> None:
            errors.present(info_box(self.window, translate(
                "teamfile.sent", current_language(), path=str(path)), "workSent"))

        return self._in_background("sendWork", lambda: svc.team_files.send_work(path), path,
                                   done, self.tr("Writing your work…"))

    def merge_files(self) -> None:
        if self.services is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Merge files"),
                                                str(self.services.doc.path.parent), FILE_FILTER)
        if paths:
            self.preview_merge([Path(p) for p in paths])

    def preview_merge(self, paths: Sequence[Path]) -> Any:
        """Work out on a worker what merging ``paths`` would change (progress, Cancel), then
        show the preview, or why the files are refused. Returns the job; ``self.merge_dialog``
        is the dialog once shown."""
        if self.services is None:
            return None
        from jalostamo.ui import workers
        from jalostamo.ui.progress import with_progress
        from jalostamo.ui.teamwork.merge_worker import run_merge

        services, paths = self.services, [Path(p) for p in paths]
        self.merge_dialog = None
        job = workers.start(
            "mergePreview", lambda task: run_merge(services.merge, paths, task, write=False),
            error_parent=self.window)
        job.succeeded.connect(lambda preview: self._show_preview(services, paths, preview))
        with_progress(job, self.tr("Reading the files to merge…"), self.window)
        return job

    def _show_preview(self, services: Services, paths: list[Path], preview: MergeSummary) -> None:
        if services is not self.services:
            return  # the programme was closed meanwhile
        from jalostamo.ui.teamwork.merge_dialog import MergePreviewDialog

        dialog = MergePreviewDialog(services, paths, self.window, preview=preview)
        dialog.merged.connect(self._merged)
        self.merge_dialog = open_and_forget(dialog)

    def _merged(self, summary: MergeSummary) -> None:
        stack = getattr(self.window, "undo_stack", None)
        if stack is not None:
            stack.clear()  # the merge is not an undoable edit; older steps no longer fit
        from jalostamo.ui.teamwork.merge_dialog import summary_text

        text = summary_text(summary, preview=False) + "\n\n" + self.tr(
            "The undo history was cleared: a merge cannot be undone with Undo; a backup copy "
            "was taken before it.")
        box = info_box(self.window, text, "mergeDone")
        if summary.conflicts:
            show = box.addButton(self.tr("Show conflicts"), QMessageBox.ButtonRole.ActionRole)
            show.setObjectName("showConflicts")
            show.clicked.connect(self.show_conflicts)
        errors.present(box)

    def show_conflicts(self) -> Any:
        if self.services is None:
            return None
        from PySide6.QtGui import QUndoStack

        from jalostamo.ui.teamwork.conflicts_dialog import ConflictsDialog

        stack = getattr(self.window, "undo_stack", None) or QUndoStack(self)
        dialog = ConflictsDialog(self.services, stack, getattr(self.window, "bridge", None),
                                 self.window)
        return open_and_forget(dialog)

    def _warning(self, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, "Jalostamo", text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("teamworkWarning")
        return box
