"""A name and its Finnish inflected forms in free text (what erasing a person looks for)."""

from __future__ import annotations

import pytest

from jalostamo.services.name_forms import name_pattern

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
]
NOT_FOUND = [
    ("Maija Virtanen", "Maija Virtasalo"),  # another surname on the same stem
    ("Maija Virtanen", "Annamaija Virtanen"),
    ("Anna", "Annamari tuli"),  # a one-word name stands alone or takes a case ending
    ("Jukka", "Jukkala"),
    ("Lee", "Leeds"),
]


@pytest.mark.parametrize(("name", "text"), FOUND)
def test_inflected_forms_are_found(name: str, text: str) -> None:
    assert name_pattern(name).search(text) is not None


@pytest.mark.parametrize(("name", "text"), NOT_FOUND)
def test_other_words_are_left_alone(name: str, text: str) -> None:
    assert name_pattern(name).search(text) is None


def test_the_whole_inflected_name_is_replaced() -> None:
    text = "Kysyin Maija Virtaselta ja Maija Virtasen äidiltä."
    assert name_pattern("Maija Virtanen").sub("Henkilö 7", text) == \
        "Kysyin Henkilö 7 ja Henkilö 7 äidiltä."
