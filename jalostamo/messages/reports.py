"""The report vocabulary (fi, sv, en) in the glossary's words; every key starts with ``report.``."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "report.kind.programme": {
        "fi": "Ohjelmaraportti",
        "sv": "Programrapport",
        "en": "Programme report",
    },
    "report.kind.workshop": {
        "fi": "Työpajaraportti",
        "sv": "Workshoprapport",
        "en": "Workshop report",
    },
    "report.kind.team": {
        "fi": "Tiimiraportti",
        "sv": "Teamrapport",
        "en": "Team report",
    },
    "report.page_of": {
        "fi": "Sivu {page}/{pages}",
        "sv": "Sida {page} av {pages}",
        "en": "Page {page} of {pages}",
    },
    "report.contents": {
        "fi": "Sisällys",
        "sv": "Innehåll",
        "en": "Contents",
    },
    "report.phase": {
        "fi": "Vaihe",
        "sv": "Fas",
        "en": "Phase",
    },
    "report.phase.discover": {
        "fi": "Tutki",
        "sv": "Utforska",
        "en": "Discover",
    },
    "report.phase.define": {
        "fi": "Tarkenna",
        "sv": "Definiera",
        "en": "Define",
    },
    "report.phase.develop": {
        "fi": "Kehitä",
        "sv": "Utveckla",
        "en": "Develop",
    },
    "report.phase.deliver": {
        "fi": "Toteuta",
        "sv": "Genomför",
        "en": "Deliver",
    },
    "report.phase.discover.purpose": {
        "fi": "Ymmärretään ongelma ja ihmiset, joita se koskee, ennen kuin oletetaan ratkaisu.",
        "sv": "Förstå problemet och de människor det berör innan en lösning antas.",
        "en": "Understand the problem and the people it affects before assuming a solution.",
    },
    "report.phase.define.purpose": {
        "fi": "Muotoillaan haaste uudelleen oivallusten pohjalta ja päätetään, mikä on tärkeää.",
        "sv": "Formulera om utmaningen utifrån insikterna och besluta vad som är viktigt.",
        "en": "Reframe the challenge from the insights and decide what matters.",
    },
    "report.phase.develop.purpose": {
        "fi": "Tuotetaan erilaisia vastauksia, kehitetään niitä yhdessä ja prototypoidaan.",
        "sv": "Ta fram olika svar, utveckla dem tillsammans och gör prototyper.",
        "en": "Produce different answers, co-design them and prototype.",
    },
    "report.phase.deliver.purpose": {
        "fi": "Testataan pienessä mittakaavassa, luovutaan toimimattomasta ja parannetaan toimivaa.",
        "sv": "Testa i liten skala, släpp det som inte fungerar och förbättra det som fungerar.",
        "en": "Test at small scale, drop what fails and improve what works.",
    },
    "report.double_diamond": {
        "fi": "Tuplatimantti",
        "sv": "Dubbeldiamanten",
        "en": "Double Diamond",
    },
    "report.workshop_n": {
        "fi": "Työpaja {number}",
        "sv": "Workshop {number}",
        "en": "Workshop {number}",
    },
    "report.agenda": {
        "fi": "Esityslista",
        "sv": "Agenda",
        "en": "Agenda",
    },
    "report.agenda.time": {
        "fi": "Aika",
        "sv": "Tid",
        "en": "Time",
    },
    "report.agenda.activity": {
        "fi": "Ohjelmanumero",
        "sv": "Aktivitet",
        "en": "Activity",
    },
    "report.agenda.method": {
        "fi": "Menetelmä",
        "sv": "Metod",
        "en": "Method",
    },
    "report.agenda.minutes": {
        "fi": "Min",
        "sv": "Min",
        "en": "Min",
    },
    "report.agenda.who": {
        "fi": "Vastuu",
        "sv": "Ansvar",
        "en": "Who",
    },
    "report.agenda.empty": {
        "fi": "Esityslistaa ei ole vielä laadittu.",
        "sv": "Agendan har inte gjorts ännu.",
        "en": "No agenda has been made yet.",
    },
    "report.card": {
        "fi": "Kokeilukortti",
        "sv": "Försökskort",
        "en": "Experiment card",
    },
    "report.card.title": {
        "fi": "Kokeilun nimi",
        "sv": "Försökets namn",
        "en": "Title",
    },
    "report.card.theme": {
        "fi": "Teema",
        "sv": "Tema",
        "en": "Theme",
    },
    "report.card.phenomenon": {
        "fi": "Ilmiö",
        "sv": "Fenomen",
        "en": "Phenomenon",
    },
    "report.card.problem": {
        "fi": "Ongelma",
        "sv": "Problem",
        "en": "Problem",
    },
    "report.card.hypothesis": {
        "fi": "Hypoteesi (Uskomme, että…)",
        "sv": "Hypotes (Vi tror att…)",
        "en": "Hypothesis (We believe that…)",
    },
    "report.card.target_group": {
        "fi": "Kohderyhmä",
        "sv": "Målgrupp",
        "en": "Target group",
    },
    "report.card.place": {
        "fi": "Paikka",
        "sv": "Plats",
        "en": "Place",
    },
    "report.card.practice": {
        "fi": "Mitä kokeillaan käytännössä",
        "sv": "Vad prövas i praktiken",
        "en": "What is tried in practice",
    },
    "report.card.learning_goals": {
        "fi": "Mitä haluamme oppia",
        "sv": "Vad vi vill lära oss",
        "en": "What we want to learn",
    },
    "report.card.carried_out_by": {
        "fi": "Kuka toteuttaa",
        "sv": "Vem genomför",
        "en": "Who carries it out",
    },
    "report.card.budget": {
        "fi": "Budjetti",
        "sv": "Budget",
        "en": "Budget",
    },
    "report.card.resources": {
        "fi": "Olemassa olevat resurssit",
        "sv": "Befintliga resurser",
        "en": "Existing resources",
    },
    "report.card.schedule": {
        "fi": "Aikataulu",
        "sv": "Tidsplan",
        "en": "Schedule",
    },
    "report.card.milestones": {
        "fi": "Välitavoitteet",
        "sv": "Delmål",
        "en": "Milestones",
    },
    "report.card.risks": {
        "fi": "Riskit",
        "sv": "Risker",
        "en": "Risks",
    },
    "report.card.success_criteria": {
        "fi": "Onnistumisen kriteerit",
        "sv": "Framgångskriterier",
        "en": "Success criteria",
    },
    "report.card.period": {
        "fi": "Kesto",
        "sv": "Period",
        "en": "Period",
    },
    "report.card.empty": {
        "fi": "Kokeilukorttia ei ole vielä täytetty.",
        "sv": "Försökskortet har inte fyllts i ännu.",
        "en": "The experiment card has not been filled in yet.",
    },
    "report.decision": {
        "fi": "Päätös",
        "sv": "Beslut",
        "en": "Decision",
    },
    "report.decision.retire": {
        "fi": "Lopeta",
        "sv": "Avsluta",
        "en": "Retire",
    },
    "report.decision.change": {
        "fi": "Muuta",
        "sv": "Ändra",
        "en": "Change",
    },
    "report.decision.continue": {
        "fi": "Jatka",
        "sv": "Fortsätt",
        "en": "Continue",
    },
    "report.decision.scale_up": {
        "fi": "Skaalaa",
        "sv": "Skala upp",
        "en": "Scale up",
    },
    "report.decision.none": {
        "fi": "Päätöstä ei ole vielä tehty.",
        "sv": "Inget beslut har fattats ännu.",
        "en": "No decision has been made yet.",
    },
    "report.decision.reasoning": {
        "fi": "Perustelut",
        "sv": "Motivering",
        "en": "Reasoning",
    },
    "report.visual_model": {
        "fi": "Visuaalinen malli",
        "sv": "Visuell modell",
        "en": "Visual model",
    },
    "report.board_version": {
        "fi": "Versio työpajaa {number} varten",
        "sv": "Version för workshop {number}",
        "en": "Version for workshop {number}",
    },
    "report.board_version_label": {
        "fi": "Versio: {label}",
        "sv": "Version: {label}",
        "en": "Version: {label}",
    },
    "report.board_current": {
        "fi": "Taulu nykyisellään",
        "sv": "Tavlan i nuläget",
        "en": "The board as it stands",
    },
    "report.board_versions": {
        "fi": "Mallin versiot",
        "sv": "Modellens versioner",
        "en": "Versions of the model",
    },
    "report.no_board": {
        "fi": "Visuaalista mallia ei ole vielä tehty.",
        "sv": "Den visuella modellen har inte gjorts ännu.",
        "en": "No visual model has been made yet.",
    },
    "report.board_items": {
        "fi": "{count} {count#kohde|kohdetta}",
        "sv": "{count} objekt",
        "en": "{count} {count#item|items}",
    },
    "report.tests": {
        "fi": "Testaus kohdeyleisön kanssa",
        "sv": "Test med målgruppen",
        "en": "Tests with the target audience",
    },
    "report.tests_since": {
        "fi": "Testit edellisen työpajan jälkeen",
        "sv": "Tester sedan föregående workshop",
        "en": "Tests since the previous workshop",
    },
    "report.no_tests": {
        "fi": "Ei testejä tällä jaksolla.",
        "sv": "Inga tester under denna period.",
        "en": "No tests in this period.",
    },
    "report.session_participants": {
        "fi": "{count} {count#osallistuja|osallistujaa}",
        "sv": "{count} deltagare",
        "en": "{count} {count#participant|participants}",
    },
    "report.session_minors": {
        "fi": "alaikäisiä mukana, huoltajan suostumus: {guardian}",
        "sv": "minderåriga deltog, vårdnadshavarens samtycke: {guardian}",
        "en": "minors took part, guardian's consent: {guardian}",
    },
    "report.yes": {
        "fi": "kyllä",
        "sv": "ja",
        "en": "yes",
    },
    "report.no": {
        "fi": "ei",
        "sv": "nej",
        "en": "no",
    },
    "report.quadrant.likes": {
        "fi": "Pidän",
        "sv": "Gillar",
        "en": "Likes",
    },
    "report.quadrant.criticisms": {
        "fi": "Kritiikki",
        "sv": "Kritik",
        "en": "Criticisms",
    },
    "report.quadrant.questions": {
        "fi": "Kysymykset",
        "sv": "Frågor",
        "en": "Questions",
    },
    "report.quadrant.ideas": {
        "fi": "Ideat",
        "sv": "Idéer",
        "en": "Ideas",
    },
    "report.quote_withheld": {
        "fi": "[sitaatti jätetty pois: ei suostumusta]",
        "sv": "[citatet utelämnat: inget samtycke]",
        "en": "[quote withheld: no consent]",
    },
    "report.photo_withheld": {
        "fi": "[kuva jätetty pois]",
        "sv": "[bilden utelämnad]",
        "en": "[photo withheld]",
    },
    "report.insights": {
        "fi": "Oivallukset",
        "sv": "Insikter",
        "en": "Insights",
    },
    "report.hmw": {
        "fi": "Kuinka voisimme…?",
        "sv": "Hur skulle vi kunna…?",
        "en": "How might we…?",
    },
    "report.learning_cards": {
        "fi": "Oppimiskortit",
        "sv": "Lärdomskort",
        "en": "Learning cards",
    },
    "report.learning.observed": {
        "fi": "Mitä havaitsimme",
        "sv": "Vad vi såg",
        "en": "What we saw",
    },
    "report.learning.insight": {
        "fi": "Oivallus",
        "sv": "Insikt",
        "en": "Insight",
    },
    "report.reviews": {
        "fi": "Vertaisarviointi",
        "sv": "Kamratgranskning",
        "en": "Peer review",
    },
    "report.reviews_received": {
        "fi": "Saadut vertaisarviot",
        "sv": "Mottagna kamratgranskningar",
        "en": "Peer reviews received",
    },
    "report.reviews_given": {
        "fi": "Annetut vertaisarviot",
        "sv": "Givna kamratgranskningar",
        "en": "Peer reviews given",
    },
    "report.no_reviews": {
        "fi": "Ei vertaisarvioita.",
        "sv": "Inga kamratgranskningar.",
        "en": "No peer reviews.",
    },
    "report.review_by": {
        "fi": "Arvioija: {reviewer}",
        "sv": "Granskare: {reviewer}",
        "en": "Reviewer: {reviewer}",
    },
    "report.review_of": {
        "fi": "Arvioitava: {team}",
        "sv": "Granskat team: {team}",
        "en": "Reviewed team: {team}",
    },
    "report.anonymous_reviewer": {
        "fi": "Nimetön arvioija",
        "sv": "Anonym granskare",
        "en": "Anonymous reviewer",
    },
    "report.anonymous_given": {
        "fi": "Arvioita nimettömällä kierroksella: {count} (arvioitavia ei näytetä).",
        "sv": "Granskningar i en anonym omgång: {count} (de granskade visas inte).",
        "en": "Reviews in an anonymous round: {count} (the reviewed teams are not shown).",
    },
    "report.focusing_question": {
        "fi": "Fokuskysymys",
        "sv": "Fokusfråga",
        "en": "Focusing question",
    },
    "report.summary": {
        "fi": "Yhteenveto",
        "sv": "Sammanfattning",
        "en": "Summary",
    },
    "report.protocol.like_wish_whatif": {
        "fi": "Pidän · Toivoisin · Entä jos",
        "sv": "Jag gillar · Jag önskar · Tänk om",
        "en": "I like · I wish · What if",
    },
    "report.protocol.tuning": {
        "fi": "Viritysprotokolla: lämmin ja viileä palaute",
        "sv": "Finjusteringsprotokoll: varm och sval respons",
        "en": "Tuning protocol: warm and cool feedback",
    },
    "report.protocol.gallery_walk": {
        "fi": "Galleriakävely",
        "sv": "Gallerivandring",
        "en": "Gallery walk",
    },
    "report.column.like": {
        "fi": "Pidän",
        "sv": "Jag gillar",
        "en": "I like",
    },
    "report.column.wish": {
        "fi": "Toivoisin",
        "sv": "Jag önskar",
        "en": "I wish",
    },
    "report.column.what_if": {
        "fi": "Entä jos",
        "sv": "Tänk om",
        "en": "What if",
    },
    "report.column.warm": {
        "fi": "Lämmin palaute",
        "sv": "Varm respons",
        "en": "Warm feedback",
    },
    "report.column.cool": {
        "fi": "Viileä palaute",
        "sv": "Sval respons",
        "en": "Cool feedback",
    },
    "report.column.comment": {
        "fi": "Kommentti",
        "sv": "Kommentar",
        "en": "Comment",
    },
    "report.rubric": {
        "fi": "Arviointikriteerit",
        "sv": "Kriterier",
        "en": "Criteria",
    },
    "report.rubric_chart": {
        "fi": "Arviointikriteerien keskiarvot (1–4), {count} {count#arvio|arviota}",
        "sv": "Kriteriernas medelvärden (1–4), {count} {count#granskning|granskningar}",
        "en": "Criteria averages (1–4), {count} {count#review|reviews}",
    },
    "report.criterion.new": {
        "fi": "uusi",
        "sv": "ny",
        "en": "new",
    },
    "report.criterion.concrete": {
        "fi": "konkreettinen",
        "sv": "konkret",
        "en": "concrete",
    },
    "report.criterion.bounded": {
        "fi": "rajattu",
        "sv": "avgränsad",
        "en": "bounded",
    },
    "report.criterion.measurable": {
        "fi": "mitattava",
        "sv": "mätbar",
        "en": "measurable",
    },
    "report.criterion.user_tested": {
        "fi": "käyttäjätestattu",
        "sv": "användartestad",
        "en": "user-tested",
    },
    "report.criterion.scalable": {
        "fi": "skaalautuva",
        "sv": "skalbar",
        "en": "scalable",
    },
    "report.indicators": {
        "fi": "Indikaattorit",
        "sv": "Indikatorer",
        "en": "Indicators",
    },
    "report.no_indicators": {
        "fi": "Indikaattoreita ei ole vielä valittu.",
        "sv": "Inga indikatorer har valts ännu.",
        "en": "No indicators have been chosen yet.",
    },
    "report.indicator.baseline": {
        "fi": "Lähtötaso",
        "sv": "Utgångsnivå",
        "en": "Baseline",
    },
    "report.indicator.target": {
        "fi": "Tavoitetaso",
        "sv": "Målnivå",
        "en": "Target",
    },
    "report.indicator.latest": {
        "fi": "Viimeisin mittaus",
        "sv": "Senaste mätning",
        "en": "Latest measurement",
    },
    "report.indicator.status": {
        "fi": "Tilanne",
        "sv": "Läge",
        "en": "Status",
    },
    "report.track.on_track": {
        "fi": "Tavoitteen mukaisesti",
        "sv": "Enligt målet",
        "en": "On track",
    },
    "report.track.off_track": {
        "fi": "Jäljessä tavoitteesta",
        "sv": "Efter målet",
        "en": "Off track",
    },
    "report.track.no_data": {
        "fi": "Ei mittauksia",
        "sv": "Inga mätningar",
        "en": "No measurements",
    },
    "report.track.no_target": {
        "fi": "Ei tavoitetta",
        "sv": "Inget mål",
        "en": "No target",
    },
    "report.indicator.change": {
        "fi": "Muutos",
        "sv": "Förändring",
        "en": "Change",
    },
    "report.indicator.meaningful_change": {
        "fi": "Merkittävä muutos",
        "sv": "Betydande förändring",
        "en": "Meaningful change",
    },
    "report.indicator.unit": {
        "fi": "Yksikkö",
        "sv": "Enhet",
        "en": "Unit",
    },
    "report.indicator.source": {
        "fi": "Tietolähde",
        "sv": "Datakälla",
        "en": "Data source",
    },
    "report.indicator.frequency": {
        "fi": "Mittaustiheys",
        "sv": "Mätfrekvens",
        "en": "Frequency",
    },
    "report.indicator.owner": {
        "fi": "Vastuuhenkilö",
        "sv": "Ansvarig",
        "en": "Owner",
    },
    "report.indicator.definition": {
        "fi": "Määritelmä",
        "sv": "Definition",
        "en": "Definition",
    },
    "report.indicator.measurements": {
        "fi": "{count} {count#mittaus|mittausta}",
        "sv": "{count} {count#mätning|mätningar}",
        "en": "{count} {count#measurement|measurements}",
    },
    "report.indicator.no_measurements": {
        "fi": "Ei vielä mittauksia.",
        "sv": "Inga mätningar ännu.",
        "en": "No measurements yet.",
    },
    "report.indicator.band": {
        "fi": "merkittävän muutoksen raja",
        "sv": "gräns för betydande förändring",
        "en": "meaningful-change band",
    },
    "report.indicator.name": {
        "fi": "Indikaattori",
        "sv": "Indikator",
        "en": "Indicator",
    },
    "report.roadmap": {
        "fi": "Ilmiökanvas ja tiekartta",
        "sv": "Fenomenkanvas och färdplan",
        "en": "Phenomenon canvas and roadmap",
    },
    "report.no_roadmap": {
        "fi": "Tiekarttaa ei ole vielä laadittu.",
        "sv": "Färdplanen har inte gjorts ännu.",
        "en": "No roadmap has been made yet.",
    },
    "report.roadmap.kind.component": {
        "fi": "Ilmiön osa",
        "sv": "Fenomenets del",
        "en": "Component",
    },
    "report.roadmap.kind.event": {
        "fi": "Tapahtuma",
        "sv": "Händelse",
        "en": "Event",
    },
    "report.roadmap.kind.signal": {
        "fi": "Signaali",
        "sv": "Signal",
        "en": "Signal",
    },
    "report.roadmap.kind.impact_goal": {
        "fi": "Vaikuttavuustavoite",
        "sv": "Effektmål",
        "en": "Impact goal",
    },
    "report.roadmap.kind.step": {
        "fi": "Askel",
        "sv": "Steg",
        "en": "Step",
    },
    "report.roadmap.kind.milestone": {
        "fi": "Virstanpylväs",
        "sv": "Milstolpe",
        "en": "Milestone",
    },
    "report.roadmap.status.planned": {
        "fi": "suunniteltu",
        "sv": "planerad",
        "en": "planned",
    },
    "report.roadmap.status.in_progress": {
        "fi": "käynnissä",
        "sv": "pågår",
        "en": "in progress",
    },
    "report.roadmap.status.done": {
        "fi": "valmis",
        "sv": "klar",
        "en": "done",
    },
    "report.roadmap.status.dropped": {
        "fi": "hylätty",
        "sv": "slopad",
        "en": "dropped",
    },
    "report.roadmap.when": {
        "fi": "Ajankohta",
        "sv": "Tidpunkt",
        "en": "When",
    },
    "report.roadmap.status": {
        "fi": "Tila",
        "sv": "Status",
        "en": "Status",
    },
    "report.roadmap.item": {
        "fi": "Kohde",
        "sv": "Objekt",
        "en": "Item",
    },
    "report.roadmap.kind": {
        "fi": "Tyyppi",
        "sv": "Typ",
        "en": "Kind",
    },
    "report.team": {
        "fi": "Kaupunkitiimi",
        "sv": "Stadsteam",
        "en": "City team",
    },
    "report.teams": {
        "fi": "Kaupunkitiimit",
        "sv": "Stadsteam",
        "en": "City teams",
    },
    "report.members": {
        "fi": "Jäsenet",
        "sv": "Medlemmar",
        "en": "Members",
    },
    # the roles of team members: one word each, shared by the screens (capitalised there)
    # and the reports (jalostamo/ui/vocabulary.py reads these)
    "report.role.lead": {
        "fi": "vetäjä",
        "sv": "ledare",
        "en": "lead",
    },
    "report.role.member": {
        "fi": "jäsen",
        "sv": "medlem",
        "en": "member",
    },
    "report.role.resident": {
        "fi": "asukas",
        "sv": "invånare",
        "en": "resident",
    },
    "report.role.ngo": {
        "fi": "järjestön edustaja",
        "sv": "organisationsrepresentant",
        "en": "NGO member",
    },
    "report.role.expert": {
        "fi": "asiantuntija",
        "sv": "expert",
        "en": "expert",
    },
    "report.themes": {
        "fi": "Teemat",
        "sv": "Teman",
        "en": "Themes",
    },
    "report.themes_and_teams": {
        "fi": "Teemat ja kaupunkitiimit",
        "sv": "Teman och stadsteam",
        "en": "Themes and city teams",
    },
    "report.summary_matrix": {
        "fi": "Yhteenvetotaulukko",
        "sv": "Sammanfattande tabell",
        "en": "Summary matrix",
    },
    "report.matrix.team": {
        "fi": "Tiimi",
        "sv": "Team",
        "en": "Team",
    },
    "report.matrix.indicators": {
        "fi": "Mittarit",
        "sv": "Mätare",
        "en": "Indicators",
    },
    "report.matrix.versions": {
        "fi": "Versiot",
        "sv": "Versioner",
        "en": "Versions",
    },
    "report.matrix.tests": {
        "fi": "Testit",
        "sv": "Tester",
        "en": "Tests",
    },
    "report.matrix.reviews": {
        "fi": "Arviot",
        "sv": "Granskningar",
        "en": "Reviews",
    },
    "report.matrix.rubric": {
        "fi": "Kriteerit (ka.)",
        "sv": "Kriterier (medel)",
        "en": "Criteria (avg.)",
    },
    "report.teams_in_brief": {
        "fi": "Tiimit lyhyesti",
        "sv": "Teamen i korthet",
        "en": "The teams in brief",
    },
    "report.indicator_overview": {
        "fi": "Indikaattorikatsaus",
        "sv": "Indikatoröversikt",
        "en": "Indicator overview",
    },
    "report.methods_used": {
        "fi": "Käytetyt menetelmät",
        "sv": "Använda metoder",
        "en": "Methods used",
    },
    "report.methods.count": {
        "fi": "Kertaa",
        "sv": "Gånger",
        "en": "Times",
    },
    "report.methods.workshops": {
        "fi": "Työpajat",
        "sv": "Workshoppar",
        "en": "Workshops",
    },
    "report.methods.tests": {
        "fi": "Testausmenetelmät",
        "sv": "Testmetoder",
        "en": "Test methods",
    },
    "report.methods.reviews": {
        "fi": "Vertaisarvioinnin protokollat",
        "sv": "Protokoll för kamratgranskning",
        "en": "Peer review protocols",
    },
    "report.facilitators": {
        "fi": "Fasilitaattorit",
        "sv": "Facilitatorer",
        "en": "Facilitators",
    },
    "report.organiser": {
        "fi": "Järjestäjä",
        "sv": "Arrangör",
        "en": "Organiser",
    },
    "report.venue": {
        "fi": "Paikka",
        "sv": "Plats",
        "en": "Venue",
    },
    "report.workshops": {
        "fi": "Työpajat",
        "sv": "Workshoppar",
        "en": "Workshops",
    },
    "report.produced": {
        "fi": "Laadittu {date}",
        "sv": "Upprättad {date}",
        "en": "Produced {date}",
    },
    "report.pseudonymised_note": {
        "fi": "Henkilöiden nimet on tässä raportissa korvattu pseudonyymeillä.",
        "sv": "Personernas namn har ersatts med pseudonymer i denna rapport.",
        "en": "People's names have been replaced with pseudonyms in this report.",
    },
    "report.privacy_note": {
        "fi": "Sitaatit, joihin ei ole suostumusta, ja nimettömien arvioijien nimet on jätetty pois.",
        "sv": "Citat utan samtycke och anonyma granskares namn har utelämnats.",
        "en": "Quotes without consent and the names of anonymous reviewers have been left out.",
    },
    "report.person": {
        "fi": "Henkilö {code}",
        "sv": "Person {code}",
        "en": "Person {code}",
    },
    "report.experiment_by_phase": {
        "fi": "Kokeilu vaiheittain",
        "sv": "Försöket fas för fas",
        "en": "The experiment phase by phase",
    },
    "report.tests_and_insights": {
        "fi": "Testit ja oivallukset",
        "sv": "Tester och insikter",
        "en": "Tests and insights",
    },
    "report.none": {
        "fi": "–",
        "sv": "–",
        "en": "–",
    },
    "report.keywords": {
        "fi": "kokeilujalostamo, Tuplatimantti, kokeilu, palvelumuotoilu",
        "sv": "försöksverkstad, Dubbeldiamanten, försök, tjänstedesign",
        "en": "experiment refinery, Double Diamond, experiment, service design",
    },
    "report.subject.programme": {
        "fi": "Ohjelmaraportti: {programme}",
        "sv": "Programrapport: {programme}",
        "en": "Programme report: {programme}",
    },
    "report.subject.workshop": {
        "fi": "Työpajaraportti, työpaja {number}: {programme}",
        "sv": "Workshoprapport, workshop {number}: {programme}",
        "en": "Workshop report, workshop {number}: {programme}",
    },
    "report.subject.team": {
        "fi": "Tiimiraportti, {team}: {programme}",
        "sv": "Teamrapport, {team}: {programme}",
        "en": "Team report, {team}: {programme}",
    },
    "report.cancelled": {
        "fi": "Raportin laatiminen keskeytettiin; tiedostoa ei kirjoitettu.",
        "sv": "Rapporten avbröts; ingen fil skrevs.",
        "en": "The report was cancelled; no file was written.",
    },
    "report.no_workshop": {
        "fi": "Työpajaa {number} ei ole. Työpajat: {known}.",
        "sv": "Workshop {number} finns inte. Workshoppar: {known}.",
        "en": "There is no workshop {number}. Workshops: {known}.",
    },
    "report.workshop_required": {
        "fi": "Valitse työpaja (--workshop N).",
        "sv": "Välj en workshop (--workshop N).",
        "en": "Choose a workshop (--workshop N).",
    },
    "report.team_required": {
        "fi": "Valitse kaupunkitiimi (--team TIIMI).",
        "sv": "Välj ett stadsteam (--team TEAM).",
        "en": "Choose a city team (--team TEAM).",
    },
    "report.bad_kind": {
        "fi": "Tuntematon raporttityyppi “{kind}”: valitse programme, workshop tai team.",
        "sv": "Okänd rapporttyp ”{kind}”: välj programme, workshop eller team.",
        "en": "Unknown report kind “{kind}”: choose programme, workshop or team.",
    },
    "report.bad_lang": {
        "fi": "Raportin kieli “{language}” ei ole tuettu: valitse fi, sv tai en.",
        "sv": "Rapportspråket ”{language}” stöds inte: välj fi, sv eller en.",
        "en": "The report language “{language}” is not supported: choose fi, sv or en.",
    },
    "report.out_dir_missing": {
        "fi": "Kansiota {path} ei ole; raporttia ei voi tallentaa sinne.",
        "sv": "Mappen {path} finns inte; rapporten kan inte sparas där.",
        "en": "The folder {path} does not exist; the report cannot be saved there.",
    },
    "report.out_is_dir": {
        "fi": "{path} on kansio; anna PDF-tiedoston nimi.",
        "sv": "{path} är en mapp; ange ett namn på PDF-filen.",
        "en": "{path} is a folder; give the name of the PDF file.",
    },
    "report.cannot_write": {
        "fi": "Raporttia ei voitu kirjoittaa tiedostoon {path}: {detail}",
        "sv": "Rapporten kunde inte skrivas till {path}: {detail}",
        "en": "The report could not be written to {path}: {detail}",
    },
    "report.pdfa_failed": {
        "fi": "Raportti ei täyttänyt PDF/A-2b-vaatimuksia, joten sitä ei tallennettu: {detail}",
        "sv": "Rapporten uppfyllde inte PDF/A-2b och sparades inte: {detail}",
        "en": "The report did not meet PDF/A-2b and was not saved: {detail}",
    },
    "report.written": {
        "fi": "Raportti tallennettu: {path} ({pages} sivua)",
        "sv": "Rapporten sparad: {path} ({pages} sidor)",
        "en": "Report saved: {path} ({pages} pages)",
    },
}
