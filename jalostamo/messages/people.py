"""Messages of the people screen, invited experts and teams of several cities (issue 16)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "people.bad_email": {
        "fi": "\u201c{value}\u201d ei ole sähköpostiosoite (esim. etunimi.sukunimi@thl.fi).",
        "sv": "\u201d{value}\u201d är ingen e-postadress (t.ex. fornamn.efternamn@thl.fi).",
        "en": "\u201c{value}\u201d is not an e-mail address (e.g. first.last@thl.fi).",
    },
    "people.already_expert": {
        "fi": "{name} on jo ohjelman kutsuttu asiantuntija.",
        "sv": "{name} är redan en inbjuden expert i programmet.",
        "en": "{name} is already an invited expert of the programme.",
    },
    "teams.same_city_needs_name": {
        "fi": "Ohjelmassa on jo tiimi kaupungille {city}. Anna uudelle tiimille nimi, joka "
              "erottaa ne, esimerkiksi sen teema.",
        "sv": "Programmet har redan ett team för {city}. Ge det nya teamet ett namn som skiljer "
              "dem åt, till exempel dess tema.",
        "en": "The programme already has a team for {city}. Give the new team a name that tells "
              "them apart, for example its theme.",
    },
    "teams.duplicate_name": {
        "fi": "Ohjelmassa on jo tiimi nimeltä {name}.",
        "sv": "Programmet har redan ett team som heter {name}.",
        "en": "The programme already has a team called {name}.",
    },
    "field.expertise": {"fi": "Asiantuntemus", "sv": "Expertis", "en": "Expertise"},
    "report.people": {"fi": "Ihmiset", "sv": "Personer", "en": "People"},
    "report.invited_experts": {"fi": "Kutsutut asiantuntijat", "sv": "Inbjudna experter",
                               "en": "Invited experts"},
    "report.person.name": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    "report.person.title_org": {"fi": "Tehtävä ja organisaatio",
                                "sv": "Befattning och organisation",
                                "en": "Title and organisation"},
    "report.person.role": {"fi": "Rooli", "sv": "Roll", "en": "Role"},
    "report.person.facilitator": {"fi": "fasilitaattori", "sv": "facilitator",
                                  "en": "facilitator"},
    "report.person.invited_expert": {"fi": "kutsuttu asiantuntija", "sv": "inbjuden expert",
                                     "en": "invited expert"},
    "report.cities": {"fi": "Kaupungit", "sv": "Städer", "en": "Cities"},
}
