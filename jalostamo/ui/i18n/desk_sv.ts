<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../actions.py" line="34"/>
        <source>&amp;New programme…</source>
        <translation>&amp;Nytt program…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="35"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="36"/>
        <source>Open the &amp;demo programme</source>
        <translation>Öppna &amp;demoprogrammet</translation>
    </message>
    <message>
        <location filename="../actions.py" line="37"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportera rapport…</translation>
    </message>
    <message>
        <source>Export &amp;tables (Excel, CSV)…</source>
        <translation>Exportera &amp;tabeller (Excel, CSV)…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="39"/>
        <source>&amp;Close programme</source>
        <translation>&amp;Stäng programmet</translation>
    </message>
    <message>
        <location filename="../actions.py" line="41"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../actions.py" line="42"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="44"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../actions.py" line="45"/>
        <source>Programme &amp;overview</source>
        <translation>Programmets &amp;översikt</translation>
    </message>
    <message>
        <location filename="../actions.py" line="47"/>
        <source>Programme se&amp;tup</source>
        <translation>Programmets &amp;uppgifter</translation>
    </message>
    <message>
        <location filename="../actions.py" line="49"/>
        <source>&amp;Phase guide</source>
        <translation>&amp;Fasguide</translation>
    </message>
    <message>
        <location filename="../actions.py" line="51"/>
        <source>&amp;Agenda and timer</source>
        <translation>&amp;Agenda och timer</translation>
    </message>
    <message>
        <location filename="../actions.py" line="53"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Förstora</translation>
    </message>
    <message>
        <location filename="../actions.py" line="54"/>
        <source>Zoom &amp;out</source>
        <translation>F&amp;örminska</translation>
    </message>
    <message>
        <location filename="../actions.py" line="55"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Normal storlek</translation>
    </message>
    <message>
        <location filename="../actions.py" line="57"/>
        <source>&amp;Presentation zoom</source>
        <translation>&amp;Presentationszoom</translation>
    </message>
    <message>
        <location filename="../actions.py" line="59"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Helskärm</translation>
    </message>
    <message>
        <location filename="../actions.py" line="61"/>
        <source>&amp;About Jalostamo</source>
        <translation>&amp;Om Jalostamo</translation>
    </message>
    <message>
        <location filename="../actions.py" line="67"/>
        <source>&amp;File</source>
        <extracomment>menu title and the ids in it; &quot;-&quot; is a separator, &quot;recent&quot; the recent-files submenu, &quot;undo&quot;/&quot;redo&quot; the undo stack&apos;s own actions.</extracomment>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../actions.py" line="70"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../actions.py" line="71"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location filename="../actions.py" line="73"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../actions.py" line="76"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../actions.py" />
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../actions.py" />
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../menu_structure.py" />
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../menu_structure.py" />
        <source>&amp;Teamwork</source>
        <translation>S&amp;amarbete</translation>
    </message>
    <message>
        <location filename="../menu_structure.py" />
        <source>&amp;Data safety</source>
        <translation>&amp;Datasäkerhet</translation>
    </message>
    <message>
        <location filename="../menu_structure.py" />
        <source>R&amp;oom</source>
        <translation>R&amp;um</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Materials: %1</source>
        <translation>Material: %1</translation>
    </message>
    <message>
        <source>Choose method card</source>
        <translation>Välj metodkort</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Add a break</source>
        <translation>Lägg till paus</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="49"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="51"/>
        <source>&amp;Workshop:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="55"/>
        <source>&amp;Run the workshop</source>
        <translation>&amp;Led workshoppen</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="66"/>
        <source>Activities of the workshop</source>
        <translation>Workshoppens aktiviteter</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="78"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="82"/>
        <source>Move down</source>
        <translation>Flytta ner</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="86"/>
        <location filename="../agenda_page.py" line="297"/>
        <source>Add activity</source>
        <translation>Lägg till aktivitet</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="89"/>
        <location filename="../agenda_page.py" line="308"/>
        <source>Delete activity</source>
        <translation>Ta bort aktivitet</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="108"/>
        <source>No method card</source>
        <translation>Inget metodkort</translation>
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
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="125"/>
        <source>Method card</source>
        <translation>Metodkort</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="126"/>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="126"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="127"/>
        <source>Instructions</source>
        <translation>Instruktioner</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="161"/>
        <source>Workshop %1</source>
        <translation>Workshop %1</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="208"/>
        <source>%1 activities, %2 min, ends at %3</source>
        <translation>%1 aktiviteter, %2 min, slutar kl. %3</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="212"/>
        <source>No activities yet.</source>
        <translation>Inga aktiviteter ännu.</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="255"/>
        <source>Reorder the agenda</source>
        <translation>Ordna om agendan</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="280"/>
        <source>Edit activity</source>
        <translation>Redigera aktivitet</translation>
    </message>
    <message>
        <location filename="../agenda_page.py" line="288"/>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../card_editor.py" line="36"/>
        <source>Title</source>
        <extracomment>label and hint of every text field of the card</extracomment>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="37"/>
        <source>A short name for the experiment</source>
        <translation>Ett kort namn på försöket</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="38"/>
        <source>Phenomenon</source>
        <translation>Fenomen</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="39"/>
        <source>The phenomenon the experiment belongs to</source>
        <translation>Fenomenet som försöket hör till</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="40"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="41"/>
        <source>What problem of the residents does it address?</source>
        <translation>Vilket problem för invånarna tar försöket itu med?</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="42"/>
        <source>Hypothesis</source>
        <translation>Hypotes</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="43"/>
        <source>We believe that…</source>
        <translation>Vi tror att…</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="44"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="45"/>
        <source>Bounded: exactly which people, how many?</source>
        <translation>Avgränsad: exakt vilka människor, hur många?</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="47"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="48"/>
        <source>Bounded: where exactly is it tried?</source>
        <translation>Avgränsad: var exakt prövas det?</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="49"/>
        <source>What is tried in practice</source>
        <translation>Vad som prövas i praktiken</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="50"/>
        <source>Concrete: what happens, who does what? New: not done before</source>
        <translation>Konkret: vad händer, vem gör vad? Nytt: inte gjort tidigare</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="52"/>
        <source>What we want to learn</source>
        <translation>Vad vi vill lära oss</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="53"/>
        <source>The questions the experiment answers</source>
        <translation>Frågorna som försöket besvarar</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="54"/>
        <source>Who carries it out</source>
        <translation>Vem genomför det</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="55"/>
        <source>People, units and partners</source>
        <translation>Människor, enheter och partner</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="56"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="57"/>
        <source>Money needed, in euros</source>
        <translation>Pengar som behövs, i euro</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="58"/>
        <source>Existing resources</source>
        <translation>Befintliga resurser</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="59"/>
        <source>Premises, staff time, networks you already have</source>
        <translation>Lokaler, arbetstid och nätverk som ni redan har</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="60"/>
        <source>Schedule</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="61"/>
        <source>Bounded: how long does it run?</source>
        <translation>Avgränsad: hur länge pågår det?</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="62"/>
        <source>Milestones</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="63"/>
        <source>Steps and their dates</source>
        <translation>Steg och deras datum</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="64"/>
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="65"/>
        <source>What could go wrong, and what then?</source>
        <translation>Vad kan gå fel, och vad händer då?</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="66"/>
        <source>Success criteria</source>
        <translation>Framgångskriterier</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="67"/>
        <source>How will you know it worked? Measurable</source>
        <translation>Hur vet ni att det lyckades? Mätbart</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="106"/>
        <location filename="../card_editor.py" line="108"/>
        <source>Theme</source>
        <extracomment>in a team file, another team&apos;s card is shown but cannot be changed</extracomment>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="123"/>
        <location filename="../card_editor.py" line="125"/>
        <source>Starts on</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="124"/>
        <location filename="../card_editor.py" line="126"/>
        <source>Ends on</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="129"/>
        <location filename="../card_editor.py" line="135"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="130"/>
        <source>Not decided yet</source>
        <translation>Inte beslutat ännu</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="138"/>
        <location filename="../card_editor.py" line="141"/>
        <source>Reasoning of the decision</source>
        <translation>Motivering till beslutet</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="187"/>
        <source>No theme</source>
        <translation>Inget tema</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="209"/>
        <source>Edit “%1”</source>
        <translation>Redigera ”%1”</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="234"/>
        <source>new (phenomenon and what is tried)</source>
        <translation>nytt (fenomen och vad som prövas)</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="236"/>
        <source>concrete (what is tried and where)</source>
        <translation>konkret (vad som prövas och var)</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="238"/>
        <source>bounded (target group, start and end)</source>
        <translation>avgränsat (målgrupp, start och slut)</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="241"/>
        <source>A real experiment is new, concrete and bounded. Still missing: %1.</source>
        <translation>Ett riktigt försök är nytt, konkret och avgränsat. Det saknas ännu: %1.</translation>
    </message>
    <message>
        <location filename="../card_editor.py" line="245"/>
        <source>The card describes a new, concrete and bounded experiment.</source>
        <translation>Kortet beskriver ett nytt, konkret och avgränsat försök.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="165"/>
        <source>[read-only]</source>
        <translation>[skrivskyddad]</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171"/>
        <source>Read-only: another copy of Jalostamo has this programme open; changes cannot be saved.</source>
        <translation>Skrivskyddad: programmet är öppet i en annan Jalostamo; ändringar kan inte sparas.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>Opening…</source>
        <translation>Öppnar…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="323"/>
        <source>The file is in use</source>
        <translation>Filen används</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="327"/>
        <source>Open read-only</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="47"/>
        <source>Open a programme</source>
        <translation>Öppna ett program</translation>
    </message>
    <message>
        <location filename="../view_controls.py" line="108"/>
        <source>About Jalostamo</source>
        <translation>Om Jalostamo</translation>
    </message>
    <message>
        <location filename="../view_controls.py" line="109"/>
        <source>Jalostamo %1 — facilitated co-design workshops for municipalities.</source>
        <translation>Jalostamo %1 – faciliterade workshoppar för samskapande i kommuner.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../navigation.py" line="92"/>
        <source>Monitoring</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="48"/>
        <source>Screens of the programme</source>
        <translation>Programmets vyer</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="75"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="88"/>
        <source>Programme overview</source>
        <translation>Programöversikt</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="89"/>
        <source>Programme setup</source>
        <translation>Programmets uppgifter</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="90"/>
        <source>Phase guide</source>
        <translation>Fasguide</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="91"/>
        <source>Agenda and timer</source>
        <translation>Agenda och timer</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="92"/>
        <source>City teams</source>
        <translation>Stadsteam</translation>
    </message>
</context>
<context>
    <name>NewProgrammeDialog</name>
    <message>
        <location filename="../dialogs.py" line="27"/>
        <source>New programme</source>
        <translation>Nytt program</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="30"/>
        <source>Name of the programme</source>
        <translation>Programmets namn</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="31"/>
        <source>e.g. Experiment refinery 2025</source>
        <translation>t.ex. Försöksverkstad 2025</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="34"/>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="37"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="38"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="50"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="52"/>
        <source>&amp;Organiser:</source>
        <translation>&amp;Arrangör:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="54"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="76"/>
        <source>Where to keep the programme</source>
        <translation>Var programmet ska sparas</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="86"/>
        <source>Give the programme a name.</source>
        <translation>Ge programmet ett namn.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="89"/>
        <source>Choose where to keep the file.</source>
        <translation>Välj var filen ska sparas.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="91"/>
        <source>That file already exists; choose another name.</source>
        <translation>Filen finns redan; välj ett annat namn.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../overview_page.py" line="67"/>
        <source>Progress of the teams in each workshop</source>
        <translation>Teamens framsteg i varje workshop</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="76"/>
        <source>Open a cell (double-click or Enter) to go to what it summarises.</source>
        <translation>Öppna en cell (dubbelklick eller Enter) för att gå till det som den sammanfattar.</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="126"/>
        <source>Organiser: %1</source>
        <translation>Arrangör: %1</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="127"/>
        <source>none yet</source>
        <translation>inga ännu</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="128"/>
        <source>Themes: %1</source>
        <translation>Teman: %1</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="129"/>
        <source>Teams: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="133"/>
        <source>Next workshop: %1 (%2), %3</source>
        <translation>Nästa workshop: %1 (%2), %3</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="137"/>
        <source>No upcoming workshop is scheduled.</source>
        <translation>Ingen kommande workshop är inplanerad.</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="139"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="139"/>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="139"/>
        <source>Experiment card</source>
        <translation>Försökskort</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="140"/>
        <source>model</source>
        <translation>modell</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="140"/>
        <source>tests</source>
        <translation>tester</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="141"/>
        <source>reviews</source>
        <translation>granskningar</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="143"/>
        <source>W%1</source>
        <translation>W%1</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="157"/>
        <source>%1/%2 fields</source>
        <translation>%1/%2 fält</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="169"/>
        <source>%1 given, %2 received</source>
        <translation>%1 givna, %2 mottagna</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="174"/>
        <source>model: items in the version saved for the workshop; tests: sessions reported at the workshop; reviews: given / received</source>
        <translation>modell: objekt i versionen som sparats för workshoppen; tester: testtillfällen som rapporterats i workshoppen; granskningar: givna / mottagna</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="184"/>
        <source>No teams yet: add them in the programme setup.</source>
        <translation>Inga team ännu: lägg till dem i programmets uppgifter.</translation>
    </message>
</context>
<context>
    <name>PhaseGuidePage</name>
    <message>
        <location filename="../phase_guide.py" line="60"/>
        <source>Double Diamond</source>
        <extracomment>the card fields a team should have filled by the end of each phase</extracomment>
        <translation>Dubbeldiamanten</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="89"/>
        <source>Method cards</source>
        <translation>Metodkort</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="93"/>
        <source>Method card</source>
        <translation>Metodkort</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="96"/>
        <source>Each team&apos;s status in this phase</source>
        <translation>Varje teams läge i denna fas</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="102"/>
        <source>&amp;Method cards</source>
        <translation>&amp;Metodkort</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="104"/>
        <source>&amp;Teams in this phase</source>
        <translation>&amp;Teamen i denna fas</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="106"/>
        <source>What each team should produce</source>
        <translation>Vad varje team ska ta fram</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="174"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="174"/>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="175"/>
        <source>Materials</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="176"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="188"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="188"/>
        <source>Card fields of this phase</source>
        <translation>Fasens kortfält</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="188"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="189"/>
        <source>Tests</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location filename="../phase_guide.py" line="189"/>
        <source>Reviews given / received</source>
        <translation>Granskningar givna / mottagna</translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <location filename="../setup_page.py" line="66"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="68"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="69"/>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="70"/>
        <source>Venue</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="73"/>
        <location filename="../setup_page.py" line="76"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="82"/>
        <location filename="../setup_page.py" line="89"/>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="86"/>
        <source>New theme, e.g. Families with children</source>
        <translation>Nytt tema, t.ex. Barnfamiljer</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="87"/>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="94"/>
        <location filename="../setup_page.py" line="100"/>
        <source>Facilitators</source>
        <translation>Facilitatorer</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="97"/>
        <source>Name of a facilitator</source>
        <translation>Facilitatorns namn</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="98"/>
        <source>New facilitator</source>
        <translation>Ny facilitator</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="127"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="130"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="174"/>
        <source>The name of the programme</source>
        <translation>Programmets namn</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="175"/>
        <source>Edit the programme</source>
        <translation>Redigera programmet</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="191"/>
        <source>Add theme</source>
        <translation>Lägg till tema</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="204"/>
        <source>The name of the theme</source>
        <translation>Temats namn</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="208"/>
        <source>Rename theme</source>
        <translation>Byt namn på temat</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="217"/>
        <source>Delete theme</source>
        <translation>Ta bort tema</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="234"/>
        <source>Add facilitator</source>
        <translation>Lägg till facilitator</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="241"/>
        <source>Remove facilitator</source>
        <translation>Ta bort facilitator</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../timer.py" line="177"/>
        <source>Jalostamo — timer</source>
        <translation>Jalostamo – timer</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../run_mode.py" line="32"/>
        <location filename="../run_mode.py" line="117"/>
        <source>Start timer</source>
        <translation>Starta</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="34"/>
        <source>Start or pause (Space)</source>
        <translation>Starta eller pausa (mellanslag)</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="36"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="40"/>
        <source>Previous activity</source>
        <translation>Föregående aktivitet</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="43"/>
        <source>Next activity</source>
        <translation>Nästa aktivitet</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="45"/>
        <source>Next activity (N)</source>
        <translation>Nästa aktivitet (N)</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="47"/>
        <source>Show on projector</source>
        <translation>Visa på projektorn</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="51"/>
        <source>Back to the agenda</source>
        <translation>Tillbaka till agendan</translation>
    </message>
    <message>
        <location filename="../run_mode.py" line="117"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="26"/>
        <source>Settings</source>
        <extracomment>language names are written in the language itself, so they are not translated</extracomment>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="29"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="30"/>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="36"/>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="43"/>
        <source>Presentation zoom</source>
        <translation>Presentationszoom</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="48"/>
        <source>Open the last programme at start</source>
        <translation>Öppna det senaste programmet vid start</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="56"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="57"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Textstorlek:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="58"/>
        <source>&amp;Presentation zoom:</source>
        <translation>&amp;Presentationszoom:</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../setup_page.py" line="47"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="48"/>
        <source>Workshops</source>
        <translation>Workshoppar</translation>
    </message>
    <message>
        <location filename="../setup_page.py" line="49"/>
        <source>City teams</source>
        <translation>Stadsteam</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../start_page.py" line="78"/>
        <source>Experiment refinery: co-design workshops for city teams</source>
        <translation>Försöksverkstad: workshoppar för samskapande för stadsteam</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="82"/>
        <source>New programme…</source>
        <translation>Nytt program…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="85"/>
        <source>Open a programme…</source>
        <translation>Öppna ett program…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="88"/>
        <source>Open the demo programme</source>
        <translation>Öppna demoprogrammet</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="97"/>
        <location filename="../start_page.py" line="103"/>
        <source>Recent programmes</source>
        <translation>Senaste program</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="107"/>
        <source>No recent programmes yet.</source>
        <translation>Inga senaste program ännu.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../team_page.py" line="71"/>
        <source>Experiment card</source>
        <extracomment>in a team file, another team&apos;s page is shown but cannot be changed</extracomment>
        <translation>Försökskort</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="72"/>
        <source>Insights and questions</source>
        <translation>Insikter och frågor</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="73"/>
        <source>Visual model</source>
        <translation>Visuell modell</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="73"/>
        <source>Tests</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="74"/>
        <source>Peer reviews</source>
        <translation>Kamratgranskningar</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="74"/>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="98"/>
        <source>Members: %1</source>
        <translation>Medlemmar: %1</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="99"/>
        <source>none yet</source>
        <translation>inga ännu</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="144"/>
        <source>Insights</source>
        <translation>Insikter</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="144"/>
        <source>New insight</source>
        <translation>Ny insikt</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="147"/>
        <source>How might we…?</source>
        <translation>Hur skulle vi kunna…?</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="148"/>
        <source>How might we…? (a new question)</source>
        <translation>Hur skulle vi kunna…? (en ny fråga)</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="163"/>
        <source>The team has no visual model yet.</source>
        <translation>Teamet har ingen visuell modell ännu.</translation>
    </message>
    <message>
        <location filename="../team_page.py" line="164"/>
        <location filename="../team_page.py" line="173"/>
        <source>Create the team&apos;s board</source>
        <translation>Skapa teamets tavla</translation>
    </message>
</context>
<context>
    <name>TeamsEditor</name>
    <message>
        <source>Delete team %1</source>
        <translation>Ta bort teamet %1</translation>
    </message>
    <message>
        <source>You can undo the deletion (Ctrl+Z).</source>
        <translation>Du kan ångra borttagningen (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Tests with the target audience: %1</source>
        <translation>Tester med målgruppen: %1</translation>
    </message>
    <message>
        <source>Items on its boards: %1</source>
        <translation>Objekt på teamets tavlor: %1</translation>
    </message>
    <message>
        <source>its experiment card</source>
        <translation>teamets försökskort</translation>
    </message>
    <message>
        <source>With it go:</source>
        <translation>Samtidigt tas bort:</translation>
    </message>
    <message>
        <source>Delete the team %1?</source>
        <translation>Ska teamet %1 tas bort?</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="44"/>
        <source>City teams</source>
        <translation>Stadsteam</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="48"/>
        <location filename="../setup_teams.py" line="49"/>
        <source>City of the new team</source>
        <translation>Det nya teamets stad</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="51"/>
        <source>Add team</source>
        <translation>Lägg till team</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="54"/>
        <location filename="../setup_teams.py" line="211"/>
        <source>Delete team</source>
        <translation>Ta bort team</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="72"/>
        <source>Optional, e.g. Tampere University</source>
        <translation>Frivilligt, t.ex. Tammerfors universitet</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="80"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="80"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="86"/>
        <location filename="../setup_teams.py" line="111"/>
        <source>Name of a new member</source>
        <translation>Den nya medlemmens namn</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="93"/>
        <source>Add member</source>
        <translation>Lägg till medlem</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="96"/>
        <location filename="../setup_teams.py" line="264"/>
        <source>Remove member</source>
        <translation>Ta bort medlem</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="104"/>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="104"/>
        <source>Team name</source>
        <translation>Teamets namn</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="105"/>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="106"/>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="112"/>
        <source>Role of the new member</source>
        <translation>Den nya medlemmens roll</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="166"/>
        <source>Role of %1</source>
        <translation>Rollen för %1</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="194"/>
        <location filename="../setup_teams.py" line="222"/>
        <source>The city</source>
        <translation>Staden</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="199"/>
        <source>Add team %1</source>
        <translation>Lägg till team %1</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="223"/>
        <source>Edit team</source>
        <translation>Redigera team</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="236"/>
        <source>Change the team&apos;s themes</source>
        <translation>Ändra teamets teman</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="256"/>
        <source>Add member %1</source>
        <translation>Lägg till medlem %1</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="268"/>
        <source>Change role</source>
        <translation>Ändra roll</translation>
    </message>
    <message>
        <location filename="../setup_teams.py" line="280"/>
        <source>Rename member</source>
        <translation>Byt namn på medlem</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <location filename="../text_list.py" line="52"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../text_list.py" line="55"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../text_list.py" line="100"/>
        <source>Add “%1”</source>
        <translation>Lägg till ”%1”</translation>
    </message>
    <message>
        <location filename="../text_list.py" line="109"/>
        <source>Delete “%1”</source>
        <translation>Ta bort ”%1”</translation>
    </message>
    <message>
        <location filename="../text_list.py" line="117"/>
        <source>Edit “%1”</source>
        <translation>Redigera ”%1”</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <location filename="../timer.py" line="114"/>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <location filename="../timer.py" line="137"/>
        <source>Next: %1</source>
        <translation>Nästa: %1</translation>
    </message>
    <message>
        <location filename="../timer.py" line="146"/>
        <source>Time is up</source>
        <translation>Tiden är ute</translation>
    </message>
</context>
<context>
    <name>WorkshopsEditor</name>
    <message>
        <location filename="../setup_workshops.py" line="48"/>
        <source>Workshops</source>
        <translation>Workshoppar</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="50"/>
        <location filename="../setup_workshops.py" line="187"/>
        <source>Add workshop</source>
        <translation>Lägg till workshop</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="53"/>
        <location filename="../setup_workshops.py" line="196"/>
        <source>Delete workshop</source>
        <translation>Ta bort workshop</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="92"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="92"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="93"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="94"/>
        <source>Starts at</source>
        <translation>Börjar kl.</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="95"/>
        <source>Venue</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="95"/>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="117"/>
        <source>Workshop %1</source>
        <translation>Workshop %1</translation>
    </message>
    <message>
        <location filename="../setup_workshops.py" line="170"/>
        <source>Edit workshop</source>
        <translation>Redigera workshop</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Välj i en kalender</translation>
    </message>
</context>
</TS>
