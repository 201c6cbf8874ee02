"""Messages of team files and merging."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "merge.other_programme": {
        "fi": "{path} kuuluu toiseen ohjelmaan (\u201c{name}\u201d); sitä ei yhdistetty.",
        "sv": "{path} hör till ett annat program (\u201d{name}\u201d); den sammanfogades inte.",
        "en": "{path} belongs to another programme (\u201c{name}\u201d); it was not merged.",
    },
    "merge.hostile": {
        "fi": "{path} ei kelpaa yhdistettäväksi: {detail}. Kohdetiedostoon ei tehty muutoksia.",
        "sv": "{path} kan inte sammanfogas: {detail}. Målfilen ändrades inte.",
        "en": "{path} cannot be merged: {detail}. The target file was not changed.",
    },
    "merge.broken_links": {
        "fi": "Yhdistäminen peruttiin: {path} viittaa tietoihin, joita ei ole ({detail}). Kohdetiedostoon ei tehty muutoksia.",
        "sv": "Sammanfogningen avbröts: {path} hänvisar till uppgifter som saknas ({detail}). Målfilen ändrades inte.",
        "en": "The merge was cancelled: {path} refers to data that does not exist ({detail}). The target file was not changed.",
    },
    "merge.same_file": {
        "fi": "Tiedostoa ei voi yhdistää itseensä: {path}.",
        "sv": "En fil kan inte sammanfogas med sig själv: {path}.",
        "en": "A file cannot be merged into itself: {path}.",
    },
    "merge.summary": {
        "fi": "Yhdistettiin {sources} {sources#tiedosto|tiedostoa}: {added} lisätty, {changed} muutettu, {deleted} poistettu, {conflicts} {conflicts#ristiriita|ristiriitaa}.",
        "sv": "Sammanfogade {sources} {sources#fil|filer}: {added} tillagda, {changed} ändrade, {deleted} raderade, {conflicts} {conflicts#konflikt|konflikter}.",
        "en": "Merged {sources} {sources#file|files}: {added} added, {changed} changed, {deleted} deleted, {conflicts} {conflicts#conflict|conflicts}.",
    },
    "merge.preview": {
        "fi": "Esikatselu (mitään ei kirjoitettu): {added} lisättäisiin, {changed} muutettaisiin, {deleted} poistettaisiin, {conflicts} {conflicts#ristiriita|ristiriitaa}.",
        "sv": "Förhandsvisning (inget skrevs): {added} skulle läggas till, {changed} ändras, {deleted} raderas, {conflicts} {conflicts#konflikt|konflikter}.",
        "en": "Preview (nothing written): {added} would be added, {changed} changed, {deleted} deleted, {conflicts} {conflicts#conflict|conflicts}.",
    },
    "merge.line": {
        "fi": "  {team} · {kind}: {added} lisätty, {changed} muutettu, {deleted} poistettu",
        "sv": "  {team} · {kind}: {added} tillagda, {changed} ändrade, {deleted} raderade",
        "en": "  {team} · {kind}: {added} added, {changed} changed, {deleted} deleted",
    },
    "merge.common": {
        "fi": "yhteiset",
        "sv": "gemensamma",
        "en": "shared",
    },
    "teamfile.done": {
        "fi": "Tiimitiedosto tiimille {team} kirjoitettiin: {path}.",
        "sv": "Teamfilen för {team} skrevs: {path}.",
        "en": "Team file for {team} written: {path}.",
    },
    "teamfile.sent": {
        "fi": "Työsi tallennettiin tiedostoon {path}. Vie se fasilitaattorille.",
        "sv": "Ditt arbete sparades i {path}. Ge filen till facilitatorn.",
        "en": "Your work was saved to {path}. Give it to the facilitator.",
    },
    "teamfile.read_only_part": {
        "fi": "Tämä kuuluu toiselle tiimille; tiimitiedostossa voit muokata vain oman tiimisi sisältöä.",
        "sv": "Detta hör till ett annat team; i en teamfil kan du bara ändra ditt eget teams innehåll.",
        "en": "This belongs to another team; in a team file you can only edit your own team's content.",
    },
}
