<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="49" />
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="53" />
        <source>Both sides changed these after the team file was handed out. The newer edit is in use; the other one was kept here. Choose which one stays.</source>
        <translation>Båda sidorna ändrade dessa efter att teamfilen lämnades ut. Den nyare ändringen används; den andra har sparats här. Välj vilken som ska gälla.</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="58" />
        <source>Open conflicts</source>
        <translation>Öppna konflikter</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="60" />
        <source>No open conflicts.</source>
        <translation>Inga öppna konflikter.</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="64" />
        <source>The two versions side by side</source>
        <translation>De två versionerna sida vid sida</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="72" />
        <source>Fields that differ are highlighted and marked with ≠.</source>
        <translation>Fält som skiljer sig är markerade och försedda med ≠.</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="74" />
        <source>&amp;Keep this version</source>
        <translation>&amp;Behåll den här versionen</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="77" />
        <source>&amp;Use the other one</source>
        <translation>&amp;Använd den andra</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="140" />
        <location filename="../teamwork/conflicts_dialog.py" line="144" />
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="140" />
        <source>This version</source>
        <translation>Den här versionen</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="140" />
        <source>The other one</source>
        <translation>Den andra versionen</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="145" />
        <source>This version, in use
(edited %1)</source>
        <translation>Den här versionen, används
(ändrad %1)</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="147" />
        <source>The other one
(edited %1)</source>
        <translation>Den andra versionen
(ändrad %1)</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="165" />
        <source>The versions differ here</source>
        <translation>Versionerna skiljer sig här</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="186" />
        <source>Keep the version in use</source>
        <translation>Behåll versionen som används</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="194" />
        <source>Use the other version</source>
        <translation>Använd den andra versionen</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="70" />
        <source>Merge files</source>
        <translation>Sammanfoga filer</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="76" />
        <source>Files to merge into this programme: %1</source>
        <translation>Filer som sammanfogas med det här programmet: %1</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="82" />
        <source>What the merge would change</source>
        <translation>Vad sammanfogningen skulle ändra</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="83" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="83" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="83" />
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="84" />
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="84" />
        <source>Deleted</source>
        <translation>Raderade</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="103" />
        <source>Conflicts: %1. Where both sides changed the same thing, the newer edit wins and the other one is kept for you to review (Teamwork → Conflicts…).</source>
        <translation>Konflikter: %1. Där båda sidorna ändrat samma sak vinner den nyare ändringen och den andra sparas så att du kan granska den (Samarbete → Konflikter…).</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="110" />
        <source>These files hold nothing new for this programme.</source>
        <translation>De här filerna innehåller inget nytt för programmet.</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="111" />
        <source>Nothing has been written yet. Merge takes a backup copy first. A merge cannot be undone with Undo: the undo history is cleared after it.</source>
        <translation>Inget har skrivits ännu. Sammanfogningen tar först en säkerhetskopia. En sammanfogning kan inte ångras med Ångra: ångrahistoriken töms efteråt.</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="116" />
        <source>&amp;Merge</source>
        <translation>&amp;Sammanfoga</translation>
    </message>
</context>
<context>
    <name>TeamFileDialog</name>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="35" />
        <source>Make a team file</source>
        <translation>Skapa en teamfil</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="39" />
        <source>A team file holds the whole programme for one team's laptop; the team can change only its own work in it. When the team sends its work back, merge it with Teamwork → Merge files…</source>
        <translation>En teamfil innehåller hela programmet för ett teams bärbara dator; teamet kan bara ändra sitt eget arbete i den. När teamet skickar tillbaka sitt arbete, sammanfoga det med Samarbete → Sammanfoga filer…</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="45" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="50" />
        <location filename="../teamwork/team_file_dialog.py" line="100" />
        <source>Where to write the team file</source>
        <translation>Var teamfilen ska skrivas</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="51" />
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="61" />
        <source>&amp;Make team file</source>
        <translation>&amp;Skapa teamfil</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="68" />
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="70" />
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="109" />
        <source>The programme has no teams yet: add them in the programme setup.</source>
        <translation>Programmet har inga team ännu: lägg till dem i programmets inställningar.</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="111" />
        <source>Choose where to write the file.</source>
        <translation>Välj var filen ska skrivas.</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="113" />
        <source>That file already exists; choose another name.</source>
        <translation>Filen finns redan; välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="115" />
        <source>That is the open programme file; choose another name.</source>
        <translation>Det är den öppna programfilen; välj ett annat namn.</translation>
    </message>
</context>
<context>
    <name>Teamwork</name>
    <message>
        <location filename="../teamwork/conflict_view.py" line="24" />
        <source>Text</source>
        <extracomment>names of fields that many kinds share; others show their column name</extracomment>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="25" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="26" />
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="27" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="28" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="29" />
        <source>Caption</source>
        <translation>Bildtext</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="30" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="31" />
        <location filename="../teamwork/conflict_view.py" line="32" />
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="33" />
        <source>Position (x)</source>
        <translation>Position (x)</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="34" />
        <source>Position (y)</source>
        <translation>Position (y)</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="35" />
        <source>Width</source>
        <translation>Bredd</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="36" />
        <source>Height</source>
        <translation>Höjd</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="37" />
        <source>Stacking order</source>
        <translation>Staplingsordning</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="38" />
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="39" />
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="40" />
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="41" />
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="42" />
        <source>Segment</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="43" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="44" />
        <source>Quadrant</source>
        <translation>Kvadrant</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="45" />
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="46" />
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="47" />
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="48" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="49" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="50" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="51" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="52" />
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="53" />
        <source>Reasoning of the decision</source>
        <translation>Motivering till beslutet</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="54" />
        <source>Starts on</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="55" />
        <source>Ends on</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="56" />
        <source>Deleted</source>
        <translation>Raderade</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="84" />
        <source>yes, deleted</source>
        <translation>ja, raderad</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="88" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="88" />
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="36" />
        <source>Could not write %1: %2. Check that the stick or folder is writable and has free space, or choose another place.</source>
        <translation>Det gick inte att skriva %1: %2. Kontrollera att USB-minnet eller mappen är skrivbar och har ledigt utrymme, eller välj ett annat ställe.</translation>
    </message>
</context>
<context>
    <name>TeamworkMenu</name>
    <message>
        <location filename="../teamwork/menu.py" line="65" />
        <source>&amp;Make team file…</source>
        <translation>&amp;Skapa teamfil…</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="66" />
        <source>&amp;Send my work…</source>
        <translation>Skicka mitt &amp;arbete…</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="67" />
        <source>Mer&amp;ge files…</source>
        <translation>Sa&amp;mmanfoga filer…</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="68" />
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="108" />
        <source>Team file: %1</source>
        <translation>Teamfil: %1</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="147" />
        <source>work</source>
        <comment>a part of the suggested file name</comment>
        <translation>arbete</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="150" />
        <source>Send my work</source>
        <translation>Skicka mitt arbete</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="163" />
        <source>That is the open file itself; choose another place, such as a USB stick.</source>
        <translation>Det är den öppna filen själv; välj ett annat ställe, till exempel ett USB-minne.</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="180" />
        <source>Merge files</source>
        <translation>Sammanfoga filer</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="211" />
        <source>The undo history was cleared: a merge cannot be undone with Undo; a backup copy was taken before it.</source>
        <translation>Ångrahistoriken tömdes: en sammanfogning kan inte ångras med Ångra; en säkerhetskopia togs före den.</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="215" />
        <source>Show conflicts</source>
        <translation>Visa konflikter</translation>
    </message>
</context>
</TS>