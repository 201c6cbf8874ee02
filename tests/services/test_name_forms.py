"""A name and its forms in free text (what erasing a person looks for)."""

from __future__ import annotations

import unicodedata

import pytest

from jalostamo.services.name_forms import fold, name_pattern, quick_test

NFD = unicodedata.normalize("NFD", "Anna-Liisa Mäki-Petäjä")

FOUND = [
    ("Maija Virtanen", "Kysyin Maija Virtaselta."),  # -nen surnames take an -s- stem
    ("Maija Virtanen", "maija virtasen mielestä"),
    ("Maija Virtanen", "Maija Virtasellekin"),
    ("Maija Virtanen", "Maija Virtanenkin oli paikalla"),  # a glued ending
    ("Jukka", "Kerro Jukalle."),  # kk weakens: Jukka → Jukan, Jukalle
    ("Jukka", "Jukan idea"),
    ("Jukka", "Kysy Jukkaa"),  # strong forms keep the name whole
    ("Antti Mäkelä", "Antti Mäkelän mukaan"),
    ("Seppo", "Sepon mielestä"),
    ("Anna", "Annalle kiitos"),
    ("Jo Lee", "Soita Jo Lee:lle"),
    ("Lee", "Lee:lle"),
    # white space of any kind between the names
    ("Katja Lehtinen", "Katja\nLehtinen"),
    ("Katja Lehtinen", "Katja\r\nLehtisen mukaan"),
    ("Katja Lehtinen", "Katja  Lehtinen"),
    ("Katja Lehtinen", "Katja\u00a0Lehtinen"),
    ("Katja Lehtinen", "Katja\u202fLehtinen"),
    ("Katja Lehtinen", "Katja\tLehtinen"),
    ("Katja  Lehtinen ", "Katja Lehtinen"),  # the stored name's own spaces do not matter
    # surname first, with the case ending on the first name
    ("Katja Lehtinen", "Lehtinen, Katja"),
    ("Katja Lehtinen", "LEHTINEN Katja"),
    ("Katja Lehtinen", "Lehtinen Katja"),
    ("Katja Lehtinen", "Kysy Lehtinen Katjalta"),
    ("Katja Lehtinen", "Lehtinen, Katjan ehdotus"),
    ("Jukka Virtanen", "Virtanen Jukalle"),
    # initials with the surname
    ("Katja Lehtinen", "K. Lehtinen"),
    ("Katja Lehtinen", "K.Lehtiselle"),
    ("Anna-Liisa Mäki-Petäjä", "A.-L. Mäki-Petäjä"),
    ("Anna-Liisa Mäki-Petäjä", "A-L. Mäki-Petäjän"),
    # e-mail addresses, Finnish letters folded
    ("Katja Lehtinen", "katja.lehtinen@hel.fi"),
    ("Katja Lehtinen", "<Katja.Lehtinen@hel.fi>"),
    ("Katja Lehtinen", "k.lehtinen@espoo.fi"),
    ("Katja Lehtinen", "lehtinen.katja@vantaa.fi"),
    ("Katja Lehtinen", "klehtinen@gmail.com"),
    ("Katja Lehtinen", "katja_lehtinen2@gmail.com"),
    ("Antti Mäkelä", "antti.makela@tampere.fi"),
    ("Anna-Liisa Mäki-Petäjä", "anna-liisa.maki-petaja@oulu.fi"),
    ("Anna-Liisa Mäki-Petäjä", "annaliisa.makipetaja@oulu.fi"),
    ("Anna-Liisa Mäki-Petäjä", "al.maki-petaja@oulu.fi"),
    ("Jukka", "jukka@example.fi"),
    # hyphenated names, and letters in either Unicode form
    ("Anna-Liisa Mäki-Petäjä", "Anna-Liisa Mäki-Petäjältä"),
    ("Anna-Liisa Mäki-Petäjä", "Mäki-Petäjä, Anna-Liisa"),
    ("Anna-Liisa Mäki-Petäjä", "Anna-Liisa Mäki-\nPetäjä"),
    ("Anna-Liisa Mäki-Petäjä", NFD),  # the text in NFD, the name in NFC
    (NFD, "Anna-Liisa Mäki-Petäjä"),  # the name in NFD, the text in NFC
    ("Antti Mäkelä", unicodedata.normalize("NFD", "Antti Mäkelälle")),
]
NOT_FOUND = [
    ("Maija Virtanen", "Maija Virtasalo"),  # another surname on the same stem
    ("Maija Virtanen", "Annamaija Virtanen"),
    ("Maija Virtanen", "Maija Virtanenova"),  # a form must end where the word ends
    ("Anna", "Annamari tuli"),  # a one-word name stands alone or takes a case ending
    ("Jukka", "Jukkala"),
    ("Lee", "Leeds"),
    ("Jo Lee", "Lee Jonathan"),
    # a surname alone may be another person, or a place: it is left for the user to judge
    ("Katja Lehtinen", "Pekka Lehtisen kirjasto"),
    ("Katja Lehtinen", "Lehtisen kirjasto on auki"),
    ("Katja Lehtinen", "Katja kävi kirjastossa"),
    ("Katja Lehtinen", "Katja. Lehtinen tuli myöhemmin"),  # two sentences, not a name
    ("Katja Lehtinen", "P. Lehtinen"),  # another initial
    ("Katja Lehtinen", "OK. Lehtinen"),
    ("Katja Lehtinen", "pekka.lehtinen@hel.fi"),
    ("Katja Lehtinen", "katja.lehtisalo@hel.fi"),
    ("Katja Lehtinen", "katja.lehtinen.fi"),  # not an address
]


@pytest.mark.parametrize(("name", "text"), FOUND)
def test_forms_are_found(name: str, text: str) -> None:
    assert name_pattern(name).search(text) is not None
    assert quick_test(name)(text)  # the fast test erasing runs first lets each one through


@pytest.mark.parametrize(("name", "text"), NOT_FOUND)
def test_other_words_are_left_alone(name: str, text: str) -> None:
    assert name_pattern(name).search(text) is None


def test_the_whole_inflected_name_is_replaced() -> None:
    text = "Kysyin Maija Virtaselta ja Maija Virtasen äidiltä."
    assert name_pattern("Maija Virtanen").sub("Henkilö 7", text) == \
        "Kysyin Henkilö 7 ja Henkilö 7 äidiltä."


@pytest.mark.parametrize(("text", "expected"), [
    ("Lähetä Katja.Lehtinen@hel.fi:lle", "Lähetä H 7:lle"),
    ("Lehtinen, Katjalta kysyttiin", "H 7 kysyttiin"),
    ("(K. Lehtinen, Pekka Lehtinen)", "(H 7, Pekka Lehtinen)"),
    ("Katja\u00a0Lehtisen\nmukaan", "H 7\nmukaan"),
])
def test_each_form_is_replaced_as_a_whole(text: str, expected: str) -> None:
    assert name_pattern("Katja Lehtinen").sub("H 7", text) == expected


def test_the_stored_address_is_found_as_it_is() -> None:
    pattern = name_pattern("Katja Lehtinen", emails=["kl.123@kunta.fi"])
    assert pattern.sub("H", "Postia: KL.123@kunta.fi.") == "Postia: H."
    assert quick_test("Katja Lehtinen", emails=["kl.123@kunta.fi"])("KL.123@kunta.fi")
    assert not quick_test("Katja Lehtinen")("Pekka Virtanen, Katja")


def test_fold_removes_accents_as_addresses_do() -> None:
    assert fold("Mäkelä-Öhman Åsa") == "makela-ohman asa"
