"""The in-app guides: one short Markdown text per screen and topic, in Finnish, Swedish and
English, read from ``assets/help/<lang>/<topic>.md``. No Qt here (the help panel renders them).

A guide starts with a ``# Title`` line: the panel's list of topics shows it.
"""

from __future__ import annotations

from functools import cache

from jalostamo.i18n import DEFAULT_LANGUAGE, LANGUAGES, current_language
from jalostamo.paths import asset

#: every topic, in the order the help panel lists them
TOPICS: tuple[str, ...] = (
    "start", "overview", "setup", "guide", "agenda",
    "card", "insights", "board", "tests", "reviews", "indicators",
    "teamwork", "safety",
)

#: the team page's tabs (``team_page.TABS``) each have their own guide of the same name
TEAM_TABS: tuple[str, ...] = ("card", "insights", "board", "tests", "reviews", "indicators")


def topic_for(page_key: str, tab: str | None = None) -> str:
    """The guide of a screen: ``page_key`` is the main window's page key (start, overview,
    setup, guide, agenda, monitoring, team:<id>[:<tab>]); ``tab`` the team page's tab."""
    parts = page_key.split(":")
    if parts[0] == "team":
        tab = tab or (parts[2] if len(parts) > 2 else None)
        return tab if tab in TEAM_TABS else "card"
    if parts[0] == "people":  # the programme's people are part of its setup
        return "setup"
    if parts[0] == "monitoring":  # the programme's monitoring is the indicators' guide
        return "indicators"
    return parts[0] if parts[0] in TOPICS else "start"


@cache
def _read(lang: str, topic: str) -> str:
    path = asset("help", lang, f"{topic}.md")
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def guide_text(topic: str, lang: str | None = None) -> str:
    """The Markdown of ``topic`` in ``lang`` (the current language by default); Finnish when
    that language has no text for it."""
    lang = lang or current_language()
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    return _read(lang, topic) or _read(DEFAULT_LANGUAGE, topic)


def guide_title(topic: str, lang: str | None = None) -> str:
    """The first ``# `` heading of the guide (its title in the list of topics)."""
    for line in guide_text(topic, lang).splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return topic
