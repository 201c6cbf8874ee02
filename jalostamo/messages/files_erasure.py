"""Messages of erasing a person that concern copies of the file outside the backup rotation."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "safety.erase.copy_holds": {
        "fi": "Varmuuskopio {when} ({path}) sisältää vielä henkilön tiedot, eikä sitä poisteta tämän tiedoston varmuuskopioiden mukana (se on kopio ohjelmasta toisella tiedostonimellä, esimerkiksi aiemmalla nimellä tai tiimin tiedostona). Poista se.",
        "sv": "Säkerhetskopian {when} ({path}) innehåller fortfarande personens uppgifter och tas inte bort tillsammans med den här filens säkerhetskopior (den är en kopia av programmet under ett annat filnamn, till exempel ett tidigare namn eller som teamets fil). Radera den.",
        "en": "The backup of {when} ({path}) still holds the person's data and is not removed with this file's backups (it is a copy of the programme under another file name, such as an earlier name or a team's file). Delete it.",
    },
    "safety.erase.partial_holds": {
        "fi": "Varmuuskopiota {when} ({path}) ei voi avata (se on keskeneräinen tai vahingoittunut), joten se voi sisältää henkilön tietoja. Poista se.",
        "sv": "Säkerhetskopian {when} ({path}) kan inte öppnas (den är ofullständig eller skadad), så den kan innehålla personens uppgifter. Radera den.",
        "en": "The backup of {when} ({path}) cannot be opened (it is incomplete or damaged), so it may hold the person's data. Delete it.",
    },
    "safety.erase.copy_not_deleted": {
        "fi": "Varmuuskopiota {path} ei voitu poistaa ({detail}). Sulje ohjelmat, jotka käyttävät sitä, ja yritä uudelleen.",
        "sv": "Säkerhetskopian {path} kunde inte raderas ({detail}). Stäng program som använder den och försök igen.",
        "en": "The backup {path} could not be deleted ({detail}). Close programs that use it and try again.",
    },
    "safety.erase.delete_copies_button": {
        "fi": "Poista nämä varmuuskopiot",
        "sv": "Radera dessa säkerhetskopior",
        "en": "Delete these backups",
    },
    "safety.erase.delete_copies_confirm": {
        "fi": "Poistetaanko {count} {count#varmuuskopio|varmuuskopiota}, jotka sisältävät tai voivat sisältää henkilön tietoja, pysyvästi? Ensin otetaan uusi varmuuskopio, josta henkilön tiedot on jo poistettu.",
        "sv": "Radera {count} {count#säkerhetskopia|säkerhetskopior} som innehåller eller kan innehålla personens uppgifter permanent? Först tas en ny säkerhetskopia där personens uppgifter redan har raderats.",
        "en": "Delete for good the {count} {count#backup that holds|backups that hold} or may hold the person's data? A new backup, without the person's data, is taken first.",
    },
    "safety.erase.copies_deleted": {
        "fi": "{count} {count#varmuuskopio, joka sisälsi|varmuuskopiota, jotka sisälsivät} henkilön tietoja, poistettiin. Uusi varmuuskopio otettiin ilman henkilön tietoja.",
        "sv": "{count} {count#säkerhetskopia|säkerhetskopior} som innehöll personens uppgifter raderades. En ny säkerhetskopia utan personens uppgifter togs.",
        "en": "{count} {count#backup that held the person's data was|backups that held the person's data were} deleted. A new backup without the person's data was taken.",
    },
}
