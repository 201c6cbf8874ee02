"""Every domain message exists in Finnish, Swedish and English with the same placeholders."""

from __future__ import annotations

import string

import pytest

from jalostamo.i18n import LANGUAGES, normalise, translate
from jalostamo.messages import MESSAGES


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_message_is_complete_in_every_language(key: str) -> None:
    entry = MESSAGES[key]
    assert set(entry) >= set(LANGUAGES), f"{key} lacks {set(LANGUAGES) - set(entry)}"
    fields = {lang: _fields(entry[lang]) for lang in LANGUAGES}
    assert fields["fi"] == fields["sv"] == fields["en"], f"{key}: {fields}"
    assert all(entry[lang].strip() for lang in LANGUAGES)


def test_finnish_is_the_default_and_locales_map_to_languages() -> None:
    assert normalise(None) == "fi"
    assert normalise("sv_FI.UTF-8") == "sv"
    assert normalise("en-GB") == "en"
    assert normalise("de_DE") == "fi"
    assert translate("file.missing", "fi", path="x") == "Tiedostoa x ei löydy."
    assert translate("file.missing", "sv", path="x") == "Filen x finns inte."
