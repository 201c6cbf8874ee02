"""Monitoring: indicators with measurements, and the phenomenon roadmap of each team."""
# ruff: noqa: E501  (prose data: long Finnish sentences read better unbroken)

from __future__ import annotations

from datetime import date
from typing import Any

THL_INCLUSION = {
    "library_key": "thl.osallisuus",
    "name": "THL:n osallisuusindikaattori",
    "definition": "Koetun osallisuuden mittari (8 väittämää), pisteet 0–100; suurempi on parempi.",
    "unit": "pistettä (0–100)",
    "data_source": "Osallistujakysely THL:n lomakkeella",
    "frequency": "kokeilun alussa, puolivälissä ja lopussa",
}

SCHOOL_HEALTH = {
    "library_key": "kty.yksinaisyys",
    "name": "Kouluterveyskysely: yksinäisyyttä kokevien osuus",
    "definition": "Osuus vastaajista, jotka kokevat itsensä yksinäiseksi melko tai hyvin usein.",
    "unit": "%",
    "data_source": "THL, Kouluterveyskysely (2. aste)",
    "frequency": "joka toinen vuosi",
}


def _ind(base: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {**base, **fields}


#: team key -> indicators, each with measurements [(date, value, note)]
INDICATORS: dict[str, list[dict[str, Any]]] = {
    "turku": [
        _ind(THL_INCLUSION, baseline_value=48.0, baseline_on=date(2019, 9, 2), target_value=60.0,
             target_on=date(2019, 12, 15), owner="Katja Lehtinen", meaningful_change=5.0,
             measurements=[(date(2019, 9, 2), 48.0, "alkukysely, 14 vastaajaa"),
                           (date(2019, 10, 14), 53.5, "väliarviointi"),
                           (date(2019, 12, 9), 61.0, "loppukysely, 13 vastaajaa")]),
        {"library_key": "", "name": "Satutuokioihin osallistuneet äidit", "definition": "Äidit, jotka ovat lukeneet vähintään kerran.",
         "unit": "henkilöä", "data_source": "päiväkotien kirjanpito", "frequency": "viikoittain",
         "baseline_value": 0.0, "baseline_on": date(2019, 9, 2), "target_value": 12.0, "target_on": date(2019, 11, 29),
         "owner": "Juha Mäkelä", "meaningful_change": 4.0,
         "measurements": [(date(2019, 9, 13), 5.0, ""), (date(2019, 10, 11), 11.0, ""), (date(2019, 11, 29), 15.0, "")]},
    ],
    "tampere": [
        {"library_key": "", "name": "Kävijät iltaa kohden", "definition": "Vanhempien määrä illassa, keskiarvo kuukaudessa.",
         "unit": "henkilöä", "data_source": "kävijälaskenta", "frequency": "kuukausittain",
         "baseline_value": 0.0, "baseline_on": date(2019, 8, 13), "target_value": 8.0, "target_on": date(2019, 12, 17),
         "owner": "Tiina Virtanen", "meaningful_change": 2.0,
         "measurements": [(date(2019, 8, 31), 5.5, ""), (date(2019, 9, 30), 7.0, ""), (date(2019, 10, 31), 9.3, ""),
                          (date(2019, 11, 30), 8.8, ""), (date(2019, 12, 17), 10.0, "joulukuun ilta")]},
        {"library_key": "", "name": "Isien osuus kävijöistä", "definition": "Isien osuus kaikista vanhemmista.",
         "unit": "%", "data_source": "kävijälaskenta", "frequency": "kuukausittain",
         "baseline_value": 10.0, "baseline_on": date(2019, 3, 1), "target_value": 33.0, "target_on": date(2019, 12, 17),
         "owner": "Markus Heikkilä", "meaningful_change": 10.0,
         "measurements": [(date(2019, 9, 30), 24.0, ""), (date(2019, 11, 30), 36.0, "")]},
    ],
    "oulu": [
        _ind(THL_INCLUSION, baseline_value=41.0, baseline_on=date(2019, 9, 15), target_value=55.0,
             target_on=date(2020, 4, 30), owner="Jari Kemppainen", meaningful_change=5.0,
             measurements=[(date(2019, 9, 15), 41.0, "alkukysely"), (date(2019, 12, 15), 49.0, "väliarviointi"),
                           (date(2020, 4, 28), 56.5, "loppukysely")]),
        _ind(SCHOOL_HEALTH, baseline_value=13.0, baseline_on=date(2019, 5, 31), target_value=11.0,
             target_on=date(2021, 5, 31), owner="Eveliina Rauhala", meaningful_change=1.5,
             measurements=[(date(2019, 5, 31), 13.0, "Kouluterveyskysely 2019, Oulu, ammatillinen koulutus")]),
    ],
    "espoo": [
        {"library_key": "kl.osallistunut_tilaisuuteen", "name": "Ensikertalaisten osuus foorumissa",
         "definition": "Osallistujat, jotka eivät ole aiemmin osallistuneet kaupungin asukastilaisuuteen.",
         "unit": "%", "data_source": "ovella kysytty, Kuntaliiton osallisuuskyselyn kysymys 3", "frequency": "jokaisessa foorumissa",
         "baseline_value": 20.0, "baseline_on": date(2019, 3, 1), "target_value": 50.0, "target_on": date(2019, 12, 12),
         "owner": "Anna-Maija Lindqvist", "meaningful_change": 10.0,
         "measurements": [(date(2019, 9, 14), 38.0, "1. foorumi"), (date(2019, 11, 9), 52.0, "2. foorumi"),
                          (date(2019, 12, 7), 57.0, "3. foorumi")]},
        _ind(THL_INCLUSION, baseline_value=55.0, baseline_on=date(2019, 9, 14), target_value=62.0,
             target_on=date(2019, 12, 12), owner="Tuomas Nieminen", meaningful_change=4.0,
             measurements=[(date(2019, 9, 14), 55.0, ""), (date(2019, 12, 7), 60.5, "")]),
    ],
    "vantaa": [
        {"library_key": "", "name": "Asian etenemisen mediaaniaika", "definition": "Päiviä ensitapaamisesta ensimmäiseen sovittuun palveluun.",
         "unit": "päivää", "data_source": "luotsin kirjaukset", "frequency": "kuukausittain",
         "baseline_value": 45.0, "baseline_on": date(2019, 8, 31), "target_value": 30.0, "target_on": date(2020, 3, 31),
         "owner": "Sari Koivisto", "meaningful_change": 7.0,
         "measurements": [(date(2019, 10, 31), 38.0, ""), (date(2019, 12, 31), 31.0, ""), (date(2020, 2, 29), 27.0, "")]},
        _ind(THL_INCLUSION, baseline_value=44.0, baseline_on=date(2019, 9, 15), target_value=55.0,
             target_on=date(2020, 3, 31), owner="Mohamed Ali", meaningful_change=5.0,
             measurements=[(date(2019, 9, 15), 44.0, ""), (date(2020, 3, 20), 52.0, "")]),
    ],
    "jyvaskyla": [
        {"library_key": "", "name": "Johtajien osallistuminen pajoihin", "definition": "Kaikkiin pajoihin osallistuneet 12 johtajasta.",
         "unit": "henkilöä", "data_source": "osallistujalistat", "frequency": "pajoittain",
         "baseline_value": 0.0, "baseline_on": date(2019, 8, 19), "target_value": 10.0, "target_on": date(2019, 11, 29),
         "owner": "Heikki Toivonen", "meaningful_change": 2.0,
         "measurements": [(date(2019, 8, 28), 11.0, "1. paja"), (date(2019, 9, 25), 10.0, "2. paja"), (date(2019, 11, 20), 9.0, "3. paja")]},
        _ind(SCHOOL_HEALTH, baseline_value=12.0, baseline_on=date(2019, 5, 31), target_value=10.0,
             target_on=date(2021, 5, 31), owner="Laura Hyvärinen", meaningful_change=1.5,
             measurements=[(date(2019, 5, 31), 12.0, "Kouluterveyskysely 2019")]),
    ],
    "tay": [
        {"library_key": "", "name": "Tietovirran käsittelykerrat", "definition": "Kuukaudet, joina johtoryhmä käsitteli tietovirran.",
         "unit": "kertaa", "data_source": "johtoryhmän pöytäkirjat", "frequency": "kuukausittain",
         "baseline_value": 0.0, "baseline_on": date(2019, 9, 1), "target_value": 5.0, "target_on": date(2020, 2, 28),
         "owner": "Elina Saaristo", "meaningful_change": 1.0,
         "measurements": [(date(2019, 10, 31), 2.0, ""), (date(2019, 12, 31), 4.0, ""), (date(2020, 2, 28), 6.0, "")]},
        {"library_key": "kl.vaikutusmahdollisuudet", "name": "Koettu vaikutusmahdollisuus", "definition": "Asukkaat, jotka kokevat voivansa vaikuttaa palveluihin (%).",
         "unit": "%", "data_source": "Kuntaliiton osallisuuskysely", "frequency": "kokeilun alussa ja lopussa",
         "baseline_value": 27.0, "baseline_on": date(2019, 9, 1), "target_value": 35.0, "target_on": date(2020, 2, 28),
         "owner": "Antti Lehto", "meaningful_change": 5.0,
         "measurements": [(date(2019, 9, 1), 27.0, ""), (date(2020, 2, 20), 33.0, "")]},
    ],
}

#: team key -> roadmap items of the phenomenon (kind, title, description); steps and
#: milestones with dates come from the card's milestones field
ROADMAP: dict[str, list[tuple[str, str, str]]] = {
    "turku": [
        ("component", "Kotoutuminen ja kieli", "Suomen kielen oppiminen arjen tilanteissa."),
        ("component", "Aluetyön virkamiespöytä", "Toimialojen yhteistyö Pansio-Pernossa."),
        ("event", "Kielikoulutuksen jonot kasvoivat", "Kotoutumiskoulutuksen jonot 2018 yli puoli vuotta."),
        ("signal", "Äidit ilmoittautuvat lukijoiksi", "Testissä kuusi kahdeksasta ilmoittautui heti."),
        ("impact_goal", "Äidit kokevat kuuluvansa alueeseen", "Osallisuusindikaattori +10 pistettä."),
    ],
    "tampere": [
        ("component", "Perhekeskus ja nuorisopalvelut", "Kaksi palvelua, yksi kohderyhmä."),
        ("signal", "Isät tulevat iltaan", "Testi-illassa neljä isää yhdeksästä."),
        ("impact_goal", "Nuoret vanhemmat saavat vertaistukea ajoissa", "Avun pyytäminen ennen kriisiä."),
    ],
    "oulu": [
        ("component", "Tilakeskuksen tyhjät tilat", "Vajaakäyttöiset tilat nuorten toiminnaksi."),
        ("component", "Kolmannen sektorin kumppanuus", "Järjestökummit uusille ryhmille."),
        ("event", "Tilaa Kulttuurille ry:n linkkirahoitus", "OKM:n linkkiraha 8 kk × 600 €."),
        ("signal", "Kolme hakemusta viikossa", "Kevyt haku madalsi kynnystä."),
        ("impact_goal", "Nuorten sosiaalinen osallisuus kasvaa", "Osallisuusindikaattori +10 pistettä osallistujilla."),
    ],
    "espoo": [
        ("component", "Asukasfoorumit", "Avoin asialista ja roskalaatikko."),
        ("signal", "Aiheseinälle 46 lappua viikossa", "Asukkaat tuovat aiheita, kun kysytään siellä missä he ovat."),
        ("impact_goal", "Uudet asukasryhmät mukaan", "Puolet osallistujista ensikertalaisia."),
    ],
    "vantaa": [
        ("component", "Nuorten aikuisten palveluverkosto", "Ohjaamo, sosiaalityö, TE-palvelut, nuorisopalvelut."),
        ("event", "Ohjaamon asiakasmäärä kaksinkertaistui", "2017–2018."),
        ("signal", "Nuoret valitsevat luotsimallin", "Viisi kuudesta testiryhmässä."),
        ("impact_goal", "Nuoret eivät putoa palveluiden väliin", "Etenemisaika lyhenee kolmanneksella."),
    ],
    "jyvaskyla": [
        ("component", "Viiden toimialan budjetit", "14 kustannuspaikkaa."),
        ("signal", "Johtoryhmä keskusteli tunnin budjettikartasta", ""),
        ("impact_goal", "Yhteinen visio ja yhteisjohtaminen", "Yksi yhteisrahoitteinen palvelu."),
    ],
    "tay": [
        ("component", "Palautejärjestelmät", "Palvelukohtaiset järjestelmät ja raportit."),
        ("signal", "Johtoryhmä päätti kahdesta vastauksesta", "Kokeilukuukautena."),
        ("impact_goal", "Asukkaat kokevat voivansa vaikuttaa", "Koettu vaikutusmahdollisuus +8 %-yksikköä."),
    ],
}
