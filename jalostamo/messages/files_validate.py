"""Messages of the one validator (``models/rules.py``), ``jalostamo check`` and the scan on open.

``rules.reason.*`` and ``rules.schema.*`` are parts of a sentence (no capital, no full stop),
like ``json_io.reason.*``, which the validator shares.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "rules.reason.blob_in_text": {
        "fi": "tekstin paikalla on binääridataa",
        "sv": "binära data där text ska stå",
        "en": "binary data where text belongs",
    },
    "rules.reason.utf8": {
        "fi": "teksti ei ole kelvollista UTF-8:aa",
        "sv": "texten är inte giltig UTF-8",
        "en": "the text is not valid UTF-8",
    },
    "rules.reason.number_range": {
        "fi": "luku on liian suuri (itseisarvo alle {limit})",
        "sv": "talet är för stort (absolutbelopp under {limit})",
        "en": "the number is too large (its magnitude must be below {limit})",
    },
    "rules.reason.range": {
        "fi": "luvun pitää olla välillä {low}–{high}",
        "sv": "talet ska vara mellan {low} och {high}",
        "en": "the number must be between {low} and {high}",
    },
    "rules.reason.json": {
        "fi": "arvo ei ole kelvollista JSONia",
        "sv": "värdet är inte giltig JSON",
        "en": "the value is not valid JSON",
    },
    "rules.reason.json_object": {
        "fi": "odotettiin JSON-oliota (avain–arvo-pareja)",
        "sv": "ett JSON-objekt (nyckel–värde-par) förväntades",
        "en": "a JSON object (key–value pairs) was expected",
    },
    "rules.reason.json_list": {
        "fi": "odotettiin JSON-luetteloa",
        "sv": "en JSON-lista förväntades",
        "en": "a JSON list was expected",
    },
    "rules.reason.json_list_of_objects": {
        "fi": "odotettiin JSON-luetteloa, jonka jokainen osa on olio",
        "sv": "en JSON-lista där varje del är ett objekt förväntades",
        "en": "a JSON list of objects was expected",
    },
    "rules.reason.uuid": {
        "fi": "odotettiin tunnistetta (UUID)",
        "sv": "ett id (UUID) förväntades",
        "en": "an id (UUID) was expected",
    },
    "rules.reason.sha256": {
        "fi": "odotettiin kuvan tunnistetta (64 heksadesimaalimerkkiä)",
        "sv": "ett bild-id (64 hexadecimala tecken) förväntades",
        "en": "a photo id (64 hexadecimal digits) was expected",
    },
    "rules.reason.binary": {
        "fi": "odotettiin binääridataa",
        "sv": "binära data förväntades",
        "en": "binary data was expected",
    },
    "rules.reason.media_hash": {
        "fi": "kuvan tunniste ei vastaa kuvan sisältöä",
        "sv": "bildens id stämmer inte med bildens innehåll",
        "en": "the photo's id does not match its content",
    },
    "rules.reason.dangling": {
        "fi": "viittaa riviin, jota ei ole (taulu {parent})",
        "sv": "hänvisar till en rad som inte finns (tabellen {parent})",
        "en": "refers to a row that does not exist (table {parent})",
    },
    "rules.schema.planted": {
        "fi": "tiedostossa on {kind} {name}, jota Jalostamo ei tee",
        "sv": "filen innehåller {kind} {name}, som Jalostamo inte skapar",
        "en": "the file holds {kind} {name}, which Jalostamo does not make",
    },
    "rules.schema.missing_table": {
        "fi": "taulu {table} puuttuu",
        "sv": "tabellen {table} saknas",
        "en": "the table {table} is missing",
    },
    "rules.schema.missing_column": {
        "fi": "taulusta {table} puuttuu sarake {column}",
        "sv": "kolumnen {column} saknas i tabellen {table}",
        "en": "the table {table} has no column {column}",
    },
    "rules.schema.extra_column": {
        "fi": "taulussa {table} on tuntematon sarake {column}",
        "sv": "tabellen {table} har en okänd kolumn {column}",
        "en": "the table {table} has an unknown column {column}",
    },
    "rules.schema.revision": {
        "fi": "tiedostomuodon merkintä (alembic_version) on virheellinen: {found}",
        "sv": "filformatets märkning (alembic_version) är ogiltig: {found}",
        "en": "the file format stamp (alembic_version) is wrong: {found}",
    },
    "rules.schema.no_programme": {
        "fi": "tiedostossa ei ole ohjelmaa",
        "sv": "filen innehåller inget program",
        "en": "the file holds no programme",
    },
    "rules.schema.many_programmes": {
        "fi": "tiedostossa on {count} ohjelmaa, kun niitä saa olla yksi",
        "sv": "filen innehåller {count} program, men bara ett är tillåtet",
        "en": "the file holds {count} programmes where there must be one",
    },
    "rules.where.row": {
        "fi": "{table}, rivi {row}, kenttä {field}",
        "sv": "{table}, rad {row}, fält {field}",
        "en": "{table}, row {row}, field {field}",
    },
    "rules.problem": {
        "fi": "{where}: {reason}",
        "sv": "{where}: {reason}",
        "en": "{where}: {reason}",
    },
    "check.bad": {
        "fi": "{path}: {count} ongelmaa; tiedostoa on muutettu Jalostamon ulkopuolella. Ensimmäinen: {first}",
        "sv": "{path}: {count} problem; filen har ändrats utanför Jalostamo. Det första: {first}",
        "en": "{path}: {count} problems; the file was changed outside Jalostamo. The first: {first}",
    },
    "check.more": {
        "fi": "\u2026 ja vielä {count} ongelmaa",
        "sv": "\u2026 och {count} problem till",
        "en": "\u2026 and {count} more problems",
    },
    "file.invalid": {
        "fi": "{path} on muutettu Jalostamon ulkopuolella eikä kelpaa ({problem}). Tiedostoon ei koskettu; kaikki ongelmat näet komennolla: jalostamo check {path}",
        "sv": "{path} har ändrats utanför Jalostamo och duger inte ({problem}). Filen lämnades orörd; alla problem visas med kommandot: jalostamo check {path}",
        "en": "{path} was changed outside Jalostamo and cannot be used ({problem}). The file was left untouched; to see every problem, run: jalostamo check {path}",
    },
    "input.rule": {
        "fi": "{field}: {reason}.",
        "sv": "{field}: {reason}.",
        "en": "{field}: {reason}.",
    },
}
