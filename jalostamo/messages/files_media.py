"""Messages of output paths (every file Jalostamo writes) and of photos arriving from elsewhere
(JSON import, merge) or drawn into reports."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "output.refused": {
        "fi": "Tiedostoa {path} ei kirjoitettu.",
        "sv": "Filen {path} skrevs inte.",
        "en": "The file {path} was not written.",
    },
    "output.is_source": {
        "fi": "Ei kirjoitettu: {path} on itse avattu ohjelmatiedosto; valitse toinen tiedostonimi.",
        "sv": "Inget skrevs: {path} är själva den öppna programfilen; välj ett annat filnamn.",
        "en": "Nothing was written: {path} is the open programme file itself; choose another "
              "file name.",
    },
    "output.is_programme": {
        "fi": "Ei kirjoitettu: {path} on ohjelmatiedosto, eikä Jalostamo kirjoita sen päälle; "
              "valitse toinen tiedostonimi.",
        "sv": "Inget skrevs: {path} är en programfil och Jalostamo skriver aldrig över en "
              "sådan; välj ett annat filnamn.",
        "en": "Nothing was written: {path} is a programme file, and Jalostamo never writes over "
              "one; choose another file name.",
    },
    "output.exists": {
        "fi": "Tiedosto {path} on jo olemassa; valitse toinen nimi tai korvaa se valinnalla "
              "--force.",
        "sv": "Filen {path} finns redan; välj ett annat namn eller ersätt den med --force.",
        "en": "The file {path} already exists; choose another name, or replace it with --force.",
    },
    "output.is_folder": {
        "fi": "{path} on kansio; anna tiedoston nimi.",
        "sv": "{path} är en mapp; ange ett filnamn.",
        "en": "{path} is a folder; give a file name.",
    },
    "output.no_folder": {
        "fi": "Kansiota {path} ei ole olemassa; tiedostoa ei voi tallentaa sinne.",
        "sv": "Mappen {path} finns inte; filen kan inte sparas där.",
        "en": "The folder {path} does not exist; the file cannot be saved there.",
    },
    "output.in_use": {
        "fi": "Tiedostoa {path} ei voitu korvata, koska se on auki toisessa ohjelmassa; sulje "
              "tiedosto toisessa ohjelmassa ja yritä uudelleen.",
        "sv": "Filen {path} kunde inte ersättas eftersom den är öppen i ett annat program; "
              "stäng filen i det andra programmet och försök igen.",
        "en": "The file {path} could not be replaced because another program has it open; "
              "close the file in the other program and try again.",
    },
    "output.cannot_write": {
        "fi": "Tiedostoa {path} ei voitu kirjoittaa: {detail}",
        "sv": "Filen {path} kunde inte skrivas: {detail}",
        "en": "The file {path} could not be written: {detail}",
    },
    "media.bad_id": {
        "fi": "Tiedostoa {path} ei tuotu: kuvan tunniste rivillä {row} taulussa {table} ei ole "
              "kuvan SHA-256-tiiviste (64 heksamerkkiä).",
        "sv": "Filen {path} importerades inte: bildens id på rad {row} i tabellen {table} är "
              "inte bildens SHA-256-kontrollsumma (64 hexadecimala tecken).",
        "en": "Nothing was imported from {path}: the photo id on row {row} of table {table} is "
              "not a SHA-256 hash of the photo (64 hex digits).",
    },
    "media.bad_photo": {
        "fi": "Tiedostoa {path} ei tuotu: kuva rivillä {row} taulussa media ({id}) ei kelpaa: "
              "{reason}",
        "sv": "Filen {path} importerades inte: bilden på rad {row} i tabellen media ({id}) "
              "duger inte: {reason}",
        "en": "Nothing was imported from {path}: the photo on row {row} of table media ({id}) "
              "cannot be used: {reason}",
    },
    "image.reason.not_bare": {
        "fi": "se ei ole kuva sellaisena kuin Jalostamo sen tallentaa (siinä on metatietoja tai "
              "muuta ylimääräistä).",
        "sv": "den är inte en bild så som Jalostamo sparar den (den har metadata eller annat "
              "extra).",
        "en": "it is not a photo as Jalostamo stores one (it carries metadata or other extra "
              "data).",
    },
    "report.photos_left_out": {
        "fi": "Kuvaa {id} ei otettu raporttiin: {reason}",
        "sv": "Bilden {id} togs inte med i rapporten: {reason}",
        "en": "The photo {id} was left out of the report: {reason}",
    },
}
