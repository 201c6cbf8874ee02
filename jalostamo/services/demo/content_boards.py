"""Short sticky-note texts for the visual models, and Turku's stakeholder map."""

from __future__ import annotations

#: team key -> (target group notes, practice notes, Lego labels)
MODEL_NOTES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "turku": (["Maahanmuuttajaäidit 25–45 v.", "Lapsi Pansion tai Pernon päiväkodissa", "Ei kielikoulutuksessa"],
              ["Satu kahdella kielellä joka viikko", "Valmistautuminen kirjastossa", "Lukupari henkilöstöstä"],
              ["Päiväkoti", "Kirjasto", "Äiti ja lapsi", "Virkamiespöytä"]),
    "tampere": (["Vanhemmat 18–29 v.", "Lapsi alle 3 v.", "Erityisesti isät"],
                ["Tiistai-ilta klo 17–19", "Ruoka ja leikkinurkka", "Neuvola paikalla kerran kuussa"],
                ["Nuorisotalo", "Neuvola", "Isä ja vauva"]),
    "oulu": (["15–29-vuotiaat", "Heikko työmarkkina-asema", "Idea ja porukka valmiina"],
             ["600 €/kk kahdeksan kuukautta", "Tyhjä tila Tilakeskukselta", "Kummi kaupungilta ja järjestöstä"],
             ["Paloasema", "Tilakeskus", "Nuorten yhdistys"]),
    "espoo": (["Lapsiperheet", "Nuoret", "Vieraskieliset asukkaat"],
              ["Aiheseinä kirjastossa ja kauppakeskuksessa", "Roskalaatikko henkilöstölle", "Avoin asialista"],
              ["Kirjasto", "Roskalaatikko", "Foorumi"]),
    "vantaa": (["18–29 v. Myyrmäessä", "Asioi vähintään kahdessa palvelussa", "40 nuorta"],
               ["Yksi nimetty luotsi", "Kaikki samaan pöytään", "300 € esteiden poistoon"],
               ["Ohjaamo", "Luotsi", "TE-palvelut", "Sossu"]),
    "jyvaskyla": (["12 toimialajohtajaa", "Kokemusasiantuntijat 18–29 v.", "Talousyksikkö"],
                  ["Budjettikartta yhdelle seinälle", "Nuorten polut kerrottuna", "Yhteinen päätös yhdestä palvelusta"],
                  ["Budjetit", "Johtoryhmä", "Nuoren polku"]),
    "tay": (["Kolme johtoryhmää", "Palautetta antaneet asukkaat", "Tampere ja Espoo"],
            ["Yhden sivun tietovirta", "15 min joka kuukausi", "Julkaistu vastaus asukkaille"],
            ["Palaute", "Johtoryhmä", "Vastaus"]),
}

STAKEHOLDER_TITLE = "Sidosryhmäkartta: Satutuokiot suomeksi, Pansio-Perno"
STAKEHOLDER_CENTRE = "Äiti ja lapsi"
#: ring -> notes; rings from the inside out, matching the template's zones
STAKEHOLDER_RINGS: list[tuple[str, list[str]]] = [
    ("Perheen lähipiiri", ["Isä ja sisarukset", "Naapurin äidit", "Oma yhteisö", "Päiväkodin ryhmä"]),
    ("Palvelut ja kumppanit arjessa", ["Aluetyön virkamiespöytä", "Pansion päiväkoti", "Neuvola",
                            "Kielikoulutus", "Pansion kirjasto", "Turku-seura ry",
                            "Kotoutumispalvelut", "Sosiaaliohjaus"]),
    ("Taustavaikuttajat", ["Hyvinvoinnin ohjausryhmä", "Kaupunginhallitus",
                                "Pelastakaa Lapset ry", "Asukasyhdistys", "Kansalaisopisto",
                                "MLL:n paikallisyhdistys", "Telakka työnantajana", "TE-toimisto",
                                "Seurakunta", "Kelan palvelupiste"]),
]
#: connectors between notes (by text) with labels
STAKEHOLDER_LINKS: list[tuple[str, str, str]] = [
    ("Pansion päiväkoti", STAKEHOLDER_CENTRE, "lukuvuoro"),
    ("Pansion kirjasto", STAKEHOLDER_CENTRE, "valmistautuminen"),
    ("Neuvola", STAKEHOLDER_CENTRE, "kutsu mukaan"),
    ("Naapurin äidit", STAKEHOLDER_CENTRE, "vertaistuki"),
    ("Turku-seura ry", "Pansion kirjasto", "vapaaehtoiset"),
    ("Aluetyön virkamiespöytä", "Pansion päiväkoti", "koordinoi"),
    ("Kotoutumispalvelut", "Kielikoulutus", "ohjaa"),
    ("Hyvinvoinnin ohjausryhmä", "Aluetyön virkamiespöytä", "seuraa"),
    ("Telakka työnantajana", "Isä ja sisarukset", "työvuorot"),
]
