<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>BoardActions</name>
    <message>
        <location filename="../canvas/actions.py" line="1"/>
        <source>Photo description…</source>
        <translation>Bildens beskrivning…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="42"/>
        <source>Sticky note</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="45"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="49"/>
        <source>Rectangle</source>
        <translation>Rektangel</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="57"/>
        <source>Ellipse</source>
        <translation>Ellips</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="64"/>
        <source>Diamond</source>
        <translation>Romb</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="70"/>
        <source>Frame</source>
        <translation>Ram</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="74"/>
        <source>Connect selected</source>
        <translation>Koppla ihop markerade</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="81"/>
        <source>Photo…</source>
        <translation>Foto…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="88"/>
        <source>Webcam snapshot</source>
        <translation>Ta bild med webbkameran</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="93"/>
        <source>Edit text</source>
        <translation>Redigera text</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="96"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="99"/>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="102"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="104"/>
        <source>Cut</source>
        <translation>Klipp ut</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="105"/>
        <source>Paste</source>
        <translation>Klistra in</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="107"/>
        <source>Select all</source>
        <translation>Markera allt</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="110"/>
        <source>Group</source>
        <translation>Gruppera</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="112"/>
        <source>Ungroup</source>
        <translation>Dela upp grupp</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="115"/>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="119"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="125"/>
        <source>Bring to front</source>
        <translation>Flytta längst fram</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="127"/>
        <source>Send to back</source>
        <translation>Flytta längst bak</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="130"/>
        <source>Rotate left</source>
        <translation>Rotera åt vänster</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="137"/>
        <source>Rotate right</source>
        <translation>Rotera åt höger</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="144"/>
        <source>Align left</source>
        <translation>Justera vänster</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="151"/>
        <source>Align right</source>
        <translation>Justera höger</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="158"/>
        <source>Align top</source>
        <translation>Justera överkant</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="165"/>
        <source>Align bottom</source>
        <translation>Justera nederkant</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="172"/>
        <source>Align centres horizontally</source>
        <translation>Centrera vågrätt</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="179"/>
        <source>Align centres vertically</source>
        <translation>Centrera lodrätt</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="186"/>
        <source>Distribute horizontally</source>
        <translation>Fördela jämnt vågrätt</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="193"/>
        <source>Distribute vertically</source>
        <translation>Fördela jämnt lodrätt</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="199"/>
        <source>Next colour</source>
        <translation>Nästa färg</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="202"/>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="205"/>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="209"/>
        <source>Fit board</source>
        <translation>Visa hela tavlan</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="222"/>
        <source>Zoom to selection</source>
        <translation>Visa markerade</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="213"/>
        <source>Actual size</source>
        <translation>Verklig storlek</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="218"/>
        <source>Snap to grid</source>
        <translation>Fäst mot rutnät</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="223"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="224"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="227"/>
        <source>Template…</source>
        <translation>Mall…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="233"/>
        <source>Keep version…</source>
        <translation>Spara version…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="240"/>
        <source>Compare versions…</source>
        <translation>Jämför versioner…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="247"/>
        <source>Export PNG…</source>
        <translation>Exportera som PNG…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="255"/>
        <source>Export SVG…</source>
        <translation>Exportera som SVG…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="263"/>
        <source>Start dot vote…</source>
        <translation>Starta prickröstning…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="269"/>
        <source>Place dot</source>
        <translation>Sätt en prick</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="272"/>
        <source>End dot vote</source>
        <translation>Avsluta prickröstning</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="1"/>
        <source>Present frames</source>
        <translation>Presentera ramarna</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="1"/>
        <source>Save board as template…</source>
        <translation>Spara tavlan som mall…</translation>
    </message>
</context>
<context>
    <name>BoardCommands</name>
    <message>
        <location filename="../canvas/commands.py" line="86"/>
        <source>Add sticky note</source>
        <translation>Lägg till lapp</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="87"/>
        <source>Add text</source>
        <translation>Lägg till text</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="88"/>
        <source>Add shape</source>
        <translation>Lägg till form</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="89"/>
        <source>Add frame</source>
        <translation>Lägg till ram</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="90"/>
        <source>Add photo</source>
        <translation>Lägg till foto</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="91"/>
        <source>Add connector</source>
        <translation>Lägg till koppling</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="97"/>
        <source>Add item</source>
        <translation>Lägg till objekt</translation>
    </message>
    <message numerus="yes">
        <location filename="../canvas/commands.py" line="104"/>
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>Klistra in %n objekt</numerusform>
            <numerusform>Klistra in %n objekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../canvas/commands.py" line="108"/>
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Duplicera %n objekt</numerusform>
            <numerusform>Duplicera %n objekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../canvas/commands.py" line="116"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Ta bort %n objekt</numerusform>
            <numerusform>Ta bort %n objekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../canvas/commands.py" line="142"/>
        <location filename="../canvas/commands.py" line="154"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Flytta %n objekt</numerusform>
            <numerusform>Flytta %n objekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="163"/>
        <source>Rotate</source>
        <translation>Rotera</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="172"/>
        <source>Resize item</source>
        <translation>Ändra storlek</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="176"/>
        <source>Edit text</source>
        <translation>Redigera text</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="179"/>
        <source>Change colour</source>
        <translation>Byt färg</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="182"/>
        <source>Bring to front</source>
        <translation>Flytta längst fram</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="185"/>
        <source>Send to back</source>
        <translation>Flytta längst bak</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="188"/>
        <source>Group</source>
        <translation>Gruppera</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="191"/>
        <source>Ungroup</source>
        <translation>Dela upp grupp</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="194"/>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="194"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="198"/>
        <source>Align</source>
        <translation>Justera</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="201"/>
        <source>Distribute</source>
        <translation>Fördela jämnt</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="212"/>
        <source>Keep version</source>
        <translation>Spara version</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="386"/>
        <source>Change template</source>
        <translation>Byt mall</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="236"/>
        <source>Start dot vote</source>
        <translation>Starta prickröstning</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="246"/>
        <source>Place dot</source>
        <translation>Sätt en prick</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="259"/>
        <source>End dot vote</source>
        <translation>Avsluta prickröstning</translation>
    </message>
</context>
<context>
    <name>BoardDialogs</name>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="1"/>
        <source>Caption:</source>
        <translation>Bildtext:</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="44"/>
        <source>Add photos</source>
        <translation>Lägg till foton</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="46"/>
        <source>Photos (%1)</source>
        <translation>Foton (%1)</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="65"/>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="66"/>
        <source>Template:</source>
        <translation>Mall:</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="77"/>
        <source>Keep this board as a version</source>
        <translation>Spara tavlan som en version</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="80"/>
        <source>No workshop</source>
        <translation>Ingen workshop</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="83"/>
        <source>Workshop %1</source>
        <translation>Workshop %1</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="86"/>
        <source>Version for workshop:</source>
        <translation>Version för workshop:</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="87"/>
        <source>Label:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="101"/>
        <source>Dot voting</source>
        <translation>Prickröstning</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="102"/>
        <source>Dots for each voter:</source>
        <translation>Prickar för varje röstande:</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="114"/>
        <source>Compare versions</source>
        <translation>Jämför versioner</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="126"/>
        <source>Export board</source>
        <translation>Exportera tavlan</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="1"/>
        <source>Name of the template:</source>
        <translation>Mallens namn:</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="1"/>
        <source>Save board as template</source>
        <translation>Spara tavlan som mall</translation>
    </message>
</context>
<context>
    <name>BoardEditor</name>
    <message>
        <location filename="../canvas/board_view.py" line="1"/>
        <source>Select one photo first.</source>
        <translation>Välj först ett foto.</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="165"/>
        <source>Selected: %1</source>
        <translation>Markerade: %1</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="96"/>
        <source>Read-only: you can pan, zoom, select and copy, but not change this board.</source>
        <translation>Skrivskyddad: du kan panorera, zooma, markera och kopiera, men inte ändra den här tavlan.</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="163"/>
        <source>Select one or more items first.</source>
        <translation>Markera först ett eller flera objekt.</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="190"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="204"/>
        <source>Frame</source>
        <translation>Ram</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="232"/>
        <location filename="../canvas/board_view.py" line="239"/>
        <source>Add photo</source>
        <translation>Lägg till foto</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="397"/>
        <source>Version kept: %1</source>
        <translation>Versionen sparad: %1</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="1"/>
        <source>Board menu</source>
        <translation>Tavlans meny</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="1"/>
        <source>Board menu: arrange, align, view, versions, export</source>
        <translation>Tavlans meny: ordna, justera, visning, versioner, export</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="1"/>
        <source>Template saved: %1</source>
        <translation>Mallen sparad: %1</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <location filename="../canvas/minimap.py" line="92"/>
        <source>Minimap: click to move the view there</source>
        <translation>Översiktskarta: klicka för att flytta vyn dit</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>No dots yet.</source>
        <translation>Inga prickar ännu.</translation>
    </message>
    <message>
        <source>Result – %1</source>
        <translation>Resultat – %1</translation>
    </message>
    <message>
        <source>Dot vote %1</source>
        <translation>Prickröstning %1</translation>
    </message>
    <message>
        <source>Dot vote result</source>
        <translation>Prickröstningens resultat</translation>
    </message>
    <message>
        <source>Past dot votes</source>
        <translation>Tidigare prickröstningar</translation>
    </message>
    <message>
        <source>Past dot votes:</source>
        <translation>Tidigare prickröstningar:</translation>
    </message>
    <message>
        <location filename="../canvas/side_panel.py" line="20"/>
        <source>Voter (name or team)</source>
        <translation>Röstande (namn eller team)</translation>
    </message>
    <message>
        <location filename="../canvas/side_panel.py" line="46"/>
        <source>No dot vote running.</source>
        <translation>Ingen prickröstning pågår.</translation>
    </message>
    <message>
        <location filename="../canvas/side_panel.py" line="48"/>
        <source>Dot vote: %1 dots each</source>
        <translation>Prickröstning: %1 prickar var</translation>
    </message>
    <message>
        <location filename="../canvas/side_panel.py" line="53"/>
        <source>(no text)</source>
        <translation>(ingen text)</translation>
    </message>
</context>
<context>
    <name>VersionCompare</name>
    <message>
        <location filename="../canvas/version_compare.py" line="29"/>
        <source>The board now</source>
        <translation>Tavlan nu</translation>
    </message>
    <message numerus="yes">
        <location filename="../canvas/version_compare.py" line="59"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n objekt</numerusform>
            <numerusform>%n objekt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardMenus</name>
    <message>
        <location filename="../canvas/context_menu.py" line="1"/>
        <source>Align</source>
        <translation>Justera</translation>
    </message>
    <message>
        <location filename="../canvas/context_menu.py" line="1"/>
        <source>Arrange</source>
        <translation>Ordna</translation>
    </message>
    <message>
        <location filename="../canvas/context_menu.py" line="1"/>
        <source>Board</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <location filename="../canvas/context_menu.py" line="1"/>
        <source>Dot vote</source>
        <translation>Prickröstning</translation>
    </message>
    <message>
        <location filename="../canvas/context_menu.py" line="1"/>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location filename="../canvas/context_menu.py" line="1"/>
        <source>View</source>
        <translation>Visning</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../canvas/template_chooser.py" line="1"/>
        <source>New board</source>
        <translation>Ny tavla</translation>
    </message>
    <message>
        <location filename="../canvas/template_chooser.py" line="1"/>
        <source>Start the board from a template. Your own templates (saved with “Save board as template…”) come last.</source>
        <translation>Börja tavlan från en mall. Dina egna mallar (sparade med ”Spara tavlan som mall…”) kommer sist.</translation>
    </message>
    <message>
        <location filename="../canvas/template_chooser.py" line="1"/>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
</context>
</TS>
