"""Screen keys of the room (what a laptop reports and where "bring everyone" leads) and how
they map to the desk's pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from jalostamo.ui.translate import QT_TRANSLATE_NOOP

CONTEXT = "LiveScreens"

#: the screens the facilitator can bring everyone to, in the order of a workshop
SCREENS: dict[str, str] = {
    "desk": QT_TRANSLATE_NOOP("LiveScreens", "Programme overview"),
    "card": QT_TRANSLATE_NOOP("LiveScreens", "Experiment card"),
    "insights": QT_TRANSLATE_NOOP("LiveScreens", "Insights and questions"),
    "board": QT_TRANSLATE_NOOP("LiveScreens", "Visual model"),
    "tests": QT_TRANSLATE_NOOP("LiveScreens", "Tests"),
    "reviews": QT_TRANSLATE_NOOP("LiveScreens", "Peer reviews"),
    "indicators": QT_TRANSLATE_NOOP("LiveScreens", "Indicators"),
}


def screen_name(key: str) -> str:
    source = SCREENS.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def current_screen(window: Any) -> str:
    """The screen key of what ``window`` shows now: a team page's tab, else the desk."""
    stack = getattr(window, "stack", None)
    page = stack.currentWidget() if stack is not None else None
    tabs = getattr(page, "tabs", None)
    if page is not None and page.objectName() == "teamPage" and tabs is not None:
        from jalostamo.ui.team_page import TABS

        index = tabs.currentIndex()
        if 0 <= index < len(TABS):
            return TABS[index]
    return "desk"


def page_for(screen: str, team_id: str | None) -> str:
    """The desk's page key for a screen key (a team's tab needs the laptop's team)."""
    if screen == "desk" or screen not in SCREENS or team_id is None:
        return "overview"
    return f"team:{team_id}:{screen}"
