"""Tests with the target audience: sessions and feedback in the four quadrants, per team.

A text in double quotes is a verbatim quote (``is_quote=True``); criticisms carry an
observation severity (1 minor – 3 blocking). Every team has two sessions; the notes of each
quadrant are shared between them so that both sessions have all four quadrants.
"""
# ruff: noqa: E501  (prose data: long Finnish sentences read better unbroken)

from __future__ import annotations

from datetime import date
from typing import Any

#: consent flags: informed, has_minors, guardian, quotes, recording
ALL_CONSENT = (True, False, False, True, False)

FEEDBACK: dict[str, dict[str, Any]] = {
    "turku": {
        "sessions": [
            (date(2019, 4, 16), "Pansion päiväkoti", "maahanmuuttajaäidit, joiden lapsi on päiväkodissa", 8,
             "Lego-mallin esittely ja ryhmäkeskustelu tulkin kanssa", ALL_CONSENT, "Tulkkina arabia ja somali."),
            (date(2019, 5, 8), "Pansion kirjasto", "päiväkodin henkilöstö ja kirjaston työntekijät", 6,
             "Paperiprototyyppi satutuokion kulusta", (True, False, False, True, True), ""),
        ],
        "likes": [
            "\"Haluan että lapseni näkee minun lukevan suomea.\"",
            "Oma kieli ensin ja suomi perässä tuntuu turvalliselta.",
            "Henkilöstö piti siitä, että vanhemmat tulevat ryhmään mukaan eivätkä vain ovelle.",
            "Kirjaston lasten satuhylly on jo valmiina; ei tarvitse ostaa paljon.",
        ],
        "criticisms": [
            ("Pienemmän lapsen hoito valmistautumisen ajaksi puuttuu mallista.", 3),
            ("\"Aamulla on kiire, en ehdi jäädä tunniksi.\"", 2),
            ("Henkilöstö pelkää, että satutuokio vie aikaa ulkoilusta.", 1),
        ],
        "questions": [
            "Saako lukea myös isä tai isoäiti?",
            "Mitä tapahtuu, jos en osaa lausua sanaa oikein lasten edessä?",
            "Kuka valitsee kirjat?",
        ],
        "ideas": [
            "Äänitetään sadut myös kotiin kuunneltaviksi.",
            "Lukuvuorot viikon ryhmäviestissä omalla kielellä.",
            "\"Voisimme tehdä oman kirjan Pansion lapsista.\"",
        ],
    },
    "tampere": {
        "sessions": [
            (date(2019, 4, 11), "Hervannan nuorisotalo", "alle 30-vuotiaat vanhemmat", 9,
             "Testi-ilta: ruoka, leikkinurkka ja kortit keskustelun tueksi", ALL_CONSENT, ""),
            (date(2019, 5, 7), "Hervannan neuvola", "nuoret isät", 4,
             "Haastattelu odotushuoneessa", (True, False, False, False, False),
             "Isät eivät halunneet sitaattejaan julkaistavan; sitaatit vain tiimin käyttöön."),
        ],
        "likes": [
            "\"Eka kerta kun joku kysyy multa eikä vaimolta miten menee.\"",
            "Ilta-aika sopii vuorotyöhön.",
            "Ruoka on iso juttu, kun on pienet rahat.",
            "\"Täällä ei tarvitse esittää että kaikki on hyvin.\"",
        ],
        "criticisms": [
            ("Nimi 'perhekerho' karkottaa isät.", 2),
            ("\"Jos siellä on sossu, en mä tuu.\"", 3),
            ("Bussiyhteys illalla Hervannan reunoilta on huono.", 1),
        ],
        "questions": [
            "Voiko tulla raskausaikana?",
            "Onko paikalla joku, joka osaa neuvoa Kela-asioissa?",
            "\"Saako tulla ilman lasta?\"",
        ],
        "ideas": [
            "Pelikonsoli ja futis isille, kun lapset leikkivät.",
            "WhatsApp-ryhmä iltojen välille.",
            "Kerran kuussa isä-lapsi-ilta.",
        ],
    },
    "oulu": {
        "sessions": [
            (date(2019, 4, 10), "Välivainion varikko", "15–29-vuotiaat, nuorten yhdistysten aktiivit ja työttömät nuoret", 14,
             "Infoilta ja hakemuslomakkeen kokeilu", (True, True, True, True, False),
             "Kolme alle 18-vuotiasta; huoltajan suostumus pyydetty etukäteen."),
            (date(2019, 5, 6), "Tilakeskus", "Tilakeskuksen ja nuorisopalveluiden työntekijät", 5,
             "Palvelupolun läpikäynti", ALL_CONSENT, ""),
        ],
        "likes": [
            "\"Yhden sivun hakemus, sen mä jaksan täyttää.\"",
            "Kahden viikon päätös on nopea.",
            "Kummi auttaa kirjanpidossa, jota kukaan ei osaa.",
            "Tilakeskus näkee tyhjän tilan käytön säästönä.",
        ],
        "criticisms": [
            ("Vuokrasopimuksen vakuutusehdot ovat nuorille liian raskaat.", 3),
            ("600 € ei riitä, jos tila on kylmä ja lämmitys maksaa.", 2),
            ("\"Miks rahaa saa vain yhdistys eikä porukka?\"", 2),
        ],
        "questions": [
            "Voiko hakea, jos on jo muussa hankkeessa?",
            "Kuka päättää, kuka saa rahan?",
            "Mitä tapahtuu kahdeksan kuukauden jälkeen?",
        ],
        "ideas": [
            "Tilakeskus voisi tarjota vakuutuksen kaupungin sopimuksen kautta.",
            "Valmis yhdistyksen perustamispaketti mallisääntöineen.",
            "\"Pitäis olla kerran kuussa kaikkien porukoiden yhteinen ilta.\"",
        ],
    },
    "espoo": {
        "sessions": [
            (date(2019, 4, 13), "Entressen kirjasto", "kirjaston kävijät lauantaina, lapsiperheitä ja nuoria", 23,
             "Aiheseinä ja lyhyet haastattelut", ALL_CONSENT, "Aiheseinälle 46 lappua viikossa."),
            (date(2019, 5, 9), "Espoon keskuksen kauppakeskus", "ohikulkijat, vieraskieliset asukkaat", 17,
             "Pop-up-piste ja roskalaatikkokortit", ALL_CONSENT, ""),
        ],
        "likes": [
            "\"Kerrankin kysytään, mitä me halutaan puhua.\"",
            "Roskalaatikko on hauska ja konkreettinen.",
            "Kirjasto on neutraali paikka, ei virasto.",
        ],
        "criticisms": [
            ("Iltafoorumi ei sovi lapsiperheille.", 3),
            ("Aiheseinän lappuja ei ymmärrä ilman suomen kieltä.", 2),
            ("\"Taas uusi tilaisuus, mutta mitä tapahtuu sen jälkeen?\"", 2),
        ],
        "questions": [
            "Kuka päättää, mitkä aiheet pääsevät foorumiin?",
            "Tuleeko paikalle joku, jolla on valtaa päättää?",
            "Mitä roskalaatikkoon heitetyille asioille oikeasti tapahtuu?",
        ],
        "ideas": [
            "Foorumi lauantaina kauppakeskuksessa ja lastenhoito samaan.",
            "Aiheseinä myös somaliksi, arabiaksi ja viroksi.",
            "\"Näyttäkää seuraavalla kerralla, mitä viimeksi luvattiin.\"",
        ],
    },
    "vantaa": {
        "sessions": [
            (date(2019, 4, 15), "Vantaan Ohjaamo, Myyrmäki", "18–29-vuotiaat Ohjaamon asiakkaat", 6,
             "Kolme palvelumallia korteilla; nuori valitsee ja perustelee", ALL_CONSENT, ""),
            (date(2019, 5, 10), "Myyrmäen kirjasto", "sosiaalityön, TE-palveluiden ja nuorisopalveluiden työntekijät", 8,
             "Asiakaspolun läpikäynti roolileikkinä", ALL_CONSENT, ""),
        ],
        "likes": [
            "\"Vihdoin yksi ihminen, jolle ei tarvii selittää kaikkea alusta.\"",
            "Pieni budjetti esteiden poistoon on konkreettinen.",
            "Yhteinen pöytä säästää myös työntekijöiden aikaa.",
        ],
        "criticisms": [
            ("Luotsin työmäärä kasvaa liian suureksi 40 nuorella.", 3),
            ("TE-palveluiden osallistuminen ei ole varmaa.", 2),
            ("\"Jos luotsi vaihtuu, ollaan taas alussa.\"", 2),
        ],
        "questions": [
            "Kuka valitsee, kuka nuori pääsee mukaan?",
            "Miten tietosuoja toimii, kun kaikki ovat samassa pöydässä?",
            "Mihin budjetin saa käyttää?",
        ],
        "ideas": [
            "Nuori saa itse valita luotsinsa kahdesta vaihtoehdosta.",
            "Kokemusasiantuntija luotsin pariksi.",
            "Yhteinen pöytä myös etänä puhelimella.",
        ],
    },
    "jyvaskyla": {
        "sessions": [
            (date(2019, 4, 17), "Veturitalli", "kokemusasiantuntijat, 19–28-vuotiaat", 7,
             "Budjettikartan luonnos seinällä ja keskustelu", ALL_CONSENT, ""),
            (date(2019, 5, 13), "Jyväskylän kaupungintalo", "toimialajohtajat ja palvelupäälliköt", 9,
             "Budjettikartan testaus johtoryhmässä", ALL_CONSENT, ""),
        ],
        "likes": [
            "\"Ekaa kertaa näen, mihin kaikkeen meihin käytetään rahaa.\"",
            "Kartta tekee näkyväksi päällekkäisyydet.",
            "Johtajat kuuntelivat kokemusasiantuntijaa keskeyttämättä.",
        ],
        "criticisms": [
            ("Luvut eivät ole vertailukelpoisia toimialojen välillä.", 2),
            ("Kartta on liian täynnä; tärkein hukkuu.", 2),
            ("\"Taas puhutaan meistä, mutta päätökset tehdään muualla.\"", 3),
        ],
        "questions": [
            "Kuka omistaa kartan, kun kokeilu loppuu?",
            "Lasketaanko mukaan myös järjestöjen rahoitus?",
            "Mitä tapahtuu, jos yhteisestä palvelusta ei päästä sopuun?",
        ],
        "ideas": [
            "Nuoren polku kartan päälle eri värillä.",
            "Kokemusasiantuntija johtoryhmän pysyväksi jäseneksi.",
            "Yksi yhteinen budjettirivi kokeiluun.",
        ],
    },
    "tay": {
        "sessions": [
            (date(2019, 4, 12), "Tampereen kaupungin palvelualueen johtoryhmä", "johtoryhmän jäsenet", 8,
             "Yhden sivun tietovirran kokeilukäsittely", ALL_CONSENT, ""),
            (date(2019, 5, 3), "Hervannan asukasilta", "palautetta antaneet asukkaat", 12,
             "Vastausten julkaisutapojen vertailu", ALL_CONSENT, ""),
        ],
        "likes": [
            "Yksi sivu on luettava ennen kokousta.",
            "\"Olisin halunnut tietää tämän jo viime vuonna.\"",
            "Asukkaat arvostivat, että vastaus tuli nimellä eikä vain kaupungilta.",
        ],
        "criticisms": [
            ("Tiivistelmä hävittää yksittäiset tärkeät palautteet.", 2),
            ("Johtoryhmän asialista on jo täynnä.", 2),
            ("\"Mistä tiedän, että mun palaute oli mukana?\"", 1),
        ],
        "questions": [
            "Miten valitaan, mikä palaute nostetaan?",
            "Kuka kirjoittaa vastaukset asukkaille?",
            "Voiko tietovirran tuoda myös valtuustoon?",
        ],
        "ideas": [
            "Kuukauden palautenosto kaupungin somessa.",
            "Asukas mukaan kirjoittamaan tiivistelmää.",
            "Tietovirta myös ruotsiksi ja selkosuomeksi.",
        ],
    },
}

#: generic feedback for the stress programme: (quadrant, text)
GENERIC_FEEDBACK: list[tuple[str, str]] = [
    ("likes", "Malli on selkeä ja helppo ymmärtää."),
    ("likes", "Hienoa, että asukkaat ovat mukana alusta asti."),
    ("likes", "Paikka on tuttu ja helposti saavutettava."),
    ("likes", "Kokeilu on sopivan pieni aloitettavaksi heti."),
    ("criticisms", "Aikataulu on liian tiukka."),
    ("criticisms", "Kohderyhmä on vielä liian laaja."),
    ("criticisms", "Kuka tekee tämän oman työn ohella?"),
    ("criticisms", "Tiedotus ei tavoita niitä, joita se eniten koskee."),
    ("questions", "Miten onnistumista mitataan?"),
    ("questions", "Mitä kokeilun jälkeen tapahtuu?"),
    ("questions", "Kuka päättää jatkosta?"),
    ("questions", "Onko tätä kokeiltu jo muualla?"),
    ("ideas", "Kutsukaa järjestöt mukaan suunnitteluun."),
    ("ideas", "Kokeilkaa ensin yhdellä alueella."),
    ("ideas", "Tehkää tuloksista lyhyt video asukkaille."),
    ("ideas", "Käyttäkää kirjaston tiloja iltaisin."),
]
