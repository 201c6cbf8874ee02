<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../actions.py" line="34"/>
        <source>&amp;New programme…</source>
        <translation>&amp;Uusi ohjelma…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="35"/>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="36"/>
        <source>Open the &amp;demo programme</source>
        <translation>Avaa &amp;esittelyohjelma</translation>
    </message>
    <message>
        <location filename="../actions.py" line="37"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Vie raportti…</translation>
    </message>
    <message>
        <source>Export &amp;tables (Excel, CSV)…</source>
        <translation>Vie &amp;taulukot (Excel, CSV)…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="39"/>
        <source>&amp;Close programme</source>
        <translation>&amp;Sulje ohjelma</translation>
    </message>
    <message>
        <location filename="../actions.py" line="41"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../actions.py" line="42"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="44"/>
        <source>&amp;Start</source>
        <translation>&amp;Aloitus</translation>
    </message>
    <message>
        <location filename="../actions.py" line="45"/>
        <source>Programme &amp;overview</source>
        <translation>Ohjelman &amp;yleiskuva</translation>
    </message>
    <message>
        <location filename="../actions.py" line="47"/>
        <source>Programme se&amp;tup</source>
        <translation>Ohjelman &amp;asetukset</translation>
    </message>
    <message>
        <location filename="../actions.py" line="49"/>
        <source>&amp;Phase guide</source>
        <translation>&amp;Vaiheopas</translation>
    </message>
    <message>
        <location filename="../actions.py" line="51"/>
        <source>&amp;Agenda and timer</source>
        <translation>&amp;Esityslista ja ajastin</translation>
    </message>
    <message>
        <location filename="../actions.py" line="53"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Suurenna</translation>
    </message>
    <message>
        <location filename="../actions.py" line="54"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Pienennä</translation>
    </message>
    <message>
        <location filename="../actions.py" line="55"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Normaali koko</translation>
    </message>
    <message>
        <location filename="../actions.py" line="57"/>
        <source>&amp;Presentation zoom</source>
        <translation>&amp;Esityssuurennus</translation>
    </message>
    <message>
        <location filename="../actions.py" line="59"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Koko näyttö</translation>
    </message>
    <message>
        <location filename="../actions.py" line="61"/>
        <source>&amp;About Jalostamo</source>
        <translation>&amp;Tietoja Jalostamosta</translation>
    </message>
    <message>
        <location filename="../actions.py" line="67"/>
        <source>&amp;File</source>
        <extracomment>menu title and the ids in it; &quot;-&quot; is a separator, &quot;recent&quot; the recent-files submenu, &quot;undo&quot;/&quot;redo&quot; the undo stack&apos;s own actions.</extracomment>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../actions.py" line="70"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../actions.py" line="71"/>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <location filename="../actions.py" line="73"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../actions.py" line="76"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../actions.py" />
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location filename="../actions.py" />
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../menu_structure.py" />
        <source>Open &amp;recent</source>
        <translation>Avaa &amp;viimeaikainen</translation>
    </message>
    <message>
        <location filename="../menu_structure.py" />
        <source>&amp;Teamwork</source>
        <translation>&amp;Yhteistyö</translation>
    </message>
    <message>
        <location filename="../menu_structure.py" />
        <source>&amp;Data safety</source>
        <translation>T&amp;ietoturva</translation>
    </message>
    <message>
        <location filename="../menu_structure.py" />
        <source>R&amp;oom</source>
        <translation>H&amp;uone</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Materials: %1</source>
        <translation>Tarvikkeet: %1</translation>
    </message>
    <message>
        <source>Choose method card</source>
        <translation>Valitse menetelmäkortti</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <source>Add a break</source>
        <translation>Lisää tauko</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="49"/>
        <source>Workshop</source>
        <translation>Työpaja</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="51"/>
        <source>&amp;Workshop:</source>
        <translation>&amp;Työpaja:</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="55"/>
        <source>&amp;Run the workshop</source>
        <translation>&amp;Vedä työpaja</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="66"/>
        <source>Activities of the workshop</source>
        <translation>Työpajan ohjelmanumerot</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="78"/>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="82"/>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="86"/>
        <location filename="../agenda_page.py" line="297"/>
        <source>Add activity</source>
        <translation>Lisää ohjelmanumero</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="89"/>
        <location filename="../agenda_page.py" line="308"/>
        <source>Delete activity</source>
        <translation>Poista ohjelmanumero</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="108"/>
        <source>No method card</source>
        <translation>Ei menetelmäkorttia</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="116"/>
        <location filename="../agenda_page.py" line="188"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="124"/>
        <source>Activity</source>
        <translation>Ohjelmanumero</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="125"/>
        <source>Method card</source>
        <translation>Menetelmäkortti</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="126"/>
        <source>Minutes</source>
        <translation>Minuutit</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="126"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="127"/>
        <source>Instructions</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="161"/>
        <source>Workshop %1</source>
        <translation>Työpaja %1</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="208"/>
        <source>%1 activities, %2 min, ends at %3</source>
        <translation>%1 ohjelmanumeroa, %2 min, päättyy klo %3</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="212"/>
        <source>No activities yet.</source>
        <translation>Ei vielä ohjelmanumeroita.</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="255"/>
        <source>Reorder the agenda</source>
        <translation>Järjestä esityslista</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="280"/>
        <source>Edit activity</source>
        <translation>Muokkaa ohjelmanumeroa</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="288"/>
        <source>New activity</source>
        <translation>Uusi ohjelmanumero</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../card_editor.py" line="36"/>
        <source>Title</source>
        <extracomment>label and hint of every text field of the card</extracomment>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="37"/>
        <source>A short name for the experiment</source>
        <translation>Kokeilun lyhyt nimi</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="38"/>
        <source>Phenomenon</source>
        <translation>Ilmiö</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="39"/>
        <source>The phenomenon the experiment belongs to</source>
        <translation>Ilmiö, johon kokeilu liittyy</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="40"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="41"/>
        <source>What problem of the residents does it address?</source>
        <translation>Mihin asukkaiden ongelmaan kokeilu tarttuu?</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="42"/>
        <source>Hypothesis</source>
        <translation>Hypoteesi</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="43"/>
        <source>We believe that…</source>
        <translation>Uskomme, että…</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="44"/>
        <source>Target group</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="45"/>
        <source>Bounded: exactly which people, how many?</source>
        <translation>Rajattu: ketkä tarkalleen, kuinka moni?</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="47"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="48"/>
        <source>Bounded: where exactly is it tried?</source>
        <translation>Rajattu: missä tarkalleen kokeillaan?</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="49"/>
        <source>What is tried in practice</source>
        <translation>Mitä käytännössä kokeillaan</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="50"/>
        <source>Concrete: what happens, who does what? New: not done before</source>
        <translation>Konkreettinen: mitä tapahtuu, kuka tekee mitä? Uusi: ei tehty ennen</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="52"/>
        <source>What we want to learn</source>
        <translation>Mitä haluamme oppia</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="53"/>
        <source>The questions the experiment answers</source>
        <translation>Kysymykset, joihin kokeilu vastaa</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="54"/>
        <source>Who carries it out</source>
        <translation>Kuka toteuttaa</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="55"/>
        <source>People, units and partners</source>
        <translation>Ihmiset, yksiköt ja kumppanit</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="56"/>
        <source>Budget</source>
        <translation>Budjetti</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="57"/>
        <source>Money needed, in euros</source>
        <translation>Tarvittava raha euroina</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="58"/>
        <source>Existing resources</source>
        <translation>Olemassa olevat resurssit</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="59"/>
        <source>Premises, staff time, networks you already have</source>
        <translation>Tilat, työaika ja verkostot, jotka teillä jo on</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="60"/>
        <source>Schedule</source>
        <translation>Aikataulu</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="61"/>
        <source>Bounded: how long does it run?</source>
        <translation>Rajattu: kuinka kauan kokeilu kestää?</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="62"/>
        <source>Milestones</source>
        <translation>Välitavoitteet</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="63"/>
        <source>Steps and their dates</source>
        <translation>Työvaiheet ja niiden päivämäärät</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="64"/>
        <source>Risks</source>
        <translation>Riskit</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="65"/>
        <source>What could go wrong, and what then?</source>
        <translation>Mikä voi mennä pieleen, ja mitä silloin?</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="66"/>
        <source>Success criteria</source>
        <translation>Onnistumisen kriteerit</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="67"/>
        <source>How will you know it worked? Measurable</source>
        <translation>Mistä tiedätte, että se onnistui? Mitattava</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="106"/>
        <location filename="../card_editor.py" line="108"/>
        <source>Theme</source>
        <extracomment>in a team file, another team&apos;s card is shown but cannot be changed</extracomment>
        <translation>Teema</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="123"/>
        <location filename="../card_editor.py" line="125"/>
        <source>Starts on</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="124"/>
        <location filename="../card_editor.py" line="126"/>
        <source>Ends on</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="129"/>
        <location filename="../card_editor.py" line="135"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="130"/>
        <source>Not decided yet</source>
        <translation>Ei vielä päätetty</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="138"/>
        <location filename="../card_editor.py" line="141"/>
        <source>Reasoning of the decision</source>
        <translation>Päätöksen perustelut</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="187"/>
        <source>No theme</source>
        <translation>Ei teemaa</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="209"/>
        <source>Edit “%1”</source>
        <translation>Muokkaa kenttää ”%1”</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="234"/>
        <source>new (phenomenon and what is tried)</source>
        <translation>uusi (ilmiö ja mitä kokeillaan)</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="236"/>
        <source>concrete (what is tried and where)</source>
        <translation>konkreettinen (mitä kokeillaan ja missä)</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="238"/>
        <source>bounded (target group, start and end)</source>
        <translation>rajattu (kohderyhmä, alku ja loppu)</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="241"/>
        <source>A real experiment is new, concrete and bounded. Still missing: %1.</source>
        <translation>Todellinen kokeilu on uusi, konkreettinen ja rajattu. Vielä puuttuu: %1.</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="245"/>
        <source>The card describes a new, concrete and bounded experiment.</source>
        <translation>Kortti kuvaa uuden, konkreettisen ja rajatun kokeilun.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="165"/>
        <source>[read-only]</source>
        <translation>[vain luku]</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171"/>
        <source>Read-only: another copy of Jalostamo has this programme open; changes cannot be saved.</source>
        <translation>Vain luku: ohjelma on auki toisessa Jalostamossa; muutoksia ei voi tallentaa.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>Opening…</source>
        <translation>Avataan…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="323"/>
        <source>The file is in use</source>
        <translation>Tiedosto on käytössä</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="327"/>
        <source>Open read-only</source>
        <translation>Avaa vain luku -tilassa</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="47"/>
        <source>Open a programme</source>
        <translation>Avaa ohjelma</translation>
    </message>
    <message>
        <location filename="../view_controls.py" line="108"/>
        <source>About Jalostamo</source>
        <translation>Tietoja Jalostamosta</translation>
    </message>
    <message>
        <location filename="../view_controls.py" line="109"/>
        <source>Jalostamo %1 — facilitated co-design workshops for municipalities.</source>
        <translation>Jalostamo %1 – fasilitoidut yhteiskehittämisen työpajat kunnille.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../navigation.py" line="92"/>
        <source>Monitoring</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="48"/>
        <source>Screens of the programme</source>
        <translation>Ohjelman näkymät</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="75"/>
        <source>Start</source>
        <translation>Aloitus</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="88"/>
        <source>Programme overview</source>
        <translation>Ohjelman yleiskuva</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="89"/>
        <source>Programme setup</source>
        <translation>Ohjelman asetukset</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="90"/>
        <source>Phase guide</source>
        <translation>Vaiheopas</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="91"/>
        <source>Agenda and timer</source>
        <translation>Esityslista ja ajastin</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="92"/>
        <source>City teams</source>
        <translation>Kaupunkitiimit</translation>
    </message>
</context>
<context>
    <name>NewProgrammeDialog</name>
    <message>
        <location filename="../dialogs.py" line="27"/>
        <source>New programme</source>
        <translation>Uusi ohjelma</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="30"/>
        <source>Name of the programme</source>
        <translation>Ohjelman nimi</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="31"/>
        <source>e.g. Experiment refinery 2025</source>
        <translation>esim. Kokeilujalostamo 2025</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="34"/>
        <source>Organiser</source>
        <translation>Järjestäjä</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="37"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="38"/>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="50"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="52"/>
        <source>&amp;Organiser:</source>
        <translation>&amp;Järjestäjä:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="54"/>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="76"/>
        <source>Where to keep the programme</source>
        <translation>Mihin ohjelma tallennetaan</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="86"/>
        <source>Give the programme a name.</source>
        <translation>Anna ohjelmalle nimi.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="89"/>
        <source>Choose where to keep the file.</source>
        <translation>Valitse, mihin tiedosto tallennetaan.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="91"/>
        <source>That file already exists; choose another name.</source>
        <translation>Tiedosto on jo olemassa; valitse toinen nimi.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../overview_page.py" line="67"/>
        <source>Progress of the teams in each workshop</source>
        <translation>Tiimien eteneminen työpajoittain</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="76"/>
        <source>Open a cell (double-click or Enter) to go to what it summarises.</source>
        <translation>Avaa solu (kaksoisnapsautus tai Enter) siirtyäksesi siihen, mitä se tiivistää.</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="126"/>
        <source>Organiser: %1</source>
        <translation>Järjestäjä: %1</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="127"/>
        <source>none yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="128"/>
        <source>Themes: %1</source>
        <translation>Teemat: %1</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="129"/>
        <source>Teams: %1</source>
        <translation>Tiimejä: %1</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="133"/>
        <source>Next workshop: %1 (%2), %3</source>
        <translation>Seuraava työpaja: %1 (%2), %3</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="137"/>
        <source>No upcoming workshop is scheduled.</source>
        <translation>Tulevia työpajoja ei ole aikataulutettu.</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="139"/>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="139"/>
        <source>Themes</source>
        <translation>Teemat</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="139"/>
        <source>Experiment card</source>
        <translation>Kokeilukortti</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="140"/>
        <source>model</source>
        <translation>malli</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="140"/>
        <source>tests</source>
        <translation>testit</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="141"/>
        <source>reviews</source>
        <translation>arvioinnit</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="143"/>
        <source>W%1</source>
        <translation>TP%1</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="157"/>
        <source>%1/%2 fields</source>
        <translation>%1/%2 kenttää</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="169"/>
        <source>%1 given, %2 received</source>
        <translation>%1 annettu, %2 saatu</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="174"/>
        <source>model: items in the version saved for the workshop; tests: sessions reported at the workshop; reviews: given / received</source>
        <translation>malli: työpajaa varten tallennetun version kohteet; testit: työpajassa raportoidut testikerrat; arvioinnit: annettu / saatu</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="184"/>
        <source>No teams yet: add them in the programme setup.</source>
        <translation>Ei vielä tiimejä: lisää ne ohjelman asetuksissa.</translation>
    </message>
</context>
<context>
    <name>PhaseGuidePage</name>
    <message>
        <location filename="../phase_guide.py" line="60"/>
        <source>Double Diamond</source>
        <extracomment>the card fields a team should have filled by the end of each phase</extracomment>
        <translation>Tuplatimantti</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="89"/>
        <source>Method cards</source>
        <translation>Menetelmäkortit</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="93"/>
        <source>Method card</source>
        <translation>Menetelmäkortti</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="96"/>
        <source>Each team&apos;s status in this phase</source>
        <translation>Tiimien tilanne tässä vaiheessa</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="102"/>
        <source>&amp;Method cards</source>
        <translation>&amp;Menetelmäkortit</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="104"/>
        <source>&amp;Teams in this phase</source>
        <translation>&amp;Tiimit tässä vaiheessa</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="106"/>
        <source>What each team should produce</source>
        <translation>Mitä jokaisen tiimin tulisi tuottaa</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="174"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="174"/>
        <source>Steps</source>
        <translation>Työvaiheet</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="175"/>
        <source>Materials</source>
        <translation>Materiaalit</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="176"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="188"/>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="188"/>
        <source>Card fields of this phase</source>
        <translation>Vaiheen korttikentät</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="188"/>
        <source>Model</source>
        <translation>Malli</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="189"/>
        <source>Tests</source>
        <translation>Testit</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="189"/>
        <source>Reviews given / received</source>
        <translation>Arvioinnit annettu / saatu</translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <location filename="../setup_page.py" line="66"/>
        <source>Programme</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="68"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="69"/>
        <source>Organiser</source>
        <translation>Järjestäjä</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="70"/>
        <source>Venue</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="73"/>
        <location filename="../setup_page.py" line="76"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="82"/>
        <location filename="../setup_page.py" line="89"/>
        <source>Themes</source>
        <translation>Teemat</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="86"/>
        <source>New theme, e.g. Families with children</source>
        <translation>Uusi teema, esim. Lapsiperheet</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="87"/>
        <source>New theme</source>
        <translation>Uusi teema</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="94"/>
        <location filename="../setup_page.py" line="100"/>
        <source>Facilitators</source>
        <translation>Fasilitaattorit</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="97"/>
        <source>Name of a facilitator</source>
        <translation>Fasilitaattorin nimi</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="98"/>
        <source>New facilitator</source>
        <translation>Uusi fasilitaattori</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="127"/>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="130"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="174"/>
        <source>The name of the programme</source>
        <translation>Ohjelman nimi</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="175"/>
        <source>Edit the programme</source>
        <translation>Muokkaa ohjelmaa</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="191"/>
        <source>Add theme</source>
        <translation>Lisää teema</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="204"/>
        <source>The name of the theme</source>
        <translation>Teeman nimi</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="208"/>
        <source>Rename theme</source>
        <translation>Nimeä teema uudelleen</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="217"/>
        <source>Delete theme</source>
        <translation>Poista teema</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="234"/>
        <source>Add facilitator</source>
        <translation>Lisää fasilitaattori</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="241"/>
        <source>Remove facilitator</source>
        <translation>Poista fasilitaattori</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../timer.py" line="177"/>
        <source>Jalostamo — timer</source>
        <translation>Jalostamo – ajastin</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../run_mode.py" line="32"/>
        <location filename="../run_mode.py" line="117"/>
        <source>Start timer</source>
        <translation>Käynnistä</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="34"/>
        <source>Start or pause (Space)</source>
        <translation>Käynnistä tai keskeytä (välilyönti)</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="36"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="40"/>
        <source>Previous activity</source>
        <translation>Edellinen ohjelmanumero</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="43"/>
        <source>Next activity</source>
        <translation>Seuraava ohjelmanumero</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="45"/>
        <source>Next activity (N)</source>
        <translation>Seuraava ohjelmanumero (N)</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="47"/>
        <source>Show on projector</source>
        <translation>Näytä projektorilla</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="51"/>
        <source>Back to the agenda</source>
        <translation>Takaisin esityslistaan</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="117"/>
        <source>Pause</source>
        <translation>Keskeytä</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="26"/>
        <source>Settings</source>
        <extracomment>language names are written in the language itself, so they are not translated</extracomment>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="29"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="30"/>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="36"/>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="43"/>
        <source>Presentation zoom</source>
        <translation>Esityssuurennus</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="48"/>
        <source>Open the last programme at start</source>
        <translation>Avaa viimeisin ohjelma käynnistettäessä</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="56"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="57"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Tekstin koko:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="58"/>
        <source>&amp;Presentation zoom:</source>
        <translation>&amp;Esityssuurennus:</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../setup_page.py" line="47"/>
        <source>Programme</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="48"/>
        <source>Workshops</source>
        <translation>Työpajat</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="49"/>
        <source>City teams</source>
        <translation>Kaupunkitiimit</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../start_page.py" line="78"/>
        <source>Experiment refinery: co-design workshops for city teams</source>
        <translation>Kokeilujalostamo: yhteiskehittämisen työpajat kaupunkitiimeille</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="82"/>
        <source>New programme…</source>
        <translation>Uusi ohjelma…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="85"/>
        <source>Open a programme…</source>
        <translation>Avaa ohjelma…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="88"/>
        <source>Open the demo programme</source>
        <translation>Avaa esittelyohjelma</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="97"/>
        <location filename="../start_page.py" line="103"/>
        <source>Recent programmes</source>
        <translation>Viimeaikaiset ohjelmat</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="107"/>
        <source>No recent programmes yet.</source>
        <translation>Ei vielä viimeaikaisia ohjelmia.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../team_page.py" line="71"/>
        <source>Experiment card</source>
        <extracomment>in a team file, another team&apos;s page is shown but cannot be changed</extracomment>
        <translation>Kokeilukortti</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="72"/>
        <source>Insights and questions</source>
        <translation>Oivallukset ja kysymykset</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="73"/>
        <source>Visual model</source>
        <translation>Visuaalinen malli</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="73"/>
        <source>Tests</source>
        <translation>Testit</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="74"/>
        <source>Peer reviews</source>
        <translation>Vertaisarvioinnit</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="74"/>
        <source>Indicators</source>
        <translation>Indikaattorit</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="98"/>
        <source>Members: %1</source>
        <translation>Jäsenet: %1</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="99"/>
        <source>none yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="144"/>
        <source>Insights</source>
        <translation>Oivallukset</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="144"/>
        <source>New insight</source>
        <translation>Uusi oivallus</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="147"/>
        <source>How might we…?</source>
        <translation>Kuinka voisimme…?</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="148"/>
        <source>How might we…? (a new question)</source>
        <translation>Kuinka voisimme…? (uusi kysymys)</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="163"/>
        <source>The team has no visual model yet.</source>
        <translation>Tiimillä ei ole vielä visuaalista mallia.</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="164"/>
        <location filename="../team_page.py" line="173"/>
        <source>Create the team&apos;s board</source>
        <translation>Luo tiimin taulu</translation>
    </message>
</context>
<context>
    <name>TeamsEditor</name>
    <message>
        <source>Delete team %1</source>
        <translation>Poista tiimi %1</translation>
    </message>
    <message>
        <source>You can undo the deletion (Ctrl+Z).</source>
        <translation>Poiston voi kumota (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Tests with the target audience: %1</source>
        <translation>Testauksia kohdeyleisön kanssa: %1</translation>
    </message>
    <message>
        <source>Items on its boards: %1</source>
        <translation>Kohteita tiimin tauluilla: %1</translation>
    </message>
    <message>
        <source>its experiment card</source>
        <translation>tiimin kokeilukortti</translation>
    </message>
    <message>
        <source>With it go:</source>
        <translation>Sen mukana poistuvat:</translation>
    </message>
    <message>
        <source>Delete the team %1?</source>
        <translation>Poistetaanko tiimi %1?</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="44"/>
        <source>City teams</source>
        <translation>Kaupunkitiimit</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="48"/>
        <location filename="../setup_teams.py" line="49"/>
        <source>City of the new team</source>
        <translation>Uuden tiimin kaupunki</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="51"/>
        <source>Add team</source>
        <translation>Lisää tiimi</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="54"/>
        <location filename="../setup_teams.py" line="211"/>
        <source>Delete team</source>
        <translation>Poista tiimi</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="72"/>
        <source>Optional, e.g. Tampere University</source>
        <translation>Vapaaehtoinen, esim. Tampereen yliopisto</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="80"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="80"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="86"/>
        <location filename="../setup_teams.py" line="111"/>
        <source>Name of a new member</source>
        <translation>Uuden jäsenen nimi</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="93"/>
        <source>Add member</source>
        <translation>Lisää jäsen</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="96"/>
        <location filename="../setup_teams.py" line="264"/>
        <source>Remove member</source>
        <translation>Poista jäsen</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="104"/>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="104"/>
        <source>Team name</source>
        <translation>Tiimin nimi</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="105"/>
        <source>Themes</source>
        <translation>Teemat</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="106"/>
        <source>Members</source>
        <translation>Jäsenet</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="112"/>
        <source>Role of the new member</source>
        <translation>Uuden jäsenen rooli</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="166"/>
        <source>Role of %1</source>
        <translation>Henkilön %1 rooli</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="194"/>
        <location filename="../setup_teams.py" line="222"/>
        <source>The city</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="199"/>
        <source>Add team %1</source>
        <translation>Lisää tiimi %1</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="223"/>
        <source>Edit team</source>
        <translation>Muokkaa tiimiä</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="236"/>
        <source>Change the team&apos;s themes</source>
        <translation>Muuta tiimin teemoja</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="256"/>
        <source>Add member %1</source>
        <translation>Lisää jäsen %1</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="268"/>
        <source>Change role</source>
        <translation>Muuta roolia</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="280"/>
        <source>Rename member</source>
        <translation>Nimeä jäsen uudelleen</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <location filename="../text_list.py" line="52"/>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../text_list.py" line="55"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../text_list.py" line="100"/>
        <source>Add “%1”</source>
        <translation>Lisää ”%1”</translation>
    </message>
    <message>
        <location filename="../text_list.py" line="109"/>
        <source>Delete “%1”</source>
        <translation>Poista ”%1”</translation>
    </message>
    <message>
        <location filename="../text_list.py" line="117"/>
        <source>Edit “%1”</source>
        <translation>Muokkaa kenttää ”%1”</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <location filename="../timer.py" line="114"/>
        <source>Time left</source>
        <translation>Aikaa jäljellä</translation>
    </message>
    <message>
        <location filename="../timer.py" line="137"/>
        <source>Next: %1</source>
        <translation>Seuraavaksi: %1</translation>
    </message>
    <message>
        <location filename="../timer.py" line="146"/>
        <source>Time is up</source>
        <translation>Aika on loppu</translation>
    </message>
</context>
<context>
    <name>WorkshopsEditor</name>
    <message>
        <location filename="../setup_workshops.py" line="48"/>
        <source>Workshops</source>
        <translation>Työpajat</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="50"/>
        <location filename="../setup_workshops.py" line="187"/>
        <source>Add workshop</source>
        <translation>Lisää työpaja</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="53"/>
        <location filename="../setup_workshops.py" line="196"/>
        <source>Delete workshop</source>
        <translation>Poista työpaja</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="92"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="92"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="93"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="94"/>
        <source>Starts at</source>
        <translation>Alkaa klo</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="95"/>
        <source>Venue</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="95"/>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="117"/>
        <source>Workshop %1</source>
        <translation>Työpaja %1</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="170"/>
        <source>Edit workshop</source>
        <translation>Muokkaa työpajaa</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Valitse kalenterista</translation>
    </message>
</context>
</TS>
