"""Messages of the facilitator's desk (programme setup validation)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "desk.time_format": {
        "fi": "Anna alkamisaika muodossa TT:MM, esimerkiksi 09:00 (nyt: {value}).",
        "sv": "Ange starttiden som TT:MM, till exempel 09:00 (nu: {value}).",
        "en": "Give the start time as HH:MM, for example 09:00 (now: {value}).",
    },
    "desk.workshop_number_taken": {
        "fi": "Työpaja numero {number} on jo olemassa; valitse toinen numero.",
        "sv": "Workshop nummer {number} finns redan; välj ett annat nummer.",
        "en": "Workshop number {number} already exists; choose another number.",
    },
    "desk.theme_exists": {
        "fi": "Teema ”{name}” on jo ohjelmassa.",
        "sv": "Temat ”{name}” finns redan i programmet.",
        "en": "The theme “{name}” is already in the programme.",
    },
    "desk.name_required": {
        "fi": "{what} ei voi olla tyhjä.",
        "sv": "{what} kan inte vara tomt.",
        "en": "{what} cannot be empty.",
    },
    "desk.dates_order": {
        "fi": "Loppupäivä {ends} on ennen alkupäivää {starts}.",
        "sv": "Slutdatumet {ends} är före startdatumet {starts}.",
        "en": "The end date {ends} is before the start date {starts}.",
    },
}
