<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Help for this screen</source>
        <translation>&amp;Ohje tälle näkymälle</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Aloitusopas</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Ohjeaiheet</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Ohjeteksti</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>1. Create your programme: its name and where the file is kept. Everything is saved in that one file as you work.</source>
        <translation>1. Luo ohjelmasi: sen nimi ja mihin tiedosto tallennetaan. Kaikki tallentuu tähän yhteen tiedostoon sitä mukaa kuin työskentelet.</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>Uusi ohjelma…</translation>
    </message>
    <message>
        <source>2. Add the workshops with their dates and their phase of the Double Diamond (Programme setup → Workshops).</source>
        <translation>2. Lisää työpajat päivämäärineen ja Tuplatimantin vaiheineen (Ohjelman asetukset → Työpajat).</translation>
    </message>
    <message>
        <source>Add workshops</source>
        <translation>Lisää työpajat</translation>
    </message>
    <message>
        <source>3. Add the city teams, their themes and members (Programme setup → City teams).</source>
        <translation>3. Lisää kaupunkitiimit, niiden teemat ja jäsenet (Ohjelman asetukset → Kaupunkitiimit).</translation>
    </message>
    <message>
        <source>Add city teams</source>
        <translation>Lisää kaupunkitiimit</translation>
    </message>
    <message>
        <source>4. Plan the first workshop's agenda: add activities and choose a method card for each (Agenda and timer).</source>
        <translation>4. Suunnittele ensimmäisen työpajan esityslista: lisää ohjelmanumerot ja valitse kullekin menetelmäkortti (Esityslista ja ajastin).</translation>
    </message>
    <message>
        <source>Plan the agenda</source>
        <translation>Suunnittele esityslista</translation>
    </message>
    <message>
        <source>5. Run the workshop from the agenda: run mode shows the current activity and its timer, also on the projector.</source>
        <translation>5. Vedä työpaja esityslistasta: vetotila näyttää käynnissä olevan ohjelmanumeron ja sen ajastimen, myös projektorilla.</translation>
    </message>
    <message>
        <source>Run the workshop</source>
        <translation>Vedä työpaja</translation>
    </message>
    <message>
        <source>6. Export the workshop report as a PDF (File → Export report…).</source>
        <translation>6. Vie työpajaraportti PDF-tiedostona (Tiedosto → Vie raportti…).</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Vie raportti…</translation>
    </message>
    <message>
        <source>Getting started — Jalostamo</source>
        <translation>Aloitusopas – Jalostamo</translation>
    </message>
    <message>
        <source>From an empty start to the first workshop report of your own programme in six steps. A step is ticked when the open programme has it done; the buttons take you to the right place. Press F1 on any screen for its guide.</source>
        <translation>Tyhjästä alusta oman ohjelmasi ensimmäiseen työpajaraporttiin kuudella askeleella. Askel saa rastin, kun se on tehty avoimessa ohjelmassa; painikkeet vievät oikeaan paikkaan. Paina F1 missä tahansa näkymässä, niin näet sen ohjeen.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Aloitusopas</translation>
    </message>
    <message>
        <source>The demo programme is open: it shows what a finished spring looks like. The steps tick for a programme of your own (step 1).</source>
        <translation>Esittelyohjelma on auki: siitä näet, miltä valmis kevät näyttää. Askeleet saavat rastin omassa ohjelmassasi (askel 1).</translation>
    </message>
    <message>
        <source>Help for this screen</source>
        <translation>Ohje tälle näkymälle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Ei vielä tehty</translation>
    </message>
</context>
</TS>
