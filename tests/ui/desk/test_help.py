"""Help → Help for this screen (F1): the help panel shows the guide of the current screen and
tab, in the UI's language, and follows the person from screen to screen."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from jalostamo.services.help_guides import TEAM_TABS, guide_text, guide_title
from jalostamo.ui import team_page
from jalostamo.ui.help_panel import HelpPanel, help_panel
from jalostamo.ui.i18n.compile import HERE as I18N_DIR

SCREENS = {"overview": "overview", "setup": "setup", "guide": "guide", "agenda": "agenda",
           "monitoring": "indicators"}


def press_f1(window) -> HelpPanel:
    window.actions_by_id["help.guide"].trigger()
    panel = help_panel(window)
    assert panel is not None and panel.isVisible()
    return panel


def first_line(topic: str, lang: str) -> str:
    """The first sentence of the guide's first paragraph (as the panel shows it, plain)."""
    body = guide_text(topic, lang).split("\n\n")[2]
    return " ".join(body.split())[:40]


def shown(panel: HelpPanel) -> str:
    return " ".join(panel.browser.toPlainText().split())


def test_f1_shows_the_guide_of_every_screen_and_tab_in_finnish(window, sample_file, qtbot):
    window.open_file(sample_file)
    window.show_page("start")
    assert guide_title("start", "fi") in shown(press_f1(window))
    for key, topic in SCREENS.items():
        window.show_page(key)
        panel = press_f1(window)
        assert panel.topic == topic
        assert shown(panel).startswith(guide_title(topic, "fi"))
        assert first_line(topic, "fi") in shown(panel)
        assert panel.topics.currentText() == guide_title(topic, "fi")
    turku = window.services.teams.find("Turku").id
    for tab in TEAM_TABS:
        window.show_page(f"team:{turku}:{tab}")
        panel = press_f1(window)
        assert panel.topic == tab, tab
        assert first_line(tab, "fi") in shown(panel)


def test_the_f1_key_opens_the_panel(window, sample_file, qtbot):
    window.open_file(sample_file)
    window.show_page("agenda")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.current_page(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: help_panel(window) is not None and help_panel(window).isVisible())
    assert help_panel(window).topic == "agenda"
    assert window.actions_by_id["help.guide"].shortcut().toString() == "F1"


@pytest.mark.parametrize(("lang", "menu"), [
    ("fi", ["&Ohje tälle näkymälle", "&Aloitusopas", "&Tietoja Jalostamosta"]),
    ("sv", ["&Hjälp för den här vyn", "&Kom igång", "&Om Jalostamo"]),
    ("en", ["&Help for this screen", "&Getting started", "&About Jalostamo"]),
])
def test_the_help_menu_in_each_language(make_window, sample_file, lang, menu):
    window = make_window(lang)
    window.open_file(sample_file)
    help_menu = window.menuBar().actions()[-1].menu()
    assert [a.text() for a in help_menu.actions() if not a.isSeparator()] == menu
    window.show_page("setup")
    panel = press_f1(window)
    assert panel.windowTitle() == {"fi": "Ohje", "sv": "Hjälp", "en": "Help"}[lang]
    assert shown(panel).startswith(guide_title("setup", lang))
    assert first_line("setup", lang) in shown(panel)


def test_the_panel_follows_the_person(window, sample_file, qtbot):
    window.open_file(sample_file)
    panel = press_f1(window)
    assert panel.topic == "overview"
    window.actions_by_id["go.agenda"].trigger()
    assert panel.topic == "agenda" and first_line("agenda", "fi") in shown(panel)
    nav = window.navigator.list  # a click in the left column
    row = next(r for r in range(nav.count()) if nav.item(r).text().strip() == "Oulu")
    nav.itemClicked.emit(nav.item(row))
    assert panel.topic == "card"
    page = window.current_page()
    page.tabs.setCurrentIndex(TEAM_TABS.index("board"))  # the person picks another tab
    assert panel.topic == "board" and first_line("board", "fi") in shown(panel)
    window.show_page("guide")
    assert panel.topic == "guide"
    window.show_page(window.navigator.current_key() or "overview")
    # a guide chosen from the list stays until the screen changes
    panel.topics.setCurrentIndex(panel.topics.findData("safety"))
    panel.topics.activated.emit(panel.topics.currentIndex())
    assert panel.topic == "safety" and first_line("safety", "fi") in shown(panel)
    window.show_page("setup")
    assert panel.topic == "setup"
    # one panel, however often F1 is pressed
    press_f1(window)
    assert len(window.findChildren(QDockWidget, "helpPanel")) == 1


def test_links_between_guides_open_the_other_guide(window, sample_file):
    from PySide6.QtCore import QUrl

    window.open_file(sample_file)
    panel = press_f1(window)
    panel.browser.anchorClicked.emit(QUrl("help:setup"))
    assert panel.topic == "setup"


def test_the_panel_changes_language_with_the_ui(window, sample_file):
    window.open_file(sample_file)
    window.show_page("agenda")
    panel = press_f1(window)
    window.switch_language("sv")
    assert panel.windowTitle() == "Hjälp"
    assert shown(panel).startswith(guide_title("agenda", "sv"))
    assert panel.topics.itemText(0) == guide_title("start", "sv")
    window.switch_language("fi")


def test_team_tabs_are_in_the_guides_order():
    assert team_page.TABS == TEAM_TABS


def test_every_help_translation_is_complete():
    for lang in ("fi", "sv"):
        root = ET.parse(Path(I18N_DIR) / f"help_{lang}.ts").getroot()
        messages = list(root.iter("message"))
        assert messages
        for message in messages:
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None and translation.get("type") is None, source
            assert (translation.text or "").strip() and translation.text != source, source


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_nothing_of_the_panel_or_the_checklist_is_left_in_english(make_window, sample_file,
                                                                   lang):
    from tests.ui.desk.test_languages import untranslated, visible_texts

    window = make_window(lang)
    window.open_file(sample_file)
    window.show_page("agenda")
    panel = press_f1(window)
    window.actions_by_id["help.start"].trigger()
    checklist = window.findChild(QWidget, "gettingStarted")
    root = ET.parse(Path(I18N_DIR) / "help_fi.ts").getroot()
    english = {(m.findtext("source") or "").replace("&", "") for m in root.iter("message")}
    for widget in (panel, checklist):
        texts = visible_texts(widget)
        assert texts
        assert untranslated(texts, lang) == []
        assert [t for t, _where in texts if t in english] == []


def test_a_closed_panel_shows_the_current_screen_when_opened_again(window, sample_file):
    window.open_file(sample_file)
    panel = press_f1(window)
    panel.close()
    window.show_page("guide")
    assert press_f1(window) is panel and panel.topic == "guide"


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_with_the_panel_open_every_team_tab_is_in_view(make_window, sample_file, lang):
    """On a 1280-pixel window the panel leaves the team page room for all its tab titles (no
    title cut off behind the tab bar's scroll arrows)."""
    window = make_window(lang)
    window.resize(1280, 800)
    window.open_file(sample_file)
    turku = window.services.teams.find("Turku").id
    window.show_page(f"team:{turku}:board")
    press_f1(window)
    tabs = window.current_page().tabs
    window.layout().activate()
    assert tabs.tabBar().sizeHint().width() <= tabs.width()
