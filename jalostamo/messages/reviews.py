"""Messages of peer review: criteria, protocols and their columns, errors."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # criteria (default labels; a programme may rename them)
    "reviews.criterion.new": {"fi": "Uusi", "sv": "Ny", "en": "New"},
    "reviews.criterion.concrete": {"fi": "Konkreettinen", "sv": "Konkret", "en": "Concrete"},
    "reviews.criterion.bounded": {"fi": "Rajattu", "sv": "Avgränsad", "en": "Bounded"},
    "reviews.criterion.measurable": {"fi": "Mitattava", "sv": "Mätbar", "en": "Measurable"},
    "reviews.criterion.user_tested": {
        "fi": "Käyttäjätestattu", "sv": "Användartestad", "en": "User-tested"},
    "reviews.criterion.scalable": {"fi": "Skaalautuva", "sv": "Skalbar", "en": "Scalable"},
    # protocols
    "reviews.protocol.like_wish_whatif": {
        "fi": "Pidän · Toivoisin · Entä jos",
        "sv": "Jag gillar · Jag önskar · Tänk om",
        "en": "I like · I wish · What if",
    },
    "reviews.protocol.tuning": {
        "fi": "Viritysprotokolla (lämmin ja viileä palaute)",
        "sv": "Finjusteringsprotokoll (varm och sval respons)",
        "en": "Tuning protocol (warm and cool feedback)",
    },
    "reviews.protocol.gallery_walk": {
        "fi": "Galleriakävely ja pisteäänestys",
        "sv": "Gallerivandring med prickröstning",
        "en": "Gallery walk with dots",
    },
    # columns
    "reviews.column.like": {"fi": "Pidän", "sv": "Jag gillar", "en": "I like"},
    "reviews.column.wish": {"fi": "Toivoisin", "sv": "Jag önskar", "en": "I wish"},
    "reviews.column.what_if": {"fi": "Entä jos", "sv": "Tänk om", "en": "What if"},
    "reviews.column.warm": {"fi": "Lämmin palaute", "sv": "Varm respons", "en": "Warm feedback"},
    "reviews.column.cool": {"fi": "Viileä palaute", "sv": "Sval respons", "en": "Cool feedback"},
    "reviews.column.comment": {"fi": "Kommentit", "sv": "Kommentarer", "en": "Comments"},
    "reviews.column.dot": {"fi": "Pisteet", "sv": "Prickar", "en": "Dots"},
    # tuning protocol steps
    "reviews.step.introduction": {"fi": "Johdanto", "sv": "Inledning", "en": "Introduction"},
    "reviews.step.presentation": {
        "fi": "Tiimin esittely", "sv": "Teamets presentation", "en": "Team presentation"},
    "reviews.step.clarifying": {
        "fi": "Tarkentavat kysymykset", "sv": "Förtydligande frågor", "en": "Clarifying questions"},
    "reviews.step.reflection": {
        "fi": "Hiljainen pohdinta", "sv": "Tyst reflektion", "en": "Silent reflection"},
    "reviews.step.warm_cool": {
        "fi": "Lämmin ja viileä palaute", "sv": "Varm och sval respons",
        "en": "Warm and cool feedback"},
    "reviews.step.response": {
        "fi": "Tiimin vastaus", "sv": "Teamets svar", "en": "The team's response"},
    "reviews.step.debrief": {"fi": "Purku", "sv": "Avrundning", "en": "Debrief"},
    "reviews.anonymous": {"fi": "Nimetön arvioija", "sv": "Anonym granskare", "en": "Anonymous reviewer"},
    "reviews.expert": {"fi": "Kutsuttu asiantuntija", "sv": "Inbjuden expert", "en": "Invited expert"},
    "reviews.round_default_title": {
        "fi": "Vertaisarviointi {number}", "sv": "Kamratgranskning {number}",
        "en": "Peer review {number}"},
    # errors
    "reviews.error.score": {
        "fi": "Arvosanan pitää olla 1–4 (annettu {value}).",
        "sv": "Poängen ska vara 1–4 (angiven {value}).",
        "en": "A score must be 1–4 (given {value}).",
    },
    "reviews.error.k": {
        "fi": "Arvioitavia tiimejä pitää olla 1–{limit} (annettu {value}).",
        "sv": "Antalet team att granska ska vara 1–{limit} (angivet {value}).",
        "en": "Teams to review must be 1–{limit} (given {value}).",
    },
    "reviews.error.too_few_teams": {
        "fi": "Vertaisarviointiin tarvitaan vähintään kaksi tiimiä (nyt {count}).",
        "sv": "Kamratgranskning kräver minst två team (nu {count}).",
        "en": "Peer review needs at least two teams (now {count}).",
    },
    "reviews.error.self": {
        "fi": "Tiimi ei voi arvioida itseään.",
        "sv": "Ett team kan inte granska sig självt.",
        "en": "A team cannot review itself.",
    },
    "reviews.error.duplicate": {
        "fi": "{reviewer} arvioi jo tiimin {reviewee} tällä kierroksella.",
        "sv": "{reviewer} granskar redan {reviewee} i denna omgång.",
        "en": "{reviewer} already reviews {reviewee} in this round.",
    },
    "reviews.error.column": {
        "fi": "Sarake {column} ei kuulu tämän kierroksen protokollaan.",
        "sv": "Kolumnen {column} hör inte till omgångens protokoll.",
        "en": "The column {column} is not part of this round's protocol.",
    },
    "reviews.error.empty_note": {
        "fi": "Kirjoita palautteen teksti ennen kuin lisäät sen.",
        "sv": "Skriv responsens text innan du lägger till den.",
        "en": "Type the feedback before adding it.",
    },
    "reviews.error.dots": {
        "fi": "Jokaisella arvioijalla on {limit} pistettä; ne on jo käytetty.",
        "sv": "Varje granskare har {limit} prickar; de är redan använda.",
        "en": "Each reviewer has {limit} dots; they are all used.",
    },
    "reviews.error.criterion_label": {
        "fi": "Anna arviointikriteerille nimi.",
        "sv": "Ge kriteriet ett namn.",
        "en": "Give the criterion a name.",
    },
    "reviews.error.has_reviews": {
        "fi": "Kierroksella on jo kirjoitettuja arviointeja; arvioijia ei jaeta uudelleen.",
        "sv": "Omgången har redan skrivna granskningar; granskarna fördelas inte på nytt.",
        "en": "This round already has written reviews; reviewers are not reassigned.",
    },
}
