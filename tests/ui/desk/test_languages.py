"""Languages: Finnish by default, Swedish and English by setting or --lang; no visible string of
the main screens is left in English when the app speaks Finnish or Swedish."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from jalostamo.services import guide
from jalostamo.services.settings import Settings
from jalostamo.ui.i18n.compile import HERE as I18N_DIR
from jalostamo.ui.main_window import MainWindow
from jalostamo.ui.settings_dialog import SettingsDialog

#: sources whose correct translation is the same word (checked by a native speaker's glossary)
SAME_IN = {
    "fi": {"min", "+1 min", "%1 min"},
    "sv": {"min", "+1 min", "%1 min", "Workshop", "Workshop %1", "&Workshop:", "Team", "Problem",
           "Budget", "Expert", "Start", "&Start", "W%1", "Workshops"},
}
#: proper names and data that are the same in every language
PROPER = {"Jalostamo", "Persona", "English", "suomi", "svenska", "–", "✓"}


def english_sources() -> set[str]:
    root = ET.parse(I18N_DIR / "desk_fi.ts").getroot()
    return {m.findtext("source") or "" for m in root.iter("message")}


def english_assets() -> set[str]:
    texts = set()
    for card in guide.methods("en"):
        texts |= {card.name, card.purpose, *card.steps}
    for phase in guide.phases("en"):
        texts |= {phase.name, phase.purpose, *phase.produce}
    return texts


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(text, where) for every string a user can see or hear on ``root``."""
    found: list[tuple[str, str]] = []

    def add(text: str, where: str) -> None:
        for part in text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\n"):
            if part.strip():
                found.append((part.strip(), where))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = f"{type(w).__name__}#{w.objectName()}"
        add(w.accessibleName(), name)
        add(w.toolTip(), name)
        if isinstance(w, QLabel):
            add(re.sub(r"<[^>]+>", "\n", w.text()), name)
        elif isinstance(w, QAbstractButton):
            add(w.text(), name)
        elif isinstance(w, QGroupBox):
            add(w.title(), name)
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            add(w.placeholderText(), name)
        elif isinstance(w, QTextBrowser):
            add(w.toPlainText(), name)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w.itemText(i), name)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w.tabText(i), name)
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                add(w.item(i).text(), name)
        elif isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                header = w.horizontalHeaderItem(c)
                if header is not None:
                    add(header.text(), name)
                    add(header.toolTip(), name)
    return found


def translations(lang: str) -> set[str]:
    root = ET.parse(I18N_DIR / f"desk_{lang}.ts").getroot()
    return {(m.findtext("translation") or "").replace("&", "") for m in root.iter("message")}


def left_over_in_english(texts: list[tuple[str, str]]) -> list[str]:
    """In English, no Finnish or Swedish UI string may remain (e.g. a translator not removed
    after a language switch)."""
    foreign = (translations("fi") | translations("sv")) - {s.replace("&", "")
                                                           for s in english_sources()}
    foreign = {t for t in foreign if "%" not in t}
    return [f"{where}: {text!r}" for text, where in texts if text in foreign]


def untranslated(texts: list[tuple[str, str]], lang: str) -> list[str]:
    sources = english_sources()
    allowed = SAME_IN[lang]
    patterns = [(s, re.compile("^" + re.escape(s.replace("&", "")).replace("%1", ".+?")
                                .replace("%2", ".+?").replace("%3", ".+?") + "$"))
                for s in sources if "%" in s and s not in allowed]
    plain = {s.replace("&", "") for s in sources if s not in allowed} | english_assets()
    plain -= {s.replace("&", "") for s in allowed}
    bad = []
    for text, where in texts:
        if text in PROPER or text.isdigit():
            continue
        pieces = {text, *(p.strip() for p in re.split(r" · |, |: | — |\(|\)", text))}
        hit = next((p for p in pieces if p in plain), None)
        if hit is None:
            hit = next((s for s, rx in patterns if rx.match(text)), None)
        if hit is not None:
            bad.append(f"{where}: {text!r} (English: {hit!r})")
    return bad


def main_screens(window) -> Iterator[str]:
    """Show each main screen in turn, yielding its name while it is on screen."""
    window.show_page("start")
    yield "start"
    for key in ("overview", "guide"):
        window.show_page(key)
        yield key
    window.show_page("setup")
    for index in range(window.current_page().tabs.count()):
        window.current_page().tabs.setCurrentIndex(index)
        yield f"setup-{index}"
    window.show_page("agenda")
    yield "agenda"
    window.current_page().enter_run_mode()
    yield "run"
    window.current_page().leave_run_mode()
    team = window.services.teams.list()[0]
    window.show_page(f"team:{team.id}")
    page = window.current_page()
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        yield f"team-{index}"


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_visible_string_of_the_main_screens_is_left_in_another_language(
        make_window: Callable[..., MainWindow], sample_file: Path, lang: str) -> None:
    make_window("fi")  # the English run starts from Finnish: its translators must go away
    window = make_window(lang)
    window.open_file(sample_file)
    problems: list[str] = []
    screens = 0
    for screen in main_screens(window):
        screens += 1
        texts = visible_texts(window)
        found = left_over_in_english(texts) if lang == "en" else untranslated(texts, lang)
        problems += [f"[{screen}] {p}" for p in found]
    assert screens == 14
    check = (lambda texts: left_over_in_english(texts)) if lang == "en" else (
        lambda texts: untranslated(texts, lang))
    for menu in window.menuBar().actions():
        problems += check([(menu.text().replace("&", ""), "menu")])
        submenu = menu.menu()  # typed as QObject: Qt's template returns the menu
        assert isinstance(submenu, QMenu)
        for action in submenu.actions():
            problems += check([(action.text().replace("&", ""), "menu item")])
    dialog = SettingsDialog(window.settings, window)
    problems += check(visible_texts(dialog))
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_check_finds_an_english_string():
    """The detector itself: an English label in a Swedish screen is reported, and a Finnish
    one in an English screen."""
    assert left_over_in_english([("Ohjelman yleiskuva", "QListWidget#x")])
    assert not left_over_in_english([("Programme overview", "QListWidget#x")])
    assert untranslated([("Programme overview", "QLabel#x")], "sv")
    assert untranslated([("Workshop 3", "QLabel#x")], "fi")
    assert not untranslated([("Workshop 3", "QLabel#x")], "sv")
    assert untranslated([("Stakeholder map", "QListWidget#methods")], "sv")


def test_language_is_chosen_from_lang_then_settings_then_system(monkeypatch):
    from jalostamo.ui.app import choose_language

    assert choose_language("sv", Settings(language="en")) == "sv"
    assert choose_language(None, Settings(language="en")) == "en"
    monkeypatch.setenv("JALOSTAMO_LANG", "sv_FI.UTF-8")
    assert choose_language(None, Settings()) == "sv"


def test_start_in_english_with_lang(make_window, qtbot, sample_file):
    from jalostamo.ui.app import create_window

    hook = sys.excepthook
    try:
        window = create_window(sample_file, lang="en", settings=Settings())
    finally:
        sys.excepthook = hook
    # deleted at the end, not left to the garbage collector: PySide 6.11 crashes collecting
    # a main window that was never painted
    qtbot.addWidget(window)
    try:
        assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Edit"]
        assert window.navigator.list.item(1).text() == "Programme overview"
    finally:
        window.close()
        make_window("fi")  # puts the Finnish translators back


def test_switch_language_in_settings(window, qtbot, sample_file):
    window.open_file(sample_file)
    window.show_page("agenda")
    assert window.menuBar().actions()[0].text() == "&Tiedosto"
    window.actions_by_id["edit.settings"].trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("sv"))
    dialog.accept()
    assert window.menuBar().actions()[0].text() == "&Arkiv"
    assert window.current_page().objectName() == "agendaPage"  # the same screen, now in Swedish
    assert window.current_page().run_button.text() == "&Led workshoppen"
    assert Settings.load().language == "sv"
    assert "Ångra" in window.undo_action.text()


def test_every_translation_file_is_complete():
    for ts in sorted(Path(I18N_DIR).glob("desk_*.ts")):
        root = ET.parse(ts).getroot()
        for message in root.iter("message"):
            translation = message.find("translation")
            assert translation is not None and translation.get("type") is None, (
                f"{ts.name}: {message.findtext('source')!r} is not translated")
            assert (translation.text or "").strip(), message.findtext("source")
            for mark in ("%1", "%2", "%3"):
                assert (mark in (message.findtext("source") or "")) == (
                    mark in (translation.text or "")), (ts.name, message.findtext("source"))


def test_changing_only_the_zoom_keeps_the_running_timer(window, sample_file):
    window.open_file(sample_file)
    window.show_page("agenda")
    agenda = window.current_page()
    agenda.enter_run_mode()
    agenda.run_panel.timer.start()
    window.actions_by_id["edit.settings"].trigger()
    dialog = window.findChild(SettingsDialog)
    dialog.zoom_box.setValue(2.0)
    dialog.accept()
    assert window.settings.presentation_zoom == 2.0
    assert window.current_page() is agenda and agenda.run_panel.timer.running
    agenda.run_panel.timer.pause()
