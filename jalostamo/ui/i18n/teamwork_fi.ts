<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="49" />
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="53" />
        <source>Both sides changed these after the team file was handed out. The newer edit is in use; the other one was kept here. Choose which one stays.</source>
        <translation>Molemmat osapuolet muuttivat näitä tiimitiedoston luovuttamisen jälkeen. Uudempi muutos on käytössä; toinen on säilytetty tässä. Valitse, kumpi jää voimaan.</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="58" />
        <source>Open conflicts</source>
        <translation>Avoimet ristiriidat</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="60" />
        <source>No open conflicts.</source>
        <translation>Ei avoimia ristiriitoja.</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="64" />
        <source>The two versions side by side</source>
        <translation>Kaksi versiota rinnakkain</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="72" />
        <source>Fields that differ are highlighted and marked with ≠.</source>
        <translation>Eroavat kentät on korostettu ja merkitty merkillä ≠.</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="74" />
        <source>&amp;Keep this version</source>
        <translation>&amp;Pidä tämä versio</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="77" />
        <source>&amp;Use the other one</source>
        <translation>&amp;Käytä toista</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="140" />
        <location filename="../teamwork/conflicts_dialog.py" line="144" />
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="140" />
        <source>This version</source>
        <translation>Tämä versio</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="140" />
        <source>The other one</source>
        <translation>Toinen versio</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="145" />
        <source>This version, in use
(edited %1)</source>
        <translation>Tämä versio, käytössä
(muutettu %1)</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="147" />
        <source>The other one
(edited %1)</source>
        <translation>Toinen versio
(muutettu %1)</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="165" />
        <source>The versions differ here</source>
        <translation>Versiot eroavat tässä</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="186" />
        <source>Keep the version in use</source>
        <translation>Pidä käytössä oleva versio</translation>
    </message>
    <message>
        <location filename="../teamwork/conflicts_dialog.py" line="194" />
        <source>Use the other version</source>
        <translation>Käytä toista versiota</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="70" />
        <source>Merge files</source>
        <translation>Yhdistä tiedostot</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="76" />
        <source>Files to merge into this programme: %1</source>
        <translation>Tähän ohjelmaan yhdistettävät tiedostot: %1</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="82" />
        <source>What the merge would change</source>
        <translation>Mitä yhdistäminen muuttaisi</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="83" />
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="83" />
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="83" />
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="84" />
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="84" />
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="103" />
        <source>Conflicts: %1. Where both sides changed the same thing, the newer edit wins and the other one is kept for you to review (Teamwork → Conflicts…).</source>
        <translation>Ristiriitoja: %1. Kun molemmat osapuolet ovat muuttaneet samaa asiaa, uudempi muutos voittaa ja toinen säilytetään tarkistettavaksi (Yhteistyö → Ristiriidat…).</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="110" />
        <source>These files hold nothing new for this programme.</source>
        <translation>Näissä tiedostoissa ei ole tälle ohjelmalle mitään uutta.</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="111" />
        <source>Nothing has been written yet. Merge takes a backup copy first. A merge cannot be undone with Undo: the undo history is cleared after it.</source>
        <translation>Mitään ei ole vielä kirjoitettu. Yhdistäminen ottaa ensin varmuuskopion. Yhdistämistä ei voi perua Kumoa-toiminnolla: kumoamishistoria tyhjennetään sen jälkeen.</translation>
    </message>
    <message>
        <location filename="../teamwork/merge_dialog.py" line="116" />
        <source>&amp;Merge</source>
        <translation>&amp;Yhdistä</translation>
    </message>
</context>
<context>
    <name>TeamFileDialog</name>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="35" />
        <source>Make a team file</source>
        <translation>Tee tiimitiedosto</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="39" />
        <source>A team file holds the whole programme for one team's laptop; the team can change only its own work in it. When the team sends its work back, merge it with Teamwork → Merge files…</source>
        <translation>Tiimitiedostossa on koko ohjelma yhden tiimin kannettavalle; tiimi voi muuttaa siinä vain omaa työtään. Kun tiimi palauttaa työnsä, yhdistä se valinnalla Yhteistyö → Yhdistä tiedostot…</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="45" />
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="50" />
        <location filename="../teamwork/team_file_dialog.py" line="100" />
        <source>Where to write the team file</source>
        <translation>Mihin tiimitiedosto kirjoitetaan</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="51" />
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="61" />
        <source>&amp;Make team file</source>
        <translation>&amp;Tee tiimitiedosto</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="68" />
        <source>&amp;Team:</source>
        <translation>&amp;Tiimi:</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="70" />
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="109" />
        <source>The programme has no teams yet: add them in the programme setup.</source>
        <translation>Ohjelmassa ei ole vielä tiimejä: lisää ne ohjelman asetuksissa.</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="111" />
        <source>Choose where to write the file.</source>
        <translation>Valitse, mihin tiedosto kirjoitetaan.</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="113" />
        <source>That file already exists; choose another name.</source>
        <translation>Tiedosto on jo olemassa; valitse toinen nimi.</translation>
    </message>
    <message>
        <location filename="../teamwork/team_file_dialog.py" line="115" />
        <source>That is the open programme file; choose another name.</source>
        <translation>Se on avoinna oleva ohjelmatiedosto; valitse toinen nimi.</translation>
    </message>
</context>
<context>
    <name>Teamwork</name>
    <message>
        <location filename="../teamwork/conflict_view.py" line="24" />
        <source>Text</source>
        <extracomment>names of fields that many kinds share; others show their column name</extracomment>
        <translation>Teksti</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="25" />
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="26" />
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="27" />
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="28" />
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="29" />
        <source>Caption</source>
        <translation>Kuvateksti</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="30" />
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="31" />
        <location filename="../teamwork/conflict_view.py" line="32" />
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="33" />
        <source>Position (x)</source>
        <translation>Sijainti (x)</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="34" />
        <source>Position (y)</source>
        <translation>Sijainti (y)</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="35" />
        <source>Width</source>
        <translation>Leveys</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="36" />
        <source>Height</source>
        <translation>Korkeus</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="37" />
        <source>Stacking order</source>
        <translation>Pinoamisjärjestys</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="38" />
        <source>Rotation</source>
        <translation>Kierto</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="39" />
        <source>Style</source>
        <translation>Tyyli</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="40" />
        <source>Order</source>
        <translation>Järjestys</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="41" />
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="42" />
        <source>Segment</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="43" />
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="44" />
        <source>Quadrant</source>
        <translation>Lohko</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="45" />
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="46" />
        <source>Quote</source>
        <translation>Lainaus</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="47" />
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="48" />
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="49" />
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="50" />
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="51" />
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="52" />
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="53" />
        <source>Reasoning of the decision</source>
        <translation>Päätöksen perustelut</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="54" />
        <source>Starts on</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="55" />
        <source>Ends on</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="56" />
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="84" />
        <source>yes, deleted</source>
        <translation>kyllä, poistettu</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="88" />
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../teamwork/conflict_view.py" line="88" />
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="36" />
        <source>Could not write %1: %2. Check that the stick or folder is writable and has free space, or choose another place.</source>
        <translation>Tiedostoa %1 ei voitu kirjoittaa: %2. Tarkista, että muistitikulle tai kansioon voi kirjoittaa ja siinä on tilaa, tai valitse toinen paikka.</translation>
    </message>
</context>
<context>
    <name>TeamworkMenu</name>
    <message>
        <location filename="../teamwork/menu.py" line="65" />
        <source>&amp;Make team file…</source>
        <translation>&amp;Tee tiimitiedosto…</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="66" />
        <source>&amp;Send my work…</source>
        <translation>&amp;Lähetä työni…</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="67" />
        <source>Mer&amp;ge files…</source>
        <translation>&amp;Yhdistä tiedostot…</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="68" />
        <source>&amp;Conflicts…</source>
        <translation>&amp;Ristiriidat…</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="108" />
        <source>Team file: %1</source>
        <translation>Tiimitiedosto: %1</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="147" />
        <source>work</source>
        <comment>a part of the suggested file name</comment>
        <translation>työ</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="150" />
        <source>Send my work</source>
        <translation>Lähetä työni</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="163" />
        <source>That is the open file itself; choose another place, such as a USB stick.</source>
        <translation>Se on itse avoinna oleva tiedosto; valitse toinen paikka, esimerkiksi muistitikku.</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="180" />
        <source>Merge files</source>
        <translation>Yhdistä tiedostot</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="211" />
        <source>The undo history was cleared: a merge cannot be undone with Undo; a backup copy was taken before it.</source>
        <translation>Kumoamishistoria tyhjennettiin: yhdistämistä ei voi kumota Kumoa-toiminnolla; ennen sitä otettiin varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" line="215" />
        <source>Show conflicts</source>
        <translation>Näytä ristiriidat</translation>
    </message>
</context>
</TS>