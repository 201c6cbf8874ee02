"""Every domain message exists in Finnish, Swedish and English with the same placeholders."""

from __future__ import annotations

import string

import pytest

from jalostamo.i18n import LANGUAGES, normalise, translate
from jalostamo.messages import MESSAGES


def _fields(text: str) -> set[str]:
    """The parameters of a message; a plural choice ``{count#one|other}`` names ``count``."""
    return {name.split("#")[0] for _, name, _, _ in string.Formatter().parse(text) if name}


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


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "C.UTF-8"}, "fi"),
    ({"LANG": "POSIX"}, "fi"),
    ({"LANG": "sv_FI.UTF-8"}, "sv"),
    ({"LC_ALL": "en_GB.UTF-8", "LANG": "fi_FI.UTF-8"}, "en"),
])
def test_system_language_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                              env: dict[str, str], expected: str) -> None:
    from jalostamo.i18n import system_language

    for var in ("JALOSTAMO_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert system_language() == expected


def test_windows_locale_names() -> None:
    assert normalise("Swedish_Finland") == "sv"
    assert normalise("Finnish_Finland") == "fi"
    assert normalise("English_United Kingdom") == "en"


def test_a_field_is_named_in_the_users_language(services) -> None:
    """The services name a field by its column; the user reads its name ("city" → Kaupunki)."""
    from jalostamo.errors import InvalidInput

    with pytest.raises(InvalidInput) as caught:
        services.teams.add("  ")
    assert caught.value.message("fi") == "Kaupunki on pakollinen."
    assert caught.value.message("sv") == "Stad är obligatoriskt."
    assert caught.value.message("en") == "City is required."
    bad = InvalidInput("input.bad_value", field="value", detail="noin 11")
    assert bad.message("fi") == "Kentän \u201cArvo\u201d arvo ei kelpaa: noin 11"
    # a name the UI has translated already, or a column with no name, is shown as it is
    assert InvalidInput("input.required", field="Arvo").message("fi") == "Arvo on pakollinen."
    assert InvalidInput("input.required", field="zzz").message("en") == "zzz is required."


@pytest.mark.parametrize(("lang", "one", "many"), [
    ("fi", "1 kuva tuotu, 0 hylätty.", "3 kuvaa tuotu, 1 hylätty."),
    ("sv", "1 bild importerad, 0 avvisade.", "3 bilder importerade, 1 avvisad."),
    ("en", "1 photo imported, 0 refused.", "3 photos imported, 1 refused."),
])
def test_counts_take_the_singular_or_the_plural(lang: str, one: str, many: str) -> None:
    assert translate("image.summary", lang, imported=1, refused=0) == one
    assert translate("image.summary", lang, imported=3, refused=1) == many


def test_every_plural_choice_names_a_parameter_of_its_message() -> None:
    import re

    for key, entry in MESSAGES.items():
        for lang in LANGUAGES:
            for name, one, other in re.findall(r"\{(\w+)#([^{}|]*)\|([^{}]*)\}", entry[lang]):
                assert "{" + name + "}" in entry[lang], (key, lang, name)
                assert one.strip() and other.strip(), (key, lang)
