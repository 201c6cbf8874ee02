"""Messages of the live venue mode (jalostamo.live, ``jalostamo room``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "live.code_invalid": {
        "fi": "Tämä ei ole liittymiskoodi. Tarkista koodi fasilitaattorin näytöltä.",
        "sv": "Det här är ingen anslutningskod. Kontrollera koden på facilitatorns skärm.",
        "en": "This is not a join code. Check the code on the facilitator's screen.",
    },
    "live.code_expired": {
        "fi": "Liittymiskoodi on vanhentunut tai vaihdettu. Pyydä fasilitaattorilta uusi koodi.",
        "sv": "Anslutningskoden har gått ut eller bytts. Be facilitatorn om en ny kod.",
        "en": "The join code has expired or been replaced. Ask the facilitator for a new code.",
    },
    "live.unreachable": {
        "fi": "Huoneeseen {address} ei saatu yhteyttä. Tarkista, että kone on samassa verkossa kuin fasilitaattorin kone.",
        "sv": "Rummet {address} kunde inte nås. Kontrollera att datorn är i samma nätverk som facilitatorns dator.",
        "en": "The room at {address} could not be reached. Check that this laptop is on the same network as the facilitator's.",
    },
    "live.unreachable_refused": {
        "fi": "Osoitteessa {address} ei ole avointa huonetta: fasilitaattori on ehkä sulkenut sen. Pyydä uusi koodi.",
        "sv": "Det finns inget öppet rum på {address}: facilitatorn kan ha stängt det. Be om en ny kod.",
        "en": "There is no open room at {address}: the facilitator may have closed it. Ask for a new code.",
    },
    "live.unreachable_timeout": {
        "fi": "Huone {address} ei vastannut ajoissa. Tarkista, että kone on samassa verkossa kuin fasilitaattorin kone, ja yritä uudelleen.",
        "sv": "Rummet {address} svarade inte i tid. Kontrollera att datorn är i samma nätverk som facilitatorns dator och försök igen.",
        "en": "The room at {address} did not answer in time. Check that this laptop is on the same network as the facilitator's, and try again.",
    },
    "live.unreachable_network": {
        "fi": "Tältä koneelta ei pääse osoitteeseen {address}. Yhdistä samaan verkkoon (wifi) kuin fasilitaattorin kone.",
        "sv": "Den här datorn når inte {address}. Anslut till samma nätverk (wifi) som facilitatorns dator.",
        "en": "This laptop cannot reach {address}. Connect to the same network (Wi-Fi) as the facilitator's laptop.",
    },
    "live.fingerprint_mismatch": {
        "fi": "Osoitteessa {address} vastasi jokin muu kuin koodin huone; yhteys katkaistiin eikä mitään lähetetty.",
        "sv": "På {address} svarade något annat än kodens rum; anslutningen bröts och inget skickades.",
        "en": "Something other than the code's room answered at {address}; the connection was closed and nothing was sent.",
    },
    "live.team_unknown": {
        "fi": "Ohjelmassa ei ole tiimiä {team}.",
        "sv": "Programmet har inget team {team}.",
        "en": "The programme has no team {team}.",
    },
    "live.join_timeout": {
        "fi": "Huoneeseen liittyminen ei valmistunut {seconds} sekunnissa.",
        "sv": "Anslutningen till rummet blev inte klar på {seconds} sekunder.",
        "en": "Joining the room did not finish within {seconds} seconds.",
    },
    "live.device_refused": {
        "fi": "Huone ei enää hyväksy tätä konetta ({device}). Työ jatkuu omassa kopiossa; pyydä fasilitaattorilta uusi koodi.",
        "sv": "Rummet godkänner inte längre den här datorn ({device}). Arbetet fortsätter i den egna kopian; be facilitatorn om en ny kod.",
        "en": "The room no longer accepts this laptop ({device}). Work goes on in its own copy; ask the facilitator for a new code.",
    },
    "live.refused_other_team": {
        "fi": "{device} ({team}) yritti muuttaa toisen tiimin osaa ({count} {count#muutos|muutosta}); muutoksia ei tehty.",
        "sv": "{device} ({team}) försökte ändra ett annat teams del ({count} {count#ändring|ändringar}); de gjordes inte.",
        "en": "{device} ({team}) tried to change another team's part ({count} {count#change|changes}); they were not made.",
    },
    "live.refused_changes": {
        "fi": "Koneen {device} muutokset hylättiin: {detail}.",
        "sv": "Ändringarna från {device} avvisades: {detail}.",
        "en": "The changes from {device} were refused: {detail}.",
    },
    "live.refused_too_large": {
        "fi": "Yhteydestä {address} tuli liian suuri viesti; yhteys katkaistiin.",
        "sv": "Från {address} kom ett för stort meddelande; anslutningen bröts.",
        "en": "A message too large came from {address}; the connection was closed.",
    },
    "live.refused_rate": {
        "fi": "Yhteydestä {address} tuli liian monta viestiä; yhteys katkaistiin.",
        "sv": "Från {address} kom för många meddelanden; anslutningen bröts.",
        "en": "Too many messages came from {address}; the connection was closed.",
    },
    "live.refused_garbage": {
        "fi": "Yhteydestä {address} tuli jotain, mikä ei ole huoneen viesti ({detail}); yhteys katkaistiin.",
        "sv": "Från {address} kom något som inte är ett meddelande till rummet ({detail}); anslutningen bröts.",
        "en": "Something that is not a room message came from {address} ({detail}); the connection was closed.",
    },
    "live.refused_code": {
        "fi": "Yhteys {address} yritti liittyä vanhentuneella tai tuntemattomalla koodilla; sitä ei päästetty.",
        "sv": "Anslutningen {address} försökte ansluta med en utgången eller okänd kod; den släpptes inte in.",
        "en": "The connection {address} tried to join with an expired or unknown code; it was not let in.",
    },
    "live.refused_device": {
        "fi": "Tuntematon tai poistettu kone {device} yritti yhdistää; sitä ei päästetty.",
        "sv": "En okänd eller borttagen dator {device} försökte ansluta; den släpptes inte in.",
        "en": "An unknown or removed laptop {device} tried to connect; it was not let in.",
    },
    "live.connected": {
        "fi": "Yhteys huoneeseen on auki.",
        "sv": "Anslutningen till rummet är öppen.",
        "en": "Connected to the room.",
    },
    "live.reconnecting": {
        "fi": "Yhteys huoneeseen katkesi; yhdistetään uudelleen. Työ tallentuu omaan kopioon.",
        "sv": "Anslutningen till rummet bröts; ansluter igen. Arbetet sparas i den egna kopian.",
        "en": "The connection to the room was lost; reconnecting. Work is saved in this laptop's copy.",
    },
    "live.disconnected": {
        "fi": "Yhteys huoneeseen on suljettu.",
        "sv": "Anslutningen till rummet är stängd.",
        "en": "Disconnected from the room.",
    },
    "live.host_open": {
        "fi": "Huone on auki osoitteessa {address}. Liittymiskoodi: {code}",
        "sv": "Rummet är öppet på {address}. Anslutningskod: {code}",
        "en": "The room is open at {address}. Join code: {code}",
    },
    "live.following": {
        "fi": "Seurataan huonetta tiiminä {team}; oma kopio: {path}",
        "sv": "Följer rummet som team {team}; egen kopia: {path}",
        "en": "Following the room as team {team}; own copy: {path}",
    },
    "live.port_in_use": {
        "fi": "Porttia {port} ei voi käyttää: {detail}.",
        "sv": "Port {port} kan inte användas: {detail}.",
        "en": "Port {port} cannot be used: {detail}.",
    },
}
