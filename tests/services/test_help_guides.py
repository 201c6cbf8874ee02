"""The guides of the help panel: every topic in Finnish, Swedish and English, the Finnish and
Swedish ones not left in English, and every button they name in bold is the UI's own label."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from jalostamo.i18n import LANGUAGES
from jalostamo.paths import asset
from jalostamo.services.help_guides import TEAM_TABS, TOPICS, guide_text, guide_title, topic_for

I18N_DIR = Path(__file__).resolve().parents[2] / "jalostamo" / "ui" / "i18n"
#: English words that do not occur in Finnish or Swedish prose
ENGLISH = {"the", "and", "you", "to", "of", "is", "with", "your", "for", "this", "that", "it",
           "are", "be", "or", "when", "what", "here", "on"}
#: key names written in bold in the guides (not button labels)
KEY = re.compile(r"^((Ctrl|Alt|Shift)\+)*(F\d+|Enter|Esc|Delete|Space|Välilyönti|Mellanslag"
                 r"|Page Up/Down|[A-Z0-9]|\d–\d|!{1,3}|\+)$")


def ui_labels(lang: str) -> set[str]:
    """Every text of the UI's Qt translations in ``lang`` (English: the sources)."""
    texts = set()
    for ts in I18N_DIR.glob("*_fi.ts" if lang == "en" else f"*_{lang}.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            text = message.findtext("source" if lang == "en" else "translation") or ""
            texts.add(text.replace("&", ""))
    return texts


def paragraphs(text: str) -> list[str]:
    """The prose of a guide: headings, bullets and paragraphs, without bold labels and keys."""
    text = re.sub(r"\*\*(.+?)\*\*", " ", text, flags=re.S)
    text = re.sub(r"`[^`]*`|\([^)]*\)|\[[^]]*\]|\"[^\"]*\"", " ", text)
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n(?=- |#)", text) if p.strip()]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_topic_has_a_guide(lang: str) -> None:
    for topic in TOPICS:
        path = asset("help", lang, f"{topic}.md")
        assert path.is_file(), path
        text = guide_text(topic, lang)
        assert text.startswith("# ") and guide_title(topic, lang) != topic, path
        bullets = [line for line in text.splitlines() if line.startswith("- ")]
        assert 3 <= len(bullets) <= 16, (path, len(bullets))
        assert text.count("\n## ") >= 3, path  # what it is for, what one does, tips


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_finnish_and_swedish_guides_are_not_in_english(lang: str) -> None:
    for topic in TOPICS:
        english = guide_text(topic, "en")
        text = guide_text(topic, lang)
        assert text != english
        for paragraph in paragraphs(text):
            words = set(re.findall(r"[a-zåäö]+", paragraph.lower()))
            hits = words & ENGLISH
            assert len(hits) < 2, f"{lang}/{topic}.md reads as English: {paragraph!r}"
    # the check itself finds an English paragraph
    sample = paragraphs(guide_text("agenda", "en"))
    assert any(len(set(re.findall(r"[a-z]+", p.lower())) & ENGLISH) >= 2 for p in sample)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_buttons_are_named_as_the_ui_labels_them(lang: str) -> None:
    labels = ui_labels(lang)
    for topic in TOPICS:
        for bold in re.findall(r"\*\*(.+?)\*\*", guide_text(topic, lang), flags=re.S):
            bold = " ".join(bold.split())
            assert bold in labels or KEY.match(bold) \
                or any(label.startswith(bold + " (") for label in labels), (
                f"{lang}/{topic}.md names {bold!r}, which is no label of the UI")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_links_between_guides_lead_to_guides(lang: str) -> None:
    for topic in TOPICS:
        for target in re.findall(r"\]\(help:([a-z]+)\)", guide_text(topic, lang)):
            assert target in TOPICS, (lang, topic, target)


def test_every_screen_and_tab_has_its_guide() -> None:
    assert topic_for("start") == "start"
    for key in ("overview", "setup", "guide", "agenda"):
        assert topic_for(key) == key
    assert topic_for("monitoring") == "indicators"
    assert topic_for("team:abc") == "card"
    for tab in TEAM_TABS:
        assert topic_for("team:abc", tab) == tab
        assert topic_for(f"team:abc:{tab}") == tab
    assert topic_for("something-new") == "start"


def test_a_missing_translation_falls_back_to_finnish(monkeypatch: pytest.MonkeyPatch) -> None:
    from jalostamo.services import help_guides

    monkeypatch.setattr(help_guides, "_read", lambda lang, topic: "" if lang == "sv" else lang)
    assert guide_text("start", "sv") == "fi"
