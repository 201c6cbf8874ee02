"""Data out and in: spreadsheet exports (sheet and column names), the export command, the
measurements import from .xlsx, dot votes and severity in reports."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # sheets
    "dataout.sheet.feedback": {"fi": "Palaute", "sv": "Återkoppling", "en": "Feedback"},
    "dataout.sheet.insights": {"fi": "Oivallukset", "sv": "Insikter", "en": "Insights"},
    "dataout.sheet.reviews": {"fi": "Vertaisarvioinnit", "sv": "Kollegiala granskningar", "en": "Peer reviews"},
    "dataout.sheet.rubric": {"fi": "Arviointipisteet", "sv": "Bedömningspoäng", "en": "Rubric scores"},
    "dataout.sheet.measurements": {"fi": "Mittaukset", "sv": "Mätningar", "en": "Measurements"},
    "dataout.sheet.votes": {"fi": "Pisteäänestykset", "sv": "Prickröstningar", "en": "Dot votes"},
    # columns
    "dataout.col.team": {"fi": "Kaupunkitiimi", "sv": "Stadsteam", "en": "City team"},
    "dataout.col.date": {"fi": "Päivämäärä", "sv": "Datum", "en": "Date"},
    "dataout.col.place": {"fi": "Paikka", "sv": "Plats", "en": "Place"},
    "dataout.col.segment": {"fi": "Kohderyhmä", "sv": "Målgrupp", "en": "Target group"},
    "dataout.col.quadrant": {"fi": "Nelikenttä", "sv": "Fyrfält", "en": "Quadrant"},
    "dataout.col.severity": {"fi": "Vakavuus", "sv": "Allvarlighet", "en": "Severity"},
    "dataout.col.quote": {"fi": "Sitaatti", "sv": "Citat", "en": "Quote"},
    "dataout.col.text": {"fi": "Teksti", "sv": "Text", "en": "Text"},
    "dataout.col.title": {"fi": "Otsikko", "sv": "Rubrik", "en": "Title"},
    "dataout.col.workshop": {"fi": "Työpaja", "sv": "Workshop", "en": "Workshop"},
    "dataout.col.round": {"fi": "Arviointikierros", "sv": "Granskningsomgång", "en": "Review round"},
    "dataout.col.reviewee": {"fi": "Arvioitu tiimi", "sv": "Granskat team", "en": "Team reviewed"},
    "dataout.col.reviewer": {"fi": "Arvioija", "sv": "Granskare", "en": "Reviewer"},
    "dataout.col.protocol": {"fi": "Menetelmä", "sv": "Metod", "en": "Protocol"},
    "dataout.col.question": {"fi": "Tarkentava kysymys", "sv": "Fokusfråga", "en": "Focusing question"},
    "dataout.col.summary": {"fi": "Yhteenveto", "sv": "Sammanfattning", "en": "Summary"},
    "dataout.col.criterion": {"fi": "Kriteeri", "sv": "Kriterium", "en": "Criterion"},
    "dataout.col.score": {"fi": "Pisteet", "sv": "Poäng", "en": "Score"},
    "dataout.col.indicator": {"fi": "Indikaattori", "sv": "Indikator", "en": "Indicator"},
    "dataout.col.unit": {"fi": "Yksikkö", "sv": "Enhet", "en": "Unit"},
    "dataout.col.value": {"fi": "Arvo", "sv": "Värde", "en": "Value"},
    "dataout.col.board": {"fi": "Taulu", "sv": "Tavla", "en": "Board"},
    "dataout.col.vote": {"fi": "Äänestys", "sv": "Röstning", "en": "Vote"},
    "dataout.col.rank": {"fi": "Sija", "sv": "Plats", "en": "Rank"},
    "dataout.col.item": {"fi": "Kohde", "sv": "Objekt", "en": "Item"},
    "dataout.col.dots": {"fi": "Pisteet", "sv": "Prickar", "en": "Dots"},
    "dataout.col.status": {"fi": "Tila", "sv": "Status", "en": "Status"},
    "dataout.yes": {"fi": "kyllä", "sv": "ja", "en": "yes"},
    "dataout.no": {"fi": "ei", "sv": "nej", "en": "no"},
    "dataout.vote.open": {"fi": "käynnissä", "sv": "pågår", "en": "open"},
    "dataout.vote.closed": {"fi": "päättynyt", "sv": "avslutad", "en": "closed"},
    # errors and results
    "dataout.bad_format": {
        "fi": "Tuntematon vientimuoto {format}: käytä xlsx tai csv.",
        "sv": "Okänt exportformat {format}: använd xlsx eller csv.",
        "en": "Unknown export format {format}: use xlsx or csv.",
    },
    "dataout.bad_table": {
        "fi": "Tuntematon taulukko {table}: valitse jokin näistä: {known}.",
        "sv": "Okänd tabell {table}: välj en av dessa: {known}.",
        "en": "Unknown table {table}: choose one of: {known}.",
    },
    "dataout.csv_needs_table": {
        "fi": "CSV-tiedostoon mahtuu yksi taulukko: valitse se valitsimella --table ({known}).",
        "sv": "En CSV-fil rymmer en tabell: välj den med --table ({known}).",
        "en": "A CSV file holds one table: choose it with --table ({known}).",
    },
    "dataout.written": {
        "fi": "Kirjoitettu {path}: {rows} riviä.",
        "sv": "Skrev {path}: {rows} rader.",
        "en": "Wrote {path}: {rows} rows.",
    },
    "dataout.xlsx_unreadable": {
        "fi": "tiedostoa ei voi lukea Excel-työkirjana (.xlsx).",
        "sv": "filen kan inte läsas som en Excel-arbetsbok (.xlsx).",
        "en": "the file cannot be read as an Excel workbook (.xlsx).",
    },
    # reports
    "dataout.report.votes": {"fi": "Pisteäänestys", "sv": "Prickröstning", "en": "Dot vote"},
    "dataout.report.votes_none": {"fi": "Ei pisteitä.", "sv": "Inga prickar.", "en": "No dots."},
    # the app
    "dataout.menu": {"fi": "Vie taulukoiksi…", "sv": "Exportera tabeller…", "en": "Export tables…"},
    "dataout.ask_pseudonymise": {
        "fi": "Korvataanko henkilöiden nimet pseudonyymeillä (kuten raportissa)?",
        "sv": "Ska personers namn ersättas med pseudonymer (som i rapporten)?",
        "en": "Replace people's names with pseudonyms (as in the report)?",
    },
    "dataout.dialog_title": {"fi": "Vie taulukoiksi", "sv": "Exportera tabeller", "en": "Export tables"},
    "dataout.filter": {
        "fi": "Excel-työkirja (*.xlsx);;CSV, puolipiste (*.csv)",
        "sv": "Excel-arbetsbok (*.xlsx);;CSV, semikolon (*.csv)",
        "en": "Excel workbook (*.xlsx);;CSV, semicolon (*.csv)",
    },
}
