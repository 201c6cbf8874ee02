"""The desk's screens by page key, built on first use (so that opening a programme only loads
the screen it shows): overview, setup, people, guide, agenda, team:<id>[:<tab>]. :class:`PageHost` is
the main window's part that holds them in a stack and shows them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStackedWidget, QWidget

from jalostamo.services.settings import Settings
from jalostamo.ui.navigation import Navigator
from jalostamo.ui.start_commands import StartCommands

if TYPE_CHECKING:
    from jalostamo.services import Services
    from jalostamo.services.opening import Snapshot
    from jalostamo.ui.bridge import ChangeBridge
    from jalostamo.ui.main_window import Opening
    from jalostamo.ui.run_session import RunSession


def build_page(key: str, services: Services, undo_stack: QUndoStack,
               bridge: ChangeBridge | None, settings: Settings,
               open_page: Callable[[str], None], run: RunSession | None = None) -> QWidget:
    """The screen for ``key``; ``open_page`` is called with a key when the screen links on;
    ``run`` is the window's run mode, shown by the agenda."""
    args = (services, undo_stack, bridge)
    if key == "overview":
        from jalostamo.ui.overview_page import OverviewPage

        overview = OverviewPage(*args)
        overview.requested.connect(open_page)
        return overview
    if key == "setup":
        from jalostamo.ui.setup_page import SetupPage

        return SetupPage(*args)
    if key == "people":  # everyone in the programme, and the invited experts
        from jalostamo.ui.people_page import PeoplePage

        return PeoplePage(*args)
    if key == "guide":
        from jalostamo.ui.phase_guide import PhaseGuidePage

        guide = PhaseGuidePage(*args)
        guide.requested.connect(open_page)
        return guide
    if key == "agenda":
        from jalostamo.ui.agenda_page import AgendaPage

        return AgendaPage(*args, settings=settings, run=run)
    if key == "monitoring":  # every experiment: on track, off track, no recent measurement
        from jalostamo.ui.monitoring.overview import OverviewWidget

        monitoring = OverviewWidget(*args)
        monitoring.setObjectName("monitoringPage")
        monitoring.teamActivated.connect(lambda team_id: open_page(f"team:{team_id}:indicators"))
        return monitoring
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



class PageHost(StartCommands):
    """The screens of the window in a stack, by page key; while a file is being opened
    (``opening``), every screen but the start asks for the snapshot's overview and is
    remembered to be shown once the document is open."""

    services: Services | None
    opening: Opening | None
    undo_stack: QUndoStack
    bridge: ChangeBridge | None
    navigator: Navigator
    stack: QStackedWidget
    _pages: dict[str, QWidget]
    _current_key: str

    @property
    def run_session(self) -> RunSession:
        raise NotImplementedError  # the window's

    def page(self, key: str) -> QWidget:
        """The screen for ``key`` (start, overview, setup, guide, agenda, team:<id>), built
        on first use."""
        if key not in self._pages:
            widget = self._build_page(key)
            self._pages[key] = widget
            self.stack.addWidget(widget)
            self._lock_if_read_only(widget)
        return self._pages[key]

    def _lock_if_read_only(self, widget: QWidget) -> None:
        if self.services is not None and self.services.doc.readonly:
            from jalostamo.ui.read_only_view import lock_editing

            lock_editing(widget)

    def _build_page(self, key: str) -> QWidget:
        if key != "start" and self.services is None and self.opening is not None:
            return build_snapshot_overview(self.opening.snapshot, self.undo_stack,
                                           self.show_page)
        if key == "start" or self.services is None:
            from jalostamo.ui.start_page import StartPage  # not built when a file opens first

            return StartPage(self)
        return build_page(key, self.services, self.undo_stack, self.bridge, self.settings,
                          self.show_page, self.run_session)

    def _drop_page(self, key: str) -> None:
        widget = self._pages.pop(key, None)
        if widget is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()

    def show_page(self, key: str) -> None:
        if self.services is None and self.opening is not None and key != "start":
            if key != "overview":  # shown as soon as the document is open
                self.opening.wanted = key
            key = "overview"
        elif self.services is None:
            key = "start"
        if key.startswith("team:") and key.count(":") >= 2:  # a link to one tab of a team
            team_key = ":".join(key.split(":")[:2])
            if team_key in self._pages:
                self._pages[team_key].show_tab(key.split(":")[2])  # type: ignore[attr-defined]
                key = team_key
            else:
                widget = self._build_page(key)
                self._pages[team_key] = widget
                self.stack.addWidget(widget)
                self._lock_if_read_only(widget)
                key = team_key
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        self._current_key = key
        self.navigator.select(key)

    def current_page(self) -> QWidget:
        widget = self.stack.currentWidget()
        assert widget is not None  # the stack always holds at least the start page
        return widget

    def show_start(self) -> None:
        self.show_page("start")

    def show_overview(self) -> None:
        self.show_page("overview")

    def show_setup(self) -> None:
        self.show_page("setup")

    def show_guide(self) -> None:
        self.show_page("guide")

    def show_agenda(self) -> None:
        self.show_page("agenda")
