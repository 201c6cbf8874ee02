"""Getting started: a checklist window from install to the first workshop report of one's own
programme. Its steps tick themselves from the open programme (a document is open, workshops
with dates, city teams, the first workshop's agenda) and from what the settings remember of it
(the workshop was run in run mode, a workshop report was exported); each step has a button that
takes the person to the right screen or dialog.

It opens by itself the first time the app starts (:func:`install`, called by ``app.run``;
``Settings.guide_seen``) and from Help → Getting started.

:class:`ProgressWatcher` notices the last two steps without the screens knowing about it: it
watches the agenda screen's run mode and the report export dialog (a child of the window).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jalostamo.services.settings import Settings

if TYPE_CHECKING:
    from jalostamo.services import Services

STEPS: tuple[str, ...] = ("programme", "workshops", "teams", "agenda", "run", "report")
CHECKLIST_NAME = "gettingStarted"
WATCHER_NAME = "gettingStartedWatcher"
DONE, TODO = "✓", "○"


@dataclass(frozen=True)
class StepState:
    key: str
    done: bool
    enabled: bool  # its button can be used now


def programme_key(services: Services) -> str:
    """How the settings name a programme: its file's resolved path."""
    return str(Path(services.doc.path).resolve())


def is_demo(services: Services | None) -> bool:
    """Is the open programme the demo (``ui.demo.demo_path``), not the person's own?"""
    if services is None:
        return False
    from jalostamo.paths import user_data_dir

    demo = user_data_dir() / "demo" / "demo.jalostamo"
    return Path(services.doc.path).resolve() == demo.resolve()


def step_states(window: Any) -> list[StepState]:
    """Where the person is: each step done or not, from the window's open programme (the demo
    programme ticks nothing: the steps are for a programme of one's own)."""
    services: Services | None = getattr(window, "services", None)
    settings: Settings = window.settings
    done = dict.fromkeys(STEPS, False)
    if services is not None and not is_demo(services):
        done["programme"] = True
        workshops = services.programme.workshops()
        done["workshops"] = bool(workshops) and all(w.held_on is not None for w in workshops)
        done["teams"] = bool(services.teams.list())
        done["agenda"] = bool(workshops) and bool(services.programme.agenda(workshops[0].id))
        key = programme_key(services)
        done["run"] = key in settings.workshops_run or _in_run_mode(window)
        done["report"] = key in settings.reports_exported
    has_doc = services is not None
    return [StepState(step, done[step], step == "programme" or has_doc) for step in STEPS]


def _in_run_mode(window: Any) -> bool:
    agenda = getattr(window, "_pages", {}).get("agenda")
    modes = getattr(agenda, "modes", None)
    return modes is not None and modes.currentWidget() is getattr(agenda, "run_panel", None)


def _remember(window: Any, field: str) -> None:
    """Note in the settings that ``field``'s step was done for the open programme."""
    services = getattr(window, "services", None)
    if services is None:
        return
    settings: Settings = window.settings
    done: list[str] = getattr(settings, field)
    key = programme_key(services)
    if key not in done:
        done.append(key)
        del done[:-50]  # a bounded list: the newest programmes
        settings.save()
    checklist = window.findChild(GettingStarted, CHECKLIST_NAME)
    if checklist is not None:
        checklist.refresh()


class ProgressWatcher(QObject):
    """Notices run mode on the agenda screen and an exported workshop report."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName(WATCHER_NAME)
        self.window_ = window
        self._pending = False
        window.installEventFilter(self)
        stack = getattr(window, "stack", None)
        if stack is not None:
            stack.currentChanged.connect(lambda _i: self._screen_changed())
        self._screen_changed()

    def _screen_changed(self) -> None:
        agenda = getattr(self.window_, "_pages", {}).get("agenda")
        modes = getattr(agenda, "modes", None)
        if modes is not None and not modes.property("guideWatched"):
            modes.setProperty("guideWatched", True)
            modes.currentChanged.connect(lambda _i: self._mode_changed())

    def _mode_changed(self) -> None:
        if _in_run_mode(self.window_):
            _remember(self.window_, "workshops_run")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a new child is still being built: look at the window's dialogs once it is (once for
        # a burst of children, such as the menus' actions being rebuilt)
        if watched is self.window_ and event.type() == QEvent.Type.ChildAdded \
                and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._hook_export_dialogs)
        return False

    def _hook_export_dialogs(self) -> None:
        self._pending = False
        for dialog in self.window_.findChildren(QDialog, "reportExportDialog",
                                                Qt.FindChildOption.FindDirectChildrenOnly):
            self._hook_dialog(dialog)

    def _hook_dialog(self, dialog: QObject) -> None:
        if dialog.property("guideWatched"):
            return
        dialog.setProperty("guideWatched", True)
        written = getattr(dialog, "written", None)  # the report is written on a worker
        export_button = getattr(dialog, "export_button", None)
        if written is not None:
            written.connect(lambda _path: self._exported(dialog))
        elif export_button is not None:
            export_button.clicked.connect(lambda: self._exported(dialog))

    def _exported(self, dialog: Any) -> None:
        """Called after the dialog's own export (connected later, so it runs after it)."""
        kind = dialog.kind.currentData() if hasattr(dialog, "kind") else None
        if getattr(dialog, "result_path", None) is not None and kind == "workshop":
            _remember(self.window_, "reports_exported")


def watch_progress(window: QMainWindow) -> ProgressWatcher:
    watcher = window.findChild(ProgressWatcher, WATCHER_NAME)
    return watcher if watcher is not None else ProgressWatcher(window)


def install(window: QMainWindow) -> GettingStarted | None:
    """At the app's start: watch the progress, and the first time ever open the checklist."""
    watch_progress(window)
    settings: Settings = window.settings  # type: ignore[attr-defined]
    if settings.guide_seen:
        return None
    settings.guide_seen = True
    settings.save()
    return open_checklist(window)


def open_checklist(window: QMainWindow) -> GettingStarted:
    watch_progress(window)
    checklist = window.findChild(GettingStarted, CHECKLIST_NAME)
    if checklist is None:
        checklist = GettingStarted(window)
    checklist.refresh()
    checklist.show()
    checklist.raise_()
    checklist.activateWindow()
    return checklist


class GettingStarted(QWidget):
    """The checklist: one row per step (mark, text, button); a window of its own beside the
    main window, not modal."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.setObjectName(CHECKLIST_NAME)
        self.window_ = window
        self.heading = QLabel(self)
        self.heading.setObjectName("gettingStartedTitle")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self)
        self.intro.setObjectName("gettingStartedIntro")
        self.intro.setWordWrap(True)
        self.demo_note = QLabel(self)
        self.demo_note.setObjectName("gettingStartedDemo")
        self.demo_note.setWordWrap(True)
        self.demo_note.setStyleSheet("font-weight: bold;")
        self.demo_note.hide()
        self.marks: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        for row, step in enumerate(STEPS):
            mark = QLabel(self)
            mark.setObjectName(f"mark-{step}")
            font = mark.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            mark.setFont(font)
            text = QLabel(self)
            text.setObjectName(f"step-{step}")
            text.setWordWrap(True)
            button = QPushButton(self)
            button.setObjectName(f"go-{step}")
            button.clicked.connect(lambda _c=False, s=step: self.go(s))
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.marks[step], self.texts[step], self.buttons[step] = mark, text, button
        self.help_button = QPushButton(self)
        self.help_button.setObjectName("gettingStartedHelp")
        self.help_button.clicked.connect(self._open_help)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("gettingStartedClose")
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.help_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.demo_note)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.resize(640, 440)
        self._bridge: QObject | None = None
        opened = getattr(window, "documentOpened", None)
        if opened is not None:
            opened.connect(lambda _s: self.refresh())
        closing = getattr(window, "documentClosing", None)
        if closing is not None:  # refreshed once the document is gone
            closing.connect(lambda _s: QTimer.singleShot(0, self.refresh))
        stack = getattr(window, "stack", None)
        if stack is not None:
            stack.currentChanged.connect(lambda _i: self.refresh())
        self.retranslate()

    # --- texts ------------------------------------------------------------------------------

    def step_texts(self) -> dict[str, tuple[str, str]]:
        """Each step's description and its button's text."""
        return {
            "programme": (self.tr("1. Create your programme: its name and where the file is "
                                  "kept. Everything is saved in that one file as you work."),
                          self.tr("New programme…")),
            "workshops": (self.tr("2. Add the workshops with their dates and their phase of "
                                  "the Double Diamond (Programme setup → Workshops)."),
                          self.tr("Add workshops")),
            "teams": (self.tr("3. Add the city teams, their themes and members "
                              "(Programme setup → City teams)."),
                      self.tr("Add city teams")),
            "agenda": (self.tr("4. Plan the first workshop's agenda: add activities and choose "
                               "a method card for each (Agenda and timer)."),
                       self.tr("Plan the agenda")),
            "run": (self.tr("5. Run the workshop from the agenda: run mode shows the current "
                            "activity and its timer, also on the projector."),
                    self.tr("Run the workshop")),
            "report": (self.tr("6. Export the workshop report as a PDF "
                               "(File → Export report…)."),
                       self.tr("Export report…")),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Getting started — Jalostamo"))
        self.heading.setText(self.tr("Getting started"))
        self.intro.setText(self.tr(
            "From an empty start to the first workshop report of your own programme in six "
            "steps. A step is ticked when the open programme has it done; the buttons take "
            "you to the right place. Press F1 on any screen for its guide."))
        for step, (text, button) in self.step_texts().items():
            self.texts[step].setText(text)
            self.buttons[step].setText(button)
        self.demo_note.setText(self.tr(
            "The demo programme is open: it shows what a finished spring looks like. The steps "
            "tick for a programme of your own (step 1)."))
        self.help_button.setText(self.tr("Help for this screen"))
        self.close_button.setText(self.tr("Close"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # --- state ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._follow_bridge()
        if not self.isVisible():  # closed: refreshed when shown again
            return
        self.demo_note.setVisible(is_demo(getattr(self.window_, "services", None)))
        for state in step_states(self.window_):
            mark = self.marks[state.key]
            mark.setText(DONE if state.done else TODO)
            mark.setStyleSheet("color: #2B8A3E;" if state.done else "color: #868E96;")
            mark.setAccessibleName(self.tr("Done") if state.done else self.tr("Not done yet"))
            self.buttons[state.key].setEnabled(state.enabled)

    def done_steps(self) -> list[str]:
        return [s.key for s in step_states(self.window_) if s.done]

    def _follow_bridge(self) -> None:
        """Refresh on every change of the open programme (the bridge is per document)."""
        bridge = getattr(self.window_, "bridge", None)
        if bridge is not None and bridge is not self._bridge:
            self._bridge = bridge
            bridge.changed.connect(lambda _c: self.refresh())

    # --- going there ------------------------------------------------------------------------

    def go(self, step: str) -> None:
        window: Any = self.window_
        if step == "programme":
            window.new_programme()
            return
        if window.services is None:
            return
        if step in ("workshops", "teams"):
            window.show_page("setup")
            setup = window.current_page()
            setup.tabs.setCurrentWidget(setup.workshops if step == "workshops" else setup.teams)
        elif step in ("agenda", "run"):
            window.show_page("agenda")
            agenda = window.current_page()
            if step == "run" and agenda.schedule() \
                    and agenda.modes.currentWidget() is not agenda.run_panel:
                agenda.enter_run_mode()  # as its Run the workshop button does
        elif step == "report":
            window.export_report()
            for dialog in window.findChildren(QDialog, "reportExportDialog"):
                if dialog.isVisible() and hasattr(dialog, "set_kind"):
                    dialog.set_kind("workshop")
            return
        window.activateWindow()
        window.raise_()

    def _open_help(self) -> None:
        from jalostamo.ui.help_panel import show_help

        show_help(self.window_)
