"""Dates as people type them, in Finnish, Swedish or English: ``13.3.2019``, ``13.3.``,
``2019-03-13``, ``13/3/2019``, ``13 March 2019``, ``13. maaliskuuta 2019``, ``13 mars 2019``.

Day before month, as in Finland and Sweden and in British English; a year left out is taken
from the date the field is near (the programme's dates) or from today; a two-digit year is in
this century. Anything else is refused with :class:`DateNotUnderstood`, never guessed.
"""

from __future__ import annotations

import re
from datetime import date

from jalostamo.errors import InvalidInput

_MONTHS = {
    # English, Swedish and Finnish month names (Finnish in the nominative and the partitive
    # that follows a day: "13. maaliskuuta"), matched by their first letters
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "maj": 5, "okt": 10,
    "tammi": 1, "helmi": 2, "maalis": 3, "huhti": 4, "touko": 5, "kesä": 6, "kesa": 6,
    "heinä": 7, "heina": 7, "elo": 8, "syys": 9, "loka": 10, "marras": 11, "joulu": 12,
}

_NUMERIC = re.compile(r"^(\d{1,2})\s*[./]\s*(\d{1,2})\s*(?:[./]\s*(\d{2}|\d{4})?)?\s*\.?$")
_ISO = re.compile(r"^(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})$")
_NAMED = re.compile(r"^(\d{1,2})\.?\s+([^\W\d_]+)\.?\s*(\d{4})?$")
_LONGEST_TEXT = 40


class DateNotUnderstood(InvalidInput):
    """The text is not a date; the message shows what was typed and an example."""

    key = "input.date_not_understood"


def parse_date(text: str, *, today: date, near: date | None = None,
               field: str = "date") -> date | None:
    """The date ``text`` means, ``None`` for an empty text; raises :class:`DateNotUnderstood`.

    ``near`` (e.g. the programme's first workshop) gives the year of a date typed without one.
    """
    typed = " ".join(text.split())
    if not typed or typed in ("-", "\u2013"):
        return None
    if len(typed) <= _LONGEST_TEXT:
        found = _match(typed.lower(), (near or today).year)
        if found is not None:
            return found
    raise DateNotUnderstood(field=field, detail=typed[:_LONGEST_TEXT])


def _match(typed: str, default_year: int) -> date | None:
    numeric = _NUMERIC.match(typed)
    if numeric:
        day, month, year = numeric.groups()
        return _date(_year(year, default_year), int(month), int(day))
    iso = _ISO.match(typed)
    if iso:
        year, month, day = iso.groups()
        return _date(int(year), int(month), int(day))
    named = _NAMED.match(typed)
    if named:
        day, name, year = named.groups()
        month = next((m for prefix, m in _MONTHS.items() if name.startswith(prefix)), None)
        if month is not None:
            return _date(_year(year, default_year), month, int(day))
    return None


def _year(typed: str | None, default_year: int) -> int:
    if not typed:
        return default_year
    year = int(typed)
    return 2000 + year if len(typed) == 2 else year


def _date(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2200:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def format_date(value: date | None) -> str:
    """How a date is shown in a field: ``13.3.2019`` (read back by :func:`parse_date`)."""
    return "" if value is None else f"{value.day}.{value.month}.{value.year}"
