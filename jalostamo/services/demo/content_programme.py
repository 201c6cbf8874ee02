"""The spring 2019 programme itself: themes, facilitators, experts, workshops and agendas.

The people are fictional; the programme, the cities, the dates and the venue are real.
"""
# ruff: noqa: E501  (prose data: long Finnish sentences read better unbroken)

from __future__ import annotations

from datetime import date

from jalostamo.models import Phase

PROGRAMME_NAME = "Sosiaalisesti kestävät kaupungit – kokeilujalostamo kevät 2019"
ORGANISER = "Kuntaliitto"
VENUE = "Kuntatalo, Toinen linja 14, Helsinki"
DESCRIPTION = (
    "Kuntaliiton neljännen kokeilujalostamon ensimmäinen ilmiölähtöinen teema. Kuusi kaupunkia "
    "ja Tampereen yliopisto jalostavat sosiaalisen kestävyyden kokeiluja kolmesta näkökulmasta: "
    "lapsiperheet, nuoret aikuiset sekä osallisuus ja demokratia. Kaupunkitiimit luovat "
    "kokeilustaan visuaalisen mallin, testaavat sitä kohdeyleisön kanssa ja saavat siitä "
    "vertaisarvioinnin. Kokeiluja seurataan yhdessä valituin indikaattorein ja Sitran "
    "ilmiökanvas-tiekartan avulla."
)
STARTS_ON = date(2019, 3, 13)
ENDS_ON = date(2019, 5, 15)

#: key -> (name, description, colour); teams refer to themes by key
THEMES: dict[str, tuple[str, str, str]] = {
    "families": (
        "Lapsiperheet",
        "Lapsiperheiden ongelmien ehkäisy: kotoutuminen, vanhemmuuden tuki ja arjen palvelut "
        "perheen lähellä.",
        "#E8590C",
    ),
    "young_adults": (
        "Nuoret aikuiset",
        "Nuorten aikuisten palveluiden järjestelmäviidakko, yhteinen visio ja yhteisjohtamisen "
        "kulttuuri.",
        "#1C7ED6",
    ),
    "participation": (
        "Osallisuus ja demokratia",
        "Asukkaiden tieto ja toiveet päätöksentekijöiden asialistoille; osallisuus asenteena "
        "ja aktiivisuus riemuna, ei riesana.",
        "#2F9E44",
    ),
}

#: (name, title, organisation, role in the programme)
FACILITATORS: list[tuple[str, str, str, str]] = [
    ("Liisa Aaltonen", "palvelumuotoilija", "Kuntaliitto", "Pääfasilitaattori"),
    ("Ville Koskinen", "erityisasiantuntija", "Kuntaliitto", "Fasilitaattori"),
]

#: invited experts (fictional people at real organisations): name, title, organisation
EXPERTS: list[tuple[str, str, str]] = [
    ("Anneli Pitkänen", "tutkimuspäällikkö", "Terveyden ja hyvinvoinnin laitos THL"),
    ("Jussi Markkanen", "neuvotteleva virkamies", "Sosiaali- ja terveysministeriö"),
    ("Hanna Vuorela", "opetusneuvos", "Opetus- ja kulttuuriministeriö"),
    ("Mikko Rantala", "johtava asiantuntija", "Sitra"),
]

#: number -> (title, date, phase, notes)
WORKSHOPS: list[tuple[int, str, date, Phase, str]] = [
    (1, "Tutki: ilmiö näkyväksi", date(2019, 3, 13), Phase.DISCOVER,
     "Ilmiöt tehdään näkyviksi Lego-rakennelmina. Mukana asiantuntijat THL:stä, STM:stä, OKM:stä "
     "ja Tampereen yliopistosta."),
    (2, "Tarkenna: haaste ja kohderyhmä", date(2019, 4, 4), Phase.DEFINE,
     "Oivalluksista Kuinka voisimme -kysymyksiksi. Jokainen tiimi päättää kohderyhmänsä ja "
     "hypoteesinsa."),
    (3, "Kehitä: prototyyppi ja vertaisarviointi", date(2019, 4, 24), Phase.DEVELOP,
     "Visuaalinen malli viimeistellään testattavaksi; ensimmäiset testit kohdeyleisön kanssa "
     "käydään läpi ja tiimit arvioivat toistensa kokeilut."),
    (4, "Toteuta: kokeilusuunnitelma ja seuranta", date(2019, 5, 15), Phase.DELIVER,
     "Kokeilukortit valmiiksi, indikaattorit ja tiekartta sovitaan, päätös jatkosta."),
]

#: workshop number -> agenda items (title, method key, minutes, instructions, who)
AGENDAS: dict[int, list[tuple[str, str, int, str, str]]] = {
    1: [
        ("Tervetuloa ja kahvit", "", 30, "Ilmoittautuminen, nimilaput, kahvi ja pulla.", "Kuntaliitto"),
        ("Jalostamon tavoitteet ja Tuplatimantti", "", 20, "Palvelumuotoilija esittelee kevään prosessin ja neljä työpajaa.", "Liisa Aaltonen"),
        ("Asiantuntijapuheenvuoro: sosiaalinen kestävyys kaupungeissa", "", 25, "Mitä tiedämme sosiaalisen kestävyyden ilmiöstä ja eriytymisestä kaupungeissa.", "THL"),
        ("Ilmiö Legoilla", "lego_serious_play", 45, "Rakentakaa tiimin ilmiö Legoista: keitä se koskee, missä se näkyy, mikä sitä ylläpitää. Valokuvatkaa rakennelma.", "tiimit"),
        ("Sidosryhmäkartta", "stakeholder_map", 40, "Sijoittakaa ilmiön toimijat kehille: ydin, lähipiiri, kaupungin palvelut, kumppanit.", "tiimit"),
        ("Lounas", "", 45, "", ""),
        ("Empatiakartta kohderyhmästä", "empathy_map", 40, "Mitä kohderyhmä ajattelee, tuntee, näkee, kuulee, sanoo ja tekee?", "tiimit"),
        ("Oivallukset ryhmittelemällä", "affinity_clustering", 30, "Ryhmitelkää havainnot ja nimetkää 3–5 oivallusta.", "tiimit"),
        ("Galleriakierros", "gallery_walk", 25, "Kiertäkää muiden tiimien Lego-malleilla ja jättäkää kysymyksiä lapuille.", "kaikki"),
        ("Kotitehtävä ja päätös", "", 10, "Haastatelkaa kahta kohderyhmän edustajaa ennen seuraavaa työpajaa.", "Liisa Aaltonen"),
    ],
    2: [
        ("Aamukahvi ja kuulumiset", "", 20, "Mitä haastatteluista opittiin?", "kaikki"),
        ("Persoonat", "persona", 35, "Tehkää haastattelujen pohjalta 1–2 persoonaa.", "tiimit"),
        ("Asiakaspolku", "journey_map", 45, "Kuvatkaa persoonan polku palveluissa: kohtaamiset, tunteet, katkokset.", "tiimit"),
        ("Kuinka voisimme…?", "how_might_we", 30, "Muotoilkaa oivalluksista 3–5 Kuinka voisimme -kysymystä ja valitkaa yksi pisteäänestyksellä.", "tiimit"),
        ("Lounas", "", 45, "", ""),
        ("Ideointi", "ideation", 40, "Vähintään 30 ideaa valitusta kysymyksestä; määrä ennen laatua.", "tiimit"),
        ("Hypoteesi ja kokeilukortin luonnos", "experiment_canvas", 40, "Kirjoittakaa hypoteesi muodossa \"Uskomme, että…\" ja täyttäkää kortin perustiedot.", "tiimit"),
        ("Pidän · Toivoisin · Entä jos", "i_like_i_wish_what_if", 25, "Pariarviointi toisen tiimin kanssa.", "tiimiparit"),
        ("Kotitehtävä: testaus kohdeyleisön kanssa", "", 10, "Testatkaa visuaalista mallia vähintään kerran ennen kolmatta työpajaa.", "Liisa Aaltonen"),
    ],
    3: [
        ("Aamukahvi", "", 15, "", ""),
        ("Testauksen opit", "feedback_capture_grid", 35, "Käykää läpi testien palaute ruudukossa: Pidän, Kritiikki, Kysymykset, Ideat.", "tiimit"),
        ("Prototyypin jatkokehitys", "prototyping", 60, "Päivittäkää visuaalinen malli testien perusteella.", "tiimit"),
        ("Lounas", "", 45, "", ""),
        ("Vertaisarviointi: Pidän · Toivoisin · Entä jos", "i_like_i_wish_what_if", 50, "Kukin tiimi arvioi kaksi muuta kokeilua; arviointikriteerit 1–4.", "tiimit ja asiantuntijat"),
        ("Arvioinnin purku", "", 30, "Tiimit valitsevat palautteesta kolme muutosta.", "tiimit"),
        ("Mittarit ja seuranta", "", 30, "THL:n osallisuusindikaattori ja Kouluterveyskysely: mikä sopii teidän kokeiluunne?", "THL"),
    ],
    4: [
        ("Aamukahvi", "", 15, "", ""),
        ("Kokeilukortit valmiiksi", "experiment_canvas", 50, "Budjetti, aikataulu, välitavoitteet, riskit ja onnistumisen kriteerit.", "tiimit"),
        ("Virityskeskustelu (tuning protocol)", "tuning_protocol", 45, "Lämmin ja viileä palaute; esittävä tiimi kuuntelee ja vastaa lopuksi.", "tiimit"),
        ("Lounas", "", 45, "", ""),
        ("Ilmiökanvas ja tiekartta", "phenomenon_canvas", 50, "Sitran ilmiökanvas: ilmiön osat, tapahtumat ja signaalit, vaikuttavuustavoitteet.", "Sitra ja tiimit"),
        ("Indikaattorit ja lähtötasot", "", 30, "Sopikaa mittarit, lähtötaso, tavoitetaso ja merkityksellinen muutos.", "tiimit"),
        ("Päätös ja jatko", "", 25, "Lopeta, muuta, jatka vai skaalaa? Seuraavat askeleet syksylle.", "kaikki"),
        ("Päätös ja kiitokset", "", 10, "", "Kuntaliitto"),
    ],
}

#: rubric criteria: key, Finnish label, description
CRITERIA: list[tuple[str, str, str]] = [
    ("new", "Uusi", "Kokeilu tuo kaupunkiin jotain, mitä ei ole ennen tehty."),
    ("concrete", "Konkreettinen", "On selvää, mitä käytännössä tehdään ja kuka tekee."),
    ("bounded", "Rajattu", "Kohderyhmä, paikka ja kesto on määritelty."),
    ("measurable", "Mitattava", "Onnistumiselle on mittari, lähtötaso ja tavoite."),
    ("user_tested", "Käyttäjätestattu", "Mallia on testattu kohdeyleisön kanssa ja palaute on otettu huomioon."),
    ("scalable", "Skaalautuva", "Toimiessaan kokeilun voi laajentaa muille alueille tai kaupunkeihin."),
]
