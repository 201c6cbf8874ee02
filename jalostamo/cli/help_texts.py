"""``jalostamo --help`` in Finnish and Swedish: the commands' English help texts (written next to
their options in ``cmd_*.py``) with their translations, and argparse's own words.

A test builds the parser and fails on any help text without both translations, so a new
option cannot reach a user untranslated.
"""

from __future__ import annotations

#: English text → {"fi": ..., "sv": ...}
HELP: dict[str, dict[str, str]] = {
    "Jalostamo: facilitated co-design workshops (kokeilujalostamo).": {
        "fi": "Jalostamo: fasilitoidut yhteiskehittämisen työpajat (kokeilujalostamo).",
        "sv": "Jalostamo: faciliterade workshoppar för samskapande (försöksförädling).",
    },
    "show this help message and exit": {
        "fi": "näytä tämä ohje ja lopeta",
        "sv": "visa den här hjälpen och avsluta",
    },
    "show program's version number and exit": {
        "fi": "näytä ohjelman versio ja lopeta",
        "sv": "visa programmets version och avsluta",
    },
    "language of messages and of the app (default: system language)": {
        "fi": "viestien ja sovelluksen kieli (oletus: järjestelmän kieli)",
        "sv": "språket för meddelanden och appen (standard: systemets språk)",
    },
    "write the demo programme (spring 2019, six cities and Tampere University)": {
        "fi": "kirjoita esimerkkiohjelma (kevät 2019, kuusi kaupunkia ja Tampereen yliopisto)",
        "sv": "skriv exempelprogrammet (våren 2019, sex städer och Tammerfors universitet)",
    },
    "create a new, empty programme file": {
        "fi": "luo uusi, tyhjä ohjelmatiedosto",
        "sv": "skapa en ny, tom programfil",
    },
    "start the app (optionally with a programme file)": {
        "fi": "käynnistä sovellus (halutessasi ohjelmatiedoston kanssa)",
        "sv": "starta appen (om du vill med en programfil)",
    },
    "check a programme file (schema, integrity, links)": {
        "fi": "tarkista ohjelmatiedosto (rakenne, eheys, viittaukset)",
        "sv": "kontrollera en programfil (struktur, integritet, referenser)",
    },
    "check a programme file (schema, integrity, every value, links); lists what is wrong and "
    "exits 1": {
        "fi": "tarkista ohjelmatiedosto (rakenne, eheys, jokainen arvo, viittaukset); luettelee, "
              "mikä on vialla, ja paluuarvo on 1",
        "sv": "kontrollera en programfil (struktur, integritet, varje värde, referenser); listar "
              "vad som är fel och slutar med kod 1",
    },
    "list at most N problems (default 20)": {
        "fi": "luettele enintään N ongelmaa (oletus 20)",
        "sv": "lista högst N problem (standard 20)",
    },
    "write a programme file as JSON (every row, photos included)": {
        "fi": "kirjoita ohjelmatiedosto JSON-muotoon (kaikki rivit ja kuvat)",
        "sv": "skriv en programfil som JSON (alla rader, bilderna med)",
    },
    "create a new programme file from a JSON export": {
        "fi": "luo uusi ohjelmatiedosto JSON-viennistä",
        "sv": "skapa en ny programfil från en JSON-export",
    },
    "import measurements of a team's indicators from a CSV file (indikaattori;päivämäärä;arvo, "
    "decimal comma, d.m.yyyy)": {
        "fi": "tuo tiimin mittareiden mittaukset CSV-tiedostosta (indikaattori;päivämäärä;arvo, "
              "desimaalipilkku, p.k.vvvv)",
        "sv": "importera mätningar av ett teams mätare från en CSV-fil (indikaattori;päivämäärä;arvo, "
              "decimalkomma, d.m.åååå)",
    },
    "write a file of the programme for one team's laptop": {
        "fi": "kirjoita ohjelmasta tiedosto yhden tiimin kannettavalle",
        "sv": "skriv en fil av programmet för ett teams bärbara dator",
    },
    "write a team file's work for the facilitator: only what the team changed since the hand-out": {
        "fi": "kirjoita tiimitiedoston työ fasilitaattorille: vain se, mitä tiimi on muuttanut sen saatuaan",
        "sv": "skriv teamfilens arbete till facilitatorn: bara det teamet har ändrat sedan teamfilen lämnades ut",
    },
    "replace OUT if it exists (work sent before; never a programme file)": {
        "fi": "korvaa OUT, jos se on jo olemassa (aiemmin lähetetty työ; ei koskaan ohjelmatiedostoa)",
        "sv": "ersätt OUT om den redan finns (arbete som skickats tidigare; aldrig en programfil)",
    },
    "merge team files (or other copies) into a programme": {
        "fi": "yhdistä tiimitiedostot (tai muut kopiot) ohjelmaan",
        "sv": "sammanfoga teamfiler (eller andra kopior) med ett program",
    },
    "import photos (JPEG, PNG, WebP, GIF, TIFF, HEIC) for a team": {
        "fi": "tuo tiimille valokuvia (JPEG, PNG, WebP, GIF, TIFF, HEIC)",
        "sv": "importera foton (JPEG, PNG, WebP, GIF, TIFF, HEIC) för ett team",
    },
    "write a PDF report (PDF/A-2b)": {
        "fi": "kirjoita PDF-raportti (PDF/A-2b)",
        "sv": "skriv en PDF-rapport (PDF/A-2b)",
    },
    "the new programme file (must not exist)": {
        "fi": "uusi ohjelmatiedosto (ei saa olla olemassa)",
        "sv": "den nya programfilen (får inte finnas)",
    },
    "normal: the real programme; large: a stress programme (12+ teams, 5,000 board items, "
    "150 photos)": {
        "fi": "normal: todellinen ohjelma; large: kuormitusohjelma (yli 12 tiimiä, 5 000 taulun "
              "kohdetta, 150 kuvaa)",
        "sv": "normal: det verkliga programmet; large: ett belastningsprogram (över 12 team, "
              "5 000 tavelobjekt, 150 bilder)",
    },
    "name of the programme": {"fi": "ohjelman nimi", "sv": "programmets namn"},
    "open without changing the file": {
        "fi": "avaa muuttamatta tiedostoa",
        "sv": "öppna utan att ändra filen",
    },
    "the programme file (.jalostamo)": {
        "fi": "ohjelmatiedosto (.jalostamo)",
        "sv": "programfilen (.jalostamo)",
    },
    "the JSON file to write": {"fi": "kirjoitettava JSON-tiedosto", "sv": "JSON-filen som skrivs"},
    "replace OUT if it exists": {
        "fi": "korvaa OUT, jos se on jo olemassa",
        "sv": "ersätt OUT om den redan finns",
    },
    "the JSON file to read": {"fi": "luettava JSON-tiedosto", "sv": "JSON-filen som läses"},
    "the programme file to create (must not exist)": {
        "fi": "luotava ohjelmatiedosto (ei saa olla olemassa)",
        "sv": "programfilen som skapas (får inte finnas)",
    },
    "the programme file (*.jalostamo)": {
        "fi": "ohjelmatiedosto (*.jalostamo)",
        "sv": "programfilen (*.jalostamo)",
    },
    "the team: its city, name or id": {
        "fi": "tiimi: sen kaupunki, nimi tai tunniste",
        "sv": "teamet: dess stad, namn eller id",
    },
    "check the CSV file and report, but store nothing": {
        "fi": "tarkista CSV-tiedosto ja kerro tulos, mutta älä tallenna mitään",
        "sv": "kontrollera CSV-filen och rapportera, men spara ingenting",
    },
    "city name or id of the team": {
        "fi": "tiimin kaupunki tai tunniste",
        "sv": "teamets stad eller id",
    },
    "replace OUT if it exists (never a programme file)": {
        "fi": "korvaa OUT, jos se on jo olemassa (ei koskaan ohjelmatiedostoa)",
        "sv": "ersätt OUT om den redan finns (aldrig en programfil)",
    },
    "show what would change; write nothing": {
        "fi": "näytä, mitä muuttuisi; älä kirjoita mitään",
        "sv": "visa vad som skulle ändras; skriv ingenting",
    },
    "Import photos for a team. Each photo is rotated upright, stripped of its metadata (GPS "
    "included) and reduced in size. Damaged, unsupported or too large files are refused by name "
    "while the others are imported; the exit code is 1 if any was refused.": {
        "fi": "Tuo tiimille valokuvia. Jokainen kuva käännetään pystyyn, siitä poistetaan "
              "metatiedot (myös GPS) ja sen kokoa pienennetään. Vahingoittuneet, tukemattomat tai "
              "liian suuret tiedostot hylätään nimeltä ja muut tuodaan; paluuarvo on 1, jos "
              "jokin hylättiin.",
        "sv": "Importera foton för ett team. Varje foto vänds rätt, rensas från metadata (GPS "
              "också) och förminskas. Skadade, okända eller för stora filer avvisas med namn "
              "medan de andra importeras; slutkoden är 1 om någon avvisades.",
    },
    "the team: its city, its name or its id": {
        "fi": "tiimi: sen kaupunki, nimi tai tunniste",
        "sv": "teamet: dess stad, namn eller id",
    },
    "the programme file (opened read-only)": {
        "fi": "ohjelmatiedosto (avataan vain luettavaksi)",
        "sv": "programfilen (öppnas skrivskyddad)",
    },
    "what to write; agenda: one workshop's printable agenda": {
        "fi": "mitä kirjoitetaan; agenda: yhden työpajan tulostettava esityslista",
        "sv": "vad som skrivs; agenda: en workshops utskrivbara agenda",
    },
    "workshop number (kinds workshop and agenda)": {
        "fi": "työpajan numero (lajit workshop ja agenda)",
        "sv": "workshoppens nummer (typerna workshop och agenda)",
    },
    "team city, name or id (kind team)": {
        "fi": "tiimin kaupunki, nimi tai tunniste (raporttilaji team)",
        "sv": "teamets stad, namn eller id (rapporttyp team)",
    },
    "language of the report (default: --lang, else the programme's language)": {
        "fi": "raportin kieli (oletus: --lang, muuten ohjelman kieli)",
        "sv": "rapportens språk (standard: --lang, annars programmets språk)",
    },
    "replace people's names with stable pseudonyms": {
        "fi": "korvaa henkilöiden nimet pysyvillä pseudonyymeillä",
        "sv": "ersätt personers namn med stabila pseudonymer",
    },
    "the PDF file to write": {"fi": "kirjoitettava PDF-tiedosto", "sv": "PDF-filen som skrivs"},
    # --- room (the live venue mode) ---
    "open a room on the local network, or follow one": {
        "fi": "avaa huone lähiverkkoon tai seuraa huonetta",
        "sv": "öppna ett rum i det lokala nätverket eller följ ett rum",
    },
    "serve a programme to the room's laptops until stopped": {
        "fi": "jaa ohjelma huoneen koneille, kunnes pysäytetään",
        "sv": "dela ett program med rummets datorer tills det stoppas",
    },
    "TCP port (default: the last one, else any)": {
        "fi": "TCP-portti (oletus: edellinen, muuten mikä tahansa vapaa)",
        "sv": "TCP-port (standard: den förra, annars valfri ledig)",
    },
    "the address to listen on (default: all)": {
        "fi": "osoite, jossa kuunnellaan (oletus: kaikki)",
        "sv": "adressen att lyssna på (standard: alla)",
    },
    "also write the join code to this file": {
        "fi": "kirjoita liittymiskoodi myös tähän tiedostoon",
        "sv": "skriv anslutningskoden även till den här filen",
    },
    "where the room keeps its certificate and devices (default: the user's)": {
        "fi": "mihin huone tallentaa varmenteensa ja laitteensa (oletus: käyttäjän kansio)",
        "sv": "var rummet sparar sitt certifikat och sina enheter (standard: användarens mapp)",
    },
    "join a room as a team and follow it until stopped": {
        "fi": "liity huoneeseen tiiminä ja seuraa sitä, kunnes pysäytetään",
        "sv": "anslut till ett rum som team och följ det tills det stoppas",
    },
    "the join code shown by the facilitator": {
        "fi": "fasilitaattorin näyttämä liittymiskoodi",
        "sv": "anslutningskoden som facilitatorn visar",
    },
    "where this laptop keeps its copy of the programme": {
        "fi": "mihin tämä kone tallentaa oman kopionsa ohjelmasta",
        "sv": "var den här datorn sparar sin kopia av programmet",
    },
    "this laptop's name in the room": {
        "fi": "tämän koneen nimi huoneessa",
        "sv": "den här datorns namn i rummet",
    },
    # export (cmd_export.py)
    "export the programme's data as tables (.xlsx or CSV for Excel)": {
        "fi": "vie ohjelman tiedot taulukoiksi (.xlsx tai CSV Exceliin)",
        "sv": "exportera programmets data som tabeller (.xlsx eller CSV för Excel)",
    },
    "the file to write (.xlsx, or .csv: one file per table)": {
        "fi": "kirjoitettava tiedosto (.xlsx, tai .csv: yksi tiedosto taulukkoa kohden)",
        "sv": "filen som skrivs (.xlsx, eller .csv: en fil per tabell)",
    },
    "xlsx or csv (default: from the name of OUT)": {
        "fi": "xlsx tai csv (oletus: OUT-nimen päätteestä)",
        "sv": "xlsx eller csv (standard: enligt namnet på OUT)",
    },
    "only this table (a CSV file then holds just it)": {
        "fi": "vain tämä taulukko (CSV-tiedostoon tulee silloin vain se)",
        "sv": "endast den här tabellen (en CSV-fil innehåller då bara den)",
    },
    "only this team: its city, name or id": {
        "fi": "vain tämä tiimi: sen kaupunki, nimi tai tunniste",
        "sv": "endast det här teamet: dess stad, namn eller id",
    },
    "language of the column names (default: --lang, else the programme's language)": {
        "fi": "sarakkeiden nimien kieli (oletus: --lang, muuten ohjelman kieli)",
        "sv": "språket för kolumnnamnen (standard: --lang, annars programmets språk)",
    },
    "the CSV or Excel (.xlsx) file of measurements": {
        "fi": "mittausten CSV- tai Excel-tiedosto (.xlsx)",
        "sv": "CSV- eller Excel-filen (.xlsx) med mätningar",
    },
}

#: argparse's own words (Python 3.11–3.13), the ones a person meets
ARGPARSE: dict[str, dict[str, str]] = {
    "usage: ": {"fi": "käyttö: ", "sv": "användning: "},
    "positional arguments": {"fi": "argumentit", "sv": "argument"},
    "options": {"fi": "valinnat", "sv": "alternativ"},
    "%(prog)s: error: %(message)s\n": {"fi": "%(prog)s: virhe: %(message)s\n",
                                       "sv": "%(prog)s: fel: %(message)s\n"},
    "the following arguments are required: %s": {
        "fi": "nämä argumentit puuttuvat: %s",
        "sv": "följande argument krävs: %s",
    },
    "unrecognized arguments: %s": {"fi": "tuntemattomat argumentit: %s",
                                   "sv": "okända argument: %s"},
    "invalid choice: %(value)r (choose from %(choices)s)": {
        "fi": "virheellinen valinta: %(value)r (valitse näistä: %(choices)s)",
        "sv": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    },
    "argument %(argument_name)s: %(message)s": {
        "fi": "argumentti %(argument_name)s: %(message)s",
        "sv": "argument %(argument_name)s: %(message)s",
    },
    "expected one argument": {"fi": "odotettiin yhtä arvoa", "sv": "ett värde förväntades"},
    "invalid %(type)s value: %(value)r": {
        "fi": "virheellinen arvo (%(type)s): %(value)r",
        "sv": "ogiltigt värde (%(type)s): %(value)r",
    },
}


def help_text(text: str, lang: str) -> str:
    """``text`` (English) in ``lang``; English and unknown texts as they are."""
    return HELP.get(text, {}).get(lang, text)


def argparse_text(text: str, lang: str) -> str:
    return ARGPARSE.get(text, {}).get(lang, text)
