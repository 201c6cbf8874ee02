"""Peer review texts: I like / I wish / What if, warm and cool feedback, focusing questions."""

from __future__ import annotations

#: reviewee team key -> the focusing question the presenting team asked
FOCUSING_QUESTIONS: dict[str, str] = {
    "turku": "Onko kokeilu riittävän rajattu, ja miten saamme henkilöstön sitoutumaan?",
    "tampere": "Miten tavoitamme isät, jotka eivät tule mihinkään kerhoon?",
    "oulu": "Mitä riskejä näette siinä, että raha annetaan suoraan nuorille?",
    "espoo": "Miten varmistamme, että foorumin jälkeen oikeasti tapahtuu jotain?",
    "vantaa": "Kenen budjetista luotsin raha kannattaa ottaa?",
    "jyvaskyla": "Onko tämä kokeilu vai selvitys?",
    "tay": "Mikä tiivistelmän muoto saisi johtoryhmän kiinnostumaan?",
}

#: column -> texts; picked in turn so that each review has one or two per column
LIKE = [
    "Kohderyhmä on rajattu selkeästi ja se näkyy mallissa.",
    "Lego-malli kertoi ilmiön nopeammin kuin yksikään kalvo.",
    "Pidän siitä, että kohdeyleisö on testannut mallia jo kahdesti.",
    "Budjetti on pieni ja realistinen; kokeilun voi aloittaa heti syksyllä.",
    "Järjestöt ovat mukana tekijöinä eivätkä vain kutsuttuina.",
    "Hypoteesi on kirjoitettu niin, että sen voi todeta vääräksi.",
    "Sitaatit asukkailta tekevät ongelmasta todellisen.",
]
WISH = [
    "Toivoisin, että onnistumisen mittarille olisi lähtötaso jo nyt.",
    "Toivoisin, että riskien hallintaan olisi nimetty vastuuhenkilö.",
    "Toivoisin, että aikataulussa olisi väliarviointi ennen joulua.",
    "Toivoisin, että kohderyhmän omaa ääntä kuuluisi myös kortissa.",
    "Toivoisin selkeämmän kuvauksen siitä, kuka tekee mitä viikoittain.",
    "Toivoisin, että testissä olisi mukana myös ne, jotka eivät tulleet.",
]
WHAT_IF = [
    "Entä jos kokeilu alkaisi jo kesällä yhdellä ryhmällä?",
    "Entä jos kohderyhmä itse päättäisi budjetin käytöstä?",
    "Entä jos tulokset esiteltäisiin valtuustolle asukkaiden kertomana?",
    "Entä jos kokeilun tekisi kaksi kaupunkia yhtä aikaa ja vertailisi?",
    "Entä jos mukaan kutsuttaisiin alueen yritykset?",
    "Entä jos kokeilu kestäisi puolet lyhyemmän ajan ja toistettaisiin?",
]
WARM = [
    "Kokeilu on konkreettinen: tiedän, mitä tiistaina klo 17 tapahtuu.",
    "Vahva yhteys kaupungin strategiaan ja alueen arkeen.",
    "Testien palaute näkyy mallin muutoksissa.",
]
COOL = [
    "Miten kokeilu jatkuu, jos avainhenkilö vaihtaa työpaikkaa?",
    "Onnistumisen kriteerit mittaavat tekemistä, eivät vaikutusta.",
    "Kohderyhmän koko on pieni yleistettäväksi.",
]
SUMMARIES = [
    "Selkeä ja rajattu kokeilu; mittarit vaativat vielä työtä.",
    "Hyvin testattu malli, vastuut kaipaavat tarkennusta.",
    "Rohkea idea, jonka riskit on tunnistettu.",
    "Konkreettinen kokeilu, jonka skaalaaminen vaatii johdon sitoutumista.",
]
EXPERT_SUMMARY = (
    "Asiantuntijan arvio: kokeilu on uusi ja konkreettinen. Suosittelen THL:n "
    "osallisuusindikaattoria lähtötasoksi ja tulosten vertailua toiseen kaupunkiin."
)
