"""Messages of the live venue mode's screens (joining, the room's state, refusals)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "live_ui.code_empty": {
        "fi": "Kirjoita tai liitä liittymiskoodi, jonka fasilitaattori näyttää projektorilla.",
        "sv": "Skriv eller klistra in anslutningskoden som facilitatorn visar på projektorn.",
        "en": "Type or paste the join code the facilitator shows on the projector.",
    },
    "live_ui.join_failed": {
        "fi": "Huoneeseen liittyminen ei onnistunut. Tarkista koodi ja että kannettava on samassa verkossa kuin fasilitaattorin kone, tai pyydä uusi koodi.",
        "sv": "Det gick inte att ansluta till rummet. Kontrollera koden och att datorn är i samma nätverk som facilitatorns dator, eller be om en ny kod.",
        "en": "Could not join the room. Check the code and that this laptop is on the same network as the facilitator's, or ask for a new code.",
    },
    "live_ui.host_failed": {
        "fi": "Huonetta ei voitu avata: {reason}",
        "sv": "Rummet kunde inte öppnas: {reason}",
        "en": "The room could not be started: {reason}",
    },
    "live_ui.unavailable": {
        "fi": "Huonetila ei ole käytettävissä tässä asennuksessa.",
        "sv": "Rumsläget finns inte i den här installationen.",
        "en": "Live venue mode is not available in this installation.",
    },
    "live_ui.refused": {
        "fi": "Huone torjui pyynnön.",
        "sv": "Rummet avvisade begäran.",
        "en": "The room refused the request.",
    },
    "live_ui.no_programme": {
        "fi": "Avaa ensin ohjelma, jonka haluat jakaa huoneelle.",
        "sv": "Öppna först programmet som du vill dela med rummet.",
        "en": "Open the programme you want to share with the room first.",
    },
    "live_ui.read_only": {
        "fi": "Huonetta ei voi avata vain luku -tilassa olevalle ohjelmalle eikä tiimitiedostolle.",
        "sv": "Rummet kan inte öppnas för ett skrivskyddat program eller en teamfil.",
        "en": "A room cannot be started for a read-only programme or a team file.",
    },
}
