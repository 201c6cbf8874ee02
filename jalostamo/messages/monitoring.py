"""Messages of monitoring: indicators, measurements, the CSV import, the roadmap, the decision."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "monitoring.library.unknown": {
        "fi": "Indikaattorikirjastossa ei ole mittaria \u201c{entry}\u201d.",
        "sv": "Indikatorbiblioteket har ingen mätare \u201d{entry}\u201d.",
        "en": "The indicator library has no measure \u201c{entry}\u201d.",
    },
    "monitoring.indicator.name_required": {
        "fi": "Anna indikaattorille nimi.",
        "sv": "Ge indikatorn ett namn.",
        "en": "Give the indicator a name.",
    },
    "monitoring.indicator.negative_change": {
        "fi": "Merkittävä muutos ei voi olla negatiivinen.",
        "sv": "En betydande förändring kan inte vara negativ.",
        "en": "The meaningful change cannot be negative.",
    },
    "monitoring.indicator.target_before_baseline": {
        "fi": "Tavoitetason päivämäärä on ennen lähtötason päivämäärää.",
        "sv": "Målnivåns datum ligger före utgångsnivåns datum.",
        "en": "The target's date is before the baseline's date.",
    },
    "monitoring.roadmap.title_required": {
        "fi": "Anna tiekartan kohdalle otsikko.",
        "sv": "Ge punkten på färdplanen en rubrik.",
        "en": "Give the roadmap item a title.",
    },
    "monitoring.roadmap.ends_before_start": {
        "fi": "Tiekartan kohta päättyy ennen kuin se alkaa.",
        "sv": "Punkten på färdplanen slutar innan den börjar.",
        "en": "The roadmap item ends before it starts.",
    },
    "monitoring.decision.reasoning_required": {
        "fi": "Kirjoita päätökselle perustelut.",
        "sv": "Skriv en motivering till beslutet.",
        "en": "Write the reasoning for the decision.",
    },
    # --- CSV import of measurements -----------------------------------------------------------
    "monitoring.csv.refused": {
        "fi": "Tiedostoa {path} ei tuotu, mitään ei tallennettu: rivi {line}: {reason}",
        "sv": "Filen {path} importerades inte, inget sparades: rad {line}: {reason}",
        "en": "{path} was not imported, nothing was stored: line {line}: {reason}",
    },
    "monitoring.csv.refused_file": {
        "fi": "Tiedostoa {path} ei tuotu, mitään ei tallennettu: {reason}",
        "sv": "Filen {path} importerades inte, inget sparades: {reason}",
        "en": "{path} was not imported, nothing was stored: {reason}",
    },
    "monitoring.csv.done": {
        "fi": "Tuotiin {created} mittausta tiedostosta {path} ({skipped} oli jo tallennettu).",
        "sv": "Importerade {created} mätningar från {path} ({skipped} fanns redan).",
        "en": "Imported {created} measurements from {path} ({skipped} were already stored).",
    },
    "monitoring.csv.checked": {
        "fi": "Tiedosto {path} on kunnossa: {created} uutta mittausta, {skipped} jo tallennettu. Mitään ei tallennettu (--dry-run).",
        "sv": "Filen {path} är i ordning: {created} nya mätningar, {skipped} fanns redan. Inget sparades (--dry-run).",
        "en": "{path} is fine: {created} new measurements, {skipped} already stored. Nothing was stored (--dry-run).",
    },
    "monitoring.csv.per_indicator": {
        "fi": "  {indicator}: {count}",
        "sv": "  {indicator}: {count}",
        "en": "  {indicator}: {count}",
    },
    "monitoring.csv.ignored_columns": {
        "fi": "Sarakkeet, joita ei käytetty: {columns}",
        "sv": "Kolumner som inte användes: {columns}",
        "en": "Columns not used: {columns}",
    },
    "monitoring.csv.column.indicator": {
        "fi": "indikaattori",
        "sv": "indikator",
        "en": "indicator",
    },
    "monitoring.csv.column.date": {
        "fi": "päivämäärä",
        "sv": "datum",
        "en": "date",
    },
    "monitoring.csv.column.value": {
        "fi": "arvo",
        "sv": "värde",
        "en": "value",
    },
    "monitoring.csv.reason.missing": {
        "fi": "tiedostoa ei löydy.",
        "sv": "filen finns inte.",
        "en": "the file does not exist.",
    },
    "monitoring.csv.reason.unreadable": {
        "fi": "tiedostoa ei voi lukea ({detail}).",
        "sv": "filen kan inte läsas ({detail}).",
        "en": "the file cannot be read ({detail}).",
    },
    "monitoring.csv.reason.too_large": {
        "fi": "tiedosto on liian suuri (enintään {limit} kt).",
        "sv": "filen är för stor (högst {limit} kB).",
        "en": "the file is too large (at most {limit} kB).",
    },
    "monitoring.csv.reason.too_many_rows": {
        "fi": "tiedostossa on liian monta riviä (enintään {limit}).",
        "sv": "filen har för många rader (högst {limit}).",
        "en": "the file has too many rows (at most {limit}).",
    },
    "monitoring.csv.reason.not_text": {
        "fi": "tiedosto ei ole tekstiä (UTF-8 tai Windows-1252).",
        "sv": "filen är ingen text (UTF-8 eller Windows-1252).",
        "en": "the file is not text (UTF-8 or Windows-1252).",
    },
    "monitoring.csv.reason.empty": {
        "fi": "tiedosto on tyhjä.",
        "sv": "filen är tom.",
        "en": "the file is empty.",
    },
    "monitoring.csv.reason.no_rows": {
        "fi": "tiedostossa on otsikkorivi mutta ei yhtään mittausta.",
        "sv": "filen har en rubrikrad men inga mätningar.",
        "en": "the file has a header line but no measurements.",
    },
    "monitoring.csv.reason.malformed": {
        "fi": "rivi ei ole kelvollista CSV:tä ({detail}).",
        "sv": "raden är inte giltig CSV ({detail}).",
        "en": "the line is not valid CSV ({detail}).",
    },
    "monitoring.csv.reason.missing_column": {
        "fi": "sarake \u201c{column}\u201d puuttuu (otsikot: {found}). Tarvitaan indikaattori;päivämäärä;arvo.",
        "sv": "kolumnen \u201d{column}\u201d saknas (rubriker: {found}). Det behövs indikator;datum;värde.",
        "en": "the column \u201c{column}\u201d is missing (headers: {found}). Needed: indicator;date;value.",
    },
    "monitoring.csv.reason.duplicate_column": {
        "fi": "sarake \u201c{column}\u201d on otsikkorivillä kahdesti.",
        "sv": "kolumnen \u201d{column}\u201d finns två gånger på rubrikraden.",
        "en": "the column \u201c{column}\u201d appears twice in the header.",
    },
    "monitoring.csv.reason.extra_cells": {
        "fi": "rivillä on {found} solua, otsikkorivillä {expected}.",
        "sv": "raden har {found} celler, rubrikraden {expected}.",
        "en": "the line has {found} cells, the header {expected}.",
    },
    "monitoring.csv.reason.empty_cell": {
        "fi": "sarake \u201c{column}\u201d on tyhjä.",
        "sv": "kolumnen \u201d{column}\u201d är tom.",
        "en": "the column \u201c{column}\u201d is empty.",
    },
    "monitoring.csv.reason.unknown_indicator": {
        "fi": "tiimillä ei ole indikaattoria \u201c{indicator}\u201d (tiimin indikaattorit: {known}).",
        "sv": "teamet har ingen indikator \u201d{indicator}\u201d (teamets indikatorer: {known}).",
        "en": "the team has no indicator \u201c{indicator}\u201d (the team's indicators: {known}).",
    },
    "monitoring.csv.reason.ambiguous_indicator": {
        "fi": "tiimillä on useita indikaattoreita nimellä \u201c{indicator}\u201d; käytä tunnistetta.",
        "sv": "teamet har flera indikatorer med namnet \u201d{indicator}\u201d; använd id:t.",
        "en": "the team has several indicators named \u201c{indicator}\u201d; use the id.",
    },
    "monitoring.csv.reason.bad_date": {
        "fi": "\u201c{value}\u201d ei ole päivämäärä (muoto p.k.vvvv, esim. 13.3.2019).",
        "sv": "\u201d{value}\u201d är inget datum (format d.m.åååå, t.ex. 13.3.2019).",
        "en": "\u201c{value}\u201d is not a date (use d.m.yyyy, e.g. 13.3.2019).",
    },
    "monitoring.csv.reason.bad_number": {
        "fi": "\u201c{value}\u201d ei ole luku (desimaalipilkku, esim. 12,5).",
        "sv": "\u201d{value}\u201d är inget tal (decimalkomma, t.ex. 12,5).",
        "en": "\u201c{value}\u201d is not a number (decimal comma, e.g. 12,5).",
    },
    "monitoring.csv.reason.duplicate_row": {
        "fi": "indikaattorilla \u201c{indicator}\u201d on jo mittaus {date} rivillä {other}.",
        "sv": "indikatorn \u201d{indicator}\u201d har redan en mätning {date} på rad {other}.",
        "en": "the indicator \u201c{indicator}\u201d already has a measurement on {date} on line {other}.",
    },
    "monitoring.csv.reason.conflicts_stored": {
        "fi": "indikaattorille \u201c{indicator}\u201d on jo tallennettu arvo {stored} päivälle {date}, tiedostossa {value}.",
        "sv": "för indikatorn \u201d{indicator}\u201d finns redan värdet {stored} för {date}, i filen {value}.",
        "en": "the indicator \u201c{indicator}\u201d already has the value {stored} stored for {date}; the file says {value}.",
    },
}
