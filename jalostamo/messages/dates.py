"""Messages of dates typed into fields."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "input.date_not_understood": {
        "fi": "\u201c{detail}\u201d ei ole päivämäärä (kenttä \u201c{field}\u201d). Kirjoita esimerkiksi 13.3.2019, 13.3. tai 2019-03-13.",
        "sv": "\u201d{detail}\u201d är inget datum (fältet \u201d{field}\u201d). Skriv till exempel 13.3.2019, 13.3. eller 2019-03-13.",
        "en": "\u201c{detail}\u201d is not a date (field \u201c{field}\u201d). Type for example 13.3.2019, 13.3. or 2019-03-13.",
    },
    "field.date": {"fi": "Päivämäärä", "sv": "Datum", "en": "Date"},
    "field.starts_on": {"fi": "Alkaa", "sv": "Börjar", "en": "Starts"},
    "field.ends_on": {"fi": "Päättyy", "sv": "Slutar", "en": "Ends"},
    "field.decided_on": {"fi": "Päätöksen päivämäärä", "sv": "Beslutsdatum", "en": "Decided on"},
    "field.baseline_on": {"fi": "Lähtötason päivämäärä", "sv": "Utgångsnivåns datum", "en": "Baseline date"},
    "field.target_on": {"fi": "Tavoitteen päivämäärä", "sv": "Målets datum", "en": "Target date"},
}
