"""Messages of the board's presentation mode and its own templates (issue 17)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "board17.no_frames": {
        "fi": "Taululla ei ole kehyksiä esitettäväksi. Lisää kehys (F) ja aseta sisältö sen päälle.",
        "sv": "Tavlan har inga ramar att visa. Lägg till en ram (F) och placera innehållet på den.",
        "en": "The board has no frames to present. Add a frame (F) and put the content on it.",
    },
    "board17.template_name": {
        "fi": "Anna pohjalle nimi.",
        "sv": "Ge mallen ett namn.",
        "en": "Give the template a name.",
    },
    "board17.template_unreadable": {
        "fi": "Pohjatiedostoa {path} ei voi lukea: {reason}",
        "sv": "Mallfilen {path} kan inte läsas: {reason}",
        "en": "The template file {path} cannot be read: {reason}",
    },
    "board17.template_not_saved": {
        "fi": "Pohjaa ei voitu tallentaa tiedostoon {path}: {reason}",
        "sv": "Mallen kunde inte sparas i filen {path}: {reason}",
        "en": "The template could not be saved to {path}: {reason}",
    },
}
