"""Messages of the visual model (boards): items, connectors, clipboard, dot votes, templates."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "boards.unknown_template": {
        "fi": "Pohjaa {template} ei ole.",
        "sv": "Mallen {template} finns inte.",
        "en": "There is no template called {template}.",
    },
    "boards.connector_ends": {
        "fi": "Yhdysviiva tarvitsee kaksi eri kohdetta samalta taululta.",
        "sv": "En koppling behöver två olika objekt på samma tavla.",
        "en": "A connector needs two different items on the same board.",
    },
    "boards.too_small": {
        "fi": "Kohde on liian pieni; leveyden ja korkeuden on oltava vähintään 8.",
        "sv": "Objektet är för litet; bredd och höjd måste vara minst 8.",
        "en": "The item is too small; width and height must be at least 8.",
    },
    "boards.unknown_alignment": {
        "fi": "Tuntematon tasaus: {edge}.",
        "sv": "Okänd justering: {edge}.",
        "en": "Unknown alignment: {edge}.",
    },
    "boards.bad_payload": {
        "fi": "Leikepöydän sisältö ei ole Jalostamon taulun kohteita.",
        "sv": "Urklippet innehåller inga objekt från en Jalostamo-tavla.",
        "en": "The clipboard does not hold items of a Jalostamo board.",
    },
    "boards.vote_dots": {
        "fi": "Pisteitä on oltava {low}–{high} kullakin äänestäjällä.",
        "sv": "Varje röstande ska ha {low}–{high} prickar.",
        "en": "Each voter needs {low}–{high} dots.",
    },
    "boards.vote_closed": {
        "fi": "Pisteäänestys on päättynyt.",
        "sv": "Prickröstningen är avslutad.",
        "en": "The dot vote has ended.",
    },
    "boards.no_vote": {
        "fi": "Taululla ei ole käynnissä pisteäänestystä.",
        "sv": "Det pågår ingen prickröstning på tavlan.",
        "en": "No dot vote is running on this board.",
    },
    "boards.voter_required": {
        "fi": "Kirjoita äänestäjän nimi tai tiimi.",
        "sv": "Skriv den röstandes namn eller team.",
        "en": "Enter the voter's name or team.",
    },
    "boards.vote_item": {
        "fi": "Pisteen voi antaa vain tämän taulun kohteelle.",
        "sv": "En prick kan bara ges till ett objekt på den här tavlan.",
        "en": "A dot can only go on an item of this board.",
    },
    "boards.no_dots_left": {
        "fi": "{voter} on jo käyttänyt kaikki {dots} pistettään.",
        "sv": "{voter} har redan använt alla sina {dots} prickar.",
        "en": "{voter} has already used all {dots} dots.",
    },
    "boards.media_unavailable": {
        "fi": "Kuvia ei voi tuoda tässä versiossa.",
        "sv": "Bilder kan inte importeras i den här versionen.",
        "en": "Photos cannot be imported in this version.",
    },
    "boards.export_failed": {
        "fi": "Taulua ei voitu tallentaa tiedostoon {path}.",
        "sv": "Tavlan kunde inte sparas i filen {path}.",
        "en": "The board could not be saved to {path}.",
    },
}
