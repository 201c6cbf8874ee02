"""Messages of the JSON export and import (``export-json`` / ``import-json``).

The general ``import.*`` and ``export.done`` keys live in core.py; these add the specific
problems. ``json_io.reason.*`` and ``json_io.shape.*`` are parts of a sentence: they fill the
``{reason}`` or ``{detail}`` of another message, in the same language.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- whole messages ----------------------------------------------------------------------
    "json_io.duplicate_key": {
        "fi": "Tuontia ei tehty: {path} sisältää saman avaimen \u201c{field}\u201d kahdesti samassa objektissa.",
        "sv": "Importen gjordes inte: {path} innehåller nyckeln \u201d{field}\u201d två gånger i samma objekt.",
        "en": "Nothing was imported: {path} has the key \u201c{field}\u201d twice in the same object.",
    },
    "json_io.bad_value": {
        "fi": "Tuontia ei tehty: {path}, kohta {where}: {reason}.",
        "sv": "Importen gjordes inte: {path}, på stället {where}: {reason}.",
        "en": "Nothing was imported: {path}, at {where}: {reason}.",
    },
    "json_io.unknown_table": {
        "fi": "Tuontia ei tehty: {path} sisältää tuntemattoman taulun \u201c{table}\u201d.",
        "sv": "Importen gjordes inte: {path} innehåller en okänd tabell \u201d{table}\u201d.",
        "en": "Nothing was imported: {path} has an unknown table \u201c{table}\u201d.",
    },
    "json_io.missing_table": {
        "fi": "Tuontia ei tehty: {path} ei sisällä taulua \u201c{table}\u201d.",
        "sv": "Importen gjordes inte: {path} saknar tabellen \u201d{table}\u201d.",
        "en": "Nothing was imported: {path} lacks the table \u201c{table}\u201d.",
    },
    "json_io.no_programme": {
        "fi": "Tuontia ei tehty: {path} ei sisällä yhtään voimassa olevaa ohjelmaa.",
        "sv": "Importen gjordes inte: {path} innehåller inget gällande program.",
        "en": "Nothing was imported: {path} holds no live programme.",
    },
    "json_io.many_programmes": {
        "fi": "Tuontia ei tehty: {path} sisältää {count} voimassa {count#olevan ohjelman|olevaa ohjelmaa}; tiedostoon mahtuu vain yksi.",
        "sv": "Importen gjordes inte: {path} innehåller {count} gällande program; en fil rymmer bara ett.",
        "en": "Nothing was imported: {path} holds {count} live programmes; a file holds only one.",
    },
    "json_io.programme_mismatch": {
        "fi": "Tuontia ei tehty: {path}: kentän programme_id ohjelma ei ole tiedoston voimassa oleva ohjelma.",
        "sv": "Importen gjordes inte: {path}: programmet i fältet programme_id är inte filens gällande program.",
        "en": "Nothing was imported: {path}: the programme in programme_id is not the file's live programme.",
    },
    "json_io.dangling": {
        "fi": "Tuontia ei tehty: {path}: taulun {table} rivi {id} viittaa sarakkeessa {column} riviin, jota ei ole taulussa {parent}.",
        "sv": "Importen gjordes inte: {path}: raden {id} i tabellen {table} hänvisar i kolumnen {column} till en rad som inte finns i tabellen {parent}.",
        "en": "Nothing was imported: {path}: row {id} of {table} refers in {column} to a row that is not in {parent}.",
    },
    "json_io.newer_schema": {
        "fi": "Tuontia ei tehty: {path} on tehty uudemmalla Jalostamolla (tiedostomuoto {found}, tämä versio tuntee {known}). Päivitä Jalostamo.",
        "sv": "Importen gjordes inte: {path} har gjorts med en nyare Jalostamo (filformat {found}, denna version känner till {known}). Uppdatera Jalostamo.",
        "en": "Nothing was imported: {path} was made by a newer Jalostamo (file format {found}; this version knows {known}). Update Jalostamo.",
    },
    "json_io.older_schema": {
        "fi": "Tuontia ei tehty: {path} on vanhempaa tiedostomuotoa {found}, jota tämä versio ei osaa tuoda (nykyinen {known}).",
        "sv": "Importen gjordes inte: {path} har det äldre filformatet {found}, som denna version inte kan importera (nuvarande {known}).",
        "en": "Nothing was imported: {path} is in the older file format {found}, which this version cannot import (current {known}).",
    },
    "json_io.no_folder": {
        "fi": "Kansiota {path} ei ole olemassa.",
        "sv": "Mappen {path} finns inte.",
        "en": "The folder {path} does not exist.",
    },
    "json_io.cannot_write": {
        "fi": "Tiedostoon {path} ei voitu kirjoittaa ({detail}). Mitään ei muutettu.",
        "sv": "Det gick inte att skriva till {path} ({detail}). Inget ändrades.",
        "en": "Could not write {path} ({detail}). Nothing was changed.",
    },
    "json_io.export_onto_source": {
        "fi": "Vientiä ei tehty: {path} on itse ohjelmatiedosto; anna JSON-tiedostolle toinen nimi.",
        "sv": "Exporten gjordes inte: {path} är själva programfilen; ge JSON-filen ett annat namn.",
        "en": "Nothing was exported: {path} is the programme file itself; give the JSON file another name.",
    },
    # --- parts of a sentence -----------------------------------------------------------------
    "json_io.reason.file_size": {
        "fi": "{size} Mt; enintään {limit} Mt",
        "sv": "{size} MB; högst {limit} MB",
        "en": "{size} MB; at most {limit} MB",
    },
    "json_io.reason.position": {
        "fi": "virhe rivillä {line}, sarakkeessa {column}",
        "sv": "fel på rad {line}, kolumn {column}",
        "en": "error at line {line}, column {column}",
    },
    "json_io.reason.constant": {
        "fi": "{name} ei ole JSON-arvo",
        "sv": "{name} är inget JSON-värde",
        "en": "{name} is not a JSON value",
    },
    "json_io.reason.number": {
        "fi": "luvussa on liian monta numeroa",
        "sv": "ett tal har för många siffror",
        "en": "a number has too many digits",
    },
    "json_io.shape.not_object": {
        "fi": "ylimmän tason arvo ei ole objekti",
        "sv": "värdet på översta nivån är inget objekt",
        "en": "the top-level value is not an object",
    },
    "json_io.shape.not_jalostamo": {
        "fi": "kentän format arvo ei ole \u201cjalostamo\u201d",
        "sv": "fältet format har inte värdet \u201djalostamo\u201d",
        "en": "the field format is not \u201cjalostamo\u201d",
    },
    "json_io.shape.unknown_key": {
        "fi": "tuntematon kenttä {field}",
        "sv": "okänt fält {field}",
        "en": "unknown field {field}",
    },
    "json_io.shape.missing_key": {
        "fi": "kenttä {field} puuttuu",
        "sv": "fältet {field} saknas",
        "en": "the field {field} is missing",
    },
    "json_io.shape.bad_header": {
        "fi": "kentän {field} arvo ei kelpaa",
        "sv": "fältet {field} har ett ogiltigt värde",
        "en": "the field {field} has an invalid value",
    },
    "json_io.reason.not_list": {
        "fi": "odotettiin luetteloa rivejä",
        "sv": "en lista med rader förväntades",
        "en": "a list of rows was expected",
    },
    "json_io.reason.not_object": {
        "fi": "odotettiin riviä (JSON-objekti)",
        "sv": "en rad (JSON-objekt) förväntades",
        "en": "a row (JSON object) was expected",
    },
    "json_io.reason.unknown_column": {
        "fi": "tuntematon sarake {column}",
        "sv": "okänd kolumn {column}",
        "en": "unknown column {column}",
    },
    "json_io.reason.missing_column": {
        "fi": "sarake {column} puuttuu",
        "sv": "kolumnen {column} saknas",
        "en": "the column {column} is missing",
    },
    "json_io.reason.required": {
        "fi": "arvo on pakollinen (null ei kelpaa)",
        "sv": "värdet är obligatoriskt (null duger inte)",
        "en": "a value is required (null is not allowed)",
    },
    "json_io.reason.text": {
        "fi": "odotettiin tekstiä",
        "sv": "text förväntades",
        "en": "text was expected",
    },
    "json_io.reason.too_long": {
        "fi": "teksti on liian pitkä (enintään {limit} merkkiä)",
        "sv": "texten är för lång (högst {limit} tecken)",
        "en": "the text is too long (at most {limit} characters)",
    },
    "json_io.reason.surrogate": {
        "fi": "tekstissä on virheellinen merkki (pariton UTF-16-korvausmerkki)",
        "sv": "texten innehåller ett ogiltigt tecken (ett ensamt UTF-16-surrogat)",
        "en": "the text holds an invalid character (a lone UTF-16 surrogate)",
    },
    "json_io.reason.timestamp": {
        "fi": "odotettiin aikaleimaa muodossa 2019-03-13T09:00:00.000000Z",
        "sv": "en tidsstämpel i formatet 2019-03-13T09:00:00.000000Z förväntades",
        "en": "a timestamp like 2019-03-13T09:00:00.000000Z was expected",
    },
    "json_io.reason.date": {
        "fi": "odotettiin päivämäärää muodossa 2019-03-13",
        "sv": "ett datum i formatet 2019-03-13 förväntades",
        "en": "a date like 2019-03-13 was expected",
    },
    "json_io.reason.enum": {
        "fi": "arvo ei ole mikään sallituista ({allowed})",
        "sv": "värdet är inte något av de tillåtna ({allowed})",
        "en": "the value is none of those allowed ({allowed})",
    },
    "json_io.reason.bool": {
        "fi": "odotettiin arvoa true tai false",
        "sv": "true eller false förväntades",
        "en": "true or false was expected",
    },
    "json_io.reason.int": {
        "fi": "odotettiin kokonaislukua",
        "sv": "ett heltal förväntades",
        "en": "a whole number was expected",
    },
    "json_io.reason.int_range": {
        "fi": "luku on liian suuri",
        "sv": "talet är för stort",
        "en": "the number is too large",
    },
    "json_io.reason.float": {
        "fi": "odotettiin äärellistä lukua",
        "sv": "ett ändligt tal förväntades",
        "en": "a finite number was expected",
    },
    "json_io.reason.base64": {
        "fi": "odotettiin base64-koodattua dataa",
        "sv": "base64-kodade data förväntades",
        "en": "base64-encoded data was expected",
    },
    "json_io.reason.blob_too_large": {
        "fi": "data on liian suuri (enintään {limit} Mt)",
        "sv": "data är för stora (högst {limit} MB)",
        "en": "the data is too large (at most {limit} MB)",
    },
    "json_io.reason.too_deep": {
        "fi": "arvo on sisäkkäistetty liian syvälle (enintään {limit} tasoa)",
        "sv": "värdet är för djupt nästlat (högst {limit} nivåer)",
        "en": "the value is nested too deeply (at most {limit} levels)",
    },
    "json_io.reason.duplicate_id": {
        "fi": "tunniste {id} esiintyy taulussa kahdesti",
        "sv": "id {id} förekommer två gånger i tabellen",
        "en": "the id {id} occurs twice in the table",
    },
}
