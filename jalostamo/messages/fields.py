"""Names of the fields a user fills in, for messages about them ("Kaupunki on pakollinen.").

The services name a field by its column (``city``); :class:`jalostamo.errors.InvalidInput`
shows it by the name here, in the user's language. A column with no entry is shown as it is,
and the UI may pass a name it has already translated.
"""

from __future__ import annotations

MESSAGES = {
    "field.name": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    "field.city": {"fi": "Kaupunki", "sv": "Stad", "en": "City"},
    "field.title": {"fi": "Otsikko", "sv": "Rubrik", "en": "Title"},
    "field.minutes": {"fi": "Kesto (min)", "sv": "Längd (min)", "en": "Duration (min)"},
    "field.order": {"fi": "Järjestys", "sv": "Ordning", "en": "Order"},
    "field.kind": {"fi": "Laji", "sv": "Typ", "en": "Kind"},
    "field.value": {"fi": "Arvo", "sv": "Värde", "en": "Value"},
    "field.indicator_id": {"fi": "Indikaattori", "sv": "Indikator", "en": "Indicator"},
    "field.measured_on": {"fi": "Päivämäärä", "sv": "Datum", "en": "Date"},
    "field.baseline_value": {"fi": "Lähtötaso", "sv": "Utgångsnivå", "en": "Baseline"},
    "field.target_value": {"fi": "Tavoitetaso", "sv": "Målnivå", "en": "Target"},
    "field.meaningful_change": {"fi": "Merkittävä muutos", "sv": "Betydande förändring",
                                "en": "Meaningful change"},
    "field.unit": {"fi": "Yksikkö", "sv": "Enhet", "en": "Unit"},
    "field.starts_at": {"fi": "Alkamisaika", "sv": "Starttid", "en": "Start time"},
    "field.held_on": {"fi": "Päivämäärä", "sv": "Datum", "en": "Date"},
    "field.venue": {"fi": "Paikka", "sv": "Plats", "en": "Venue"},
    "field.organiser": {"fi": "Järjestäjä", "sv": "Arrangör", "en": "Organiser"},
    "field.organisation": {"fi": "Organisaatio", "sv": "Organisation", "en": "Organisation"},
    "field.description": {"fi": "Kuvaus", "sv": "Beskrivning", "en": "Description"},
    "field.text": {"fi": "Teksti", "sv": "Text", "en": "Text"},
    "field.note": {"fi": "Huomio", "sv": "Anteckning", "en": "Note"},
    "field.source": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "field.question": {"fi": "Kysymys", "sv": "Fråga", "en": "Question"},
    "field.email": {"fi": "Sähköposti", "sv": "E-post", "en": "Email"},
    "field.role": {"fi": "Rooli", "sv": "Roll", "en": "Role"},
}
