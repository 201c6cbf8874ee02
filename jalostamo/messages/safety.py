"""Messages of data safety and privacy: backups, damaged files, erasing a person, consent."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- files ---------------------------------------------------------------------------------
    "safety.file.planted": {
        "fi": "{path} ei ole Jalostamon tekemä tiedosto: siihen on lisätty ohjelmakoodia ({what}). Tiedostoa ei avattu eikä muutettu.",
        "sv": "{path} är inte en fil som Jalostamo har skapat: programkod har lagts till i den ({what}). Filen öppnades inte och ändrades inte.",
        "en": "{path} is not a file Jalostamo made: program code was added to it ({what}). The file was not opened and not changed.",
    },
    "safety.file.gone": {
        "fi": "Tiedostoa {path} ei enää löydy (se on poistettu tai siirretty, tai muistitikku on irrotettu). Viimeisin muutos ei tallentunut. Tallenna ohjelma uuteen paikkaan: Tiedosto \u2192 Tallenna kopio.",
        "sv": "Filen {path} finns inte längre (den har raderats eller flyttats, eller USB-minnet har tagits bort). Den senaste ändringen sparades inte. Spara programmet på ett nytt ställe: Arkiv \u2192 Spara en kopia.",
        "en": "The file {path} is no longer there (it was deleted or moved, or the USB stick was pulled out). The last change was not saved. Save the programme somewhere else: File \u2192 Save a copy.",
    },
    "safety.damaged.offer": {
        "fi": "{path} on vahingoittunut, eikä sitä avattu. Tiedostoon ei koskettu. Uusin ehjä varmuuskopio on ajalta {when} ({teams} {teams#tiimi|tiimiä}, {items} taulun {items#kohde|kohdetta}, {notes} {notes#palaute|palautetta}). Avataanko se? Vahingoittunut tiedosto säilytetään nimellä, jossa on sana \u201cdamaged\u201d.",
        "sv": "{path} är skadad och öppnades inte. Filen lämnades orörd. Den senaste hela säkerhetskopian är från {when} ({teams} team, {items} tavelobjekt, {notes} {notes#respons|responser}). Vill du öppna den? Den skadade filen sparas under ett namn med ordet \u201ddamaged\u201d.",
        "en": "{path} is damaged and was not opened. The file was left untouched. The newest good backup is from {when} ({teams} {teams#team|teams}, {items} board {items#item|items}, {notes} feedback {notes#note|notes}). Open it? The damaged file is kept under a name with the word \u201cdamaged\u201d.",
    },
    "safety.damaged.no_backup": {
        "fi": "{path} on vahingoittunut, eikä sitä avattu. Tiedostoon ei koskettu. Ehjää varmuuskopiota ei löytynyt.",
        "sv": "{path} är skadad och öppnades inte. Filen lämnades orörd. Ingen hel säkerhetskopia hittades.",
        "en": "{path} is damaged and was not opened. The file was left untouched. No good backup was found.",
    },
    "safety.restore.done": {
        "fi": "Varmuuskopio palautettiin tiedostoon {path}. Aiempi tiedosto säilytettiin nimellä {aside}.",
        "sv": "Säkerhetskopian återställdes till {path}. Den tidigare filen sparades som {aside}.",
        "en": "The backup was restored to {path}. The earlier file was kept as {aside}.",
    },
    # --- backups ---------------------------------------------------------------------------------
    "safety.backup.failed": {
        "fi": "Varmuuskopiota ei voitu tehdä: {detail}. Työsi on tallessa ohjelmatiedostossa.",
        "sv": "Säkerhetskopian kunde inte göras: {detail}. Ditt arbete finns kvar i programfilen.",
        "en": "The backup could not be made: {detail}. Your work is safe in the programme file.",
    },
    "safety.backup.damaged": {
        "fi": "Varmuuskopio {path} on vahingoittunut; sitä ei voi palauttaa.",
        "sv": "Säkerhetskopian {path} är skadad; den kan inte återställas.",
        "en": "The backup {path} is damaged; it cannot be restored.",
    },
    "safety.backup.not_a_backup": {
        "fi": "{path} ei ole Jalostamon varmuuskopio.",
        "sv": "{path} är ingen säkerhetskopia från Jalostamo.",
        "en": "{path} is not a Jalostamo backup.",
    },
    "safety.backup.line": {
        "fi": "{when} \u2013 {reason}: {teams} {teams#tiimi|tiimiä}, {items} taulun {items#kohde|kohdetta}, {notes} {notes#palaute|palautetta}",
        "sv": "{when} \u2013 {reason}: {teams} team, {items} tavelobjekt, {notes} {notes#respons|responser}",
        "en": "{when} \u2013 {reason}: {teams} {teams#team|teams}, {items} board {items#item|items}, {notes} feedback {notes#note|notes}",
    },
    "safety.backup.line_damaged": {
        "fi": "{when} \u2013 {reason}: vahingoittunut, ei palautettavissa",
        "sv": "{when} \u2013 {reason}: skadad, kan inte återställas",
        "en": "{when} \u2013 {reason}: damaged, cannot be restored",
    },
    "safety.policy.bad": {
        "fi": "Varmuuskopioinnin asetukset eivät kelpaa (määrä {keep}, ikä {days} päivää, väli {minutes} min); kaikkien on oltava vähintään 1.",
        "sv": "Inställningarna för säkerhetskopior duger inte (antal {keep}, ålder {days} dagar, intervall {minutes} min); alla måste vara minst 1.",
        "en": "The backup settings are not valid (count {keep}, age {days} days, interval {minutes} min); each must be at least 1.",
    },
    "safety.reason.auto": {"fi": "automaattinen", "sv": "automatisk", "en": "automatic"},
    "safety.reason.close": {"fi": "suljettaessa", "sv": "vid stängning", "en": "on close"},
    "safety.reason.import": {"fi": "ennen tuontia", "sv": "före import", "en": "before import"},
    "safety.reason.merge": {"fi": "ennen yhdistämistä", "sv": "före sammanslagning", "en": "before merge"},
    "safety.reason.migration": {"fi": "ennen päivitystä", "sv": "före uppdatering", "en": "before upgrade"},
    "safety.reason.manual": {"fi": "käsin", "sv": "manuell", "en": "manual"},
    "safety.reason.restore": {"fi": "ennen palautusta", "sv": "före återställning", "en": "before restore"},
    # --- erasing a person ---------------------------------------------------------------------------
    "safety.person": {
        "fi": "Henkilö {code}",
        "sv": "Person {code}",
        "en": "Person {code}",
    },
    "safety.erase.done": {
        "fi": "Henkilön tiedot poistettiin tiedostosta: {links} liitosta, {quotes} lainausta, {photos} kuvaa, {texts} tekstiä, joissa nimi esiintyi. Tiedosto tiivistettiin, joten poistetut tiedot eivät jää sen vapaille sivuille.",
        "sv": "Personens uppgifter raderades ur filen: {links} kopplingar, {quotes} citat, {photos} bilder, {texts} texter där namnet förekom. Filen komprimerades, så att raderade uppgifter inte blir kvar på dess lediga sidor.",
        "en": "The person's data was erased from the file: {links} links, {quotes} quotes, {photos} photos, {texts} texts that mentioned the name. The file was compacted, so the erased data does not stay in its free pages.",
    },
    "safety.erase.backup_holds": {
        "fi": "Varmuuskopio {when} ({path}) sisältää vielä henkilön tiedot; se poistuu viimeistään {expires}.",
        "sv": "Säkerhetskopian {when} ({path}) innehåller fortfarande personens uppgifter; den tas bort senast {expires}.",
        "en": "The backup of {when} ({path}) still holds the person's data; it is removed by {expires} at the latest.",
    },
    "safety.erase.no_backups": {
        "fi": "Mikään varmuuskopio ei sisällä henkilön tietoja.",
        "sv": "Ingen säkerhetskopia innehåller personens uppgifter.",
        "en": "No backup holds the person's data.",
    },
    "safety.erase.busy": {
        "fi": "Poistettuja tietoja ei voitu vielä siivota tiedostosta, koska se on toisen ohjelman käytössä ({detail}). Sulje muut ikkunat ja yritä uudelleen.",
        "sv": "De raderade uppgifterna kunde ännu inte rensas ur filen eftersom ett annat program använder den ({detail}). Stäng andra fönster och försök igen.",
        "en": "The erased data could not yet be cleaned out of the file because another program is using it ({detail}). Close other windows and try again.",
    },
    # --- consent -------------------------------------------------------------------------------------
    "safety.consent.no_informed": {
        "fi": "Testissä {session} ei ole merkitty tietoon perustuvaa suostumusta.",
        "sv": "För testet {session} har inget informerat samtycke markerats.",
        "en": "The test {session} has no informed consent marked.",
    },
    "safety.consent.no_guardian": {
        "fi": "Testissä {session} oli alle 15-vuotiaita, mutta huoltajan suostumusta ei ole merkitty.",
        "sv": "I testet {session} deltog barn under 15 år, men vårdnadshavarens samtycke har inte markerats.",
        "en": "The test {session} had under-15s, but no guardian's consent is marked.",
    },
    "safety.consent.quotes": {
        "fi": "Testissä {session} on {count} {count#lainaus|lainausta}, vaikka lupaa lainata ei ole merkitty.",
        "sv": "Testet {session} har {count} citat, fast tillstånd att citera inte har markerats.",
        "en": "The test {session} has {count} {count#quote|quotes}, but no permission to quote is marked.",
    },
}
