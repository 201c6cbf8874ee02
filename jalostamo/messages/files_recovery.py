"""Messages of recovering a programme file: what lay beside it, a closing that could not finish."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "recovery.checkpoint_failed": {
        "fi": "Tiedostoa {path} ei saatu kirjoitettua loppuun ({detail}). Kaikki muutokset ovat tallessa sen vieressä olevassa tiedostossa {wal}: älä poista äläkä siirrä sitä erikseen. Vapauta levytilaa ja avaa ohjelma uudelleen, niin Jalostamo kokoaa tiedoston.",
        "sv": "Filen {path} kunde inte skrivas färdigt ({detail}). Alla ändringar finns kvar i filen {wal} bredvid den: radera eller flytta den inte separat. Frigör diskutrymme och öppna programmet igen, så sammanställer Jalostamo filen.",
        "en": "The file {path} could not be written completely ({detail}). All changes are safe in the file {wal} beside it: do not delete or move it separately. Free some disk space and open the programme again, and Jalostamo will complete the file.",
    },
    "recovery.side_moved": {
        "fi": "Tiedoston {path} vieressä ollut {side} ei kuulunut tähän ohjelmaan (se oli toisen tiedoston tai vanha). Sitä ei käytetty, vaan se siirrettiin nimelle {aside}; mitään ei poistettu.",
        "sv": "Filen {side} bredvid {path} hörde inte till detta program (den kom från en annan fil eller var gammal). Den användes inte utan flyttades till namnet {aside}; ingenting raderades.",
        "en": "The file {side} beside {path} did not belong to this programme (it came from another file or was stale). It was not used but moved to the name {aside}; nothing was deleted.",
    },
    "recovery.orphan_moved": {
        "fi": "Kansiossa oli poistetun tai siirretyn ohjelmatiedoston jäänne {side}. Se siirrettiin nimelle {aside}, jotta uusi ohjelma {path} ei sekoitu siihen; mitään ei poistettu.",
        "sv": "I mappen fanns en rest {side} av en raderad eller flyttad programfil. Den flyttades till namnet {aside} så att det nya programmet {path} inte blandas ihop med den; ingenting raderades.",
        "en": "The folder held {side}, left over from a programme file that was deleted or moved. It was moved to the name {aside} so that the new programme {path} is not mixed with it; nothing was deleted.",
    },
    "recovery.rolled_back": {
        "fi": "Tiedostoon {path} kirjoittaminen oli jäänyt kesken (ohjelma suljettiin kesken tallennuksen). Keskeneräinen muutos peruttiin; kaikki aiemmin tallennetut muutokset ovat tallessa.",
        "sv": "Skrivningen till {path} hade avbrutits (programmet stängdes mitt i en sparning). Den halvfärdiga ändringen ångrades; alla tidigare sparade ändringar finns kvar.",
        "en": "Writing to {path} had been interrupted (the program was closed in the middle of saving). The unfinished change was undone; every change saved before it is safe.",
    },
}
