"""Help → Help for this screen (F1): a dock beside the screens that shows the guide of the
screen and tab the person is on, and follows them as they move on. Help → Getting started
opens the first-run checklist (:mod:`jalostamo.ui.getting_started`).

The two commands are plain functions taking the window first, so that the window gets them as
methods with one line (see ``ViewControls``). Nothing here touches Qt's enum namespace or the
domain layer at import time (the first frame imports this module).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl
from PySide6.QtWidgets import QComboBox, QDockWidget, QMainWindow, QTextBrowser, QVBoxLayout, QWidget

from jalostamo.i18n import current_language
from jalostamo.services.help_guides import TEAM_TABS, TOPICS, guide_text, guide_title, topic_for

if TYPE_CHECKING:
    from jalostamo.ui.getting_started import GettingStarted

PANEL_NAME = "helpPanel"


def show_help(window: QMainWindow) -> None:
    """Show (or bring forward) the help panel with the guide of the current screen."""
    from PySide6.QtCore import Qt

    panel = help_panel(window)
    if panel is None:
        panel = HelpPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
        # beside the screen, not over half of it; at 1280 pixels the team page keeps the room
        # its tab titles need (400 pixels cut off the last tabs behind scroll arrows)
        window.resizeDocks([panel], [max(320, min(340, window.width() // 3))],
                           Qt.Orientation.Horizontal)
    panel.show()
    panel.follow_screen()
    panel.raise_()
    panel.browser.setFocus()


def show_getting_started(window: QMainWindow) -> GettingStarted:
    from jalostamo.ui.getting_started import open_checklist

    return open_checklist(window)


def after_first_paint(window: QMainWindow) -> None:
    """At the app's start (``app.run``): once the window has painted, watch the facilitator's
    progress and, the first time ever, open the Getting started checklist."""
    FirstPaint(window)


class FirstPaint(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Paint:
            self.window_.removeEventFilter(self)
            timer = QTimer(self)  # after the frame reaches the screen
            timer.setSingleShot(True)
            timer.timeout.connect(self._install)
            timer.start(0)
        return False

    def _install(self) -> None:
        from jalostamo.ui.getting_started import install

        install(self.window_)
        self.deleteLater()


def help_panel(window: QMainWindow) -> HelpPanel | None:
    panel = window.findChild(QDockWidget, PANEL_NAME)
    return panel if isinstance(panel, HelpPanel) else None


def current_topic(window: Any) -> str:
    """The guide of the screen (and tab) shown in ``window`` now."""
    key = str(getattr(window, "_current_key", "start"))
    pages: dict[str, Any] = getattr(window, "_pages", {})
    stack = getattr(window, "stack", None)
    widget = stack.currentWidget() if stack is not None else None
    # the stack may already show another screen while the key is being updated
    key = next((k for k, w in pages.items() if w is widget), key)
    tab = None
    if key.startswith("team:") and widget is not None and hasattr(widget, "tabs"):
        index = widget.tabs.currentIndex()  # the team page's tabs are in TEAM_TABS' order
        tab = TEAM_TABS[index] if 0 <= index < len(TEAM_TABS) else None
    return topic_for(key, tab)


def panel_markdown(text: str) -> str:
    """A guide's headings two levels down: a narrow panel, not a page (Qt draws # very large)."""
    return "\n".join("##" + line if line.startswith("#") else line for line in text.splitlines())


class HelpPanel(QDockWidget):
    """A topic list and the guide's text; follows the window's screen and team tab."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName(PANEL_NAME)
        self.topic = "start"
        self._language = ""
        body = QWidget(self)
        self.topics = QComboBox(body)
        self.topics.setObjectName("helpTopics")
        self.topics.activated.connect(lambda i: self.show_topic(self.topics.itemData(i)))
        self.browser = QTextBrowser(body)
        self.browser.setObjectName("helpText")
        self.browser.setOpenLinks(False)  # a guide links to other guides: help:<topic>
        self.browser.anchorClicked.connect(self._link)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.topics)
        layout.addWidget(self.browser, 1)
        self.setWidget(body)
        self.setMinimumWidth(300)
        self.retranslate()
        stack = getattr(window, "stack", None)
        if stack is not None:
            stack.currentChanged.connect(lambda _i: self.follow_screen())

    def retranslate(self) -> None:
        self._language = current_language()
        self.setWindowTitle(self.tr("Help"))
        self.topics.setAccessibleName(self.tr("Guides"))
        self.browser.setAccessibleName(self.tr("Guide"))
        self.topics.blockSignals(True)
        self.topics.clear()
        for topic in TOPICS:
            self.topics.addItem(guide_title(topic), topic)
        self.topics.blockSignals(False)
        self.show_topic(self.topic)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def follow_screen(self) -> None:
        """Show the guide of the window's current screen and tab (when the panel is open;
        F1 brings it up to date)."""
        if not self.isVisible():
            return
        self._hook_team_tabs()
        self.show_topic(current_topic(self.window_))

    def _hook_team_tabs(self) -> None:
        stack = getattr(self.window_, "stack", None)
        widget = stack.currentWidget() if stack is not None else None
        tabs = getattr(widget, "tabs", None) if widget is not None else None
        if widget is not None and tabs is not None and not tabs.property("helpFollows"):
            tabs.setProperty("helpFollows", True)
            tabs.currentChanged.connect(lambda _i: self._tab_changed(widget))

    def _tab_changed(self, page: QWidget) -> None:
        stack = getattr(self.window_, "stack", None)
        if self.isVisible() and stack is not None and stack.currentWidget() is page:
            self.show_topic(current_topic(self.window_))

    def show_topic(self, topic: str) -> None:
        if self._language != current_language():  # the window was just translated
            self.topic = topic
            self.retranslate()
            return
        self.topic = topic if topic in TOPICS else "start"
        self.topics.setCurrentIndex(max(0, self.topics.findData(self.topic)))
        self.browser.setMarkdown(panel_markdown(guide_text(self.topic)))
        self.browser.verticalScrollBar().setValue(0)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "help":
            self.show_topic(url.path())

