"""Messages of a team's return file ("Send my work": only the rows changed since hand-out)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "teamfile.return_unverified": {
        "fi": "Työtäsi ei tallennettu tiedostoon {path}: kirjoitettua tiedostoa ei voitu lukea takaisin ({detail}). Yritä uudelleen tai valitse toinen paikka.",
        "sv": "Ditt arbete sparades inte i {path}: den skrivna filen kunde inte läsas tillbaka ({detail}). Försök igen eller välj en annan plats.",
        "en": "Your work was not saved to {path}: the file written could not be read back ({detail}). Try again, or choose another place.",
    },
    "merge.unknown_base": {
        "fi": "{path} on tiimin palautus tiimitiedostosta, jonka lähtötilannetta tässä ohjelmatiedostossa ei ole (tiimitiedosto tehtiin tiedostosta {made_from}; tämä on toinen kopio tai varmuuskopio ajalta ennen sitä). Yhdistä palautus tiedostoon, josta tiimitiedosto tehtiin, tai yhdistä tiimin koko tiimitiedosto. Kohdetiedostoon ei tehty muutoksia.",
        "sv": "{path} är ett teams retur från en teamfil vars utgångsläge inte finns i den här programfilen (teamfilen gjordes från {made_from}; detta är en annan kopia eller en säkerhetskopia från tiden före den). Sammanfoga returen med filen som teamfilen gjordes från, eller sammanfoga teamets hela teamfil. Målfilen ändrades inte.",
        "en": "{path} is a team's return from a team file whose starting point this programme file does not hold (the team file was made from {made_from}; this is another copy, or a backup from before it). Merge the return into the file the team file was made from, or merge the team's whole team file. The target file was not changed.",
    },
    "file.is_return": {
        "fi": "{path} on tiimin palautustiedosto: siinä on vain tiimin muutokset, ei koko ohjelmaa. Yhdistä se ohjelmaan valinnalla Yhteistyö → Yhdistä tiedostot…; yksinään sitä ei voi avata.",
        "sv": "{path} är ett teams returfil: den innehåller bara teamets ändringar, inte hela programmet. Sammanfoga den med programmet via Samarbete → Sammanfoga filer…; den kan inte öppnas ensam.",
        "en": "{path} is a team's return file: it holds only the team's changes, not the whole programme. Merge it into the programme with Teamwork → Merge files…; it cannot be opened on its own.",
    },
}
