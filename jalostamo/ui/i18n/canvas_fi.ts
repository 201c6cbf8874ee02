<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>BoardActions</name>
    <message>
        <location filename="../canvas/actions.py" line="1"/>
        <source>Photo description…</source>
        <translation>Kuvan kuvaus…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="42"/>
        <source>Sticky note</source>
        <translation>Muistilappu</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="45"/>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="49"/>
        <source>Rectangle</source>
        <translation>Suorakulmio</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="57"/>
        <source>Ellipse</source>
        <translation>Ellipsi</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="64"/>
        <source>Diamond</source>
        <translation>Vinoneliö</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="70"/>
        <source>Frame</source>
        <translation>Kehys</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="74"/>
        <source>Connect selected</source>
        <translation>Yhdistä valitut</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="81"/>
        <source>Photo…</source>
        <translation>Kuva…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="88"/>
        <source>Webcam snapshot</source>
        <translation>Kuva verkkokameralla</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="93"/>
        <source>Edit text</source>
        <translation>Muokkaa tekstiä</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="96"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="99"/>
        <source>Duplicate</source>
        <translation>Monista</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="102"/>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="104"/>
        <source>Cut</source>
        <translation>Leikkaa</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="105"/>
        <source>Paste</source>
        <translation>Liitä</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="107"/>
        <source>Select all</source>
        <translation>Valitse kaikki</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="110"/>
        <source>Group</source>
        <translation>Ryhmitä</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="112"/>
        <source>Ungroup</source>
        <translation>Pura ryhmitys</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="115"/>
        <source>Lock</source>
        <translation>Lukitse</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="119"/>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="125"/>
        <source>Bring to front</source>
        <translation>Tuo eteen</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="127"/>
        <source>Send to back</source>
        <translation>Vie taakse</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="130"/>
        <source>Rotate left</source>
        <translation>Käännä vasemmalle</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="137"/>
        <source>Rotate right</source>
        <translation>Käännä oikealle</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="144"/>
        <source>Align left</source>
        <translation>Tasaa vasemmalle</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="151"/>
        <source>Align right</source>
        <translation>Tasaa oikealle</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="158"/>
        <source>Align top</source>
        <translation>Tasaa ylös</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="165"/>
        <source>Align bottom</source>
        <translation>Tasaa alas</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="172"/>
        <source>Align centres horizontally</source>
        <translation>Keskitä vaakasuunnassa</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="179"/>
        <source>Align centres vertically</source>
        <translation>Keskitä pystysuunnassa</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="186"/>
        <source>Distribute horizontally</source>
        <translation>Jaa tasaisesti vaakasuunnassa</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="193"/>
        <source>Distribute vertically</source>
        <translation>Jaa tasaisesti pystysuunnassa</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="199"/>
        <source>Next colour</source>
        <translation>Seuraava väri</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="202"/>
        <source>Zoom in</source>
        <translation>Lähennä</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="205"/>
        <source>Zoom out</source>
        <translation>Loitonna</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="209"/>
        <source>Fit board</source>
        <translation>Koko taulu näkyviin</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="222"/>
        <source>Zoom to selection</source>
        <translation>Valitut näkyviin</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="213"/>
        <source>Actual size</source>
        <translation>Todellinen koko</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="218"/>
        <source>Snap to grid</source>
        <translation>Kohdista ruudukkoon</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="223"/>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="224"/>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="227"/>
        <source>Template…</source>
        <translation>Pohja…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="233"/>
        <source>Keep version…</source>
        <translation>Tallenna versio…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="240"/>
        <source>Compare versions…</source>
        <translation>Vertaa versioita…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="247"/>
        <source>Export PNG…</source>
        <translation>Vie PNG-kuvaksi…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="255"/>
        <source>Export SVG…</source>
        <translation>Vie SVG-kuvaksi…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="263"/>
        <source>Start dot vote…</source>
        <translation>Aloita pisteäänestys…</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="269"/>
        <source>Place dot</source>
        <translation>Anna piste</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="272"/>
        <source>End dot vote</source>
        <translation>Päätä pisteäänestys</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="1"/>
        <source>Present frames</source>
        <translation>Esitä kehykset</translation>
    </message>
    <message>
        <location filename="../canvas/actions.py" line="1"/>
        <source>Save board as template…</source>
        <translation>Tallenna taulu pohjaksi…</translation>
    </message>
</context>
<context>
    <name>BoardCommands</name>
    <message>
        <location filename="../canvas/commands.py" line="86"/>
        <source>Add sticky note</source>
        <translation>Lisää muistilappu</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="87"/>
        <source>Add text</source>
        <translation>Lisää teksti</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="88"/>
        <source>Add shape</source>
        <translation>Lisää muoto</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="89"/>
        <source>Add frame</source>
        <translation>Lisää kehys</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="90"/>
        <source>Add photo</source>
        <translation>Lisää kuva</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="91"/>
        <source>Add connector</source>
        <translation>Lisää yhdysviiva</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="97"/>
        <source>Add item</source>
        <translation>Lisää kohde</translation>
    </message>
    <message numerus="yes">
        <location filename="../canvas/commands.py" line="104"/>
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>Liitä %n kohde</numerusform>
            <numerusform>Liitä %n kohdetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../canvas/commands.py" line="108"/>
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Monista %n kohde</numerusform>
            <numerusform>Monista %n kohdetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../canvas/commands.py" line="116"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Poista %n kohde</numerusform>
            <numerusform>Poista %n kohdetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../canvas/commands.py" line="142"/>
        <location filename="../canvas/commands.py" line="154"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Siirrä %n kohde</numerusform>
            <numerusform>Siirrä %n kohdetta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="163"/>
        <source>Rotate</source>
        <translation>Käännä</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="172"/>
        <source>Resize item</source>
        <translation>Muuta kokoa</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="176"/>
        <source>Edit text</source>
        <translation>Muokkaa tekstiä</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="179"/>
        <source>Change colour</source>
        <translation>Vaihda väri</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="182"/>
        <source>Bring to front</source>
        <translation>Tuo eteen</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="185"/>
        <source>Send to back</source>
        <translation>Vie taakse</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="188"/>
        <source>Group</source>
        <translation>Ryhmitä</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="191"/>
        <source>Ungroup</source>
        <translation>Pura ryhmitys</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="194"/>
        <source>Lock</source>
        <translation>Lukitse</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="194"/>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="198"/>
        <source>Align</source>
        <translation>Tasaa</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="201"/>
        <source>Distribute</source>
        <translation>Jaa tasaisesti</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="212"/>
        <source>Keep version</source>
        <translation>Tallenna versio</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="386"/>
        <source>Change template</source>
        <translation>Vaihda pohja</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="236"/>
        <source>Start dot vote</source>
        <translation>Aloita pisteäänestys</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="246"/>
        <source>Place dot</source>
        <translation>Anna piste</translation>
    </message>
    <message>
        <location filename="../canvas/commands.py" line="259"/>
        <source>End dot vote</source>
        <translation>Päätä pisteäänestys</translation>
    </message>
</context>
<context>
    <name>BoardDialogs</name>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="1"/>
        <source>Caption:</source>
        <translation>Kuvateksti:</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="44"/>
        <source>Add photos</source>
        <translation>Lisää kuvia</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="46"/>
        <source>Photos (%1)</source>
        <translation>Kuvat (%1)</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="65"/>
        <source>Template</source>
        <translation>Pohja</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="66"/>
        <source>Template:</source>
        <translation>Pohja:</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="77"/>
        <source>Keep this board as a version</source>
        <translation>Tallenna taulu versioksi</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="80"/>
        <source>No workshop</source>
        <translation>Ei työpajaa</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="83"/>
        <source>Workshop %1</source>
        <translation>Työpaja %1</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="86"/>
        <source>Version for workshop:</source>
        <translation>Versio työpajaa varten:</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="87"/>
        <source>Label:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="101"/>
        <source>Dot voting</source>
        <translation>Pisteäänestys</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="102"/>
        <source>Dots for each voter:</source>
        <translation>Pisteitä kullekin äänestäjälle:</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="114"/>
        <source>Compare versions</source>
        <translation>Vertaa versioita</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="126"/>
        <source>Export board</source>
        <translation>Vie taulu</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="1"/>
        <source>Name of the template:</source>
        <translation>Pohjan nimi:</translation>
    </message>
    <message>
        <location filename="../canvas/editor_dialogs.py" line="1"/>
        <source>Save board as template</source>
        <translation>Tallenna taulu pohjaksi</translation>
    </message>
</context>
<context>
    <name>BoardEditor</name>
    <message>
        <location filename="../canvas/board_view.py" line="1"/>
        <source>Select one photo first.</source>
        <translation>Valitse ensin yksi kuva.</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="165"/>
        <source>Selected: %1</source>
        <translation>Valittuna: %1</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="96"/>
        <source>Read-only: you can pan, zoom, select and copy, but not change this board.</source>
        <translation>Vain luku: voit vierittää, lähentää ja loitontaa, valita ja kopioida, mutta et muuttaa tätä taulua.</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="163"/>
        <source>Select one or more items first.</source>
        <translation>Valitse ensin yksi tai useampi kohde.</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="190"/>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="204"/>
        <source>Frame</source>
        <translation>Kehys</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="232"/>
        <location filename="../canvas/board_view.py" line="239"/>
        <source>Add photo</source>
        <translation>Lisää kuva</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="397"/>
        <source>Version kept: %1</source>
        <translation>Versio tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="1"/>
        <source>Board menu</source>
        <translation>Taulun valikko</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="1"/>
        <source>Board menu: arrange, align, view, versions, export</source>
        <translation>Taulun valikko: järjestä, tasaa, näkymä, versiot, vienti</translation>
    </message>
    <message>
        <location filename="../canvas/board_view.py" line="1"/>
        <source>Template saved: %1</source>
        <translation>Pohja tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <location filename="../canvas/minimap.py" line="92"/>
        <source>Minimap: click to move the view there</source>
        <translation>Pienoiskartta: napsauta siirtääksesi näkymän sinne</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>No dots yet.</source>
        <translation>Ei vielä pisteitä.</translation>
    </message>
    <message>
        <source>Result – %1</source>
        <translation>Tulos – %1</translation>
    </message>
    <message>
        <source>Dot vote %1</source>
        <translation>Pisteäänestys %1</translation>
    </message>
    <message>
        <source>Dot vote result</source>
        <translation>Pisteäänestyksen tulos</translation>
    </message>
    <message>
        <source>Past dot votes</source>
        <translation>Aiemmat pisteäänestykset</translation>
    </message>
    <message>
        <source>Past dot votes:</source>
        <translation>Aiemmat pisteäänestykset:</translation>
    </message>
    <message>
        <location filename="../canvas/side_panel.py" line="20"/>
        <source>Voter (name or team)</source>
        <translation>Äänestäjä (nimi tai tiimi)</translation>
    </message>
    <message>
        <location filename="../canvas/side_panel.py" line="46"/>
        <source>No dot vote running.</source>
        <translation>Pisteäänestystä ei ole käynnissä.</translation>
    </message>
    <message>
        <location filename="../canvas/side_panel.py" line="48"/>
        <source>Dot vote: %1 dots each</source>
        <translation>Pisteäänestys: %1 pistettä kullakin</translation>
    </message>
    <message>
        <location filename="../canvas/side_panel.py" line="53"/>
        <source>(no text)</source>
        <translation>(ei tekstiä)</translation>
    </message>
</context>
<context>
    <name>VersionCompare</name>
    <message>
        <location filename="../canvas/version_compare.py" line="29"/>
        <source>The board now</source>
        <translation>Taulu nyt</translation>
    </message>
    <message numerus="yes">
        <location filename="../canvas/version_compare.py" line="59"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n kohde</numerusform>
            <numerusform>%n kohdetta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardMenus</name>
    <message>
        <location filename="../canvas/context_menu.py" line="1"/>
        <source>Align</source>
        <translation>Tasaa</translation>
    </message>
    <message>
        <location filename="../canvas/context_menu.py" line="1"/>
        <source>Arrange</source>
        <translation>Järjestä</translation>
    </message>
    <message>
        <location filename="../canvas/context_menu.py" line="1"/>
        <source>Board</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <location filename="../canvas/context_menu.py" line="1"/>
        <source>Dot vote</source>
        <translation>Pisteäänestys</translation>
    </message>
    <message>
        <location filename="../canvas/context_menu.py" line="1"/>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <location filename="../canvas/context_menu.py" line="1"/>
        <source>View</source>
        <translation>Näkymä</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../canvas/template_chooser.py" line="1"/>
        <source>New board</source>
        <translation>Uusi taulu</translation>
    </message>
    <message>
        <location filename="../canvas/template_chooser.py" line="1"/>
        <source>Start the board from a template. Your own templates (saved with “Save board as template…”) come last.</source>
        <translation>Aloita taulu pohjasta. Omat pohjasi (tallennettu toiminnolla ”Tallenna taulu pohjaksi…”) ovat viimeisinä.</translation>
    </message>
    <message>
        <location filename="../canvas/template_chooser.py" line="1"/>
        <source>Templates</source>
        <translation>Pohjat</translation>
    </message>
</context>
</TS>
