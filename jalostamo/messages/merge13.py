"""Names of the remaining fields a merge conflict can name (links, photos, keys), so that the
conflict view never shows a column name."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "mergefield.alt_text": {"fi": "Kuvan kuvaus (vaihtoehtoinen teksti)",
                            "sv": "Bildbeskrivning (alternativ text)",
                            "en": "Photo description (alt text)"},
    "mergefield.assignment_id": {"fi": "Arviointipari", "sv": "Granskningspar",
                                 "en": "Review pairing"},
    "mergefield.board_version_id": {"fi": "Taulun versio", "sv": "Tavlans version",
                                    "en": "Board version"},
    "mergefield.criterion_id": {"fi": "Arviointikriteeri", "sv": "Kriterium",
                                "en": "Criterion"},
    "mergefield.hypothesis": {"fi": "Hypoteesi", "sv": "Hypotes", "en": "Hypothesis"},
    "mergefield.insight_id": {"fi": "Oivallus", "sv": "Insikt", "en": "Insight"},
    "mergefield.item_id": {"fi": "Taulun kohde", "sv": "Objekt på tavlan", "en": "Board item"},
    "mergefield.key": {"fi": "Tunniste", "sv": "Nyckel", "en": "Key"},
    "mergefield.note_id": {"fi": "Muistilappu", "sv": "Lapp", "en": "Sticky note"},
    "mergefield.original": {"fi": "Kuva", "sv": "Bild", "en": "Photo"},
    "mergefield.preview": {"fi": "Kuvan esikatselu", "sv": "Förhandsbild",
                           "en": "Photo preview"},
    "mergefield.programme_id": {"fi": "Ohjelma", "sv": "Program", "en": "Programme"},
    "mergefield.review_id": {"fi": "Vertaisarviointi", "sv": "Kamratgranskning",
                             "en": "Peer review"},
    "mergefield.round_id": {"fi": "Arviointikierros", "sv": "Granskningsomgång",
                            "en": "Review round"},
    "mergefield.seed": {"fi": "Arvonnan siemenluku", "sv": "Lottningens frö",
                        "en": "Draw seed"},
    "mergefield.session_id": {"fi": "Testaus", "sv": "Test", "en": "Test session"},
    "mergefield.summary": {"fi": "Yhteenveto", "sv": "Sammanfattning", "en": "Summary"},
    "mergefield.test_session_id": {"fi": "Testaus", "sv": "Test", "en": "Test session"},
    "mergefield.thumbnail": {"fi": "Pikkukuva", "sv": "Miniatyr", "en": "Thumbnail"},
    "mergefield.vote_id": {"fi": "Pisteäänestys", "sv": "Prickröstning", "en": "Dot voting"},
}
