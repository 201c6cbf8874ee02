"""Messages of tests with the target audience: sessions, the feedback capture grid, insights."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "testing.quadrant.likes": {"fi": "Pidän", "sv": "Gillar", "en": "Likes"},
    "testing.quadrant.criticisms": {"fi": "Kritiikki", "sv": "Kritik", "en": "Criticisms"},
    "testing.quadrant.questions": {"fi": "Kysymykset", "sv": "Frågor", "en": "Questions"},
    "testing.quadrant.ideas": {"fi": "Ideat", "sv": "Idéer", "en": "Ideas"},
    "testing.decision.retire": {"fi": "Lopeta", "sv": "Avsluta", "en": "Retire"},
    "testing.decision.change": {"fi": "Muuta", "sv": "Ändra", "en": "Change"},
    "testing.decision.continue": {"fi": "Jatka", "sv": "Fortsätt", "en": "Continue"},
    "testing.decision.scale_up": {"fi": "Skaalaa", "sv": "Skala upp", "en": "Scale up"},
    "testing.severity.1": {"fi": "Pieni", "sv": "Liten", "en": "Minor"},
    "testing.severity.2": {"fi": "Merkittävä", "sv": "Betydande", "en": "Major"},
    "testing.severity.3": {"fi": "Estävä", "sv": "Blockerande", "en": "Blocking"},
    "testing.quote_withheld": {
        "fi": "[sitaattia ei julkaista: ei suostumusta sitaatteihin]",
        "sv": "[citatet publiceras inte: inget samtycke till citat]",
        "en": "[quote withheld: no consent to quotes]",
    },
    "testing.error.empty_note": {
        "fi": "Kirjoita palautteen teksti ennen kuin lisäät sen.",
        "sv": "Skriv responsens text innan du lägger till den.",
        "en": "Type the feedback before adding it.",
    },
    "testing.error.severity": {
        "fi": "Vakavuuden pitää olla 1–3 (annettu {value}).",
        "sv": "Allvarlighetsgraden ska vara 1–3 (angiven {value}).",
        "en": "Severity must be 1–3 (given {value}).",
    },
    "testing.error.participants": {
        "fi": "Osallistujien määrä ei voi olla negatiivinen (annettu {value}).",
        "sv": "Antalet deltagare kan inte vara negativt (angivet {value}).",
        "en": "The number of participants cannot be negative (given {value}).",
    },
    "testing.error.version_of_other_team": {
        "fi": "Valittu mallin versio ei kuulu tämän tiimin tauluihin.",
        "sv": "Den valda versionen av modellen hör inte till teamets tavlor.",
        "en": "The chosen model version does not belong to this team's boards.",
    },
    "testing.error.other_team": {
        "fi": "Oivallus ja palaute kuuluvat eri tiimeille; niitä ei voi yhdistää.",
        "sv": "Insikten och responsen hör till olika team; de kan inte kopplas ihop.",
        "en": "The insight and the feedback belong to different teams; they cannot be linked.",
    },
    "testing.error.empty_insight": {
        "fi": "Anna oivallukselle otsikko.",
        "sv": "Ge insikten en rubrik.",
        "en": "Give the insight a title.",
    },
    "testing.consent.not_informed": {
        "fi": "Osallistujia ei ole informoitu: palautetta ei pitäisi kerätä ilman tietoista suostumusta.",
        "sv": "Deltagarna har inte informerats: respons bör inte samlas in utan informerat samtycke.",
        "en": "Participants were not informed: feedback should not be collected without informed consent.",
    },
    "testing.consent.minors_without_guardian": {
        "fi": "Mukana on alle 15-vuotiaita ilman huoltajan suostumusta: heidän sitaattejaan ei julkaista.",
        "sv": "Det finns deltagare under 15 år utan vårdnadshavarens samtycke: deras citat publiceras inte.",
        "en": "Under-15s took part without a guardian's consent: their quotes are never exported.",
    },
    "testing.consent.no_quotes": {
        "fi": "Sitaateille ei ole suostumusta: sitaatteja ei julkaista sanatarkasti.",
        "sv": "Inget samtycke till citat: citat publiceras inte ordagrant.",
        "en": "No consent to quotes: quotes are never exported verbatim.",
    },
}
