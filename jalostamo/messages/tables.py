"""What each kind of stored thing is called, for merge summaries and conflict lists."""

from __future__ import annotations

_LABELS: dict[str, tuple[str, str, str]] = {
    "people": ("henkilöt", "personer", "people"),
    "programmes": ("ohjelma", "program", "programme"),
    "facilitators": ("fasilitaattorit", "facilitatorer", "facilitators"),
    "merge_records": ("yhdistämiset", "sammanfogningar", "merges"),
    "conflicts": ("ristiriidat", "konflikter", "conflicts"),
    "review_criteria": ("arviointikriteerit", "kriterier", "review criteria"),
    "teams": ("kaupunkitiimit", "stadsteam", "city teams"),
    "themes": ("teemat", "teman", "themes"),
    "workshops": ("työpajat", "workshoppar", "workshops"),
    "agenda_items": ("esityslistan kohdat", "agendapunkter", "agenda items"),
    "attendance": ("osallistujat", "närvaro", "attendance"),
    "boards": ("taulut", "tavlor", "boards"),
    "experiment_cards": ("kokeilukortit", "försökskort", "experiment cards"),
    "how_might_we": ("Kuinka voisimme -kysymykset", "Hur skulle vi kunna-frågor", "how-might-we questions"),
    "indicators": ("indikaattorit", "indikatorer", "indicators"),
    "learning_cards": ("oppimiskortit", "lärandekort", "learning cards"),
    "media": ("kuvat", "bilder", "photos"),
    "review_rounds": ("arviointikierrokset", "granskningsomgångar", "review rounds"),
    "roadmap_items": ("tiekartan kohdat", "färdplanspunkter", "roadmap items"),
    "team_members": ("tiimin jäsenet", "teammedlemmar", "team members"),
    "team_themes": ("tiimien teemat", "teamens teman", "team themes"),
    "team_cities": ("tiimien kaupungit", "teamens städer", "team cities"),
    "programme_experts": ("kutsutut asiantuntijat", "inbjudna experter", "invited experts"),
    "board_items": ("taulun kohteet", "tavelobjekt", "board items"),
    "board_versions": ("taulun versiot", "tavelversioner", "board versions"),
    "dot_votes": ("pisteäänestykset", "prickröstningar", "dot votes"),
    "measurements": ("mittaukset", "mätningar", "measurements"),
    "review_assignments": ("arviointiparit", "granskningspar", "review assignments"),
    "dots": ("äänestyspisteet", "röstprickar", "dots"),
    "reviews": ("vertaisarvioinnit", "kamratgranskningar", "peer reviews"),
    "test_sessions": ("testaukset", "tester", "test sessions"),
    "feedback_notes": ("palautteet", "responser", "feedback notes"),
    "insights": ("oivallukset", "insikter", "insights"),
    "review_authors": ("arvioijat", "granskare", "reviewers"),
    "review_notes": ("arviointimuistiinpanot", "granskningsanteckningar", "review notes"),
    "rubric_scores": ("arviointipisteet", "kriteriepoäng", "rubric scores"),
    "insight_notes": ("oivallusten perustelut", "insikternas underlag", "insight evidence"),
}

MESSAGES: dict[str, dict[str, str]] = {
    f"table.{name}": {"fi": fi, "sv": sv, "en": en} for name, (fi, sv, en) in _LABELS.items()
}
