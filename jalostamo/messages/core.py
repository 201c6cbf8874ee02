"""Core messages: files, input, JSON import/export, photos, the app.

Keys are stable identifiers; ``{name}`` placeholders are filled by :func:`jalostamo.i18n.translate`.
A test checks that every key has all three languages and the same placeholders in each.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "error.generic": {
        "fi": "Toimintoa ei voitu suorittaa.",
        "sv": "Åtgärden kunde inte utföras.",
        "en": "The action could not be completed.",
    },
    "error.unexpected": {
        "fi": "Odottamaton virhe. Tiedot on tallennettu lokiin: {log}",
        "sv": "Ett oväntat fel inträffade. Detaljerna finns i loggen: {log}",
        "en": "Something went wrong. The details are in the log: {log}",
    },
    # --- programme files -------------------------------------------------------------------
    "file.missing": {
        "fi": "Tiedostoa {path} ei löydy.",
        "sv": "Filen {path} finns inte.",
        "en": "The file {path} does not exist.",
    },
    "file.exists": {
        "fi": "Tiedosto {path} on jo olemassa; valitse toinen nimi.",
        "sv": "Filen {path} finns redan; välj ett annat namn.",
        "en": "The file {path} already exists; choose another name.",
    },
    "file.empty": {
        "fi": "{path} on tyhjä tiedosto, ei Jalostamo-ohjelma.",
        "sv": "{path} är en tom fil, inte ett Jalostamo-program.",
        "en": "{path} is an empty file, not a Jalostamo programme.",
    },
    "file.not_sqlite": {
        "fi": "{path} ei ole Jalostamo-ohjelma (tiedosto ei ole SQLite-tietokanta).",
        "sv": "{path} är inte ett Jalostamo-program (filen är ingen SQLite-databas).",
        "en": "{path} is not a Jalostamo programme (the file is not an SQLite database).",
    },
    "file.not_ours": {
        "fi": "{path} on toisen sovelluksen tietokanta, ei Jalostamo-ohjelma.",
        "sv": "{path} är en databas från ett annat program, inte ett Jalostamo-program.",
        "en": "{path} is another application's database, not a Jalostamo programme.",
    },
    "file.newer": {
        "fi": "{path} on tehty uudemmalla Jalostamon versiolla (tiedostomuoto {found}, tämä versio tuntee {known}). Päivitä Jalostamo.",
        "sv": "{path} har skapats med en nyare version av Jalostamo (filformat {found}, denna version känner till {known}). Uppdatera Jalostamo.",
        "en": "{path} was made by a newer version of Jalostamo (file format {found}; this version knows {known}). Update Jalostamo.",
    },
    "file.damaged": {
        "fi": "{path} on vahingoittunut ({detail}). Tiedostoon ei koskettu; palauta se varmuuskopiosta.",
        "sv": "{path} är skadad ({detail}). Filen lämnades orörd; återställ den från en säkerhetskopia.",
        "en": "{path} is damaged ({detail}). The file was left untouched; restore it from a backup.",
    },
    "file.unreadable": {
        "fi": "Tiedostoa {path} ei voi lukea: {detail}",
        "sv": "Filen {path} kan inte läsas: {detail}",
        "en": "The file {path} cannot be read: {detail}",
    },
    "file.in_use": {
        "fi": "{path} on jo auki: {holder} on avannut sen {since}. Voit avata sen vain luku -tilassa.",
        "sv": "{path} används redan: {holder} öppnade den {since}. Du kan öppna den skrivskyddad.",
        "en": "{path} is in use: {holder} has had it open since {since}. You can open it read-only.",
    },
    "file.read_only": {
        "fi": "Tiedosto on avattu vain luku -tilassa; muutoksia ei voi tallentaa.",
        "sv": "Filen är öppnad skrivskyddad; ändringar kan inte sparas.",
        "en": "The file is open read-only; changes cannot be saved.",
    },
    "storage.full": {
        "fi": "Tallennus epäonnistui: levy on täynnä tai tallennusvälinettä ei voi kirjoittaa ({detail}). Viimeisin muutos ei tallentunut; aiemmat ovat tallessa.",
        "sv": "Det gick inte att spara: disken är full eller mediet kan inte skrivas ({detail}). Den senaste ändringen sparades inte; tidigare ändringar finns kvar.",
        "en": "Could not save: the disk is full or the medium cannot be written ({detail}). The last change was not saved; earlier ones are safe.",
    },
    "check.ok": {
        "fi": "{path}: kunnossa (tiedostomuoto {version}, {teams} {teams#tiimi|tiimiä}).",
        "sv": "{path}: i ordning (filformat {version}, {teams} team).",
        "en": "{path}: OK (file format {version}, {teams} {teams#team|teams}).",
    },
    "check.foreign_keys": {
        "fi": "{path}: {count} {count#rikkinäinen viittaus|rikkinäistä viittausta} (esim. taulu {table}).",
        "sv": "{path}: {count} {count#bruten referens|brutna referenser} (t.ex. tabellen {table}).",
        "en": "{path}: {count} {count#broken reference|broken references} (e.g. table {table}).",
    },
    "created": {
        "fi": "Luotiin {path}.",
        "sv": "Skapade {path}.",
        "en": "Created {path}.",
    },
    # --- lookups and input -------------------------------------------------------------------
    "not_found": {
        "fi": "Kohdetta ei löydy.",
        "sv": "Objektet hittades inte.",
        "en": "The item was not found.",
    },
    "not_found.team": {
        "fi": "Tiimiä \u201c{team}\u201d ei löydy. Tiimit: {known}.",
        "sv": "Teamet \u201d{team}\u201d hittades inte. Team: {known}.",
        "en": "No team \u201c{team}\u201d. Teams: {known}.",
    },
    "not_found.row": {
        "fi": "{kind} {id} puuttuu tai on poistettu.",
        "sv": "{kind} {id} saknas eller har raderats.",
        "en": "{kind} {id} is missing or was deleted.",
    },
    "input.invalid": {
        "fi": "Virheellinen arvo.",
        "sv": "Ogiltigt värde.",
        "en": "Invalid value.",
    },
    "input.required": {
        "fi": "{field} on pakollinen.",
        "sv": "{field} är obligatoriskt.",
        "en": "{field} is required.",
    },
    "input.too_long": {
        "fi": "{field} on liian pitkä (enintään {limit} merkkiä).",
        "sv": "{field} är för lång (högst {limit} tecken).",
        "en": "{field} is too long (at most {limit} characters).",
    },
    "input.unknown_field": {
        "fi": "Kenttää \u201c{field}\u201d ei voi muuttaa.",
        "sv": "Fältet \u201d{field}\u201d kan inte ändras.",
        "en": "The field \u201c{field}\u201d cannot be changed.",
    },
    "input.bad_value": {
        "fi": "Kentän \u201c{field}\u201d arvo ei kelpaa: {detail}",
        "sv": "Värdet för \u201d{field}\u201d duger inte: {detail}",
        "en": "The value of \u201c{field}\u201d is not valid: {detail}",
    },
    "input.duplicate_city": {
        "fi": "Ohjelmassa on jo tiimi kaupungille {city}.",
        "sv": "Programmet har redan ett team för {city}.",
        "en": "The programme already has a team for {city}.",
    },
    "input.bad_date": {
        "fi": "\u201c{value}\u201d ei ole päivämäärä (muoto p.k.vvvv tai vvvv-kk-pp).",
        "sv": "\u201d{value}\u201d är inget datum (format d.m.åååå eller åååå-mm-dd).",
        "en": "\u201c{value}\u201d is not a date (use d.m.yyyy or yyyy-mm-dd).",
    },
    # --- JSON import/export ------------------------------------------------------------------
    "import.refused": {
        "fi": "Tuontia ei tehty: {detail}",
        "sv": "Importen gjordes inte: {detail}",
        "en": "Nothing was imported: {detail}",
    },
    "import.not_json": {
        "fi": "Tuontia ei tehty: {path} ei ole kelvollista JSONia ({detail}).",
        "sv": "Importen gjordes inte: {path} är inte giltig JSON ({detail}).",
        "en": "Nothing was imported: {path} is not valid JSON ({detail}).",
    },
    "import.bad_utf8": {
        "fi": "Tuontia ei tehty: {path} ei ole UTF-8-tekstiä (tavu {offset}).",
        "sv": "Importen gjordes inte: {path} är inte UTF-8-text (byte {offset}).",
        "en": "Nothing was imported: {path} is not UTF-8 text (byte {offset}).",
    },
    "import.too_large": {
        "fi": "Tuontia ei tehty: {path} on liian suuri ({detail}).",
        "sv": "Importen gjordes inte: {path} är för stor ({detail}).",
        "en": "Nothing was imported: {path} is too large ({detail}).",
    },
    "import.too_deep": {
        "fi": "Tuontia ei tehty: {path} on sisäkkäistetty liian syvälle.",
        "sv": "Importen gjordes inte: {path} är för djupt nästlad.",
        "en": "Nothing was imported: {path} is nested too deeply.",
    },
    "import.bad_shape": {
        "fi": "Tuontia ei tehty: {path} ei ole Jalostamon JSON-vienti ({detail}).",
        "sv": "Importen gjordes inte: {path} är ingen JSON-export från Jalostamo ({detail}).",
        "en": "Nothing was imported: {path} is not a Jalostamo JSON export ({detail}).",
    },
    "import.newer": {
        "fi": "Tuontia ei tehty: {path} on uudemman Jalostamon JSON-muotoa ({found}; tämä versio tuntee {known}).",
        "sv": "Importen gjordes inte: {path} har ett nyare JSON-format ({found}; denna version känner till {known}).",
        "en": "Nothing was imported: {path} is in a newer JSON format ({found}; this version knows {known}).",
    },
    "import.done": {
        "fi": "Tuotiin {rows} riviä tiedostoon {path}.",
        "sv": "Importerade {rows} rader till {path}.",
        "en": "Imported {rows} rows into {path}.",
    },
    "export.done": {
        "fi": "Vietiin {rows} riviä tiedostoon {path}.",
        "sv": "Exporterade {rows} rader till {path}.",
        "en": "Exported {rows} rows to {path}.",
    },
    # --- photos ------------------------------------------------------------------------------
    "image.refused": {
        "fi": "Kuvaa {name} ei tuotu: {reason}",
        "sv": "Bilden {name} importerades inte: {reason}",
        "en": "The photo {name} was not imported: {reason}",
    },
    "image.reason.unreadable": {
        "fi": "tiedostoa ei voi lukea.",
        "sv": "filen kan inte läsas.",
        "en": "the file cannot be read.",
    },
    "image.reason.empty": {
        "fi": "tiedosto on tyhjä.",
        "sv": "filen är tom.",
        "en": "the file is empty.",
    },
    "image.reason.unsupported": {
        "fi": "tiedosto ei ole tuettu kuva (JPEG, PNG, WebP, GIF, TIFF tai HEIC).",
        "sv": "filen är ingen bild som stöds (JPEG, PNG, WebP, GIF, TIFF eller HEIC).",
        "en": "the file is not a supported image (JPEG, PNG, WebP, GIF, TIFF or HEIC).",
    },
    "image.reason.corrupt": {
        "fi": "kuva on vahingoittunut tai katkennut.",
        "sv": "bilden är skadad eller avkortad.",
        "en": "the image is damaged or truncated.",
    },
    "image.reason.too_large": {
        "fi": "kuva on liian suuri ({pixels} megapikseliä; enintään {limit}).",
        "sv": "bilden är för stor ({pixels} megapixel; högst {limit}).",
        "en": "the image is too large ({pixels} megapixels; at most {limit}).",
    },
    "image.reason.file_too_large": {
        "fi": "tiedosto on liian suuri ({size} Mt; enintään {limit} Mt).",
        "sv": "filen är för stor ({size} MB; högst {limit} MB).",
        "en": "the file is too large ({size} MB; at most {limit} MB).",
    },
    "image.imported": {
        "fi": "Tuotiin {name} ({width}×{height}).",
        "sv": "Importerade {name} ({width}×{height}).",
        "en": "Imported {name} ({width}×{height}).",
    },
    "image.summary": {
        "fi": "{imported} {imported#kuva|kuvaa} tuotu, {refused} hylätty.",
        "sv": "{imported} {imported#bild importerad|bilder importerade}, {refused} {refused#avvisad|avvisade}.",
        "en": "{imported} {imported#photo|photos} imported, {refused} refused.",
    },
    # --- app -----------------------------------------------------------------------------------
    "app.no_display": {
        "fi": "Sovellusikkunaa ei voi avata: näyttöä ei löydy ({detail}).",
        "sv": "Programfönstret kan inte öppnas: ingen skärm hittades ({detail}).",
        "en": "Cannot open the application window: no display found ({detail}).",
    },
    "demo.done": {
        "fi": "Esimerkkiohjelma luotiin tiedostoon {path}: {teams} {teams#tiimi|tiimiä}, {items} taulun {items#kohde|kohdetta}, {photos} {photos#kuva|kuvaa}, {notes} {notes#palaute|palautetta}.",
        "sv": "Exempelprogrammet skapades i {path}: {teams} team, {items} tavelobjekt, {photos} {photos#bild|bilder}, {notes} {notes#respons|responser}.",
        "en": "Demo programme written to {path}: {teams} {teams#team|teams}, {items} board {items#item|items}, {photos} {photos#photo|photos}, {notes} feedback {notes#note|notes}.",
    },
}
